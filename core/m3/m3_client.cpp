#include "m3_client.h"

#include "net/http_client.h"
#include "net/http_errors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>


namespace m3cart::m3 {

Q_LOGGING_CATEGORY(lcM3, "m3cart.m3.client", QtWarningMsg)

struct M3Client::Shared
{
    QMutex mutex;
    QHash<QString, QList<MiField>> fieldCache; // "PGM/TRN/I"
};

QUrl M3Config::restBase() const
{
    QString base = mode == Mode::IonApi ? ionapi.apiBase().toString() + QStringLiteral("M3/")
                                        : directBaseUrl.toString();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    return QUrl(base + QStringLiteral("m3api-rest/"));
}

M3Client::M3Client(M3Config config)
    : m_config(std::move(config)), m_pacer(std::make_shared<net::Pacer>(m_config.pacing)),
      m_shared(std::make_shared<Shared>())
{
    if (m_config.mode == M3Config::Mode::IonApi) {
        TokenConfig t;
        t.tokenUrl = m_config.ionapi.tokenUrl();
        t.clientId = m_config.ionapi.ci;
        t.clientSecret = m_config.ionapi.cs;
        t.username = m_config.ionapi.saak;
        t.password = m_config.ionapi.sask;
        t.grant = m_config.grant;
        t.timeoutMs = m_config.timeoutMs;
        m_tokens = std::make_shared<TokenProvider>(t);
    }
}

int M3Client::tokenFetches() const { return m_tokens ? m_tokens->fetches() : 0; }

QString M3Client::describe() const
{
    if (m_config.mode == M3Config::Mode::IonApi)
        return QStringLiteral("M3 via ION API, tenant %1 (v%2)").arg(m_config.ionapi.ti).arg(m_config.apiVersion);
    return QStringLiteral("M3 at %1 as %2 (v%3)").arg(m_config.directBaseUrl.toString(), m_config.user).arg(m_config.apiVersion);
}

QUrl M3Client::executeUrl(const QString &program, const QString &transaction, const MiFields &fields,
                          const ExecOptions &o, int version) const
{
    // Matrix parameters exactly as Infor's SDK builds them (reference §1.2).
    QByteArray path = m_config.restBase().toEncoded();
    path += version == 1 ? "execute/" : "v2/execute/";
    path += QUrl::toPercentEncoding(program) + '/' + QUrl::toPercentEncoding(transaction);
    path += ";metadata=" + QByteArray(o.metadata && version == 1 ? "true" : "false");
    if (o.maxrecs >= 0)
        path += ";maxrecs=" + QByteArray::number(o.maxrecs);
    path += ";excludempty=false";
    const int cono = o.cono != -2 ? o.cono : m_config.cono;
    const QString divi = !o.divi.isNull() ? o.divi : m_config.divi;
    if (cono >= 0) {
        path += ";cono=" + QByteArray::number(cono);
        if (!divi.isNull())
            path += ";divi=" + QUrl::toPercentEncoding(divi);
    }
    if (!o.returncols.isEmpty())
        path += ";returncols=" + QUrl::toPercentEncoding(o.returncols.join(QLatin1Char(',')), ",");
    QByteArray query;
    for (const auto &[k, v] : fields) {
        if (v.isNull())
            continue;
        query += (query.isEmpty() ? "?" : "&") + QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    return QUrl::fromEncoded(path + query, QUrl::StrictMode);
}

Result<QByteArray> M3Client::send(const QByteArray &method, const QUrl &url, const QByteArray &body, int *status) const
{
    QString bearer;
    if (m_tokens) {
        auto t = m_tokens->bearer();
        if (!t)
            return t.error();
        bearer = t.value();
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        net::HttpRequest req;
        req.method = method;
        req.url = url;
        req.timeoutMs = m_config.timeoutMs;
        req.body = body;
        req.headers << qMakePair(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
        if (!body.isEmpty())
            req.headers << qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
        if (m_tokens)
            req.headers << qMakePair(QByteArrayLiteral("Authorization"), "Bearer " + bearer.toUtf8());
        else
            req.headers << qMakePair(QByteArrayLiteral("Authorization"),
                                     "Basic " + (m_config.user + QLatin1Char(':') + m_config.password).toUtf8().toBase64());
        net::HttpResponse r;
        {
            const net::Pacer::Permit permit = m_pacer->acquire();
            r = net::send(req);
        }
        qCDebug(lcM3) << method << net::redactedUrl(url) << r.status << r.elapsedMs << "ms";
        if (r.status == 401 && m_tokens && attempt == 0) {
            auto renewed = m_tokens->renewAfter401(bearer); // once; a second 401 is an auth error
            if (!renewed)
                return renewed.error();
            bearer = renewed.value();
            continue;
        }
        *status = r.status;
        // v1 NOKs come with 200 and v2 single-call NOKs with 400: both carry a JSON body the parser reads.
        if (r.status == 200 || (r.status == 400 && r.body.trimmed().startsWith('{')))
            return r.body;
        QString detail;
        if (!r.transportFailed()) {
            const QJsonObject o = QJsonDocument::fromJson(r.body).object();
            detail = o.value(QStringLiteral("message")).toString(o.value(QStringLiteral("Message")).toString());
            if (detail.isEmpty())
                detail = net::textExcerpt(r.body);
        }
        Error e = net::classify(r, QStringLiteral("M3"), detail);
        if (e.errorClass == ErrorClass::RateLimited)
            m_pacer->onRateLimited(e.retryAfterMs);
        return e;
    }
    return Error::auth(QStringLiteral("M3 refused a freshly renewed token (HTTP 401)"));
}

Result<MiResult> M3Client::execute(const QString &program, const QString &transaction, const MiFields &fields,
                                   const ExecOptions &o) const
{
    const int version = o.apiVersion ? o.apiVersion : m_config.apiVersion;
    int status = 0;
    auto body = send("GET", executeUrl(program, transaction, fields, o, version), {}, &status);
    if (!body)
        return body.error();
    return version == 1 ? mi::parseV1(body.value(), program, transaction)
                        : mi::parseV2(body.value(), program, transaction);
}

Result<QList<Result<MiResult>>> M3Client::executeBulk(const QString &program, const QList<BulkItem> &items,
                                                      const ExecOptions &o) const
{
    QList<Result<MiResult>> all;
    const int chunk = std::max(1, m_config.bulkChunk);
    for (qsizetype start = 0; start < items.size(); start += chunk) {
        QJsonArray transactions;
        QStringList names;
        for (qsizetype i = start; i < std::min<qsizetype>(items.size(), start + chunk); ++i) {
            const BulkItem &item = items.at(i);
            QJsonObject record;
            for (const auto &[k, v] : item.record)
                if (!v.isNull())
                    record.insert(k, v);
            QJsonObject t{{QStringLiteral("transaction"), item.transaction}, {QStringLiteral("record"), record}};
            if (!item.selectedColumns.isEmpty())
                t.insert(QStringLiteral("selectedColumns"), QJsonArray::fromStringList(item.selectedColumns));
            transactions << t;
            names << item.transaction;
        }
        QJsonObject req{{QStringLiteral("program"), program},
                        {QStringLiteral("excludeEmptyValues"), false},
                        {QStringLiteral("rightTrim"), true},
                        {QStringLiteral("transactions"), transactions}};
        const int cono = o.cono != -2 ? o.cono : m_config.cono;
        const QString divi = !o.divi.isNull() ? o.divi : m_config.divi;
        if (cono >= 0)
            req.insert(QStringLiteral("cono"), cono);
        if (!divi.isNull())
            req.insert(QStringLiteral("divi"), divi);
        if (o.maxrecs >= 0)
            req.insert(QStringLiteral("maxReturnedRecords"), o.maxrecs);
        int status = 0;
        auto body = send("POST", QUrl(m_config.restBase().toString() + QStringLiteral("v2/execute")),
                         QJsonDocument(req).toJson(QJsonDocument::Compact), &status);
        if (!body)
            return body.error();
        auto parsed = mi::parseV2Bulk(body.value(), program, names);
        if (!parsed)
            return parsed.error();
        all << parsed.value();
    }
    return all;
}

Result<MiResult> M3Client::executeOnce(const QString &program, const QString &transaction, const MiFields &fields) const
{
    if (m_config.apiVersion != 2)
        return execute(program, transaction, fields);
    auto all = executeBulk(program, {BulkItem{transaction, fields, {}}});
    if (!all)
        return all.error();
    if (all->isEmpty())
        return Error::transient(QStringLiteral("M3 answered the bulk call for %1/%2 with no result").arg(program, transaction));
    return all->first();
}

Result<QList<MiField>> M3Client::fields(const QString &program, const QString &transaction, QChar direction) const
{
    const QString key = program + QLatin1Char('/') + transaction + QLatin1Char('/') + direction;
    {
        QMutexLocker lock(&m_shared->mutex);
        if (m_shared->fieldCache.contains(key))
            return m_shared->fieldCache.value(key);
    }
    ExecOptions o;
    o.maxrecs = 0;
    auto r = execute(QStringLiteral("MRS001MI"), QStringLiteral("LstFields"),
                     {{QStringLiteral("MINM"), program}, {QStringLiteral("TRNM"), transaction},
                      {QStringLiteral("TRTP"), QString(direction)}},
                     o);
    if (!r)
        return r.error();
    QList<MiField> out;
    for (const MiRecord &rec : r->records)
        out << MiField{rec.value(QStringLiteral("FLNM")), rec.value(QStringLiteral("TYPE")),
                       rec.value(QStringLiteral("LENG")).toInt(), rec.value(QStringLiteral("FLDS")),
                       rec.value(QStringLiteral("MAND")) == QLatin1String("1")};
    QMutexLocker lock(&m_shared->mutex);
    m_shared->fieldCache.insert(key, out);
    return out;
}

} // namespace m3cart::m3
