// The mapping engine: documents, compile once / evaluate many, value maps and their misses, lookups with
// variant rules (inline and store-backed), repeated groups, aggregation, parameters, context, concurrency.

#include "mapping/compiled_mapping.h"
#include "mapping/lookup_source.h"
#include "mapping/mapping_document.h"
#include "temp_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QtConcurrent>

using namespace m3cart;
using namespace m3cart::mapping;
using m3cart::test::TempStore;

namespace {

QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

std::shared_ptr<const CompiledMapping> compileText(const char *json, QList<ValidationIssue> *issues = nullptr)
{
    auto doc = MappingDocument::fromJson(json);
    if (!doc)
        qFatal("document: %s", qPrintable(doc.error().message));
    auto c = MappingCompiler::compile(doc.value(), {}, issues);
    if (!c)
        qFatal("compile: %s", qPrintable(c.error().message));
    return c.value();
}

// A small cart-to-cart mapping (3dcart Order target) to exercise rules without MI metadata in the way.
const char *kStatusDoc = R"J({
  "name": "t-status", "source": {"kind": "cart.order"},
  "valueMaps": {
    "strict": {"entries": {"1": "10", "4": "66"}, "onMissing": "error"},
    "withDefault": {"entries": {"1": "10"}, "onMissing": "default", "default": "99"},
    "pass": {"entries": {"1": "10"}, "onMissing": "passThrough"},
    "empty": {"entries": {"1": "10"}, "onMissing": "empty"},
    "caseless": {"entries": {"Paypal Express": "PP"}, "onMissing": "error", "ignoreCase": true}
  },
  "targets": [{"id": "o", "target": {"kind": "cart", "object": "Order"}, "rules": [
    {"id": "strict", "target": "OrderStatusID", "from": "$.OrderStatusID", "valueMap": "strict"},
    {"id": "def", "target": "InvoiceNumber", "expr": "map('withDefault', $.OrderStatusID)"},
    {"id": "pass", "target": "CustomerComments", "expr": "map('pass', $.OrderStatusID)"},
    {"id": "empty", "target": "ExternalComments", "expr": "map('empty', $.OrderStatusID)"},
    {"id": "caseless", "target": "BillingPaymentMethod", "expr": "map('caseless', $.BillingPaymentMethod)", "default": "n/a"}
  ]}]
})J";

} // namespace

class TstMappingEngine : public QObject
{
    Q_OBJECT
private slots:
    void documentRoundTrips()
    {
        auto doc = MappingDocument::fromJson(kStatusDoc);
        M3_VERIFY_OK(doc);
        QCOMPARE(doc->name, QStringLiteral("t-status"));
        QCOMPARE(doc->sections.size(), 1);
        QCOMPARE(doc->sections.first().rules.size(), 5);
        auto again = MappingDocument::fromJsonObject(doc->toJson());
        M3_VERIFY_OK(again);
        QCOMPARE(again->toJson(), doc->toJson());

        // Keys starting with '_' (the editor's layout, comments) survive a save.
        QJsonObject withLayout = doc->toJson();
        withLayout.insert("_layout", QJsonObject{{"zoom", 1.5}});
        QJsonArray targets = withLayout.value("targets").toArray();
        QJsonObject section = targets.at(0).toObject();
        QJsonArray rules = section.value("rules").toArray();
        QJsonObject rule = rules.at(0).toObject();
        rule.insert("_pos", QJsonArray{120, 40});
        rules[0] = rule;
        section.insert("rules", rules);
        targets[0] = section;
        withLayout.insert("targets", targets);
        auto kept = MappingDocument::fromJsonObject(withLayout);
        M3_VERIFY_OK(kept);
        QCOMPARE(kept->toJson(), withLayout);
    }

