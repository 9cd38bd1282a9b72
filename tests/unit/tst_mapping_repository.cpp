// Versioned mapping documents in the store: save = new version (author, time, note), one active version,
// activation refuses invalid documents, import/export files, shipped defaults installed once, audit rows.

#include "mapping/default_mappings.h"
#include "mapping/mapping_repository.h"
#include "store/audit_log.h"
#include "temp_store.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace m3cart;
using namespace m3cart::mapping;
using m3cart::test::TempStore;

namespace {

MappingDocument docWith(const QString &expr)
{
    auto d =
        MappingDocument::fromJson(QStringLiteral(R"({"name": "status", "source": {"kind": "m3.orderStatus"},
        "targets": [{"id": "o", "target": {"kind": "cart", "object": "Order"}, "rules": [
          {"id": "id", "target": "OrderID", "from": "$.cartOrderId"},
          {"id": "st", "target": "OrderStatusID", "expr": "%1"}]}]})")
                                      .arg(expr)
                                      .toUtf8());
    if (!d)
        qFatal("%s", qPrintable(d.error().message));
    return d.value();
}

} // namespace

class TstMappingRepository : public QObject
{
    Q_OBJECT
private slots:
    void savesVersionsAndActivates()
    {
        TempStore t;
        MappingRepository repo(t.store);
        auto v1 = repo.save(docWith("4"), "alice", "first cut");
        M3_VERIFY_OK(v1);
        QCOMPARE(v1->version, 1);
        QVERIFY(!v1->active);
        auto v2 =
            repo.save(docWith("if(number($.head.ORSL, 0) >= 66, 4, 2)"), "bob", "partial deliveries", true);
        M3_VERIFY_OK(v2);
        QCOMPARE(v2->version, 2);
        QVERIFY(v2->active);

        auto active = repo.active("status");
        M3_VERIFY_OK(active);
        QCOMPARE(active->version, 2);
        QCOMPARE(active->author, QStringLiteral("bob"));
        QCOMPARE(active->note, QStringLiteral("partial deliveries"));
        QVERIFY(active->createdAt.isValid());
        QVERIFY(MappingDocument::fromJson(active->document)->toJson() ==
                docWith("if(number($.head.ORSL, 0) >= 66, 4, 2)").toJson());

        M3_VERIFY_OK(repo.activate("status", 1, "carol")); // roll back
        QCOMPARE(repo.active("status")->version, 1);
        auto versions = repo.versions("status");
        M3_VERIFY_OK(versions);
        QCOMPARE(versions->size(), 2);
        QCOMPARE(versions->first().version, 2);
        QVERIFY(!versions->first().active);
        QVERIFY(versions->last().active);
        QCOMPARE(repo.get("status", 0)->version, 2); // latest

        // Saves and activations are audited.
        auto audit = AuditLog(t.store).list(10, "mapping:status");
        M3_VERIFY_OK(audit);
        QCOMPARE(audit->size(), 3);
        QStringList actions;
        for (const AuditEntry &a : audit.value())
            actions << a.action;
        QVERIFY(actions.contains("mapping.activate"));
        QCOMPARE(actions.count("mapping.save"), 2);
    }

    void refusesToActivateInvalidDocuments()
    {
        TempStore t;
        MappingRepository repo(t.store);
        auto bad = repo.save(docWith("upper($.head.NOPE)"), "alice", "typo");
        M3_VERIFY_OK(bad); // drafts may be saved
        const Status s = repo.activate("status", bad->version, "alice");
        QVERIFY(!s.ok());
        QCOMPARE(s.error().errorClass, ErrorClass::Data);
        QVERIFY2(s.error().message.contains("rule 'st' (OrderStatusID): unknown source path '$.head.NOPE'"),
                 qPrintable(s.error().message));
        QCOMPARE(repo.active("status").error().errorClass, ErrorClass::NotFound);
        auto refused = repo.save(docWith("frob()"), "alice", "", true);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains("unknown function 'frob'"));
        QCOMPARE(repo.versions("status")->size(), 1); // nothing saved by the refused save
        QCOMPARE(repo.get("nope", 0).error().errorClass, ErrorClass::NotFound);
        QCOMPARE(repo.get("status", 9).error().errorClass, ErrorClass::NotFound);
    }

    void importExportAndDefaults()
    {
        TempStore t;
        MappingRepository repo(t.store);
        auto n = repo.installDefaults("setup");
        M3_VERIFY_OK(n);
        QCOMPARE(n.value(), int(defaultMappings().size()));
        QCOMPARE(repo.installDefaults("setup").value(), 0); // once
        auto list = repo.list();
        M3_VERIFY_OK(list);
        QCOMPARE(list->size(), int(defaultMappings().size()));
        for (const MappingVersion &v : list.value())
            QVERIFY2(v.active, qPrintable(v.name));

        QTemporaryDir dir;
        const QString file = dir.filePath("order.json");
        M3_VERIFY_OK(repo.exportTo("order-batch-order", file));
        auto doc = MappingDocument::fromJson([&] {
            QFile f(file);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }());
        M3_VERIFY_OK(doc);
        QCOMPARE(doc->name, QStringLiteral("order-batch-order"));
        doc.value().description = "edited in a file";
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(doc->toJsonBytes());
        out.close();
        auto imported = repo.importFrom(file, "dave", {}, true);
        M3_VERIFY_OK(imported);
        QCOMPARE(imported->version, 2);
        QCOMPARE(imported->note, QStringLiteral("imported from order.json"));
        QVERIFY(MappingDocument::fromJson(repo.active("order-batch-order")->document)->description ==
                "edited in a file");

        QFile junk(dir.filePath("junk.json"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{\"name\": 1");
        junk.close();
        auto bad = repo.importFrom(junk.fileName(), "dave");
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.startsWith("junk.json: mapping document is not valid JSON"));
        QVERIFY(!repo.exportTo("nope", dir.filePath("x.json")).ok());
    }
};

QTEST_GUILESS_MAIN(TstMappingRepository)
#include "tst_mapping_repository.moc"
