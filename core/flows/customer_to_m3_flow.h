#pragma once
// Customer New (3dcart) → the same customer in M3, found or created by the logic the order flow uses
// (customer_ensurer.h) with the "customer" mapping (3dcart Customer objects, BillingAddress1 ...).

#include "engine/flow.h"
#include "flows/order_flow_options.h"

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

class CustomerToM3Flow : public Flow
{
public:
    static QString kind() { return QStringLiteral("cart.customer.new"); }

    CustomerToM3Flow(std::shared_ptr<const cart::CartClient> cart, std::shared_ptr<const m3::M3Client> m3,
                     std::shared_ptr<MappingCache> mappings, OrderFlowOptions options = {});
    QString name() const override { return QStringLiteral("customer-to-m3"); }
    QString connection() const override { return QStringLiteral("m3"); }
    Status run(FlowContext &ctx) override;

    static QString mappingName() { return QStringLiteral("customer"); }

private:
    std::shared_ptr<const cart::CartClient> m_cart;
    std::shared_ptr<const m3::M3Client> m_m3;
    std::shared_ptr<MappingCache> m_mappings;
    OrderFlowOptions m_options;
};

} // namespace flows
} // namespace m3cart
