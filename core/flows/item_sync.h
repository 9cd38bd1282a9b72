#pragma once
// M3 items and prices → 3dcart products: the items M3 changed since a date (MMS200MI/LstItmByChgDate) and
// their sales prices (MMS200MI/GetItmPrice) go through the "item-product" mapping: name, description, price,
// weight, not-for-sale, hidden when the item is not active (status 90). An existing product (or variant) is
// updated only when a mapped field differs; a sellable item (status 20, sales item) with no product is created.
// The SKU ↔ ITNO pairs are kept in the xref ("product"). Each run is a "sync.items" run.

#include "cart/cart_client.h"
#include "common/error.h"
#include "m3/m3_client.h"

#include <QDate>
#include <QJsonObject>
#include <atomic>
#include <functional>
#include <memory>

namespace m3cart {
class Store;

namespace flows {

struct ItemSyncOptions
{
    bool dryRun = false;
    QDate since;           // null: from the last run's date, or every item the first time
    bool create = true;    // create products for sellable items 3dcart does not have
    const std::atomic_bool *cancel = nullptr;
    std::function<void(const QString &)> progress;
    int listLimit = 1000;
};

class ItemSync
{
public:
    ItemSync(std::shared_ptr<const Store> store, cart::CartConfig cart, m3::M3Config m3);
    ~ItemSync();
    // {"run_id", "dry_run", "since", "status", "counts": {"items", "updated", "created", "unchanged", "hidden",
    //  "skipped", "failed"}, "changes": [{"sku", "itno", "action": "update|create", "fields": {...}}],
    //  "failures": [{"sku", "status", "message"}]}
    Result<QJsonObject> run(const ItemSyncOptions &options);
    static QString runKind() { return QStringLiteral("sync.items"); }

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace flows
} // namespace m3cart
