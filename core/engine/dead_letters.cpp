#include "dead_letters.h"

#include "engine/dispatch_store.h"
#include "store/audit_log.h"
#include "store/event_json.h"
#include "store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>
#include <QVariant>

namespace m3cart {

namespace {

Status requireDead(QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT status FROM events WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading event %1").arg(id));
    if (!q.next())
        return Error::notFound(QStringLiteral("no event with id %1").arg(id));
    const QString status = q.value(0).toString();
    if (status != QLatin1String(EventStatus::Dead))
        return Error::conflict(
            QStringLiteral("event %1 is %2, not dead-lettered; only dead letters can be retried or discarded")
                .arg(id)
                .arg(status));
    return ok();
}

Status requeue(QSqlDatabase &db, qint64 id, const QString &actor, const QString &reason, const QJsonObject &details)
{
    if (const Status s = requireDead(db, id); !s)
        return s;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE events SET status = 'pending', attempts = 0, next_attempt_at = 0, "
                             "updated_at = ? WHERE id = ?"));
    q.addBindValue(nowMs());
    q.addBindValue(id);
    if (const Status s = exec(q, QStringLiteral("requeueing event %1").arg(id)); !s)
        return s;
    AuditEntry a;
    a.actor = actor;
    a.action = QStringLiteral("dlq.retry");
    a.target = QStringLiteral("event:%1").arg(id);
    a.reason = reason;
    a.details = details;
    return AuditLog::record(db, a);
}

} // namespace

DeadLetters::DeadLetters(std::shared_ptr<const Store> store) : m_store(store), m_events(store) {}

Result<QList<Event>> DeadLetters::list(EventFilter filter) const
{
    filter.statuses = {QString::fromLatin1(EventStatus::Dead)};
    return m_events.list(filter);
}

