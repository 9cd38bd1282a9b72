// m3cart m3 exec | cart get | cart put | secrets set | secrets check | webhooks register | webhooks list |
// settings get | settings set: what admins do daily with an MI test tool and a REST console.

#include "cli.h"

#include "cart/cart_client.h"
#include "config/connections.h"
#include "ingest/inbound_payload.h"
#include "ingest/webhook_listener.h"
#include "m3/m3_client.h"
#include "net/http_client.h"
#include "secrets/secret_store.h"
#include "store/audit_log.h"
#include "store/settings_repository.h"
#include "store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <cstdio>

namespace m3cart::cli {

namespace {

const QCommandLineOption kIonapi(QStringLiteral("ionapi"), QStringLiteral("Use this .ionapi file (with its secrets) instead of the configured M3 connection."), QStringLiteral("FILE"));
const QCommandLineOption kBaseUrl(QStringLiteral("base-url"), QStringLiteral("Call M3 directly at this URL (on premise, Basic auth)."), QStringLiteral("URL"));
const QCommandLineOption kUser(QStringLiteral("user"), QStringLiteral("M3 user for --base-url."), QStringLiteral("U"));
const QCommandLineOption kPasswordStdin(QStringLiteral("password-stdin"), QStringLiteral("Read the M3 password from standard input."));
const QCommandLineOption kApi(QStringLiteral("api"), QStringLiteral("MI REST version: v1 or v2 (default v2)."), QStringLiteral("v1|v2"));
const QCommandLineOption kCono(QStringLiteral("cono"), QStringLiteral("Company."), QStringLiteral("N"));
const QCommandLineOption kDivi(QStringLiteral("divi"), QStringLiteral("Division."), QStringLiteral("D"));
const QCommandLineOption kMaxrecs(QStringLiteral("maxrecs"), QStringLiteral("At most N records (0 = all)."), QStringLiteral("N"));
const QCommandLineOption kReturncols(QStringLiteral("returncols"), QStringLiteral("Only these output fields (comma-separated)."), QStringLiteral("F1,F2"));
const QCommandLineOption kParam(QStringLiteral("param"), QStringLiteral("Query parameter (repeatable)."), QStringLiteral("K=V"));
const QCommandLineOption kBody(QStringLiteral("body"), QStringLiteral("JSON file to send."), QStringLiteral("FILE"));
const QCommandLineOption kPublicUrl(QStringLiteral("public-url"), QStringLiteral("The listener's address as 3dcart can reach it, e.g. https://hooks.example.com"), QStringLiteral("URL"));

QString readStdinLine()
{
    QTextStream in(stdin);
    QString value = in.readAll();
    while (value.endsWith(QLatin1Char('\n')) || value.endsWith(QLatin1Char('\r')))
        value.chop(1);
    return value;
}

int reportError(const Invocation &inv, const Error &e)
{
    if (inv.json)
        printJson(QJsonObject{{QStringLiteral("error"),
                               QJsonObject{{QStringLiteral("class"), errorClassName(e.errorClass)},
                                           {QStringLiteral("code"), e.code},
                                           {QStringLiteral("field"), e.field},
                                           {QStringLiteral("message"), e.message}}}});
    return failure(e.message);
}

struct Context
{
    std::shared_ptr<Store> store;
    std::unique_ptr<SecretStore> secrets = std::make_unique<KeychainSecretStore>();
};

std::optional<Context> open(const Invocation &inv, int *code)
{
    Context c;
    c.store = inv.openStore(code);
    if (!c.store)
        return std::nullopt;
    return c;
}

Result<m3::M3Config> m3ConfigFor(const Invocation &inv, Context &ctx)
{
    const QCommandLineParser &p = *inv.parser;
    m3::M3Config c;
    if (p.isSet(kIonapi)) {
        auto file = m3::IonApiFile::load(p.value(kIonapi));
        if (!file)
            return file.error();
        c.ionapi = file.value();
        if (!c.ionapi.hasServiceAccount())
            return Error::data(QStringLiteral("%1 has no service account (saak/sask); download the credentials with "
                                              "'Create Service Account' ticked").arg(p.value(kIonapi)));
    } else if (p.isSet(kBaseUrl)) {
        c.mode = m3::M3Config::Mode::Direct;
        c.directBaseUrl = QUrl(p.value(kBaseUrl));
        if (!c.directBaseUrl.isValid() || c.directBaseUrl.scheme().isEmpty())
            return Error::data(QStringLiteral("--base-url '%1' is not a URL").arg(p.value(kBaseUrl)));
        c.user = p.value(kUser);
        if (c.user.isEmpty())
            return Error::data(QStringLiteral("--base-url needs --user"));
        if (p.isSet(kPasswordStdin)) {
            c.password = readStdinLine();
        } else {
            auto pw = ctx.secrets->readNow(QLatin1String(config::secret::M3Password));
            if (!pw)
                return Error::notFound(QStringLiteral("no password: use --password-stdin or 'm3cart secrets set m3.password'"));
            c.password = pw.value();
        }
    } else {
        SettingsRepository settings(ctx.store);
        auto loaded = config::loadM3(settings, *ctx.secrets);
        if (!loaded)
            return loaded.error();
        c = loaded.value();
    }
    return c;
}

int m3Exec(const Invocation &inv)
{
    const QString cmd = QStringLiteral("m3 exec");
    const QCommandLineParser &p = *inv.parser;
    const QStringList pt = inv.args.first().split(QLatin1Char('/'));
    if (pt.size() != 2 || pt[0].isEmpty() || pt[1].isEmpty())
        return usageError(cmd, QStringLiteral("expected PROGRAM/TRANSACTION, e.g. CRS610MI/GetBasicData (got '%1')").arg(inv.args.first()));
    m3::MiFields fields;
    for (const QString &a : inv.args.mid(1)) {
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usageError(cmd, QStringLiteral("input fields are FIELD=VALUE (got '%1')").arg(a));
        fields << qMakePair(a.left(eq).toUpper(), a.mid(eq + 1));
    }
    if (p.isSet(kIonapi) && p.isSet(kBaseUrl))
        return usageError(cmd, QStringLiteral("give --ionapi or --base-url, not both"));
    m3::ExecOptions o;
    if (p.isSet(kApi)) {
        const QString api = p.value(kApi).toLower();
        if (api != QLatin1String("v1") && api != QLatin1String("v2"))
            return usageError(cmd, QStringLiteral("--api must be v1 or v2 (got '%1')").arg(p.value(kApi)));
        o.apiVersion = api == QLatin1String("v1") ? 1 : 2;
    }
    bool okay = true;
    if (p.isSet(kCono)) {
        o.cono = p.value(kCono).toInt(&okay);
        if (!okay || o.cono < 0)
            return usageError(cmd, QStringLiteral("--cono must be a company number (got '%1')").arg(p.value(kCono)));
    }
    if (p.isSet(kDivi))
        o.divi = p.value(kDivi);
    if (p.isSet(kMaxrecs)) {
        o.maxrecs = p.value(kMaxrecs).toInt(&okay);
        if (!okay || o.maxrecs < 0)
            return usageError(cmd, QStringLiteral("--maxrecs must be 0 or more (got '%1')").arg(p.value(kMaxrecs)));
    }
    if (p.isSet(kReturncols))
        o.returncols = p.value(kReturncols).split(QLatin1Char(','), Qt::SkipEmptyParts);
    int code = Success;
    auto ctx = open(inv, &code);
    if (!ctx)
        return code;
    auto cfg = m3ConfigFor(inv, *ctx);
    if (!cfg)
        return reportError(inv, cfg.error());
    const m3::M3Client client(cfg.value());
    auto r = client.execute(pt[0], pt[1], fields, o);
    if (!r)
        return reportError(inv, r.error());
    if (inv.json) {
        QJsonArray records;
        for (const m3::MiRecord &rec : r->records)
            records << rec.toJson();
        printJson(QJsonObject{{QStringLiteral("program"), pt[0]},
                              {QStringLiteral("transaction"), pt[1]},
                              {QStringLiteral("records"), records},
                              {QStringLiteral("count"), records.size()}});
        return Success;
    }
    if (r->records.isEmpty()) {
        out(QStringLiteral("OK, no records"));
        return Success;
    }
    QStringList header;
    for (const m3::MiRecord &rec : r->records)
        for (const auto &f : rec.fields)
            if (!header.contains(f.first))
                header << f.first;
    QList<QStringList> rows;
    for (const m3::MiRecord &rec : r->records) {
        QStringList row;
        for (const QString &h : header)
            row << rec.value(h);
        rows << row;
    }
    out(table(header, rows));
    return Success;
}

Result<cart::CartClient> cartClient(Context &ctx)
{
    SettingsRepository settings(ctx.store);
    auto cfg = config::loadCart(settings, *ctx.secrets);
    if (!cfg)
        return cfg.error();
    return cart::CartClient(cfg.value());
}

int cartGet(const Invocation &inv)
{
    QUrlQuery query;
    for (const QString &kv : inv.parser->values(kParam)) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usageError(QStringLiteral("cart get"), QStringLiteral("--param takes K=V (got '%1')").arg(kv));
        query.addQueryItem(kv.left(eq), kv.mid(eq + 1));
    }
    int code = Success;
    auto ctx = open(inv, &code);
    if (!ctx)
        return code;
    auto client = cartClient(*ctx);
    if (!client)
        return reportError(inv, client.error());
    auto r = client->get(inv.args.first(), query);
    if (!r)
        return reportError(inv, r.error());
    std::fputs(QJsonDocument(r.value()).toJson(QJsonDocument::Indented).constData(), stdout);
    return Success;
}

int cartPut(const Invocation &inv)
{
    const QString cmd = QStringLiteral("cart put");
    if (!inv.parser->isSet(kBody))
        return usageError(cmd, QStringLiteral("cart put needs --body FILE (the JSON to send)"));
    QFile f(inv.parser->value(kBody));
    if (!f.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString()));
    QJsonParseError err;
    const QJsonDocument body = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError)
        return failure(QStringLiteral("%1 is not valid JSON: %2 at offset %3").arg(f.fileName(), err.errorString()).arg(err.offset));
    int code = Success;
    auto ctx = open(inv, &code);
    if (!ctx)
        return code;
    auto client = cartClient(*ctx);
    if (!client)
        return reportError(inv, client.error());
    const QJsonValue value = body.isArray() ? QJsonValue(body.array()) : QJsonValue(body.object());
    auto r = client->put(inv.args.first(), value);
    if (!r)
        return reportError(inv, r.error());
    QJsonArray results;
    int failed = 0;
    for (const cart::WriteResult &w : r.value()) {
        results << QJsonObject{{QStringLiteral("Key"), w.key}, {QStringLiteral("Value"), w.value},
                               {QStringLiteral("Status"), QString::number(w.status)}, {QStringLiteral("Message"), w.message}};
        failed += w.ok() ? 0 : 1;
    }
    if (inv.json)
        printJson(QJsonObject{{QStringLiteral("results"), results}, {QStringLiteral("failed"), failed}});
    else
        for (const cart::WriteResult &w : r.value())
            out(QStringLiteral("%1 %2=%3: %4").arg(w.status).arg(w.key, w.value, w.message));
    return failed == 0 ? Success : Failure;
}

