#include "mapping_suggester.h"

#include "compiled_mapping.h"
#include "expression.h"
#include "mi_catalogue.h"
#include "value_utils.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace m3cart::mapping {

namespace {

// Words of a field name or description: CamelCase and separators split, lower case, a few normalised.
QStringList words(const QString &text)
{
    QString spaced;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (i > 0 && c.isUpper() && text.at(i - 1).isLower())
            spaced += QLatin1Char(' ');
        spaced += c.isLetterOrNumber() ? c : QLatin1Char(' ');
    }
    static const QHash<QString, QString> norm{{QStringLiteral("mail"), QStringLiteral("email")},
                                              {QStringLiteral("zip"), QStringLiteral("postal")},
                                              {QStringLiteral("zipcode"), QStringLiteral("postal")},
                                              {QStringLiteral("qty"), QStringLiteral("quantity")},
                                              {QStringLiteral("no"), QStringLiteral("number")},
                                              {QStringLiteral("nr"), QStringLiteral("number")},
                                              {QStringLiteral("addr"), QStringLiteral("address")},
                                              {QStringLiteral("telephone"), QStringLiteral("phone")},
                                              {QStringLiteral("town"), QStringLiteral("city")},
                                              {QStringLiteral("salesprice"), QStringLiteral("price")},
                                              {QStringLiteral("amt"), QStringLiteral("amount")},
                                              {QStringLiteral("desc"), QStringLiteral("description")},
                                              {QStringLiteral("ordered"), QStringLiteral("quantity")},
                                              {QStringLiteral("area"), QStringLiteral("state")}};
    QStringList out;
    for (QString w : spaced.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (w == QLatin1String("e") || w == QLatin1String("of") || w == QLatin1String("the") ||
            w == QLatin1String("1"))
            continue;
        if (w.size() > 4 && w.endsWith(QLatin1Char('s')) && !w.endsWith(QLatin1String("ss")))
            w.chop(1);
        w = norm.value(w, w);
        if (!out.contains(w))
            out << w;
    }
    return out;
}

// Similarity of two word sets; words that say little on their own ("number", "customer") do not count.
double dice(const QStringList &a, const QStringList &b)
{
    static const QSet<QString> generic{QStringLiteral("number"),   QStringLiteral("id"),
                                       QStringLiteral("type"),     QStringLiteral("code"),
                                       QStringLiteral("customer"), QStringLiteral("order")};
    if (a.isEmpty() || b.isEmpty())
        return 0;
    int common = 0;
    for (const QString &w : a)
        if (b.contains(w) && !generic.contains(w))
            ++common;
    return 2.0 * common / double(a.size() + b.size());
}

// Known synonyms: target field -> source words that mean it (strong evidence).
const QHash<QString, QStringList> &synonyms()
{
    static const QHash<QString, QStringList> s{
        {QStringLiteral("MAIL"), {QStringLiteral("email")}},
        {QStringLiteral("EMAL"), {QStringLiteral("email")}},
        {QStringLiteral("SAPR"), {QStringLiteral("price"), QStringLiteral("unitprice")}},
        {QStringLiteral("ORQT"), {QStringLiteral("quantity")}},
        {QStringLiteral("ITNO"), {QStringLiteral("sku"), QStringLiteral("itemid"), QStringLiteral("item")}},
        {QStringLiteral("CUNM"), {QStringLiteral("company"), QStringLiteral("name")}},
        {QStringLiteral("CUA1"), {QStringLiteral("address"), QStringLiteral("address1")}},
        {QStringLiteral("CUA2"), {QStringLiteral("address2")}},
        {QStringLiteral("TOWN"), {QStringLiteral("city")}},
        {QStringLiteral("PONO"), {QStringLiteral("postal")}},
        {QStringLiteral("CSCD"), {QStringLiteral("country")}},
        {QStringLiteral("ECAR"), {QStringLiteral("state")}},
        {QStringLiteral("PHNO"), {QStringLiteral("phone")}},
        {QStringLiteral("CUOR"),
         {QStringLiteral("invoicenumber"), QStringLiteral("invoice"), QStringLiteral("orderid")}},
        {QStringLiteral("ORDT"), {QStringLiteral("orderdate")}},
        {QStringLiteral("CUDT"), {QStringLiteral("orderdate")}},
        {QStringLiteral("CUCD"), {QStringLiteral("currency")}},
        {QStringLiteral("CUNO"), {QStringLiteral("customerid"), QStringLiteral("customer")}},
        {QStringLiteral("ITDS"),
         {QStringLiteral("itemdescription"), QStringLiteral("description"), QStringLiteral("name")}},
        {QStringLiteral("WHLO"), {QStringLiteral("warehouse")}},
        {QStringLiteral("OTBA"), {QStringLiteral("discount")}},
        {QStringLiteral("YREF"), {QStringLiteral("reference")}},
        {QStringLiteral("PYAM"), {QStringLiteral("amount")}},
        {QStringLiteral("Stock"),
         {QStringLiteral("av01"), QStringLiteral("allocatable"), QStringLiteral("stqt")}},
        {QStringLiteral("Price"), {QStringLiteral("sapr"), QStringLiteral("salesprice")}},
        {QStringLiteral("Name"), {QStringLiteral("itds")}},
        {QStringLiteral("SKU"), {QStringLiteral("itno")}},
        {QStringLiteral("ShipmentTrackingCode"), {QStringLiteral("etrn"), QStringLiteral("tracking")}},
        {QStringLiteral("ShipmentShippedDate"), {QStringLiteral("dsdt"), QStringLiteral("departure")}},
    };
    return s;
}

