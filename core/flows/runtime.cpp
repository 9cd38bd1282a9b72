#include "runtime.h"

#include "flows/customer_to_m3_flow.h"
#include "flows/mapping_cache.h"
#include "flows/order_to_m3_flow.h"
#include "flows/status_to_cart_flow.h"
#include "store/settings_repository.h"

namespace m3cart::flows {

namespace {
// Kinds that arrive but have no business flow yet: recorded and visible, never dead-lettered for that.
class RecordOnlyFlow : public Flow
{
public:
    QString name() const override { return QStringLiteral("record-only"); }
    Status run(FlowContext &ctx) override
    {
        ctx.setResponseSummary(QStringLiteral("recorded; m3cart has no flow for %1 events yet").arg(ctx.event().kind));
        return ok();
    }
};
} // namespace

Runtime::Runtime(std::shared_ptr<const Store> store, cart::CartConfig cart, m3::M3Config m3,
                 ingest::ListenerOptions listener, RuntimeOptions options)
    : m_store(std::move(store)), m_cart(std::make_shared<cart::CartClient>(std::move(cart))),
      m_m3(std::make_shared<m3::M3Client>(std::move(m3))), m_listenerOptions(std::move(listener)),
      m_options(options), m_flows(std::make_shared<FlowRegistry>())
{
}

Status Runtime::addFlows()
{
    auto options = OrderFlowOptions::load(SettingsRepository(m_store));
    if (!options)
        return options.error();
    auto mappings = std::make_shared<MappingCache>(m_store);
    m_flows->add(OrderToM3Flow::kind(), std::make_shared<OrderToM3Flow>(m_cart, m_m3, mappings, options.value()));
    m_flows->add(CustomerToM3Flow::kind(), std::make_shared<CustomerToM3Flow>(m_cart, m_m3, mappings, options.value()));
    m_flows->add(StatusToCartFlow::kind(), std::make_shared<StatusToCartFlow>(m_cart, m_m3, mappings));
    // Webhooks and BODs m3cart has no business flow for yet (stock, items): recorded and visible in the
    // event list, never dead-lettered for that.
    m_flows->setFallback(std::make_shared<RecordOnlyFlow>());
    return ok();
}

Runtime::~Runtime() { stop(); }

QStringList Runtime::kinds() const { return m_flows->kinds(); }

Status Runtime::start()
{
    if (const Status s = addFlows(); !s)
        return s;
    auto policy = RetryPolicy::load(SettingsRepository(m_store));
    if (!policy)
        return policy.error();
    DispatcherOptions d = m_options.dispatcher;
    d.workers = m_options.workers;
    m_dispatcher = std::make_unique<Dispatcher>(m_store, m_flows, policy.value(), d);
    if (m_options.listen) {
        m_listener = std::make_unique<ingest::WebhookListener>(m_store, m_listenerOptions);
        auto port = m_listener->listen();
        if (!port)
            return port.error();
        Dispatcher *dispatcher = m_dispatcher.get();
        QObject::connect(m_listener.get(), &ingest::WebhookListener::eventsAccepted, m_listener.get(),
                         [dispatcher](const QList<qint64> &) { dispatcher->wake(); });
    }
    m_dispatcher->start();
    return ok();
}

void Runtime::stop()
{
    m_listener.reset(); // no new deliveries
    if (m_dispatcher)
        m_dispatcher->stop(); // running flows finish or stay resumable
}

quint16 Runtime::listenerPort() const { return m_listener ? m_listener->port() : 0; }

} // namespace m3cart::flows
