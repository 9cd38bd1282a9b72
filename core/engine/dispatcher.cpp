#include "dispatcher.h"

#include "engine/dispatch_store.h"
#include "store/alert_log.h"
#include "store/flow_progress.h"
#include "store/store.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <algorithm>
#include <exception>


namespace m3cart {

Q_LOGGING_CATEGORY(lcEngine, "m3cart.engine", QtWarningMsg)

struct Dispatcher::Impl
{
    Dispatcher *q = nullptr;
    std::shared_ptr<const Store> store;
    std::shared_ptr<const FlowRegistry> flows;
    DispatchStore dispatchStore;
    FlowProgress progress;
    DispatcherOptions options;

    mutable QMutex mutex; // guards the fields below that other threads read
    RetryPolicy policy;
    EngineCounters counters;
    QMap<QString, QString> pausedConnections; // connection -> reason
    QString pauseReason;
    bool paused = false;
    bool idle = false;

    // Loop thread only.
    QThread thread;
    QObject *loop = nullptr;
    QTimer *pollTimer = nullptr;
    QTimer *flushTimer = nullptr;
    QSet<QString> busyKeys;
    QSet<qint64> changed;
    bool countersDirty = false;
    bool running = false;

    QThreadPool pool;
    std::atomic_bool cancel{false};

    Impl(std::shared_ptr<const Store> s, std::shared_ptr<const FlowRegistry> f)
        : store(s), flows(std::move(f)), dispatchStore(s), progress(s)
    {
    }

    template <typename Fn>
    void onLoop(Fn fn, bool wait = false)
    {
        if (QThread::currentThread() == &thread)
            fn();
        else
            QMetaObject::invokeMethod(loop, fn, wait ? Qt::BlockingQueuedConnection : Qt::QueuedConnection);
    }

    void reportStoreError(const Error &e)
    {
        qCWarning(lcEngine) << e.message;
        emit q->storeError(e.message);
    }

    void setIdle(bool now)
    {
        bool becameIdle = false;
        {
            QMutexLocker lock(&mutex);
            becameIdle = now && !idle;
            idle = now;
        }
        if (becameIdle)
            emit q->idle();
    }

    void pump()
    {
        if (!running)
            return;
        bool isPaused = false;
        QSet<QString> pausedConns;
        {
            QMutexLocker lock(&mutex);
            isPaused = paused;
            for (auto it = pausedConnections.cbegin(); it != pausedConnections.cend(); ++it)
                pausedConns.insert(it.key());
        }
        if (isPaused)
            return;
        int free = options.workers - int(busyKeys.size());
        if (free <= 0)
            return;
        auto due = dispatchStore.due(nowMs(), options.window, busyKeys);
        if (!due) {
            reportStoreError(due.error());
            return;
        }
        bool startedAny = false;
        for (const DueEvent &c : due.value()) {
            if (free == 0)
                break;
            if (busyKeys.contains(c.key))
                continue;
            std::shared_ptr<Flow> flow = flows->find(c.kind);
            if (flow && !flow->connection().isEmpty() && pausedConns.contains(flow->connection()))
                continue;
            auto claim = dispatchStore.claim(c);
            if (!claim) {
                reportStoreError(claim.error());
                return;
            }
            if (!claim->claimed) {
                if (claim->heldBy > 0) {
                    changed.insert(c.id);
                    bump([](EngineCounters &k) { ++k.held; });
                }
                continue;
            }
            busyKeys.insert(c.key);
            --free;
            startedAny = true;
            changed.insert(c.id);
            bump([n = int(busyKeys.size())](EngineCounters &k) { k.inFlight = n; });
            Claim cl = claim.value();
            pool.start([this, cl, flow] { runOne(cl, flow); });
        }
        setIdle(!startedAny && busyKeys.isEmpty() && due->isEmpty());
    }

    template <typename Fn>
    void bump(Fn fn)
    {
        QMutexLocker lock(&mutex);
        fn(counters);
        countersDirty = true;
    }