enum class Pattern { None, Email, Country, Date, Money, Phone, Postal, Html, Integer };

Pattern patternOf(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == std::floor(d) ? Pattern::Integer : Pattern::Money;
    }
    if (!v.isString())
        return Pattern::None;
    const QString s = v.toString().trimmed();
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$"));
    static const QRegularExpression date(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?|\\d{1,2}/\\d{1,2}/\\d{4}.*|\\d{8})$"));
    static const QRegularExpression phone(QStringLiteral("^\\+?[\\d\\s().-]{7,20}$"));
    static const QRegularExpression postal(
        QStringLiteral("^(\\d{5}(-\\d{4})?|[A-Z]\\d[A-Z] ?\\d[A-Z]\\d|[A-Z]{1,2}\\d[A-Z\\d]? "
                       "?\\d[A-Z]{2}|\\d{3} ?\\d{2}|\\d{4} ?[A-Z]{2})$"));
    static const QRegularExpression money(QStringLiteral("^-?\\d+\\.\\d{2}$"));
    static const QRegularExpression html(QStringLiteral("<[a-zA-Z/][^>]*>|&[a-z]+;"));
    if (email.match(s).hasMatch())
        return Pattern::Email;
    if (date.match(s).hasMatch() &&
        (s.size() != 8 || s.startsWith(QLatin1String("19")) || s.startsWith(QLatin1String("20"))))
        return Pattern::Date;
    if (s.size() == 2 && s.at(0).isUpper() && s.at(1).isUpper())
        return Pattern::Country;
    if (html.match(s).hasMatch())
        return Pattern::Html;
    if (money.match(s).hasMatch())
        return Pattern::Money;
    if (postal.match(s).hasMatch())
        return Pattern::Postal;
    if (phone.match(s).hasMatch() && s.count(QRegularExpression(QStringLiteral("\\d"))) >= 7)
        return Pattern::Phone;
    return Pattern::None;
}

struct Leaf
{
    QString path; // "$.BillingEmail" or "@.ItemID"
    QString name; // last key
    QString description;
    QJsonValue sample;
    bool inGroup = false;
};

void collect(const QJsonObject &o, const QString &prefix, bool inGroup, QList<Leaf> *out)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isObject()) {
            collect(v.toObject(), prefix + QLatin1Char('.') + it.key(), inGroup, out);
        } else if (!v.isArray()) {
            out->append(Leaf{prefix + QLatin1Char('.') + it.key(), it.key(), {}, v, inGroup});
        }
    }
}

} // namespace

QJsonObject SuggestionSet::toJson() const
{
    QJsonArray arr;
    for (const Suggestion &s : suggestions)
        arr << QJsonObject{{QStringLiteral("target"), s.targetField},
                           {QStringLiteral("targetDescription"), s.targetDescription},
                           {QStringLiteral("mandatory"), s.mandatory},
                           {QStringLiteral("source"), s.sourcePath},
                           {QStringLiteral("expr"), s.expr},
                           {QStringLiteral("sample"), s.sampleValue},
                           {QStringLiteral("confidence"), std::round(s.confidence * 100) / 100},
                           {QStringLiteral("reason"), s.reason}};
    QJsonObject o{{QStringLiteral("target"), target.label()},
                  {QStringLiteral("suggestions"), arr},
                  {QStringLiteral("unmatchedMandatory"), QJsonArray::fromStringList(unmatchedMandatory)}};
    if (!foreach.isEmpty())
        o.insert(QStringLiteral("foreach"), foreach);
    return o;
}

