#include "cart_simulator.h"

#include "cart_json.h"
#include "outbound_poster.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrlQuery>
#include <cmath>

namespace m3cart::sandbox {

Q_LOGGING_CATEGORY(lcSandboxCart, "m3cart.sandbox.cart", QtWarningMsg)

using namespace cartjson;

namespace {

QString normalizeStoreUrl(QString s)
{
    s = s.trimmed().toLower();
    for (const char *scheme : {"https://", "http://"})
        if (s.startsWith(QLatin1String(scheme)))
            s = s.mid(int(qstrlen(scheme)));
    if (s.startsWith(QLatin1String("www.")))
        s = s.mid(4);
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return s;
}

const char *const kStatusNames[][2] = {
    {"1", "New"},     {"2", "Processing"},        {"3", "Partial"},  {"4", "Shipped"},  {"5", "Cancel"},
    {"6", "Hold"},    {"7", "Not Completed"},     {"8", "Custom 1"}, {"9", "Custom 2"}, {"10", "Custom 3"},
    {"11", "Unpaid"}, {"12", "Recurring Orders"}, {"13", "Review"},  {"14", "POS"}};

} // namespace

CartSimulator::CartSimulator(const CartConfig &config, QObject *parent)
    : QObject(parent), m_config(config), m_server(new SimHttpServer(this)),
      m_poster(new OutboundPoster(this)), m_faults(config.seed)
{
    m_zone = QTimeZone(m_config.timeZone);
    if (!m_zone.isValid())
        m_zone = QTimeZone(-5 * 3600);
    m_faults.setGlobalLatency(m_config.latencyMs);
    m_poster->setMaxAttempts(m_config.webhookAttempts);
    m_poster->setRetryDelayMs(m_config.webhookRetryMs);
    m_server->setServerHeader("Microsoft-IIS/8.5");
    m_server->setHandler([this](const HttpRequest &req) { return handle(req); });
    if (m_config.stateDir.isEmpty() || !restore())
        seed();
}

CartSimulator::~CartSimulator() = default;

quint16 CartSimulator::listen(const QHostAddress &address, quint16 port)
{
    m_port = m_server->listen(address, port);
    return m_port;
}

QUrl CartSimulator::rootUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QUrl CartSimulator::baseUrl(int version) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/3dCartWebAPI/v%2/").arg(m_port).arg(version));
}

QUrl CartSimulator::adminUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/__sandbox/").arg(m_port));
}

quint64 CartSimulator::requestCount() const
{
    return m_server->requestCount();
}

QDateTime CartSimulator::now() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_clockOffset).toTimeZone(m_zone);
}

