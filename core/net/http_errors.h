#pragma once
// The classification both API clients share: transport failures, 5xx and timeouts are transient, 429 is
// rate limited (with Retry-After), 401/403 auth, 404 not found, other 4xx data. Each client adds the message
// it digs out of its system's error body.

#include "common/error.h"
#include "net/http_client.h"

namespace m3cart::net {

// system: "3dcart" or "M3", for messages. detail: the message from the body, if any.
Error classify(const HttpResponse &response, const QString &system, const QString &detail);

// A short, readable excerpt of a non-JSON body (IIS error pages and the like): tags stripped, spaces folded.
QString textExcerpt(const QByteArray &body, int max = 200);

} // namespace m3cart::net
