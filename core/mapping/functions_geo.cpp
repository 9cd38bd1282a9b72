// Geo functions: countries (name / ISO2 / ISO3), phone numbers, postal codes, US/CA state codes.

#include "functions_geo_data.h"
#include "functions_internal.h"

#include <QHash>

namespace m3cart::mapping::functions {

namespace {

QString fold(const QString &in)
{
    QString s = in.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    for (QChar c : s) {
        if (c.category() == QChar::Mark_NonSpacing || c == QLatin1Char('.'))
            continue;
        out += c.isLetterOrNumber() ? c : QLatin1Char(' ');
    }
    out = out.simplified();
    if (out.startsWith(QLatin1String("the ")))
        out = out.mid(4);
    return out;
}

struct CountryIndex
{
    QHash<QString, int> byKey;
    CountryIndex()
    {
        const auto cs = geo::countries();
        for (int i = 0; i < int(cs.size()); ++i) {
            byKey.insert(QString::fromLatin1(cs[i].iso2).toLower(), i);
            byKey.insert(QString::fromLatin1(cs[i].iso3).toLower(), i);
            byKey.insert(fold(QString::fromUtf8(cs[i].name)), i);
            if (*cs[i].officialName)
                byKey.insert(fold(QString::fromUtf8(cs[i].officialName)), i);
        }
        static const std::pair<const char *, const char *> aliases[] = {{"usa", "US"},
                                                                        {"united states of america", "US"},
                                                                        {"america", "US"},
                                                                        {"us of a", "US"},
                                                                        {"uk", "GB"},
                                                                        {"great britain", "GB"},
                                                                        {"britain", "GB"},
                                                                        {"england", "GB"},
                                                                        {"scotland", "GB"},
                                                                        {"wales", "GB"},
                                                                        {"northern ireland", "GB"},
                                                                        {"holland", "NL"},
                                                                        {"deutschland", "DE"},
                                                                        {"sverige", "SE"},
                                                                        {"norge", "NO"},
                                                                        {"danmark", "DK"},
                                                                        {"suomi", "FI"},
                                                                        {"espana", "ES"},
                                                                        {"osterreich", "AT"},
                                                                        {"schweiz", "CH"},
                                                                        {"suisse", "CH"},
                                                                        {"russia", "RU"},
                                                                        {"south korea", "KR"},
                                                                        {"korea", "KR"},
                                                                        {"vietnam", "VN"},
                                                                        {"czech republic", "CZ"},
                                                                        {"ivory coast", "CI"},
                                                                        {"uae", "AE"},
                                                                        {"puerto rico", "PR"},
                                                                        {"iran", "IR"},
                                                                        {"syria", "SY"},
                                                                        {"bolivia", "BO"},
                                                                        {"venezuela", "VE"},
                                                                        {"tanzania", "TZ"},
                                                                        {"moldova", "MD"},
                                                                        {"laos", "LA"},
                                                                        {"macedonia", "MK"}};
        for (const auto &[alias, iso2] : aliases)
            byKey.insert(QLatin1String(alias), byKey.value(QString::fromLatin1(iso2).toLower()));
    }
};

const geo::Country *findCountry(const QString &text)
{
    static const CountryIndex index;
    // Fast path for what 3dcart usually sends: a 2- or 3-letter code.
    const QString t = text.trimmed();
    if (t.size() >= 2 && t.size() <= 3) {
        bool letters = true;
        for (QChar c : t)
            letters = letters && c.unicode() < 128 && c.isLetter();
        if (letters) {
            const auto it = index.byKey.constFind(t.toLower());
            if (it != index.byKey.cend())
                return &geo::countries()[size_t(*it)];
        }
    }
    const QString key = fold(t);
    if (key.isEmpty())
        return nullptr;
    const auto it = index.byKey.constFind(key);
    return it == index.byKey.cend() ? nullptr : &geo::countries()[size_t(*it)];
}

Result<QJsonValue> countryImpl(const FnCall &c, int which)
{
    const QString in = toText(c.arg(0)).trimmed();
    if (in.isEmpty())
        return QJsonValue(QJsonValue::Null);
    const geo::Country *k = findCountry(in);
    if (!k)
        return argError(c, QStringLiteral("unknown country '%1'").arg(in));
    return text(QString::fromUtf8(which == 2 ? k->iso2 : which == 3 ? k->iso3 : k->name));
}
Result<QJsonValue> fIso2(const FnCall &c)
{
    return countryImpl(c, 2);
}
Result<QJsonValue> fIso3(const FnCall &c)
{
    return countryImpl(c, 3);
}
Result<QJsonValue> fCountryName(const FnCall &c)
{
    return countryImpl(c, 0);
}

QString callingCode(const QString &countryText)
{
    static const QHash<QString, QString> codes = [] {
        QHash<QString, QString> h;
        static const char *const table[][2] = {
            {"US", "1"},   {"CA", "1"},   {"PR", "1"},   {"GB", "44"},  {"IE", "353"}, {"SE", "46"},
            {"NO", "47"},  {"DK", "45"},  {"FI", "358"}, {"IS", "354"}, {"DE", "49"},  {"AT", "43"},
            {"CH", "41"},  {"FR", "33"},  {"BE", "32"},  {"NL", "31"},  {"LU", "352"}, {"ES", "34"},
            {"PT", "351"}, {"IT", "39"},  {"GR", "30"},  {"PL", "48"},  {"CZ", "420"}, {"SK", "421"},
            {"HU", "36"},  {"RO", "40"},  {"BG", "359"}, {"HR", "385"}, {"SI", "386"}, {"EE", "372"},
            {"LV", "371"}, {"LT", "370"}, {"TR", "90"},  {"RU", "7"},   {"UA", "380"}, {"IL", "972"},
            {"AE", "971"}, {"SA", "966"}, {"IN", "91"},  {"CN", "86"},  {"JP", "81"},  {"KR", "82"},
            {"TW", "886"}, {"HK", "852"}, {"SG", "65"},  {"MY", "60"},  {"TH", "66"},  {"PH", "63"},
            {"ID", "62"},  {"VN", "84"},  {"AU", "61"},  {"NZ", "64"},  {"ZA", "27"},  {"EG", "20"},
            {"NG", "234"}, {"KE", "254"}, {"MX", "52"},  {"BR", "55"},  {"AR", "54"},  {"CL", "56"},
            {"CO", "57"},  {"PE", "51"}};
        for (const auto &row : table)
            h.insert(QLatin1String(row[0]), QLatin1String(row[1]));
        return h;
    }();
    const geo::Country *k = findCountry(countryText);
    return k ? codes.value(QLatin1String(k->iso2)) : QString();
}

Result<QJsonValue> fPhone(const FnCall &c)
{
    QString s = toText(c.arg(0)).trimmed();
    // Drop an extension: "555-1234 x12", "ext. 12".
    static const QRegularExpression ext(QStringLiteral("\\s*(x|ext\\.?|extension)\\s*\\d+\\s*$"),
                                        QRegularExpression::CaseInsensitiveOption);
    s.remove(ext);
    const bool plus = s.startsWith(QLatin1Char('+'));
    QString digits;
    for (QChar ch : s)
        if (ch.isDigit())
            digits += ch;
    if (digits.isEmpty())
        return QJsonValue(QJsonValue::Null);
    if (plus)
        return text(QLatin1Char('+') + digits);
    if (digits.startsWith(QLatin1String("00")))
        return text(QLatin1Char('+') + digits.mid(2));
    const QString cc = callingCode(toText(c.arg(1)));
    if (cc.isEmpty())
        return text(digits);
    if (cc == QLatin1String("1")) {
        if (digits.size() == 11 && digits.startsWith(QLatin1Char('1')))
            return text(QLatin1Char('+') + digits);
        if (digits.size() == 10)
            return text(QStringLiteral("+1") + digits);
        return text(digits); // not a full NANP number: leave it as dialled
    }
    if (digits.startsWith(cc) && digits.size() > 8 + cc.size() - 1)
        return text(QLatin1Char('+') + digits);
    if (digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1); // trunk prefix
    return text(QLatin1Char('+') + cc + digits);
}

Result<QJsonValue> fPostalCode(const FnCall &c)
{
    QString s = toText(c.arg(0)).trimmed().toUpper().simplified();
    if (s.isEmpty())
        return QJsonValue(QJsonValue::Null);
    const geo::Country *k = findCountry(toText(c.arg(1)));
    const QString iso = k ? QLatin1String(k->iso2) : QString();
    QString compact = s;
    compact.remove(QLatin1Char(' '));
    auto onlyDigits = [](const QString &t) {
        QString d;
        for (QChar ch : t)
            if (ch.isDigit())
                d += ch;
        return d;
    };
    if (iso == QLatin1String("US")) {
        const QString d = onlyDigits(s);
        if (d.size() == 9)
            return text(d.left(5) + QLatin1Char('-') + d.mid(5));
        if (d.size() > 0 && d.size() <= 5) // leading zeros lost in a numeric column
            return text(d.rightJustified(5, QLatin1Char('0')));
        return text(s);
    }
    if (iso == QLatin1String("CA") && compact.size() == 6)
        return text(compact.left(3) + QLatin1Char(' ') + compact.mid(3));
    if (iso == QLatin1String("GB") && compact.size() >= 5 && compact.size() <= 7)
        return text(compact.left(compact.size() - 3) + QLatin1Char(' ') + compact.right(3));
    if (iso == QLatin1String("NL") && compact.size() == 6)
        return text(compact.left(4) + QLatin1Char(' ') + compact.mid(4));
    if ((iso == QLatin1String("SE") || iso == QLatin1String("CZ") || iso == QLatin1String("SK") ||
         iso == QLatin1String("GR")) &&
        onlyDigits(compact).size() == 5)
        return text(compact.left(3) + QLatin1Char(' ') + compact.mid(3));
    if ((iso == QLatin1String("DE") || iso == QLatin1String("FR") || iso == QLatin1String("IT") ||
         iso == QLatin1String("ES")) &&
        onlyDigits(s) == compact && compact.size() < 5)
        return text(compact.rightJustified(5, QLatin1Char('0')));
    if (iso == QLatin1String("PL") && compact.size() == 5 && onlyDigits(compact) == compact)
        return text(compact.left(2) + QLatin1Char('-') + compact.mid(2));
    return text(s);
}

Result<QJsonValue> fStateCode(const FnCall &c)
{
    static const QHash<QString, QString> states = [] {
        static const char *const table[][2] = {{"alabama", "AL"},
                                               {"alaska", "AK"},
                                               {"arizona", "AZ"},
                                               {"arkansas", "AR"},
                                               {"california", "CA"},
                                               {"colorado", "CO"},
                                               {"connecticut", "CT"},
                                               {"delaware", "DE"},
                                               {"district of columbia", "DC"},
                                               {"florida", "FL"},
                                               {"georgia", "GA"},
                                               {"hawaii", "HI"},
                                               {"idaho", "ID"},
                                               {"illinois", "IL"},
                                               {"indiana", "IN"},
                                               {"iowa", "IA"},
                                               {"kansas", "KS"},
                                               {"kentucky", "KY"},
                                               {"louisiana", "LA"},
                                               {"maine", "ME"},
                                               {"maryland", "MD"},
                                               {"massachusetts", "MA"},
                                               {"michigan", "MI"},
                                               {"minnesota", "MN"},
                                               {"mississippi", "MS"},
                                               {"missouri", "MO"},
                                               {"montana", "MT"},
                                               {"nebraska", "NE"},
                                               {"nevada", "NV"},
                                               {"new hampshire", "NH"},
                                               {"new jersey", "NJ"},
                                               {"new mexico", "NM"},
                                               {"new york", "NY"},
                                               {"north carolina", "NC"},
                                               {"north dakota", "ND"},
                                               {"ohio", "OH"},
                                               {"oklahoma", "OK"},
                                               {"oregon", "OR"},
                                               {"pennsylvania", "PA"},
                                               {"rhode island", "RI"},
                                               {"south carolina", "SC"},
                                               {"south dakota", "SD"},
                                               {"tennessee", "TN"},
                                               {"texas", "TX"},
                                               {"utah", "UT"},
                                               {"vermont", "VT"},
                                               {"virginia", "VA"},
                                               {"washington", "WA"},
                                               {"west virginia", "WV"},
                                               {"wisconsin", "WI"},
                                               {"wyoming", "WY"},
                                               {"puerto rico", "PR"},
                                               {"guam", "GU"},
                                               {"virgin islands", "VI"},
                                               {"alberta", "AB"},
                                               {"british columbia", "BC"},
                                               {"manitoba", "MB"},
                                               {"new brunswick", "NB"},
                                               {"newfoundland and labrador", "NL"},
                                               {"nova scotia", "NS"},
                                               {"ontario", "ON"},
                                               {"prince edward island", "PE"},
                                               {"quebec", "QC"},
                                               {"saskatchewan", "SK"},
                                               {"northwest territories", "NT"},
                                               {"nunavut", "NU"},
                                               {"yukon", "YT"}};
        QHash<QString, QString> h;
        for (const auto &row : table)
            h.insert(QLatin1String(row[0]), QLatin1String(row[1]));
        return h;
    }();
    const QString s = toText(c.arg(0)).trimmed();
    if (s.isEmpty())
        return QJsonValue(QJsonValue::Null);
    if (s.size() <= 3)
        return text(s.toUpper());
    const QString code = states.value(fold(s));
    return text(code.isEmpty() ? s.toUpper() : code);
}

const FunctionSpec kGeo[] = {
    {"countryIso2", 1, 1, ValueType::Text, "T", fIso2, "geo", "countryIso2(country)",
     "ISO 3166 alpha-2 from a code or an English/local name ('USA', 'United States', 'Sverige'); unknown is "
     "an error.",
     "countryIso2('United Kingdom') = 'GB'"},
    {"countryIso3", 1, 1, ValueType::Text, "T", fIso3, "geo", "countryIso3(country)", "ISO 3166 alpha-3.",
     "countryIso3('US') = 'USA'"},
    {"countryName", 1, 1, ValueType::Text, "T", fCountryName, "geo", "countryName(country)",
     "English short name.", "countryName('SE') = 'Sweden'"},
    {"phone", 1, 2, ValueType::Text, "TT", fPhone, "geo", "phone(text, [country])",
     "E.164-style '+<country code><number>': keeps '+', turns 00 into +, drops a trunk 0 and an extension.",
     "phone('(555) 123-4567', 'US') = '+15551234567'"},
    {"postalCode", 1, 2, ValueType::Text, "TT", fPostalCode, "geo", "postalCode(text, [country])",
     "Upper case, country format: US 12345 / 12345-6789 (restores lost leading zeros), CA 'K1A 0B1', GB "
     "'SW1A 1AA', NL '1234 AB', SE '123 45'.",
     "postalCode('2134', 'US') = '02134'"},
    {"stateCode", 1, 2, ValueType::Text, "TT", fStateCode, "geo", "stateCode(text, [country])",
     "US state / Canadian province code from a name; short codes are upper-cased.",
     "stateCode('New York') = 'NY'"},
};

} // namespace

std::span<const FunctionSpec> geoFunctions()
{
    return kGeo;
}

} // namespace m3cart::mapping::functions
