#include "dispatch_store.h"

#include "store/event_repository.h"
#include "store/store.h"

#include <QSqlQuery>
#include <QVariant>

namespace m3cart {

DispatchStore::DispatchStore(std::shared_ptr<const Store> store) : m_store(std::move(store)) {}

Result<int> DispatchStore::recoverInterrupted() const
{
    int recovered = 0;
    const Status s = m_store->write([&](QSqlDatabase &db) -> Status {
        const qint64 now = nowMs();
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "UPDATE attempts SET finished_at = ?, outcome = 'crashed', error_class = 'transient', "
            "message = 'interrupted: m3cart stopped while this attempt was running' "
            "WHERE finished_at IS NULL"));
        q.addBindValue(now);
        if (const Status e = exec(q, QStringLiteral("closing interrupted attempts")); !e)
            return e;
        q.prepare(QStringLiteral(
            "UPDATE events SET status = 'retry', next_attempt_at = ?, last_error_class = 'transient', "
            "last_error = 'interrupted: m3cart stopped while this event was running', updated_at = ? "
            "WHERE status = 'running'"));
        q.addBindValue(now);
        q.addBindValue(now);
        if (const Status e = exec(q, QStringLiteral("recovering running events")); !e)
            return e;
        recovered = q.numRowsAffected();
        return ok();
    });
    if (!s)
        return s.error();
    return recovered;
}

