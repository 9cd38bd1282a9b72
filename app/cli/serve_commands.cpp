// m3cart serve: the listener, the engine and the flows, headless, until SIGINT/SIGTERM.
// m3cart demo: the same against the in-process sandbox, with sample orders, and a summary.

#include "cli.h"

#include "config/connections.h"
#include "flows/order_to_m3_flow.h"
#include "flows/runtime.h"
#include "mapping/lookup_source.h"
#include "sandbox/sandbox.h"
#include "sandbox/sample_orders.h"
#include "secrets/secret_store.h"
#include "store/audit_log.h"
#include "store/event_repository.h"
#include "store/settings_repository.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace m3cart::cli {

namespace {

const QCommandLineOption kConfig(QStringLiteral("config"), QStringLiteral("JSON file of settings ({\"connection.cart\": {...}, ...}) stored before starting."), QStringLiteral("FILE"));
const QCommandLineOption kWorkers(QStringLiteral("workers"), QStringLiteral("Events processed at once (default 4)."), QStringLiteral("N"));
const QCommandLineOption kLatency(QStringLiteral("latency-ms"), QStringLiteral("Delay every simulator answer by MS (as a distant server would; default 0)."), QStringLiteral("MS"));
const QCommandLineOption kOrders(QStringLiteral("orders"), QStringLiteral("Sample orders to place (default 10)."), QStringLiteral("N"));

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

// SIGINT/SIGTERM end the event loop (through a pipe: nothing else is safe in a handler).
void quitOnSignals()
{
    if (g_signalPipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [] {
        char c;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

int workersFrom(const Invocation &inv, const QString &cmd, int *workers)
{
    *workers = 4;
    if (inv.parser->isSet(kWorkers)) {
        bool okay = false;
        *workers = inv.parser->value(kWorkers).toInt(&okay);
        if (!okay || *workers < 1 || *workers > 256)
            return usageError(cmd, QStringLiteral("--workers must be 1 to 256 (got '%1')").arg(inv.parser->value(kWorkers)));
    }
    return Success;
}

int serve(const Invocation &inv)
{
    const QString cmd = QStringLiteral("serve");
    int workers = 4;
    if (const int c = workersFrom(inv, cmd, &workers); c != Success)
        return c;
    int code = Success;
    auto store = inv.openStore(&code);
    if (!store)
        return code;
    SettingsRepository settings(store);
    if (inv.parser->isSet(kConfig)) {
        QFile f(inv.parser->value(kConfig));
        if (!f.open(QIODevice::ReadOnly))
            return failure(QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString()));
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return failure(QStringLiteral("%1 is not a JSON object of settings: %2").arg(f.fileName(), err.errorString()));
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (const Status s = settings.set(it.key(), it.value(), AuditLog::defaultActor()); !s)
                return failure(s.error().message);
    }
    KeychainSecretStore secrets;
    auto cart = config::loadCart(settings, secrets);
    if (!cart)
        return failure(cart.error().message);
    auto m3 = config::loadM3(settings, secrets);
    if (!m3)
        return failure(m3.error().message);
    auto listener = config::loadListener(settings, secrets);
    if (!listener)
        return failure(listener.error().message);
    flows::RuntimeOptions ro;
    ro.workers = workers;
    flows::Runtime runtime(store, cart.value(), m3.value(), listener.value(), ro);
    if (const Status s = runtime.start(); !s)
        return failure(s.error().message);
    quitOnSignals();
    out(QString::fromUtf8(QJsonDocument(QJsonObject{
                              {QStringLiteral("listener"), QStringLiteral("http://%1:%2").arg(listener->address.toString()).arg(runtime.listenerPort())},
                              {QStringLiteral("store"), store->path()},
                              {QStringLiteral("kinds"), QJsonArray::fromStringList(runtime.kinds())}})
                              .toJson(QJsonDocument::Compact)));
    std::fflush(stdout);
    QCoreApplication::exec();
    err(QStringLiteral("stopping: running flows finish, the rest waits in the store"));
    runtime.stop();
    return Success;
}

int demo(const Invocation &inv)
{
    const QString cmd = QStringLiteral("demo");
    int orders = 10;
    if (inv.parser->isSet(kOrders)) {
        bool okay = false;
        orders = inv.parser->value(kOrders).toInt(&okay);
        if (!okay || orders < 1 || orders > 10000)
            return usageError(cmd, QStringLiteral("--orders must be 1 to 10000 (got '%1')").arg(inv.parser->value(kOrders)));
    }
    int workers = 4;
    if (const int c = workersFrom(inv, cmd, &workers); c != Success)
        return c;
    int latencyMs = 0;
    if (inv.parser->isSet(kLatency)) {
        bool okay = false;
        latencyMs = inv.parser->value(kLatency).toInt(&okay);
        if (!okay || latencyMs < 0 || latencyMs > 10000)
            return usageError(cmd, QStringLiteral("--latency-ms must be 0 to 10000 (got '%1')").arg(inv.parser->value(kLatency)));
    }
    QTemporaryDir temp;
    Invocation local = inv;
    if (local.storePath.isEmpty())
        local.storePath = temp.filePath(QStringLiteral("demo.db"));
    int code = Success;
    auto store = local.openStore(&code);
    if (!store)
        return code;

    // The simulators run on their own thread, as in the console.
    QThread simThread;
    sandbox::SandboxOptions so;
    so.latencyMs = latencyMs;
    auto *sim = new sandbox::Sandbox(so);
    sim->moveToThread(&simThread);
    simThread.start();
    bool started = false;
    QString simError;
    QJsonObject ready;
    QMetaObject::invokeMethod(sim, [&] {
        started = sim->start(&simError);
        ready = sim->readyJson();
        sim->cart()->setThrottle(0, 0); // the demo shows the flow, not the store's throttle
    }, Qt::BlockingQueuedConnection);
    const auto stopSim = qScopeGuard([&] {
        QMetaObject::invokeMethod(sim, [sim] { delete sim; }, Qt::BlockingQueuedConnection);
        simThread.quit();
        simThread.wait();
    });
    if (!started)
        return failure(QStringLiteral("cannot start the sandbox: %1").arg(simError));

    auto connections = config::fromSandboxReady(ready);
    if (!connections)
        return failure(connections.error().message);
    config::SandboxConnections sandboxConnections = connections.value();
    config::useSandboxPacing(sandboxConnections);
    cart::CartConfig cartCfg = sandboxConnections.cart;
    m3::M3Config m3Cfg = sandboxConnections.m3;
    cartCfg.pacing.maxConcurrent = qMax(cartCfg.pacing.maxConcurrent, workers); // no quota in the sandbox:
    m3Cfg.pacing.maxConcurrent = qMax(m3Cfg.pacing.maxConcurrent, workers);     // as many calls as workers
    ingest::ListenerOptions lo;
    lo.secret = config::generateSecret(); // session only: the demo writes no secret anywhere

    // The sandbox's SKUs are its M3 item numbers.
    const sandbox::SampleCatalogue catalogue = sandbox::SampleCatalogue::fromSeed(sandbox::SeedData::generate(1, 40));
    if (auto s = mapping::LookupRepository(store).setMany(QStringLiteral("sku_itno"), catalogue.skuToItem); !s)
        return failure(s.error().message);

    flows::RuntimeOptions ro;
    ro.poll = false; // the sandbox's seeded orders are not the demo's
    ro.workers = workers;
    flows::Runtime runtime(store, cartCfg, m3Cfg, lo, ro);
    if (const Status s = runtime.start(); !s)
        return failure(s.error().message);
    const QString hook = ingest::WebhookListener::cartWebhookUrl(QStringLiteral("http://127.0.0.1:%1").arg(runtime.listenerPort()),
                                                                 QStringLiteral("order-new"), lo.secret);
    auto registered = runtime.cart().post(QStringLiteral("Webhooks"),
                                          QJsonObject{{QStringLiteral("Name"), QStringLiteral("m3cart order-new")},
                                                      {QStringLiteral("Url"), hook},
                                                      {QStringLiteral("EventType"), 1},
                                                      {QStringLiteral("Format"), QStringLiteral("JSON")},
                                                      {QStringLiteral("Enabled"), 1}});
    if (!registered)
        return failure(registered.error().message);

    err(QStringLiteral("placing %1 orders in the 3dcart simulator; its webhooks reach m3cart's listener").arg(orders));
    QElapsedTimer clock;
    clock.start();
    QRandomGenerator rng(42);
    const QList<QJsonObject> specs = catalogue.orders(orders, rng);
    QMetaObject::invokeMethod(sim, [&] {
        for (const QJsonObject &spec : specs)
            sim->cart()->placeOrder(spec);
    }, Qt::BlockingQueuedConnection);

    EventRepository events(store);
    EventFilter finished;
    finished.kind = flows::OrderToM3Flow::kind();
    finished.statuses = {QStringLiteral("done"), QStringLiteral("dead")};
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (events.count(finished).value() >= orders || clock.elapsed() > 300'000)
            QCoreApplication::quit();
    });
    poll.start(50);
    QCoreApplication::exec();
    const double seconds = double(clock.elapsed()) / 1000.0;
    runtime.stop();

    EventFilter dead = finished;
    dead.statuses = {QStringLiteral("dead")};
    dead.limit = 20;
    EventFilter done = finished;
    done.statuses = {QStringLiteral("done")};
    const qint64 inM3 = events.count(done).value();
    const qint64 failed = events.count(dead).value();
    quint64 m3Calls = 0;
    QMetaObject::invokeMethod(sim, [&] { m3Calls = sim->m3()->requestCount(); }, Qt::BlockingQueuedConnection);
    QJsonArray reasons;
    for (const Event &e : events.list(dead).value())
        reasons << QJsonObject{{QStringLiteral("event"), double(e.id)}, {QStringLiteral("key"), e.key}, {QStringLiteral("error"), e.lastError}};
    const QJsonObject summary{{QStringLiteral("orders_placed"), orders},
                              {QStringLiteral("in_m3"), double(inM3)},
                              {QStringLiteral("dead_letters"), double(failed)},
                              {QStringLiteral("unfinished"), double(orders - inM3 - failed)},
                              {QStringLiteral("seconds"), seconds},
                              {QStringLiteral("orders_per_second"), seconds > 0 ? double(inM3) / seconds : 0.0},
                              {QStringLiteral("m3_calls_per_order"), orders > 0 ? double(m3Calls) / orders : 0.0},
                              {QStringLiteral("store"), inv.storePath.isEmpty() ? QString() : store->path()},
                              {QStringLiteral("failures"), reasons}};
    if (inv.json) {
        printJson(summary);
    } else {
        out(QStringLiteral("%1 orders placed in the 3dcart simulator; %2 became M3 orders, %3 dead-lettered, in %4 s "
                           "(%5 M3 calls per order).")
                .arg(orders).arg(inM3).arg(failed).arg(seconds, 0, 'f', 1)
                .arg(double(m3Calls) / orders, 0, 'f', 1));
        for (const QJsonValue &r : reasons)
            out(QStringLiteral("  dead letter #%1 (%2): %3").arg(r[QStringLiteral("event")].toInteger()).arg(
                r[QStringLiteral("key")].toString(), r[QStringLiteral("error")].toString()));
        if (inv.storePath.isEmpty())
            out(QStringLiteral("(the demo used a temporary store; give --store PATH to keep it and look with 'm3cart events list')"));
    }
    return inM3 + failed == orders ? Success : Failure;
}

} // namespace

QList<Command> serveCommands()
{
    Command s;
    s.words = QStringLiteral("serve");
    s.synopsis = QStringLiteral("[--config FILE] [--workers N]");
    s.summary = QStringLiteral("Run the listener, the engine and the flows headless until SIGINT/SIGTERM; prints one JSON line when ready.");
    s.options = {kConfig, kWorkers};
    s.run = serve;

    Command d;
    d.words = QStringLiteral("demo");
    d.synopsis = QStringLiteral("[--orders N] [--workers N] [--latency-ms MS] [--json]");
    d.summary = QStringLiteral("Start the sandbox and the engine in-process, place N sample orders, wait until they are in M3, print a summary.");
    d.options = {kOrders, kWorkers, kLatency};
    d.run = demo;
    return {s, d};
}

} // namespace m3cart::cli