QString CartSimulator::nowText() const
{
    return now().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QJsonArray CartSimulator::result(const QString &key, const QString &value, int status, const QString &message)
{
    return QJsonArray{QJsonObject{{QStringLiteral("Key"), key},
                                  {QStringLiteral("Value"), value},
                                  {QStringLiteral("Status"), QString::number(status)},
                                  {QStringLiteral("Message"), message}}};
}

HttpResponse CartSimulator::error(int status, const QString &message)
{
    return HttpResponse::json(result(QStringLiteral("Error"), QString(), status, message), status);
}

void CartSimulator::setThrottle(double perSecond, double burst)
{
    m_config.throttlePerSecond = perSecond;
    m_config.throttleBurst = burst;
    for (auto &b : m_buckets)
        b.configure(perSecond, burst);
}

bool CartSimulator::authorized(const HttpRequest &req) const
{
    const QString secure = QString::fromUtf8(req.header("SecureURL"));
    const QString key = QString::fromUtf8(req.header("PrivateKey"));
    QString token = QString::fromUtf8(req.header("Token"));
    const QByteArray auth = req.header("Authorization");
    if (token.isEmpty() && auth.toLower().startsWith("bearer "))
        token = QString::fromUtf8(auth.mid(7)).trimmed(); // OAuth apps send the token as a bearer
    return !secure.isEmpty() && normalizeStoreUrl(secure) == normalizeStoreUrl(m_config.secureUrl) &&
           key == m_config.privateKey && token == m_config.token;
}

HttpResponse CartSimulator::handle(const HttpRequest &req)
{
    const QStringList segs = req.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!segs.isEmpty() && segs.first() == QLatin1String("__sandbox"))
        return admin(req, segs.mid(1));

    if (req.body.size() > m_config.maxBodyBytes)
        return HttpResponse::raw(
            413, "text/html",
            "<html><head><title>Request Entity Too Large</title></head><body><h2>HTTP Error 413.1 - "
            "Request Entity Too Large</h2><p>The page was not displayed because the request entity is "
            "too large.</p></body></html>");

    const FaultDecision fault = m_faults.decide(QStringLiteral("cart"), req.method, req.path);
    HttpResponse resp;
    if (fault.status) {
        if (fault.status == 429)
            resp = error(429, QStringLiteral("Too many requests. Please try again later."))
                       .withHeader("Retry-After", QByteArray::number(fault.retryAfter));
        else if (fault.status >= 500)
            resp = HttpResponse::raw(
                fault.status, "text/html",
                "<html><head><title>Runtime Error</title></head><body><h1>Server Error in '/' "
                "Application.</h1></body></html>");
        else
            resp = error(fault.status, QStringLiteral("Injected fault"));
    } else if (segs.size() < 2 || segs[0].compare(QLatin1String("3dCartWebAPI"), Qt::CaseInsensitive) != 0 ||
               (segs[1].compare(QLatin1String("v1"), Qt::CaseInsensitive) != 0 &&
                segs[1].compare(QLatin1String("v2"), Qt::CaseInsensitive) != 0)) {
        resp = HttpResponse::json(
            QJsonObject{{QStringLiteral("Message"),
                         QStringLiteral("No HTTP resource was found that matches the request URI '%1'.")
                             .arg(req.url.toString())}},
            404);
    } else if (!authorized(req)) {
        resp = error(401, QStringLiteral("Authorization has been denied for this request."));
    } else {
        const QString bucketKey = QString::fromUtf8(req.header("PrivateKey")) + QLatin1Char('|') +
                                  normalizeStoreUrl(QString::fromUtf8(req.header("SecureURL")));
        auto it = m_buckets.find(bucketKey);
        if (it == m_buckets.end())
            it = m_buckets.insert(bucketKey, TokenBucket(m_config.throttlePerSecond, m_config.throttleBurst));
        double wait = 0;
        if (!it->take(&wait)) {
            resp = error(429, QStringLiteral("Too many requests. Please try again later."))
                       .withHeader("Retry-After", QByteArray::number(qMax(1, int(std::ceil(wait)))));
        } else {
            resp = dispatch(req, segs.mid(2));
        }
    }
    resp.withHeader("Cache-Control", "no-cache").withHeader("Pragma", "no-cache").withHeader("Expires", "-1");
    resp.withHeader("X-AspNet-Version", "4.0.30319").withHeader("Access-Control-Allow-Origin", "*");
    resp.delayMs = fault.latencyMs;
    if (fault.drop)
        resp.dropConnection = true;
    if (fault.malformed) {
        resp.body = resp.body.left(qMax<qsizetype>(1, resp.body.size() / 2)) + "\x00\xff<!--";
    }
    return resp;
}

HttpResponse CartSimulator::dispatch(const HttpRequest &req, const QStringList &segs)
{
    if (segs.isEmpty())
        return error(404, QStringLiteral("Not Found"));
    const QString res = segs.first().toLower();
    HttpResponse r;
    if (res == QLatin1String("orders"))
        r = ordersRoute(req, segs.mid(1));
    else if (res == QLatin1String("orderstatus"))
        r = orderStatusRoute(req, segs.mid(1));
    else if (res == QLatin1String("products"))
        r = productsRoute(req, segs.mid(1));
    else if (res == QLatin1String("customers"))
        r = customersRoute(req, segs.mid(1));
    else if (res == QLatin1String("webhooks"))
        r = webhooksRoute(req, segs.mid(1));
    else
        return HttpResponse::json(
            QJsonObject{{QStringLiteral("Message"),
                         QStringLiteral("No HTTP resource was found that matches the request URI '%1'.")
                             .arg(req.url.toString())}},
            404);
    if (r.status == 405)
        return HttpResponse::json(
            QJsonObject{{QStringLiteral("Message"),
                         QStringLiteral("The requested resource does not support http method '%1'.")
                             .arg(QString::fromLatin1(req.method))}},
            405);
    if (req.method != "GET" && r.status < 300)
        persist();
    return r;
}

