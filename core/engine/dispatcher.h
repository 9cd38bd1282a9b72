#pragma once
// Takes due events from the store and runs each through the flow registered for its kind, on a bounded
// worker pool, one event per key at a time, in arrival order. Failures go through the RetryPolicy.
// Observers get batched signals: one eventsChanged per interval, never one signal per row.

#include "engine/flow.h"
#include "engine/retry_policy.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <memory>

namespace m3cart {

class Store;

struct EngineCounters
{
    int inFlight = 0;
    qint64 succeeded = 0;
    qint64 retried = 0;
    qint64 deadLettered = 0;
    qint64 held = 0;
    qint64 recovered = 0; // interrupted by a crash and picked up again
    QStringList pausedConnections;
    bool paused = false;
};

struct DispatcherOptions
{
    int workers = 4;
    int pollIntervalMs = 500;     // also picks up events appended by other processes
    int observerIntervalMs = 100; // batching of eventsChanged / countersChanged
    int window = 256;             // due events examined per pass
};

class Dispatcher : public QObject
{
    Q_OBJECT
public:
    Dispatcher(std::shared_ptr<const Store> store, std::shared_ptr<const FlowRegistry> flows,
               RetryPolicy policy, DispatcherOptions options = {}, QObject *parent = nullptr);
    ~Dispatcher() override; // stops and waits for running flows

    // Thread-safe; all of them return at once.
    void start();
    void stop(); // no new work; waits for running flows to return
    void wake(); // new events were appended
    void pause(const QString &reason);
    void resume();
    void pauseConnection(const QString &connection, const QString &reason);
    void resumeConnection(const QString &connection);
    void setPolicy(const RetryPolicy &policy);

    EngineCounters counters() const;
    bool isIdle() const; // nothing in flight and nothing due now (as of the last pass)

signals:
    void eventsChanged(const QList<qint64> &ids);
    void countersChanged(const m3cart::EngineCounters &counters);
    void connectionPaused(const QString &connection, const QString &reason);
    void idle();
    void storeError(const QString &message);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace m3cart

Q_DECLARE_METATYPE(m3cart::EngineCounters)
