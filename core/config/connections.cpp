#include "connections.h"

#include "secrets/secret_store.h"
#include "store/settings_repository.h"

#include <QRandomGenerator>

namespace m3cart::config {

QStringList secretNames()
{
    return {QLatin1String(secret::CartPrivateKey), QLatin1String(secret::CartToken), QLatin1String(secret::CartBearer),
            QLatin1String(secret::M3ClientSecret), QLatin1String(secret::M3Saak),    QLatin1String(secret::M3Sask),
            QLatin1String(secret::M3Password),     QLatin1String(secret::ListenerSecret)};
}

QString secretDescription(const QString &name)
{
    static const QHash<QString, QString> d{
        {QLatin1String(secret::CartPrivateKey), QStringLiteral("3dcart app private key (PrivateKey header)")},
        {QLatin1String(secret::CartToken), QStringLiteral("3dcart store token (Token header)")},
        {QLatin1String(secret::CartBearer), QStringLiteral("3dcart OAuth access token (optional)")},
        {QLatin1String(secret::M3ClientSecret), QStringLiteral("ION API client secret (.ionapi cs)")},
        {QLatin1String(secret::M3Saak), QStringLiteral("ION API service account access key (.ionapi saak)")},
        {QLatin1String(secret::M3Sask), QStringLiteral("ION API service account secret key (.ionapi sask)")},
        {QLatin1String(secret::M3Password), QStringLiteral("M3 user password for a direct on-premise connection")},
        {QLatin1String(secret::ListenerSecret), QStringLiteral("token= in the webhook and BOD URLs")},
    };
    return d.value(name);
}

namespace {

Result<QJsonObject> settingObject(const SettingsRepository &settings, const QString &name, const QString &what)
{
    auto v = settings.get(name);
    if (!v)
        return v.error();
    if (!v->isObject())
        return Error::notFound(QStringLiteral("the %1 connection is not configured (setting %2)").arg(what, name));
    return v->toObject();
}

// A missing secret is "not configured"; anything else (no keychain at all) is passed on as it is.
Result<QString> secretValue(SecretStore &secrets, const char *name, bool required)
{
    auto v = secrets.readNow(QLatin1String(name));
    if (v)
        return v.value();
    if (v.error().errorClass == ErrorClass::NotFound) {
        if (!required)
            return QString();
        return Error::notFound(QStringLiteral("secret %1 (%2) is not set; store it with 'm3cart secrets set %1'")
                                   .arg(QLatin1String(name), secretDescription(QLatin1String(name))));
    }
    return v.error();
}

} // namespace

QJsonObject cartSettingsJson(const cart::CartConfig &c)
{
    return QJsonObject{{QStringLiteral("base_url"), c.baseUrl.toString()},
                       {QStringLiteral("api_version"), c.apiVersion},
                       {QStringLiteral("secure_url"), c.secureUrl},
                       {QStringLiteral("time_zone"), QString::fromLatin1(c.timeZone)},
                       {QStringLiteral("timeout_ms"), c.timeoutMs},
                       {QStringLiteral("rate_per_second"), c.pacing.ratePerSecond},
                       {QStringLiteral("max_concurrent"), c.pacing.maxConcurrent}};
}

cart::CartConfig cartFromSettings(const QJsonObject &o)
{
    cart::CartConfig c;
    c.baseUrl = QUrl(o.value(QStringLiteral("base_url")).toString(c.baseUrl.toString()));
    c.apiVersion = o.value(QStringLiteral("api_version")).toInt(2);
    c.secureUrl = o.value(QStringLiteral("secure_url")).toString();
    c.timeZone = o.value(QStringLiteral("time_zone")).toString(QStringLiteral("America/New_York")).toLatin1();
    c.timeoutMs = o.value(QStringLiteral("timeout_ms")).toInt(c.timeoutMs);
    c.pacing.ratePerSecond = o.value(QStringLiteral("rate_per_second")).toDouble(c.pacing.ratePerSecond);
    c.pacing.maxConcurrent = o.value(QStringLiteral("max_concurrent")).toInt(c.pacing.maxConcurrent);
    return c;
}

QJsonObject m3SettingsJson(const m3::M3Config &c)
{
    QJsonObject o{{QStringLiteral("mode"), c.mode == m3::M3Config::Mode::IonApi ? QStringLiteral("ionapi") : QStringLiteral("direct")},
                  {QStringLiteral("grant"), c.grant == m3::TokenConfig::Grant::Password ? QStringLiteral("password")
                                                                                        : QStringLiteral("client_credentials")},
                  {QStringLiteral("api_version"), c.apiVersion},
                  {QStringLiteral("timeout_ms"), c.timeoutMs},
                  {QStringLiteral("rate_per_second"), c.pacing.ratePerSecond},
                  {QStringLiteral("max_concurrent"), c.pacing.maxConcurrent}};
    if (c.mode == m3::M3Config::Mode::IonApi)
        o.insert(QStringLiteral("ionapi"), c.ionapi.publicPart());
    else {
        o.insert(QStringLiteral("base_url"), c.directBaseUrl.toString());
        o.insert(QStringLiteral("user"), c.user);
    }
    if (c.cono >= 0)
        o.insert(QStringLiteral("cono"), c.cono);
    if (!c.divi.isNull())
        o.insert(QStringLiteral("divi"), c.divi);
    return o;
}

m3::M3Config m3FromSettings(const QJsonObject &o)
{
    m3::M3Config c;
    c.mode = o.value(QStringLiteral("mode")).toString() == QLatin1String("direct") ? m3::M3Config::Mode::Direct
                                                                                   : m3::M3Config::Mode::IonApi;
    c.grant = o.value(QStringLiteral("grant")).toString() == QLatin1String("client_credentials")
                  ? m3::TokenConfig::Grant::ClientCredentials
                  : m3::TokenConfig::Grant::Password;
    c.apiVersion = o.value(QStringLiteral("api_version")).toInt(2);
    c.timeoutMs = o.value(QStringLiteral("timeout_ms")).toInt(c.timeoutMs);
    c.pacing.ratePerSecond = o.value(QStringLiteral("rate_per_second")).toDouble(c.pacing.ratePerSecond);
    c.pacing.maxConcurrent = o.value(QStringLiteral("max_concurrent")).toInt(c.pacing.maxConcurrent);
    c.ionapi = m3::IonApiFile::fromPublicPart(o.value(QStringLiteral("ionapi")).toObject());
    c.directBaseUrl = QUrl(o.value(QStringLiteral("base_url")).toString());
    c.user = o.value(QStringLiteral("user")).toString();
    c.cono = o.value(QStringLiteral("cono")).toInt(-1);
    if (o.contains(QStringLiteral("divi")))
        c.divi = o.value(QStringLiteral("divi")).toString(QStringLiteral(""));
    return c;
}

Result<cart::CartConfig> loadCart(const SettingsRepository &settings, SecretStore &secrets)
{
    auto o = settingObject(settings, cartSetting(), QStringLiteral("3dcart"));
    if (!o)
        return o.error();
    cart::CartConfig c = cartFromSettings(o.value());
    if (c.secureUrl.isEmpty())
        return Error::notFound(QStringLiteral("the 3dcart connection has no secure_url (the store's secure URL)"));
    auto key = secretValue(secrets, secret::CartPrivateKey, true);
    if (!key)
        return key.error();
    c.privateKey = key.value();
    auto bearer = secretValue(secrets, secret::CartBearer, false);
    if (!bearer)
        return bearer.error();
    c.bearer = bearer.value();
    auto token = secretValue(secrets, secret::CartToken, c.bearer.isEmpty());
    if (!token)
        return token.error();
    c.token = token.value();
    return c;
}

Result<m3::M3Config> loadM3(const SettingsRepository &settings, SecretStore &secrets)
{
    auto o = settingObject(settings, m3Setting(), QStringLiteral("M3"));
    if (!o)
        return o.error();
    m3::M3Config c = m3FromSettings(o.value());
    if (c.mode == m3::M3Config::Mode::Direct) {
        if (!c.directBaseUrl.isValid() || c.user.isEmpty())
            return Error::notFound(QStringLiteral("the direct M3 connection needs base_url and user"));
        auto pw = secretValue(secrets, secret::M3Password, true);
        if (!pw)
            return pw.error();
        c.password = pw.value();
        return c;
    }
    if (c.ionapi.ti.isEmpty() || c.ionapi.pu.isEmpty())
        return Error::notFound(QStringLiteral("the M3 connection has no .ionapi file imported"));
    auto cs = secretValue(secrets, secret::M3ClientSecret, true);
    if (!cs)
        return cs.error();
    c.ionapi.cs = cs.value();
    const bool password = c.grant == m3::TokenConfig::Grant::Password;
    auto saak = secretValue(secrets, secret::M3Saak, password);
    if (!saak)
        return saak.error();
    auto sask = secretValue(secrets, secret::M3Sask, password);
    if (!sask)
        return sask.error();
    c.ionapi.saak = saak.value();
    c.ionapi.sask = sask.value();
    return c;
}

Result<ingest::ListenerOptions> loadListener(const SettingsRepository &settings, SecretStore &secrets)
{
    auto v = settings.get(listenerSetting());
    if (!v)
        return v.error();
    const QJsonObject o = v->toObject();
    ingest::ListenerOptions l;
    const QString address = o.value(QStringLiteral("address")).toString(QStringLiteral("127.0.0.1"));
    if (!l.address.setAddress(address))
        return Error::data(QStringLiteral("listener address '%1' is not an IP address").arg(address));
    const int port = o.value(QStringLiteral("port")).toInt(8787);
    if (port < 0 || port > 65535)
        return Error::data(QStringLiteral("listener port %1 is out of range").arg(port));
    l.port = quint16(port);
    l.maxBodyBytes = qint64(o.value(QStringLiteral("max_body_bytes")).toDouble(double(l.maxBodyBytes)));
    l.certificateFile = o.value(QStringLiteral("certificate_file")).toString();
    l.keyFile = o.value(QStringLiteral("key_file")).toString();
    auto s = secretValue(secrets, secret::ListenerSecret, true);
    if (!s)
        return s.error();
    l.secret = s.value();
    return l;
}

Status importIonApi(const m3::IonApiFile &file, const SettingsRepository &settings, SecretStore &secrets,
                    const QString &actor)
{
    // Secrets first: a half-imported file must not leave settings pointing at credentials that are not there.
    const QList<QPair<const char *, QString>> parts{{secret::M3ClientSecret, file.cs},
                                                    {secret::M3Saak, file.saak},
                                                    {secret::M3Sask, file.sask}};
    for (const auto &[name, value] : parts) {
        if (value.isEmpty()) {
            if (const Status s = secrets.removeNow(QLatin1String(name)); !s)
                return s;
            continue;
        }
        if (const Status s = secrets.writeNow(QLatin1String(name), value); !s)
            return s;
    }
    auto current = settings.get(m3Setting());
    if (!current)
        return current.error();
    QJsonObject o = current->toObject();
    o.insert(QStringLiteral("mode"), QStringLiteral("ionapi"));
    o.insert(QStringLiteral("ionapi"), file.publicPart());
    if (!o.contains(QStringLiteral("grant")))
        o.insert(QStringLiteral("grant"), file.hasServiceAccount() ? QStringLiteral("password") : QStringLiteral("client_credentials"));
    return settings.set(m3Setting(), o, actor);
}

Result<SandboxConnections> fromSandboxReady(const QJsonObject &ready)
{
    const QJsonObject c = ready.value(QStringLiteral("cart")).toObject();
    SandboxConnections out;
    QUrl base(c.value(QStringLiteral("baseUrl")).toString()); // .../3dCartWebAPI/v2/: the client adds the path
    if (!base.isValid() || base.host().isEmpty())
        return Error::data(QStringLiteral("the sandbox description has no cart.baseUrl"));
    base.setPath(QString());
    out.cart.baseUrl = base;
    out.cart.secureUrl = c.value(QStringLiteral("secureUrl")).toString();
    out.cart.privateKey = c.value(QStringLiteral("privateKey")).toString();
    out.cart.token = c.value(QStringLiteral("token")).toString();
    auto ionapi = m3::IonApiFile::load(ready.value(QStringLiteral("m3")).toObject().value(QStringLiteral("ionapiFile")).toString());
    if (!ionapi)
        return ionapi.error();
    out.m3.ionapi = ionapi.value();
    return out;
}

void useSandboxPacing(SandboxConnections &connections)
{
    connections.cart.pacing.ratePerSecond = 200;
    connections.cart.pacing.maxConcurrent = 8;
    connections.m3.pacing.ratePerSecond = 1000;
    connections.m3.pacing.burst = 50;
    connections.m3.pacing.maxConcurrent = 8;
}

QString generateSecret()
{
    quint32 words[8];
    QRandomGenerator::system()->generate(std::begin(words), std::end(words));
    const QByteArray bytes(reinterpret_cast<const char *>(words), sizeof(words));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace m3cart::config
