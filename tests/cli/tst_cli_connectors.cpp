// The connector commands as a real process against the simulators: m3 exec (configured, .ionapi, v1),
// cart get/put, webhooks register (idempotent) and list. Secrets go through the real keychain (needs-dbus).

#include "sandbox_thread.h"
#include "temp_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include "cli_process.h"

#include <QTest>

using namespace m3cart;
using Run = m3cart::test::CliRun;

class TstCliConnectors : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxThread> m_sb;
    std::unique_ptr<test::TempStore> m_store;

    Run cli(QStringList args, const QByteArray &input = QByteArray())
    {
        args << QStringLiteral("--store") << m_store->path();
        // The simulators run on their own thread, so waiting here blocks nothing they need.
        return test::runCli(args, input);
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no D-Bus session: run through ./test.sh (the keychain holds the connection secrets)");
        sandbox::SandboxOptions o;
        o.cartThrottlePerSecond = 0;
        m_sb = std::make_unique<test::SandboxThread>(o);
        QVERIFY2(m_sb->ok(), qPrintable(m_sb->error()));
        m_store = std::make_unique<test::TempStore>();
        const QJsonObject cart = m_sb->ready().value(QStringLiteral("cart")).toObject();
        QUrl base(cart.value(QStringLiteral("baseUrl")).toString());
        base.setPath(QString());
        const QJsonObject settings{{QStringLiteral("base_url"), base.toString()},
                                   {QStringLiteral("secure_url"), cart.value(QStringLiteral("secureUrl")).toString()},
                                   {QStringLiteral("rate_per_second"), 50}};
        QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("connection.cart"),
                      QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact))}).code, 0);
        QCOMPARE(cli({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("cart.private_key")},
                     cart.value(QStringLiteral("privateKey")).toString().toUtf8()).code, 0);
        QCOMPARE(cli({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("cart.token")},
                     cart.value(QStringLiteral("token")).toString().toUtf8()).code, 0);
    }
    void cleanupTestCase()
    {
        m_store.reset();
        m_sb.reset();
    }

    void cartGetAndPut()
    {
        Run r = cli({QStringLiteral("cart"), QStringLiteral("get"), QStringLiteral("OrderStatus"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray statuses = QJsonDocument::fromJson(r.out).array();
        QVERIFY(!statuses.isEmpty());
        QVERIFY(statuses.first().toObject().contains(QStringLiteral("OrderStatusID")));

        r = cli({QStringLiteral("cart"), QStringLiteral("get"), QStringLiteral("Orders"), QStringLiteral("--param"), QStringLiteral("limit=1")});
        QCOMPARE(r.code, 0);
        const int id = QJsonDocument::fromJson(r.out).array().first().toObject().value(QStringLiteral("OrderID")).toInt();
        QVERIFY(id > 0);
        QTemporaryDir dir;
        QFile body(dir.filePath(QStringLiteral("c.json")));
        QVERIFY(body.open(QIODevice::WriteOnly));
        body.write(QJsonDocument(QJsonObject{{QStringLiteral("InternalComments"), QStringLiteral("checked by m3cart")}}).toJson());
        body.close();
        r = cli({QStringLiteral("cart"), QStringLiteral("put"), QStringLiteral("Orders/%1").arg(id), QStringLiteral("--body"), body.fileName(), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("failed")).toInt(), 0);
        r = cli({QStringLiteral("cart"), QStringLiteral("get"), QStringLiteral("Orders/%1").arg(id)});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().first().toObject().value(QStringLiteral("InternalComments")).toString(),
                 QStringLiteral("checked by m3cart"));
        r = cli({QStringLiteral("cart"), QStringLiteral("get"), QStringLiteral("Orders/99999999"), QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("class")).toString(), QStringLiteral("not_found"));
    }

    void webhooksRegisterIsIdempotent()
    {
        Run r = cli({QStringLiteral("webhooks"), QStringLiteral("register"), QStringLiteral("--public-url"),
                     QStringLiteral("https://hooks.example.com"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray first = r.json().value(QStringLiteral("webhooks")).toArray();
        QCOMPARE(first.size(), 7);
        for (const QJsonValue &v : first)
            QCOMPARE(v.toObject().value(QStringLiteral("action")).toString(), QStringLiteral("created"));
        QVERIFY(!r.out.contains("token=") || r.out.contains("token=***")); // the secret is never printed

        r = cli({QStringLiteral("webhooks"), QStringLiteral("register"), QStringLiteral("--public-url"),
                 QStringLiteral("https://hooks2.example.com"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        for (const QJsonValue &v : r.json().value(QStringLiteral("webhooks")).toArray())
            QCOMPARE(v.toObject().value(QStringLiteral("action")).toString(), QStringLiteral("updated"));

        r = cli({QStringLiteral("webhooks"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        int ours = 0;
        for (const QJsonValue &v : r.json().value(QStringLiteral("webhooks")).toArray()) {
            const QJsonObject h = v.toObject();
            if (!h.value(QStringLiteral("Name")).toString().startsWith(QLatin1String("m3cart ")))
                continue;
            ++ours;
            QVERIFY(h.value(QStringLiteral("Url")).toString().startsWith(QLatin1String("https://hooks2.example.com/webhooks/3dcart/")));
            QVERIFY(h.value(QStringLiteral("Url")).toString().contains(QLatin1String("token=***")));
        }
        QCOMPARE(ours, 7); // updated in place, not added again
    }

    void importedIonapiIsTheConfiguredConnection()
    {
        const QString ionapi = m_sb->ready().value(QStringLiteral("m3")).toObject().value(QStringLiteral("ionapiFile")).toString();
        Run r = cli({QStringLiteral("m3"), QStringLiteral("import-ionapi"), ionapi, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("tenant")).toString(),
                 m_sb->ready().value(QStringLiteral("m3")).toObject().value(QStringLiteral("tenant")).toString());
        QVERIFY(r.json().value(QStringLiteral("service_account")).toBool());
        // The setting holds no secret; the keychain holds them.
        r = cli({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("connection.m3")});
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.contains("\"cs\""));
        QVERIFY(!r.out.contains("saak"));
        QVERIFY(!r.out.contains("sask"));
        r = cli({QStringLiteral("secrets"), QStringLiteral("check"), QStringLiteral("--json")});
        int present = 0;
        for (const QJsonValue &v : r.json().value(QStringLiteral("secrets")).toArray())
            if (v.toObject().value(QStringLiteral("name")).toString().startsWith(QLatin1String("m3.")) &&
                v.toObject().value(QStringLiteral("state")).toString() == QLatin1String("present"))
                ++present;
        QVERIFY(present >= 3);
        // And m3 exec now works without --ionapi.
        r = cli({QStringLiteral("m3"), QStringLiteral("exec"), QStringLiteral("GENERAL/GetUserInfo"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("count")).toInt(), 1);
        r = cli({QStringLiteral("m3"), QStringLiteral("import-ionapi"), QStringLiteral("/nonexistent.ionapi")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("cannot read"));
    }

    void m3ExecWithAnIonapiFile()
    {
        const QString ionapi = m_sb->ready().value(QStringLiteral("m3")).toObject().value(QStringLiteral("ionapiFile")).toString();
        Run r = cli({QStringLiteral("m3"), QStringLiteral("exec"), QStringLiteral("CRS610MI/GetBasicData"), QStringLiteral("CUNO=10001"),
                     QStringLiteral("--ionapi"), ionapi, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("records")).toArray().first().toObject().value(QStringLiteral("CUNO")).toString(),
                 QStringLiteral("10001"));
        r = cli({QStringLiteral("m3"), QStringLiteral("exec"), QStringLiteral("CRS610MI/LstByNumber"), QStringLiteral("--ionapi"), ionapi,
                 QStringLiteral("--api"), QStringLiteral("v1"), QStringLiteral("--maxrecs"), QStringLiteral("3")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("CONO") || r.out.contains("CUNO")); // a table with a header
        QCOMPARE(r.out.count('\n'), 4);                               // header + 3 records

        r = cli({QStringLiteral("m3"), QStringLiteral("exec"), QStringLiteral("CRS610MI/GetBasicData"), QStringLiteral("CUNO=NOSUCH"),
                 QStringLiteral("--ionapi"), ionapi, QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        const QJsonObject e = r.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("class")).toString(), QStringLiteral("data"));
        QCOMPARE(e.value(QStringLiteral("field")).toString(), QStringLiteral("CUNO"));
        QVERIFY(!e.value(QStringLiteral("code")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstCliConnectors)
#include "tst_cli_connectors.moc"
