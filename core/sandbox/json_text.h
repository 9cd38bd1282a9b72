#pragma once
// Hand-written JSON for the hot and order-sensitive responses: MI records keep the MI layout's field order
// (QJsonObject would sort keys), and big bodies are produced without building QJsonObjects first.

#include <QByteArray>
#include <QString>

namespace m3cart::sandbox::jsontext {

// "…" with JSON escapes, UTF-8; padTo > 0 right-pads with blanks to that many characters (M3 v1 values).
void appendString(QByteArray &out, const QString &text, int padTo = 0);
inline QByteArray quoted(const QString &text)
{
    QByteArray out;
    appendString(out, text);
    return out;
}

} // namespace m3cart::sandbox::jsontext
