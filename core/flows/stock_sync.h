#pragma once
// M3 stock → 3dcart: available-to-sell per SKU (variants included) = the configured availability (AV01, AV02 or
// GetATP) summed over the configured warehouses, minus a safety buffer, floored at 0; only values that differ
// from what was last pushed (or, the first time, from what 3dcart shows) are sent, as absolute values in bulk
// PUTs of at most 100. A full run reads the whole catalogue and every balance (OIS100MI/LstNewBalances from
// 0); later runs read only the balances M3 changed since the last run (LMTS) and the warehouses of those items.
// SKUs without an M3 item and M3 items without a 3dcart product are reported. Each run is a "sync.stock" run.

#include "cart/cart_client.h"
#include "common/error.h"
#include "m3/m3_client.h"

#include <QJsonObject>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

namespace m3cart {
class SettingsRepository;
class Store;

namespace flows {

// The setting "flow.stock": {"warehouses": ["100", "200"] (empty: all), "field": "AV01" | "AV02" | "ATP",
// "buffer": 0}. ATP asks OIS100MI/GetATP (AVTQ) per item and warehouse: exact, and one call per pair.
struct StockSettings
{
    QStringList warehouses;
    QString field = QStringLiteral("AV01");
    double buffer = 0;
    static Result<StockSettings> fromJson(const QJsonObject &o);
    static Result<StockSettings> load(const SettingsRepository &settings);
};

struct StockSyncOptions
{
    bool dryRun = false;
    bool full = false; // read everything even when a delta would do
    const std::atomic_bool *cancel = nullptr;
    std::function<void(const QString &)> progress;
    int listLimit = 1000; // how many changes, failures and unmatched SKUs the report lists (counts are complete)
    bool againstCart = false; // compare with what 3dcart shows now, not with what m3cart last pushed (reconcile)
};

class StockSync
{
public:
    StockSync(std::shared_ptr<const Store> store, cart::CartConfig cart, m3::M3Config m3);
    ~StockSync();
    // {"run_id", "dry_run", "mode": "full" | "delta", "counts": {"balances", "items", "skus", "changed", "pushed",
    //  "failed", "sku_without_item", "item_without_product"}, "changes": [{"sku", "itno", "from", "to"}],
    //  "failures": [{"sku", "status", "message"}], "sku_without_item": [...], "item_without_product": [...]}
    Result<QJsonObject> run(const StockSyncOptions &options);
    static QString runKind() { return QStringLiteral("sync.stock"); }

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace flows
} // namespace m3cart
