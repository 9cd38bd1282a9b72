// The shipped default mappings (resources/mappings), each on realistic payloads built from the
// reference's field lists and quirks: trailing spaces, HTML descriptions, guest checkout (CustomerID 0),
// variant SKUs, empty optional fields, right-padded M3 values.

#include "mapping/compiled_mapping.h"
#include "mapping/default_mappings.h"
#include "mapping/lookup_source.h"
#include "temp_store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace m3cart;
using namespace m3cart::mapping;

namespace {

QJsonValue load(const QString &file)
{
    QFile f(QStringLiteral(M3CART_MAPPING_TEST_DATA "/") + file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file));
    const QJsonDocument d = QJsonDocument::fromJson(f.readAll());
    return d.isArray() ? d.array().first() : QJsonValue(d.object()); // webhook bodies are [ {object} ]
}

std::shared_ptr<const CompiledMapping> shipped(const QString &name)
{
    const DefaultMapping d = defaultMapping(name);
    if (d.json.isEmpty())
        qFatal("no default mapping %s", qPrintable(name));
    auto doc = MappingDocument::fromJson(d.json);
    if (!doc)
        qFatal("%s", qPrintable(doc.error().message));
    auto c = MappingCompiler::compile(doc.value());
    if (!c)
        qFatal("%s", qPrintable(c.error().message));
    return c.value();
}

QJsonObject record(const MappingOutput &out, const QString &section, int i = 0)
{
    const MappedSection *s = out.section(section);
    if (!s || s->records.size() <= i)
        return {};
    return s->records.at(i);
}

MemoryLookupSource skus()
{
    MemoryLookupSource s;
    s.set("sku_itno", "CAP-2", "CAP2");
    s.set("sku_itno", "CORSET", "CORSET"); // variants CORSET-S/M/L are one M3 item
    s.set("sku_itno", "MUG-01", "MUG01");
    return s;
}

} // namespace

class TstMappingDefaults : public QObject
{
    Q_OBJECT
private slots:
    void everyFlowHasAValidDefault()
    {
        QStringList names;
        for (const DefaultMapping &d : defaultMappings()) {
            names << d.name;
            auto doc = MappingDocument::fromJson(d.json);
            M3_VERIFY_OK(doc);
            const QList<ValidationIssue> issues = MappingCompiler::validate(doc.value());
            QStringList errors;
            for (const ValidationIssue &i : issues)
                if (i.severity == ValidationIssue::Severity::Error)
                    errors << i.text();
            QVERIFY2(errors.isEmpty(),
                     qPrintable(d.name + QStringLiteral(": ") + errors.join(QStringLiteral("; "))));
        }
        names.sort();
        QCOMPARE(names, (QStringList{"balance-stock", "customer", "delivery-shipment", "invoice-payment",
                                     "item-product", "order-batch-order", "order-customer", "status-order"}));
    }

