// A headless engine process for the crash test: runs the scripted TestFlow over a store.
//   m3cart_test_worker --store PATH [--workers N] [--until-idle]
// With --until-idle it exits 0 once no event is waiting, running or retrying.

#include "engine/dispatcher.h"
#include "store/event_repository.h"
#include "store/store.h"
#include "test_flow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

using namespace m3cart;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    const QCommandLineOption store(QStringLiteral("store"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption workers(QStringLiteral("workers"), QString(), QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption untilIdle(QStringLiteral("until-idle"));
    p.addOptions({store, workers, untilIdle});
    p.process(app);

    auto s = Store::open(p.value(store));
    if (!s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 1;
    }
    if (!test::TestFlow::prepare(*s.value()))
        return 1;
    auto flows = std::make_shared<FlowRegistry>();
    flows->add(test::TestFlow::kind(), std::make_shared<test::TestFlow>());
    RetryPolicy policy;
    policy.setPolicy(ErrorClass::Transient, {5, 5, 20, true});
    DispatcherOptions o;
    o.workers = p.value(workers).toInt();
    o.pollIntervalMs = 10;
    Dispatcher d(s.value(), flows, policy, o);
    if (p.isSet(untilIdle)) {
        QObject::connect(&d, &Dispatcher::idle, &app, [&] {
            EventFilter f;
            f.statuses = {QStringLiteral("pending"), QStringLiteral("running"), QStringLiteral("retry"),
                          QStringLiteral("held")};
            auto open = EventRepository(s.value()).count(f);
            if (open && open.value() == 0)
                QCoreApplication::exit(0);
        });
    }
    QObject::connect(&d, &Dispatcher::storeError, &app, [](const QString &m) {
        std::fprintf(stderr, "store error: %s\n", qPrintable(m));
        QCoreApplication::exit(1);
    });
    d.start();
    std::fprintf(stdout, "started\n");
    std::fflush(stdout);
    return QCoreApplication::exec();
}
