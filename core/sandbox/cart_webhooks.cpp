// Webhooks of the 3dcart simulator: CRUD, the event list, and delivery of JSON-array payloads.

#include "cart_json.h"
#include "cart_simulator.h"
#include "outbound_poster.h"

namespace m3cart::sandbox {

using namespace cartjson;

namespace {

const char *const kEventNames[] = {"",
                                   "Order New",
                                   "Order Status Changed",
                                   "Customer New",
                                   "Product New",
                                   "Product Changed",
                                   "Product Deleted",
                                   "Product Stock Changed"};

const FieldSpec kWebhookFields[] = {
    {"Name", 's', 80}, {"Url", 's', 1000}, {"EventType", 'i'}, {"Format", 's', 10}, {"Enabled", 'b'},
};

} // namespace

void CartSimulator::fireWebhook(int eventType, const QJsonObject &payload)
{
    const QByteArray body = QJsonDocument(QJsonArray{payload}).toJson(QJsonDocument::Compact);
    for (const QJsonObject &w : m_webhooks) {
        if (!w.value(QStringLiteral("Enabled")).toBool() ||
            w.value(QStringLiteral("EventType")).toInt() != eventType)
            continue;
        const QUrl url(w.value(QStringLiteral("Url")).toString());
        const FaultDecision f = m_faults.decide(QStringLiteral("cart"), "POST", QStringLiteral("webhook"));
        qCDebug(lcSandboxCart) << "webhook" << kEventNames[eventType] << "->" << url;
        m_poster->post(url, "application/json; charset=utf-8", body, QLatin1String(kEventNames[eventType]),
                       f.duplicate, f.reorder);
    }
}

HttpResponse CartSimulator::webhooksRoute(const HttpRequest &req, const QStringList &segs)
{
    auto stamp = [this] { return now().toString(QStringLiteral("MM/dd/yyyy HH:mm")); };
    if (!segs.isEmpty() && segs[0].compare(QLatin1String("events"), Qt::CaseInsensitive) == 0) {
        if (req.method != "GET" || segs.size() > 1)
            return HttpResponse::raw(405, {}, {});
        const QString name = req.queryValue(QStringLiteral("name"));
        QList<QJsonObject> rows;
        for (int i = 1; i < int(std::size(kEventNames)); ++i)
            if (name.isEmpty() || QLatin1String(kEventNames[i]).contains(name, Qt::CaseInsensitive))
                rows.append(QJsonObject{{QStringLiteral("EventType"), i},
                                        {QStringLiteral("EventName"), QLatin1String(kEventNames[i])}});
        return list(req, rows, 500);
    }
    QJsonDocument doc;
    HttpResponse err;
    if (segs.isEmpty()) {
        if (req.method == "GET") {
            const QString name = req.queryValue(QStringLiteral("name"));
            const QString url = req.queryValue(QStringLiteral("url"));
            const QString format = req.queryValue(QStringLiteral("format"));
            const int enabled = req.hasQuery(QStringLiteral("enabled"))
                                    ? req.queryValue(QStringLiteral("enabled")).toInt()
                                    : -1;
            QList<QJsonObject> rows;
            for (const QJsonObject &w : m_webhooks) {
                if (!name.isEmpty() &&
                    !w.value(QStringLiteral("Name")).toString().contains(name, Qt::CaseInsensitive))
                    continue;
                if (!url.isEmpty() &&
                    !w.value(QStringLiteral("Url")).toString().contains(url, Qt::CaseInsensitive))
                    continue;
                if (!format.isEmpty() &&
                    w.value(QStringLiteral("Format")).toString().compare(format, Qt::CaseInsensitive) != 0)
                    continue;
                if (enabled >= 0 && w.value(QStringLiteral("Enabled")).toBool() != (enabled != 0))
                    continue;
                rows.append(w);
            }
            return list(req, rows, 500);
        }
        if (req.method == "POST") {
            if (!parseBody(req, &doc, &err))
                return err;
            if (!doc.isObject())
                return error(400, QStringLiteral("The request is invalid. Expected a WebhookPOST object."));
            const QJsonObject body = doc.object();
            for (const char *req : {"Name", "Url", "EventType", "Enabled"})
                if (!body.contains(QLatin1String(req)) || body.value(QLatin1String(req)).isNull())
                    return error(400, QStringLiteral("The %1 field is required.").arg(QLatin1String(req)));
            QJsonObject w{{QStringLiteral("Id"), m_nextWebhookId},
                          {QStringLiteral("Format"), QStringLiteral("JSON")}};
            QString e;
            if (!applyFields(w, body, kWebhookFields, int(std::size(kWebhookFields)), QString(), &e))
                return error(400, e);
            const int type = w.value(QStringLiteral("EventType")).toInt();
            if (type < 1 || type >= int(std::size(kEventNames)))
                return error(400, QStringLiteral("Invalid EventType."));
            if (!QUrl(w.value(QStringLiteral("Url")).toString()).isValid() ||
                !w.value(QStringLiteral("Url")).toString().startsWith(QLatin1String("http")))
                return error(400, QStringLiteral("Invalid Url."));
            w[QStringLiteral("DateCreated")] = stamp();
            w[QStringLiteral("DateUpdated")] = stamp();
            m_webhooks.insert(m_nextWebhookId, w);
            return HttpResponse::json(result(QStringLiteral("Id"), QString::number(m_nextWebhookId++), 201,
                                             QStringLiteral("Created successfully")),
                                      201);
        }
        return HttpResponse::raw(405, {}, {});
    }
    bool ok = false;
    const int id = segs[0].toInt(&ok);
    if (!ok || !m_webhooks.contains(id) || segs.size() > 1)
        return error(404, QStringLiteral("No records found"));
    if (req.method == "GET")
        return HttpResponse::json(QJsonArray{m_webhooks.value(id)});
    if (req.method == "DELETE") {
        m_webhooks.remove(id);
        return HttpResponse::json(
            result(QStringLiteral("Id"), QString::number(id), 200, QStringLiteral("Deleted successfully")));
    }
    if (req.method == "PUT") {
        if (!parseBody(req, &doc, &err))
            return err;
        QJsonObject patch = doc.object();
        patch.remove(QStringLiteral("EventType")); // PUT carries no EventType
        QJsonObject w = m_webhooks.value(id);
        QString e;
        if (!applyFields(w, patch, kWebhookFields, int(std::size(kWebhookFields)), QString(), &e))
            return error(400, e);
        w[QStringLiteral("DateUpdated")] = stamp();
        m_webhooks.insert(id, w);
        return HttpResponse::json(
            result(QStringLiteral("Id"), QString::number(id), 200, QStringLiteral("Updated successfully")));
    }
    return HttpResponse::raw(405, {}, {});
}

} // namespace m3cart::sandbox
