#pragma once
// Everything that runs headless, wired once: the store, both API clients, the flows, the dispatcher and the
// listener (whose accepted events wake the dispatcher). Used by 'm3cart serve', 'm3cart demo' and the
// console. Lives on the caller's thread, which must run an event loop.

#include "cart/cart_client.h"
#include "common/error.h"
#include "engine/dispatcher.h"
#include "ingest/webhook_listener.h"
#include "m3/m3_client.h"

#include <QThreadPool>
#include <QTimer>
#include <atomic>
#include <memory>

namespace m3cart {
class SettingsRepository;
}

namespace m3cart::flows {

struct RuntimeOptions
{
    int workers = 4;
    bool listen = true;
    bool poll = true; // the order poll, as the setting "poll.orders" says (README.md, Flows); schedules run regardless
    DispatcherOptions dispatcher;
};

// The setting "poll.orders": {"interval_seconds": 300 (0: off), "lookback_hours": 24, "overlap_days": 1}.
struct PollSettings
{
    int stockSeconds = 0;  // "schedule.stock": {"interval_seconds": N}: a delta stock sync every N s (0: off)
    int statusSeconds = 0; // "schedule.status": {"interval_seconds": N}: 'sync status' every N s (0: off)
    int intervalSeconds = 300;
    int lookbackHours = 24; // the first poll's reach, when no poll has run yet
    int overlapDays = 1;
    static Result<PollSettings> load(const SettingsRepository &settings);
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
    // Runs one order poll now on a pool thread (unless one is running); new events wake the engine.
    void pollOrdersNow();

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
    PollSettings m_poll;
    QTimer m_pollTimer;
    QThreadPool m_pollPool;
    std::atomic_bool m_polling{false};
    std::shared_ptr<class StockRunner> m_stock;
    QTimer m_stockTimer;
    QTimer m_statusTimer;
};

} // namespace m3cart::flows
