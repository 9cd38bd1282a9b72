#pragma once
// Reads two-column "key,value" tables (lookup tables, value maps) as spreadsheets write them: ',' ';' or
// tab separated (detected from the first line), an optional header line, quoted fields with separators,
// quotes ("") and line breaks inside. Every bad line is reported with its number, so a caller can refuse
// the whole file instead of storing part of it.

#include "common/error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <utility>

namespace m3cart::mapping {

struct CsvLineError
{
    int line = 0; // 1-based, the line the record starts on
    QString message;
};

struct KeyValueTable
{
    QList<std::pair<QString, QString>> rows; // in file order, keys unique
    QList<CsvLineError> errors;
    QChar separator = QLatin1Char(',');
    bool hadHeader = false;

    bool ok() const { return errors.isEmpty(); }
    QHash<QString, QString> toHash() const;
    // "line 3: ...\nline 7: ..." (at most max lines, then "… and N more").
    QString errorText(int max = 10) const;
};

// Parses CSV/TSV text (UTF-8, a BOM is skipped). Lines starting with '#' and blank lines are skipped; a
// first line whose key is "key" or "from" is a header. A line is bad when it has not exactly two fields,
// an empty key, an unterminated quote, or a key given on an earlier line with another value (the same
// pair again is skipped).
KeyValueTable parseKeyValueCsv(const QByteArray &data);
// The same from a file; an Error only when the file cannot be read.
Result<KeyValueTable> readKeyValueCsv(const QString &path);

} // namespace m3cart::mapping
