#pragma once
// Reads and appends events, their attempts and payload revisions. Appends are durable when they return.

#include "common/error.h"
#include "domain/event.h"

#include <QHash>
#include <QMap>
#include <memory>

class QSqlDatabase;
class QSqlQuery;

namespace m3cart {

class Store;

struct EventFilter
{
    QStringList statuses; // any of these; empty = all
    QString kind;         // exact, or prefix when it ends with '*'
    QString key;
    QString source;
    QString errorClass;
    QString text;       // substring of the payload
    qint64 sinceMs = 0; // received_at >= since
    qint64 untilMs = 0; // received_at < until (0 = open)
    qint64 afterId = 0; // paging: id > afterId
    int limit = 100;    // 0 = no limit
    bool newestFirst = true;
};

// Appends events inside a caller's write transaction, preparing its statements once for all of them.
class EventInserter
{
public:
    explicit EventInserter(QSqlDatabase &db);
    ~EventInserter();
    Result<Appended> insert(const NewEvent &event, qint64 now);

private:
    struct Statements;
    std::unique_ptr<Statements> m_s;
};

class EventRepository
{
public:
    explicit EventRepository(std::shared_ptr<const Store> store);

    Result<qint64> append(const NewEvent &event) const; // the id (of the earlier event, for a duplicate)
    Result<Appended> appendOnce(const NewEvent &event) const;
    Result<QList<qint64>> appendMany(const QList<NewEvent> &events) const; // one transaction

    Result<Event> get(qint64 id) const;
    // The events with these ids (missing ones left out), in one statement: for reading many by id.
    Result<QHash<qint64, Event>> getMany(const QList<qint64> &ids) const;
    Result<QList<Event>> list(const EventFilter &filter) const;
    Result<qint64> count(const EventFilter &filter) const;
    Result<QMap<QString, qint64>> countByStatus() const;
    Result<QList<Attempt>> attempts(qint64 eventId) const;
    Result<QList<PayloadRevision>> revisions(qint64 eventId) const;
    Result<QByteArray> originalPayload(qint64 eventId) const; // as it arrived, before any operator revision
    Result<QList<qint64>> heldBehind(qint64 eventId) const;   // events of the same key held back by this one

    // Used inside a write transaction by the repository and by the group-commit writer.
    static Result<Appended> insert(QSqlDatabase &db, const NewEvent &event, qint64 now);
    static Status validate(const NewEvent &event);
    static Event fromRow(const QSqlQuery &q); // columns as in selectColumns()
    static QString selectColumns();           // "e.id, ..." with the current payload resolved

private:
    std::shared_ptr<const Store> m_store;
};

} // namespace m3cart