int secretsSet(const Invocation &inv)
{
    const QString name = inv.args.first();
    if (!config::secretNames().contains(name))
        return usageError(QStringLiteral("secrets set"), QStringLiteral("unknown secret '%1'; known: %2")
                                                             .arg(name, config::secretNames().join(QStringLiteral(", "))));
    const QString value = readStdinLine();
    if (value.isEmpty())
        return usageError(QStringLiteral("secrets set"), QStringLiteral("no value on standard input (pipe it in, e.g. 'pass show x | m3cart secrets set %1')").arg(name));
    KeychainSecretStore secrets;
    if (const Status s = secrets.writeNow(name, value); !s)
        return reportError(inv, s.error());
    if (inv.json)
        printJson(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("stored"), true}, {QStringLiteral("backend"), secrets.backendName()}});
    else
        out(QStringLiteral("%1 stored in the %2").arg(name, secrets.backendName()));
    return Success;
}

int secretsCheck(const Invocation &inv)
{
    KeychainSecretStore secrets;
    QJsonArray rows;
    QList<QStringList> table_;
    for (const QString &name : config::secretNames()) {
        auto v = secrets.readNow(name);
        QString state;
        if (v)
            state = QStringLiteral("present");
        else if (v.error().errorClass == ErrorClass::NotFound)
            state = QStringLiteral("missing");
        else
            return reportError(inv, v.error()); // no keychain at all: say so plainly
        rows << QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("state"), state},
                            {QStringLiteral("description"), config::secretDescription(name)}};
        table_ << QStringList{name, state, config::secretDescription(name)};
    }
    if (inv.json)
        printJson(QJsonObject{{QStringLiteral("backend"), secrets.backendName()}, {QStringLiteral("secrets"), rows}});
    else
        out(table({QStringLiteral("NAME"), QStringLiteral("STATE"), QStringLiteral("WHAT")}, table_));
    return Success;
}

