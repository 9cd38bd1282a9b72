// Text functions: trimming, case, slicing, padding, names, HTML, regexes.

#include "functions_internal.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace m3cart::mapping::functions {

namespace {

QString s0(const FnCall &c)
{
    return toText(c.arg(0));
}

Result<QJsonValue> fTrim(const FnCall &c)
{
    return text(s0(c).trimmed());
}
Result<QJsonValue> fUpper(const FnCall &c)
{
    return text(s0(c).toUpper());
}
Result<QJsonValue> fLower(const FnCall &c)
{
    return text(s0(c).toLower());
}

Result<QJsonValue> fCapitalize(const FnCall &c)
{
    QString s = s0(c).toLower();
    bool start = true;
    for (QChar &ch : s) {
        if (ch.isLetter()) {
            if (start)
                ch = ch.toUpper();
            start = false;
        } else {
            start = ch.isSpace() || ch == QLatin1Char('-') || ch == QLatin1Char('\'');
        }
    }
    return text(s);
}

Result<QJsonValue> fSubstring(const FnCall &c)
{
    const QString s = s0(c);
    auto start = numberArg(c, 1, "start");
    if (!start)
        return start.error();
    const qsizetype from = std::max<qsizetype>(0, qsizetype(*start));
    if (c.argc > 2 && !isEmptyValue(c.arg(2))) {
        auto len = numberArg(c, 2, "length");
        if (!len)
            return len.error();
        return text(s.mid(from, std::max<qsizetype>(0, qsizetype(*len))));
    }
    return text(s.mid(from));
}

Result<QJsonValue> fLeft(const FnCall &c)
{
    auto n = numberArg(c, 1, "length");
    if (!n)
        return n.error();
    return text(s0(c).left(std::max<qsizetype>(0, qsizetype(*n))));
}

Result<QJsonValue> fRight(const FnCall &c)
{
    auto n = numberArg(c, 1, "length");
    if (!n)
        return n.error();
    return text(s0(c).right(std::max<qsizetype>(0, qsizetype(*n))));
}

Result<QJsonValue> fConcat(const FnCall &c)
{
    QString s;
    for (int i = 0; i < c.argc; ++i)
        s += toText(c.args[i]);
    return text(s);
}

Result<QJsonValue> fJoin(const FnCall &c)
{
    const QString sep = c.argc > 1 ? toText(c.arg(1)) : QStringLiteral(" ");
    QStringList parts;
    const QJsonValue &v = c.arg(0);
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            if (!isEmptyValue(e))
                parts << toText(e);
    } else if (!isEmptyValue(v)) {
        parts << toText(v);
    }
    return text(parts.join(sep));
}

Result<QJsonValue> fJoinNonEmpty(const FnCall &c)
{
    // joinNonEmpty(sep, a, b, ...): trims each part, skips empty ones ("Suite 5" after "1 Main St").
    const QString sep = toText(c.arg(0));
    QStringList parts;
    for (int i = 1; i < c.argc; ++i) {
        const QString p = toText(c.args[i]).trimmed();
        if (!p.isEmpty())
            parts << p;
    }
    return text(parts.join(sep));
}

Result<QJsonValue> fSplit(const FnCall &c)
{
    const QString sep = toText(c.arg(1));
    if (sep.isEmpty())
        return argError(c, QStringLiteral("the separator is empty"));
    const QStringList parts = s0(c).split(sep);
    if (c.argc > 2) {
        int i = intArg(c, 2, 0);
        if (i < 0)
            i += int(parts.size());
        return text(i >= 0 && i < parts.size() ? parts.at(i) : QString());
    }
    return QJsonValue(QJsonArray::fromStringList(parts));
}

