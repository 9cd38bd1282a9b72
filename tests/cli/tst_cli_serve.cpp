// 'm3cart serve' as a real process: configured from a file and the keychain, it takes a 3dcart webhook on
// its listener, enters the order in the M3 simulator, and stops cleanly on SIGTERM. 'm3cart demo' end to end.

#include "sandbox_thread.h"
#include "store/event_repository.h"
#include "store/xref_repository.h"
#include "temp_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include "cli_process.h"

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
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no D-Bus session: run through ./test.sh (serve reads its secrets from the keychain)");
        sandbox::SandboxOptions so;
        so.cartThrottlePerSecond = 0;
        test::SandboxThread sb(so);
        QVERIFY2(sb.ok(), qPrintable(sb.error()));
        test::TempStore temp;
        const QJsonObject cart = sb.ready().value(QStringLiteral("cart")).toObject();
        QUrl base(cart.value(QStringLiteral("baseUrl")).toString());
        base.setPath(QString());
        auto ionapi = QJsonDocument::fromJson([&] {
                          QFile f(sb.ready().value(QStringLiteral("m3")).toObject().value(QStringLiteral("ionapiFile")).toString());
                          f.open(QIODevice::ReadOnly);
                          return f.readAll();
                      }()).object();
        const QJsonObject config{
            {QStringLiteral("connection.cart"), QJsonObject{{QStringLiteral("base_url"), base.toString()},
                                                            {QStringLiteral("secure_url"), cart.value(QStringLiteral("secureUrl"))},
                                                            {QStringLiteral("rate_per_second"), 100}}},
            {QStringLiteral("connection.m3"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("ionapi")},
                                                          {QStringLiteral("ionapi"), QJsonObject{{QStringLiteral("ti"), ionapi.value(QStringLiteral("ti"))},
                                                                                                 {QStringLiteral("ci"), ionapi.value(QStringLiteral("ci"))},
                                                                                                 {QStringLiteral("iu"), ionapi.value(QStringLiteral("iu"))},
                                                                                                 {QStringLiteral("pu"), ionapi.value(QStringLiteral("pu"))},
                                                                                                 {QStringLiteral("ot"), ionapi.value(QStringLiteral("ot"))}}},
                                                          {QStringLiteral("rate_per_second"), 200}}},
            {QStringLiteral("connection.listener"), QJsonObject{{QStringLiteral("port"), 0}}}};
        QTemporaryDir dir;
        QFile cfg(dir.filePath(QStringLiteral("serve.json")));
        QVERIFY(cfg.open(QIODevice::WriteOnly));
        cfg.write(QJsonDocument(config).toJson());
        cfg.close();
        const QString listenerSecret = QStringLiteral("serve-test-secret");
        for (const auto &[name, value] : {std::pair{QStringLiteral("cart.private_key"), cart.value(QStringLiteral("privateKey")).toString()},
                                          std::pair{QStringLiteral("cart.token"), cart.value(QStringLiteral("token")).toString()},
                                          std::pair{QStringLiteral("m3.client_secret"), ionapi.value(QStringLiteral("cs")).toString()},
                                          std::pair{QStringLiteral("m3.saak"), ionapi.value(QStringLiteral("saak")).toString()},
                                          std::pair{QStringLiteral("m3.sask"), ionapi.value(QStringLiteral("sask")).toString()},
                                          std::pair{QStringLiteral("listener.secret"), listenerSecret}})
            QCOMPARE(run({QStringLiteral("secrets"), QStringLiteral("set"), name}, value.toUtf8()), 0);
        // The SKU map for the order's item.
        QTemporaryDir csvDir;
        QFile csv(csvDir.filePath(QStringLiteral("skus.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("sku,itno\nSKU-1001,SKU-1001\n");
        csv.close();
        QCOMPARE(run({QStringLiteral("mapping"), QStringLiteral("lookup-import"), QStringLiteral("sku_itno"), csv.fileName(),
                      QStringLiteral("--store"), temp.path()}), 0);

        QProcess serve;
        serve.setProcessChannelMode(QProcess::SeparateChannels);
        serve.start(cli(), {QStringLiteral("serve"), QStringLiteral("--config"), cfg.fileName(), QStringLiteral("--store"), temp.path()});
        QVERIFY(serve.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(serve.canReadLine() || serve.state() != QProcess::Running, 30000);
        const QJsonObject ready = QJsonDocument::fromJson(serve.readLine()).object();
        QVERIFY2(ready.contains(QStringLiteral("listener")), serve.readAllStandardError().constData());
        QVERIFY(ready.value(QStringLiteral("kinds")).toArray().contains(QStringLiteral("cart.order.new")));

        // An order in the store simulator, delivered to serve's listener the way 3dcart would.
        QJsonObject order;
        sb.run([&](sandbox::Sandbox &s) {
            const int id = s.cart()->placeOrder(QJsonObject{{QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("SKU-1001")}}}}});
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
};

QTEST_GUILESS_MAIN(TstCliServe)
#include "tst_cli_serve.moc"
