#pragma once
// The dispatcher's state transitions on the events table: pick due events, claim one (or hold it behind a
// failing event of its key), record the outcome of an attempt, recover after a crash. Each transition is one
// transaction, so a crash between two leaves the store consistent.

#include "common/error.h"
#include "domain/event.h"

#include <QSet>
#include <memory>

class QSqlDatabase;

namespace m3cart {

class Store;

struct DueEvent
{
    qint64 id = 0;
    QString kind;
    QString key;
};

struct Claim
{
    bool claimed = false;
    qint64 heldBy = 0; // set when the event was put on hold instead
    qint64 attemptId = 0;
    Event event; // status running, attempts counted
};

struct AttemptOutcome
{
    QString outcome;         // "ok", "retry", "dead", "paused"
    QString nextStatus;      // done / retry / dead / pending
    qint64 retryDelayMs = 0;    // next try at finish time + this, so the wait starts when the attempt ended
    bool refundAttempt = false; // auth pauses do not use up a try
    QString errorClass;
    QString message;
    QString request;
    QString response;
};

class DispatchStore
{
public:
    explicit DispatchStore(std::shared_ptr<const Store> store);

    // Events left 'running' by a process that died: back to 'retry', due now; their open attempts are closed
    // as 'crashed'. Returns how many were recovered.
    Result<int> recoverInterrupted() const;

    Result<QList<DueEvent>> due(qint64 nowMs, int limit, const QSet<QString> &busyKeys) const;
    Result<Claim> claim(const DueEvent &candidate) const;
    // Returns the ids of events released from hold by this outcome.
    Result<QList<qint64>> finish(qint64 eventId, qint64 attemptId, const AttemptOutcome &outcome) const;

    // Earliest due time among waiting events, 0 when none is scheduled.
    Result<qint64> nextDueAt() const;

private:
    std::shared_ptr<const Store> m_store;
};

// Used by the dead-letter operations too: events held by `blockerId` go back to pending.
Result<QList<qint64>> releaseHeld(QSqlDatabase &db, qint64 blockerId);

} // namespace m3cart
