// Date functions: lenient parsing of 3dcart store-local times (no offset; free-text shipped dates),
// M3 YYYYMMDD dates, time-zone conversion by IANA name.

#include "functions_internal.h"

#include <QDateTime>
#include <QTimeZone>

namespace m3cart::mapping::functions {

namespace {

// Wall-clock date-time (no zone attached: 3dcart sends store-local times without an offset).
struct Parsed
{
    QDateTime dt;    // Qt::UTC used as a neutral carrier
    bool m3 = false; // came as YYYYMMDD
};

std::optional<Parsed> parse(const QString &raw, const QString &format = {})
{
    const QString s = raw.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    auto wrap = [](QDateTime d, bool m3 = false) -> std::optional<Parsed> {
        if (!d.isValid())
            return std::nullopt;
        d.setTimeSpec(Qt::UTC);
        return Parsed{d, m3};
    };
    if (!format.isEmpty())
        return wrap(QDateTime::fromString(s, format));
    if (s.size() == 8 && s.at(0).isDigit()) {
        bool allDigits = true;
        for (QChar c : s)
            allDigits = allDigits && c.isDigit();
        if (allDigits)
            return wrap(QDateTime(QDate::fromString(s, QStringLiteral("yyyyMMdd")), QTime(0, 0)), true);
    }
    if (s.size() >= 10 && s.at(4) == QLatin1Char('-')) {
        QString iso = s;
        if (iso.size() > 10 && iso.at(10) == QLatin1Char(' '))
            iso[10] = QLatin1Char('T');
        QDateTime d = QDateTime::fromString(iso, Qt::ISODateWithMs);
        if (!d.isValid())
            d = QDateTime::fromString(iso, Qt::ISODate);
        if (d.isValid()) {
            if (d.timeSpec() == Qt::OffsetFromUTC ||
                d.timeSpec() == Qt::UTC) // explicit offset: keep its wall clock
                return wrap(QDateTime(d.date(), d.time()));
            return wrap(d);
        }
        const QDate date = QDate::fromString(s.left(10), Qt::ISODate);
        if (date.isValid())
            return wrap(QDateTime(date, QTime(0, 0)));
    }
    static const char *const formats[] = {
        "M/d/yyyy h:mm:ss AP", "M/d/yyyy h:mm AP", "M/d/yyyy H:mm:ss", "M/d/yyyy H:mm", "M/d/yyyy",
        "MM-dd-yyyy HH:mm:ss", "M/d/yy",           "d.M.yyyy",         "yyyy/M/d"};
    for (const char *f : formats) {
        QDateTime d = QDateTime::fromString(s, QLatin1String(f));
        if (!d.isValid() && QLatin1String(f).contains(QLatin1String("AP")))
            d = QDateTime::fromString(s.toUpper(), QLatin1String(f));
        if (d.isValid()) {
            if (d.date().year() < 100)
                d = d.addYears(2000);
            return wrap(d);
        }
    }
    return std::nullopt;
}

Result<Parsed> need(const FnCall &c, int i = 0)
{
    const auto p = parse(toText(c.arg(i)));
    if (!p)
        return argError(c, QStringLiteral("cannot read %1 as a date").arg(describeValue(c.arg(i))));
    return *p;
}

Result<QDateTime> convert(const FnCall &c, const QDateTime &wall, int fromArg, int toArg)
{
    const QString from = toText(c.arg(fromArg)).trimmed();
    const QString to = toText(c.arg(toArg)).trimmed();
    if (from.isEmpty() || to.isEmpty() || from == to)
        return wall;
    const QTimeZone fz(from.toUtf8());
    const QTimeZone tz(to.toUtf8());
    if (!fz.isValid())
        return argError(c, QStringLiteral("unknown time zone '%1'").arg(from));
    if (!tz.isValid())
        return argError(c, QStringLiteral("unknown time zone '%1'").arg(to));
    const QDateTime there = QDateTime(wall.date(), wall.time(), fz).toTimeZone(tz);
    QDateTime out(there.date(), there.time(), Qt::UTC);
    return out;
}

bool emptyDate(const QJsonValue &v)
{
    const QString s = toText(v).trimmed();
    return s.isEmpty() || s == QLatin1String("0") || s == QLatin1String("00000000");
}

QString iso(const QDateTime &d)
{
    return d.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

Result<QJsonValue> fParseDate(const FnCall &c)
{
    if (emptyDate(c.arg(0)))
        return QJsonValue(QJsonValue::Null);
    const auto p = parse(toText(c.arg(0)), c.argc > 1 ? toText(c.arg(1)) : QString());
    if (!p)
        return argError(c, QStringLiteral("cannot read %1 as a date").arg(describeValue(c.arg(0))));
    return text(iso(p->dt));
}

Result<QJsonValue> fM3Date(const FnCall &c)
{
    if (emptyDate(c.arg(0)))
        return QJsonValue(QJsonValue::Null);
    auto p = need(c);
    if (!p)
        return p.error();
    auto d = convert(c, p->dt, 1, 2);
    if (!d)
        return d.error();
    return text(d->date().toString(QStringLiteral("yyyyMMdd")));
}

Result<QJsonValue> fM3Time(const FnCall &c)
{
    if (emptyDate(c.arg(0)))
        return QJsonValue(QJsonValue::Null);
    auto p = need(c);
    if (!p)
        return p.error();
    auto d = convert(c, p->dt, 1, 2);
    if (!d)
        return d.error();
    return text(d->time().toString(QStringLiteral("HHmm")));
}

Result<QJsonValue> fCartDate(const FnCall &c)
{
    if (emptyDate(c.arg(0)))
        return QJsonValue(QJsonValue::Null);
    auto p = need(c);
    if (!p)
        return p.error();
    const QString fmt =
        c.argc > 1 && !toText(c.arg(1)).isEmpty() ? toText(c.arg(1)) : QStringLiteral("MM/dd/yyyy");
    return text(p->dt.toString(fmt));
}

Result<QJsonValue> fFromM3Date(const FnCall &c)
{
    if (emptyDate(c.arg(0)))
        return QJsonValue(QJsonValue::Null);
    const QDate d = QDate::fromString(toText(c.arg(0)).trimmed(), QStringLiteral("yyyyMMdd"));
    if (!d.isValid())
        return argError(c, QStringLiteral("%1 is not an M3 date (YYYYMMDD)").arg(describeValue(c.arg(0))));
    return text(iso(QDateTime(d, QTime(0, 0), Qt::UTC)));
}

Result<QJsonValue> fFormatDate(const FnCall &c)
{
    if (emptyDate(c.arg(0)))
        return QJsonValue(QJsonValue::Null);
    auto p = need(c);
    if (!p)
        return p.error();
    return text(p->dt.toString(toText(c.arg(1))));
}

Result<QJsonValue> fConvertTz(const FnCall &c)
{
    if (emptyDate(c.arg(0)))
        return QJsonValue(QJsonValue::Null);
    auto p = need(c);
    if (!p)
        return p.error();
    auto d = convert(c, p->dt, 1, 2);
    if (!d)
        return d.error();
    return text(iso(*d));
}

Result<QJsonValue> fAddDays(const FnCall &c)
{
    if (emptyDate(c.arg(0)))
        return QJsonValue(QJsonValue::Null);
    auto p = need(c);
    if (!p)
        return p.error();
    auto n = numberArg(c, 1, "days");
    if (!n)
        return n.error();
    const QDateTime d = p->dt.addDays(qint64(*n));
    return text(p->m3 ? d.date().toString(QStringLiteral("yyyyMMdd")) : iso(d));
}

Result<QJsonValue> fToday(const FnCall &c)
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    const QString tz = toText(c.arg(0)).trimmed();
    if (!tz.isEmpty()) {
        const QTimeZone z(tz.toUtf8());
        if (!z.isValid())
            return argError(c, QStringLiteral("unknown time zone '%1'").arg(tz));
        now = now.toTimeZone(z);
    }
    return text(now.date().toString(QStringLiteral("yyyyMMdd")));
}

const FunctionSpec kDates[] = {
    {"parseDate", 1, 2, ValueType::Text, "TT", fParseDate, "date", "parseDate(text, [qtFormat])",
     "Reads 3dcart times ('2016-03-16T14:42:46', '9/12/2013 3:37:44 PM', '09/16/2013'), YYYYMMDD, and gives "
     "'yyyy-MM-ddTHH:mm:ss'.",
     "parseDate('9/16/2013') = '2013-09-16T00:00:00'"},
    {"m3Date", 1, 3, ValueType::Text, "TTT", fM3Date, "date", "m3Date(dateText, [fromZone], [toZone])",
     "M3 date YYYYMMDD; with zones, converts the store-local time (e.g. 'America/New_York') to M3's zone "
     "first.",
     "m3Date('2016-03-16T23:42:46', 'America/New_York', 'Europe/Stockholm') = '20160317'"},
    {"m3Time", 1, 3, ValueType::Text, "TTT", fM3Time, "date", "m3Time(dateText, [fromZone], [toZone])",
     "M3 time HHmm (RLHM, DWHM).", "m3Time('2016-03-16T14:42:46') = '1442'"},
    {"cartDate", 1, 2, ValueType::Text, "TT", fCartDate, "date",
     "cartDate(dateText, [qtFormat='MM/dd/yyyy'])",
     "3dcart date text from an M3 date or any date (ShipmentShippedDate).",
     "cartDate('20261120') = '11/20/2026'"},
    {"fromM3Date", 1, 1, ValueType::Text, "T", fFromM3Date, "date", "fromM3Date(yyyymmdd)",
     "ISO 'yyyy-MM-ddT00:00:00' from an M3 date; '0'/'' give null.",
     "fromM3Date('20261120') = '2026-11-20T00:00:00'"},
    {"formatDate", 2, 2, ValueType::Text, "TT", fFormatDate, "date", "formatDate(dateText, qtFormat)",
     "Any readable date in a Qt format (yyyy MM dd HH mm ss).",
     "formatDate('2016-03-16T14:42:46', 'dd.MM.yyyy') = '16.03.2016'"},
    {"convertTz", 3, 3, ValueType::Text, "TTT", fConvertTz, "date", "convertTz(dateText, fromZone, toZone)",
     "Moves a wall-clock time between IANA zones.",
     "convertTz('2016-03-16T14:42:46', 'America/New_York', 'UTC') = '2016-03-16T18:42:46'"},
    {"addDays", 2, 2, ValueType::Text, "TN", fAddDays, "date", "addDays(dateText, days)",
     "Adds days; YYYYMMDD stays YYYYMMDD, anything else becomes ISO.", "addDays('20261130', 2) = '20261202'"},
    {"today", 0, 1, ValueType::Text, "T", fToday, "date", "today([zone])",
     "Today as YYYYMMDD (UTC or the given zone).", "today('Europe/Stockholm')"},
};

} // namespace

std::span<const FunctionSpec> dateFunctions()
{
    return kDates;
}

} // namespace m3cart::mapping::functions
