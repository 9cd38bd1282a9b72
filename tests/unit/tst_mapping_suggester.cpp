// The mapping assistant: proposals with a confidence and a reason, from names, M3 descriptions,
// synonyms and value patterns; drafts that the validator accepts.

#include "mapping/compiled_mapping.h"
#include "mapping/mapping_suggester.h"
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
        qFatal("missing %s", qPrintable(file));
    const QJsonDocument d = QJsonDocument::fromJson(f.readAll());
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

TargetRef m3(const char *p, const char *t)
{
    TargetRef r;
    r.program = QLatin1String(p);
    r.transaction = QLatin1String(t);
    return r;
}

const Suggestion *find(const SuggestionSet &s, const QString &field)
{
    for (const Suggestion &g : s.suggestions)
        if (g.targetField == field)
            return &g;
    return nullptr;
}

QString dump(const SuggestionSet &s)
{
    return QString::fromUtf8(QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

class TstMappingSuggester : public QObject
{
    Q_OBJECT
private slots:
    void orderToCustomer()
    {
        auto set =
            MappingSuggester().suggest(load("order_registered.json"), m3("CRS610MI", "Add"), "cart.order");
        M3_VERIFY_OK(set);
        const Suggestion *mail = find(set.value(), "MAIL");
        QVERIFY2(mail, qPrintable(dump(set.value())));
        QCOMPARE(mail->sourcePath, QStringLiteral("$.BillingEmail"));
        QCOMPARE(mail->expr, QStringLiteral("lower(trim($.BillingEmail))"));
        QVERIFY(mail->confidence >= 0.8);
        QVERIFY2(mail->reason.contains("known synonym: email -> MAIL") &&
                     mail->reason.contains("value looks like an e-mail address"),
                 qPrintable(mail->reason));
        const Suggestion *country = find(set.value(), "CSCD");
        QVERIFY(country);
        QCOMPARE(country->sourcePath, QStringLiteral("$.BillingCountry"));
        QVERIFY(country->reason.contains("ISO country code"));
        QCOMPARE(find(set.value(), "PONO")->sourcePath, QStringLiteral("$.BillingZipCode"));
        QCOMPARE(find(set.value(), "TOWN")->sourcePath, QStringLiteral("$.BillingCity"));
        QCOMPARE(find(set.value(), "PHNO")->sourcePath, QStringLiteral("$.BillingPhoneNumber"));
        QCOMPARE(find(set.value(), "CUA1")->sourcePath, QStringLiteral("$.BillingAddress"));
        QVERIFY(set->unmatchedMandatory.contains("CUTM")); // a template customer cannot come from the order
        // Mandatory fields first, then by confidence.
        QVERIFY(set->suggestions.first().mandatory);
        for (int i = 1; i < set->suggestions.size(); ++i)
            if (set->suggestions.at(i).mandatory == set->suggestions.at(i - 1).mandatory)
                QVERIFY(set->suggestions.at(i).confidence <= set->suggestions.at(i - 1).confidence);
    }

    void orderLinesUseTheItemGroup()
    {
        auto set = MappingSuggester().suggest(load("order_registered.json"), m3("OIS100MI", "AddBatchLine"),
                                              "cart.order");
        M3_VERIFY_OK(set);
        QCOMPARE(set->foreach, QStringLiteral("$.OrderItemList"));
        QCOMPARE(find(set.value(), "ORQT")->sourcePath, QStringLiteral("@.ItemQuantity"));
        QVERIFY(find(set.value(), "ORQT")->reason.contains("known synonym: quantity -> ORQT"));
        QCOMPARE(find(set.value(), "SAPR")->sourcePath, QStringLiteral("@.ItemUnitPrice"));
        QVERIFY(find(set.value(), "SAPR")->reason.contains("value looks like money"));
        QCOMPARE(find(set.value(), "ITNO")->sourcePath, QStringLiteral("@.ItemID"));
        QVERIFY(set->unmatchedMandatory.contains("ORNO"));
    }

    void datesGetConverted()
    {
        auto set = MappingSuggester().suggest(load("order_registered.json"), m3("OIS100MI", "AddBatchHead"),
                                              "cart.order");
        M3_VERIFY_OK(set);
        const Suggestion *ordt = find(set.value(), "ORDT");
        QVERIFY2(ordt, qPrintable(dump(set.value())));
        QCOMPARE(ordt->expr, QStringLiteral("m3Date($.OrderDate)"));
        QVERIFY(ordt->reason.contains("value looks like a date"));
    }

    void m3DescriptionsFeedCartTargets()
    {
        TargetRef t;
        t.system = TargetRef::System::Cart;
        t.object = "SKUInfo";
        QJsonObject flat = load("item.json").toObject().value("item").toObject();
        flat.insert("SAPR", "18.990");
        auto set = MappingSuggester().suggest(flat, t, {});
        M3_VERIFY_OK(set);
        QVERIFY2(find(set.value(), "Name") && find(set.value(), "Price") && find(set.value(), "SKU"),
                 qPrintable(dump(set.value())));
        QCOMPARE(find(set.value(), "Name")->sourcePath, QStringLiteral("$.ITDS"));
        QCOMPARE(find(set.value(), "Price")->sourcePath, QStringLiteral("$.SAPR"));
        QCOMPARE(find(set.value(), "SKU")->sourcePath, QStringLiteral("$.ITNO"));
    }

    void draftValidates()
    {
        auto set = MappingSuggester().suggest(load("order_registered.json"), m3("OIS100MI", "AddBatchLine"),
                                              "cart.order");
        M3_VERIFY_OK(set);
        MappingDocument d = set->draft("draft-lines", "cart.order", 0.5);
        QCOMPARE(d.sections.first().foreach, QStringLiteral("$.OrderItemList"));
        QVERIFY(!d.sections.first().rules.isEmpty());
        // Only what the assistant could not know is missing: the temporary order number.
        QStringList errors;
        for (const ValidationIssue &i : MappingCompiler::validate(d))
            if (i.severity == ValidationIssue::Severity::Error)
                errors << i.text();
        QCOMPARE(errors, QStringList{"section 'main' (ORNO): mandatory field ORNO (Temporary order number) "
                                     "of OIS100MI/AddBatchLine has no rule"});
    }

    void badInput()
    {
        QVERIFY(!MappingSuggester().suggest(QJsonValue(3), m3("CRS610MI", "Add")).ok());
        auto unknown = MappingSuggester().suggest(load("order_guest.json"), m3("OIS100MI", "AddHead"));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains("unknown target OIS100MI/AddHead"));
    }
};

QTEST_GUILESS_MAIN(TstMappingSuggester)
#include "tst_mapping_suggester.moc"
