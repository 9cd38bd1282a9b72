#include "alert_log.h"

#include "audit_log.h"
#include "store.h"

#include <QSqlQuery>
#include <QVariant>

namespace m3cart {

AlertLog::AlertLog(std::shared_ptr<const Store> store) : m_store(std::move(store)) {}

Result<qint64> AlertLog::raise(const QString &severity, const QString &source, const QString &message) const
{
    qint64 id = 0;
    const Status s = m_store->write([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO alerts (at, severity, source, message) VALUES (?, ?, ?, ?)"));
        q.addBindValue(nowMs());
        q.addBindValue(severity);
        q.addBindValue(source);
        q.addBindValue(message);
        if (const Status e = exec(q, QStringLiteral("raising an alert")); !e)
            return e;
        id = q.lastInsertId().toLongLong();
        return ok();
    });
    if (!s)
        return s.error();
    return id;
}

Result<QList<Alert>> AlertLog::open(int limit) const
{
    QSqlQuery q(m_store->db());
    q.prepare(QStringLiteral("SELECT id, at, severity, source, message FROM alerts WHERE acknowledged = 0 "
                             "ORDER BY id DESC LIMIT %1").arg(qMax(1, limit)));
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading alerts"));
    QList<Alert> out;
    while (q.next())
        out << Alert{q.value(0).toLongLong(), QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC),
                     q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), false};
    return out;
}

Status AlertLog::acknowledge(qint64 id, const QString &actor) const
{
    return m_store->write([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE alerts SET acknowledged = 1 WHERE id = ? AND acknowledged = 0"));
        q.addBindValue(id);
        if (const Status e = exec(q, QStringLiteral("acknowledging alert %1").arg(id)); !e)
            return e;
        if (q.numRowsAffected() != 1)
            return Error::notFound(QStringLiteral("no open alert with id %1").arg(id));
        AuditEntry a;
        a.actor = actor;
        a.action = QStringLiteral("alert.acknowledge");
        a.target = QStringLiteral("alert:%1").arg(id);
        return AuditLog::record(db, a);
    });
}

} // namespace m3cart
