// 'm3cart mapping ...' run as a real process: list, validate, apply, suggest, import/export, versions,
// activate, lookup-import, install-defaults; --json shapes; usage errors exit 2, failures exit 1.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include "cli_process.h"

#include <QTest>

namespace {
using Run = m3cart::test::CliRun;

const QString kData = QStringLiteral(M3CART_MAPPING_TEST_DATA);
const QString kDefaults = QStringLiteral(M3CART_MAPPING_TEST_DATA "/../../../resources/mappings");
} // namespace

class TstMappingCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QString store() const { return m_dir->filePath("m3cart.db"); }
    QString file(const QString &name, const QByteArray &content) const
    {
        return m3cart::test::writeInputFile(*m_dir, name, content);
    }

    Run cli(QStringList args, bool withStore = true)
    {
        if (withStore)
            args << QStringLiteral("--store") << store();
        return m3cart::test::runCli(args);
    }

private slots:
    void init()
    {
        QVERIFY2(!qEnvironmentVariable("M3CART_CLI").isEmpty(), "M3CART_CLI is not set");
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void helpListsTheCommands()
    {
        const Run r = cli({"help", "mapping"}, false);
        QCOMPARE(r.code, 0);
        for (const char *c : {"mapping list", "mapping validate", "mapping apply", "mapping suggest",
                              "mapping export", "mapping import"})
            QVERIFY2(r.out.contains(c), c);
    }

    void listShowsShippedDefaultsThenStoredOnes()
    {
        Run r = cli({"mapping", "list", "--json"});
        QCOMPARE(r.code, 0);
        QJsonArray all = r.json().value("mappings").toArray();
        QCOMPARE(all.size(), 8);
        QCOMPARE(all.first().toObject().value("origin").toString(), QStringLiteral("shipped"));
        r = cli({"mapping", "install-defaults", "--json"});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value("installed").toInt(), 8);
        r = cli({"mapping", "list", "--json"});
        all = r.json().value("mappings").toArray();
        QCOMPARE(all.size(), 8);
        for (const QJsonValue &m : all) {
            QCOMPARE(m.toObject().value("origin").toString(), QStringLiteral("store"));
            QVERIFY(m.toObject().value("active").toBool());
        }
        r = cli({"mapping", "list"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("order-batch-order"));
    }

    void validate()
    {
        Run r = cli({"mapping", "validate", kDefaults + "/order_batch.json"}, false);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("order-batch-order: valid"));
        const QString bad =
            file("bad.json", R"J({"name": "bad", "source": {"kind": "cart.order"}, "targets": [
            {"id": "h", "target": {"kind": "m3", "program": "OIS100MI", "transaction": "AddBatchHead"}, "rules": [
              {"id": "h.cuno", "target": "CUNO", "from": "$.CustomerNumber"},
              {"id": "h.cuor", "target": "CUOR", "expr": "frob($.InvoiceNumber)"}]}]})J");
        r = cli({"mapping", "validate", bad, "--json"}, false);
        QCOMPARE(r.code, 1);
        const QJsonObject o = r.json();
        QCOMPARE(o.value("valid").toBool(true), false);
        const QJsonArray issues = o.value("issues").toArray();
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues.at(0).toObject().value("rule").toString(), QStringLiteral("h.cuno"));
        QCOMPARE(issues.at(0).toObject().value("field").toString(),
                 QStringLiteral("OIS100MI/AddBatchHead CUNO"));
        QVERIFY(issues.at(0).toObject().value("message").toString().contains(
            "unknown source path '$.CustomerNumber'"));
        QCOMPARE(issues.at(1).toObject().value("rule").toString(), QStringLiteral("h.cuor"));
        r = cli({"mapping", "validate"}, false);
        QCOMPARE(r.code, 2);
        r = cli({"mapping", "validate", m_dir->filePath("missing.json")}, false);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("cannot read"));
    }

    void applyByNameAndByFile()
    {
        QCOMPARE(cli({"mapping", "lookup-import", "sku_itno",
                      file("skus.csv", "key,value\nCAP-2,CAP2\nCORSET,CORSET\n")})
                     .code,
                 0);
        Run r = cli({"mapping", "apply", "order-batch-order", "--input", kData + "/order_registered.json",
                     "--context", "ORNO=T000000777", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray sections = r.json().value("sections").toArray();
        QCOMPARE(sections.size(), 6);
        const QJsonObject head = sections.at(0).toObject().value("records").toArray().first().toObject();
        QCOMPARE(head.value("CUOR").toString(), QStringLiteral("CA-1042"));
        const QJsonArray lines = sections.at(2).toObject().value("records").toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(1).toObject().value("ITNO").toString(), QStringLiteral("CORSET"));
        QCOMPARE(lines.at(0).toObject().value("ORNO").toString(), QStringLiteral("T000000777"));

        // A file and a parameter override; the text form lists FIELD = value.
        r = cli({"mapping", "apply", kDefaults + "/balance_stock.json", "--input", kData + "/balance.json",
                 "--param", "warehouses=[\"100\",\"200\"]"});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("SKUInfo = {\"CatalogID\":11,\"SKU\":\"CAP-2\",\"Stock\":19}"),
                 r.out.constData());

        // Problems: exit 1 with the rule, the field and the value on stderr.
        r = cli({"mapping", "apply", "order-batch-order", "--input", kData + "/order_registered.json",
                 "--param", "warehouse=WAREHOUSE"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("rule 'head.whlo' (OIS100MI/AddBatchHead WHLO): value 'WAREHOUSE' is 9 "
                                "characters, longer than 3"),
                 r.err.constData());
        r = cli({"mapping", "apply", "order-batch-order"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--input"));
        r = cli({"mapping", "apply", "no-such-mapping", "--input", kData + "/order_registered.json"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("no file and no mapping named 'no-such-mapping'"));
    }

    void suggest()
    {
        Run r = cli({"mapping", "suggest", "--source", kData + "/order_registered.json", "--target",
                     "CRS610MI/Add", "--source-kind", "cart.order", "--json"},
                    false);
        QVERIFY2(r.code == 0, r.err.constData());
        bool mail = false;
        for (const QJsonValue &s : r.json().value("suggestions").toArray())
            if (s.toObject().value("target").toString() == "MAIL") {
                mail = s.toObject().value("source").toString() == "$.BillingEmail" &&
                       s.toObject().value("confidence").toDouble() > 0.8 &&
                       !s.toObject().value("reason").toString().isEmpty();
            }
        QVERIFY(mail);
        QCOMPARE(r.json().value("unmatchedMandatory").toArray().first().toString(), QStringLiteral("CUTM"));
        r = cli({"mapping", "suggest", "--source", kData + "/order_registered.json", "--target", "OIS100MI"},
                false);
        QCOMPARE(r.code, 2);
        r = cli({"mapping", "suggest", "--source", kData + "/order_registered.json", "--target",
                 "OIS100MI/AddHead"},
                false);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("unknown target"));
    }

    void importVersionsActivateExport()
    {
        Run r = cli({"mapping", "import", kDefaults + "/status_order.json", "--activate", "--author", "alice",
                     "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value("version").toInt(), 1);
        QVERIFY(r.json().value("active").toBool());
        r = cli({"mapping", "import", kDefaults + "/status_order.json", "--note", "second look"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("saved as version 2"));
        r = cli({"mapping", "versions", "status-order", "--json"});
        QCOMPARE(r.code, 0);
        const QJsonArray vs = r.json().value("versions").toArray();
        QCOMPARE(vs.size(), 2);
        QCOMPARE(vs.at(0).toObject().value("note").toString(), QStringLiteral("second look"));
        QCOMPARE(vs.at(1).toObject().value("author").toString(), QStringLiteral("alice"));
        QVERIFY(vs.at(1).toObject().value("active").toBool());
        QCOMPARE(cli({"mapping", "activate", "status-order", "2"}).code, 0);
        r = cli({"mapping", "versions", "status-order", "--json"});
        QVERIFY(r.json().value("versions").toArray().at(0).toObject().value("active").toBool());
        QCOMPARE(cli({"mapping", "activate", "status-order", "x"}).code, 2);
        QCOMPARE(cli({"mapping", "activate", "status-order", "9"}).code, 1);

        const QString exported = m_dir->filePath("out.json");
        QCOMPARE(cli({"mapping", "export", "status-order", exported}).code, 0);
        r = cli({"mapping", "export", "status-order"});
        QCOMPARE(r.code, 0);
        QFile f(exported);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), r.out);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("name").toString(),
                 QStringLiteral("status-order"));

        // A document that does not validate is saved as a draft but cannot be activated.
        const QString broken = file(
            "broken.json", R"J({"name": "status-order", "source": {"kind": "m3.orderStatus"}, "targets": [
            {"id": "o", "target": {"kind": "cart", "object": "Order"}, "rules": [{"id": "s", "target": "OrderStatus", "value": 4}]}]})J");
        r = cli({"mapping", "import", broken, "--activate"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("rule 's' (OrderStatus): 3dcart Order has no field 'OrderStatus'"),
                 r.err.constData());
        QCOMPARE(cli({"mapping", "import", broken}).code, 0);
        r = cli({"mapping", "activate", "status-order", "3"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("cannot be activated"));
        QCOMPARE(cli({"mapping", "export", "nope"}).code, 1);
    }
};

QTEST_GUILESS_MAIN(TstMappingCli)
#include "tst_mapping_cli.moc"
