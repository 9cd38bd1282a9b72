// m3cart webhooks register --public-url URL: one 3dcart webhook per event, pointing at the listener.

#include "cli.h"

#include "cart/cart_client.h"
#include "config/connections.h"
#include "config/webhook_registration.h"
#include "secrets/secret_store.h"
#include "store/settings_repository.h"
#include "store/store.h"

#include <QJsonArray>

namespace m3cart::cli {

int webhooksRegister(const Invocation &inv)
{
    const QString cmd = QStringLiteral("webhooks register");
    const QString publicUrl = inv.parser->value(QStringLiteral("public-url"));
    if (publicUrl.isEmpty())
        return usageError(cmd, QStringLiteral("webhooks register needs --public-url URL (where 3dcart can reach the listener)"));
    if (const QString problem = config::publicUrlProblem(publicUrl); !problem.isEmpty())
        return usageError(cmd, QStringLiteral("--public-url ") + problem);

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

    auto registration = config::registerWebhooks(client, publicUrl, secret);
    if (!registration)
        return failure(registration.error().message);
    const QJsonArray report = registration->report;
    const int problems = registration->problems;
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
