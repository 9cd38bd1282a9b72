#include "cart_client.h"

#include "net/http_client.h"
#include "net/http_errors.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QThreadPool>
#include <algorithm>
#include <atomic>


namespace m3cart::cart {

Q_LOGGING_CATEGORY(lcCart, "m3cart.cart.client", QtWarningMsg)

namespace {
const QString kSystem = QStringLiteral("3dcart");

bool isOffsetExceeded(const QByteArray &body)
{
    return cartErrorMessage(body).contains(QLatin1String("Offset amount exceeds"), Qt::CaseInsensitive);
}

int statusOf(const QJsonValue &v)
{
    return v.isString() ? v.toString().toInt() : v.toInt();
}
} // namespace

struct CartClient::Raw
{
    int status = 0;
    QByteArray body;
};

QUrl CartConfig::apiRoot() const
{
    QUrl u = baseUrl;
    QString p = u.path();
    if (!p.endsWith(QLatin1Char('/')))
        p += QLatin1Char('/');
    u.setPath(p + QStringLiteral("3dCartWebAPI/v%1/").arg(apiVersion == 1 ? 1 : 2));
    return u;
}

int BulkResult::failed() const
{
    int n = 0;
    for (const WriteResult &r : results)
        n += r.ok() ? 0 : 1;
    return n;
}

QString cartErrorMessage(const QByteArray &body)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error == QJsonParseError::NoError) {
        QJsonObject o;
        if (doc.isArray() && !doc.array().isEmpty())
            o = doc.array().first().toObject();
        else if (doc.isObject())
            o = doc.object();
        const QString m = o.value(QStringLiteral("Message")).toString().trimmed();
        if (!m.isEmpty())
            return m;
        const QString m2 = o.value(QStringLiteral("message")).toString().trimmed();
        if (!m2.isEmpty())
            return m2;
    }
    return net::textExcerpt(body);
}

QList<WriteResult> parseWriteResults(const QJsonArray &array)
{
    QList<WriteResult> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        WriteResult r;
        r.key = o.value(QStringLiteral("Key")).toString();
        const QJsonValue value = o.value(QStringLiteral("Value"));
        r.value = value.isDouble() ? QString::number(value.toInteger()) : value.toString();
        r.status = statusOf(o.value(QStringLiteral("Status")));
        r.message = o.value(QStringLiteral("Message")).toString();
        out << r;
    }
    return out;
}

CartClient::CartClient(CartConfig config)
    : m_config(std::move(config)), m_pacer(std::make_shared<net::Pacer>(m_config.pacing))
{
}

int CartClient::pageMax(const QString &path)
{
    // Orders 300, Products (and their skuinfo) 200, everything else 500 (reference §1.4).
    const QStringList seg = path.toLower().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (seg.size() == 1 && seg[0] == QLatin1String("orders"))
        return 300;
    if (!seg.isEmpty() && seg[0] == QLatin1String("products") &&
        (seg.size() == 1 || (seg.size() == 2 && seg[1] == QLatin1String("skuinfo"))))
        return 200;
    return 500;
}

QString CartClient::describe() const
{
    return QStringLiteral("3dcart %1 (v%2)").arg(m_config.secureUrl).arg(m_config.apiVersion);
}