Result<DeadLetterDetail> DeadLetters::show(qint64 id) const
{
    auto ev = m_events.get(id);
    if (!ev)
        return ev.error();
    DeadLetterDetail d;
    d.event = ev.value();
    auto attempts = m_events.attempts(id);
    if (!attempts)
        return attempts.error();
    d.attempts = attempts.value();
    auto revisions = m_events.revisions(id);
    if (!revisions)
        return revisions.error();
    d.revisions = revisions.value();
    QSqlQuery q(m_store->db());
    q.prepare(QStringLiteral("SELECT payload FROM events WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return sqlError(q, QStringLiteral("reading the original payload of event %1").arg(id));
    d.originalPayload = q.value(0).toString().toUtf8();
    q.prepare(QStringLiteral("SELECT id FROM events WHERE held_by = ? AND status = 'held' ORDER BY id"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading events held by %1").arg(id));
    while (q.next())
        d.holding << q.value(0).toLongLong();
    return d;
}

Result<int> DeadLetters::retry(const QList<qint64> &ids, const QString &actor, const QString &reason) const
{
    if (ids.isEmpty())
        return Error::data(QStringLiteral("no event ids given to retry"));
    const Status s = m_store->write([&](QSqlDatabase &db) -> Status {
        for (qint64 id : ids)
            if (const Status r = requeue(db, id, actor, reason, {}); !r)
                return r;
        return ok();
    });
    if (!s)
        return s.error();
    return int(ids.size());
}

Result<int> DeadLetters::retryMatching(EventFilter filter, const QString &actor, const QString &reason) const
{
    filter.limit = 0;
    filter.newestFirst = false;
    auto dead = list(filter);
    if (!dead)
        return dead.error();
    if (dead->isEmpty())
        return 0;
    QList<qint64> ids;
    for (const Event &e : dead.value())
        ids << e.id;
    return retry(ids, actor, reason);
}

Status DeadLetters::retryWithPayload(qint64 id, const QByteArray &payload, const QString &actor,
                                     const QString &reason) const
{
    auto detail = show(id);
    if (!detail)
        return detail.error();
    QJsonParseError originalErr;
    QJsonDocument::fromJson(detail->originalPayload, &originalErr);
    if (originalErr.error == QJsonParseError::NoError) {
        QJsonParseError err;
        QJsonDocument::fromJson(payload, &err);
        if (err.error != QJsonParseError::NoError)
            return Error::data(QStringLiteral("edited payload of event %1 is not valid JSON: %2 at offset %3")
                                   .arg(id)
                                   .arg(err.errorString())
                                   .arg(err.offset));
    }
    return m_store->write([&](QSqlDatabase &db) -> Status {
        if (const Status s = requireDead(db, id); !s)
            return s;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT COALESCE(MAX(revision), 0) + 1 FROM payload_revisions WHERE event_id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return sqlError(q, QStringLiteral("numbering a revision of event %1").arg(id));
        const int revision = q.value(0).toInt();
        q.prepare(QStringLiteral("INSERT INTO payload_revisions (event_id, revision, author, created_at, reason, "
                                 "payload) VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(revision);
        q.addBindValue(actor.isEmpty() ? AuditLog::defaultActor() : actor);
        q.addBindValue(nowMs());
        q.addBindValue(reason);
        q.addBindValue(QString::fromUtf8(payload));
        if (const Status s = exec(q, QStringLiteral("storing a payload revision of event %1").arg(id)); !s)
            return s;
        q.prepare(QStringLiteral("UPDATE events SET revision = ? WHERE id = ?"));
        q.addBindValue(revision);
        q.addBindValue(id);
        if (const Status s = exec(q, QStringLiteral("pointing event %1 at revision %2").arg(id).arg(revision)); !s)
            return s;
        return requeue(db, id, actor, reason, QJsonObject{{QStringLiteral("revision"), revision}});
    });
}

Status DeadLetters::discard(qint64 id, const QString &reason, const QString &actor) const
{
    if (reason.trimmed().isEmpty())
        return Error::data(QStringLiteral("discarding event %1 needs a reason").arg(id));
    return m_store->write([&](QSqlDatabase &db) -> Status {
        if (const Status s = requireDead(db, id); !s)
            return s;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE events SET status = 'discarded', updated_at = ? WHERE id = ?"));
        q.addBindValue(nowMs());
        q.addBindValue(id);
        if (const Status s = exec(q, QStringLiteral("discarding event %1").arg(id)); !s)
            return s;
        // Later events of the key no longer wait for this one.
        auto released = releaseHeld(db, id);
        if (!released)
            return released.error();
        AuditEntry a;
        a.actor = actor;
        a.action = QStringLiteral("dlq.discard");
        a.target = QStringLiteral("event:%1").arg(id);
        a.reason = reason;
        QJsonArray rel;
        for (qint64 r : released.value())
            rel << double(r);
        a.details = QJsonObject{{QStringLiteral("released"), rel}};
        return AuditLog::record(db, a);
    });
}

Result<int> DeadLetters::exportTo(const QString &path, const QList<qint64> &ids) const
{
    QList<qint64> wanted = ids;
    if (wanted.isEmpty()) {
        EventFilter f;
        f.limit = 0;
        f.newestFirst = false;
        auto dead = list(f);
        if (!dead)
            return dead.error();
        for (const Event &e : dead.value())
            wanted << e.id;
    }
    QJsonArray events;
    for (qint64 id : wanted) {
        auto detail = show(id);
        if (!detail)
            return detail.error();
        events << toJson(detail.value());
    }
    const QJsonObject doc{{QStringLiteral("exported_at"), json::time(QDateTime::currentDateTimeUtc())},
                          {QStringLiteral("count"), events.size()},
                          {QStringLiteral("events"), events}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::data(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error::data(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    const Status audited = m_store->write([&](QSqlDatabase &db) {
        AuditEntry a;
        a.action = QStringLiteral("dlq.export");
        a.target = QStringLiteral("file:") + path;
        a.details = QJsonObject{{QStringLiteral("count"), events.size()}};
        return AuditLog::record(db, a);
    });
    if (!audited)
        return audited.error();
    return int(events.size());
}

QJsonObject DeadLetters::toJson(const DeadLetterDetail &d)
{
    QJsonObject o = json::toJson(d.event);
    o.insert(QStringLiteral("payload"), json::payloadValue(d.event.payload));
    o.insert(QStringLiteral("headers"), d.event.headers);
    o.insert(QStringLiteral("original_payload"), json::payloadValue(d.originalPayload));
    QJsonArray attempts, revisions, holding;
    for (const Attempt &a : d.attempts)
        attempts << json::toJson(a);
    for (const PayloadRevision &r : d.revisions)
        revisions << json::toJson(r);
    for (qint64 h : d.holding)
        holding << double(h);
    o.insert(QStringLiteral("attempt_history"), attempts);
    o.insert(QStringLiteral("revisions"), revisions);
    o.insert(QStringLiteral("holding"), holding);
    return o;
}

} // namespace m3cart
