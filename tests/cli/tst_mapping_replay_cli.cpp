// 'm3cart mapping diff' and 'm3cart mapping replay' run as a real process against a store the test fills
// (versions through the CLI, events through the store API as the listener writes them): the changed rule,
// versions given as numbers or files, the replayed field change, exit 1 when an event would newly fail,
// clear errors for an unknown version, a bad file, a bad filter (usage, exit 2) or a draft of another
// mapping.

#include "cli_process.h"
#include "mapping/lookup_source.h"
#include "store/event_repository.h"
#include "store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace m3cart;

namespace {
using Run = test::CliRun;
const QString kData = QStringLiteral(M3CART_MAPPING_TEST_DATA);
} // namespace

class TstMappingReplayCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QString store() const { return m_dir->filePath("m3cart.db"); }
    QString file(const QString &name, const QByteArray &content) const
    {
        return test::writeInputFile(*m_dir, name, content);
    }
    Run cli(QStringList args)
    {
        args << QStringLiteral("--store") << store();
        return test::runCli(args);
    }

    // The shipped order mapping as version 1, and a draft file that changes YREF, saved as version 2.
    QString installAndDraft(const QString &yref = QStringLiteral("concat('WEB-', $.OrderID)"))
    {
        if (cli({"mapping", "install-defaults"}).code != 0)
            qFatal("install-defaults failed");
        const Run exported = cli({"mapping", "export", "order-batch-order"});
        QJsonObject doc = QJsonDocument::fromJson(exported.out).object();
        QJsonArray targets = doc.value("targets").toArray();
        QJsonObject head = targets.first().toObject();
        QJsonArray rules = head.value("rules").toArray();
        for (int i = 0; i < rules.size(); ++i) {
            QJsonObject r = rules.at(i).toObject();
            if (r.value("id") == QLatin1String("head.yref"))
                r.insert("expr", yref);
            rules.replace(i, r);
        }
        head.insert("rules", rules);
        targets.replace(0, head);
        doc.insert("targets", targets);
        return file(QStringLiteral("draft.json"), QJsonDocument(doc).toJson());
    }

    void seedStore()
    {
        Store::Options o;
        o.path = store();
        auto s = Store::open(o);
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        QVERIFY(mapping::LookupRepository(s.value()).setMany(
            QStringLiteral("sku_itno"), {{QStringLiteral("CAP-2"), QStringLiteral("ITM-CAP2")},
                                         {QStringLiteral("CORSET"), QStringLiteral("ITM-CORSET")}}));
        QFile f(kData + QStringLiteral("/order_registered.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        NewEvent e;
        e.source = QStringLiteral("3dcart");
        e.kind = QStringLiteral("cart.order.new");
        e.key = QStringLiteral("order-47620");
        e.payload = f.readAll();
        QVERIFY(EventRepository(s.value()).append(e));
        NewEvent bod;
        bod.source = QStringLiteral("m3");
        bod.kind = QStringLiteral("m3.bod.SyncSalesOrder");
        bod.key = QStringLiteral("order-M3");
        bod.payload = "<SyncSalesOrder/>";
        QVERIFY(EventRepository(s.value()).append(bod));
    }

private slots:
    void init()
    {
        QVERIFY2(!qEnvironmentVariable("M3CART_CLI").isEmpty(), "M3CART_CLI is not set");
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void diffNamesTheChangedRule()
    {
        const QString draft = installAndDraft();
        QCOMPARE(cli({"mapping", "import", draft, "--note", "web prefix"}).code, 0);
        Run r = cli({"mapping", "diff", "order-batch-order", "1", "2", "--json"});
        QCOMPARE(r.code, 0);
        const QJsonArray changes = r.json().value("changes").toArray();
        QCOMPARE(changes.size(), 1);
        const QJsonObject c = changes.first().toObject();
        QCOMPARE(c.value("what").toString(), QStringLiteral("rule"));
        QCOMPARE(c.value("kind").toString(), QStringLiteral("changed"));
        QCOMPARE(c.value("id").toString(), QStringLiteral("head.yref"));
        QCOMPARE(c.value("after").toString(), QStringLiteral("expr: concat('WEB-', $.OrderID)"));
        QCOMPARE(r.json().value("summary").toObject().value("rule").toObject().value("changed").toInt(), 1);

        // A file on one side, and the text form.
        r = cli({"mapping", "diff", "order-batch-order", "1", draft});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("~ rule head.yref (YREF) in head changed: expr: concat('3DC-', $.OrderID) → "
                                "expr: concat('WEB-', $.OrderID)"),
                 r.out.constData());
        QVERIFY(r.out.contains("rules: 0 added, 0 removed, 1 changed"));
        r = cli({"mapping", "diff", "order-batch-order", "active", "default", "--json"});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value("changes").toArray().size(), 0);
    }

    void diffErrorsAreClear()
    {
        installAndDraft();
        Run r = cli({"mapping", "diff", "order-batch-order", "1", "9"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("has no version 9"), r.err.constData());
        r = cli({"mapping", "diff", "order-batch-order", "1", "newest"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("'newest' is neither a version number"), r.err.constData());
        const QString bad = file(QStringLiteral("bad.json"), "{\"name\": ");
        r = cli({"mapping", "diff", "order-batch-order", "1", bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("bad.json"), r.err.constData());
        QCOMPARE(cli({"mapping", "diff", "order-batch-order", "1"}).code, 2);
    }

    void replayShowsTheChangedField()
    {
        const QString draft = installAndDraft();
        seedStore();
        Run r = cli({"mapping", "replay", "order-batch-order", "--draft", draft, "--filter",
                     "kind=cart.order.*", "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject json = r.json();
        QCOMPARE(json.value("comparedWith").toString(), QStringLiteral("version 1"));
        QCOMPARE(json.value("counts").toObject().value("changed").toInt(), 1);
        const QJsonArray events = json.value("events").toArray();
        QCOMPARE(events.size(), 1);
        const QJsonObject field = events.first().toObject().value("fields").toArray().first().toObject();
        QCOMPARE(field.value("section").toString(), QStringLiteral("head"));
        QCOMPARE(field.value("field").toString(), QStringLiteral("YREF"));
        QCOMPARE(field.value("active").toString(), QStringLiteral("3DC-47620"));
        QCOMPARE(field.value("draft").toString(), QStringLiteral("WEB-47620"));

        // Without a filter the BOD is listed as not applicable; the text form shows the field.
        r = cli({"mapping", "replay", "order-batch-order", "--draft", draft, "--limit", "10"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("head[0].YREF: 3DC-47620 -> WEB-47620"), r.out.constData());
        QVERIFY2(r.out.contains("not applicable: a m3.bod.SyncSalesOrder event"), r.out.constData());
        QVERIFY(r.out.contains("1 changed, 0 newly failing"));
    }

    void replayExitsOneWhenAnEventWouldNewlyFail()
    {
        const QString draft = installAndDraft(QStringLiteral("lookup('itemBySku', 'NO-SUCH-SKU')"));
        seedStore();
        const Run r = cli({"mapping", "replay", "order-batch-order", "--draft", draft, "--json"});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.json().value("counts").toObject().value("newlyFailing").toInt(), 1);
        QVERIFY(r.json()
                    .value("events")
                    .toArray()
                    .last()
                    .toObject()
                    .value("draftError")
                    .toString()
                    .contains("NO-SUCH-SKU"));
    }

    void replayErrorsAreClear()
    {
        const QString draft = installAndDraft();
        Run r = cli({"mapping", "replay", "order-batch-order", "--draft", draft, "--filter", "colour=red"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("bad filter 'colour=red'"), r.err.constData());
        r = cli({"mapping", "replay", "order-batch-order"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--draft"));
        r = cli({"mapping", "replay", "customer", "--draft", draft});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("the draft is mapping 'order-batch-order', not 'customer'"),
                 r.err.constData());
        r = cli({"mapping", "replay", "order-batch-order", "--draft", m_dir->filePath("missing.json")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("missing.json"));
        r = cli({"mapping", "replay", "order-batch-order", "--draft", draft, "--filter", "key=/(/"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("regular expression"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TstMappingReplayCli)
#include "tst_mapping_replay_cli.moc"
