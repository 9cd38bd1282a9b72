#include "runtime.h"

#include "flows/customer_to_m3_flow.h"
#include "flows/mapping_cache.h"
#include "flows/order_poller.h"
#include "flows/order_to_m3_flow.h"
#include "flows/payment_sync.h"
#include "flows/status_sync.h"
#include "flows/status_to_cart_flow.h"
#include "flows/stock_runner.h"
#include "store/settings_repository.h"

#include <QJsonObject>
#include <QLoggingCategory>

namespace m3cart::flows {

Q_LOGGING_CATEGORY(lcRuntime, "m3cart.flows.runtime")

Result<PollSettings> PollSettings::load(const SettingsRepository &settings)
{
    PollSettings p;
    for (const auto &[name, into] : {std::pair{QStringLiteral("schedule.stock"), &p.stockSeconds},
                                     std::pair{QStringLiteral("schedule.status"), &p.statusSeconds}}) {
        auto schedule = settings.get(name);
        if (!schedule)
            return schedule.error();
        if (!schedule->isObject())
            continue;
        const QJsonValue v = schedule->toObject().value(QStringLiteral("interval_seconds"));
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 7 * 86400)
            return Error::data(QStringLiteral("setting %1: \"interval_seconds\" must be a whole number from 0 (off) to 604800").arg(name));
        *into = v.toInt();
    }
    auto v = settings.get(QStringLiteral("poll.orders"));
    if (!v)
        return v.error();
    if (v->isUndefined() || v->isNull())
        return p;
    if (!v->isObject())
        return Error::data(QStringLiteral("setting poll.orders must be a JSON object"));
    const QJsonObject o = v->toObject();
    const struct { const char *key; int *into; int min; int max; } fields[] = {
        {"interval_seconds", &p.intervalSeconds, 0, 86400}, {"lookback_hours", &p.lookbackHours, 1, 24 * 366},
        {"overlap_days", &p.overlapDays, 1, 31}};
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool known = false;
        for (const auto &f : fields) {
            if (it.key() != QLatin1String(f.key))
                continue;
            known = true;
            const double d = it.value().toDouble(-1);
            if (!it.value().isDouble() || d != double(int(d)) || int(d) < f.min || int(d) > f.max)
                return Error::data(QStringLiteral("setting poll.orders: \"%1\" must be a whole number from %2 to %3")
                                       .arg(it.key()).arg(f.min).arg(f.max));
            *f.into = int(d);
        }
        if (!known)
            return Error::data(QStringLiteral("setting poll.orders: \"%1\" is not a known key (interval_seconds, lookback_hours, overlap_days)").arg(it.key()));
    }
    return p;
}

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
    auto payments = std::make_shared<PaymentSync>(m_store, m_cart->config(), m_m3->config());
    m_flows->add(StatusToCartFlow::kind(), std::make_shared<StatusToCartFlow>(m_cart, m_m3, mappings, payments));
    m_stock = std::make_shared<StockRunner>(m_store, m_cart->config(), m_m3->config());
    m_flows->add(StockTriggerFlow::kind(), std::make_shared<StockTriggerFlow>(m_stock));
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
    // The order poll (unless the caller runs without it) and the schedules the settings ask for.
    {
        auto poll = PollSettings::load(SettingsRepository(m_store));
        if (!poll)
            return poll.error();
        m_poll = poll.value();
        if (m_options.poll && m_poll.intervalSeconds > 0) {
            m_pollPool.setMaxThreadCount(1);
            m_pollTimer.setInterval(m_poll.intervalSeconds * 1000);
            QObject::connect(&m_pollTimer, &QTimer::timeout, [this] { pollOrdersNow(); });
            m_pollTimer.start();
            // The first poll soon after the start catches what arrived while nothing was listening.
            QTimer::singleShot(2000, &m_pollTimer, [this] { pollOrdersNow(); });
        }
        if (m_poll.stockSeconds > 0) {
            m_pollPool.setMaxThreadCount(1);
            m_stockTimer.setInterval(m_poll.stockSeconds * 1000);
            QObject::connect(&m_stockTimer, &QTimer::timeout, &m_stockTimer, [this] {
                auto runner = m_stock;
                m_pollPool.start([runner] {
                    if (auto r = runner->request(); !r)
                        qCWarning(lcRuntime, "scheduled stock sync failed: %s", qPrintable(r.error().message));
                });
            });
            m_stockTimer.start();
        }
        if (m_poll.statusSeconds > 0) {
            m_pollPool.setMaxThreadCount(1);
            m_statusTimer.setInterval(m_poll.statusSeconds * 1000);
            QObject::connect(&m_statusTimer, &QTimer::timeout, &m_statusTimer, [this] {
                m_pollPool.start([store = m_store, cart = m_cart->config(), m3 = m_m3->config()] {
                    if (auto r = syncStatus(store, cart, m3, {}); !r)
                        qCWarning(lcRuntime, "scheduled status sync failed: %s", qPrintable(r.error().message));
                });
            });
            m_statusTimer.start();
        }
    }
    return ok();
}

void Runtime::pollOrdersNow()
{
    if (!m_dispatcher || m_polling.exchange(true))
        return;
    Dispatcher *dispatcher = m_dispatcher.get();
    m_pollPool.start([this, dispatcher] {
        OrderPoller poller(m_store, m_cart, m_poll.overlapDays);
        auto r = poller.pollOnce(m_poll.lookbackHours);
        if (!r)
            qCWarning(lcRuntime, "order poll failed (%s): %s", qPrintable(errorClassName(r.error().errorClass)),
                      qPrintable(r.error().message));
        else if (!r->queuedIds().isEmpty())
            dispatcher->wake();
        m_polling = false;
    });
}

void Runtime::stop()
{
    m_pollTimer.stop();
    m_stockTimer.stop();
    m_statusTimer.stop();
    m_pollPool.waitForDone();
    m_listener.reset(); // no new deliveries
    if (m_dispatcher)
        m_dispatcher->stop(); // running flows finish or stay resumable
}

quint16 Runtime::listenerPort() const { return m_listener ? m_listener->port() : 0; }

} // namespace m3cart::flows