Result<QJsonValue> padImpl(const FnCall &c, bool leftDefault)
{
    const QString s = s0(c);
    auto len = numberArg(c, 1, "length");
    if (!len)
        return len.error();
    const QString fill = c.argc > 2 && !toText(c.arg(2)).isEmpty() ? toText(c.arg(2)) : QStringLiteral(" ");
    bool left = leftDefault;
    if (c.argc > 3) {
        const QString side = toText(c.arg(3)).toLower();
        if (side != QLatin1String("left") && side != QLatin1String("right"))
            return argError(c, QStringLiteral("side must be 'left' or 'right', got '%1'").arg(side));
        left = side == QLatin1String("left");
    }
    const qsizetype n = qsizetype(*len);
    if (s.size() >= n)
        return text(s);
    return text(left ? s.rightJustified(n, fill.at(0)) : s.leftJustified(n, fill.at(0)));
}
Result<QJsonValue> fPad(const FnCall &c)
{
    return padImpl(c, true);
}
Result<QJsonValue> fPadRight(const FnCall &c)
{
    return padImpl(c, false);
}

Result<QJsonValue> fReplace(const FnCall &c)
{
    QString s = s0(c);
    return text(s.replace(toText(c.arg(1)), toText(c.arg(2))));
}

QRegularExpression regexFor(const FnCall &c, int i)
{
    if (c.node && c.node->hasRegex)
        return c.node->regex;
    return QRegularExpression(toText(c.arg(i)));
}

Result<QJsonValue> fRegexReplace(const FnCall &c)
{
    const QRegularExpression re = regexFor(c, 1);
    if (!re.isValid())
        return argError(c, QStringLiteral("bad regular expression: %1").arg(re.errorString()));
    QString s = s0(c);
    return text(s.replace(re, toText(c.arg(2))));
}

Result<QJsonValue> fMatches(const FnCall &c)
{
    const QRegularExpression re = regexFor(c, 1);
    if (!re.isValid())
        return argError(c, QStringLiteral("bad regular expression: %1").arg(re.errorString()));
    return QJsonValue(re.match(s0(c)).hasMatch());
}

Result<QJsonValue> fExtract(const FnCall &c)
{
    // extract(text, pattern, [group=1]): the captured group, or '' when there is no match.
    const QRegularExpression re = regexFor(c, 1);
    if (!re.isValid())
        return argError(c, QStringLiteral("bad regular expression: %1").arg(re.errorString()));
    const auto m = re.match(s0(c));
    const int group = intArg(c, 2, re.captureCount() > 0 ? 1 : 0);
    return text(m.hasMatch() ? m.captured(group) : QString());
}

Result<QJsonValue> fContains(const FnCall &c)
{
    if (c.arg(0).isArray()) {
        for (const QJsonValue &e : c.arg(0).toArray())
            if (valuesEqual(e, c.arg(1)))
                return QJsonValue(true);
        return QJsonValue(false);
    }
    return QJsonValue(s0(c).contains(toText(c.arg(1)), Qt::CaseInsensitive));
}
Result<QJsonValue> fStartsWith(const FnCall &c)
{
    return QJsonValue(s0(c).startsWith(toText(c.arg(1))));
}
Result<QJsonValue> fEndsWith(const FnCall &c)
{
    return QJsonValue(s0(c).endsWith(toText(c.arg(1))));
}

Result<QJsonValue> fLength(const FnCall &c)
{
    if (c.arg(0).isArray())
        return num(double(c.arg(0).toArray().size()));
    return num(double(s0(c).size()));
}

Result<QJsonValue> fTruncate(const FnCall &c)
{
    auto n = numberArg(c, 1, "length");
    if (!n)
        return n.error();
    return text(s0(c).left(std::max<qsizetype>(0, qsizetype(*n))).trimmed());
}

Result<QJsonValue> fCollapse(const FnCall &c)
{
    return text(s0(c).simplified());
}

