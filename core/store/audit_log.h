#pragma once
// Operator actions (retry, discard, edit, settings changes): who, when, what, why.

#include "common/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <memory>

class QSqlDatabase;

namespace m3cart {

class Store;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action; // "dlq.retry", "dlq.discard", "dlq.edit", "settings.change", ...
    QString target; // "event:42"
    QString reason;
    QJsonObject details;
};

class AuditLog
{
public:
    explicit AuditLog(std::shared_ptr<const Store> store);
    // Inside the caller's write transaction, so an action and its audit row commit together.
    static Status record(QSqlDatabase &db, const AuditEntry &entry);
    Result<QList<AuditEntry>> list(int limit = 200, const QString &target = {}) const;

    static QString defaultActor(); // the OS user name

private:
    std::shared_ptr<const Store> m_store;
};

} // namespace m3cart
