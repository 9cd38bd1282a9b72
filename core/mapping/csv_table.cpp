#include "csv_table.h"

#include <QFile>
#include <QStringList>

namespace m3cart::mapping {

namespace {

// One record of the file: its fields and the line it starts on (quoted fields may span lines).
struct Record
{
    int line = 0;
    QStringList fields;
    bool unterminated = false;
};

// Counts separators outside quotes on the first record line, to pick the separator: the candidate that
// splits it into exactly two fields wins, tab before ';' before ',' (';' files often carry "1,5" values).
QChar detectSeparator(const QString &text)
{
    QString first;
    for (const QString &l : text.split(QLatin1Char('\n'))) {
        const QString t = l.trimmed();
        if (!t.isEmpty() && !t.startsWith(QLatin1Char('#'))) {
            first = t;
            break;
        }
    }
    const QChar candidates[] = {QLatin1Char('\t'), QLatin1Char(';'), QLatin1Char(',')};
    QChar any;
    for (QChar c : candidates) {
        int count = 0;
        bool quoted = false;
        for (QChar ch : first) {
            if (ch == QLatin1Char('"'))
                quoted = !quoted;
            else if (ch == c && !quoted)
                ++count;
        }
        if (count == 1)
            return c;
        if (count > 0 && any.isNull())
            any = c;
    }
    return any.isNull() ? QLatin1Char(',') : any;
}

QList<Record> splitRecords(const QString &text, QChar sep)
{
    QList<Record> out;
    Record rec;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field was quoted (keep its blanks)
    bool lineHasData = false;
    int line = 1;
    rec.line = 1;
    auto endField = [&] {
        rec.fields << (wasQuoted ? field : field.trimmed());
        field.clear();
        wasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = rec.fields.size() == 1 && rec.fields.first().isEmpty() && !lineHasData;
        const bool comment = rec.fields.first().startsWith(QLatin1Char('#'));
        if (!blank && !comment)
            out << rec;
        rec = Record{};
        rec.line = line;
        lineHasData = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c; // "" inside quotes is one quote
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            quoted = wasQuoted = lineHasData = true;
            field.clear();
        } else if (c == sep) {
            lineHasData = true;
            endField();
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else if (c != QLatin1Char('\r')) {
            if (!c.isSpace())
                lineHasData = true;
            field += c;
        }
    }
    if (quoted) {
        rec.unterminated = true;
        rec.fields << field;
        out << rec;
    } else if (lineHasData || !field.trimmed().isEmpty()) {
        endRecord();
    }
    return out;
}

} // namespace

QHash<QString, QString> KeyValueTable::toHash() const
{
    QHash<QString, QString> out;
    for (const auto &[k, v] : rows)
        out.insert(k, v);
    return out;
}

QString KeyValueTable::errorText(int max) const
{
    QStringList lines;
    for (int i = 0; i < errors.size() && i < max; ++i)
        lines << QStringLiteral("line %1: %2").arg(errors.at(i).line).arg(errors.at(i).message);
    if (errors.size() > max)
        lines << QStringLiteral("… and %1 more").arg(errors.size() - max);
    return lines.join(QLatin1Char('\n'));
}

KeyValueTable parseKeyValueCsv(const QByteArray &data)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    KeyValueTable t;
    t.separator = detectSeparator(text);
    QHash<QString, std::pair<int, QString>> seen; // key -> line, value
    const QList<Record> records = splitRecords(text, t.separator);
    for (int i = 0; i < records.size(); ++i) {
        const Record &r = records.at(i);
        if (r.unterminated) {
            t.errors << CsvLineError{r.line, QStringLiteral("a quoted field is not closed")};
            continue;
        }
        if (i == 0 && !r.fields.isEmpty() &&
            (r.fields.first().compare(QLatin1String("key"), Qt::CaseInsensitive) == 0 ||
             r.fields.first().compare(QLatin1String("from"), Qt::CaseInsensitive) == 0)) {
            t.hadHeader = true;
            continue;
        }
        if (r.fields.size() != 2) {
            t.errors << CsvLineError{
                r.line,
                QStringLiteral("%1 field(s), expected 2 (key%2value)")
                    .arg(r.fields.size())
                    .arg(t.separator == QLatin1Char('\t') ? QStringLiteral("<tab>") : QString(t.separator))};
            continue;
        }
        const QString &key = r.fields.at(0);
        if (key.isEmpty()) {
            t.errors << CsvLineError{r.line, QStringLiteral("the key is empty")};
            continue;
        }
        if (const auto it = seen.constFind(key); it != seen.cend()) {
            if (it->second != r.fields.at(1)) // the same pair twice is harmless; two answers are not
                t.errors << CsvLineError{r.line, QStringLiteral("key '%1' was already given on line %2 with "
                                                                "another value")
                                                     .arg(key)
                                                     .arg(it->first)};
            continue;
        }
        seen.insert(key, {r.line, r.fields.at(1)});
        t.rows.append({key, r.fields.at(1)});
    }
    return t;
}

Result<KeyValueTable> readKeyValueCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::data(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    return parseKeyValueCsv(f.readAll());
}

} // namespace m3cart::mapping
