// m3cart settings get NAME | settings set NAME JSON: the store's non-secret configuration, audited.

#include "cli.h"

#include "store/audit_log.h"
#include "store/settings_repository.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

namespace m3cart::cli {

namespace {
// Secrets never go to settings: refuse keys that look like one.
bool looksSecret(const QJsonValue &v, QString *where, const QString &path = {})
{
    static const QStringList words{QStringLiteral("password"), QStringLiteral("secret"), QStringLiteral("token"),
                                   QStringLiteral("private_key"), QStringLiteral("privatekey"), QStringLiteral("sask"),
                                   QStringLiteral("saak"), QStringLiteral("cs")};
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString key = it.key().toLower();
            if (words.contains(key) || key.endsWith(QLatin1String("_password")) || key.endsWith(QLatin1String("_secret"))) {
                *where = path + it.key();
                return true;
            }
            if (looksSecret(it.value(), where, path + it.key() + QLatin1Char('.')))
                return true;
        }
    }
    return false;
}
} // namespace

QList<Command> settingsCommands()
{
    Command get;
    get.words = QStringLiteral("settings get");
    get.synopsis = QStringLiteral("NAME");
    get.summary = QStringLiteral("Print a setting as JSON (e.g. connection.cart, connection.m3, connection.listener, engine.retry_policy).");
    get.minArgs = get.maxArgs = 1;
    get.run = [](const Invocation &inv) -> int {
        int code = Success;
        auto store = inv.openStore(&code);
        if (!store)
            return code;
        auto v = SettingsRepository(store).get(inv.args.first());
        if (!v)
            return failure(v.error().message);
        if (v->isUndefined())
            return failure(QStringLiteral("setting %1 is not set").arg(inv.args.first()));
        const QJsonDocument doc = v->isObject() ? QJsonDocument(v->toObject()) : QJsonDocument(QJsonArray{v.value()});
        std::fputs(doc.toJson(QJsonDocument::Indented).constData(), stdout);
        return Success;
    };

    Command set;
    set.words = QStringLiteral("settings set");
    set.synopsis = QStringLiteral("NAME JSON");
    set.summary = QStringLiteral("Set a setting to a JSON value (audited). Secrets are refused: use 'm3cart secrets set'.");
    set.minArgs = set.maxArgs = 2;
    set.run = [](const Invocation &inv) -> int {
        QJsonParseError err;
        const QByteArray text = inv.args.at(1).toUtf8();
        QJsonDocument doc = QJsonDocument::fromJson(text, &err);
        QJsonValue value;
        if (err.error == QJsonParseError::NoError)
            value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        else {
            // Scalars: parse inside an array.
            const QJsonDocument wrapped = QJsonDocument::fromJson("[" + text + "]", &err);
            if (err.error != QJsonParseError::NoError || wrapped.array().size() != 1)
                return usageError(QStringLiteral("settings set"),
                                  QStringLiteral("the value is not JSON (quote strings: '\"text\"'): %1").arg(err.errorString()));
            value = wrapped.array().first();
        }
        QString where;
        if (looksSecret(value, &where))
            return usageError(QStringLiteral("settings set"),
                              QStringLiteral("'%1' looks like a secret; secrets go to the OS keychain with 'm3cart secrets set'").arg(where));
        int code = Success;
        auto store = inv.openStore(&code);
        if (!store)
            return code;
        if (const Status s = SettingsRepository(store).set(inv.args.first(), value, AuditLog::defaultActor()); !s)
            return failure(s.error().message);
        if (inv.json)
            printJson(QJsonObject{{QStringLiteral("name"), inv.args.first()}, {QStringLiteral("value"), value}});
        else
            out(QStringLiteral("%1 set").arg(inv.args.first()));
        return Success;
    };
    return {get, set};
}

} // namespace m3cart::cli
