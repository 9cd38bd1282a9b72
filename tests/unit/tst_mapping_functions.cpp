// The mapping function library: every function on normal values, edge cases and misses.

#include "mapping/compiled_mapping.h"
#include "mapping/expression.h"
#include "mapping/value_utils.h"
#include "temp_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace m3cart;
using namespace m3cart::mapping;

namespace {

const char *kSource = R"({
  "BillingFirstName": "Jane ", "BillingLastName": "Doe  ", "Email": " Jane.Doe@Example.COM ",
  "Items": [ {"Qty": 2, "Price": 16.99, "WHLO": "100"}, {"Qty": 1, "Price": 49.5, "WHLO": "200"}, {"Qty": 4, "Price": 1, "WHLO": "900"} ],
  "Desc": "Custom Cap<br><b>Size:</b>&nbsp;L &amp; more", "Zero": 0, "Empty": "", "Blank": "   "
})";

Result<QJsonValue> run(const QString &expr)
{
    auto node = parseExpression(expr);
    if (!node)
        return node.error();
    static const QJsonValue source = QJsonDocument::fromJson(kSource).object();
    static const QJsonObject params{
        {QStringLiteral("warehouses"), QJsonArray{QStringLiteral("100"), QStringLiteral("200")}}};
    static const QJsonObject context;
    EvalEnv env;
    env.source = &source;
    env.params = &params;
    env.context = &context;
    return evaluateNode(*node.value(), env);
}

QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().first();
}

bool same(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return std::fabs(a.toDouble() - b.toDouble()) < 1e-9;
    if (a.isArray() && b.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i)
            if (!same(x.at(i), y.at(i)))
                return false;
        return true;
    }
    return a == b;
}

QString show(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

// Function names used in the rows, to prove every library function is exercised.
QSet<QString> &covered()
{
    static QSet<QString> s;
    return s;
}

} // namespace

