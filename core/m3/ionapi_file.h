#pragma once
// A .ionapi credentials file (ION API gateway > Authorized Apps > Download Credentials). The secret parts
// (cs, saak, sask) go to the SecretStore; the rest is plain configuration.

#include "common/error.h"

#include <QJsonObject>
#include <QUrl>

namespace m3cart::m3 {

struct IonApiFile
{
    QString ti; // tenant
    QString cn; // client (authorized app) name
    QString ci; // OAuth client id
    QString cs; // OAuth client secret (secret)
    QString iu; // ION API gateway base URL, no tenant
    QString pu; // authorization server base URL, with tenant and /as/
    QString oa = QStringLiteral("authorization.oauth2");
    QString ot = QStringLiteral("token.oauth2");
    QString orPath = QStringLiteral("revoke_token.oauth2"); // key "or"
    QString saak; // service account access key = OAuth username (secret)
    QString sask; // service account secret key = OAuth password (secret)
    QJsonObject extra; // keys we do not use (dt, ev, v, ...), kept for display

    static Result<IonApiFile> parse(const QByteArray &json);
    static Result<IonApiFile> load(const QString &path);

    QUrl tokenUrl() const { return QUrl(pu + ot); }
    QUrl revokeUrl() const { return QUrl(pu + orPath); }
    QUrl apiBase() const; // iu/ti/  (M3 is under M3/m3api-rest/)
    bool hasServiceAccount() const { return !saak.isEmpty() && !sask.isEmpty(); }

    // Without cs, saak, sask: what may be shown and stored in settings.
    QJsonObject publicPart() const;
    static IonApiFile fromPublicPart(const QJsonObject &o);
};

} // namespace m3cart::m3
