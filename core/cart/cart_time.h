#pragma once
// 3dcart's clocks: response times are store-local without an offset ("2016-03-16T14:42:46"), query filters take
// "MM/dd/yyyy[ HH:mm:ss]" in store time, and ShipmentShippedDate is free text ("", "9/16/2013",
// "9/12/2013 3:37:44 PM"). The store's time zone is a connection setting (default America/New_York).

#include <QDateTime>
#include <QTimeZone>

namespace m3cart::cart {

class CartTime
{
public:
    explicit CartTime(const QByteArray &ianaZone = "America/New_York");
    bool isValid() const { return m_zone.isValid(); }
    QByteArray zoneId() const { return m_zone.id(); }

    // "yyyy-MM-ddTHH:mm:ss" (fractions and a trailing Z or offset tolerated) → UTC; invalid when unreadable.
    QDateTime parse(const QString &storeLocal) const;
    // Free text → UTC; invalid for "" and for what cannot be read.
    QDateTime parseLenient(const QString &text) const;
    // UTC → "MM/dd/yyyy HH:mm:ss" or "MM/dd/yyyy" in store time, for query filters.
    QString formatQuery(const QDateTime &utc, bool withTime = true) const;
    // UTC → "yyyy-MM-ddTHH:mm:ss" store-local, as 3dcart writes it.
    QString formatLocal(const QDateTime &utc) const;

private:
    QTimeZone m_zone;
};

} // namespace m3cart::cart