QString decodeEntities(const QString &in)
{
    static const std::pair<const char *, const char *> named[] = {
        {"nbsp", " "},        {"amp", "&"},         {"lt", "<"},          {"gt", ">"},
        {"quot", "\""},       {"apos", "'"},        {"reg", "\u00AE"},    {"copy", "\u00A9"},
        {"trade", "\u2122"},  {"ndash", "\u2013"},  {"mdash", "\u2014"},  {"deg", "\u00B0"},
        {"frac12", "\u00BD"}, {"hellip", "\u2026"}, {"rsquo", "\u2019"},  {"lsquo", "\u2018"},
        {"ldquo", "\u201C"},  {"rdquo", "\u201D"},  {"eacute", "\u00E9"}, {"uuml", "\u00FC"},
        {"ouml", "\u00F6"},   {"auml", "\u00E4"},   {"aring", "\u00E5"}};
    QString out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) == QLatin1Char('&')) {
            const qsizetype semi = in.indexOf(QLatin1Char(';'), i);
            if (semi > i && semi - i <= 10) {
                const QString name = in.mid(i + 1, semi - i - 1);
                QString rep;
                if (name.startsWith(QLatin1Char('#'))) {
                    bool okay = false;
                    const uint code = name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive)
                                          ? name.mid(2).toUInt(&okay, 16)
                                          : name.mid(1).toUInt(&okay, 10);
                    if (okay && code > 0 && code < 0x110000) {
                        const char32_t cp = char32_t(code);
                        rep = QString::fromUcs4(&cp, 1);
                    }
                } else {
                    for (const auto &[n, r] : named)
                        if (name == QLatin1String(n))
                            rep = QString::fromUtf8(r);
                }
                if (!rep.isEmpty()) {
                    out += rep;
                    i = semi;
                    continue;
                }
            }
        }
        out += in.at(i);
    }
    return out;
}

