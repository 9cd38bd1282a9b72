#pragma once
// Stock syncs on triggers (an InventoryBalance BOD, the schedule): runs StockSync's delta, one at a time; a
// trigger that arrives while one runs is folded into one more run afterwards, so a burst of BODs costs two runs,
// not one per BOD.

#include "engine/flow.h"
#include "flows/stock_sync.h"

#include <QMutex>
#include <memory>

namespace m3cart::flows {

class StockRunner
{
public:
    StockRunner(std::shared_ptr<const Store> store, cart::CartConfig cart, m3::M3Config m3);
    // Runs now, or marks one more run for the thread that is running. The last run's report, or empty when
    // folded into a running one.
    Result<QJsonObject> request();

private:
    StockSync m_sync;
    QMutex m_mutex;
    bool m_running = false;
    bool m_pending = false;
};

// InventoryBalance BODs (M3 says a balance changed): a coalesced delta stock sync.
class StockTriggerFlow : public Flow
{
public:
    static QString kind() { return QStringLiteral("m3.bod.SyncInventoryBalance"); }
    explicit StockTriggerFlow(std::shared_ptr<StockRunner> runner) : m_runner(std::move(runner)) {}
    QString name() const override { return QStringLiteral("stock-to-cart"); }
    QString connection() const override { return QStringLiteral("cart"); }
    Status run(FlowContext &ctx) override;

private:
    std::shared_ptr<StockRunner> m_runner;
};

} // namespace m3cart::flows