    void documentStructureErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{") << "not valid JSON";
        QTest::newRow("no name") << QByteArray(R"J({"source":{"kind":"cart.order"},"targets":[]})J")
                                 << "has no \"name\"";
        QTest::newRow("no targets") << QByteArray(R"J({"name":"x","source":{"kind":"cart.order"}})J")
                                    << "has no \"targets\"";
        QTest::newRow("typo in rule")
            << QByteArray(
                   R"J({"name":"x","source":{"kind":"cart.order"},"targets":[{"id":"s","target":{"kind":"cart","object":"Order"},
            "rules":[{"id":"r1","target":"OrderID","from":"$.OrderID","defualt":1}]}]})J")
            << "rule 'r1': unknown key 'defualt'";
        QTest::newRow("two sources")
            << QByteArray(
                   R"J({"name":"x","source":{"kind":"cart.order"},"targets":[{"id":"s","target":{"kind":"cart","object":"Order"},
            "rules":[{"id":"r1","target":"OrderID","from":"$.OrderID","value":1}]}]})J")
            << "give only one of";
        QTest::newRow("bad target kind")
            << QByteArray(
                   R"J({"name":"x","source":{"kind":"cart.order"},"targets":[{"id":"s","target":{"kind":"sap"},"rules":[]}]})J")
            << "target kind must be 'm3' or 'cart'";
        QTest::newRow("default policy without default")
            << QByteArray(
                   R"J({"name":"x","source":{"kind":"cart.order"},"valueMaps":{"m":{"entries":{},"onMissing":"default"}},
            "targets":[{"id":"s","target":{"kind":"cart","object":"Order"},"rules":[]}]})J")
            << "needs a \"default\" value";
        QTest::newRow("bad variant")
            << QByteArray(
                   R"J({"name":"x","source":{"kind":"cart.order"},"lookups":{"l":{"table":"t","variants":[{"kind":"fuzzy"}]}},
            "targets":[{"id":"s","target":{"kind":"cart","object":"Order"},"rules":[]}]})J")
            << "variant kind must be";
    }

    void documentStructureErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        auto doc = MappingDocument::fromJson(json);
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().errorClass, ErrorClass::Data);
        QVERIFY2(doc.error().message.contains(message), qPrintable(doc.error().message));
    }

    void valueMapsAndMisses()
    {
        auto m = compileText(kStatusDoc);
        auto out = m->evaluate(obj(R"J({"OrderStatusID": 1, "BillingPaymentMethod": " PAYPAL express "})J"));
        M3_VERIFY_OK(out);
        const QJsonObject r = out->sections.first().records.first();
        QCOMPARE(r.value("OrderStatusID").toInt(), 10);
        QCOMPARE(r.value("InvoiceNumber").toInt(), 10);
        QCOMPARE(r.value("CustomerComments").toString(), QStringLiteral("10"));
        QCOMPARE(r.value("ExternalComments").toString(), QStringLiteral("10"));
        QCOMPARE(r.value("BillingPaymentMethod").toString(), QStringLiteral("PP"));

        // A miss under onMissing=error names the rule, the field, the map and the value.
        auto miss = m->evaluate(obj(R"J({"OrderStatusID": 7, "BillingPaymentMethod": "Paypal Express"})J"));
        QVERIFY(!miss.ok());
        QCOMPARE(miss.error().errorClass, ErrorClass::Data);
        QVERIFY2(miss.error().message.contains("rule 'strict'"), qPrintable(miss.error().message));
        QVERIFY(miss.error().message.contains("OrderStatusID"));
        QVERIFY(miss.error().message.contains("value map 'strict' has no entry for 7"));

        // The other policies: default, pass through, empty (field omitted); an empty source uses the rule
        // default.
        auto doc = MappingDocument::fromJson(kStatusDoc).value();
        doc.sections[0].rules.removeFirst();
        auto m2 = MappingCompiler::compile(doc).value();
        auto other = m2->evaluate(obj(R"J({"OrderStatusID": 7, "BillingPaymentMethod": ""})J"));
        M3_VERIFY_OK(other);
        const QJsonObject r2 = other->sections.first().records.first();
        QCOMPARE(r2.value("InvoiceNumber").toInt(), 99);
        QCOMPARE(r2.value("CustomerComments").toString(), QStringLiteral("7"));
        QVERIFY(!r2.contains("ExternalComments"));
        QCOMPARE(r2.value("BillingPaymentMethod").toString(), QStringLiteral("n/a"));
    }

    void lookupVariants()
    {
        const char *doc = R"J({
          "name": "t-lookup", "source": {"kind": "cart.order"},
          "lookups": {
            "sku": {"table": "sku_itno", "entries": {"INLINE-1": "M3-INLINE"},
                    "variants": [{"kind": "exact"}, {"kind": "upper"}, {"kind": "stripSuffix", "suffixes": ["-XL", "-XS"]},
                                 {"kind": "stripSuffix", "separator": "-"},
                                 {"kind": "pattern", "pattern": "^M3:(\\w+)$", "replacement": "\\1", "asValue": true}],
                    "onMissing": "error"},
            "soft": {"table": "sku_itno", "onMissing": "default", "default": "UNKNOWN"}
          },
          "targets": [{"id": "lines", "target": {"kind": "cart", "object": "OrderItem"}, "foreach": "$.OrderItemList", "rules": [
            {"id": "itno", "target": "ItemID", "from": "@.ItemID", "lookup": "sku"},
            {"id": "soft", "target": "ItemAdditionalField1", "expr": "lookup('soft', @.ItemID)"}
          ]}]
        })J";
        auto m = compileText(doc);
        MemoryLookupSource src;
        src.set("sku_itno", "CAP-2", "ITM-CAP2");
        src.set("sku_itno", "CORSET", "ITM-CORSET");
        src.set("sku_itno", "SHIRT", "ITM-SHIRT");
        src.set("sku_itno", "MUG", "ITM-MUG");
        EvalOptions o;
        o.lookups = &src;
        auto out = m->evaluate(obj(R"J({"OrderItemList": [
            {"ItemID": "CAP-2"}, {"ItemID": "CORSET-S"}, {"ItemID": "SHIRT-XL"}, {"ItemID": "mug"},
            {"ItemID": "INLINE-1"}, {"ItemID": "M3:RAW123"}, {"ItemID": " CAP-2 "}]})J"),
                               o);
        M3_VERIFY_OK(out);
        QStringList got;
        for (const QJsonObject &r : out->sections.first().records)
            got << r.value("ItemID").toString();
        QCOMPARE(got, (QStringList{"ITM-CAP2", "ITM-CORSET", "ITM-SHIRT", "ITM-MUG", "M3-INLINE", "RAW123",
                                   "ITM-CAP2"}));
        QCOMPARE(out->sections.first().records.at(1).value("ItemAdditionalField1").toString(),
                 QStringLiteral("UNKNOWN"));

        auto miss =
            m->evaluate(obj(R"J({"OrderItemList": [{"ItemID": "CAP-2"}, {"ItemID": "NOPE-42"}]})J"), o);
        QVERIFY(!miss.ok());
        QCOMPARE(miss.error().errorClass, ErrorClass::Data);
        QVERIFY2(miss.error().message.contains("rule 'itno'"), qPrintable(miss.error().message));
        QVERIFY(miss.error().message.contains("element 1"));
        QVERIFY(miss.error().message.contains("no entry for 'NOPE-42' (tried NOPE-42, NOPE)"));
    }

    void storeBackedLookupsAreCached()
    {
        TempStore t;
        LookupRepository repo(t.store);
        auto n = repo.setMany("sku_itno", {{"CAP-2", "ITM-CAP2"}, {"CORSET", "ITM-CORSET"}});
        M3_VERIFY_OK(n);
        QCOMPARE(n.value(), 2);
        StoreLookupSource src(t.store);
        auto a = src.find("sku_itno", "CAP-2");
        M3_VERIFY_OK(a);
        QCOMPARE(a.value().value_or(QString()), QStringLiteral("ITM-CAP2"));
        auto b = src.find("sku_itno", "CAP-2");
        QCOMPARE(b.value().value_or(QString()), QStringLiteral("ITM-CAP2"));
        QCOMPARE(src.storeReads(), 1);
        auto none = src.find("sku_itno", "NOPE");
        M3_VERIFY_OK(none);
        QVERIFY(!none.value().has_value());

        M3_VERIFY_OK(repo.set("sku_itno", "CAP-2", "ITM-NEW"));
        QCOMPARE(src.find("sku_itno", "CAP-2").value().value_or(QString()),
                 QStringLiteral("ITM-CAP2")); // cached
        src.clearCache();
        QCOMPARE(src.find("sku_itno", "CAP-2").value().value_or(QString()), QStringLiteral("ITM-NEW"));

        // Import from a file (CSV with a header, or TSV).
        QTemporaryDir dir;
        QFile f(dir.filePath("skus.csv"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("key,value\nA-1,ITM-A\nB-2 , ITM-B\n");
        f.close();
        auto imported = repo.importDelimited("other", f.fileName(), true);
        M3_VERIFY_OK(imported);
        QCOMPARE(imported.value(), 2);
        QCOMPARE(repo.entries("other").value().value("B-2"), QStringLiteral("ITM-B"));
        QCOMPARE(repo.tables().value(), (QStringList{"other", "sku_itno"}));
    }

    void groupsWhereIndexAndAggregation()
    {
        const char *doc = R"J({
          "name": "t-groups", "source": {"kind": "m3.balance"},
          "parameters": {"warehouses": ["100", "200"], "buffer": {"value": 2, "description": "held back"}},
          "targets": [
            {"id": "total", "target": {"kind": "cart", "object": "Product"}, "rules": [
              {"id": "sku", "target": "SKUInfo.SKU", "expr": "trim($.ITNO)"},
              {"id": "stock", "target": "SKUInfo.Stock",
               "expr": "max(0, floor(($.balances | filterIn('WHLO', $params.warehouses) | pluck('AV01') | sum) - $params.buffer))"}]},
            {"id": "per", "target": {"kind": "cart", "object": "AdvancedOption"}, "foreach": "$.balances",
             "where": "number(@.AV01) > 0", "rules": [
              {"id": "code", "target": "AdvancedOptionCode", "expr": "concat(@.WHLO, '#', $index)"},
              {"id": "stk", "target": "AdvancedOptionStock", "expr": "number(@.AV01)"}]}
          ]})J";
        auto m = compileText(doc);
        const QJsonObject in = obj(R"J({"ITNO": "CAP-2   ", "balances": [
            {"WHLO": "100", "AV01": "12.000   "}, {"WHLO": "200", "AV01": "7.000"}, {"WHLO": "300", "AV01": "0"}, {"WHLO": "900", "AV01": "500"}]})J");
        auto out = m->evaluate(in);
        M3_VERIFY_OK(out);
        const QJsonObject sku = out->section("total")->records.first().value("SKUInfo").toObject();
        QCOMPARE(sku.value("SKU").toString(), QStringLiteral("CAP-2"));
        QCOMPARE(sku.value("Stock").toDouble(), 17.0);
        const auto &per = out->section("per")->records;
        QCOMPARE(per.size(), 3); // the 0 balance is filtered by "where"
        QCOMPARE(per.at(1).value("AdvancedOptionCode").toString(), QStringLiteral("200#1"));
        QCOMPARE(per.at(2).value("AdvancedOptionStock").toInt(), 500);

        // Parameters can be overridden per call; the floor at 0 holds.
        EvalOptions o;
        o.params = QJsonObject{{"buffer", 100}};
        auto floored = m->evaluate(in, o);
        QCOMPARE(
            floored->section("total")->records.first().value("SKUInfo").toObject().value("Stock").toDouble(),
            0.0);
        o.params = QJsonObject{{"warehouses", "900"}, {"buffer", 0}};
        auto other = m->evaluate(in, o);
        QCOMPARE(
            other->section("total")->records.first().value("SKUInfo").toObject().value("Stock").toDouble(),
            500.0);
    }

    void contextAndWhen()
    {
        const char *doc = R"J({
          "name": "t-ctx", "source": {"kind": "cart.order"},
          "context": {"ORNO": {"description": "temp order", "sample": "T0001"}},
          "targets": [
            {"id": "txt", "target": {"kind": "m3", "program": "OIS100MI", "transaction": "AddBatchText"},
             "when": "notEmpty($.CustomerComments)", "rules": [
              {"id": "orno", "target": "ORNO", "expr": "$ctx.ORNO"},
              {"id": "type", "target": "TYPE", "value": "1"},
              {"id": "tytr", "target": "TYTR", "value": 1},
              {"id": "parm", "target": "PARM", "expr": "stripHtml($.CustomerComments)"}]}]})J";
        auto m = compileText(doc);
        auto skipped = m->evaluate(obj(R"J({"CustomerComments": "  "})J"));
        M3_VERIFY_OK(skipped);
        QVERIFY(skipped->sections.first().skipped);
        QVERIFY(skipped->sections.first().records.isEmpty());

        // Without the flow's ORNO the mandatory field is empty: a data error naming it.
        auto noCtx = m->evaluate(obj(R"J({"CustomerComments": "Back <b>door</b>"})J"));
        QVERIFY(!noCtx.ok());
        QVERIFY2(noCtx.error().message.contains("mandatory field ORNO is empty"),
                 qPrintable(noCtx.error().message));

        EvalOptions o;
        o.context = QJsonObject{{"ORNO", "T0042"}};
        auto out = m->evaluate(obj(R"J({"CustomerComments": "Back <b>door</b>"})J"), o);
        M3_VERIFY_OK(out);
        const QJsonObject r = out->sections.first().records.first();
        QCOMPARE(r.value("ORNO").toString(), QStringLiteral("T0042"));
        QCOMPARE(r.value("TYTR").toString(), QStringLiteral("1")); // M3 values are strings
        QCOMPARE(r.value("PARM").toString(), QStringLiteral("Back door"));

        EvalOptions samples;
        samples.useContextSamples = true;
        QCOMPARE(m->evaluate(obj(R"J({"CustomerComments": "x"})J"), samples)
                     ->sections.first()
                     .records.first()
                     .value("ORNO")
                     .toString(),
                 QStringLiteral("T0001"));
    }

    void outputToJson()
    {
        auto m = compileText(kStatusDoc);
        auto out = m->evaluate(obj(R"J({"OrderStatusID": 4, "BillingPaymentMethod": "paypal express"})J"));
        M3_VERIFY_OK(out);
        const QJsonObject j = out->toJson();
        QCOMPARE(j.value("mapping").toString(), QStringLiteral("t-status"));
        const QJsonObject s = j.value("sections").toArray().first().toObject();
        QCOMPARE(s.value("object").toString(), QStringLiteral("Order"));
        QCOMPARE(s.value("records").toArray().first().toObject().value("OrderStatusID").toInt(), 66);
    }

    // One compiled mapping, many threads, a store-backed lookup: same answers as a single thread.
    void concurrentEvaluation()
    {
        TempStore t;
        LookupRepository repo(t.store);
        QHash<QString, QString> entries;
        for (int i = 0; i < 200; ++i)
            entries.insert(QStringLiteral("SKU-%1").arg(i),
                           QStringLiteral("ITM%1").arg(i, 5, 10, QLatin1Char('0')));
        M3_VERIFY_OK(repo.setMany("sku_itno", entries));
        const char *doc = R"J({
          "name": "t-conc", "source": {"kind": "cart.order"},
          "lookups": {"sku": {"table": "sku_itno", "variants": [{"kind": "exact"}, {"kind": "stripSuffix", "separator": "/"}]}},
          "targets": [{"id": "l", "target": {"kind": "cart", "object": "OrderItem"}, "foreach": "$.OrderItemList", "rules": [
            {"id": "i", "target": "ItemID", "expr": "lookup('sku', @.ItemID)"},
            {"id": "d", "target": "ItemDescription", "expr": "upper(stripHtml(@.ItemDescription)) | regexReplace('\\s+', '_')"},
            {"id": "p", "target": "ItemUnitPrice", "expr": "round(@.ItemUnitPrice + @.ItemOptionPrice, 2)"}]}]})J";
        auto m = compileText(doc);
        StoreLookupSource src(t.store);
        QList<int> inputs;
        for (int i = 0; i < 400; ++i)
            inputs << i;
        auto expected = [](int i) { return QStringLiteral("ITM%1").arg(i % 200, 5, 10, QLatin1Char('0')); };
        QThreadPool pool;
        pool.setMaxThreadCount(8);
        const QList<QString> results = QtConcurrent::blockingMapped(&pool, inputs, [&](int i) -> QString {
            const QJsonObject order{
                {"OrderItemList",
                 QJsonArray{QJsonObject{{"ItemID", QStringLiteral("SKU-%1/v%2").arg(i % 200).arg(i)},
                                        {"ItemDescription", QStringLiteral("Cap <b>%1</b>  x").arg(i)},
                                        {"ItemUnitPrice", 1.005 * i},
                                        {"ItemOptionPrice", 1}}}}};
            EvalOptions o;
            o.lookups = &src;
            auto out = m->evaluate(order, o);
            if (!out)
                return out.error().message;
            const QJsonObject r = out->sections.first().records.first();
            return r.value("ItemID").toString() + QLatin1Char('|') + r.value("ItemDescription").toString();
        });
        for (int i = 0; i < inputs.size(); ++i)
            QCOMPARE(results.at(i), expected(i) + QStringLiteral("|CAP_%1_X").arg(i));
    }
};

QTEST_GUILESS_MAIN(TstMappingEngine)
#include "tst_mapping_engine.moc"
