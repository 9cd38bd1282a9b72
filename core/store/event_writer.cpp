#include "event_writer.h"

#include "event_repository.h"
#include "store.h"

#include <QSqlDatabase>
#include <QThread>
#include <condition_variable>
#include <deque>
#include <mutex>

namespace m3cart {

namespace {
struct Ticket
{
    const NewEvent *event = nullptr;
    std::optional<Result<Appended>> result;
};
} // namespace

struct EventWriter::Impl
{
    std::shared_ptr<const Store> store;
    int maxBatch = 512;
    std::mutex mutex;
    std::condition_variable wake;    // writer: work arrived or stop
    std::condition_variable settled; // callers: a batch finished
    std::deque<Ticket *> queue;
    bool stopping = false;
    quint64 commits = 0;
    std::unique_ptr<QThread> thread;

    void run()
    {
        std::vector<Ticket *> batch;
        for (;;) {
            {
                std::unique_lock lock(mutex);
                wake.wait(lock, [&] { return stopping || !queue.empty(); });
                if (queue.empty() && stopping)
                    return;
                while (!queue.empty() && int(batch.size()) < maxBatch) {
                    batch.push_back(queue.front());
                    queue.pop_front();
                }
            }
            commitBatch(batch);
            {
                std::lock_guard lock(mutex);
                ++commits;
            }
            settled.notify_all();
            batch.clear();
        }
    }

    void commitBatch(const std::vector<Ticket *> &batch)
    {
        std::vector<Result<Appended>> results;
        const Status s = store->write([&](QSqlDatabase &db) -> Status {
            results.clear();
            const qint64 now = nowMs();
            EventInserter inserter(db);
            for (Ticket *t : batch)
                results.push_back(inserter.insert(*t->event, now));
            return ok();
        });
        std::lock_guard lock(mutex);
        for (size_t i = 0; i < batch.size(); ++i) {
            // A failed commit fails every event of the batch; none of them was accepted.
            batch[i]->result = s ? results[i] : Result<Appended>(s.error());
        }
    }
};

EventWriter::EventWriter(std::shared_ptr<const Store> store, int maxBatch) : d(std::make_unique<Impl>())
{
    d->store = std::move(store);
    d->maxBatch = qMax(1, maxBatch);
    d->thread.reset(QThread::create([impl = d.get()] { impl->run(); }));
    d->thread->setObjectName(QStringLiteral("m3cart-event-writer"));
    d->thread->start();
}

EventWriter::~EventWriter()
{
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
    }
    d->wake.notify_one();
    d->thread->wait();
}

Result<Appended> EventWriter::append(const NewEvent &event)
{
    // Reject bad input before it joins a batch, so one bad event cannot fail its neighbours.
    if (const Status s = EventRepository::validate(event); !s)
        return s.error();
    Ticket ticket;
    ticket.event = &event;
    std::unique_lock lock(d->mutex);
    if (d->stopping)
        return Error::transient(QStringLiteral("event writer is stopping"));
    d->queue.push_back(&ticket);
    d->wake.notify_one();
    d->settled.wait(lock, [&] { return ticket.result.has_value(); });
    return *ticket.result;
}

quint64 EventWriter::commits() const
{
    std::lock_guard lock(d->mutex);
    return d->commits;
}

} // namespace m3cart