    void orderToBatchOrder()
    {
        auto m = shipped("order-batch-order");
        const MemoryLookupSource src = skus();
        EvalOptions o;
        o.lookups = &src;
        o.context = QJsonObject{{"ORNO", "T000012345"}};
        const QJsonValue order = load("order_registered.json");
        auto out = m->evaluate(order, o);
        M3_VERIFY_OK(out);

        const QJsonObject head = record(*out, "head");
        QCOMPARE(head.value("CUNO").toString(), QStringLiteral("W000000318"));
        QCOMPARE(head.value("CUOR").toString(),
                 QStringLiteral("CA-1042")); // display number = prefix + number
        QCOMPARE(head.value("YREF").toString(), QStringLiteral("3DC-47620"));
        QCOMPARE(head.value("ORTP").toString(), QStringLiteral("WEB"));
        QCOMPARE(head.value("ORDT").toString(),
                 QStringLiteral("20261120")); // store-local 23:42, no conversion
        QCOMPARE(head.value("CUDT").toString(), QStringLiteral("20261120"));
        QCOMPARE(head.value("WHLO").toString(), QStringLiteral("100"));
        QCOMPARE(head.value("OTBA").toString(), QStringLiteral("3"));
        QCOMPARE(head.value("PYCD").toString(), QStringLiteral("CC"));
        QCOMPARE(head.value("MODL").toString(), QStringLiteral("UPS"));
        for (auto it = head.begin(); it != head.end(); ++it)
            QVERIFY2(it.value().isString(), qPrintable(it.key())); // MI values travel as text

        const QJsonObject addr = record(*out, "address");
        QCOMPARE(addr.value("ORNO").toString(), QStringLiteral("T000012345"));
        QCOMPARE(addr.value("ADRT").toString(), QStringLiteral("1"));
        QCOMPARE(addr.value("CUNM").toString(), QStringLiteral("Jane Doe")); // trailing spaces gone
        QCOMPARE(addr.value("CUA1").toString(), QStringLiteral("1200 Market Street"));
        QCOMPARE(addr.value("CUA2").toString(), QStringLiteral("Suite 5"));
        QVERIFY(!addr.contains("CUA3")); // no company: the person is already the name
        QCOMPARE(addr.value("PONO").toString(), QStringLiteral("19107"));
        QCOMPARE(addr.value("TOWN").toString(), QStringLiteral("Philadelphia"));
        QCOMPARE(addr.value("CSCD").toString(), QStringLiteral("US"));
        QCOMPARE(addr.value("ECAR").toString(), QStringLiteral("PA"));
        QCOMPARE(addr.value("PHNO").toString(), QStringLiteral("+12155550142"));

        const MappedSection *lines = out->section("lines");
        QCOMPARE(lines->records.size(), 2); // the discount line is not an item line
        QCOMPARE(lines->records.at(0).value("ITNO").toString(), QStringLiteral("CAP2"));
        QCOMPARE(lines->records.at(0).value("ORQT").toString(), QStringLiteral("2"));
        QCOMPARE(lines->records.at(0).value("SAPR").toString(),
                 QStringLiteral("18.99")); // 16.99 + 2.00 option
        QCOMPARE(lines->records.at(0).value("CUPO").toString(), QStringLiteral("1"));
        QCOMPARE(lines->records.at(0).value("ITDS").toString(),
                 QStringLiteral("Custom Cap 2")); // HTML description
        QCOMPARE(lines->records.at(1).value("ITNO").toString(),
                 QStringLiteral("CORSET")); // variant SKU CORSET-S
        QCOMPARE(lines->records.at(1).value("SAPR").toString(), QStringLiteral("49.5"));
        QCOMPARE(lines->records.at(1).value("CUPO").toString(), QStringLiteral("2"));

        const QJsonObject disc = record(*out, "discounts");
        QCOMPARE(disc.value("ITNO").toString(), QStringLiteral("DISCOUNT"));
        QCOMPARE(disc.value("SAPR").toString(), QStringLiteral("-5"));
        QCOMPARE(disc.value("ITDS").toString(), QStringLiteral("Order Discount: WINTER10"));
        const QJsonObject ship = record(*out, "shipping");
        QCOMPARE(ship.value("ITNO").toString(), QStringLiteral("FREIGHT"));
        QCOMPARE(ship.value("SAPR").toString(), QStringLiteral("8.95"));
        QCOMPARE(ship.value("ITDS").toString(), QStringLiteral("UPS Ground (3-5 business days)"));
        QCOMPARE(record(*out, "comments").value("PARM").toString(),
                 QStringLiteral("Please leave at the back door."));

        // The lines reproduce the 3dcart total: lines + shipping - order discount + taxes = OrderAmount.
        double total = 0;
        for (const QString &s :
             {QStringLiteral("lines"), QStringLiteral("discounts"), QStringLiteral("shipping")})
            for (const QJsonObject &r : out->section(s)->records)
                total += r.value("ORQT").toString().toDouble() * r.value("SAPR").toString().toDouble();
        total += -head.value("OTBA").toString().toDouble() + order.toObject().value("SalesTax").toDouble();
        QCOMPARE(qRound(total * 100), qRound(order.toObject().value("OrderAmount").toDouble() * 100));

        // Shipping as "none" drops the freight line.
        o.params = QJsonObject{{"shippingMode", "none"}};
        auto noShip = m->evaluate(order, o);
        QVERIFY(noShip->section("shipping")->skipped);
    }

