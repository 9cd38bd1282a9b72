#include "bulk_retry.h"

#include "engine/dead_letters.h"

#include <QPointer>
#include <QtConcurrent>

namespace m3cart::ui {

BulkRetry::BulkRetry(std::shared_ptr<const Store> store, QObject *parent)
    : QObject(parent), m_store(std::move(store)), m_shared(std::make_shared<Shared>())
{
}

BulkRetry::~BulkRetry()
{
    cancel();
    waitForFinished();
}

bool BulkRetry::start(const QList<qint64> &ids, int paceMs, const QString &actor, const QString &reason)
{
    if (m_running)
        return false;
    m_running = true;
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->cancelled = false;
        m_shared->done = false;
    }
    QPointer<BulkRetry> self(this);
    const auto post = [self](auto fn) {
        QMetaObject::invokeMethod(
            qApp,
            [self, fn] {
                if (self)
                    fn(self.data());
            },
            Qt::QueuedConnection);
    };
    QThreadPool::globalInstance()->start(
        [store = m_store, shared = m_shared, ids, paceMs, actor, reason, post] {
            const DeadLetters dlq(store);
            int retried = 0, failed = 0, cancelled = 0;
            for (int i = 0; i < ids.size(); ++i) {
                {
                    std::unique_lock lock(shared->mutex);
                    if (i > 0 && paceMs > 0)
                        shared->wake.wait_for(lock, std::chrono::milliseconds(paceMs),
                                              [&] { return shared->cancelled; });
                    if (shared->cancelled) {
                        cancelled = int(ids.size()) - i;
                        break;
                    }
                }
                const qint64 id = ids[i];
                const auto r = dlq.retry({id}, actor, reason);
                const bool ok = r && r.value() > 0;
                ok ? ++retried : ++failed;
                const QString message = r ? QString() : r.error().message;
                post([i, id, ok, message](BulkRetry *b) { emit b->itemFinished(i, id, ok, message); });
            }
            post([retried, failed, cancelled](BulkRetry *b) {
                b->m_running = false;
                emit b->finished(retried, failed, cancelled);
            });
            std::lock_guard lock(shared->mutex);
            shared->done = true;
            shared->doneSignal.notify_all();
        });
    return true;
}

void BulkRetry::cancel()
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->cancelled = true;
    m_shared->wake.notify_all();
}

void BulkRetry::waitForFinished()
{
    std::unique_lock lock(m_shared->mutex);
    m_shared->doneSignal.wait(lock, [this] { return m_shared->done; });
}

} // namespace m3cart::ui