Result<QList<DueEvent>> DispatchStore::due(qint64 now, int limit, const QSet<QString> &busyKeys) const
{
    QSqlQuery q(m_store->db());
    q.setForwardOnly(true);
    // Two index range scans (idx_events_due) instead of an OR across statuses.
    q.prepare(QStringLiteral(
        "SELECT id, kind, key FROM ("
        " SELECT id, kind, key FROM events WHERE status = 'pending' AND next_attempt_at <= ?"
        " UNION ALL"
        " SELECT id, kind, key FROM events WHERE status = 'retry' AND next_attempt_at <= ?"
        ") due ORDER BY id LIMIT ?"));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(limit + busyKeys.size() * 4);
    if (!q.exec())
        return sqlError(q, QStringLiteral("finding due events"));
    QList<DueEvent> out;
    while (q.next() && out.size() < limit) {
        DueEvent d{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
        if (!busyKeys.contains(d.key))
            out << d;
    }
    return out;
}

Result<Claim> DispatchStore::claim(const DueEvent &c) const
{
    Claim claim;
    const Status s = m_store->write([&](QSqlDatabase &db) -> Status {
        const qint64 now = nowMs();
        QSqlQuery q(db);
        // The earliest unfinished event of the same key decides whether this one may run.
        q.prepare(QStringLiteral("SELECT id, status, held_by FROM events WHERE key = ? AND id < ? AND status "
                                 "NOT IN ('done', 'discarded') ORDER BY id LIMIT 1"));
        q.addBindValue(c.key);
        q.addBindValue(c.id);
        if (!q.exec())
            return sqlError(q, QStringLiteral("checking the order of key %1").arg(c.key));
        if (q.next()) {
            const qint64 blocker = q.value(0).toLongLong();
            const QString status = q.value(1).toString();
            qint64 root = 0;
            if (status == QLatin1String(EventStatus::Retry) || status == QLatin1String(EventStatus::Dead))
                root = blocker;
            else if (status == QLatin1String(EventStatus::Held))
                root = q.value(2).toLongLong();
            if (root > 0) {
                q.prepare(QStringLiteral("UPDATE events SET status = 'held', held_by = ?, updated_at = ? "
                                         "WHERE id = ? AND status IN ('pending', 'retry')"));
                q.addBindValue(root);
                q.addBindValue(now);
                q.addBindValue(c.id);
                if (const Status e = exec(q, QStringLiteral("holding event %1").arg(c.id)); !e)
                    return e;
                claim.heldBy = root;
            }
            return ok(); // waits for its turn
        }
        q.prepare(QStringLiteral("UPDATE events SET status = 'running', attempts = attempts + 1, held_by = NULL, "
                                 "updated_at = ? WHERE id = ? AND status IN ('pending', 'retry')"));
        q.addBindValue(now);
        q.addBindValue(c.id);
        if (const Status e = exec(q, QStringLiteral("claiming event %1").arg(c.id)); !e)
            return e;
        if (q.numRowsAffected() != 1)
            return ok(); // someone else took it, or an operator changed it
        q.prepare(QStringLiteral("INSERT INTO attempts (event_id, number, started_at) VALUES (?, "
                                 "(SELECT COUNT(*) + 1 FROM attempts WHERE event_id = ?), ?)"));
        q.addBindValue(c.id);
        q.addBindValue(c.id);
        q.addBindValue(now);
        if (const Status e = exec(q, QStringLiteral("starting an attempt of event %1").arg(c.id)); !e)
            return e;
        claim.attemptId = q.lastInsertId().toLongLong();
        q.prepare(QStringLiteral("SELECT ") + EventRepository::selectColumns() + QStringLiteral(" WHERE e.id = ?"));
        q.addBindValue(c.id);
        if (!q.exec() || !q.next())
            return sqlError(q, QStringLiteral("reading claimed event %1").arg(c.id));
        claim.event = EventRepository::fromRow(q);
        claim.claimed = true;
        return ok();
    });
    if (!s)
        return s.error();
    return claim;
}

Result<QList<qint64>> releaseHeld(QSqlDatabase &db, qint64 blockerId)
{
    QList<qint64> ids;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM events WHERE held_by = ? AND status = 'held'"));
    q.addBindValue(blockerId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("finding events held by %1").arg(blockerId));
    while (q.next())
        ids << q.value(0).toLongLong();
    if (ids.isEmpty())
        return ids;
    q.prepare(QStringLiteral("UPDATE events SET status = 'pending', held_by = NULL, next_attempt_at = 0, "
                             "updated_at = ? WHERE held_by = ? AND status = 'held'"));
    q.addBindValue(nowMs());
    q.addBindValue(blockerId);
    if (const Status e = exec(q, QStringLiteral("releasing events held by %1").arg(blockerId)); !e)
        return e.error();
    return ids;
}

Result<QList<qint64>> DispatchStore::finish(qint64 eventId, qint64 attemptId, const AttemptOutcome &o) const
{
    QList<qint64> released;
    const Status s = m_store->write([&](QSqlDatabase &db) -> Status {
        const qint64 now = nowMs();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE attempts SET finished_at = ?, outcome = ?, error_class = ?, message = ?, "
                                 "request = ?, response = ? WHERE id = ?"));
        q.addBindValue(now);
        q.addBindValue(o.outcome);
        q.addBindValue(o.errorClass.isEmpty() ? QVariant() : QVariant(o.errorClass));
        q.addBindValue(o.message.isEmpty() ? QVariant() : QVariant(o.message));
        q.addBindValue(o.request.isEmpty() ? QVariant() : QVariant(o.request));
        q.addBindValue(o.response.isEmpty() ? QVariant() : QVariant(o.response));
        q.addBindValue(attemptId);
        if (const Status e = exec(q, QStringLiteral("closing attempt %1").arg(attemptId)); !e)
            return e;
        const bool success = o.nextStatus == QLatin1String(EventStatus::Done);
        q.prepare(QStringLiteral("UPDATE events SET status = ?, next_attempt_at = ?, last_error_class = ?, "
                                 "last_error = ?, attempts = attempts - ?, updated_at = ? "
                                 "WHERE id = ? AND status = 'running'"));
        q.addBindValue(o.nextStatus);
        q.addBindValue(o.nextStatus == QLatin1String(EventStatus::Retry) ? now + o.retryDelayMs : qint64(0));
        q.addBindValue(success ? QVariant() : QVariant(o.errorClass));
        q.addBindValue(success ? QVariant() : QVariant(o.message));
        q.addBindValue(o.refundAttempt ? 1 : 0);
        q.addBindValue(now);
        q.addBindValue(eventId);
        if (const Status e = exec(q, QStringLiteral("recording the outcome of event %1").arg(eventId)); !e)
            return e;
        if (success) {
            auto r = releaseHeld(db, eventId);
            if (!r)
                return r.error();
            released = r.value();
        }
        return ok();
    });
    if (!s)
        return s.error();
    return released;
}

Result<qint64> DispatchStore::nextDueAt() const
{
    QSqlQuery q(m_store->db());
    if (!q.exec(QStringLiteral("SELECT MIN(next_attempt_at) FROM events WHERE status = 'retry'")) || !q.next())
        return sqlError(q, QStringLiteral("finding the next due event"));
    return q.value(0).isNull() ? 0 : q.value(0).toLongLong();
}

} // namespace m3cart
