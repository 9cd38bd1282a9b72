#pragma once
// The console's view of the events table: a filter per field in a small operator syntax, a sort, and pages
// read by offset, so a table of a million events is read a screenful at a time and never whole.
//
// Filter syntax (per field): "=v" equal, "!=v" not equal, ">v" ">=v" "<v" "<=v" compare, "/re/" regular
// expression, a text with '%' or '_' a LIKE pattern, "a..b" a range, "prefix*" a prefix. Plain text means
// "contains" for key, error, flow step and payload, "equals" for status, kind, source and error class (where
// "a,b" means any of them) and for numbers. Times take ISO dates ("2026-11-29", "2026-11-29T10:00") or
// relative ones ("-2h", "-30m",
// "-7d"); a plain date means that day.

#include "common/error.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QVariantList>
#include <memory>
#include <optional>

namespace m3cart {

class Store;

enum class EventField {
    Id,
    Time,
    Source,
    Kind,
    Key,
    Status,
    Attempts,
    ErrorClass,
    Error,
    Payload,
    Step,
    Holding
};

// One event as a table row: the columns only, never the payload.
struct EventRow
{
    qint64 id = 0;
    qint64 receivedMs = 0;
    QString source;
    QString kind;
    QString key;
    QString status;
    int attempts = 0;
    QString errorClass;
    QString error;
    qint64 heldBy = 0;
    QString step; // the flow's last finished step
    int revision = 0;
    int holding = 0; // events of the same key held back by this one
};

struct EventQuery
{
    QMap<EventField, QString> filters; // field -> filter text in the syntax above
    QStringList statuses;              // fixed on top of the filters (the dead-letter list); empty: any
    EventField sortField = EventField::Id;
    bool descending = true;
};

// A WHERE fragment ("e.kind LIKE ?") and its values; empty sql: no condition.
struct SqlCondition
{
    QString sql;
    QVariantList values;
    bool regex = false; // needs the REGEXP function
};

// Parses one field's filter; a bad regular expression or time is an error naming the field.
Result<SqlCondition> parseEventFilter(EventField field, const QString &text, qint64 nowMs);
QString eventFieldName(EventField field); // "status", "kind", ... as in "status=dead" navigation filters
std::optional<EventField> eventFieldFromName(const QString &name);

class EventQueries
{
public:
    explicit EventQueries(std::shared_ptr<const Store> store);
    Result<qint64> count(const EventQuery &query, qint64 afterId = 0) const; // afterId: only newer ids
    Result<QList<EventRow>> page(const EventQuery &query, qint64 offset, int limit) const;
    Result<QList<qint64>> ids(const EventQuery &query, int limit = 0) const; // in the query's order
    Result<qint64> maxId() const;

private:
    std::shared_ptr<const Store> m_store;
};

} // namespace m3cart
