#pragma once
// Retries dead letters one by one at a chosen pace on a pool thread, each through the audited core API,
// reporting every item; cancel stops before the next one (the pause between two is cut short).

#include <QObject>
#include <QString>
#include <condition_variable>
#include <memory>
#include <mutex>

namespace m3cart {
class Store;
namespace ui {

class BulkRetry : public QObject
{
    Q_OBJECT
public:
    explicit BulkRetry(std::shared_ptr<const Store> store, QObject *parent = nullptr);
    ~BulkRetry() override; // cancels and waits for the worker

    // paceMs between two retries; false when a run is already going.
    bool start(const QList<qint64> &ids, int paceMs, const QString &actor, const QString &reason);
    void cancel();
    bool isRunning() const { return m_running; }
    void waitForFinished(); // for tests and shutdown: blocks until the worker has returned

signals:
    void itemFinished(int index, qint64 id, bool ok, const QString &message);
    void finished(int retried, int failed, int cancelled);

private:
    struct Shared
    {
        std::mutex mutex;
        std::condition_variable wake;
        bool cancelled = false;
        bool done = true;
        std::condition_variable doneSignal;
    };
    std::shared_ptr<const Store> m_store;
    std::shared_ptr<Shared> m_shared;
    bool m_running = false;
};

} // namespace ui
} // namespace m3cart
