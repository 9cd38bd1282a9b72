// Validation: documents are checked before activation (errors name the rule and the field), and outputs
// are checked against the MI metadata and the 3dcart field limits (a data error naming field and value).

#include "mapping/cart_schema.h"
#include "mapping/compiled_mapping.h"
#include "mapping/mi_catalogue.h"
#include "temp_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace m3cart;
using namespace m3cart::mapping;

namespace {

// A document with one section and the given rules (JSON array text), for the M3 target PGM/TXN.
QByteArray doc(const QString &target, const QString &rules, const QString &extra = {})
{
    return QString::fromUtf8(R"({"name": "t", "source": {"kind": "cart.order"}, %3
        "parameters": {"warehouse": "100"}, "context": {"ORNO": {"description": "temp order"}},
        "valueMaps": {"m": {"entries": {"1": "A"}}}, "lookups": {"l": {"table": "t"}},
        "targets": [{"id": "s", "target": %1, "rules": %2}]})")
        .arg(target, rules, extra.isEmpty() ? QString() : extra + QLatin1Char(','))
        .toUtf8();
}
const QString kLine =
    QString::fromUtf8(R"({"kind": "m3", "program": "OIS100MI", "transaction": "AddBatchLine"})");
const QString kBase = QString::fromUtf8(
    R"({"id": "orno", "target": "ORNO", "expr": "$ctx.ORNO"}, {"id": "itno", "target": "ITNO", "value": "X"})");

QList<ValidationIssue> validate(const QByteArray &json)
{
    auto d = MappingDocument::fromJson(json);
    if (!d)
        qFatal("%s", qPrintable(d.error().message));
    return MappingCompiler::validate(d.value());
}

QStringList errors(const QList<ValidationIssue> &issues)
{
    QStringList out;
    for (const ValidationIssue &i : issues)
        if (i.severity == ValidationIssue::Severity::Error)
            out << i.text();
    return out;
}

} // namespace

class TstMappingValidation : public QObject
{
    Q_OBJECT
private slots:
    void catalogueIsEmbedded()
    {
        const auto cat = MiCatalogue::builtIn();
        const MiTransactionSpec *t = cat->transaction("OIS100MI", "AddBatchHead");
        QVERIFY(t);
        QVERIFY(t->in.field("CUNO")->mandatory);
        QCOMPARE(t->in.field("CUOR")->maxLength, 20);
        QCOMPARE(t->in.field("ORDT")->kind, FieldKind::Date);
        QCOMPARE(cat->transaction("OIS100MI", "AddBatchLine")->out.field("PONR")->kind, FieldKind::Number);
        QVERIFY(!cat->transaction("OIS100MI", "AddHead")); // the marketing claim: no such transaction
        QVERIFY(cat->programs().contains("CRS610MI"));
        QCOMPARE(CartSchema::builtIn()->object("Shipment")->field("ShipmentCity")->maxLength, 50);
        // Live metadata (MRS001MI) can be inserted and wins.
        auto live = MiCatalogue::fromJson(R"({"programs": {}})").value();
        live->insert(MiCatalogue::fromLstFields(
            "OIS100MI", "AddBatchHeadChg",
            {QJsonObject{
                 {"FLNM", "ORNO"}, {"FLDS", "Order number  "}, {"TYPE", "A"}, {"LENG", "10"}, {"MAND", "1"}},
             QJsonObject{{"FLNM", "CRAM"}, {"FLDS", "Amount"}, {"TYPE", "N"}, {"LENG", "15"}, {"MAND", "0"}}},
            {}));
        const MiTransactionSpec *chg = live->transaction("OIS100MI", "AddBatchHeadChg");
        QVERIFY(chg);
        QVERIFY(chg->in.field("ORNO")->mandatory);
        QCOMPARE(chg->in.field("ORNO")->description, QStringLiteral("Order number"));
        QCOMPARE(chg->in.field("CRAM")->kind, FieldKind::Number);
        QVERIFY(!chg->in.field("CRAM")->mandatory);
        // A schema over the live catalogue validates documents against it.
        TargetSchema schema(std::shared_ptr<const MiCatalogue>(live), CartSchema::builtIn());
        TargetRef chgTarget;
        chgTarget.program = "OIS100MI";
        chgTarget.transaction = "AddBatchHeadChg";
        QCOMPARE(schema.targetField(chgTarget, "CRAM")->maxLength, 15);
    }

