#include "flow.h"

#include "store/flow_progress.h"
#include "store/store.h"

namespace m3cart {

FlowContext::FlowContext(std::shared_ptr<const Store> store, Event event, QMap<QString, QJsonObject> doneSteps,
                         const std::atomic_bool *cancel)
    : m_store(std::move(store)), m_event(std::move(event)), m_done(std::move(doneSteps)), m_cancel(cancel)
{
}

Status FlowContext::markDone(const QString &step, const QJsonObject &result)
{
    return markDoneWith(step, result, [](QSqlDatabase &) { return ok(); });
}

Status FlowContext::markDoneWith(const QString &step, const QJsonObject &result,
                                 const std::function<Status(QSqlDatabase &)> &localChange)
{
    if (m_dryRun) {
        m_done.insert(step, result);
        return ok();
    }
    const Status s = m_store->write([&](QSqlDatabase &db) -> Status {
        if (const Status c = localChange(db); !c)
            return c;
        return FlowProgress::record(db, m_event.id, step, result);
    });
    if (s)
        m_done.insert(step, result);
    return s;
}

} // namespace m3cart
