#pragma once
// On-demand order syncs, shared by the CLI ('m3cart sync orders|order') and the console: orders changed since
// a time (through the poller, so the same dedup rules apply) or orders given as JSON, either sent through the
// engine and waited for, or dry-run: the exact calls that would be made, with the reads made for real.

#include "cart/cart_client.h"
#include "common/error.h"
#include "m3/m3_client.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <atomic>
#include <functional>
#include <memory>

namespace m3cart {
class Store;

namespace flows {

struct OrderSyncOptions
{
    bool dryRun = false;
    int workers = 4;
    int waitSeconds = 600;                     // how long to wait for the engine (events not finished stay queued)
    const std::atomic_bool *cancel = nullptr;  // set: stop waiting (what is queued stays in the store)
    std::function<void(const QString &)> progress; // human lines, for stderr or a status bar
};

class OrderSync
{
public:
    OrderSync(std::shared_ptr<const Store> store, cart::CartConfig cart, m3::M3Config m3);
    ~OrderSync();

    // {"since", "dry_run", "run_id", "counts": {...}, "orders": [{"order_id", "last_update", "outcome",
    //   "event_id", "status", "m3_order", "error", "calls"}], "calls": [...]} (calls only in a dry run)
    Result<QJsonObject> since(const QDateTime &sinceUtc, const OrderSyncOptions &options);
    // The same for orders given whole (a 3dcart order object each); source "operator".
    Result<QJsonObject> given(const QList<QJsonObject> &orders, const OrderSyncOptions &options);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace flows
} // namespace m3cart