MappingDocument SuggestionSet::draft(const QString &name, const QString &sourceKind,
                                     double minConfidence) const
{
    MappingDocument d;
    d.name = name;
    d.sourceKind = sourceKind;
    d.description = QStringLiteral("Drafted by the mapping assistant; review every rule.");
    SectionDef s;
    s.id = QStringLiteral("main");
    s.target = target;
    s.foreach = foreach;
    for (const Suggestion &g : suggestions) {
        if (g.confidence < minConfidence)
            continue;
        RuleDef r;
        r.id = QStringLiteral("main.") + g.targetField.toLower();
        r.target = g.targetField;
        r.expr = g.expr;
        r.note = g.reason;
        s.rules << r;
    }
    d.sections << s;
    return d;
}

MappingSuggester::MappingSuggester(std::shared_ptr<const TargetSchema> schema)
    : m_schema(schema ? std::move(schema) : TargetSchema::builtIn())
{
}

Result<SuggestionSet> MappingSuggester::suggest(const QJsonValue &sample, const TargetRef &target,
                                                const QString &sourceKind) const
{
    const FieldSet *fields = m_schema->targetFields(target);
    if (!fields)
        return Error::data(QStringLiteral("unknown target %1").arg(target.label()));
    QJsonObject root = sample.toObject();
    if (sample.isArray() && !sample.toArray().isEmpty()) // a webhook body: [ {order} ]
        root = sample.toArray().first().toObject();
    if (root.isEmpty())
        return Error::data(
            QStringLiteral("the source sample must be a JSON object (or an array holding one)"));

    SuggestionSet set;
    set.target = target;
    // Line-level targets (ORQT, SAPR, ITNO ...) fit the elements of the largest list of objects.
    QString groupKey;
    qsizetype groupSize = 0;
    for (auto it = root.begin(); it != root.end(); ++it)
        if (it.value().isArray() && !it.value().toArray().isEmpty() &&
            it.value().toArray().first().isObject() && it.value().toArray().size() >= groupSize) {
            groupKey = it.key();
            groupSize = it.value().toArray().size();
        }
    const bool lineTarget = fields->field(QStringLiteral("ORQT")) || fields->field(QStringLiteral("PYAM"));
    QList<Leaf> leaves;
    collect(root, QStringLiteral("$"), false, &leaves);
    if (lineTarget && !groupKey.isEmpty()) {
        set.foreach = QStringLiteral("$.") + groupKey;
        collect(root.value(groupKey).toArray().first().toObject(), QStringLiteral("@"), true, &leaves);
    }
    // Descriptions of source fields from the schema (M3 sources have MI descriptions).
    for (Leaf &l : leaves) {
        if (sourceKind.isEmpty())
            break;
        QString p = l.path;
        if (l.inGroup)
            p = QStringLiteral("$.") + groupKey + QStringLiteral("[*]") + p.mid(1);
        auto node = parsePath(p);
        if (!node)
            continue;
        const auto info = m_schema->checkSourcePath(sourceKind, node.value()->steps);
        if (info.spec)
            l.description = info.spec->description;
    }

    QSet<QString> usedSources;
    for (const FieldSpec &f : fields->fields) {
        if (f.kind == FieldKind::Object || f.kind == FieldKind::Array)
            continue;
        const QStringList targetWords = words(f.description) + words(f.name);
        const QStringList syn = synonyms().value(f.name);
        Suggestion best;
        for (const Leaf &l : leaves) {
            const QStringList srcWords = words(l.name) + words(l.description);
            QStringList reasons;
            double score = 0;
            const double sim =
                std::max(dice(words(l.name), words(f.description)), dice(srcWords, targetWords));
            if (sim > 0) {
                score = 0.55 * sim;
                reasons << QStringLiteral("name '%1' resembles '%2'")
                               .arg(l.name, f.description.isEmpty() ? f.name : f.description);
            }
            if (l.name.compare(f.name, Qt::CaseInsensitive) == 0) {
                score = std::max(score, 0.8);
                reasons << QStringLiteral("same field name");
            }
            // Synonyms: the whole name ("ItemID" = itemid) is strong evidence, one word of it weaker.
            double synScore = 0;
            QString synWord;
            const QString joined = words(l.name).join(QString());
            for (const QString &s : syn) {
                const double q = (joined == s || joined.endsWith(s)) ? 0.85
                                 : srcWords.contains(s)              ? 0.65
                                                                     : 0.0;
                if (q > synScore) {
                    synScore = q;
                    synWord = s;
                }
            }
            if (synScore > 0) {
                score = std::max(score, synScore);
                reasons << QStringLiteral("known synonym: %1 -> %2").arg(synWord, f.name);
            }
            const Pattern p = patternOf(l.sample);
            const bool numeric = f.kind == FieldKind::Number || f.kind == FieldKind::Integer;
            auto bonus = [&](bool fits, const QString &what) {
                if (fits) {
                    score += 0.2;
                    reasons << QStringLiteral("value looks like %1").arg(what);
                }
            };
            switch (p) {
            case Pattern::Email:
                bonus(targetWords.contains(QStringLiteral("email")), QStringLiteral("an e-mail address"));
                break;
            case Pattern::Country:
                bonus(targetWords.contains(QStringLiteral("country")), QStringLiteral("an ISO country code"));
                break;
            case Pattern::Date:
                bonus(f.kind == FieldKind::Date, QStringLiteral("a date"));
                break;
            case Pattern::Money:
                bonus(numeric && (targetWords.contains(QStringLiteral("price")) ||
                                  targetWords.contains(QStringLiteral("amount")) ||
                                  targetWords.contains(QStringLiteral("discount"))),
                      QStringLiteral("money"));
                break;
            case Pattern::Phone:
                bonus(targetWords.contains(QStringLiteral("phone")), QStringLiteral("a phone number"));
                break;
            case Pattern::Postal:
                bonus(targetWords.contains(QStringLiteral("postal")), QStringLiteral("a postal code"));
                break;
            default:
                break;
            }
            if (numeric && l.sample.isString() && !toNumber(l.sample) && !l.sample.toString().isEmpty()) {
                score *= 0.3;
                reasons << QStringLiteral("but the value is not a number");
            }
            if (f.kind == FieldKind::Date && p != Pattern::Date && !l.sample.isNull())
                score *= 0.5;
            if (usedSources.contains(l.path))
                score *= 0.8;
            if (!set.foreach.isEmpty() && !l.inGroup)
                score *= 0.6; // line fields come from the line
            if (isEmptyValue(l.sample) || (l.sample.isString() && l.sample.toString().trimmed().isEmpty()))
                score *= 0.9; // an empty sample shows nothing
            score = std::min(score, 0.99);
            if (score > best.confidence) {
                best.confidence = std::min(score, 0.99);
                best.sourcePath = l.path;
                best.sampleValue = l.sample;
                best.reason = reasons.join(QStringLiteral("; "));
            }
        }
        if (best.confidence < 0.35) {
            if (f.mandatory)
                set.unmatchedMandatory << f.name;
            continue;
        }
        best.targetField = f.name;
        best.targetDescription = f.description;
        best.mandatory = f.mandatory;
        usedSources.insert(best.sourcePath);
        // The conversion the target needs.
        const Pattern p = patternOf(best.sampleValue);
        const QString src = best.sourcePath;
        if (f.kind == FieldKind::Date && target.system == TargetRef::System::M3)
            best.expr = QStringLiteral("m3Date(%1)").arg(src);
        else if (p == Pattern::Email)
            best.expr = QStringLiteral("lower(trim(%1))").arg(src);
        else if (p == Pattern::Country)
            best.expr = QStringLiteral("countryIso2(%1)").arg(src);
        else if (p == Pattern::Phone && targetWords.contains(QStringLiteral("phone")))
            best.expr = QStringLiteral("phone(%1)").arg(src);
        else if (p == Pattern::Html)
            best.expr = f.maxLength > 0
                            ? QStringLiteral("truncate(stripHtml(%1), %2)").arg(src).arg(f.maxLength)
                            : QStringLiteral("stripHtml(%1)").arg(src);
        else if (best.sampleValue.isString() && f.maxLength > 0 &&
                 best.sampleValue.toString().trimmed().size() > f.maxLength / 2)
            best.expr = QStringLiteral("truncate(trim(%1), %2)").arg(src).arg(f.maxLength);
        else if (best.sampleValue.isString() && (f.kind == FieldKind::Text || f.kind == FieldKind::Unknown))
            best.expr = QStringLiteral("trim(%1)").arg(src);
        else
            best.expr = src;
        set.suggestions << best;
    }
    std::stable_sort(set.suggestions.begin(), set.suggestions.end(),
                     [](const Suggestion &a, const Suggestion &b) {
                         if (a.mandatory != b.mandatory)
                             return a.mandatory;
                         return a.confidence > b.confidence;
                     });
    return set;
}

} // namespace m3cart::mapping
