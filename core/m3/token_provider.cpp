#include "token_provider.h"

#include "net/http_client.h"
#include "net/http_errors.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QUrlQuery>


namespace m3cart::m3 {

Q_LOGGING_CATEGORY(lcToken, "m3cart.m3.token", QtWarningMsg)

struct TokenProvider::Impl
{
    TokenConfig config;
    QMutex mutex; // held while fetching, so concurrent callers share one token request
    QString token;
    QString refreshToken;
    qint64 renewAt = 0; // ms since epoch
    int fetches = 0;

    static QByteArray form(const QList<QPair<QString, QString>> &items)
    {
        QByteArray out;
        for (const auto &[k, v] : items) {
            if (!out.isEmpty())
                out += '&';
            out += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
        }
        return out;
    }

    Status fetch(bool useRefresh)
    {
        QList<QPair<QString, QString>> items;
        if (useRefresh && !refreshToken.isEmpty()) {
            items = {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                     {QStringLiteral("refresh_token"), refreshToken}};
        } else if (config.grant == TokenConfig::Grant::ClientCredentials) {
            items = {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}};
        } else {
            items = {{QStringLiteral("grant_type"), QStringLiteral("password")},
                     {QStringLiteral("username"), config.username},
                     {QStringLiteral("password"), config.password}};
        }
        items << qMakePair(QStringLiteral("client_id"), config.clientId)
              << qMakePair(QStringLiteral("client_secret"), config.clientSecret);
        net::HttpRequest req;
        req.method = "POST";
        req.url = config.tokenUrl;
        req.timeoutMs = config.timeoutMs;
        req.body = form(items);
        req.headers << qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded"))
                    << qMakePair(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
        ++fetches;
        const net::HttpResponse r = net::send(req);
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        if (r.status != 200) {
            QString detail = body.value(QStringLiteral("error_description")).toString();
            if (detail.isEmpty())
                detail = body.value(QStringLiteral("error")).toString();
            if (detail.isEmpty() && !r.transportFailed())
                detail = net::textExcerpt(r.body);
            if (useRefresh && !refreshToken.isEmpty() && r.status >= 400 && r.status < 500) {
                refreshToken.clear(); // a dead refresh token: fall back to the grant itself
                return fetch(false);
            }
            Error e = net::classify(r, QStringLiteral("the ION API token endpoint"), detail);
            if (r.status == 400) // invalid_grant / invalid_client: the credentials are wrong
                e.errorClass = ErrorClass::Auth;
            return e;
        }
        const QString access = body.value(QStringLiteral("access_token")).toString();
        if (access.isEmpty())
            return Error::transient(QStringLiteral("the ION API token endpoint answered without an access_token"));
        const qint64 lifetimeMs = qint64(body.value(QStringLiteral("expires_in")).toDouble(7200)) * 1000;
        const qint64 margin = std::min(config.refreshMarginMs, lifetimeMs / 10);
        token = access;
        if (body.contains(QStringLiteral("refresh_token")))
            refreshToken = body.value(QStringLiteral("refresh_token")).toString();
        renewAt = QDateTime::currentMSecsSinceEpoch() + lifetimeMs - margin;
        qCInfo(lcToken) << "token fetched; renews in" << (renewAt - QDateTime::currentMSecsSinceEpoch()) / 1000 << "s";
        return ok();
    }
};

TokenProvider::TokenProvider(TokenConfig config) : d(std::make_unique<Impl>())
{
    d->config = std::move(config);
}

TokenProvider::~TokenProvider() = default;

Result<QString> TokenProvider::bearer()
{
    QMutexLocker lock(&d->mutex);
    if (!d->token.isEmpty() && QDateTime::currentMSecsSinceEpoch() < d->renewAt)
        return d->token;
    const Status s = d->fetch(!d->token.isEmpty());
    if (!s)
        return s.error();
    return d->token;
}

Result<QString> TokenProvider::renewAfter401(const QString &stale)
{
    QMutexLocker lock(&d->mutex);
    if (!d->token.isEmpty() && d->token != stale)
        return d->token; // another thread already renewed it
    const Status s = d->fetch(true);
    if (!s)
        return s.error();
    return d->token;
}

int TokenProvider::fetches() const
{
    QMutexLocker lock(&d->mutex);
    return d->fetches;
}

} // namespace m3cart::m3
