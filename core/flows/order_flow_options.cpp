#include "order_flow_options.h"

#include "store/settings_repository.h"

#include <QJsonArray>

namespace m3cart::flows {

namespace {
const QStringList kKeys{QStringLiteral("customer_mapping"), QStringLiteral("order_mapping"),
                        QStringLiteral("status_after_m3"), QStringLiteral("guest_customer"),
                        QStringLiteral("blocked_customer"), QStringLiteral("match_customer_by_email"),
                        QStringLiteral("check_items"), QStringLiteral("placeholder_item"), QStringLiteral("skip_statuses")};

Error bad(const QString &key, const QString &what)
{
    Error e = Error::data(QStringLiteral("setting flow.orders: \"%1\" %2").arg(key, what));
    e.field = key;
    return e;
}
} // namespace

Result<OrderFlowOptions> OrderFlowOptions::fromJson(const QJsonObject &o)
{
    OrderFlowOptions out;
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!kKeys.contains(it.key()))
            return bad(it.key(), QStringLiteral("is not a known key (known: %1)").arg(kKeys.join(QStringLiteral(", "))));
    auto text = [&](const QString &key, QString *into) -> Status {
        if (!o.contains(key))
            return ok();
        if (!o.value(key).isString())
            return bad(key, QStringLiteral("must be a string"));
        *into = o.value(key).toString().trimmed();
        return ok();
    };
    auto flag = [&](const QString &key, bool *into) -> Status {
        if (!o.contains(key))
            return ok();
        if (!o.value(key).isBool())
            return bad(key, QStringLiteral("must be true or false"));
        *into = o.value(key).toBool();
        return ok();
    };
    QString guest = QStringLiteral("generic"), blocked = QStringLiteral("review");
    for (const Status &s : {text(QStringLiteral("customer_mapping"), &out.customerMapping),
                            text(QStringLiteral("order_mapping"), &out.orderMapping),
                            text(QStringLiteral("guest_customer"), &guest), text(QStringLiteral("blocked_customer"), &blocked),
                            flag(QStringLiteral("match_customer_by_email"), &out.matchByEmail),
                            flag(QStringLiteral("check_items"), &out.checkItems),
                            text(QStringLiteral("placeholder_item"), &out.placeholderItem)})
        if (!s)
            return s.error();
    if (o.contains(QStringLiteral("status_after_m3"))) {
        const QJsonValue v = o.value(QStringLiteral("status_after_m3"));
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(v.toInt()))
            return bad(QStringLiteral("status_after_m3"), QStringLiteral("must be a 3dcart OrderStatusID (0 = leave the status alone)"));
        out.cartStatusAfterM3 = v.toInt();
    }
    if (o.contains(QStringLiteral("skip_statuses"))) {
        const QJsonValue v = o.value(QStringLiteral("skip_statuses"));
        if (!v.isArray())
            return bad(QStringLiteral("skip_statuses"), QStringLiteral("must be a list of 3dcart OrderStatusIDs, e.g. [7, 5]"));
        out.skipStatuses.clear();
        for (const QJsonValue &id : v.toArray()) {
            if (!id.isDouble() || id.toDouble() < 1 || id.toDouble() != double(id.toInt()))
                return bad(QStringLiteral("skip_statuses"), QStringLiteral("holds something that is not an OrderStatusID"));
            out.skipStatuses << id.toInt();
        }
    }
    if (guest == QLatin1String("generic"))
        out.guest = Guest::Generic;
    else if (guest == QLatin1String("own"))
        out.guest = Guest::Own;
    else
        return bad(QStringLiteral("guest_customer"), QStringLiteral("must be \"generic\" or \"own\" (got \"%1\")").arg(guest));
    if (blocked == QLatin1String("review"))
        out.blocked = Blocked::Review;
    else if (blocked == QLatin1String("generic"))
        out.blocked = Blocked::Generic;
    else
        return bad(QStringLiteral("blocked_customer"), QStringLiteral("must be \"review\" or \"generic\" (got \"%1\")").arg(blocked));
    if (out.customerMapping.isEmpty() || out.orderMapping.isEmpty())
        return bad(QStringLiteral("order_mapping"), QStringLiteral("must name a mapping"));
    return out;
}

QJsonObject OrderFlowOptions::toJson() const
{
    return {{QStringLiteral("customer_mapping"), customerMapping},
            {QStringLiteral("order_mapping"), orderMapping},
            {QStringLiteral("status_after_m3"), cartStatusAfterM3},
            {QStringLiteral("guest_customer"), guest == Guest::Own ? QStringLiteral("own") : QStringLiteral("generic")},
            {QStringLiteral("blocked_customer"), blocked == Blocked::Generic ? QStringLiteral("generic") : QStringLiteral("review")},
            {QStringLiteral("match_customer_by_email"), matchByEmail},
            {QStringLiteral("check_items"), checkItems},
            {QStringLiteral("placeholder_item"), placeholderItem},
            {QStringLiteral("skip_statuses"), [this] {
                 QJsonArray a;
                 for (int id : skipStatuses)
                     a << id;
                 return a;
             }()}};
}

Result<OrderFlowOptions> OrderFlowOptions::load(const SettingsRepository &settings)
{
    auto v = settings.get(settingName());
    if (!v)
        return v.error();
    if (v->isUndefined() || v->isNull())
        return OrderFlowOptions{};
    if (!v->isObject())
        return Error::data(QStringLiteral("setting flow.orders must be a JSON object"));
    return fromJson(v->toObject());
}

} // namespace m3cart::flows