Result<QJsonValue> fStripHtml(const FnCall &c)
{
    // Tags out (block tags become a space), entities decoded, whitespace collapsed.
    static const QRegularExpression scripts(QStringLiteral("<(script|style)[^>]*>.*?</\\1>"),
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression blocks(
        QStringLiteral("<\\s*/?\\s*(br|p|div|li|ul|ol|tr|td|th|table|h[1-6]|hr)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString s = s0(c);
    s.replace(scripts, QStringLiteral(" "));
    s.replace(blocks, QStringLiteral(" ")); // block tags separate words; inline tags (<b>) do not
    s.remove(tags);
    return text(decodeEntities(s).simplified());
}

Result<QJsonValue> fEscapeHtml(const FnCall &c)
{
    return text(s0(c).toHtmlEscaped());
}

Result<QJsonValue> fAscii(const FnCall &c)
{
    // Latin letters without accents (M3 code pages are often Latin-1 or narrower).
    const QString d = s0(c).normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(d.size());
    for (QChar ch : d) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        if (ch.unicode() < 128)
            out += ch;
        else if (ch == QChar(0x00DF))
            out += QStringLiteral("ss");
        else if (ch == QChar(0x00C6))
            out += QStringLiteral("AE");
        else if (ch == QChar(0x00E6))
            out += QStringLiteral("ae");
        else if (ch == QChar(0x00D8))
            out += QLatin1Char('O');
        else if (ch == QChar(0x00F8))
            out += QLatin1Char('o');
        else
            out += QLatin1Char('?');
    }
    return text(out);
}

Result<QJsonValue> fDigits(const FnCall &c)
{
    QString out;
    for (QChar ch : s0(c))
        if (ch.isDigit())
            out += ch;
    return text(out);
}

QStringList nameParts(const QString &full)
{
    return full.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

Result<QJsonValue> fFirstName(const FnCall &c)
{
    const QString full = s0(c).simplified();
    if (full.contains(QLatin1Char(','))) // "Doe, John"
        return text(full.section(QLatin1Char(','), 1).trimmed().section(QLatin1Char(' '), 0, 0));
    const QStringList p = nameParts(full);
    return text(p.size() > 1 ? p.first() : (p.isEmpty() ? QString() : p.first()));
}

Result<QJsonValue> fLastName(const FnCall &c)
{
    const QString full = s0(c).simplified();
    if (full.contains(QLatin1Char(',')))
        return text(full.section(QLatin1Char(','), 0, 0).trimmed());
    const QStringList p = nameParts(full);
    return text(p.size() > 1 ? p.mid(1).join(QLatin1Char(' ')) : QString());
}

Result<QJsonValue> fFullName(const FnCall &c)
{
    QStringList parts;
    for (int i = 0; i < c.argc; ++i) {
        const QString p = toText(c.args[i]).simplified();
        if (!p.isEmpty())
            parts << p;
    }
    return text(parts.join(QLatin1Char(' ')));
}

Result<QJsonValue> fText(const FnCall &c)
{
    return text(s0(c));
}

const FunctionSpec kText[] = {
    {"trim", 1, 1, ValueType::Text, "T", fTrim, "text", "trim(text)",
     "Removes leading and trailing blanks (3dcart names often end in spaces).", "trim('Smith  ') = 'Smith'"},
    {"upper", 1, 1, ValueType::Text, "T", fUpper, "text", "upper(text)", "Upper case.", "upper('us') = 'US'"},
    {"lower", 1, 1, ValueType::Text, "T", fLower, "text", "lower(text)", "Lower case.",
     "lower('A@B.COM') = 'a@b.com'"},
    {"capitalize", 1, 1, ValueType::Text, "T", fCapitalize, "text", "capitalize(text)",
     "Each word with a capital first letter.", "capitalize('mary-ann o\\'neil') = 'Mary-Ann O'Neil'"},
    {"substring", 2, 3, ValueType::Text, "TNN", fSubstring, "text", "substring(text, start, [length])",
     "Part of the text; start is 0-based.", "substring('ABCDEF', 1, 3) = 'BCD'"},
    {"left", 2, 2, ValueType::Text, "TN", fLeft, "text", "left(text, n)", "The first n characters.",
     "left('ABCDEF', 2) = 'AB'"},
    {"right", 2, 2, ValueType::Text, "TN", fRight, "text", "right(text, n)", "The last n characters.",
     "right('ABCDEF', 2) = 'EF'"},
    {"concat", 1, -1, ValueType::Text, "A", fConcat, "text", "concat(a, b, ...)",
     "Joins the values as text, nothing in between.", "concat('CA-', 1001) = 'CA-1001'"},
    {"join", 1, 2, ValueType::Text, "LT", fJoin, "text", "join(list, [separator=' '])",
     "Joins the non-empty elements of a list.", "join(['a','','b'], '/') = 'a/b'"},
    {"joinNonEmpty", 2, -1, ValueType::Text, "TA", fJoinNonEmpty, "text",
     "joinNonEmpty(separator, a, b, ...)", "Trims each value and joins the non-empty ones.",
     "joinNonEmpty(', ', '1 Main St ', '', 'Apt 2') = '1 Main St, Apt 2'"},
    {"split", 2, 3, ValueType::Any, "TTN", fSplit, "text", "split(text, separator, [index])",
     "Splits into a list, or returns one part (negative index counts from the end).",
     "split('Cap<br><b>Size', '<br>', 0) = 'Cap'"},
    {"pad", 2, 4, ValueType::Text, "TNTT", fPad, "text", "pad(text, length, [char=' '], [side='left'])",
     "Pads to a length (left by default: pad(7, 5, '0') = '00007').", "pad(123, 6, '0') = '000123'"},
    {"padRight", 2, 3, ValueType::Text, "TNT", fPadRight, "text", "padRight(text, length, [char=' '])",
     "Pads on the right.", "padRight('AB', 4, '.') = 'AB..'"},
    {"replace", 3, 3, ValueType::Text, "TTT", fReplace, "text", "replace(text, from, to)",
     "Replaces every occurrence of a text.", "replace('a-b-c', '-', '') = 'abc'"},
    {"regexReplace", 3, 3, ValueType::Text, "TTT", fRegexReplace, "text",
     "regexReplace(text, pattern, replacement)", "Replaces regex matches; \\\\1 refers to a group.",
     "regexReplace('CORSET-XS', '-[A-Z]+$', '') = 'CORSET'", 1},
    {"matches", 2, 2, ValueType::Bool, "TT", fMatches, "text", "matches(text, pattern)",
     "True when the regex matches somewhere in the text.", "matches('a@b.com', '^[^@]+@[^@]+$') = true", 1},
    {"extract", 2, 3, ValueType::Text, "TTN", fExtract, "text", "extract(text, pattern, [group=1])",
     "The captured group of the first match, '' when none.",
     "extract('USPS Priority Mail', '^(\\\\w+)') = 'USPS'", 1},
    {"contains", 2, 2, ValueType::Bool, "AA", fContains, "text", "contains(textOrList, value)",
     "Text contains (ignoring case), or list has the element.",
     "contains('Order Discount', 'discount') = true"},
    {"startsWith", 2, 2, ValueType::Bool, "TT", fStartsWith, "text", "startsWith(text, prefix)",
     "True when the text starts with the prefix.", "startsWith('KIT ITEM: Cap', 'KIT ITEM:') = true"},
    {"endsWith", 2, 2, ValueType::Bool, "TT", fEndsWith, "text", "endsWith(text, suffix)",
     "True when the text ends with the suffix.", "endsWith('CORSET-S', '-S') = true"},
    {"length", 1, 1, ValueType::Number, "A", fLength, "text", "length(textOrList)",
     "Number of characters, or of list elements.", "length('abc') = 3"},
    {"truncate", 2, 2, ValueType::Text, "TN", fTruncate, "text", "truncate(text, n)",
     "At most n characters (trailing blanks removed) - fits M3 field lengths.",
     "truncate('Long company name', 8) = 'Long com'"},
    {"collapseSpaces", 1, 1, ValueType::Text, "T", fCollapse, "text", "collapseSpaces(text)",
     "Trims and turns runs of blanks/newlines into one space.", "collapseSpaces(' a   b ') = 'a b'"},
    {"stripHtml", 1, 1, ValueType::Text, "T", fStripHtml, "text", "stripHtml(text)",
     "Removes tags (block tags become a space), decodes entities (&nbsp; &amp; &#39; ...), collapses blanks.",
     "stripHtml('Cap<br><b>Size:</b>&nbsp;L') = 'Cap Size: L'"},
    {"escapeHtml", 1, 1, ValueType::Text, "T", fEscapeHtml, "text", "escapeHtml(text)",
     "Escapes < > & \" for 3dcart HTML fields.", "escapeHtml('A&B') = 'A&amp;B'"},
    {"ascii", 1, 1, ValueType::Text, "T", fAscii, "text", "ascii(text)",
     "Removes accents (é -> e, ß -> ss); other non-ASCII becomes '?'.", "ascii('Jönköping') = 'Jonkoping'"},
    {"digits", 1, 1, ValueType::Text, "T", fDigits, "text", "digits(text)", "Only the digits.",
     "digits('(555) 123-4567') = '5551234567'"},
    {"firstName", 1, 1, ValueType::Text, "T", fFirstName, "text", "firstName(fullName)",
     "First word of a full name ('Doe, John' gives 'John').", "firstName('John Q Public') = 'John'"},
    {"lastName", 1, 1, ValueType::Text, "T", fLastName, "text", "lastName(fullName)",
     "The rest after the first word ('Doe, John' gives 'Doe').", "lastName('John Q Public') = 'Q Public'"},
    {"fullName", 1, -1, ValueType::Text, "T", fFullName, "text", "fullName(first, last, ...)",
     "Joins name parts with one space, skipping empty ones, trimming each.",
     "fullName('John ', ' Smith ') = 'John Smith'"},
    {"text", 1, 1, ValueType::Text, "A", fText, "text", "text(value)",
     "The value as text (numbers without exponent).", "text(21.99) = '21.99'"},
};

} // namespace

std::span<const FunctionSpec> textFunctions()
{
    return kText;
}

} // namespace m3cart::mapping::functions
