#pragma once
// The stable JSON shapes of events, attempts and payload revisions (CLI --json, exports). Documented in
// README.md; change them only by adding fields.

#include "domain/event.h"

#include <QJsonObject>
#include <QJsonValue>

namespace m3cart::json {

QJsonValue time(const QDateTime &t); // ISO 8601 UTC with milliseconds, or null
QJsonValue payloadValue(const QByteArray &payload); // parsed JSON when it is JSON, else the text
QJsonObject toJson(const Event &event);              // without the payload
QJsonObject toJson(const Attempt &attempt);
QJsonObject toJson(const PayloadRevision &revision);

} // namespace m3cart::json
