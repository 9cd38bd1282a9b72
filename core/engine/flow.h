#pragma once
// A flow carries one kind of event through a business process. The engine calls run() on a worker thread;
// the flow records each finished step through its context so that a retry resumes instead of repeating.

#include "common/error.h"
#include "domain/event.h"

#include <QJsonObject>
#include <QMap>
#include <atomic>
#include <functional>
#include <memory>

class QSqlDatabase;

namespace m3cart {

class Store;

class FlowContext
{
public:
    FlowContext(std::shared_ptr<const Store> store, Event event, QMap<QString, QJsonObject> doneSteps,
                const std::atomic_bool *cancel);

    const Event &event() const { return m_event; }
    const std::shared_ptr<const Store> &store() const { return m_store; }

    bool isDone(const QString &step) const { return m_done.contains(step); }
    QJsonObject stepResult(const QString &step) const { return m_done.value(step); }

    // Records a finished step durably before returning.
    Status markDone(const QString &step, const QJsonObject &result = {});
    // Runs a local store change and records the step in the same transaction: both or neither.
    Status markDoneWith(const QString &step, const QJsonObject &result,
                        const std::function<Status(QSqlDatabase &)> &localChange);

    // Dry run ('sync order --dry-run'): steps are remembered for this run only, nothing is written to the
    // store, and flows send no write to another system (see flows/flow_io.h).
    void setDryRun(bool dryRun) { m_dryRun = dryRun; }
    bool dryRun() const { return m_dryRun; }

    // The engine is stopping: a long flow should return a transient error at its next safe point.
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    // Summaries for the attempt record (never secrets).
    void setRequestSummary(const QString &s) { m_request = s; }
    void setResponseSummary(const QString &s) { m_response = s; }
    QString requestSummary() const { return m_request; }
    QString responseSummary() const { return m_response; }

private:
    std::shared_ptr<const Store> m_store;
    Event m_event;
    QMap<QString, QJsonObject> m_done;
    const std::atomic_bool *m_cancel;
    QString m_request;
    QString m_response;
    bool m_dryRun = false;
};

class Flow
{
public:
    virtual ~Flow() = default;
    virtual QString name() const = 0;
    // The connection this flow calls ("cart", "m3"); an auth failure pauses every flow on it.
    virtual QString connection() const { return {}; }
    // Must be safe to call from several worker threads at once (for different events).
    virtual Status run(FlowContext &context) = 0;
};

// Which flow handles which event kind.
class FlowRegistry
{
public:
    void add(const QString &kind, std::shared_ptr<Flow> flow) { m_flows.insert(kind, std::move(flow)); }
    // For kinds nobody registered; without one, such events are dead-lettered as data errors.
    void setFallback(std::shared_ptr<Flow> flow) { m_fallback = std::move(flow); }
    std::shared_ptr<Flow> find(const QString &kind) const { return m_flows.value(kind, m_fallback); }
    QStringList kinds() const { return m_flows.keys(); }

private:
    QMap<QString, std::shared_ptr<Flow>> m_flows;
    std::shared_ptr<Flow> m_fallback;
};

} // namespace m3cart
