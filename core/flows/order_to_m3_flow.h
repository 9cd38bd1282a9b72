#pragma once
// Order to cash, first half: a 3dcart order becomes exactly one M3 customer order. Steps (each recorded in
// flow_progress, so a retry resumes): fetch the full order when the payload is partial; skip Not Completed
// orders; map (customer and batch order) and check everything before touching M3; ensure the customer
// (customer_ensurer.h); look for an order that already exists
// (xref, then OIS100MI SearchHead on CUOR); AddBatchHead; AddBatchAddress; the lines (reconciled against
// OIS275MI LstBatchLine, so a crash mid-way adds none twice); Confirm, checked with GetTmpOrderStat (status
// 90 and the final ORNO, else the batch's error messages as a data error); xref; the 3dcart status.

#include "engine/flow.h"
#include "flows/order_flow_options.h"

#include <QJsonArray>
#include <memory>

namespace m3cart {
namespace cart {
class CartClient;
}
namespace m3 {
class M3Client;
}

namespace flows {

class MappingCache;

class OrderToM3Flow : public Flow
{
public:
    static QString kind() { return QStringLiteral("cart.order.new"); }

    OrderToM3Flow(std::shared_ptr<const cart::CartClient> cart, std::shared_ptr<const m3::M3Client> m3,
                  std::shared_ptr<MappingCache> mappings, OrderFlowOptions options = {});
    ~OrderToM3Flow() override;
    QString name() const override { return QStringLiteral("order-to-m3"); }
    QString connection() const override { return QStringLiteral("m3"); }
    Status run(FlowContext &ctx) override;
    // The same steps without writing anything anywhere: reads go out, writes are only listed (FlowIo::calls).
    Result<QJsonArray> dryRun(FlowContext &ctx);

private:
    struct Run;
    struct KnownItems;
    std::unique_ptr<KnownItems> m_items;
    std::shared_ptr<const cart::CartClient> m_cart;
    std::shared_ptr<const m3::M3Client> m_m3;
    std::shared_ptr<MappingCache> m_mappings;
    OrderFlowOptions m_options;
};

} // namespace flows
} // namespace m3cart
