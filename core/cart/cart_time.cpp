#include "cart_time.h"

#include <QLocale>
#include <QRegularExpression>

namespace m3cart::cart {

CartTime::CartTime(const QByteArray &ianaZone) : m_zone(ianaZone) {}

QDateTime CartTime::parse(const QString &text) const
{
    const QString s = text.trimmed();
    if (s.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(s, Qt::ISODate);
    if (!dt.isValid())
        return {};
    if (dt.timeSpec() == Qt::LocalTime) // no offset in the text: it is store time
        dt = QDateTime(dt.date(), dt.time(), m_zone);
    return dt.toUTC();
}

QDateTime CartTime::parseLenient(const QString &text) const
{
    const QString s = text.trimmed();
    if (s.isEmpty())
        return {};
    if (QDateTime iso = parse(s); iso.isValid())
        return iso;
    const QLocale c = QLocale::c();
    static const char *const withTime[] = {"M/d/yyyy h:mm:ss AP", "M/d/yyyy h:mm AP", "M/d/yyyy H:mm:ss",
                                           "M/d/yyyy H:mm",       "M-d-yyyy H:mm:ss", "yyyy-MM-dd H:mm:ss"};
    for (const char *f : withTime) {
        const QDateTime dt = c.toDateTime(s, QLatin1String(f));
        if (dt.isValid())
            return QDateTime(dt.date(), dt.time(), m_zone).toUTC();
    }
    static const char *const dateOnly[] = {"M/d/yyyy", "M-d-yyyy", "yyyy-MM-dd", "M/d/yy"};
    for (const char *f : dateOnly) {
        QDate d = c.toDate(s, QLatin1String(f));
        if (d.isValid()) {
            if (d.year() < 1970)
                d = d.addYears(100);
            return QDateTime(d, QTime(0, 0), m_zone).toUTC();
        }
    }
    return {};
}

QString CartTime::formatQuery(const QDateTime &utc, bool withTime) const
{
    const QDateTime local = utc.toTimeZone(m_zone);
    return local.toString(withTime ? QStringLiteral("MM/dd/yyyy HH:mm:ss") : QStringLiteral("MM/dd/yyyy"));
}

QString CartTime::formatLocal(const QDateTime &utc) const
{
    return utc.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

} // namespace m3cart::cart