    // Worker thread.
    void runOne(const Claim &claim, const std::shared_ptr<Flow> &flow)
    {
        const Event &ev = claim.event;
        auto steps = progress.steps(ev.id);
        FlowContext ctx(store, ev, steps ? steps.value() : QMap<QString, QJsonObject>{}, &cancel);
        Status result = ok();
        if (!steps) {
            result = steps.error();
        } else if (!flow) {
            result = Error::data(QStringLiteral("no flow handles events of kind '%1'").arg(ev.kind));
        } else {
            try {
                result = flow->run(ctx);
            } catch (const std::exception &e) {
                result = Error::transient(QStringLiteral("flow %1 failed unexpectedly: %2")
                                              .arg(flow->name(), QString::fromUtf8(e.what())));
            } catch (...) {
                result = Error::transient(QStringLiteral("flow %1 failed unexpectedly").arg(flow->name()));
            }
        }

        AttemptOutcome o;
        o.request = ctx.requestSummary();
        o.response = ctx.responseSummary();
        RetryDecision decision;
        if (result) {
            o.outcome = QStringLiteral("ok");
            o.nextStatus = QString::fromLatin1(EventStatus::Done);
        } else {
            const Error &err = result.error();
            {
                QMutexLocker lock(&mutex);
                decision = policy.decide(err, ev.attempts);
            }
            o.errorClass = errorClassName(err.errorClass);
            o.message = err.message;
            switch (decision.action) {
            case RetryDecision::Action::Retry:
                o.outcome = QStringLiteral("retry");
                o.nextStatus = QString::fromLatin1(EventStatus::Retry);
                o.retryDelayMs = decision.delayMs;
                break;
            case RetryDecision::Action::DeadLetter:
                o.outcome = QStringLiteral("dead");
                o.nextStatus = QString::fromLatin1(EventStatus::Dead);
                if (decision.reason.startsWith(QLatin1String("gave up")))
                    o.message = decision.reason + QStringLiteral(": ") + err.message;
                break;
            case RetryDecision::Action::PauseConnection:
                o.outcome = QStringLiteral("paused");
                o.nextStatus = QString::fromLatin1(EventStatus::Pending);
                o.refundAttempt = true;
                break;
            }
        }
        auto released = dispatchStore.finish(ev.id, claim.attemptId, o);
        const QString connection = flow ? flow->connection() : QString();
        onLoop([this, ev, o, released, decision, connection, err = result ? Error{} : result.error()] {
            busyKeys.remove(ev.key);
            changed.insert(ev.id);
            if (!released) {
                reportStoreError(released.error());
            } else {
                for (qint64 id : released.value())
                    changed.insert(id);
            }
            bump([&](EngineCounters &k) {
                k.inFlight = int(busyKeys.size());
                if (o.nextStatus == QLatin1String(EventStatus::Done))
                    ++k.succeeded;
                else if (o.nextStatus == QLatin1String(EventStatus::Retry))
                    ++k.retried;
                else if (o.nextStatus == QLatin1String(EventStatus::Dead))
                    ++k.deadLettered;
            });
            if (o.outcome == QLatin1String("paused"))
                pauseConnection(connection.isEmpty() ? QStringLiteral("engine") : connection, err.message);
            pump();
        });
    }

    void pauseConnection(const QString &connection, const QString &reason)
    {
        {
            QMutexLocker lock(&mutex);
            pausedConnections.insert(connection, reason);
            counters.pausedConnections = pausedConnections.keys();
            countersDirty = true;
        }
        qCWarning(lcEngine) << "connection" << connection << "paused:" << reason;
        const auto alert = AlertLog(store).raise(
            QStringLiteral("error"), connection,
            QStringLiteral("%1 connection paused after an authentication failure: %2. Check the credentials, "
                           "then resume the connection.").arg(connection, reason));
        if (!alert)
            reportStoreError(alert.error());
        emit q->connectionPaused(connection, reason);
    }

