#include "flow_progress.h"

#include "store.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace m3cart {

FlowProgress::FlowProgress(std::shared_ptr<const Store> store) : m_store(std::move(store)) {}

Result<QMap<QString, QJsonObject>> FlowProgress::steps(qint64 eventId) const
{
    QSqlQuery q(m_store->db());
    q.prepare(QStringLiteral("SELECT step, result FROM flow_progress WHERE event_id = ?"));
    q.addBindValue(eventId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading flow progress of event %1").arg(eventId));
    QMap<QString, QJsonObject> out;
    while (q.next())
        out.insert(q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
    return out;
}

Status FlowProgress::record(qint64 eventId, const QString &step, const QJsonObject &result) const
{
    return m_store->write([&](QSqlDatabase &db) { return record(db, eventId, step, result); });
}

Status FlowProgress::record(QSqlDatabase &db, qint64 eventId, const QString &step, const QJsonObject &result)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO flow_progress (event_id, step, result, done_at) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (event_id, step) DO UPDATE SET result = excluded.result, "
                             "done_at = excluded.done_at"));
    q.addBindValue(eventId);
    q.addBindValue(step);
    q.addBindValue(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    q.addBindValue(nowMs());
    return exec(q, QStringLiteral("recording step %1 of event %2").arg(step).arg(eventId));
}

} // namespace m3cart
