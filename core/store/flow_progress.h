#pragma once
// Per event, the steps a flow has finished and what they produced, so a retry resumes instead of repeating.

#include "common/error.h"

#include <QJsonObject>
#include <QMap>
#include <memory>

class QSqlDatabase;

namespace m3cart {

class Store;

class FlowProgress
{
public:
    explicit FlowProgress(std::shared_ptr<const Store> store);
    Result<QMap<QString, QJsonObject>> steps(qint64 eventId) const;
    Status record(qint64 eventId, const QString &step, const QJsonObject &result) const;
    // Inside a caller's transaction: a local side effect and its step mark commit together.
    static Status record(QSqlDatabase &db, qint64 eventId, const QString &step, const QJsonObject &result);

private:
    std::shared_ptr<const Store> m_store;
};

} // namespace m3cart
