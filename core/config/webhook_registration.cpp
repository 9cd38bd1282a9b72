#include "webhook_registration.h"

#include "cart/cart_client.h"
#include "ingest/webhook_listener.h"
#include "net/http_client.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace m3cart::config {

namespace {

// Our URL names and the EventName 3dcart lists for them in /Webhooks/Events. EventType numbers are looked up,
// never hard-coded: only one of them is attested in public (reference §5).
struct Wanted
{
    const char *urlName;
    QStringList eventNames;
};

QString normalised(QString s)
{
    static const QRegularExpression nonLetters(QStringLiteral("[^a-z]"));
    return s.toLower().remove(nonLetters);
}

QList<Wanted> wanted()
{
    return {{"order-new", {QStringLiteral("Order New")}},
            {"order-status", {QStringLiteral("Order Status Changed"), QStringLiteral("Order Status Change")}},
            {"customer-new", {QStringLiteral("Customer New")}},
            {"product-new", {QStringLiteral("Product New")}},
            {"product-changed", {QStringLiteral("Product Changed")}},
            {"product-deleted", {QStringLiteral("Product Deleted")}},
            {"product-stock", {QStringLiteral("Product Stock Changed")}}};
}

} // namespace

QString publicUrlProblem(const QString &publicUrl)
{
    const QUrl pu(publicUrl);
    if (!pu.isValid() || (pu.scheme() != QLatin1String("https") && pu.scheme() != QLatin1String("http")) ||
        pu.host().isEmpty())
        return QStringLiteral("must be an http(s) URL (got '%1')").arg(publicUrl);
    return {};
}

Result<WebhookRegistration> registerWebhooks(const cart::CartClient &client, const QString &publicUrl,
                                             const QString &secret)
{
    auto events = client.list(QStringLiteral("Webhooks/Events"));
    if (!events)
        return events.error();
    auto hooks = client.list(QStringLiteral("Webhooks"));
    if (!hooks)
        return hooks.error();

    QJsonArray report;
    int problems = 0;
    for (const Wanted &w : wanted()) {
        const QString name = QStringLiteral("m3cart ") + QLatin1String(w.urlName);
        QJsonObject row{{QStringLiteral("event"), QLatin1String(w.urlName)}, {QStringLiteral("name"), name}};
        int eventType = -1;
        for (const QJsonValue &v : events.value()) {
            const QJsonObject e = v.toObject();
            for (const QString &candidate : w.eventNames)
                if (normalised(e.value(QStringLiteral("EventName")).toString()) == normalised(candidate))
                    eventType = e.value(QStringLiteral("EventType")).toInt();
        }
        if (eventType < 0) {
            row.insert(QStringLiteral("action"), QStringLiteral("unavailable"));
            row.insert(QStringLiteral("message"), QStringLiteral("this store does not offer the event"));
            report << row;
            continue;
        }
        row.insert(QStringLiteral("event_type"), eventType);
        const QString url =
            ingest::WebhookListener::cartWebhookUrl(publicUrl, QLatin1String(w.urlName), secret);
        qint64 id = -1;
        for (const QJsonValue &v : hooks.value()) {
            const QJsonObject h = v.toObject();
            if (h.value(QStringLiteral("Name")).toString() == name)
                id = h.value(QStringLiteral("Id")).toInteger();
        }
        Result<QList<cart::WriteResult>> written = QList<cart::WriteResult>{};
        if (id >= 0) {
            written = client.put(QStringLiteral("Webhooks/%1").arg(id),
                                 QJsonObject{{QStringLiteral("Id"), double(id)},
                                             {QStringLiteral("Name"), name},
                                             {QStringLiteral("Url"), url},
                                             {QStringLiteral("Format"), QStringLiteral("JSON")},
                                             {QStringLiteral("Enabled"), 1}});
            row.insert(QStringLiteral("action"), QStringLiteral("updated"));
        } else {
            written = client.post(QStringLiteral("Webhooks"),
                                  QJsonObject{{QStringLiteral("Name"), name},
                                              {QStringLiteral("Url"), url},
                                              {QStringLiteral("EventType"), eventType},
                                              {QStringLiteral("Format"), QStringLiteral("JSON")},
                                              {QStringLiteral("Enabled"), 1}});
            row.insert(QStringLiteral("action"), QStringLiteral("created"));
        }
        if (!written || (!written->isEmpty() && !written->first().ok())) {
            ++problems;
            row.insert(QStringLiteral("action"), QStringLiteral("failed"));
            row.insert(QStringLiteral("message"),
                       !written ? written.error().message : written->first().message);
        } else if (id < 0 && !written->isEmpty()) {
            id = written->first().value.toLongLong();
        }
        if (id >= 0)
            row.insert(QStringLiteral("id"), double(id));
        row.insert(QStringLiteral("url"), net::redactedUrl(QUrl(url)));
        report << row;
    }
    return WebhookRegistration{report, problems};
}

} // namespace m3cart::config
