#pragma once
// Both simulators on a thread of their own inside the console (the GUI thread never serves HTTP for them):
// started asynchronously, asked to place sample orders or inject faults, stopped with the console.

#include "sandbox/sample_orders.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>

namespace m3cart::sandbox {
class Sandbox;
}

namespace m3cart::ui {

class SandboxHost : public QObject
{
    Q_OBJECT
public:
    explicit SandboxHost(QObject *parent = nullptr);
    ~SandboxHost() override;

    void start(); // emits started(ready) or failed(message)
    bool isRunning() const { return !m_ready.isEmpty(); }
    QJsonObject ready() const { return m_ready; }
    const sandbox::SampleCatalogue &catalogue() const { return m_catalogue; }

    // count random sample orders; with faults, some M3 calls fail (transient outage, rejected line).
    void placeOrders(int count, bool faults); // emits ordersPlaced(n)

signals:
    void started(const QJsonObject &ready);
    void failed(const QString &message);
    void ordersPlaced(int count);

private:
    QThread m_thread;
    QObject *m_anchor = nullptr; // lives on m_thread
    sandbox::Sandbox *m_sandbox = nullptr;
    QJsonObject m_ready;
    sandbox::SampleCatalogue m_catalogue;
    QRandomGenerator m_rng{42};
    int m_placed = 0;
};

} // namespace m3cart::ui
