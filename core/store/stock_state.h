#pragma once
// The stock sync's memory (table stock_state): every 3dcart SKU, simple product or variant, where it lives in
// 3dcart (CatalogID, AdvancedOptionCode) and the quantity m3cart last pushed, so only changes are sent.

#include "common/error.h"

#include <QHash>
#include <QList>
#include <memory>
#include <optional>

namespace m3cart {

class Store;

struct StockEntry
{
    QString sku;
    qint64 catalogId = 0;
    QString optionCode;               // empty: a simple product (SKUInfo.Stock); else a variant
    std::optional<double> cartStock;  // what 3dcart showed when the catalogue was last read
    std::optional<double> pushed;     // what m3cart last set
    bool isVariant() const { return !optionCode.isEmpty(); }
};

class StockStateRepository
{
public:
    explicit StockStateRepository(std::shared_ptr<const Store> store);
    Result<QHash<QString, StockEntry>> all() const;
    Result<QHash<QString, StockEntry>> bySku(const QStringList &skus) const; // only these (a delta run)
    Result<bool> isEmpty() const;
    // Upserts where each SKU lives and what 3dcart showed; pushed values are kept.
    Status saveCatalogue(const QList<StockEntry> &entries) const;
    Status markPushed(const QList<QPair<QString, double>> &skuQuantities) const;

private:
    std::shared_ptr<const Store> m_store;
};

} // namespace m3cart