HttpResponse CartSimulator::list(const HttpRequest &req, const QList<QJsonObject> &rows, int maxPage)
{
    const QString countOnly = req.queryValue(QStringLiteral("countonly"));
    if (countOnly == QLatin1String("1") || countOnly.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return HttpResponse::json(QJsonObject{{QStringLiteral("TotalCount"), int(rows.size())}});
    int limit = 10;
    int offset = 1;
    if (req.hasQuery(QStringLiteral("limit"))) {
        bool ok = false;
        limit = req.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok)
            return error(400, QStringLiteral("The request is invalid. The value '%1' is not valid for limit.")
                                  .arg(req.queryValue(QStringLiteral("limit"))));
        if (limit <= 0)
            limit = 10;
    }
    if (req.hasQuery(QStringLiteral("offset"))) {
        bool ok = false;
        offset = req.queryValue(QStringLiteral("offset")).toInt(&ok);
        if (!ok)
            return error(400,
                         QStringLiteral("The request is invalid. The value '%1' is not valid for offset.")
                             .arg(req.queryValue(QStringLiteral("offset"))));
    }
    limit = qMin(limit, maxPage); // silent clamp
    offset = qMax(1, offset);     // 0 behaves as 1
    if (rows.isEmpty())
        return m_config.emptyListIs404 ? error(404, QStringLiteral("No records found"))
                                       : HttpResponse::json(QJsonArray());
    if (offset > rows.size())
        return error(400, QStringLiteral("Offset amount exceeds the total number of records"));
    return this->rows(rows.mid(offset - 1, limit));
}

QByteArray CartSimulator::serialized(const QJsonObject &row) const
{
    QString key;
    if (row.contains(QStringLiteral("OrderItemList")))
        key = QStringLiteral("O:%1").arg(row.value(QStringLiteral("OrderID")).toInt());
    else if (row.contains(QStringLiteral("SKUInfo")))
        key = QStringLiteral("P:%1").arg(
            row.value(QStringLiteral("SKUInfo")).toObject().value(QStringLiteral("CatalogID")).toInt());
    else if (row.contains(QStringLiteral("CustomerID")) && row.contains(QStringLiteral("Password")))
        key = QStringLiteral("C:%1").arg(row.value(QStringLiteral("CustomerID")).toInt());
    if (key.isEmpty())
        return QJsonDocument(row).toJson(QJsonDocument::Compact);
    const auto it = m_jsonCache.constFind(key);
    if (it != m_jsonCache.constEnd() && it->first == row)
        return it->second;
    if (m_jsonCache.size() > 20000)
        m_jsonCache.clear();
    const QByteArray text = QJsonDocument(row).toJson(QJsonDocument::Compact);
    m_jsonCache.insert(key, {row, text});
    return text;
}

HttpResponse CartSimulator::rows(const QList<QJsonObject> &rows) const
{
    QByteArray body = "[";
    for (const QJsonObject &r : rows) {
        if (body.size() > 1)
            body += ',';
        body += serialized(r);
    }
    body += ']';
    return HttpResponse::raw(200, "application/json; charset=utf-8", body);
}

HttpResponse CartSimulator::orderStatusRoute(const HttpRequest &req, const QStringList &segs)
{
    if (req.method != "GET")
        return HttpResponse::raw(405, {}, {});
    if (segs.isEmpty())
        return list(req, m_statuses, 500);
    bool ok = false;
    const int id = segs[0].toInt(&ok);
    for (const QJsonObject &s : m_statuses)
        if (ok && s.value(QStringLiteral("OrderStatusID")).toInt() == id)
            return HttpResponse::json(QJsonArray{s});
    return error(404, QStringLiteral("No records found"));
}