    void flush()
    {
        EngineCounters snapshot;
        bool dirty = false;
        {
            QMutexLocker lock(&mutex);
            dirty = countersDirty;
            countersDirty = false;
            snapshot = counters;
        }
        if (!changed.isEmpty()) {
            QList<qint64> ids(changed.begin(), changed.end());
            std::sort(ids.begin(), ids.end());
            changed.clear();
            emit q->eventsChanged(ids);
        }
        if (dirty)
            emit q->countersChanged(snapshot);
    }
};

Dispatcher::Dispatcher(std::shared_ptr<const Store> store, std::shared_ptr<const FlowRegistry> flows,
                       RetryPolicy policy, DispatcherOptions options, QObject *parent)
    : QObject(parent), d(std::make_unique<Impl>(std::move(store), std::move(flows)))
{
    qRegisterMetaType<m3cart::EngineCounters>();
    d->q = this;
    d->policy = std::move(policy);
    d->options = options;
    d->options.workers = std::max(1, options.workers);
    d->pool.setMaxThreadCount(d->options.workers);
    d->pool.setExpiryTimeout(-1); // keep threads (and their store connections) for the engine's life
    d->thread.setObjectName(QStringLiteral("m3cart-dispatcher"));
    d->loop = new QObject;
    d->loop->moveToThread(&d->thread);
    QObject::connect(&d->thread, &QThread::finished, d->loop, &QObject::deleteLater);
    d->thread.start();
    d->onLoop(
        [this] {
            d->pollTimer = new QTimer(d->loop);
            d->pollTimer->setInterval(d->options.pollIntervalMs);
            QObject::connect(d->pollTimer, &QTimer::timeout, d->loop, [this] { d->pump(); });
            d->flushTimer = new QTimer(d->loop);
            d->flushTimer->setInterval(d->options.observerIntervalMs);
            QObject::connect(d->flushTimer, &QTimer::timeout, d->loop, [this] { d->flush(); });
        },
        true);
}

Dispatcher::~Dispatcher()
{
    stop();
    d->thread.quit();
    d->thread.wait();
}

void Dispatcher::start()
{
    d->cancel = false;
    d->onLoop([this] {
        if (d->running)
            return;
        auto recovered = d->dispatchStore.recoverInterrupted();
        if (!recovered) {
            d->reportStoreError(recovered.error());
            return;
        }
        if (recovered.value() > 0)
            qCInfo(lcEngine) << "recovered" << recovered.value() << "interrupted events";
        d->bump([n = recovered.value()](EngineCounters &k) { k.recovered += n; });
        d->running = true;
        d->pollTimer->start();
        d->flushTimer->start();
        d->pump();
    });
}

void Dispatcher::stop()
{
    if (!d->thread.isRunning())
        return;
    d->onLoop(
        [this] {
            d->running = false;
            if (d->pollTimer)
                d->pollTimer->stop();
        },
        true);
    d->cancel = true;
    d->pool.waitForDone();
    // Completions queued by the workers run before this, so the last flush sees them all.
    d->onLoop(
        [this] {
            if (d->flushTimer)
                d->flushTimer->stop();
            d->flush();
        },
        true);
}

void Dispatcher::wake()
{
    d->onLoop([this] { d->pump(); });
}

void Dispatcher::pause(const QString &reason)
{
    {
        QMutexLocker lock(&d->mutex);
        d->paused = true;
        d->pauseReason = reason;
        d->counters.paused = true;
        d->countersDirty = true;
    }
}

void Dispatcher::resume()
{
    {
        QMutexLocker lock(&d->mutex);
        d->paused = false;
        d->pauseReason.clear();
        d->counters.paused = false;
        d->countersDirty = true;
    }
    wake();
}

void Dispatcher::pauseConnection(const QString &connection, const QString &reason)
{
    d->onLoop([this, connection, reason] { d->pauseConnection(connection, reason); });
}

void Dispatcher::resumeConnection(const QString &connection)
{
    {
        QMutexLocker lock(&d->mutex);
        d->pausedConnections.remove(connection);
        d->counters.pausedConnections = d->pausedConnections.keys();
        d->countersDirty = true;
    }
    wake();
}

void Dispatcher::setPolicy(const RetryPolicy &policy)
{
    QMutexLocker lock(&d->mutex);
    d->policy = policy;
}

EngineCounters Dispatcher::counters() const
{
    QMutexLocker lock(&d->mutex);
    return d->counters;
}

bool Dispatcher::isIdle() const
{
    QMutexLocker lock(&d->mutex);
    return d->idle;
}

} // namespace m3cart
