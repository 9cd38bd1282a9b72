#include "order_poller.h"

#include "cart/cart_client.h"
#include "cart/cart_time.h"
#include "domain/event.h"
#include "flows/order_to_m3_flow.h"
#include "ingest/inbound_payload.h"
#include "store/event_repository.h"
#include "store/run_log.h"
#include "store/settings_repository.h"
#include "store/xref_repository.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace m3cart::flows {

int PollResult::count(const QString &outcome) const
{
    int n = 0;
    for (const PolledOrder &o : orders)
        n += o.outcome == outcome ? 1 : 0;
    return n;
}

QList<qint64> PollResult::queuedIds() const
{
    QList<qint64> ids;
    for (const PolledOrder &o : orders)
        if (o.outcome == QLatin1String("queued"))
            ids << o.eventId;
    return ids;
}

QJsonObject PollResult::counts() const
{
    QJsonObject c{{QStringLiteral("read"), read}, {QStringLiteral("changed"), int(orders.size())}};
    for (const char *k : {"queued", "duplicate", "not_completed", "skipped", "in_m3", "known"})
        c.insert(QLatin1String(k), count(QLatin1String(k)));
    if (newestUtc.isValid())
        c.insert(QStringLiteral("watermark"), newestUtc.toString(Qt::ISODate));
    return c;
}

OrderPoller::OrderPoller(std::shared_ptr<const Store> store, std::shared_ptr<const cart::CartClient> cart, int overlapDays)
    : m_store(std::move(store)), m_cart(std::move(cart)), m_overlapDays(qMax(1, overlapDays))
{
}

Result<PollResult> OrderPoller::poll(const QDateTime &sinceUtc, bool enqueue, const std::function<bool(int)> &progress) const
{
    const cart::CartTime clock(m_cart->config().timeZone);
    // lastupdatestart takes a date only (reference §1.7): start a day early and filter here.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("lastupdatestart"), clock.formatQuery(sinceUtc.addDays(-m_overlapDays), false));
    auto listed = m_cart->list(QStringLiteral("Orders"), query, -1, progress);
    if (!listed)
        return listed.error();

    auto options = OrderFlowOptions::load(SettingsRepository(m_store));
    if (!options)
        return options.error();
    const QList<int> skipStatuses = options->skipStatuses;
    PollResult result;
    result.read = int(listed->size());
    const EventRepository events(m_store);
    const XrefRepository xref(m_store);
    const ingest::CartWebhookEvent *orderNew = ingest::findCartWebhookEvent(QStringLiteral("order-new"));
    for (const QJsonValue &v : listed.value()) {
        const QJsonObject o = v.toObject();
        const QString lastUpdate = o.value(QStringLiteral("LastUpdate")).toString();
        const QDateTime updated = clock.parse(lastUpdate);
        if (updated.isValid() && updated < sinceUtc)
            continue; // inside the overlap, older than asked
        if (updated.isValid() && (!result.newestUtc.isValid() || updated > result.newestUtc))
            result.newestUtc = updated;
        PolledOrder p{o.value(QStringLiteral("OrderID")).toVariant().toString(), lastUpdate, {}, 0, {}, o};
        if (const int status = o.value(QStringLiteral("OrderStatusID")).toInt(); skipStatuses.contains(status)) {
            p.outcome = status == 7 ? QStringLiteral("not_completed") : QStringLiteral("skipped");
            result.orders << p;
            continue;
        }
        auto inM3 = xref.m3Id(QStringLiteral("order"), p.orderId);
        if (!inM3)
            return inM3.error();
        if (inM3->has_value()) {
            p.outcome = QStringLiteral("in_m3");
            p.m3Order = inM3->value();
            result.orders << p;
            continue;
        }
        // An event still on its way, or one an operator has (dead letter, discarded), is left alone; an order
        // once skipped as Not Completed and since paid for is taken.
        EventFilter f;
        f.kind = OrderToM3Flow::kind();
        f.key = QStringLiteral("order-") + p.orderId;
        f.statuses = {QLatin1String(EventStatus::Pending), QLatin1String(EventStatus::Running), QLatin1String(EventStatus::Retry),
                      QLatin1String(EventStatus::Held), QLatin1String(EventStatus::Dead), QLatin1String(EventStatus::Discarded)};
        f.limit = 1;
        auto waiting = events.count(f);
        if (!waiting)
            return waiting.error();
        if (waiting.value() > 0) {
            p.outcome = QStringLiteral("known");
            result.orders << p;
            continue;
        }
        if (!enqueue) {
            p.outcome = QStringLiteral("queued");
            result.orders << p;
            continue;
        }
        auto made = ingest::cartWebhookToEvents(*orderNew, QJsonDocument(QJsonArray{o}).toJson(QJsonDocument::Compact));
        if (!made)
            return made.error();
        NewEvent e = made->first();
        e.source = QStringLiteral("poll");
        auto appended = events.appendOnce(e);
        if (!appended)
            return appended.error();
        p.eventId = appended->id;
        p.outcome = appended->duplicate ? QStringLiteral("duplicate") : QStringLiteral("queued");
        result.orders << p;
    }
    return result;
}

Result<PollResult> OrderPoller::pollOnce(int lookbackHours) const
{
    RunLog runs(m_store);
    auto previous = runs.last(runKind(), {QStringLiteral("ok")});
    if (!previous)
        return previous.error();
    QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-3600LL * lookbackHours);
    if (previous->has_value()) {
        const QDateTime mark = QDateTime::fromString((*previous)->counts.value(QStringLiteral("watermark")).toString(), Qt::ISODate);
        if (mark.isValid())
            since = mark;
    }
    auto id = runs.start(runKind());
    if (!id)
        return id.error();
    auto result = poll(since, true);
    if (!result) {
        runs.finish(id.value(), QStringLiteral("failed"), {}, result.error().message);
        return result;
    }
    QJsonObject counts = result->counts();
    if (!result->newestUtc.isValid())
        counts.insert(QStringLiteral("watermark"), since.toString(Qt::ISODate)); // nothing new: keep the mark
    if (const Status s = runs.finish(id.value(), QStringLiteral("ok"), counts); !s)
        return s.error();
    return result;
}

} // namespace m3cart::flows