void CartSimulator::seed()
{
    m_orders.clear();
    m_products.clear();
    m_customers.clear();
    m_webhooks.clear();
    m_statuses.clear();
    m_buckets.clear();
    m_nextOrderId = 100001;
    m_nextInvoice = 5001;
    m_nextItemIndex = 1;
    m_nextWebhookId = 1;
    int sorting = 1;
    for (const auto &s : kStatusNames) {
        m_statuses.append(QJsonObject{{QStringLiteral("OrderStatusID"), QString::fromLatin1(s[0]).toInt()},
                                      {QStringLiteral("Sorting"), sorting++},
                                      {QStringLiteral("StatusDefinition"), QLatin1String(s[1])},
                                      {QStringLiteral("StatusText"), QLatin1String(s[1])},
                                      {QStringLiteral("Visible"), true}});
    }
    m_seed = SeedData::generate(m_config.seed, m_config.products, m_config.customers);
    for (const SeedProduct &p : m_seed.products)
        m_products.insert(p.catalogId, makeProduct(p));
    m_nextCatalogId = m_seed.products.size() + 1;
    for (const SeedCustomer &c : m_seed.customers)
        m_customers.insert(c.id, makeCustomer(c));
    m_nextCustomerId = m_seed.customers.size() + 1;

    // Seeded orders: a spread of statuses including Not Completed (7) and guest checkouts, over the last
    // days.
    QRandomGenerator rng(m_config.seed * 7919u + 13u);
    static const int statuses[] = {1, 1, 1, 2, 4, 4, 4, 7, 1, 2, 6, 11, 1, 4, 5};
    const QDateTime base = now();
    for (int i = 0; i < m_config.orders && !m_seed.products.isEmpty(); ++i) {
        QJsonObject spec;
        const int status = statuses[i % int(std::size(statuses))];
        if (i % 5 != 3 && !m_seed.customers.isEmpty())
            spec[QStringLiteral("CustomerID")] =
                m_seed.customers[rng.bounded(int(m_seed.customers.size()))].id;
        QJsonArray lines;
        const int n = 1 + rng.bounded(3);
        for (int l = 0; l < n; ++l) {
            const SeedProduct &p = m_seed.products[rng.bounded(int(m_seed.products.size()))];
            QJsonObject line{
                {QStringLiteral("sku"),
                 p.variants.isEmpty() ? p.sku : p.variants[rng.bounded(int(p.variants.size()))].sku},
                {QStringLiteral("qty"), 1 + rng.bounded(3)}};
            lines.append(line);
        }
        spec[QStringLiteral("lines")] = lines;
        const QDateTime when = base.addSecs(-3600LL * (m_config.orders - i) * 5);
        QJsonObject order = makeOrder(spec, status, when, false);
        m_orders.insert(order.value(QStringLiteral("OrderID")).toInt(), order);
    }
}

