// m3cart sandbox: runs the 3dcart and M3 simulators in the foreground until SIGINT/SIGTERM.

#include "cli.h"

#include "sandbox/sandbox.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace m3cart::cli {

namespace {

const QCommandLineOption kCartPort(QStringLiteral("cart-port"),
                                   QStringLiteral("Port of the 3dcart simulator (0: any free port)."),
                                   QStringLiteral("P"), QStringLiteral("0"));
const QCommandLineOption kM3Port(QStringLiteral("m3-port"),
                                 QStringLiteral("Port of the M3 simulator (0: any free port)."),
                                 QStringLiteral("P"), QStringLiteral("0"));
const QCommandLineOption kSeed(QStringLiteral("seed"),
                               QStringLiteral("Seed of the generated data (same seed, same data)."),
                               QStringLiteral("N"), QStringLiteral("1"));
const QCommandLineOption kProducts(QStringLiteral("products"), QStringLiteral("Number of seeded products."),
                                   QStringLiteral("N"), QStringLiteral("40"));
const QCommandLineOption kLatency(QStringLiteral("latency-ms"),
                                  QStringLiteral("Latency added to every API answer."), QStringLiteral("N"),
                                  QStringLiteral("0"));
const QCommandLineOption
    kFault(QStringLiteral("fault"),
           QStringLiteral("Fault injection spec (see core/sandbox/README.md); repeatable."),
           QStringLiteral("SPEC"));
const QCommandLineOption
    kStateDir(QStringLiteral("state-dir"),
              QStringLiteral("Keep the simulators' state (and the .ionapi file) in DIR."),
              QStringLiteral("DIR"));

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

bool parseNumber(const Invocation &inv, const QCommandLineOption &opt, qint64 min, qint64 max, qint64 *out,
                 QString *error)
{
    bool ok = false;
    const QString text = inv.parser->value(opt);
    *out = text.toLongLong(&ok);
    if (!ok || *out < min || *out > max) {
        *error = QStringLiteral("--%1 must be a whole number from %2 to %3 (got '%4')")
                     .arg(opt.names().first())
                     .arg(min)
                     .arg(max)
                     .arg(text);
        return false;
    }
    return true;
}

} // namespace

QList<Command> sandboxCommands()
{
    Command run;
    run.words = QStringLiteral("sandbox");
    run.synopsis = QStringLiteral("[--cart-port P] [--m3-port P] [--seed N] [--products N] [--latency-ms N] "
                                  "[--fault SPEC] [--state-dir DIR]");
    run.summary = QStringLiteral(
        "Run the 3dcart and M3 simulators in the foreground; prints one JSON line when ready.");
    run.options = {kCartPort, kM3Port, kSeed, kProducts, kLatency, kFault, kStateDir};
    run.run = [](const Invocation &inv) -> int {
        const QString cmd = QStringLiteral("sandbox");
        QString error;
        qint64 cartPort = 0, m3Port = 0, seed = 0, products = 0, latency = 0;
        if (!parseNumber(inv, kCartPort, 0, 65535, &cartPort, &error) ||
            !parseNumber(inv, kM3Port, 0, 65535, &m3Port, &error) ||
            !parseNumber(inv, kSeed, 0, 4294967295LL, &seed, &error) ||
            !parseNumber(inv, kProducts, 1, 100000, &products, &error) ||
            !parseNumber(inv, kLatency, 0, 600000, &latency, &error))
            return usageError(cmd, error);
        if (cartPort != 0 && cartPort == m3Port)
            return usageError(cmd, QStringLiteral("--cart-port and --m3-port must differ"));
        sandbox::SandboxOptions options;
        options.cartPort = quint16(cartPort);
        options.m3Port = quint16(m3Port);
        options.seed = quint32(seed);
        options.products = int(products);
        options.latencyMs = int(latency);
        options.faultSpec = inv.parser->values(kFault).join(QLatin1Char(';'));
        options.stateDir = inv.parser->value(kStateDir);
        if (!sandbox::Sandbox::validateFaultSpec(options.faultSpec, &error))
            return usageError(cmd, error);

        sandbox::Sandbox box(options);
        if (!box.start(&error))
            return failure(error);

        QEventLoop loop;
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
            auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &loop);
            QObject::connect(notifier, &QSocketNotifier::activated, &loop, [&loop] {
                char c = 0;
                [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
                loop.quit();
            });
            std::signal(SIGINT, onSignal);
            std::signal(SIGTERM, onSignal);
        }
        std::fputs(QJsonDocument(box.readyJson()).toJson(QJsonDocument::Compact).constData(), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
        std::fprintf(stderr, "m3cart sandbox: 3dcart on %s, M3 on %s (Ctrl+C stops)\n",
                     qPrintable(box.cart()->rootUrl().toString()),
                     qPrintable(box.m3()->rootUrl().toString()));
        loop.exec();
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        std::fprintf(stderr, "m3cart sandbox: stopped (%llu + %llu requests served)\n",
                     static_cast<unsigned long long>(box.cart()->requestCount()),
                     static_cast<unsigned long long>(box.m3()->requestCount()));
        ::close(g_signalPipe[0]);
        ::close(g_signalPipe[1]);
        return Success;
    };
    return {run};
}

} // namespace m3cart::cli