    void guestOrderWithEmptyOptionalFields()
    {
        auto m = shipped("order-batch-order");
        const MemoryLookupSource src = skus();
        EvalOptions o;
        o.lookups = &src;
        o.context = QJsonObject{{"ORNO", "T000012346"}};
        auto out = m->evaluate(load("order_guest.json"), o);
        M3_VERIFY_OK(out);
        const QJsonObject head = record(*out, "head");
        QCOMPARE(head.value("CUNO").toString(), QStringLiteral("WEBGUEST")); // CustomerID 0
        QCOMPARE(head.value("CUOR").toString(), QStringLiteral("47621")); // no prefix, blank invoice number
        QVERIFY(!head.contains("OTBA"));
        QVERIFY(!head.contains("PYCD")); // empty payment method: not sent, M3 uses the customer's
        QCOMPARE(head.value("MODL").toString(), QStringLiteral("STD"));
        const QJsonObject addr = record(*out, "address");
        QCOMPARE(addr.value("CUNM").toString(), QStringLiteral("Nordic Trading AB"));
        QCOMPARE(addr.value("CUA3").toString(), QString::fromUtf8("\u00c5sa \u00d6berg"));
        QCOMPARE(addr.value("CSCD").toString(), QStringLiteral("SE")); // "Sweden"
        QCOMPARE(addr.value("PONO").toString(), QStringLiteral("411 01"));
        QVERIFY(!addr.contains("ECAR"));
        QVERIFY(!addr.contains("PHNO"));
        QVERIFY(!addr.contains("CUA2"));
        QCOMPARE(record(*out, "lines").value("ITNO").toString(),
                 QStringLiteral("MUG01")); // "mug-01" upper-cased
        QVERIFY(out->section("shipping")->skipped);
        QVERIFY(out->section("comments")->skipped);
        QVERIFY(out->section("discounts")->records.isEmpty());
    }

    void unknownSkuIsADataError()
    {
        auto m = shipped("order-batch-order");
        MemoryLookupSource empty;
        EvalOptions o;
        o.lookups = &empty;
        o.context = QJsonObject{{"ORNO", "T1"}};
        auto out = m->evaluate(load("order_registered.json"), o);
        QVERIFY(!out.ok());
        QCOMPARE(out.error().errorClass, ErrorClass::Data);
        QVERIFY2(out.error().message.contains("rule 'line.itno' (OIS100MI/AddBatchLine ITNO, element 0)"),
                 qPrintable(out.error().message));
        QVERIFY(out.error().message.contains("'CAP-2'"));
    }

    void orderToCustomer()
    {
        auto m = shipped("order-customer");
        auto out = m->evaluate(load("order_registered.json"));
        M3_VERIFY_OK(out);
        const QJsonObject c = record(*out, "customer");
        QCOMPARE(c.value("CUTM").toString(), QStringLiteral("WEBTMPL"));
        QCOMPARE(c.value("CUNO").toString(), QStringLiteral("W000000318"));
        QCOMPARE(c.value("CUNM").toString(), QStringLiteral("Jane Doe"));
        QCOMPARE(c.value("CUA1").toString(), QStringLiteral("1200 Market Street"));
        QCOMPARE(c.value("TOWN").toString(), QStringLiteral("Philadelphia"));
        QCOMPARE(c.value("ECAR").toString(), QStringLiteral("PA"));           // "Pennsylvania"
        QCOMPARE(c.value("PHNO").toString(), QStringLiteral("+12155550142")); // extension dropped
        QCOMPARE(c.value("MAIL").toString(), QStringLiteral("jane.doe@example.com"));
        QCOMPARE(c.value("YREF").toString(), QStringLiteral("Jane Doe"));
        QCOMPARE(c.value("ALCU").toString(), QStringLiteral("DOE"));
        auto guest = m->evaluate(load("order_guest.json"));
        M3_VERIFY_OK(guest);
        QVERIFY(guest->section("customer")->skipped); // guests use the generic web customer
    }

    void customerToM3()
    {
        auto m = shipped("customer");
        auto out = m->evaluate(load("customer.json"));
        M3_VERIFY_OK(out);
        const QJsonObject c = record(*out, "customer");
        QCOMPARE(c.value("CUNO").toString(), QStringLiteral("W000000512"));
        QCOMPARE(c.value("CUNM").toString(), QStringLiteral("Bob Smith"));
        QCOMPARE(c.value("CUA1").toString(), QStringLiteral("77 Queen St W")); // BillingAddress1 on customers
        QCOMPARE(c.value("CUA2").toString(), QStringLiteral("Unit 4"));
        QCOMPARE(c.value("PONO").toString(), QStringLiteral("M5H 2N2"));
        QCOMPARE(c.value("ECAR").toString(), QStringLiteral("ON"));
        QCOMPARE(c.value("CSCD").toString(), QStringLiteral("CA"));
        QCOMPARE(c.value("PHNO").toString(), QStringLiteral("+14165550199"));
        QCOMPARE(c.value("MAIL").toString(), QStringLiteral("bob.smith@example.org"));
    }

