#pragma once
// Conditions an admin must see (a paused connection, a flow that needs attention), kept until acknowledged.

#include "common/error.h"

#include <QDateTime>
#include <QList>
#include <memory>

namespace m3cart {

class Store;

struct Alert
{
    qint64 id = 0;
    QDateTime at;
    QString severity; // "error", "warning", "info"
    QString source;   // "m3", "cart", "engine", a flow name
    QString message;
    bool acknowledged = false;
};

class AlertLog
{
public:
    explicit AlertLog(std::shared_ptr<const Store> store);
    Result<qint64> raise(const QString &severity, const QString &source, const QString &message) const;
    Result<QList<Alert>> open(int limit = 100) const; // not yet acknowledged, newest first
    Status acknowledge(qint64 id, const QString &actor) const; // audited

private:
    std::shared_ptr<const Store> m_store;
};

} // namespace m3cart