int CartSimulator::placeOrder(const QJsonObject &spec, QString *error)
{
    QJsonObject given = spec.value(QStringLiteral("order")).toObject();
    QJsonObject order;
    if (!given.isEmpty()) {
        order = given;
        int id = order.value(QStringLiteral("OrderID")).toInt();
        if (id <= 0 || m_orders.contains(id))
            id = m_nextOrderId;
        m_nextOrderId = qMax(m_nextOrderId, id + 1);
        order[QStringLiteral("OrderID")] = id;
        if (!order.contains(QStringLiteral("InvoiceNumber")))
            order[QStringLiteral("InvoiceNumber")] = m_nextInvoice++;
        if (!order.contains(QStringLiteral("OrderDate")))
            order[QStringLiteral("OrderDate")] = nowText();
        order[QStringLiteral("LastUpdate")] = nowText();
        if (!order.contains(QStringLiteral("OrderStatusID")))
            order[QStringLiteral("OrderStatusID")] = 1;
    } else {
        for (const QJsonValue &l : spec.value(QStringLiteral("lines")).toArray()) {
            const QString sku = l.toObject().value(QStringLiteral("sku")).toString();
            bool found = false;
            for (const SeedProduct &p : m_seed.products) {
                if (p.sku == sku)
                    found = true;
                for (const SeedVariant &v : p.variants)
                    found = found || v.sku == sku;
            }
            for (const QJsonObject &p : m_products)
                found =
                    found ||
                    p.value(QStringLiteral("SKUInfo")).toObject().value(QStringLiteral("SKU")).toString() ==
                        sku;
            if (!found) {
                if (error)
                    *error = QStringLiteral("unknown sku '%1'").arg(sku);
                return 0;
            }
        }
        order = makeOrder(spec, spec.value(QStringLiteral("status")).toInt(1), now(), true);
    }
    const int id = order.value(QStringLiteral("OrderID")).toInt();
    m_orders.insert(id, order);
    if (order.value(QStringLiteral("OrderStatusID")).toInt() != 7)
        fireWebhook(OrderNew, order);
    persist();
    return id;
}

QJsonObject CartSimulator::stateJson() const
{
    auto arr = [](const QMap<int, QJsonObject> &m) {
        QJsonArray a;
        for (const QJsonObject &o : m)
            a.append(o);
        return a;
    };
    return QJsonObject{{QStringLiteral("orders"), arr(m_orders)},
                       {QStringLiteral("products"), arr(m_products)},
                       {QStringLiteral("customers"), arr(m_customers)},
                       {QStringLiteral("webhooks"), arr(m_webhooks)},
                       {QStringLiteral("next"), QJsonObject{{QStringLiteral("order"), m_nextOrderId},
                                                            {QStringLiteral("invoice"), m_nextInvoice},
                                                            {QStringLiteral("item"), m_nextItemIndex},
                                                            {QStringLiteral("customer"), m_nextCustomerId},
                                                            {QStringLiteral("catalog"), m_nextCatalogId},
                                                            {QStringLiteral("webhook"), m_nextWebhookId}}}};
}

void CartSimulator::persist()
{
    if (m_config.stateDir.isEmpty())
        return;
    QDir().mkpath(m_config.stateDir);
    QSaveFile f(QDir(m_config.stateDir).filePath(QStringLiteral("cart_state.json")));
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(stateJson()).toJson(QJsonDocument::Compact));
        f.commit();
    }
}

bool CartSimulator::restore()
{
    QFile f(QDir(m_config.stateDir).filePath(QStringLiteral("cart_state.json")));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject s = QJsonDocument::fromJson(f.readAll()).object();
    if (s.isEmpty())
        return false;
    seed(); // statuses and seed catalogue, then the saved rows replace the seeded ones
    auto load = [](QMap<int, QJsonObject> &m, const QJsonArray &a, const char *key) {
        m.clear();
        for (const QJsonValue &v : a)
            m.insert(v.toObject().value(QLatin1String(key)).toInt(), v.toObject());
    };
    load(m_orders, s.value(QStringLiteral("orders")).toArray(), "OrderID");
    m_products.clear();
    for (const QJsonValue &v : s.value(QStringLiteral("products")).toArray())
        m_products.insert(v.toObject()
                              .value(QStringLiteral("SKUInfo"))
                              .toObject()
                              .value(QStringLiteral("CatalogID"))
                              .toInt(),
                          v.toObject());
    load(m_customers, s.value(QStringLiteral("customers")).toArray(), "CustomerID");
    load(m_webhooks, s.value(QStringLiteral("webhooks")).toArray(), "Id");
    const QJsonObject n = s.value(QStringLiteral("next")).toObject();
    m_nextOrderId = n.value(QStringLiteral("order")).toInt(m_nextOrderId);
    m_nextInvoice = n.value(QStringLiteral("invoice")).toInt(m_nextInvoice);
    m_nextItemIndex = n.value(QStringLiteral("item")).toInt(m_nextItemIndex);
    m_nextCustomerId = n.value(QStringLiteral("customer")).toInt(m_nextCustomerId);
    m_nextCatalogId = n.value(QStringLiteral("catalog")).toInt(m_nextCatalogId);
    m_nextWebhookId = n.value(QStringLiteral("webhook")).toInt(m_nextWebhookId);
    return true;
}

