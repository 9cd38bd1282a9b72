#pragma once
// How the order flow treats the cases a shop decides for itself: guests, blocked customers, unknown items,
// the 3dcart status once the order is in M3. Stored as the setting "flow.orders" (README.md, Flows).

#include "common/error.h"

#include <QJsonObject>

namespace m3cart {
class SettingsRepository;

namespace flows {

struct OrderFlowOptions
{
    QString customerMapping = QStringLiteral("order-customer");
    QString orderMapping = QStringLiteral("order-batch-order");
    int cartStatusAfterM3 = 2; // 3dcart OrderStatusID once the M3 order exists (2 Processing); 0: leave it

    enum class Guest { Generic, Own };
    Guest guest = Guest::Generic; // guest checkouts: the mapping's generic customer, or one of their own
    enum class Blocked { Review, Generic };
    Blocked blocked = Blocked::Review; // an M3 customer not in status 20: stop for review, or use the generic one
    bool matchByEmail = true;          // before creating a customer, look for one with the same e-mail
    bool checkItems = true;            // MMS200MI/Get every line item before the first write
    QString placeholderItem;           // set: an unknown item is entered as this one (with an alert)
    // 3dcart statuses never entered in M3: Not Completed (7, abandoned checkouts) and Cancel (5), by default.
    QList<int> skipStatuses{7, 5};

    static Result<OrderFlowOptions> fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    // The setting "flow.orders", or the defaults when it is not set.
    static Result<OrderFlowOptions> load(const SettingsRepository &settings);
    static QString settingName() { return QStringLiteral("flow.orders"); }
};

} // namespace flows
} // namespace m3cart
