// The sandbox as a whole: fault injection on both simulators, /__sandbox/ admin routes, deterministic seeds,
// state-dir persistence, the .ionapi file and the `m3cart sandbox` command.

#include "sandbox/sandbox.h"
#include "sandbox_client.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <csignal>

using namespace m3cart::sandbox;

class TstSandboxAdmin : public QObject
{
    Q_OBJECT

private:
    static QList<QPair<QByteArray, QByteArray>> cartHeaders(const CartSimulator *c)
    {
        return {{"SecureURL", c->config().secureUrl.toUtf8()},
                {"PrivateKey", c->config().privateKey.toUtf8()},
                {"Token", c->config().token.toUtf8()}};
    }
    static QByteArray m3Bearer(const M3Simulator *m3)
    {
        SandboxClient c;
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"),
                          QString::fromUtf8(QUrl::toPercentEncoding(m3->config().clientId)));
        form.addQueryItem(QStringLiteral("client_secret"),
                          QString::fromUtf8(QUrl::toPercentEncoding(m3->config().clientSecret)));
        const SandboxReply r = c.send("POST", m3->tokenUrl(), form.toString(QUrl::FullyEncoded).toUtf8(),
                                  "application/x-www-form-urlencoded");
        return "Bearer " + r.object().value(QStringLiteral("access_token")).toString().toUtf8();
    }