    void balanceToStock()
    {
        auto m = shipped("balance-stock");
        MemoryLookupSource src;
        src.set("itno_sku", "CAP-2", "CAP-2");
        EvalOptions o;
        o.lookups = &src;
        const QJsonObject in = load("balance.json").toObject();
        auto out = m->evaluate(in, o);
        M3_VERIFY_OK(out);
        QJsonObject sku = record(*out, "product").value("SKUInfo").toObject();
        QCOMPARE(sku.value("SKU").toString(), QStringLiteral("CAP-2"));
        QCOMPARE(sku.value("CatalogID").toInt(), 11);
        QCOMPARE(sku.value("Stock").toDouble(), 12.0); // AV01 of warehouse 100 only
        QVERIFY(out->section("variant")->skipped);

        o.params = QJsonObject{{"warehouses", QJsonArray{"100", "200"}}, {"buffer", 2}};
        sku = record(m->evaluate(in, o).value(), "product").value("SKUInfo").toObject();
        QCOMPARE(sku.value("Stock").toDouble(), 17.0); // 12 + 7 - 2
        o.params = QJsonObject{{"buffer", 50}};
        sku = record(m->evaluate(in, o).value(), "product").value("SKUInfo").toObject();
        QCOMPARE(sku.value("Stock").toDouble(), 0.0); // floored at 0

        QJsonObject variant = in;
        variant.insert("isVariant", true);
        variant.insert("ITNO", "CORSET-S  ");
        o.params = {};
        auto v = m->evaluate(variant, o);
        M3_VERIFY_OK(v);
        QVERIFY(v->section("product")->skipped);
        const QJsonObject adv = record(*v, "variant");
        QCOMPARE(adv.value("AdvancedOptionSufix").toString(),
                 QStringLiteral("CORSET-S")); // no xref: ITNO passes through
        QCOMPARE(adv.value("AdvancedOptionStock").toInt(), 12);
        QVERIFY(adv.value("AdvancedOptionStock").isDouble());
    }

    void itemToProduct()
    {
        auto m = shipped("item-product");
        auto out = m->evaluate(load("item.json"));
        M3_VERIFY_OK(out);
        const QJsonObject p = record(*out, "product");
        const QJsonObject sku = p.value("SKUInfo").toObject();
        QCOMPARE(sku.value("SKU").toString(), QStringLiteral("CAP-2"));
        QCOMPARE(sku.value("Name").toString(), QStringLiteral("Custom Cap 2 red"));
        QCOMPARE(sku.value("Price").toDouble(), 18.99);
        QCOMPARE(p.value("ShortDescription").toString(),
                 QStringLiteral("Cotton cap, &lt;adjustable&gt; &amp; washable"));
        QCOMPARE(p.value("Weight").toDouble(), 0.45);
        QCOMPARE(p.value("NotForSale").toBool(true), false);
        QCOMPARE(p.value("Hide").toBool(true), false);

        QJsonObject gone = load("item.json").toObject();
        QJsonObject item = gone.value("item").toObject();
        item.insert("STAT", "90");
        item.insert("SALE", "0");
        gone.insert("item", item);
        gone.remove("price");
        const QJsonObject p2 = record(m->evaluate(gone).value(), "product");
        QCOMPARE(p2.value("Hide").toBool(), true);
        QCOMPARE(p2.value("NotForSale").toBool(), true);
        QVERIFY(!p2.value("SKUInfo").toObject().contains("Price")); // no price: not changed
        // Preliminary (10) is not for sale yet either: hidden.
        QJsonObject preliminary = load("item.json").toObject();
        QJsonObject item10 = preliminary.value("item").toObject();
        item10.insert("STAT", "10");
        preliminary.insert("item", item10);
        QCOMPARE(record(m->evaluate(preliminary).value(), "product").value("Hide").toBool(), true);
    }

    void statusToOrder_data()
    {
        QTest::addColumn<QString>("orsl");
        QTest::addColumn<QString>("orst");
        QTest::addColumn<int>("status");
        QTest::newRow("partly delivered") << "33"
                                          << "66" << 3;
        QTest::newRow("all delivered") << "66"
                                       << "66" << 4;
        QTest::newRow("all invoiced") << "77"
                                      << "77" << 4;
        QTest::newRow("allocated") << "22"
                                   << "33" << 2;
        QTest::newRow("quotation") << "05"
                                   << "05" << 1;
        QTest::newRow("completed without delivery") << "99"
                                                    << "99" << 5;
        QTest::newRow("unlisted status") << "45"
                                         << "45" << 2;
    }

    void statusToOrder()
    {
        QFETCH(QString, orsl);
        QFETCH(QString, orst);
        QFETCH(int, status);
        auto m = shipped("status-order");
        QJsonObject in = load("order_status.json").toObject();
        QJsonObject head = in.value("head").toObject();
        head.insert("ORSL", orsl);
        head.insert("ORST", orst + QStringLiteral("  "));
        in.insert("head", head);
        auto out = m->evaluate(in);
        M3_VERIFY_OK(out);
        const QJsonObject o = record(*out, "order");
        QCOMPARE(o.value("OrderID").toInt(), 47620);
        QCOMPARE(o.value("OrderStatusID").toInt(), status);
    }

