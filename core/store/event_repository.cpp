#include "event_repository.h"

#include "store.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QRandomGenerator>
#include <QUuid>
#include <QVariant>

namespace m3cart {

namespace {

QDateTime fromMs(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// Builds the WHERE clause and its bound values for a filter.
struct Where
{
    QStringList clauses;
    QVariantList values;
    QString sql() const { return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND ")); }
};

Where whereFor(const EventFilter &f)
{
    Where w;
    if (!f.statuses.isEmpty()) {
        QStringList marks;
        for (const QString &s : f.statuses) {
            marks << QStringLiteral("?");
            w.values << s;
        }
        w.clauses << QStringLiteral("e.status IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!f.kind.isEmpty()) {
        if (f.kind.endsWith(QLatin1Char('*'))) {
            w.clauses << QStringLiteral("e.kind LIKE ?");
            w.values << QString(f.kind.chopped(1) + QLatin1Char('%'));
        } else {
            w.clauses << QStringLiteral("e.kind = ?");
            w.values << f.kind;
        }
    }
    if (!f.key.isEmpty()) {
        w.clauses << QStringLiteral("e.key = ?");
        w.values << f.key;
    }
    if (!f.source.isEmpty()) {
        w.clauses << QStringLiteral("e.source = ?");
        w.values << f.source;
    }
    if (!f.errorClass.isEmpty()) {
        w.clauses << QStringLiteral("e.last_error_class = ?");
        w.values << f.errorClass;
    }
    if (!f.text.isEmpty()) {
        w.clauses << QStringLiteral("e.payload LIKE ? ESCAPE '\\'");
        QString t = f.text;
        t.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        w.values << QString(QLatin1Char('%') + t + QLatin1Char('%'));
    }
    if (f.sinceMs > 0) {
        w.clauses << QStringLiteral("e.received_at >= ?");
        w.values << f.sinceMs;
    }
    if (f.untilMs > 0) {
        w.clauses << QStringLiteral("e.received_at < ?");
        w.values << f.untilMs;
    }
    if (f.afterId > 0) {
        w.clauses << (f.newestFirst ? QStringLiteral("e.id < ?") : QStringLiteral("e.id > ?"));
        w.values << f.afterId;
    }
    return w;
}

} // namespace

EventRepository::EventRepository(std::shared_ptr<const Store> store) : m_store(std::move(store)) {}

Status EventRepository::validate(const NewEvent &e)
{
    if (e.source.trimmed().isEmpty())
        return Error::data(QStringLiteral("event has no source"));
    if (e.kind.trimmed().isEmpty())
        return Error::data(QStringLiteral("event has no kind"));
    if (e.key.trimmed().isEmpty())
        return Error::data(QStringLiteral("event of kind %1 has no key").arg(e.kind));
    return ok();
}

namespace {
// Trace ids need to be unique, not unguessable: a fast generator instead of a system call per event.
QString newTraceId()
{
    quint32 w[4];
    QRandomGenerator::global()->generate(std::begin(w), std::end(w));
    QUuid u(w[0], quint16(w[1]), quint16(w[1] >> 16), uchar(w[2]), uchar(w[2] >> 8), uchar(w[2] >> 16),
            uchar(w[2] >> 24), uchar(w[3]), uchar(w[3] >> 8), uchar(w[3] >> 16), uchar(w[3] >> 24));
    return u.toString(QUuid::WithoutBraces);
}
} // namespace

// Statements are prepared once per transaction and reused for every event in it.
struct EventInserter::Statements
{
    explicit Statements(QSqlDatabase &db) : insert(db), touch(db), lookup(db), record(db) {}
    QSqlQuery insert, touch, lookup, record;
    bool prepared = false;
};

EventInserter::EventInserter(QSqlDatabase &db) : m_s(std::make_unique<Statements>(db)) {}
EventInserter::~EventInserter() = default;

Result<Appended> EventInserter::insert(const NewEvent &e, qint64 now)
{
    if (const Status s = EventRepository::validate(e); !s)
        return s.error();
    Statements &st = *m_s;
    if (!st.prepared) {
        st.prepared = st.insert.prepare(QStringLiteral(
                          "INSERT INTO events (received_at, source, kind, key, payload, headers, status, attempts, "
                          "next_attempt_at, trace_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?)")) &&
                      st.touch.prepare(QStringLiteral(
                          "UPDATE deliveries SET count = count + 1, last_seen = ? WHERE dedup_key = ?")) &&
                      st.lookup.prepare(QStringLiteral("SELECT event_id FROM deliveries WHERE dedup_key = ?")) &&
                      st.record.prepare(QStringLiteral("INSERT INTO deliveries (dedup_key, event_id, first_seen, "
                                                       "last_seen, count) VALUES (?, ?, ?, ?, 1)"));
        if (!st.prepared)
            return sqlError(st.insert, QStringLiteral("preparing the event insert"));
    }
    if (!e.dedupKey.isEmpty()) {
        st.touch.bindValue(0, now);
        st.touch.bindValue(1, e.dedupKey);
        if (!st.touch.exec())
            return sqlError(st.touch, QStringLiteral("recording a delivery"));
        if (st.touch.numRowsAffected() > 0) {
            st.lookup.bindValue(0, e.dedupKey);
            if (!st.lookup.exec() || !st.lookup.next())
                return sqlError(st.lookup, QStringLiteral("reading a delivery"));
            const qint64 earlier = st.lookup.value(0).toLongLong();
            st.lookup.finish();
            return Appended{earlier, true};
        }
    }
    st.insert.bindValue(0, now);
    st.insert.bindValue(1, e.source);
    st.insert.bindValue(2, e.kind);
    st.insert.bindValue(3, e.key);
    st.insert.bindValue(4, QString::fromUtf8(e.payload));
    st.insert.bindValue(5, e.headers.isEmpty() ? QStringLiteral("{}")
                                               : QString::fromUtf8(QJsonDocument(e.headers).toJson(QJsonDocument::Compact)));
    st.insert.bindValue(6, now);
    st.insert.bindValue(7, e.traceId.isEmpty() ? newTraceId() : e.traceId);
    st.insert.bindValue(8, now);
    if (!st.insert.exec())
        return sqlError(st.insert, QStringLiteral("appending an event"));
    const qint64 id = st.insert.lastInsertId().toLongLong();
    if (!e.dedupKey.isEmpty()) {
        st.record.bindValue(0, e.dedupKey);
        st.record.bindValue(1, id);
        st.record.bindValue(2, now);
        st.record.bindValue(3, now);
        if (!st.record.exec())
            return sqlError(st.record, QStringLiteral("recording a delivery"));
    }
    return Appended{id, false};
}

Result<Appended> EventRepository::insert(QSqlDatabase &db, const NewEvent &e, qint64 now)
{
    EventInserter inserter(db);
    return inserter.insert(e, now);
}

Result<qint64> EventRepository::append(const NewEvent &event) const
{
    auto r = appendOnce(event);
    if (!r)
        return r.error();
    return r->id;
}

Result<Appended> EventRepository::appendOnce(const NewEvent &event) const
{
    Appended out;
    const Status s = m_store->write([&](QSqlDatabase &db) -> Status {
        auto r = insert(db, event, nowMs());
        if (!r)
            return r.error();
        out = r.value();
        return ok();
    });
    if (!s)
        return s.error();
    return out;
}

Result<QList<qint64>> EventRepository::appendMany(const QList<NewEvent> &events) const
{
    QList<qint64> ids;
    ids.reserve(events.size());
    const Status s = m_store->write([&](QSqlDatabase &db) -> Status {
        const qint64 now = nowMs();
        EventInserter inserter(db);
        for (const NewEvent &e : events) {
            auto r = inserter.insert(e, now);
            if (!r)
                return r.error();
            ids << r->id;
        }
        return ok();
    });
    if (!s)
        return s.error();
    return ids;
}

QString EventRepository::selectColumns()
{
    return QStringLiteral(
        "e.id, e.received_at, e.source, e.kind, e.key, COALESCE(r.payload, e.payload), e.headers, e.status, "
        "e.attempts, e.next_attempt_at, e.last_error_class, e.last_error, e.held_by, e.trace_id, e.revision, "
        "e.updated_at FROM events e LEFT JOIN payload_revisions r ON r.event_id = e.id AND r.revision = "
        "e.revision");
}

Event EventRepository::fromRow(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.receivedAt = fromMs(q.value(1));
    e.source = q.value(2).toString();
    e.kind = q.value(3).toString();
    e.key = q.value(4).toString();
    e.payload = q.value(5).toString().toUtf8();
    e.headers = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    e.status = q.value(7).toString();
    e.attempts = q.value(8).toInt();
    const qint64 next = q.value(9).toLongLong();
    if (next > 0)
        e.nextAttemptAt = QDateTime::fromMSecsSinceEpoch(next, Qt::UTC);
    e.lastErrorClass = q.value(10).toString();
    e.lastError = q.value(11).toString();
    e.heldBy = q.value(12).toLongLong();
    e.traceId = q.value(13).toString();
    e.revision = q.value(14).toInt();
    e.updatedAt = fromMs(q.value(15));
    return e;
}

Result<Event> EventRepository::get(qint64 id) const
{
    QSqlQuery q(m_store->db());
    q.prepare(QStringLiteral("SELECT ") + selectColumns() + QStringLiteral(" WHERE e.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading event %1").arg(id));
    if (!q.next())
        return Error::notFound(QStringLiteral("no event with id %1").arg(id));
    return fromRow(q);
}

Result<QHash<qint64, Event>> EventRepository::getMany(const QList<qint64> &ids) const
{
    QHash<qint64, Event> out;
    constexpr qsizetype kChunk = 500; // well under SQLite's bound-parameter limit
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QList<qint64> chunk = ids.mid(from, kChunk);
        QStringList marks(chunk.size(), QStringLiteral("?"));
        QSqlQuery q(m_store->db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT ") + selectColumns() + QStringLiteral(" WHERE e.id IN (") +
                  marks.join(QLatin1Char(',')) + QLatin1Char(')'));
        for (qint64 id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            return sqlError(q, QStringLiteral("reading %1 events").arg(chunk.size()));
        while (q.next()) {
            Event e = fromRow(q);
            out.insert(e.id, std::move(e));
        }
    }
    return out;
}

Result<QList<Event>> EventRepository::list(const EventFilter &f) const
{
    const Where w = whereFor(f);
    QString sql = QStringLiteral("SELECT ") + selectColumns() + w.sql() +
                  (f.newestFirst ? QStringLiteral(" ORDER BY e.id DESC") : QStringLiteral(" ORDER BY e.id"));
    if (f.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(f.limit);
    QSqlQuery q(m_store->db());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q, QStringLiteral("listing events"));
    QList<Event> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

Result<qint64> EventRepository::count(const EventFilter &f) const
{
    const Where w = whereFor(f);
    QSqlQuery q(m_store->db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM events e") + w.sql());
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return sqlError(q, QStringLiteral("counting events"));
    return q.value(0).toLongLong();
}

Result<QMap<QString, qint64>> EventRepository::countByStatus() const
{
    QSqlQuery q(m_store->db());
    if (!q.exec(QStringLiteral("SELECT status, COUNT(*) FROM events GROUP BY status")))
        return sqlError(q, QStringLiteral("counting events by status"));
    QMap<QString, qint64> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

Result<QList<Attempt>> EventRepository::attempts(qint64 eventId) const
{
    QSqlQuery q(m_store->db());
    q.prepare(QStringLiteral("SELECT id, event_id, number, started_at, finished_at, outcome, error_class, "
                             "message, request, response FROM attempts WHERE event_id = ? ORDER BY number, id"));
    q.addBindValue(eventId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading attempts of event %1").arg(eventId));
    QList<Attempt> out;
    while (q.next()) {
        Attempt a;
        a.id = q.value(0).toLongLong();
        a.eventId = q.value(1).toLongLong();
        a.number = q.value(2).toInt();
        a.startedAt = fromMs(q.value(3));
        a.finishedAt = fromMs(q.value(4));
        a.outcome = q.value(5).toString();
        a.errorClass = q.value(6).toString();
        a.message = q.value(7).toString();
        a.request = q.value(8).toString();
        a.response = q.value(9).toString();
        out << a;
    }
    return out;
}

Result<QList<PayloadRevision>> EventRepository::revisions(qint64 eventId) const
{
    QSqlQuery q(m_store->db());
    q.prepare(QStringLiteral("SELECT id, event_id, revision, author, created_at, reason, payload FROM "
                             "payload_revisions WHERE event_id = ? ORDER BY revision"));
    q.addBindValue(eventId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading payload revisions of event %1").arg(eventId));
    QList<PayloadRevision> out;
    while (q.next()) {
        PayloadRevision r;
        r.id = q.value(0).toLongLong();
        r.eventId = q.value(1).toLongLong();
        r.revision = q.value(2).toInt();
        r.author = q.value(3).toString();
        r.createdAt = fromMs(q.value(4));
        r.reason = q.value(5).toString();
        r.payload = q.value(6).toString().toUtf8();
        out << r;
    }
    return out;
}

Result<QByteArray> EventRepository::originalPayload(qint64 eventId) const
{
    QSqlQuery q(m_store->db());
    q.prepare(QStringLiteral("SELECT payload FROM events WHERE id = ?"));
    q.addBindValue(eventId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading the original payload of event %1").arg(eventId));
    if (!q.next())
        return Error::notFound(QStringLiteral("no event with id %1").arg(eventId));
    return q.value(0).toString().toUtf8();
}

Result<QList<qint64>> EventRepository::heldBehind(qint64 eventId) const
{
    QSqlQuery q(m_store->db());
    q.prepare(QStringLiteral("SELECT id FROM events WHERE held_by = ? AND status = 'held' ORDER BY id"));
    q.addBindValue(eventId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading events held by %1").arg(eventId));
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

} // namespace m3cart