int webhooksList(const Invocation &inv)
{
    int code = Success;
    auto ctx = open(inv, &code);
    if (!ctx)
        return code;
    auto client = cartClient(*ctx);
    if (!client)
        return reportError(inv, client.error());
    auto hooks = client->list(QStringLiteral("Webhooks"));
    if (!hooks)
        return reportError(inv, hooks.error());
    if (inv.json) {
        // Never print the secret in the URLs.
        QJsonArray cleaned;
        for (const QJsonValue &v : hooks.value()) {
            QJsonObject o = v.toObject();
            o.insert(QStringLiteral("Url"), net::redactedUrl(QUrl(o.value(QStringLiteral("Url")).toString())));
            cleaned << o;
        }
        printJson(QJsonObject{{QStringLiteral("webhooks"), cleaned}, {QStringLiteral("count"), cleaned.size()}});
        return Success;
    }
    QList<QStringList> rows;
    for (const QJsonValue &v : hooks.value()) {
        const QJsonObject o = v.toObject();
        rows << QStringList{QString::number(o.value(QStringLiteral("Id")).toInteger()), o.value(QStringLiteral("Name")).toString(),
                            QString::number(o.value(QStringLiteral("EventType")).toInteger()),
                            o.value(QStringLiteral("Enabled")).toVariant().toString(),
                            net::redactedUrl(QUrl(o.value(QStringLiteral("Url")).toString()))};
    }
    out(rows.isEmpty() ? QStringLiteral("no webhooks")
                       : table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("EVENT"), QStringLiteral("ENABLED"), QStringLiteral("URL")}, rows));
    return Success;
}

} // namespace

