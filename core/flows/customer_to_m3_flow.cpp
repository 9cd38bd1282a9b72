#include "customer_to_m3_flow.h"

#include "cart/cart_client.h"
#include "flows/customer_ensurer.h"
#include "flows/flow_io.h"
#include "flows/mapping_cache.h"
#include "m3/m3_client.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace m3cart::flows {

CustomerToM3Flow::CustomerToM3Flow(std::shared_ptr<const cart::CartClient> cart, std::shared_ptr<const m3::M3Client> m3,
                                   std::shared_ptr<MappingCache> mappings, OrderFlowOptions options)
    : m_cart(std::move(cart)), m_m3(std::move(m3)), m_mappings(std::move(mappings)), m_options(std::move(options))
{
}

Status CustomerToM3Flow::run(FlowContext &ctx)
{
    const QJsonDocument doc = QJsonDocument::fromJson(ctx.event().payload);
    const QJsonObject customer = doc.isArray() ? doc.array().at(0).toObject() : doc.object(); // [] reads as no customer
    const QString id = customer.value(QStringLiteral("CustomerID")).toVariant().toString();
    if (id.isEmpty() || id == QLatin1String("0")) {
        Error e = Error::data(QStringLiteral("the customer payload has no CustomerID"));
        e.field = QStringLiteral("CustomerID");
        return e;
    }
    FlowIo io(m_cart.get(), m_m3.get(), ctx.dryRun());
    CustomerEnsurer customers(io, ctx, *m_mappings, m_options);
    auto cuno = customers.ensure({customer, id, mappingName(), QString(), QString()});
    ctx.setRequestSummary(io.summary());
    if (!cuno)
        return cuno.error();
    ctx.setResponseSummary(QStringLiteral("3dcart customer %1 is M3 customer %2 (%3)")
                               .arg(id, cuno.value(), ctx.stepResult(QStringLiteral("customer")).value(QStringLiteral("how")).toString()));
    return ok();
}

} // namespace m3cart::flows
