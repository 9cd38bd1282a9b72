#pragma once
// Everything that runs headless, wired once: the store, both API clients, the flows, the dispatcher and the
// listener (whose accepted events wake the dispatcher). Used by 'm3cart serve', 'm3cart demo' and the
// console. Lives on the caller's thread, which must run an event loop.

#include "cart/cart_client.h"
#include "common/error.h"
#include "engine/dispatcher.h"
#include "ingest/webhook_listener.h"
#include "m3/m3_client.h"

#include <memory>

namespace m3cart::flows {

struct RuntimeOptions
{
    int workers = 4;
    bool listen = true;
    DispatcherOptions dispatcher;
};

class Runtime
{
public:
    Runtime(std::shared_ptr<const Store> store, cart::CartConfig cart, m3::M3Config m3,
            ingest::ListenerOptions listener, RuntimeOptions options = {});
    ~Runtime(); // stops: the listener first, then running flows finish

    Status start(); // engine and listener; the listener's port is in listenerPort()
    void stop();
    quint16 listenerPort() const;
    Dispatcher &dispatcher() { return *m_dispatcher; }
    ingest::WebhookListener *listener() { return m_listener.get(); }
    const cart::CartClient &cart() const { return *m_cart; }
    const m3::M3Client &m3() const { return *m_m3; }
    QStringList kinds() const; // event kinds with a flow (after start())

private:
    Status addFlows(); // with the shop's settings (flow.orders)

    std::shared_ptr<const Store> m_store;
    std::shared_ptr<cart::CartClient> m_cart;
    std::shared_ptr<m3::M3Client> m_m3;
    ingest::ListenerOptions m_listenerOptions;
    RuntimeOptions m_options;
    std::shared_ptr<FlowRegistry> m_flows;
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::unique_ptr<ingest::WebhookListener> m_listener;
};

} // namespace m3cart::flows