void CartSimulator::reset()
{
    seed();
    m_faults.clear();
    m_poster->clearLog();
    persist();
}

HttpResponse CartSimulator::admin(const HttpRequest &req, const QStringList &segs)
{
    const QString what = segs.value(0).toLower();
    QJsonDocument doc;
    if (req.method == "POST" || req.method == "PUT") {
        if (!req.body.trimmed().isEmpty()) {
            QJsonParseError pe;
            doc = QJsonDocument::fromJson(req.body, &pe);
            if (pe.error != QJsonParseError::NoError)
                return HttpResponse::json(QJsonObject{{QStringLiteral("error"), pe.errorString()}}, 400);
        }
    }
    const QJsonObject body = doc.object();
    if (what == QLatin1String("state") && req.method == "GET") {
        QJsonObject s{{QStringLiteral("orders"), int(m_orders.size())},
                      {QStringLiteral("products"), int(m_products.size())},
                      {QStringLiteral("customers"), int(m_customers.size())},
                      {QStringLiteral("webhooks"), int(m_webhooks.size())},
                      {QStringLiteral("requests"), double(requestCount())},
                      {QStringLiteral("storeTime"), nowText()},
                      {QStringLiteral("faults"), m_faults.toJson()},
                      {QStringLiteral("throttle"),
                       QJsonObject{{QStringLiteral("perSecond"), m_config.throttlePerSecond},
                                   {QStringLiteral("burst"), m_config.throttleBurst}}}};
        if (req.queryValue(QStringLiteral("full")) == QLatin1String("1"))
            s[QStringLiteral("data")] = stateJson();
        return HttpResponse::json(s);
    }
    if (what == QLatin1String("reset") && req.method == "POST") {
        reset();
        return HttpResponse::json(QJsonObject{{QStringLiteral("reset"), true}});
    }
    if (what == QLatin1String("orders") && segs.size() == 1 && req.method == "POST") {
        QString err;
        const int id = placeOrder(body, &err);
        if (!id)
            return HttpResponse::json(QJsonObject{{QStringLiteral("error"), err}}, 400);
        return HttpResponse::json(m_orders.value(id), 201);
    }
    if (what == QLatin1String("orders") && segs.size() == 2 && req.method == "GET") {
        const int id = segs[1].toInt();
        if (!m_orders.contains(id))
            return HttpResponse::json(QJsonObject{{QStringLiteral("error"), QStringLiteral("no such order")}},
                                      404);
        return HttpResponse::json(m_orders.value(id));
    }
    if (what == QLatin1String("faults"))
        return faultsAdmin(m_faults, req);
    if (what == QLatin1String("throttle")) {
        if (req.method == "PUT" || req.method == "POST")
            setThrottle(body.value(QStringLiteral("perSecond")).toDouble(m_config.throttlePerSecond),
                        body.value(QStringLiteral("burst")).toDouble(m_config.throttleBurst));
        return HttpResponse::json(QJsonObject{{QStringLiteral("perSecond"), m_config.throttlePerSecond},
                                              {QStringLiteral("burst"), m_config.throttleBurst}});
    }
    if (what == QLatin1String("webhooks") && segs.value(1).toLower() == QLatin1String("deliveries"))
        return HttpResponse::json(m_poster->log());
    if (what == QLatin1String("clock")) {
        if (req.method == "PUT" || req.method == "POST")
            m_clockOffset = qint64(body.value(QStringLiteral("offsetSeconds")).toDouble());
        return HttpResponse::json(QJsonObject{{QStringLiteral("offsetSeconds"), double(m_clockOffset)},
                                              {QStringLiteral("storeTime"), nowText()}});
    }
    return HttpResponse::json(QJsonObject{{QStringLiteral("error"), QStringLiteral("unknown admin route")}},
                              404);
}

} // namespace m3cart::sandbox
