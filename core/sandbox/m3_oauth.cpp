// ION API OAuth 2.0 of the M3 simulator: the token and revoke endpoints and bearer / Basic checks.

#include "m3_simulator.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace m3cart::sandbox {

Q_DECLARE_LOGGING_CATEGORY(lcSandboxM3)

namespace {

HttpResponse oauthError(int status, const QString &error, const QString &description)
{
    HttpResponse r = HttpResponse::json(
        QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}},
        status);
    r.withHeader("Cache-Control", "no-store").withHeader("Pragma", "no-cache");
    return r;
}

} // namespace

bool M3Simulator::authorize(const HttpRequest &req, bool gateway, HttpResponse *deny)
{
    const QByteArray auth = req.header("Authorization");
    if (auth.toLower().startsWith("bearer ")) {
        const QString token = QString::fromLatin1(auth.mid(7)).trimmed();
        const auto it = m_tokens.constFind(token);
        if (it == m_tokens.constEnd() || it->refresh) {
            *deny = oauthError(401, QStringLiteral("invalid_token"),
                               QStringLiteral("The access token is unknown or revoked"));
            deny->withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            return false;
        }
        if (it->expiresMs <= nowMs()) {
            *deny =
                oauthError(401, QStringLiteral("invalid_token"), QStringLiteral("The access token expired"));
            deny->withHeader(
                "WWW-Authenticate",
                "Bearer error=\"invalid_token\", error_description=\"The access token expired\"");
            return false;
        }
        if (m_config.spikeArrestPerMinute > 0) {
            QList<qint64> &hits = m_spike[token];
            const qint64 now = nowMs();
            while (!hits.isEmpty() && hits.first() <= now - 60000)
                hits.removeFirst();
            if (hits.size() >= m_config.spikeArrestPerMinute) {
                *deny = HttpResponse::json(
                    QJsonObject{
                        {QStringLiteral("error"), QStringLiteral("too_many_requests")},
                        {QStringLiteral("error_description"), QStringLiteral("Spike arrest violation")}},
                    429);
                deny->withHeader("Retry-After",
                                 QByteArray::number(qMax<qint64>(1, (hits.first() + 60000 - now) / 1000)));
                return false;
            }
            hits.append(now);
        }
        return true;
    }
    if (!gateway && auth.toLower().startsWith("basic ")) {
        const QByteArray userPass = QByteArray::fromBase64(auth.mid(6).trimmed());
        if (userPass == (m_config.m3User + QLatin1Char(':') + m_config.m3Password).toUtf8())
            return true;
    }
    *deny = gateway ? oauthError(401, QStringLiteral("invalid_token"),
                                 QStringLiteral("An access token is required"))
                    : HttpResponse::raw(401, "text/plain", "Unauthorized");
    deny->withHeader("WWW-Authenticate",
                     gateway ? QByteArray("Bearer") : QByteArray("Basic realm=\"m3api-rest\""));
    return false;
}

HttpResponse M3Simulator::tokenEndpoint(const HttpRequest &req)
{
    if (req.method != "POST")
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("The token endpoint accepts POST only"));
    if (!req.header("Content-Type").toLower().startsWith("application/x-www-form-urlencoded"))
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("Content-Type must be application/x-www-form-urlencoded"));
    const QUrlQuery form(QString::fromUtf8(req.body));
    auto field = [&form](const char *k) { return form.queryItemValue(QLatin1String(k), QUrl::FullyDecoded); };
    QString clientId = field("client_id");
    QString clientSecret = field("client_secret");
    const QByteArray auth = req.header("Authorization");
    if (auth.toLower().startsWith("basic ")) {
        const QString pair = QString::fromUtf8(QByteArray::fromBase64(auth.mid(6).trimmed()));
        clientId = QUrl::fromPercentEncoding(pair.section(QLatin1Char(':'), 0, 0).toUtf8());
        clientSecret = QUrl::fromPercentEncoding(pair.section(QLatin1Char(':'), 1).toUtf8());
    }
    if (clientId != m_config.clientId || clientSecret != m_config.clientSecret)
        return oauthError(401, QStringLiteral("invalid_client"),
                          QStringLiteral("Client authentication failed"));
    const QString grant = field("grant_type");
    QString user;
    bool withRefresh = false;
    if (grant == QLatin1String("password")) {
        if (field("username") != m_config.serviceAccessKey || field("password") != m_config.serviceSecretKey)
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("Invalid service account credentials"));
        user = m_config.m3User;
        withRefresh = m_config.issueRefreshToken;
    } else if (grant == QLatin1String("client_credentials")) {
        user = m_config.m3User;
    } else if (grant == QLatin1String("refresh_token")) {
        const QString rt = field("refresh_token");
        const auto it = m_tokens.constFind(rt);
        if (rt.isEmpty() || it == m_tokens.constEnd() || !it->refresh || it->expiresMs <= nowMs())
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("The refresh token is invalid or expired"));
        user = it->user;
        withRefresh = true;
        m_tokens.remove(rt); // rotated
    } else if (grant.isEmpty()) {
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("grant_type is required"));
    } else {
        return oauthError(400, QStringLiteral("unsupported_grant_type"),
                          QStringLiteral("Unsupported grant type: %1").arg(grant));
    }
    auto mint = [this]() {
        QByteArray raw(24, Qt::Uninitialized);
        for (char &c : raw)
            c = char(QRandomGenerator::global()->bounded(256));
        return QStringLiteral("sbx%1").arg(++m_tokenCounter) +
               QString::fromLatin1(
                   raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    const QString access = mint();
    m_tokens.insert(
        access, Token{nowMs() + qint64(m_config.tokenLifetimeSeconds) * 1000, user, clientId, false, grant});
    QJsonObject body{{QStringLiteral("access_token"), access},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("expires_in"), m_config.tokenLifetimeSeconds}};
    if (withRefresh) {
        const QString refresh = mint();
        m_tokens.insert(refresh, Token{nowMs() + 7LL * 24 * 3600 * 1000, user, clientId, true, grant});
        body[QStringLiteral("refresh_token")] = refresh;
    }
    qCDebug(lcSandboxM3) << "token issued, grant" << grant << "refresh" << withRefresh;
    HttpResponse r = HttpResponse::json(body);
    r.withHeader("Cache-Control", "no-store").withHeader("Pragma", "no-cache");
    return r;
}

HttpResponse M3Simulator::revokeEndpoint(const HttpRequest &req)
{
    QString token;
    if (req.method == "GET")
        token = req.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    else if (req.method == "POST")
        token = QUrlQuery(QString::fromUtf8(req.body))
                    .queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    else
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("Use POST"));
    if (token.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("token is required"));
    m_tokens.remove(token); // RFC 7009: unknown tokens are not an error
    return HttpResponse::raw(200, {}, {});
}

} // namespace m3cart::sandbox