Result<CartClient::Raw> CartClient::call(const QByteArray &method, const QString &path, const QUrlQuery &query,
                                         const QByteArray &body) const
{
    QString rel = path;
    while (rel.startsWith(QLatin1Char('/')))
        rel.remove(0, 1);
    QUrl url = m_config.apiRoot().resolved(QUrl(rel));
    if (!query.isEmpty())
        url.setQuery(query);
    net::HttpRequest req;
    req.method = method;
    req.url = url;
    req.timeoutMs = m_config.timeoutMs;
    req.headers << qMakePair(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"))
                << qMakePair(QByteArrayLiteral("SecureURL"), m_config.secureUrl.toUtf8())
                << qMakePair(QByteArrayLiteral("PrivateKey"), m_config.privateKey.toUtf8());
    if (!m_config.bearer.isEmpty())
        req.headers << qMakePair(QByteArrayLiteral("Authorization"), "Bearer " + m_config.bearer.toUtf8());
    else
        req.headers << qMakePair(QByteArrayLiteral("Token"), m_config.token.toUtf8());
    if (!body.isEmpty()) {
        req.headers << qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
        req.body = body;
    }
    net::HttpResponse resp;
    {
        const net::Pacer::Permit permit = m_pacer->acquire();
        resp = net::send(req);
    }
    qCDebug(lcCart) << method << net::redactedUrl(url) << resp.status << resp.elapsedMs << "ms";
    if (resp.status >= 200 && resp.status < 300)
        return Raw{resp.status, resp.body};
    if (resp.status == 400 && isOffsetExceeded(resp.body))
        return Raw{resp.status, resp.body}; // paging's natural end; list() decides
    Error e = net::classify(resp, kSystem, resp.transportFailed() ? QString() : cartErrorMessage(resp.body));
    if (e.errorClass == ErrorClass::RateLimited)
        m_pacer->onRateLimited(e.retryAfterMs);
    return e;
}

Result<QJsonArray> CartClient::get(const QString &path, const QUrlQuery &query) const
{
    auto raw = call("GET", path, query, {});
    if (!raw)
        return raw.error();
    if (raw->status == 400)
        return Error{ErrorClass::Data, QStringLiteral("3dcart: %1").arg(cartErrorMessage(raw->body)), -1, 400};
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(raw->body, &err);
    if (err.error != QJsonParseError::NoError)
        return Error::transient(QStringLiteral("3dcart answered %1 with a body that is not JSON: %2")
                                    .arg(raw->status)
                                    .arg(net::textExcerpt(raw->body)));
    if (doc.isObject())
        return QJsonArray{doc.object()};
    return doc.array();
}

Result<QJsonObject> CartClient::getOne(const QString &path) const
{
    auto arr = get(path);
    if (!arr)
        return arr.error();
    if (arr->isEmpty())
        return Error::notFound(QStringLiteral("3dcart returned no record for %1").arg(path));
    return arr->first().toObject();
}

Result<std::optional<QJsonArray>> CartClient::page(const QString &path, QUrlQuery query, int offset, int limit) const
{
    query.removeAllQueryItems(QStringLiteral("limit"));
    query.removeAllQueryItems(QStringLiteral("offset"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    auto raw = call("GET", path, query, {});
    if (!raw) {
        if (raw.error().errorClass == ErrorClass::NotFound)
            return std::optional<QJsonArray>(); // "no records": an empty listing, or the last page was exactly full
        return raw.error();
    }
    if (raw->status == 400)
        return std::optional<QJsonArray>(); // "Offset amount exceeds the total number of records"
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(raw->body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isArray())
        return Error::transient(QStringLiteral("3dcart page at offset %1 is not a JSON array: %2")
                                    .arg(offset)
                                    .arg(net::textExcerpt(raw->body)));
    return std::optional<QJsonArray>(doc.array());
}

Result<QJsonArray> CartClient::list(const QString &path, QUrlQuery query, int maxRecords,
                                    const std::function<bool(int)> &progress) const
{
    const int pageSize = m_config.pageSize > 0 ? std::min(m_config.pageSize, pageMax(path)) : pageMax(path);
    QJsonArray all;
    int offset = 1; // 3dcart counts records from 1
    for (;;) {
        int want = pageSize;
        if (maxRecords >= 0)
            want = std::min(pageSize, maxRecords - int(all.size()));
        if (want <= 0)
            break;
        auto rows = page(path, query, offset, want);
        if (!rows)
            return rows.error();
        if (!rows->has_value())
            break;
        for (const QJsonValue &v : **rows)
            all.append(v);
        if (progress && !progress(int(all.size())))
            break;
        if ((*rows)->size() < want)
            break;
        offset += int((*rows)->size());
    }
    return all;
}

Result<QJsonArray> CartClient::listParallel(const QString &path, const QUrlQuery &query, int threads,
                                            const std::function<bool(int)> &progress) const
{
    auto total = count(path, query);
    if (!total)
        return total.error();
    const int pageSize = m_config.pageSize > 0 ? std::min(m_config.pageSize, pageMax(path)) : pageMax(path);
    const int pages = int((total.value() + pageSize - 1) / pageSize);
    QList<Result<std::optional<QJsonArray>>> got(pages, Result<std::optional<QJsonArray>>(std::optional<QJsonArray>()));
    QMutex mutex;
    int fetched = 0;
    std::atomic_bool stop{false};
    QThreadPool pool;
    pool.setMaxThreadCount(std::clamp(threads, 1, 16));
    for (int i = 0; i < pages; ++i)
        pool.start([&, i] {
            if (stop)
                return;
            auto rows = page(path, query, 1 + i * pageSize, pageSize);
            QMutexLocker lock(&mutex);
            if (rows && rows->has_value())
                fetched += int((*rows)->size());
            if (progress && !progress(fetched))
                stop = true;
            got[i] = std::move(rows);
        });
    pool.waitForDone();
    QJsonArray all;
    for (const auto &rows : std::as_const(got)) {
        if (!rows)
            return rows.error();
        if (rows->has_value())
            for (const QJsonValue &v : **rows)
                all.append(v);
    }
    return all;
}

Result<qint64> CartClient::count(const QString &path, QUrlQuery query) const
{
    query.removeAllQueryItems(QStringLiteral("countonly"));
    query.addQueryItem(QStringLiteral("countonly"), QStringLiteral("1"));
    auto raw = call("GET", path, query, {});
    if (!raw) {
        if (raw.error().errorClass == ErrorClass::NotFound)
            return qint64(0);
        return raw.error();
    }
    const QJsonDocument doc = QJsonDocument::fromJson(raw->body);
    QJsonObject o = doc.isArray() ? doc.array().first().toObject() : doc.object();
    if (!o.contains(QStringLiteral("TotalCount")))
        return Error::transient(QStringLiteral("3dcart count for %1 has no TotalCount: %2")
                                    .arg(path, net::textExcerpt(raw->body)));
    return qint64(o.value(QStringLiteral("TotalCount")).toDouble());
}

Result<QList<WriteResult>> CartClient::write(const QByteArray &method, const QString &path,
                                             const QJsonValue &body) const
{
    QByteArray bytes;
    if (body.isArray())
        bytes = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    else if (body.isObject())
        bytes = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    auto raw = call(method, path, {}, bytes);
    if (!raw)
        return raw.error();
    if (raw->status == 400)
        return Error{ErrorClass::Data, QStringLiteral("3dcart: %1").arg(cartErrorMessage(raw->body)), -1, 400};
    const QJsonDocument doc = QJsonDocument::fromJson(raw->body);
    if (doc.isArray())
        return parseWriteResults(doc.array());
    if (doc.isObject())
        return parseWriteResults(QJsonArray{doc.object()});
    return QList<WriteResult>{}; // 2xx with an empty body
}

Result<QList<WriteResult>> CartClient::put(const QString &path, const QJsonValue &body) const
{
    return write("PUT", path, body);
}

Result<QList<WriteResult>> CartClient::post(const QString &path, const QJsonValue &body) const
{
    return write("POST", path, body);
}

Result<QList<WriteResult>> CartClient::remove(const QString &path) const
{
    return write("DELETE", path, {});
}

Result<BulkResult> CartClient::putBulk(const QString &path, const QJsonArray &records, BulkResult *partial) const
{
    BulkResult out;
    for (qsizetype i = 0; i < records.size(); i += kBulkMax) {
        QJsonArray chunk;
        for (qsizetype j = i; j < std::min<qsizetype>(records.size(), i + kBulkMax); ++j)
            chunk.append(records.at(j));
        auto r = put(path, chunk);
        ++out.chunks;
        if (!r) {
            if (r.error().errorClass == ErrorClass::Data && r.error().httpStatus == 400) {
                // The whole chunk was refused: every record in it failed with that message.
                for (qsizetype j = 0; j < chunk.size(); ++j)
                    out.results << WriteResult{QStringLiteral("Error"), QString(), 400, r.error().message};
                continue;
            }
            if (partial)
                *partial = out;
            return r.error();
        }
        QList<WriteResult> results = r.value();
        // One result per record; pad if the server answered fewer so nothing is silently taken as done.
        while (results.size() < chunk.size())
            results << WriteResult{QStringLiteral("Error"), QString(), 0, QStringLiteral("no result returned for this record")};
        out.results << results.mid(0, chunk.size());
    }
    return out;
}

} // namespace m3cart::cart
