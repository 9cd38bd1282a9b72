#pragma once
// What an operator can do with dead-lettered events: list, inspect, retry (optionally with an edited
// payload, kept as a new revision), discard with a reason, export. Every action writes an audit row in the
// same transaction as the change.

#include "common/error.h"
#include "domain/event.h"
#include "store/event_repository.h"

#include <QJsonObject>
#include <memory>

namespace m3cart {

class Store;

struct DeadLetterDetail
{
    Event event;
    QByteArray originalPayload;
    QList<Attempt> attempts;
    QList<PayloadRevision> revisions;
    QList<qint64> holding; // events of the same key waiting behind this one
};

class DeadLetters
{
public:
    explicit DeadLetters(std::shared_ptr<const Store> store);

    Result<QList<Event>> list(EventFilter filter) const; // status forced to dead
    Result<DeadLetterDetail> show(qint64 id) const;

    // Back to pending, due now, with a fresh set of tries. Events that are not dead are refused by name.
    Result<int> retry(const QList<qint64> &ids, const QString &actor, const QString &reason = {}) const;
    Result<int> retryMatching(EventFilter filter, const QString &actor, const QString &reason = {}) const;
    // Stores the payload as a new revision, then retries. A JSON original needs valid JSON.
    Status retryWithPayload(qint64 id, const QByteArray &payload, const QString &actor,
                            const QString &reason) const;
    Status discard(qint64 id, const QString &reason, const QString &actor) const;

    // Writes {"exported_at", "count", "events": [detail...]} and returns how many were written.
    Result<int> exportTo(const QString &path, const QList<qint64> &ids) const; // empty ids: every dead letter

    // The event's JSON (store/event_json.h) plus payload, original, attempt_history, revisions, holding.
    static QJsonObject toJson(const DeadLetterDetail &detail);

private:
    std::shared_ptr<const Store> m_store;
    EventRepository m_events;
};

} // namespace m3cart