    void documentErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected"); // one error's text contains this
        QTest::newRow("unknown source path")
            << doc(kLine,
                   "[" + kBase + R"(, {"id": "q", "target": "ORQT", "from": "$.OrderItemList[0].ItemQty"}])")
            << "rule 'q' (OIS100MI/AddBatchLine ORQT): unknown source path '$.OrderItemList[0].ItemQty': "
               "OrderItem has no field 'ItemQty'";
        QTest::newRow("unknown top-level field")
            << doc(kLine,
                   "[" + kBase + R"(, {"id": "d", "target": "ITDS", "expr": "trim($.BillingEmial) "}])")
            << "rule 'd' (OIS100MI/AddBatchLine ITDS): unknown source path '$.BillingEmial': Order has no "
               "field 'BillingEmial'";
        QTest::newRow("list without index")
            << doc(kLine,
                   "[" + kBase + R"(, {"id": "d", "target": "ITDS", "from": "$.OrderItemList.ItemID"}])")
            << "OrderItemList is a list: write OrderItemList[*] (every element) or OrderItemList[0]";
        QTest::newRow("unknown function")
            << doc(kLine, "[" + kBase +
                              R"(, {"id": "d", "target": "ITDS", "expr": "stripTags($.CustomerComments) "}])")
            << "rule 'd' (OIS100MI/AddBatchLine ITDS): unknown function 'stripTags'";
        QTest::newRow("type mismatch: list into a text argument")
            << doc(kLine,
                   "[" + kBase + R"(, {"id": "d", "target": "ITDS", "expr": "upper($.OrderItemList) "}])")
            << "type mismatch: argument 1 of upper() expects text but gets a list";
        QTest::newRow("type mismatch: text constant into a number argument")
            << doc(kLine,
                   "[" + kBase +
                       R"(, {"id": "d", "target": "ITDS", "expr": "left($.CustomerComments, 'ten') "}])")
            << "argument 2 of left() expects a number but gets the text 'ten'";
        QTest::newRow("type mismatch: list into a field")
            << doc(kLine,
                   "[" + kBase + R"(, {"id": "d", "target": "ITDS", "expr": "$.OrderItemList[*].ItemID"}])")
            << "type mismatch: writes a list into the text field ITDS";
        QTest::newRow("type mismatch: text into a numeric field")
            << doc(kLine, "[" + kBase + R"(, {"id": "q", "target": "ORQT", "value": "two"}])")
            << "rule 'q' (OIS100MI/AddBatchLine ORQT): type mismatch: the text 'two' into the numeric field "
               "ORQT";
        QTest::newRow("two rules, one field")
            << doc(kLine,
                   "[" + kBase +
                       R"(, {"id": "q1", "target": "ORQT", "value": 1}, {"id": "q2", "target": "ORQT", "value": 2}])")
            << "rule 'q2' (OIS100MI/AddBatchLine ORQT): rule 'q1' already writes ORQT in section 's'";
        QTest::newRow("unknown target field")
            << doc(kLine, "[" + kBase + R"(, {"id": "x", "target": "QTY", "value": 1}])")
            << "rule 'x' (OIS100MI/AddBatchLine QTY): OIS100MI/AddBatchLine has no input field 'QTY'";
        QTest::newRow("mandatory field without a rule")
            << doc(kLine, R"([{"id": "orno", "target": "ORNO", "expr": "$ctx.ORNO"}])")
            << "section 's' (ITNO): mandatory field ITNO (Item number) of OIS100MI/AddBatchLine has no rule";
        QTest::newRow("unknown transaction")
            << doc(R"({"kind": "m3", "program": "OIS100MI", "transaction": "AddHead"})", "[]")
            << "section 's': unknown MI transaction OIS100MI/AddHead";
        QTest::newRow("unknown value map")
            << doc(kLine,
                   "[" + kBase +
                       R"(, {"id": "w", "target": "WHLO", "from": "$.OrderStatusID", "valueMap": "nope"}])")
            << "rule 'w' (OIS100MI/AddBatchLine WHLO): no value map named 'nope'";
        QTest::newRow("unknown lookup")
            << doc(kLine,
                   "[" + kBase + R"(, {"id": "w", "target": "WHLO", "expr": "lookup('nope', $.OrderID) "}])")
            << "no lookup named 'nope'";
        QTest::newRow("unknown parameter")
            << doc(kLine, "[" + kBase + R"(, {"id": "w", "target": "WHLO", "expr": "$params.warehose"}])")
            << "'$params.warehose': no such parameter";
        QTest::newRow("undeclared context")
            << doc(kLine, "[" + kBase + R"(, {"id": "w", "target": "WHLO", "expr": "$ctx.WHLO"}])")
            << "'$ctx.WHLO': no such context value";
        QTest::newRow("@ without a group")
            << doc(kLine, "[" + kBase + R"(, {"id": "w", "target": "WHLO", "expr": "@.ItemWarehouseID"}])")
            << "uses @ (the group element) but section 's' has no foreach";
        QTest::newRow("unknown cart field")
            << doc(R"({"kind": "cart", "object": "Shipment"})",
                   R"([{"id": "t", "target": "TrackingNumber", "value": "1Z"}])")
            << "rule 't' (TrackingNumber): 3dcart Shipment has no field 'TrackingNumber'";
        QTest::newRow("cart object as a field") << doc(R"({"kind": "cart", "object": "Product"})",
                                                       R"([{"id": "t", "target": "SKUInfo", "value": "x"}])")
                                                << "SKUInfo is a object; map its fields";
        QTest::newRow("text constant into a bool field")
            << doc(R"({"kind": "cart", "object": "Product"})",
                   R"([{"id": "h", "target": "Hide", "value": "maybe"}])")
            << "type mismatch: the text 'maybe' into the true/false field Hide";
        QTest::newRow("expression syntax")
            << doc(kLine,
                   "[" + kBase +
                       ", {\"id\": \"w\", \"target\": \"WHLO\", \"expr\": \"concat($.A,\"}]") // no raw
                                                                                              // string: moc
                                                                                              // counts its
                                                                                              // parentheses
            << "rule 'w' (OIS100MI/AddBatchLine WHLO): unexpected end of expression";
    }

    void documentErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QStringList errs = errors(validate(json));
        bool found = false;
        for (const QString &e : errs)
            found = found || e.contains(expected);
        QVERIFY2(
            found,
            qPrintable(
                QStringLiteral("expected '%1' among: %2").arg(expected, errs.join(QStringLiteral(" | ")))));
        // compile() refuses the document with a data error naming the first problem.
        auto d = MappingDocument::fromJson(json).value();
        auto c = MappingCompiler::compile(d);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().errorClass, ErrorClass::Data);
        QVERIFY(c.error().message.startsWith(QStringLiteral("mapping 't' is not valid: ")));
    }

    void validDocumentHasNoErrors()
    {
        const auto issues = validate(
            doc(kLine, "[" + kBase +
                           R"(, {"id": "q", "target": "ORQT", "from": "$.OrderItemList[0].ItemQuantity"}])"));
        QVERIFY2(errors(issues).isEmpty(), qPrintable(errors(issues).join(" | ")));
    }

    void unknownSourceKindIsOnlyAWarning()
    {
        const QByteArray json = R"({"name": "t", "source": {"kind": "erp.other"}, "targets": [{"id": "s",
            "target": {"kind": "cart", "object": "Order"}, "rules": [{"id": "o", "target": "OrderID", "from": "$.Whatever"}]}]})";
        const auto issues = validate(json);
        QVERIFY(errors(issues).isEmpty());
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().severity, ValidationIssue::Severity::Warning);
        QVERIFY(issues.first().message.contains("unknown source kind 'erp.other'"));
    }

    void textSourceIntoNumericFieldWarns()
    {
        const auto issues = validate(doc(
            kLine, "[" + kBase + R"(, {"id": "q", "target": "ORQT", "from": "$.BillingPaymentMethodID"}])"));
        QVERIFY(errors(issues).isEmpty());
        bool warned = false;
        for (const ValidationIssue &i : issues)
            warned = warned || (i.severity == ValidationIssue::Severity::Warning && i.rule == "q" &&
                                i.message.contains("numeric field ORQT"));
        QVERIFY(warned);
    }

    void outputViolations_data()
    {
        QTest::addColumn<QString>("rule"); // one extra rule (JSON)
        QTest::addColumn<QString>("message");
        QTest::newRow("not numeric")
            << R"({"id": "q", "target": "ORQT", "expr": "$.CustomerComments"})"
            << "rule 'q' (OIS100MI/AddBatchLine ORQT): value 'two boxes' is not a number (numeric field N16)";
        QTest::newRow("too many digits")
            << R"({"id": "c", "target": "CUPO", "expr": "12345678"})"
            << "rule 'c' (OIS100MI/AddBatchLine CUPO): value '12345678' has 8 digits, more than 7";
        QTest::newRow("too long")
            << R"({"id": "w", "target": "WHLO", "expr": "'WAREHOUSE'"})"
            << "rule 'w' (OIS100MI/AddBatchLine WHLO): value 'WAREHOUSE' is 9 characters, longer than 3";
        QTest::newRow("bad date") << R"({"id": "d", "target": "DWDT", "expr": "$.OrderDate"})"
                                  << "rule 'd' (OIS100MI/AddBatchLine DWDT): value '2026-11-20T23:42:46' is "
                                     "not an M3 date YYYYMMDD";
        QTest::newRow("mandatory empty")
            << R"({"id": "x", "target": "ALUN", "expr": "$.BillingCompany", "required": true})"
            << "rule 'x' (OIS100MI/AddBatchLine ALUN): mandatory field ALUN is empty";
    }

    void outputViolations()
    {
        QFETCH(QString, rule);
        QFETCH(QString, message);
        auto d = MappingDocument::fromJson(doc(kLine, "[" + kBase + ", " + rule + "]"));
        M3_VERIFY_OK(d);
        auto m = MappingCompiler::compile(d.value());
        M3_VERIFY_OK(m);
        const QJsonObject order{{"CustomerComments", "two boxes"},
                                {"OrderDate", "2026-11-20T23:42:46"},
                                {"BillingCompany", "  "}};
        EvalOptions o;
        o.context = QJsonObject{{"ORNO", "T1"}};
        auto out = m.value()->evaluate(order, o);
        QVERIFY(!out.ok());
        QCOMPARE(out.error().errorClass, ErrorClass::Data);
        QCOMPARE(out.error().message, message);
    }

    void cartLimits()
    {
        const QByteArray json = R"({"name": "t", "source": {"kind": "m3.delivery"}, "targets": [{"id": "s",
            "target": {"kind": "cart", "object": "Shipment"}, "rules": [
              {"id": "m", "target": "ShipmentMethodName", "expr": "'Free Shipping (USPS Priority Mail®: 2-3 days)'"},
              {"id": "c", "target": "ShipmentCity", "expr": "'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch Town'"},
              {"id": "b", "target": "ShipmentBoxes", "expr": "2.5"},
              {"id": "o", "target": "ShipmentOrderStatus", "expr": "'4'"}]}]})";
        auto m = MappingCompiler::compile(MappingDocument::fromJson(json).value());
        M3_VERIFY_OK(m);
        EvalOptions o;
        o.collectViolations = true; // all problems at once, output still produced (CLI 'apply')
        auto out = m.value()->evaluate(QJsonObject{}, o);
        M3_VERIFY_OK(out);
        QCOMPARE(out->violations.size(), 3);
        QVERIFY(out->violations.at(0).text().contains(
            "rule 'm' (ShipmentMethodName): value 'Free Shipping (USPS Priority Mail®: 2-3 days)' has "
            "characters 3dcart rejects"));
        QVERIFY(out->violations.at(1).text().contains("is 63 characters, longer than 50"));
        QVERIFY(out->violations.at(2).text().contains("value 2.5 is not a whole number"));
        QCOMPARE(out->sections.first().records.first().value("ShipmentOrderStatus").toInt(),
                 4); // '4' became a number
        QCOMPARE(out->toJson().value("violations").toArray().size(), 3);
    }

    // A violation names the record it is in (the editor marks that field): the position among the
    // records written, not the element index, when "where" skipped elements before it.
    void violationNamesItsRecord()
    {
        const QByteArray json = R"J({"name": "t", "source": {"kind": "cart.order"}, "targets": [{"id": "l",
            "target": {"kind": "cart", "object": "Shipment"}, "foreach": "$.OrderItemList",
            "where": "notEmpty(@.ItemID)", "rules": [
              {"id": "c", "target": "ShipmentCity", "expr": "@.ItemDescription"}]}]})J";
        auto m = MappingCompiler::compile(MappingDocument::fromJson(json).value());
        M3_VERIFY_OK(m);
        const QString tooLong(60, QLatin1Char('x'));
        const QJsonObject order{
            {"OrderItemList", QJsonArray{QJsonObject{{"ItemID", ""}, {"ItemDescription", "discount"}},
                                         QJsonObject{{"ItemID", "A"}, {"ItemDescription", "fine"}},
                                         QJsonObject{{"ItemID", "B"}, {"ItemDescription", tooLong}}}}};
        EvalOptions o;
        o.collectViolations = true;
        auto out = m.value()->evaluate(order, o);
        M3_VERIFY_OK(out);
        QCOMPARE(out->sections.first().records.size(), 2);
        QCOMPARE(out->violations.size(), 1);
        QCOMPARE(out->violations.first().record, 1); // the second record (element 2)
        QCOMPARE(out->violations.first().rule, QStringLiteral("c"));
    }
};

QTEST_GUILESS_MAIN(TstMappingValidation)
#include "tst_mapping_validation.moc"
