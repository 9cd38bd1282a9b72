// 'm3cart serve' as a real process: configured from a file and the keychain, it takes a 3dcart webhook on
// its listener, enters the order in the M3 simulator, and stops cleanly on SIGTERM. 'm3cart demo' end to end.

#include "cart/cart_client.h"
#include "config/connections.h"
#include "sandbox_thread.h"
#include "store/event_repository.h"
#include "store/xref_repository.h"
#include "temp_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include "cli_process.h"
#include "sandbox/seed_data.h"

#include <QTest>
#include <csignal>

using namespace m3cart;

class TstCliServe : public QObject
{
    Q_OBJECT

    static QString cli() { return qEnvironmentVariable("M3CART_CLI"); }
    static int run(const QStringList &args, const QByteArray &input = QByteArray(), QByteArray *out = nullptr)
    {
        const test::CliRun r = test::runCli(args, input, 120000);
        if (out)
            *out = r.out;
        return r.code;
    }

    // The simulators, a store, and m3cart configured for both: settings in the store, secrets in the keychain,
    // the SKU map. The listener's port is fixed so that webhooks reach every restart of serve.
    struct Setup
    {
        std::unique_ptr<test::SandboxThread> sb;
        test::TempStore temp;
        QTemporaryDir dir;
        QString configFile;
        QString listenerSecret = QStringLiteral("serve-test-secret");
        quint16 port = 0;
    };

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    void configure(Setup &s, const sandbox::SandboxOptions &so, const QJsonObject &extraSettings = {})
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no D-Bus session: run through ./test.sh (serve reads its secrets from the keychain)");
        s.sb = std::make_unique<test::SandboxThread>(so);
        QVERIFY2(s.sb->ok(), qPrintable(s.sb->error()));
        s.port = freePort();
        const QJsonObject cart = s.sb->ready().value(QStringLiteral("cart")).toObject();
        QUrl base(cart.value(QStringLiteral("baseUrl")).toString());
        base.setPath(QString());
        auto ionapi = QJsonDocument::fromJson([&] {
                          QFile f(s.sb->ready().value(QStringLiteral("m3")).toObject().value(QStringLiteral("ionapiFile")).toString());
                          f.open(QIODevice::ReadOnly);
                          return f.readAll();
                      }()).object();
        QJsonObject config{
            {QStringLiteral("connection.cart"), QJsonObject{{QStringLiteral("base_url"), base.toString()},
                                                            {QStringLiteral("secure_url"), cart.value(QStringLiteral("secureUrl"))},
                                                            {QStringLiteral("rate_per_second"), 200}}},
            {QStringLiteral("connection.m3"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("ionapi")},
                                                          {QStringLiteral("ionapi"), QJsonObject{{QStringLiteral("ti"), ionapi.value(QStringLiteral("ti"))},
                                                                                                 {QStringLiteral("ci"), ionapi.value(QStringLiteral("ci"))},
                                                                                                 {QStringLiteral("iu"), ionapi.value(QStringLiteral("iu"))},
                                                                                                 {QStringLiteral("pu"), ionapi.value(QStringLiteral("pu"))},
                                                                                                 {QStringLiteral("ot"), ionapi.value(QStringLiteral("ot"))}}},
                                                          {QStringLiteral("rate_per_second"), 500}}},
            {QStringLiteral("connection.listener"), QJsonObject{{QStringLiteral("port"), s.port}}}};
        for (auto it = extraSettings.begin(); it != extraSettings.end(); ++it)
            config.insert(it.key(), it.value());
        s.configFile = s.dir.filePath(QStringLiteral("serve.json"));
        QFile cfg(s.configFile);
        QVERIFY(cfg.open(QIODevice::WriteOnly));
        cfg.write(QJsonDocument(config).toJson());
        cfg.close();
        for (const auto &[name, value] : {std::pair{QStringLiteral("cart.private_key"), cart.value(QStringLiteral("privateKey")).toString()},
                                          std::pair{QStringLiteral("cart.token"), cart.value(QStringLiteral("token")).toString()},
                                          std::pair{QStringLiteral("m3.client_secret"), ionapi.value(QStringLiteral("cs")).toString()},
                                          std::pair{QStringLiteral("m3.saak"), ionapi.value(QStringLiteral("saak")).toString()},
                                          std::pair{QStringLiteral("m3.sask"), ionapi.value(QStringLiteral("sask")).toString()},
                                          std::pair{QStringLiteral("listener.secret"), s.listenerSecret}})
            QCOMPARE(run({QStringLiteral("secrets"), QStringLiteral("set"), name}, value.toUtf8()), 0);
        // The SKU map: the sandbox's SKUs are its M3 item numbers.
        QFile csv(s.dir.filePath(QStringLiteral("skus.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("sku,itno\n");
        for (const sandbox::SeedProduct &p : sandbox::SeedData::generate(so.seed, so.products).products)
            if (p.inM3 != sandbox::SeedProduct::InM3::Missing)
                csv.write(p.sku.toUtf8() + ',' + p.sku.toUtf8() + '\n');
        csv.close();
        QCOMPARE(run({QStringLiteral("mapping"), QStringLiteral("lookup-import"), QStringLiteral("sku_itno"), csv.fileName(),
                      QStringLiteral("--store"), s.temp.path()}), 0);
    }

    // Starts serve; the ready line, or an empty object when it did not come up.
    static QJsonObject startServe(QProcess &serve, const Setup &s)
    {
        serve.setProcessChannelMode(QProcess::SeparateChannels);
        serve.start(cli(), {QStringLiteral("serve"), QStringLiteral("--config"), s.configFile, QStringLiteral("--store"), s.temp.path()});
        if (!serve.waitForStarted())
            return {};
        QElapsedTimer t;
        t.start();
        while (!serve.canReadLine() && serve.state() == QProcess::Running && t.elapsed() < 30000)
            serve.waitForReadyRead(200);
        return QJsonDocument::fromJson(serve.readLine()).object();
    }

    static QStringList activeSkus(const sandbox::SandboxOptions &so)
    {
        QStringList out;
        for (const sandbox::SeedProduct &p : sandbox::SeedData::generate(so.seed, so.products).products)
            if (p.inM3 == sandbox::SeedProduct::InM3::Active && p.variants.isEmpty())
                out << p.sku;
        return out;
    }

private slots:
    void demoPutsEveryOrderIntoM3()
    {
        QByteArray out;
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("6"), QStringLiteral("--json")}, {}, &out), 0);
        const QJsonObject s = QJsonDocument::fromJson(out).object();
        QCOMPARE(s.value(QStringLiteral("orders_placed")).toInt(), 6);
        QCOMPARE(s.value(QStringLiteral("in_m3")).toInt(), 6);
        QCOMPARE(s.value(QStringLiteral("dead_letters")).toInt(), 0);
        QVERIFY(s.value(QStringLiteral("m3_calls_per_order")).toDouble() > 0);
    }

    void serveTakesAWebhookAndStopsOnSigterm()
    {
        sandbox::SandboxOptions so;
        so.cartThrottlePerSecond = 0;
        Setup setup;
        configure(setup, so);
        if (QTest::currentTestFailed())
            return;
        test::TempStore &temp = setup.temp;
        test::SandboxThread &sb = *setup.sb;
        const QString listenerSecret = setup.listenerSecret;

        QProcess serve;
        const QJsonObject ready = startServe(serve, setup);
        QVERIFY2(ready.contains(QStringLiteral("listener")), serve.readAllStandardError().constData());
        QVERIFY(ready.value(QStringLiteral("kinds")).toArray().contains(QStringLiteral("cart.order.new")));

        // An order in the store simulator, delivered to serve's listener the way 3dcart would.
        QJsonObject order;
        sb.run([&](sandbox::Sandbox &s) {
            const int id = s.cart()->placeOrder(QJsonObject{{QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), activeSkus(so).first()}}}}});
            order = s.cart()->order(id);
        });
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(ready.value(QStringLiteral("listener")).toString() + QStringLiteral("/webhooks/3dcart/order-new?token=") + listenerSecret));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nam.post(req, QJsonDocument(QJsonArray{order}).toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(30000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QString orderId = QString::number(order.value(QStringLiteral("OrderID")).toInt());
        QTRY_VERIFY_WITH_TIMEOUT(XrefRepository(temp.store).m3Id(QStringLiteral("order"), orderId)->has_value(), 60000);

        ::kill(pid_t(serve.processId()), SIGTERM);
        QVERIFY(serve.waitForFinished(30000));
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 0);
    }

    void syncOrderDryRunPrintsTheExactCalls()
    {
        sandbox::SandboxOptions so;
        so.cartThrottlePerSecond = 0;
        Setup setup;
        configure(setup, so);
        if (QTest::currentTestFailed())
            return;
        // sync reads its connections from the store: what serve --config would have stored.
        QFile cfg(setup.configFile);
        QVERIFY(cfg.open(QIODevice::ReadOnly));
        const QJsonObject config = QJsonDocument::fromJson(cfg.readAll()).object();
        for (auto it = config.begin(); it != config.end(); ++it)
            QCOMPARE(run({QStringLiteral("settings"), QStringLiteral("set"), it.key(),
                          QString::fromUtf8(QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact)),
                          QStringLiteral("--store"), setup.temp.path()}), 0);
        QJsonObject order;
        setup.sb->run([&](sandbox::Sandbox &s) {
            const int id = s.cart()->placeOrder(QJsonObject{{QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), activeSkus(so).first()}, {QStringLiteral("qty"), 2}}}}});
            order = s.cart()->order(id);
        });
        QFile in(setup.dir.filePath(QStringLiteral("order.json")));
        QVERIFY(in.open(QIODevice::WriteOnly));
        in.write(QJsonDocument(QJsonArray{order}).toJson());
        in.close();

        const test::CliRun r = test::runCli({QStringLiteral("sync"), QStringLiteral("order"), QStringLiteral("--input"), in.fileName(),
                                             QStringLiteral("--dry-run"), QStringLiteral("--json"), QStringLiteral("--store"), setup.temp.path()});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray calls = r.json().value(QStringLiteral("calls")).toArray();
        QVERIFY(calls.size() >= 6);
        int writes = 0;
        for (const QJsonValue &v : calls) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("system")).toString() == QLatin1String("m3")) {
                QVERIFY(!c.value(QStringLiteral("program")).toString().isEmpty());
                QVERIFY(!c.value(QStringLiteral("transaction")).toString().isEmpty());
                QVERIFY(c.value(QStringLiteral("fields")).isObject());
            } else {
                QCOMPARE(c.value(QStringLiteral("system")).toString(), QStringLiteral("cart"));
                QVERIFY(c.value(QStringLiteral("path")).toString().startsWith(QLatin1Char('/')));
                QVERIFY(!c.value(QStringLiteral("method")).toString().isEmpty());
            }
            writes += c.value(QStringLiteral("read")).toBool() ? 0 : 1;
        }
        QVERIFY(writes >= 4);
        QCOMPARE(calls.last().toObject().value(QStringLiteral("body")).toObject().value(QStringLiteral("OrderStatusID")).toInt(), 2);
        QJsonObject received;
        setup.sb->run([&](sandbox::Sandbox &s) { received = s.m3()->received(); });
        QVERIFY(received.value(QStringLiteral("batchOrders")).toArray().isEmpty());

        // The stock sync's contract, dry: counts for every kind, nothing pushed.
        const test::CliRun stock = test::runCli({QStringLiteral("sync"), QStringLiteral("stock"), QStringLiteral("--dry-run"),
                                                 QStringLiteral("--json"), QStringLiteral("--store"), setup.temp.path()});
        QVERIFY2(stock.code == 0, stock.err.constData());
        const QJsonObject counts = stock.json().value(QStringLiteral("counts")).toObject();
        for (const char *k : {"balances", "items", "skus", "changed", "pushed", "failed", "sku_without_item", "item_without_product"})
            QVERIFY2(counts.contains(QLatin1String(k)), k);
        QVERIFY(counts.value(QStringLiteral("changed")).toInt() > 0);
        QCOMPARE(counts.value(QStringLiteral("pushed")).toInt(), 0);
        QCOMPARE(stock.json().value(QStringLiteral("mode")).toString(), QStringLiteral("full"));

        // A malformed file is named in the error.
        QFile broken(setup.dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("[{\"OrderID\": 1,");
        broken.close();
        const test::CliRun bad = test::runCli({QStringLiteral("sync"), QStringLiteral("order"), QStringLiteral("--input"), broken.fileName(),
                                               QStringLiteral("--dry-run"), QStringLiteral("--store"), setup.temp.path()});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains("broken.json"), bad.err.constData());
    }

    // serve killed with SIGKILL at random moments while orders arrive: after the last restart every order is
    // in M3 exactly once. Webhooks lost while serve was down are found by the poll.
    void serveKilledAtRandomLeavesEveryOrderInM3Once()
    {
        sandbox::SandboxOptions so;
        so.cartThrottlePerSecond = 0;
        so.latencyMs = 15; // slow enough that the kills land inside the flows
        Setup setup;
        configure(setup, so, {{QStringLiteral("poll.orders"), QJsonObject{{QStringLiteral("interval_seconds"), 2}, {QStringLiteral("lookback_hours"), 2}}}});
        if (QTest::currentTestFailed())
            return;
        const QString hook = QStringLiteral("http://127.0.0.1:%1/webhooks/3dcart/order-new?token=%2").arg(setup.port).arg(setup.listenerSecret);
        const QStringList skus = activeSkus(so);
        constexpr int kOrders = 60;
        QList<QJsonObject> orders;
        const cart::CartClient cartClient(config::fromSandboxReady(setup.sb->ready()).value().cart);
        M3_VERIFY_OK(cartClient.post(QStringLiteral("Webhooks"), QJsonObject{{QStringLiteral("Name"), QStringLiteral("m3cart order-new")},
                                                                             {QStringLiteral("Url"), hook},
                                                                             {QStringLiteral("EventType"), 1},
                                                                             {QStringLiteral("Format"), QStringLiteral("JSON")},
                                                                             {QStringLiteral("Enabled"), 1}}));
        setup.sb->run([&](sandbox::Sandbox &s) {
            for (int i = 0; i < kOrders; ++i) {
                const int id = s.cart()->placeOrder(QJsonObject{{QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), skus.at(i % skus.size())}, {QStringLiteral("qty"), 1 + i % 3}}}}});
                orders << s.cart()->order(id);
            }
        });
        QRandomGenerator rng(20261129);
        for (int round = 0; round < 4; ++round) {
            QProcess serve;
            const QJsonObject ready = startServe(serve, setup);
            QVERIFY2(ready.contains(QStringLiteral("listener")), serve.readAllStandardError().constData());
            QTest::qWait(150 + int(rng.bounded(900)));
            ::kill(pid_t(serve.processId()), SIGKILL);
            QVERIFY(serve.waitForFinished(10000));
        }
        QProcess serve;
        QVERIFY(startServe(serve, setup).contains(QStringLiteral("listener")));
        const XrefRepository xref(setup.temp.store);
        auto allInM3 = [&] {
            for (const QJsonObject &o : orders)
                if (!xref.m3Id(QStringLiteral("order"), QString::number(o.value(QStringLiteral("OrderID")).toInt()))->has_value())
                    return false;
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allInM3(), 120000);
        ::kill(pid_t(serve.processId()), SIGTERM);
        QVERIFY(serve.waitForFinished(30000));

        QJsonObject received;
        setup.sb->run([&](sandbox::Sandbox &s) { received = s.m3()->received(); });
        QHash<QString, int> perCuor;
        for (const QJsonValue &v : received.value(QStringLiteral("orders")).toArray())
            ++perCuor[v.toObject().value(QStringLiteral("head")).toObject().value(QStringLiteral("CUOR")).toString()];
        for (const QJsonObject &o : orders) {
            const QString cuor = o.value(QStringLiteral("InvoiceNumberPrefix")).toString() + QString::number(o.value(QStringLiteral("InvoiceNumber")).toInt());
            QVERIFY2(perCuor.value(cuor) == 1, qPrintable(QStringLiteral("%1 is in M3 %2 times").arg(cuor).arg(perCuor.value(cuor))));
        }
        EventFilter dead;
        dead.statuses = {QStringLiteral("dead")};
        QCOMPARE(EventRepository(setup.temp.store).count(dead).value(), 0);
        // For the log: how many tries the kills interrupted (not asserted: where a kill lands is chance).
        QSqlQuery q(setup.temp.store->db());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM attempts WHERE outcome = 'crashed'"));
        q.next();
        qInfo("%d orders, %lld interrupted tries, %d M3 batch orders", kOrders, q.value(0).toLongLong(),
              int(received.value(QStringLiteral("batchOrders")).toArray().size()));
    }
};

QTEST_GUILESS_MAIN(TstCliServe)
#include "tst_cli_serve.moc"
