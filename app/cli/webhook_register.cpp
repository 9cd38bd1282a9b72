// m3cart webhooks register --public-url URL: one 3dcart webhook per event, pointing at the listener.

#include "cli.h"

#include "cart/cart_client.h"
#include "config/connections.h"
#include "ingest/inbound_payload.h"
#include "ingest/webhook_listener.h"
#include "net/http_client.h"
#include "secrets/secret_store.h"
#include "store/settings_repository.h"
#include "store/store.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace m3cart::cli {

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

int webhooksRegister(const Invocation &inv)
{
    const QString cmd = QStringLiteral("webhooks register");
    const QString publicUrl = inv.parser->value(QStringLiteral("public-url"));
    if (publicUrl.isEmpty())
        return usageError(cmd, QStringLiteral("webhooks register needs --public-url URL (where 3dcart can reach the listener)"));
    const QUrl pu(publicUrl);
    if (!pu.isValid() || (pu.scheme() != QLatin1String("https") && pu.scheme() != QLatin1String("http")) || pu.host().isEmpty())
        return usageError(cmd, QStringLiteral("--public-url must be an http(s) URL (got '%1')").arg(publicUrl));

    int code = Success;
    auto store = inv.openStore(&code);
    if (!store)
        return code;
    KeychainSecretStore secrets;
    QString secret;
    auto existing = secrets.readNow(QLatin1String(config::secret::ListenerSecret));
    if (existing) {
        secret = existing.value();
    } else if (existing.error().errorClass == ErrorClass::NotFound) {
        secret = config::generateSecret();
        if (const Status s = secrets.writeNow(QLatin1String(config::secret::ListenerSecret), secret); !s)
            return failure(s.error().message);
    } else {
        return failure(existing.error().message);
    }

    SettingsRepository settings(store);
    auto cfg = config::loadCart(settings, secrets);
    if (!cfg)
        return failure(cfg.error().message);
    const cart::CartClient client(cfg.value());

    auto events = client.list(QStringLiteral("Webhooks/Events"));
    if (!events)
        return failure(events.error().message);
    auto hooks = client.list(QStringLiteral("Webhooks"));
    if (!hooks)
        return failure(hooks.error().message);

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
        const QString url = ingest::WebhookListener::cartWebhookUrl(publicUrl, QLatin1String(w.urlName), secret);
        qint64 id = -1;
        for (const QJsonValue &v : hooks.value()) {
            const QJsonObject h = v.toObject();
            if (h.value(QStringLiteral("Name")).toString() == name)
                id = h.value(QStringLiteral("Id")).toInteger();
        }
        Result<QList<cart::WriteResult>> written = QList<cart::WriteResult>{};
        if (id >= 0) {
            written = client.put(QStringLiteral("Webhooks/%1").arg(id),
                                 QJsonObject{{QStringLiteral("Id"), double(id)}, {QStringLiteral("Name"), name},
                                             {QStringLiteral("Url"), url}, {QStringLiteral("Format"), QStringLiteral("JSON")},
                                             {QStringLiteral("Enabled"), 1}});
            row.insert(QStringLiteral("action"), QStringLiteral("updated"));
        } else {
            written = client.post(QStringLiteral("Webhooks"),
                                  QJsonObject{{QStringLiteral("Name"), name}, {QStringLiteral("Url"), url},
                                              {QStringLiteral("EventType"), eventType},
                                              {QStringLiteral("Format"), QStringLiteral("JSON")}, {QStringLiteral("Enabled"), 1}});
            row.insert(QStringLiteral("action"), QStringLiteral("created"));
        }
        if (!written || (!written->isEmpty() && !written->first().ok())) {
            ++problems;
            row.insert(QStringLiteral("action"), QStringLiteral("failed"));
            row.insert(QStringLiteral("message"), !written ? written.error().message : written->first().message);
        } else if (id < 0 && !written->isEmpty()) {
            id = written->first().value.toLongLong();
        }
        if (id >= 0)
            row.insert(QStringLiteral("id"), double(id));
        row.insert(QStringLiteral("url"), net::redactedUrl(QUrl(url)));
        report << row;
    }
    if (inv.json) {
        printJson(QJsonObject{{QStringLiteral("public_url"), publicUrl}, {QStringLiteral("webhooks"), report}});
    } else {
        QList<QStringList> rows;
        for (const QJsonValue &v : report) {
            const QJsonObject o = v.toObject();
            rows << QStringList{o.value(QStringLiteral("event")).toString(), o.value(QStringLiteral("action")).toString(),
                                o.contains(QStringLiteral("id")) ? QString::number(o.value(QStringLiteral("id")).toInteger()) : QString(),
                                o.value(QStringLiteral("message")).toString(o.value(QStringLiteral("url")).toString())};
        }
        out(table({QStringLiteral("EVENT"), QStringLiteral("ACTION"), QStringLiteral("ID"), QStringLiteral("URL / NOTE")}, rows));
    }
    return problems == 0 ? Success : Failure;
}

} // namespace m3cart::cli
