#pragma once
// Creates or updates one 3dcart webhook per event m3cart listens to, each pointing at the listener with its
// secret. Shared by 'm3cart webhooks register' and the console's "Register webhooks" button. Blocking.

#include "common/error.h"

#include <QJsonArray>

namespace m3cart::cart {
class CartClient;
}

namespace m3cart::config {

struct WebhookRegistration
{
    // One object per event: event, name, action (created | updated | unavailable | failed), event_type, id,
    // url (secret masked), message.
    QJsonArray report;
    int problems = 0; // rows that failed
};

// Errors only when the store's webhook or event list cannot be read; per-webhook failures are in the report.
Result<WebhookRegistration> registerWebhooks(const cart::CartClient &client, const QString &publicUrl,
                                             const QString &secret);

// A usable public URL for the listener: http(s) with a host. Empty string when fine, else the reason.
QString publicUrlProblem(const QString &publicUrl);

} // namespace m3cart::config
