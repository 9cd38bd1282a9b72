// The admin commands that need no simulator: settings get/set (secrets refused) and secrets set/check
// against the real OS keychain (labelled needs-dbus; test.sh provides the session).

#include "temp_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include "cli_process.h"

#include <QTest>
#include <QUuid>

using namespace m3cart;

namespace {
using Run = test::CliRun;
Run cli(const QStringList &args, const QByteArray &input = QByteArray())
{
    return test::runCli(args, input);
}
} // namespace

class TstCliAdmin : public QObject
{
    Q_OBJECT
private slots:
    void settingsRoundTrip()
    {
        test::TempStore t;
        const QString store = t.path();
        Run r = cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("connection.cart"),
                     QStringLiteral("{\"base_url\":\"http://127.0.0.1:9\",\"secure_url\":\"https://shop.example\",\"api_version\":2}"),
                     QStringLiteral("--store"), store});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("connection.cart"), QStringLiteral("--store"), store});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("secure_url")).toString(), QStringLiteral("https://shop.example"));
        r = cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("stock.buffer"), QStringLiteral("5"), QStringLiteral("--store"), store});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("stock.buffer"), QStringLiteral("--store"), store});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().first().toInt(), 5);

        // A secret in a setting is refused and nothing is written.
        r = cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("connection.cart"),
                 QStringLiteral(R"({"secure_url":"x","auth":{"Token":"abc"}})"), QStringLiteral("--store"), store});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("auth.Token"), r.err.constData());
        r = cli({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("connection.cart"), QStringLiteral("--store"), store});
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("secure_url")).toString(), QStringLiteral("https://shop.example"));

        r = cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("x"), QStringLiteral("{oops"), QStringLiteral("--store"), store});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("never.set"), QStringLiteral("--store"), store});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("not set"));
    }

    void unconfiguredConnectionsSayWhatIsMissing()
    {
        test::TempStore t;
        Run r = cli({QStringLiteral("m3"), QStringLiteral("exec"), QStringLiteral("CRS610MI/LstByNumber"), QStringLiteral("--store"), t.path(), QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        const QJsonObject e = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("class")).toString(), QStringLiteral("not_found"));
        QVERIFY(e.value(QStringLiteral("message")).toString().contains(QLatin1String("not configured")));
        r = cli({QStringLiteral("cart"), QStringLiteral("get"), QStringLiteral("Orders"), QStringLiteral("--store"), t.path()});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("3dcart connection is not configured"));
        r = cli({QStringLiteral("m3"), QStringLiteral("exec"), QStringLiteral("CRS610MI"), QStringLiteral("--store"), t.path()});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("PROGRAM/TRANSACTION"));
        r = cli({QStringLiteral("m3"), QStringLiteral("exec"), QStringLiteral("CRS610MI/Get"), QStringLiteral("CUNO"), QStringLiteral("--store"), t.path()});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("FIELD=VALUE"));
        r = cli({QStringLiteral("m3"), QStringLiteral("exec"), QStringLiteral("CRS610MI/Get"), QStringLiteral("--api"), QStringLiteral("v3"), QStringLiteral("--store"), t.path()});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("webhooks"), QStringLiteral("register"), QStringLiteral("--public-url"), QStringLiteral("ftp://x"), QStringLiteral("--store"), t.path()});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("http(s) URL"));
    }

    void secretsGoToTheKeychainAndAreNeverPrinted()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no D-Bus session: run through ./test.sh (dbus-run-session with an unlocked gnome-keyring)");
        const QByteArray value = "pk-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        Run r = cli({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("cart.private_key"), QStringLiteral("--json")}, value + "\n");
        QCOMPARE(r.code, 0);
        QVERIFY(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("stored")).toBool());
        QVERIFY(!r.out.contains(value));
        r = cli({QStringLiteral("secrets"), QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.contains(value));
        bool present = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("secrets")).toArray())
            if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("cart.private_key"))
                present = v.toObject().value(QStringLiteral("state")).toString() == QLatin1String("present");
        QVERIFY(present);
        r = cli({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("cart.privat_key")}, "x\n");
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("unknown secret"));
        r = cli({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("cart.token")}, "");
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("no value"));
    }
};

QTEST_GUILESS_MAIN(TstCliAdmin)
#include "tst_cli_admin.moc"