class TstMappingFunctions : public QObject
{
    Q_OBJECT
private slots:
    void evaluates_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<QString>("expected"); // JSON
        auto row = [](const char *expr, const char *expected) {
            QTest::newRow(expr) << QString::fromUtf8(expr) << QString::fromUtf8(expected);
            static const QRegularExpression call(QStringLiteral("([A-Za-z0-9]+)\\("));
            auto it = call.globalMatch(QString::fromUtf8(expr));
            while (it.hasNext())
                covered().insert(it.next().captured(1));
            static const QRegularExpression piped(QStringLiteral("\\|\\s*([A-Za-z0-9]+)"));
            auto p = piped.globalMatch(QString::fromUtf8(expr));
            while (p.hasNext())
                covered().insert(p.next().captured(1));
        };
        // text
        row("trim($.BillingLastName)", "\"Doe\"");
        row("upper('us')", "\"US\"");
        row("lower($.Email)", "\" jane.doe@example.com \"");
        row("capitalize('mary-ann o\\'neil')", "\"Mary-Ann O'Neil\"");
        row("substring('ABCDEF', 1, 3)", "\"BCD\"");
        row("substring('ABCDEF', 4)", "\"EF\"");
        row("substring('AB', 5, 2)", "\"\"");
        row("left('ABCDEF', 2)", "\"AB\"");
        row("right('ABCDEF', 2)", "\"EF\"");
        row("concat('CA-', 1042)", "\"CA-1042\"");
        row("concat(trim(''), 47620)", "\"47620\"");
        row("join(['a', '', 'b'], '/')", "\"a/b\"");
        row("joinNonEmpty(', ', ' 1 Main St ', '', 'Apt 2')", "\"1 Main St, Apt 2\"");
        row("split('Cap<br><b>Size', '<br>', 0)", "\"Cap\"");
        row("split('a,b,c', ',', -1)", "\"c\"");
        row("split('a,b', ',')", "[\"a\",\"b\"]");
        row("pad(318, 9, '0')", "\"000000318\"");
        row("pad('ABCDEFGHIJ', 4, '0')", "\"ABCDEFGHIJ\"");
        row("pad('7', 3, '*', 'right')", "\"7**\"");
        row("padRight('AB', 4, '.')", "\"AB..\"");
        row("replace('a-b-c', '-', '')", "\"abc\"");
        row("regexReplace('CORSET-XS', '-[A-Z]+$', '')", "\"CORSET\"");
        row("matches('a@b.com', '^[^@]+@[^@]+$')", "true");
        row("matches('nope', '^\\\\d+$')", "false");
        row("extract('FREE SHIPPING (USPS PRIORITY)', '(USPS|UPS)')", "\"USPS\"");
        row("extract('nothing here', '(USPS|UPS)')", "\"\"");
        row("contains('Order Discount', 'discount')", "true");
        row("contains(['100', '200'], '200')", "true");
        row("startsWith('KIT ITEM: Cap', 'KIT ITEM:')", "true");
        row("endsWith('CORSET-S', '-S')", "true");
        row("length('abc')", "3");
        row("length($.Items)", "3");
        row("truncate('Long company name', 8)", "\"Long com\"");
        row("truncate('Long  company', 5)", "\"Long\"");
        row("collapseSpaces('  a   b \\n c ')", "\"a b c\"");
        row("stripHtml($.Desc)", "\"Custom Cap Size: L & more\"");
        row("stripHtml('Caf&#233; &lt;b&gt; <script>x()</script>ok')", "\"Caf\u00e9 <b> ok\"");
        row("escapeHtml('A&B <c>')", "\"A&amp;B &lt;c&gt;\"");
        row("ascii('J\u00f6nk\u00f6ping Stra\u00dfe')", "\"Jonkoping Strasse\"");
        row("digits('(555) 123-4567')", "\"5551234567\"");
        row("firstName('John Q Public')", "\"John\"");
        row("firstName('Doe, John')", "\"John\"");
        row("lastName('John Q Public')", "\"Q Public\"");
        row("lastName('Doe, John')", "\"Doe\"");
        row("lastName('Cher')", "\"\"");
        row("fullName($.BillingFirstName, $.BillingLastName)", "\"Jane Doe\"");
        row("fullName('', 'Smith')", "\"Smith\"");
        row("text(21.99)", "\"21.99\"");
        row("text(16.99 + 5)", "\"21.99\"");
        // numbers
        row("number(' 12.50 ')", "12.5");
        row("number('12.000          ')", "12");
        row("number($.Empty)", "null");
        row("number($.Empty, 0)", "0");
        row("int(3.9)", "3");
        row("int(-3.9)", "-3");
        row("round(2.675, 2)", "2.68");
        row("round(-2.5)", "-3");
        row("round(16.99 + 2)", "19");
        row("floor(7.9)", "7");
        row("ceil(7.1)", "8");
        row("abs(-5)", "5");
        row("min(3, 1, 2)", "1");
        row("max(0, -4)", "0");
        row("max($.Items[*].Price)", "49.5");
        row("clamp(120, 0, 99)", "99");
        row("formatNumber(16.5, 2)", "\"16.50\"");
        row("formatNumber(0.1 + 0.2)", "\"0.3\"");
        row("formatNumber(-0.001, 2)", "\"0.00\"");
        row("1 + 2 * 3 - 4 / 2", "5");
        row("7 % 3", "1");
        row("-$.Zero + 1", "1");
        row("$.Items[0].Qty * $.Items[0].Price", "33.98");
        row("$.Missing + 1", "1");
        // lists and aggregation
        row("sum($.Items[*].Qty)", "7");
        row("sum(1, 2, '3')", "6");
        row("avg([1, 2, 3])", "2");
        row("count($.Items)", "3");
        row("count($.Missing)", "0");
        row("first($.Items[*].WHLO)", "\"100\"");
        row("last([1, 2])", "2");
        row("at(['a', 'b'], -1)", "\"b\"");
        row("at(['a'], 5)", "null");
        row("pluck($.Items, 'WHLO')", "[\"100\",\"200\",\"900\"]");
        row("filterEq($.Items, 'WHLO', '200') | pluck('Qty')", "[1]");
        row("$.Items | filterIn('WHLO', $params.warehouses) | pluck('Qty') | sum", "3");
        row("sum(pluck(filterIn($.Items, 'WHLO', '100,900'), 'Qty'))", "6");
        row("inList('NY', 'NY', 'NJ')", "true");
        row("inList('PA', ['NY', 'NJ'])", "false");
        row("distinct([1, 1, 2])", "[1,2]");
        // logic
        row("isEmpty($.Blank)", "true");
        row("isEmpty($.Zero)", "false");
        row("notEmpty($.BillingFirstName)", "true");
        row("not(true)", "false");
        row("!($.Zero == 0)", "false");
        row("bool('1')", "true");
        row("bool('no')", "false");
        row("case('77', '66', 'Delivered', '77', 'Invoiced', 'Open')", "\"Invoiced\"");
        row("case('10', '66', 'Delivered', 'Open')", "\"Open\"");
        row("if($.Zero == 0, 'zero', 1 / $.Zero)", "\"zero\"");
        row("if(false, 1)", "null");
        row("coalesce($.Missing, $.Blank, $.Empty, 'x')", "\"x\"");
        row("$.Zero == '0' and 'a' < 'b'", "true");
        row("'05' == 5", "true");
        row("$.Missing > 1 or $.Items[1].Qty >= 1", "true");
        row("$index + 1", "1");
        // dates
        row("parseDate('9/12/2013 3:37:44 PM')", "\"2013-09-12T15:37:44\"");
        row("parseDate('09/16/2013')", "\"2013-09-16T00:00:00\"");
        row("parseDate('2016-03-16T14:42:46')", "\"2016-03-16T14:42:46\"");
        row("parseDate('12-11-2025 03:25:00')", "\"2025-12-11T03:25:00\"");
        row("parseDate('16.03.2016', 'dd.MM.yyyy')", "\"2016-03-16T00:00:00\"");
        row("parseDate('')", "null");
        row("m3Date('2016-03-16T14:42:46')", "\"20160316\"");
        row("m3Date('2016-03-16T23:42:46', 'America/New_York', 'Europe/Stockholm')", "\"20160317\"");
        row("m3Date('2026-07-01T01:00:00', 'Europe/Stockholm', 'America/New_York')", "\"20260630\"");
        row("m3Date('0')", "null");
        row("m3Time('2016-03-16T14:42:46')", "\"1442\"");
        row("cartDate('20261120')", "\"11/20/2026\"");
        row("cartDate('2026-11-20T10:00:00', 'yyyy/MM/dd')", "\"2026/11/20\"");
        row("fromM3Date('20261120')", "\"2026-11-20T00:00:00\"");
        row("fromM3Date('0')", "null");
        row("formatDate('2016-03-16T14:42:46', 'dd.MM.yyyy HH:mm')", "\"16.03.2016 14:42\"");
        row("convertTz('2016-03-16T14:42:46', 'America/New_York', 'UTC')", "\"2016-03-16T18:42:46\"");
        row("addDays('20261130', 2)", "\"20261202\"");
        row("addDays('2026-02-28T10:00:00', 1)", "\"2026-03-01T10:00:00\"");
        row("length(today())", "8");
        row("length(today('Europe/Stockholm'))", "8");
        // geo
        row("countryIso2('United Kingdom')", "\"GB\"");
        row("countryIso2('usa')", "\"US\"");
        row("countryIso2('Sverige')", "\"SE\"");
        row("countryIso2('deu')", "\"DE\"");
        row("countryIso2('')", "null");
        row("countryIso3('US')", "\"USA\"");
        row("countryName('SE')", "\"Sweden\"");
        row("phone('(215) 555-0142', 'US')", "\"+12155550142\"");
        row("phone('215.555.0142 x12', 'US')", "\"+12155550142\"");
        row("phone('1-215-555-0142', 'United States')", "\"+12155550142\"");
        row("phone('031-123 45 67', 'SE')", "\"+46311234567\"");
        row("phone('0046 31 123 45 67')", "\"+46311234567\"");
        row("phone('+44 20 7946 0958', 'US')", "\"+442079460958\"");
        row("phone('555-0142', 'US')", "\"5550142\"");
        row("phone('')", "null");
        row("postalCode('2134', 'US')", "\"02134\"");
        row("postalCode('191071234', 'US')", "\"19107-1234\"");
        row("postalCode('m5h2n2', 'CA')", "\"M5H 2N2\"");
        row("postalCode('sw1a1aa', 'GB')", "\"SW1A 1AA\"");
        row("postalCode('41101', 'Sweden')", "\"411 01\"");
        row("postalCode('1234ab', 'NL')", "\"1234 AB\"");
        row("postalCode(' 8001 ', 'CH')", "\"8001\"");
        row("stateCode('New York')", "\"NY\"");
        row("stateCode('Ontario', 'CA')", "\"ON\"");
        row("stateCode('pa')", "\"PA\"");
    }

    void evaluates()
    {
        QFETCH(QString, expr);
        QFETCH(QString, expected);
        auto r = run(expr);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        const QJsonValue want = json(expected.toUtf8().constData());
        QVERIFY2(same(r.value(), want),
                 qPrintable(QStringLiteral("%1 gave %2, expected %3").arg(expr, show(r.value()), expected)));
    }

    // Every function of the library appears in at least one row above.
    void everyFunctionIsTested()
    {
        QStringList missing;
        for (const FunctionSpec *f : allFunctions()) {
            const QString n = QLatin1String(f->name);
            if (!covered().contains(n) && n != QLatin1String("map") && n != QLatin1String("lookup") &&
                n != QLatin1String("error"))
                missing << n;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("functions without a test row: ") +
                                               missing.join(QStringLiteral(", "))));
        QVERIFY(allFunctions().size() >= 70);
    }

    void everyFunctionIsDocumented()
    {
        for (const FunctionSpec *f : allFunctions()) {
            QVERIFY2(qstrlen(f->summary) > 10, f->name);
            QVERIFY2(QByteArray(f->signature).startsWith(f->name), f->name);
            QVERIFY2(qstrlen(f->example) > 0, f->name);
        }
    }

    void failures_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<QString>("message"); // part of the error message
        QTest::newRow("unknown function") << "frobnicate($.A)"
                                          << "unknown function 'frobnicate'";
        QTest::newRow("arity") << "substring('a')"
                               << "substring() takes 2 to 3 argument(s), got 1";
        QTest::newRow("bad regex") << "matches('a', '(')"
                                   << "bad regular expression";
        QTest::newRow("unterminated") << "concat('a"
                                      << "unterminated string";
        QTest::newRow("bare word") << "upper(hello)"
                                   << "unknown name 'hello'";
        QTest::newRow("bad root") << "$foo.A"
                                  << "unknown path root '$foo'";
        QTest::newRow("trailing") << "1 2"
                                  << "unexpected '2'";
        QTest::newRow("not a number") << "number('abc')"
                                      << "'abc' is not a number";
        QTest::newRow("arith text") << "'abc' + 1"
                                    << "'+' needs numbers";
        QTest::newRow("division by zero") << "1 / $.Zero"
                                          << "division by zero";
        QTest::newRow("round text") << "round('x', 2)"
                                    << "value must be a number";
        QTest::newRow("unknown country") << "countryIso2('Atlantis')"
                                         << "unknown country 'Atlantis'";
        QTest::newRow("bad date") << "m3Date('yesterday-ish')"
                                  << "cannot read 'yesterday-ish' as a date";
        QTest::newRow("bad m3 date") << "fromM3Date('2026-13')"
                                     << "is not an M3 date";
        QTest::newRow("bad zone") << "m3Date('2016-03-16T14:42:46', 'Mars/Olympus', 'UTC')"
                                  << "unknown time zone 'Mars/Olympus'";
        QTest::newRow("pad side") << "pad('a', 3, ' ', 'middle')"
                                  << "side must be 'left' or 'right'";
        QTest::newRow("split empty separator") << "split('a', '')"
                                               << "the separator is empty";
        QTest::newRow("sum of text") << "sum(['a'])"
                                     << "is not a number";
        QTest::newRow("error()") << "if(isEmpty($.Empty), error('no e-mail'), 1)"
                                 << "no e-mail";
        QTest::newRow("@ outside a group") << "@.Qty"
                                           << "outside a group";
    }

    void failures()
    {
        QFETCH(QString, expr);
        QFETCH(QString, message);
        auto r = run(expr);
        QVERIFY2(!r.ok(), qPrintable(expr + QStringLiteral(" should fail")));
        QCOMPARE(r.error().errorClass, ErrorClass::Data);
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    }

    void pipesAreCalls()
    {
        auto a = run(QStringLiteral("$.BillingLastName | trim | upper"));
        auto b = run(QStringLiteral("upper(trim($.BillingLastName))"));
        M3_VERIFY_OK(a);
        QCOMPARE(a.value(), b.value());
        QCOMPARE(a.value().toString(), QStringLiteral("DOE"));
    }

    void valueHelpers()
    {
        QCOMPARE(formatNumber(21.990000000000002), QStringLiteral("21.99"));
        QCOMPARE(formatNumber(1e15), QStringLiteral("1000000000000000"));
        QCOMPARE(formatNumber(2.5, 0), QStringLiteral("3"));
        QVERIFY(!toNumber(QJsonValue(QStringLiteral("12a"))));
        QVERIFY(isEmptyValue(QJsonValue(QJsonArray())));
        QVERIFY(valuesEqual(QJsonValue(QStringLiteral("5.0")), QJsonValue(5)));
    }
};

QTEST_GUILESS_MAIN(TstMappingFunctions)
#include "tst_mapping_functions.moc"
