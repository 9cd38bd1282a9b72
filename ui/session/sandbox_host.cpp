#include "sandbox_host.h"

#include "sandbox/sandbox.h"

#include <QPointer>

namespace m3cart::ui {

SandboxHost::SandboxHost(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    m_thread.start();
}

SandboxHost::~SandboxHost()
{
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            delete m_sandbox;
            delete m_anchor;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SandboxHost::start()
{
    if (isRunning()) {
        emit started(m_ready);
        return;
    }
    QPointer<SandboxHost> self(this);
    QMetaObject::invokeMethod(m_anchor, [this, self] {
        if (!m_sandbox)
            m_sandbox = new sandbox::Sandbox;
        QString error;
        const bool ok = m_sandbox->start(&error);
        QJsonObject ready;
        if (ok) {
            m_sandbox->cart()->setThrottle(0, 0); // the console shows the flow, not the store's throttle
            ready = m_sandbox->readyJson();
        }
        QMetaObject::invokeMethod(this, [this, self, ok, error, ready] {
            if (!self)
                return;
            if (!ok) {
                emit failed(error);
                return;
            }
            m_ready = ready;
            m_catalogue = sandbox::SampleCatalogue::fromSeed(sandbox::SeedData::generate(1, 40));
            emit started(m_ready);
        });
    });
}

void SandboxHost::placeOrders(int count, bool faults)
{
    if (!isRunning() || count <= 0)
        return;
    const QList<QJsonObject> specs = m_catalogue.orders(count, m_rng, m_placed);
    m_placed += count;
    QPointer<SandboxHost> self(this);
    QMetaObject::invokeMethod(m_anchor, [this, self, specs, faults] {
        QString error;
        const QList<sandbox::FaultRule> rules =
            faults ? sandbox::FaultInjector::parse(sandbox::sampleFaultSpec(), &error)
                   : QList<sandbox::FaultRule>{};
        m_sandbox->m3()->faults().setRules(rules);
        int placed = 0;
        for (const QJsonObject &spec : specs)
            if (m_sandbox->cart()->placeOrder(spec) > 0)
                ++placed;
        QMetaObject::invokeMethod(this, [this, self, placed] {
            if (self)
                emit ordersPlaced(placed);
        });
    });
}

} // namespace m3cart::ui