private slots:
    void readyJsonAndIonapiFile()
    {
        Sandbox box;
        QString error;
        QVERIFY2(box.start(&error), qPrintable(error));
        const QJsonObject j = box.readyJson();
        QCOMPARE(j.keys(),
                 (QStringList{QStringLiteral("admin"), QStringLiteral("cart"), QStringLiteral("m3")}));
        QCOMPARE(j.value(QStringLiteral("cart")).toObject().keys(),
                 (QStringList{QStringLiteral("baseUrl"), QStringLiteral("privateKey"),
                              QStringLiteral("secureUrl"), QStringLiteral("token")}));
        QCOMPARE(
            j.value(QStringLiteral("m3")).toObject().keys(),
            (QStringList{QStringLiteral("baseUrl"), QStringLiteral("ionapiFile"), QStringLiteral("tenant")}));
        QFile f(box.ionapiFile());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject ionapi = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(ionapi.value(QStringLiteral("ti")).toString(),
                 j.value(QStringLiteral("m3")).toObject().value(QStringLiteral("tenant")).toString());
        QCOMPARE(ionapi, box.m3()->ionapi());
    }

    void sameSeedSameData()
    {
        SandboxOptions o;
        o.seed = 7;
        Sandbox a(o), b(o);
        o.seed = 8;
        Sandbox c(o);
        QString e;
        QVERIFY(a.start(&e) && b.start(&e) && c.start(&e));
        QCOMPARE(a.cart()->product(5), b.cart()->product(5));
        QVERIFY(a.cart()->product(5).value(QStringLiteral("SKUInfo")) !=
                c.cart()->product(5).value(QStringLiteral("SKUInfo")));
        QCOMPARE(a.m3()->state().items.keys(), b.m3()->state().items.keys());
        // Most store SKUs are M3 items; a few are deliberately missing.
        int matched = 0, missing = 0;
        for (int id = 1; id <= 40; ++id) {
            const QString sku = a.cart()
                                    ->product(id)
                                    .value(QStringLiteral("SKUInfo"))
                                    .toObject()
                                    .value(QStringLiteral("SKU"))
                                    .toString();
            (a.m3()->state().items.contains(sku) ? matched : missing)++;
        }
        QVERIFY(matched >= 35);
        QVERIFY(missing >= 1);
    }

    void faultsOnBothSimulators()
    {
        SandboxOptions o;
        o.faultSpec = QStringLiteral("cart@GET */Customers*:500,count=1; m3@*GetUserInfo*:429,retry-after=3");
        o.cartThrottlePerSecond = 0;
        Sandbox box(o);
        QString e;
        QVERIFY(box.start(&e));
        SandboxClient cart;
        cart.headers = cartHeaders(box.cart());
        const SandboxReply c500 = cart.get(QUrl(box.cart()->baseUrl().toString() + QStringLiteral("Customers")));
        QCOMPARE(c500.status, 500);
        QVERIFY(c500.header("Content-Type").startsWith("text/html"));
        QCOMPARE(cart.get(QUrl(box.cart()->baseUrl().toString() + QStringLiteral("Customers"))).status,
                 200); // count=1 used up
        SandboxClient m3;
        m3.headers = {{"Authorization", m3Bearer(box.m3())}};
        const SandboxReply m429 = m3.get(QUrl(box.m3()->baseUrl().toString() +
                                          QStringLiteral("/M3/m3api-rest/v2/execute/GENERAL/GetUserInfo")));
        QCOMPARE(m429.status, 429);
        QCOMPARE(m429.header("Retry-After"), QByteArray("3"));

        // Admin API: replace the rules; drop the connection; break the body; add latency.
        SandboxClient admin;
        const QUrl cartFaults(box.cart()->adminUrl().toString() + QStringLiteral("faults"));
        QCOMPARE(admin
                     .put(cartFaults, QJsonDocument(QJsonObject{
                                          {QStringLiteral("spec"), QStringLiteral("*/OrderStatus:drop")}}))
                     .array()
                     .size(),
                 1);
        const SandboxReply dropped =
            cart.get(QUrl(box.cart()->baseUrl().toString() + QStringLiteral("OrderStatus")));
        QVERIFY(dropped.error != QNetworkReply::NoError);
        QCOMPARE(admin
                     .put(cartFaults,
                          QJsonDocument(QJsonObject{{QStringLiteral("spec"),
                                                     QStringLiteral("*/OrderStatus:malformed,latency=20")}}))
                     .status,
                 200);
        const SandboxReply broken =
            cart.get(QUrl(box.cart()->baseUrl().toString() + QStringLiteral("OrderStatus")));
        QCOMPARE(broken.status, 200);
        QVERIFY(broken.json.isNull());
        QCOMPARE(admin.send("DELETE", cartFaults).status, 200);
        QVERIFY(
            cart.get(QUrl(box.cart()->baseUrl().toString() + QStringLiteral("OrderStatus"))).json.isArray());
        QCOMPARE(admin
                     .put(cartFaults,
                          QJsonDocument(QJsonObject{{QStringLiteral("spec"), QStringLiteral("nonsense")}}))
                     .status,
                 400);
        QCOMPARE(admin
                     .put(cartFaults, QJsonDocument(QJsonArray{
                                          QJsonObject{{QStringLiteral("pattern"), QStringLiteral("*")},
                                                      {QStringLiteral("rate"), 0.0},
                                                      {QStringLiteral("status"), 503}}}))
                     .status,
                 200);
        QCOMPARE(cart.get(QUrl(box.cart()->baseUrl().toString() + QStringLiteral("OrderStatus"))).status,
                 200); // rate 0 never hits
        QString err;
        QVERIFY(!Sandbox::validateFaultSpec(QStringLiteral("x:status=99"), &err));
        QVERIFY(!Sandbox::validateFaultSpec(QStringLiteral("venus@x:500"), &err));
        QVERIFY(Sandbox::validateFaultSpec(
            QStringLiteral("cart@PUT */Products*:rate=0.5,503;m3@*Confirm*:nok,count=2"), &err));
    }

    void adminStateResetAndThrottle()
    {
        Sandbox box;
        QString e;
        QVERIFY(box.start(&e));
        SandboxClient admin;
        const QString cartAdmin = box.cart()->adminUrl().toString();
        const QString m3Admin = box.m3()->adminUrl().toString();
        QCOMPARE(admin.get(QUrl(cartAdmin + QStringLiteral("state")))
                     .object()
                     .value(QStringLiteral("orders"))
                     .toInt(),
                 25);
        QCOMPARE(admin
                     .post(QUrl(cartAdmin + QStringLiteral("orders")),
                           QJsonDocument(QJsonObject{
                               {QStringLiteral("order"), QJsonObject{{QStringLiteral("BillingEmail"),
                                                                      QStringLiteral("given@example.com")},
                                                                     {QStringLiteral("OrderStatusID"), 1}}}}))
                     .status,
                 201);
        QCOMPARE(admin.get(QUrl(cartAdmin + QStringLiteral("state")))
                     .object()
                     .value(QStringLiteral("orders"))
                     .toInt(),
                 26);
        QCOMPARE(admin.post(QUrl(cartAdmin + QStringLiteral("reset")), QJsonDocument(QJsonObject{})).status,
                 200);
        QCOMPARE(admin.get(QUrl(cartAdmin + QStringLiteral("state")))
                     .object()
                     .value(QStringLiteral("orders"))
                     .toInt(),
                 25);
        QCOMPARE(admin
                     .put(QUrl(cartAdmin + QStringLiteral("throttle")),
                          QJsonDocument(
                              QJsonObject{{QStringLiteral("perSecond"), 1}, {QStringLiteral("burst"), 1}}))
                     .object()
                     .value(QStringLiteral("perSecond"))
                     .toDouble(),
                 1.0);
        SandboxClient cart;
        cart.headers = cartHeaders(box.cart());
        QCOMPARE(cart.get(QUrl(box.cart()->baseUrl().toString() + QStringLiteral("OrderStatus"))).status,
                 200);
        QCOMPARE(cart.get(QUrl(box.cart()->baseUrl().toString() + QStringLiteral("OrderStatus"))).status,
                 429);

        const QJsonObject m3State = admin.get(QUrl(m3Admin + QStringLiteral("state"))).object();
        QVERIFY(m3State.value(QStringLiteral("items")).toInt() > 40);
        QCOMPARE(admin
                     .put(QUrl(m3Admin + QStringLiteral("config")),
                          QJsonDocument(QJsonObject{{QStringLiteral("tokenLifetimeSeconds"), 60}}))
                     .object()
                     .value(QStringLiteral("tokenLifetimeSeconds"))
                     .toInt(),
                 60);
        QCOMPARE(admin
                     .put(QUrl(m3Admin + QStringLiteral("stock")),
                          QJsonDocument(QJsonObject{{QStringLiteral("ITNO"), QStringLiteral("NOPE")}}))
                     .status,
                 400);
        QCOMPARE(admin.post(QUrl(m3Admin + QStringLiteral("orders/123/ship")), QJsonDocument(QJsonObject{}))
                     .status,
                 400);
        QCOMPARE(admin.get(QUrl(m3Admin + QStringLiteral("ionapi"))).object(), box.m3()->ionapi());
        QCOMPARE(admin.get(QUrl(m3Admin + QStringLiteral("nope"))).status, 404);
        QCOMPARE(admin.send("POST", QUrl(cartAdmin + QStringLiteral("orders")), "{broken").status, 400);
    }

    void stateDirPersists()
    {
        QTemporaryDir dir;
        SandboxOptions o;
        o.stateDir = dir.path();
        int orderId = 0;
        {
            Sandbox box(o);
            QString e;
            QVERIFY(box.start(&e));
            SandboxClient admin;
            orderId =
                admin
                    .post(QUrl(box.cart()->adminUrl().toString() + QStringLiteral("orders")),
                          QJsonDocument(QJsonObject{{QStringLiteral("lines"),
                                                     QJsonArray{QJsonObject{{QStringLiteral("sku"),
                                                                             QStringLiteral("SKU-1001")}}}}}))
                    .object()
                    .value(QStringLiteral("OrderID"))
                    .toInt();
            QVERIFY(orderId > 0);
            QVERIFY(admin
                        .put(QUrl(box.m3()->adminUrl().toString() + QStringLiteral("stock")),
                             QJsonDocument(QJsonObject{{QStringLiteral("ITNO"), QStringLiteral("SKU-1001")},
                                                       {QStringLiteral("STQT"), 777}}))
                        .status == 200);
            QVERIFY(QFile::exists(dir.filePath(QStringLiteral("m3cart-sandbox.ionapi"))));
        }
        Sandbox again(o);
        QString e;
        QVERIFY(again.start(&e));
        QCOMPARE(again.cart()->order(orderId).value(QStringLiteral("OrderID")).toInt(), orderId);
        QCOMPARE(again.m3()->state().balances.value(QStringLiteral("100|SKU-1001")).stqt, 777.0);
    }

    void junkInputNeverCrashes()
    {
        SandboxOptions o;
        o.cartThrottlePerSecond = 0;
        Sandbox box(o);
        QString e;
        QVERIFY(box.start(&e));
        SandboxClient cart;
        cart.headers = cartHeaders(box.cart());
        SandboxClient m3;
        m3.headers = {{"Authorization", m3Bearer(box.m3())}};
        const QStringList cartPaths = {QStringLiteral("Orders"),
                                       QStringLiteral("Orders/100001"),
                                       QStringLiteral("Orders/100001/Items"),
                                       QStringLiteral("Orders/100001/Items/1"),
                                       QStringLiteral("Orders/100001/Shipments/0"),
                                       QStringLiteral("Orders/abc/Shipments"),
                                       QStringLiteral("Products"),
                                       QStringLiteral("Products/2"),
                                       QStringLiteral("Products/2/AdvancedOptions"),
                                       QStringLiteral("Products/2/AdvancedOptions/x"),
                                       QStringLiteral("Products/skuinfo"),
                                       QStringLiteral("Customers"),
                                       QStringLiteral("Customers/1"),
                                       QStringLiteral("Webhooks"),
                                       QStringLiteral("Webhooks/1"),
                                       QStringLiteral("Webhooks/Events"),
                                       QStringLiteral("OrderStatus/x"),
                                       QStringLiteral("Orders?limit=-5&offset=-9"),
                                       QStringLiteral("Orders?datestart=13/45/2020&invoicenumber=x")};
        const QStringList m3Paths = {
            QStringLiteral("OIS100MI/AddBatchLine?ORNO=&ITNO=%00&ORQT=1e9"),
            QStringLiteral("OIS100MI/Confirm?ORNO=5000000001"),
            QStringLiteral("CRS610MI/Add?CUTM=WEBTMPL&CUNM=%E2%82%AC&CUA1=x&STAT=x"),
            QStringLiteral("MMS200MI/GetItmWhsBal?WHLO=&ITNO="),
            QStringLiteral("MRS001MI/LstFields?MINM=X&TRNM=Y&TRTP=Z"),
            QStringLiteral("ARS040MI/AddBatchLine?PBID=1&TRNO=1&CINO=1&INYR=1&CUNO=1&PYAM=1"),
            QStringLiteral("OIS100MI/LstLine;maxrecs=-1;returncols=;dateformat=XYZ?ORNO=1"),
            QStringLiteral("GENERAL/GetUserInfo;cono=;divi=")};
        const QList<QByteArray> bodies = {QByteArray(),
                                          "null",
                                          "[]",
                                          "{}",
                                          "[1,2,3]",
                                          "{\"OrderID\":{}}",
                                          "[{\"SKUInfo\":[]}]",
                                          "{\"ShipmentList\":\"x\"}",
                                          "{\"AdvancedOptionList\":[{}]}",
                                          "\xff\xfe{",
                                          "[null,{\"CustomerID\":\"9\"}]",
                                          "{\"program\":\"OIS100MI\",\"transactions\":[{\"record\":[]},7]}"};
        const QList<QByteArray> methods = {"GET", "PUT", "POST", "DELETE", "PATCH"};
        QRandomGenerator rng(42);
        for (int i = 0; i < 400; ++i) {
            const QByteArray method = methods[rng.bounded(int(methods.size()))];
            const QByteArray body = bodies[rng.bounded(int(bodies.size()))];
            const SandboxReply c = cart.send(
                method,
                QUrl(box.cart()->baseUrl().toString() + cartPaths[rng.bounded(int(cartPaths.size()))]), body);
            QVERIFY(c.status >= 200 && c.status < 600);
            const SandboxReply m = m3.send(
                i % 5 == 0 ? QByteArray("POST") : QByteArray("GET"),
                i % 5 == 0
                    ? QUrl(box.m3()->baseUrl().toString() + QStringLiteral("/M3/m3api-rest/v2/execute"))
                    : QUrl(box.m3()->baseUrl().toString() + QStringLiteral("/M3/m3api-rest/v2/execute/") +
                           m3Paths[rng.bounded(int(m3Paths.size()))]),
                body);
            QVERIFY(m.status >= 200 && m.status < 600);
        }
        QCOMPARE(cart.get(QUrl(box.cart()->baseUrl().toString() + QStringLiteral("OrderStatus"))).status,
                 200);
    }

    void cliCommand()
    {
        const QString cli = qEnvironmentVariable("M3CART_CLI");
        if (cli.isEmpty())
            QSKIP("M3CART_CLI not set");
        QProcess bad;
        bad.start(cli, {QStringLiteral("sandbox"), QStringLiteral("--fault"), QStringLiteral("nonsense")});
        QVERIFY(bad.waitForFinished(20000));
        QCOMPARE(bad.exitCode(), 2);
        bad.start(cli, {QStringLiteral("sandbox"), QStringLiteral("--cart-port"), QStringLiteral("99999")});
        QVERIFY(bad.waitForFinished(20000));
        QCOMPARE(bad.exitCode(), 2);

        QProcess p;
        p.start(cli, {QStringLiteral("sandbox"), QStringLiteral("--seed"), QStringLiteral("5"),
                      QStringLiteral("--products"), QStringLiteral("12"), QStringLiteral("--fault"),
                      QStringLiteral("m3@*GetUserInfo*:503")});
        QVERIFY(p.waitForStarted(20000));
        QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine(), 20000);
        const QByteArray line = p.readLine();
        const QJsonObject ready = QJsonDocument::fromJson(line).object();
        QVERIFY2(!ready.isEmpty(), line.constData());
        const QJsonObject cartInfo = ready.value(QStringLiteral("cart")).toObject();
        SandboxClient cart;
        cart.headers = {{"SecureURL", cartInfo.value(QStringLiteral("secureUrl")).toString().toUtf8()},
                        {"PrivateKey", cartInfo.value(QStringLiteral("privateKey")).toString().toUtf8()},
                        {"Token", cartInfo.value(QStringLiteral("token")).toString().toUtf8()}};
        QCOMPARE(cart.get(QUrl(cartInfo.value(QStringLiteral("baseUrl")).toString() +
                               QStringLiteral("Products?countonly=1")))
                     .object()
                     .value(QStringLiteral("TotalCount"))
                     .toInt(),
                 12);
        QVERIFY(QFile::exists(
            ready.value(QStringLiteral("m3")).toObject().value(QStringLiteral("ionapiFile")).toString()));
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().trimmed().isEmpty()); // exactly one JSON line on stdout
        QVERIFY(p.readAllStandardError().contains("m3cart sandbox"));
    }
};

QTEST_GUILESS_MAIN(TstSandboxAdmin)
#include "tst_sandbox_admin.moc"