int webhooksRegister(const Invocation &inv); // webhook_register.cpp

namespace {
int importIonapi(const Invocation &inv)
{
    auto file = m3::IonApiFile::load(inv.args.first());
    if (!file)
        return reportError(inv, file.error());
    int code = Success;
    auto store = inv.openStore(&code);
    if (!store)
        return code;
    KeychainSecretStore secrets;
    if (const Status s = config::importIonApi(file.value(), SettingsRepository(store), secrets, AuditLog::defaultActor()); !s)
        return reportError(inv, s.error());
    const QJsonObject shown{{QStringLiteral("tenant"), file->ti},
                            {QStringLiteral("client"), file->cn},
                            {QStringLiteral("gateway"), file->iu},
                            {QStringLiteral("token_url"), file->tokenUrl().toString()},
                            {QStringLiteral("service_account"), file->hasServiceAccount()},
                            {QStringLiteral("secrets"), secrets.backendName()}};
    if (inv.json)
        printJson(shown);
    else
        out(QStringLiteral("imported tenant %1 (%2): gateway %3, token endpoint %4; secrets stored in the %5")
                .arg(file->ti, file->cn, file->iu, file->tokenUrl().toString(), secrets.backendName()));
    return Success;
}
} // namespace

QList<Command> connectorCommands()
{
    Command exec;
    exec.words = QStringLiteral("m3 exec");
    exec.synopsis = QStringLiteral("PROGRAM/TRANSACTION [FIELD=VALUE ...] [--ionapi FILE | --base-url URL --user U [--password-stdin]] [--api v1|v2] [--cono N] [--divi D] [--maxrecs N] [--returncols F,..] [--json]");
    exec.summary = QStringLiteral("Run one MI transaction and print the records (trimmed), or M3's refusal with code and field (exit 1).");
    exec.options = {kIonapi, kBaseUrl, kUser, kPasswordStdin, kApi, kCono, kDivi, kMaxrecs, kReturncols};
    exec.minArgs = 1;
    exec.maxArgs = -1;
    exec.run = m3Exec;

    Command get;
    get.words = QStringLiteral("cart get");
    get.synopsis = QStringLiteral("PATH [--param K=V ...] [--json]");
    get.summary = QStringLiteral("GET a 3dcart REST path (e.g. Orders/1001) on the configured store and print the JSON.");
    get.options = {kParam};
    get.minArgs = get.maxArgs = 1;
    get.run = cartGet;

    Command put;
    put.words = QStringLiteral("cart put");
    put.synopsis = QStringLiteral("PATH --body FILE [--json]");
    put.summary = QStringLiteral("PUT a JSON file to a 3dcart REST path and print the per-record results (exit 1 if any failed).");
    put.options = {kBody};
    put.minArgs = put.maxArgs = 1;
    put.run = cartPut;

    Command set;
    set.words = QStringLiteral("secrets set");
    set.synopsis = QStringLiteral("NAME [--json]   (value on standard input)");
    set.summary = QStringLiteral("Store a secret in the OS keychain. Names: ") + config::secretNames().join(QStringLiteral(", "));
    set.minArgs = set.maxArgs = 1;
    set.run = secretsSet;

    Command check;
    check.words = QStringLiteral("secrets check");
    check.synopsis = QStringLiteral("[--json]");
    check.summary = QStringLiteral("Which secrets are in the OS keychain (never their values).");
    check.run = secretsCheck;

    Command reg;
    reg.words = QStringLiteral("webhooks register");
    reg.synopsis = QStringLiteral("--public-url URL [--json]");
    reg.summary = QStringLiteral("Create or update one 3dcart webhook per event, pointing at the listener with its secret.");
    reg.options = {kPublicUrl};
    reg.run = webhooksRegister;

    Command list;
    list.words = QStringLiteral("webhooks list");
    list.synopsis = QStringLiteral("[--json]");
    list.summary = QStringLiteral("The store's webhooks (secrets in URLs are masked).");
    list.run = webhooksList;

    Command importCmd;
    importCmd.words = QStringLiteral("m3 import-ionapi");
    importCmd.synopsis = QStringLiteral("FILE [--json]");
    importCmd.summary = QStringLiteral("Use a .ionapi file for the M3 connection: cs/saak/sask to the OS keychain, the rest to settings.");
    importCmd.minArgs = importCmd.maxArgs = 1;
    importCmd.run = importIonapi;

    return {exec, importCmd, get, put, set, check, reg, list};
}

} // namespace m3cart::cli
