#pragma once
// The event envelope: everything that enters m3cart (a webhook, a BOD, a poll result, an operator request)
// is written down as one Event before anything else happens.

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace m3cart {

namespace EventStatus {
// Kept as strings: they are stored, filtered on, printed by the CLI and shown in the console.
inline constexpr auto Pending = "pending";     // accepted, waiting for its turn
inline constexpr auto Running = "running";     // a worker has it
inline constexpr auto Retry = "retry";         // failed, will run again at next_attempt_at
inline constexpr auto Held = "held";           // waiting behind a failing event of the same key (held_by)
inline constexpr auto Done = "done";           // finished
inline constexpr auto Dead = "dead";           // dead-lettered: waits for an operator
inline constexpr auto Discarded = "discarded"; // an operator gave up on it, with a reason
} // namespace EventStatus

bool isKnownEventStatus(const QString &status);

// What arrives: filled by ingest, a poll or an operator, before the store assigns an id.
struct NewEvent
{
    QString source;  // "3dcart", "m3", "operator", "schedule"
    QString kind;    // decides the flow: "cart.order.new", "m3.balance.changed", ...
    QString key;     // ordering key: events with one key run in arrival order
    QByteArray payload;
    QJsonObject headers; // transport metadata worth keeping (never auth headers)
    QString traceId;     // empty: the store makes one
    QString dedupKey;    // set: a second delivery with the same key is recorded, not stored as a new event
};

// What an append did: a new event, or a recognised duplicate delivery of an earlier one.
struct Appended
{
    qint64 id = 0;
    bool duplicate = false;
};

struct Event
{
    qint64 id = 0;
    QDateTime receivedAt;
    QString source;
    QString kind;
    QString key;
    QByteArray payload; // the current payload: the latest operator revision, else the original
    QJsonObject headers;
    QString status;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastErrorClass;
    QString lastError;
    qint64 heldBy = 0;
    QString traceId;
    int revision = 0; // 0 = original payload
    QDateTime updatedAt;
};

struct Attempt
{
    qint64 id = 0;
    qint64 eventId = 0;
    int number = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString outcome; // "ok", "retry", "dead", "paused", "crashed"
    QString errorClass;
    QString message;
    QString request;  // summaries, never secrets
    QString response;
};

struct PayloadRevision
{
    qint64 id = 0;
    qint64 eventId = 0;
    int revision = 0;
    QString author;
    QDateTime createdAt;
    QString reason;
    QByteArray payload;
};

} // namespace m3cart
