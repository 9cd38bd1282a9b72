#pragma once
// The safety net under the Order New webhook: 3dcart orders changed since a time, read with lastupdatestart
// (a date only, so a day of overlap) and filtered again here, become order events unless they are known:
// already in M3 (xref), waiting or failed as an event, or in a status the shop skips (flow.orders skip_statuses:
// Not Completed 7 and Cancel 5 by default).
// A webhook and a poll of the same order and LastUpdate are one event (the same dedup key).

#include "common/error.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <functional>
#include <memory>

namespace m3cart {
class Store;
namespace cart {
class CartClient;
}

namespace flows {

struct PolledOrder
{
    QString orderId;
    QString lastUpdate; // store-local, as 3dcart wrote it
    QString outcome;    // "queued", "duplicate", "not_completed", "skipped" (another status flow.orders skips), "in_m3", "known"
    qint64 eventId = 0; // queued or duplicate
    QString m3Order;    // in_m3
    QJsonObject order;  // the order as read
};

struct PollResult
{
    int read = 0; // orders 3dcart returned (before the client-side filter)
    QList<PolledOrder> orders;
    QDateTime newestUtc; // the newest LastUpdate seen: the next poll's watermark
    int count(const QString &outcome) const;
    QList<qint64> queuedIds() const;
    QJsonObject counts() const; // {"read", "changed", "queued", "duplicate", "not_completed", "in_m3", "known"}
};

class OrderPoller
{
public:
    OrderPoller(std::shared_ptr<const Store> store, std::shared_ptr<const cart::CartClient> cart, int overlapDays = 1);

    // Orders whose LastUpdate is at or after sinceUtc. enqueue=false only classifies (for dry runs).
    // progress(fetched) may return false to stop.
    Result<PollResult> poll(const QDateTime &sinceUtc, bool enqueue,
                            const std::function<bool(int)> &progress = {}) const;

    // One poll from the last successful poll's watermark (or lookbackHours ago on the first run), recorded
    // as a "poll.orders" run whose counts carry the next watermark.
    Result<PollResult> pollOnce(int lookbackHours = 24) const;
    static QString runKind() { return QStringLiteral("poll.orders"); }

private:
    std::shared_ptr<const Store> m_store;
    std::shared_ptr<const cart::CartClient> m_cart;
    int m_overlapDays;
};

} // namespace flows
} // namespace m3cart
