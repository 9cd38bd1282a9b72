#include "audit_log.h"

#include "store.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace m3cart {

AuditLog::AuditLog(std::shared_ptr<const Store> store) : m_store(std::move(store)) {}

QString AuditLog::defaultActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("operator") : user;
}

Status AuditLog::record(QSqlDatabase &db, const AuditEntry &e)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO audit (at, actor, action, target, reason, details) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.at.isValid() ? e.at.toMSecsSinceEpoch() : nowMs());
    q.addBindValue(e.actor.isEmpty() ? defaultActor() : e.actor);
    q.addBindValue(e.action);
    q.addBindValue(e.target.isNull() ? QStringLiteral("") : e.target);
    q.addBindValue(e.reason.isNull() ? QStringLiteral("") : e.reason); // a null QString binds as NULL
    q.addBindValue(QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)));
    return exec(q, QStringLiteral("writing an audit row"));
}

Result<QList<AuditEntry>> AuditLog::list(int limit, const QString &target) const
{
    QSqlQuery q(m_store->db());
    QString sql = QStringLiteral("SELECT id, at, actor, action, target, reason, details FROM audit");
    if (!target.isEmpty())
        sql += QStringLiteral(" WHERE target = ?");
    sql += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(qMax(1, limit));
    q.prepare(sql);
    if (!target.isEmpty())
        q.addBindValue(target);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading the audit log"));
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.target = q.value(4).toString();
        e.reason = q.value(5).toString();
        e.details = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        out << e;
    }
    return out;
}

} // namespace m3cart
