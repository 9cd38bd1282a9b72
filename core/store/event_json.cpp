#include "event_json.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace m3cart::json {

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

static QJsonValue text(const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); }

// The payload as JSON when it is JSON, else as a string.
QJsonValue payloadValue(const QByteArray &payload)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &err);
    if (err.error == QJsonParseError::NoError) {
        if (doc.isArray())
            return doc.array();
        return doc.object();
    }
    return QString::fromUtf8(payload);
}

QJsonObject toJson(const Event &e)
{
    return QJsonObject{
        {QStringLiteral("id"), double(e.id)},
        {QStringLiteral("received_at"), time(e.receivedAt)},
        {QStringLiteral("source"), e.source},
        {QStringLiteral("kind"), e.kind},
        {QStringLiteral("key"), e.key},
        {QStringLiteral("status"), e.status},
        {QStringLiteral("attempts"), e.attempts},
        {QStringLiteral("next_attempt_at"), time(e.nextAttemptAt)},
        {QStringLiteral("last_error_class"), text(e.lastErrorClass)},
        {QStringLiteral("last_error"), text(e.lastError)},
        {QStringLiteral("held_by"), e.heldBy > 0 ? QJsonValue(double(e.heldBy)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("trace_id"), e.traceId},
        {QStringLiteral("revision"), e.revision},
        {QStringLiteral("updated_at"), time(e.updatedAt)},
    };
}

QJsonObject toJson(const Attempt &a)
{
    return QJsonObject{{QStringLiteral("number"), a.number},
                       {QStringLiteral("started_at"), time(a.startedAt)},
                       {QStringLiteral("finished_at"), time(a.finishedAt)},
                       {QStringLiteral("outcome"), text(a.outcome)},
                       {QStringLiteral("error_class"), text(a.errorClass)},
                       {QStringLiteral("message"), text(a.message)},
                       {QStringLiteral("request"), text(a.request)},
                       {QStringLiteral("response"), text(a.response)}};
}

QJsonObject toJson(const PayloadRevision &r)
{
    return QJsonObject{{QStringLiteral("revision"), r.revision},
                       {QStringLiteral("author"), r.author},
                       {QStringLiteral("created_at"), time(r.createdAt)},
                       {QStringLiteral("reason"), r.reason},
                       {QStringLiteral("payload"), payloadValue(r.payload)}};
}

} // namespace m3cart::json
