#pragma once
// 'm3cart sync status': the safety net under the SalesOrder BODs. Every 3dcart order that reached M3 in the last
// days is brought up to date from M3 (OIS100MI/GetHead, deliveries), as a BOD would. A "sync.status" run.

#include "cart/cart_client.h"
#include "common/error.h"
#include "m3/m3_client.h"

#include <QJsonObject>
#include <atomic>
#include <functional>
#include <memory>

namespace m3cart {
class Store;

namespace flows {

struct StatusSyncOptions
{
    int days = 14;
    const std::atomic_bool *cancel = nullptr;
    std::function<void(const QString &)> progress;
};

// {"run_id", "status", "counts": {"orders", "updated", "failed"}, "failures": [{"order_id", "orno", "error"}]}
Result<QJsonObject> syncStatus(std::shared_ptr<const Store> store, const cart::CartConfig &cart, const m3::M3Config &m3,
                               const StatusSyncOptions &options);

} // namespace flows
} // namespace m3cart
