#pragma once
// Order to cash, second half: when M3 reports an order's progress (a SyncSalesOrder BOD), the 3dcart order
// follows. The M3 order is found through the xref (orders that did not come from the web are recorded and
// left alone); its status (ORSL/ORST, OIS100MI GetHead) is mapped to a 3dcart status with the
// 'status-order' mapping; once goods left (ORST 66+), the delivery (MWS411MI LstDelLnByOrd, MWS410MI
// GetHead) gives the tracking number and ship date written to the order's shipment ('delivery-shipment').
// Every write is an absolute PUT, so repeating it is harmless.

#include "engine/flow.h"

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

class StatusToCartFlow : public Flow
{
public:
    static QString kind() { return QStringLiteral("m3.bod.SyncSalesOrder"); }

    // payments, when given, settles the order's invoices once M3 has invoiced it (status 77).
    StatusToCartFlow(std::shared_ptr<const cart::CartClient> cart, std::shared_ptr<const m3::M3Client> m3,
                     std::shared_ptr<MappingCache> mappings, std::shared_ptr<class PaymentSync> payments = {});
    QString name() const override { return QStringLiteral("status-to-cart"); }
    QString connection() const override { return QStringLiteral("cart"); }
    Status run(FlowContext &ctx) override;
    // The 3dcart order as M3's order says now: status, shipments and tracking (and, once invoiced, the payment).
    // What a BOD triggers, and what 'm3cart sync status' does for each order.
    Status update(FlowContext &ctx, const QString &orno, const QString &cartOrderId);

private:
    std::shared_ptr<const cart::CartClient> m_cart;
    std::shared_ptr<const m3::M3Client> m_m3;
    std::shared_ptr<MappingCache> m_mappings;
    std::shared_ptr<PaymentSync> m_payments;
};

} // namespace flows
} // namespace m3cart