    void deliveryToShipment()
    {
        auto m = shipped("delivery-shipment");
        const QJsonObject in = load("delivery.json").toObject();
        auto out = m->evaluate(in);
        M3_VERIFY_OK(out);
        const QJsonObject s = record(*out, "shipment");
        QCOMPARE(s.value("OrderID").toInt(), 47620);
        QCOMPARE(s.value("ShipmentID").toInt(-1), 0); // 0 is a real shipment id
        QCOMPARE(s.value("ShipmentTrackingCode").toString(), QStringLiteral("1Z999AA10123456784"));
        QCOMPARE(s.value("ShipmentShippedDate").toString(), QStringLiteral("11/23/2026"));
        QCOMPARE(s.value("ShipmentOrderStatus").toInt(), 4);
        QCOMPARE(s.value("ShipmentMethodName").toString(), QStringLiteral("UPS Ground"));

        QJsonObject pending = in;
        QJsonObject d = in.value("delivery").toObject();
        d.insert("DSDT", "0");
        d.insert("PGRS", "50");
        d.insert("ETRN", "");
        d.insert("MODL", "XYZ");
        pending.insert("delivery", d);
        const QJsonObject p = record(m->evaluate(pending).value(), "shipment");
        QVERIFY(!p.contains("ShipmentOrderStatus"));
        QVERIFY(!p.contains("ShipmentShippedDate"));
        QVERIFY(!p.contains("ShipmentTrackingCode"));
        QVERIFY(!p.contains("ShipmentMethodName")); // unknown method: left as it is in 3dcart
    }

    void invoiceAndPayment()
    {
        auto m = shipped("invoice-payment");
        EvalOptions o;
        o.context = QJsonObject{{"PBID", 4711}};
        const QJsonObject in = load("invoice.json").toObject();
        auto out = m->evaluate(in, o);
        M3_VERIFY_OK(out);
        const MappedSection *pay = out->section("payments");
        QCOMPARE(pay->records.size(), 1);
        const QJsonObject p = pay->records.first();
        QCOMPARE(p.value("PBID").toString(), QStringLiteral("4711"));
        QCOMPARE(p.value("TRNO").toString(), QStringLiteral("1"));
        QCOMPARE(p.value("CINO").toString(), QStringLiteral("700123"));
        QCOMPARE(p.value("INYR").toString(), QStringLiteral("2026"));
        QCOMPARE(p.value("CUNO").toString(), QStringLiteral("W000000318"));
        QCOMPARE(p.value("PYAM").toString(), QStringLiteral("93.88"));
        QCOMPARE(p.value("CUCD").toString(), QStringLiteral("USD"));
        const QString note = record(*out, "order_note").value("InternalComments").toString();
        QCOMPARE(note, QStringLiteral("M3 invoice 700123 of 11/24/2026: 93.88 USD (paid)"));

        // Idempotent: a second run on the updated order leaves the comment as it is.
        QJsonObject again = in;
        QJsonObject order = in.value("order").toObject();
        order.insert("InternalComments", QStringLiteral("Called customer.\n") + note);
        again.insert("order", order);
        const QString note2 =
            record(m->evaluate(again, o).value(), "order_note").value("InternalComments").toString();
        QCOMPARE(note2, QStringLiteral("Called customer.\n") + note);
    }

    void defaultsAreDataErrorsOnBadOutput()
    {
        // A store with a long prefix: CUOR (A20) overflows -> data error naming the field and the value.
        auto m = shipped("order-batch-order");
        const MemoryLookupSource src = skus();
        EvalOptions o;
        o.lookups = &src;
        o.context = QJsonObject{{"ORNO", "T1"}};
        QJsonObject order = load("order_registered.json").toObject();
        order.insert("InvoiceNumberPrefix", "WEBSHOP-NORTH-AMERICA-");
        auto out = m->evaluate(order, o);
        QVERIFY(!out.ok());
        QCOMPARE(out.error().errorClass, ErrorClass::Data);
        QVERIFY2(out.error().message.contains("OIS100MI/AddBatchHead CUOR"), qPrintable(out.error().message));
        QVERIFY(
            out.error().message.contains("'WEBSHOP-NORTH-AMERICA-1042' is 26 characters, longer than 20"));
    }
};

QTEST_GUILESS_MAIN(TstMappingDefaults)
#include "tst_mapping_defaults.moc"
