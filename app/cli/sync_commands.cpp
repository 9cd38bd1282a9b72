// m3cart sync orders --since DATE, m3cart sync order --input ORDER.json: on-demand order syncs, optionally dry.

#include "cli.h"

#include "cart/cart_time.h"
#include "config/connections.h"
#include "flows/item_sync.h"
#include "flows/order_sync.h"
#include "flows/payment_sync.h"
#include "flows/reconcile_report.h"
#include "flows/status_sync.h"
#include "flows/stock_sync.h"
#include "secrets/secret_store.h"
#include "store/settings_repository.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <csignal>
#include <cstdio>

namespace m3cart::cli {

namespace {

const QCommandLineOption kSince(QStringLiteral("since"), QStringLiteral("Changed at or after DATE: yyyy-MM-dd or yyyy-MM-ddTHH:mm[:ss], store-local time unless it ends in Z or an offset."), QStringLiteral("DATE"));
const QCommandLineOption kInput(QStringLiteral("input"), QStringLiteral("A 3dcart order as JSON (an object, or an array of them as a webhook sends)."), QStringLiteral("FILE"));
const QCommandLineOption kDryRun(QStringLiteral("dry-run"), QStringLiteral("Send nothing: print the exact calls that would be made (reads needed to decide are made, marked \"read\": true)."));
const QCommandLineOption kSyncWorkers(QStringLiteral("workers"), QStringLiteral("Orders processed at once (default 4)."), QStringLiteral("N"));
const QCommandLineOption kWait(QStringLiteral("wait"), QStringLiteral("Seconds to wait for the engine (default 600); what is not finished stays queued."), QStringLiteral("SECONDS"));

const QCommandLineOption kFull(QStringLiteral("full"), QStringLiteral("Read the whole catalogue and every balance, not only what changed since the last run."));

const QCommandLineOption kDays(QStringLiteral("days"), QStringLiteral("Orders that reached M3 in the last N days (sync payments: 30 by default, sync status: 14)."), QStringLiteral("N"));
const QCommandLineOption kThreshold(QStringLiteral("stock-threshold"), QStringLiteral("Stock differences above N units are listed (default 5)."), QStringLiteral("N"));
const QCommandLineOption kNoStock(QStringLiteral("no-stock"), QStringLiteral("Leave out the stock comparison (it reads the whole catalogue)."));

std::atomic_bool g_cancel{false};

void onInterrupt(int)
{
    g_cancel = true;
}

// What the on-demand syncs share: --dry-run (where the sync has one), Ctrl+C stops the run at its next step
// (recorded as cancelled), progress lines on stderr (where the sync reports progress).
template <typename Options>
void prepareRun(const Invocation &inv, Options &o)
{
    if constexpr (requires { o.dryRun; })
        o.dryRun = inv.parser->isSet(kDryRun);
    o.cancel = &g_cancel;
    if constexpr (requires { o.progress; })
        o.progress = [](const QString &line) { err(line); };
    std::signal(SIGINT, onInterrupt);
}

struct Clients
{
    cart::CartConfig cart;
    m3::M3Config m3;
};

int loadClients(const std::shared_ptr<Store> &store, Clients *c)
{
    SettingsRepository settings(store);
    KeychainSecretStore secrets;
    auto cart = config::loadCart(settings, secrets);
    if (!cart)
        return failure(cart.error().message);
    auto m3 = config::loadM3(settings, secrets);
    if (!m3)
        return failure(m3.error().message);
    c->cart = cart.value();
    c->m3 = m3.value();
    return Success;
}

// The store and both connections, or the exit code after the message that says why not.
int openWithClients(const Invocation &inv, std::shared_ptr<Store> *store, Clients *c)
{
    int code = Success;
    *store = inv.openStore(&code);
    if (!*store)
        return code;
    return loadClients(*store, c);
}

int daysFrom(const Invocation &inv, const QString &cmd, int *days)
{
    if (!inv.parser->isSet(kDays))
        return Success;
    bool okay = false;
    *days = inv.parser->value(kDays).toInt(&okay);
    if (!okay || *days < 1 || *days > 3660)
        return usageError(cmd, QStringLiteral("--days must be 1 to 3660 (got '%1')").arg(inv.parser->value(kDays)));
    return Success;
}

int optionsFrom(const Invocation &inv, const QString &cmd, flows::OrderSyncOptions *o)
{
    o->dryRun = inv.parser->isSet(kDryRun);
    o->cancel = &g_cancel;
    o->progress = [](const QString &line) { err(line); };
    bool okay = true;
    if (inv.parser->isSet(kSyncWorkers)) {
        o->workers = inv.parser->value(kSyncWorkers).toInt(&okay);
        if (!okay || o->workers < 1 || o->workers > 256)
            return usageError(cmd, QStringLiteral("--workers must be 1 to 256 (got '%1')").arg(inv.parser->value(kSyncWorkers)));
    }
    if (inv.parser->isSet(kWait)) {
        o->waitSeconds = inv.parser->value(kWait).toInt(&okay);
        if (!okay || o->waitSeconds < 0)
            return usageError(cmd, QStringLiteral("--wait must be a number of seconds (got '%1')").arg(inv.parser->value(kWait)));
    }
    std::signal(SIGINT, onInterrupt); // stop waiting; what is queued stays in the store
    return Success;
}

// "read 3, queued 2, ...": a report's counts on one line.
QString countsLine(const QJsonObject &counts)
{
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value().toInt());
    return parts.join(QStringLiteral(", "));
}

// The per-SKU failures of a stock or item sync.
void printFailures(const QJsonArray &failures)
{
    for (const QJsonValue &v : failures)
        out(QStringLiteral("failed: %1 (%2) %3")
                .arg(v[QStringLiteral("sku")].toString())
                .arg(v[QStringLiteral("status")].toInt())
                .arg(v[QStringLiteral("message")].toString()));
}

int print(const Invocation &inv, const QJsonObject &report)
{
    const QJsonObject counts = report.value(QStringLiteral("counts")).toObject();
    const bool dry = report.value(QStringLiteral("dry_run")).toBool();
    if (inv.json) {
        printJson(report);
    } else {
        QList<QStringList> rows;
        for (const QJsonValue &v : report.value(QStringLiteral("orders")).toArray()) {
            const QJsonObject r = v.toObject();
            rows << QStringList{r.value(QStringLiteral("order_id")).toString(), r.value(QStringLiteral("outcome")).toString(),
                                r.value(QStringLiteral("status")).toString(), r.value(QStringLiteral("m3_order")).toString(),
                                dry ? QString::number(r.value(QStringLiteral("calls")).toArray().size()) : QString(),
                                r.value(QStringLiteral("error")).toString()};
        }
        out(table({QStringLiteral("ORDER"), QStringLiteral("OUTCOME"), QStringLiteral("STATUS"), QStringLiteral("M3 ORDER"),
                   QStringLiteral("CALLS"), QStringLiteral("ERROR")},
                  rows));
        if (dry)
            for (const QJsonValue &v : report.value(QStringLiteral("calls")).toArray()) {
                const QJsonObject c = v.toObject();
                const QString read = c.value(QStringLiteral("read")).toBool() ? QStringLiteral(" (read)") : QString();
                if (c.value(QStringLiteral("system")).toString() == QLatin1String("m3"))
                    out(QStringLiteral("m3   %1/%2 %3%4").arg(c.value(QStringLiteral("program")).toString(), c.value(QStringLiteral("transaction")).toString(),
                                                         QString::fromUtf8(QJsonDocument(c.value(QStringLiteral("fields")).toObject()).toJson(QJsonDocument::Compact)), read));
                else
                    out(QStringLiteral("cart %1 %2 %3%4").arg(c.value(QStringLiteral("method")).toString(), c.value(QStringLiteral("path")).toString(),
                                                         c.value(QStringLiteral("body")).isObject() ? QString::fromUtf8(QJsonDocument(c.value(QStringLiteral("body")).toObject()).toJson(QJsonDocument::Compact)) : QString(), read));
            }
        out(countsLine(counts) + (dry ? QStringLiteral(" (dry run: nothing was sent)") : QString()));
    }
    if (dry) {
        for (const QJsonValue &v : report.value(QStringLiteral("orders")).toArray())
            if (v[QStringLiteral("outcome")].toString() == QLatin1String("would_fail"))
                return Failure;
        return Success;
    }
    return counts.value(QStringLiteral("dead")).toInt() == 0 && counts.value(QStringLiteral("unfinished")).toInt() == 0 ? Success : Failure;
}

int fail(const Invocation &inv, const Error &e)
{
    if (inv.json) {
        printJson({{QStringLiteral("error"), QJsonObject{{QStringLiteral("class"), errorClassName(e.errorClass)},
                                                         {QStringLiteral("message"), e.message}}}});
        return Failure;
    }
    return failure(e.message);
}

// yyyy-MM-dd or yyyy-MM-ddTHH:mm[:ss]: store-local, unless it carries Z or an offset.
QDateTime parseSince(const QString &text, const QByteArray &zone)
{
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression zoned(QStringLiteral("(Z|[+-]\\d{2}:?\\d{2})$"));
    QString t = text.trimmed();
    if (dateOnly.match(t).hasMatch())
        t += QStringLiteral("T00:00:00");
    if (zoned.match(t).hasMatch())
        return QDateTime::fromString(t, Qt::ISODate).toUTC();
    if (t.size() == 16)
        t += QStringLiteral(":00");
    return cart::CartTime(zone).parse(t);
}

int syncOrders(const Invocation &inv)
{
    const QString cmd = QStringLiteral("sync orders");
    if (!inv.parser->isSet(kSince))
        return usageError(cmd, QStringLiteral("sync orders needs --since DATE (yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss)"));
    flows::OrderSyncOptions o;
    if (const int c = optionsFrom(inv, cmd, &o); c != Success)
        return c;
    std::shared_ptr<Store> store;
    Clients c;
    if (const int rc = openWithClients(inv, &store, &c); rc != Success)
        return rc;
    const QDateTime since = parseSince(inv.parser->value(kSince), c.cart.timeZone);
    if (!since.isValid())
        return usageError(cmd, QStringLiteral("--since must be yyyy-MM-dd or yyyy-MM-ddTHH:mm[:ss] (got '%1')").arg(inv.parser->value(kSince)));
    if (since > QDateTime::currentDateTimeUtc())
        return usageError(cmd, QStringLiteral("--since is in the future (%1)").arg(inv.parser->value(kSince)));
    flows::OrderSync sync(store, c.cart, c.m3);
    auto report = sync.since(since, o);
    if (!report)
        return fail(inv, report.error());
    return print(inv, report.value());
}

int syncOrder(const Invocation &inv)
{
    const QString cmd = QStringLiteral("sync order");
    if (!inv.parser->isSet(kInput))
        return usageError(cmd, QStringLiteral("sync order needs --input ORDER.json"));
    flows::OrderSyncOptions o;
    if (const int c = optionsFrom(inv, cmd, &o); c != Success)
        return c;
    QFile f(inv.parser->value(kInput));
    if (!f.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString()));
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &perr);
    if (perr.error != QJsonParseError::NoError)
        return failure(QStringLiteral("%1 is not JSON: %2 at offset %3").arg(f.fileName(), perr.errorString()).arg(perr.offset));
    QList<QJsonObject> orders;
    if (doc.isObject()) {
        orders << doc.object();
    } else {
        for (const QJsonValue &v : doc.array()) {
            if (!v.isObject())
                return failure(QStringLiteral("%1: element %2 is not an order object").arg(f.fileName()).arg(orders.size()));
            orders << v.toObject();
        }
    }
    if (orders.isEmpty())
        return failure(QStringLiteral("%1 holds no order").arg(f.fileName()));
    std::shared_ptr<Store> store;
    Clients c;
    if (const int rc = openWithClients(inv, &store, &c); rc != Success)
        return rc;
    flows::OrderSync sync(store, c.cart, c.m3);
    auto report = sync.given(orders, o);
    if (!report)
        return fail(inv, report.error());
    return print(inv, report.value());
}

int syncStock(const Invocation &inv)
{
    std::shared_ptr<Store> store;
    Clients c;
    if (const int rc = openWithClients(inv, &store, &c); rc != Success)
        return rc;
    flows::StockSyncOptions o;
    o.full = inv.parser->isSet(kFull);
    prepareRun(inv, o); // Ctrl+C stops at the next chunk
    flows::StockSync sync(store, c.cart, c.m3);
    auto report = sync.run(o);
    if (!report)
        return fail(inv, report.error());
    const QJsonObject counts = report->value(QStringLiteral("counts")).toObject();
    if (inv.json) {
        printJson(report.value());
    } else {
        QList<QStringList> rows;
        for (const QJsonValue &v : report->value(QStringLiteral("changes")).toArray())
            rows << QStringList{v[QStringLiteral("sku")].toString(), v[QStringLiteral("itno")].toString(),
                                v[QStringLiteral("from")].isNull() ? QStringLiteral("-") : QString::number(v[QStringLiteral("from")].toDouble()),
                                QString::number(v[QStringLiteral("to")].toDouble())};
        if (!rows.isEmpty())
            out(table({QStringLiteral("SKU"), QStringLiteral("ITEM"), QStringLiteral("FROM"), QStringLiteral("TO")}, rows));
        printFailures(report->value(QStringLiteral("failures")).toArray());
        const QStringList noItem = report->value(QStringLiteral("sku_without_item")).toVariant().toStringList();
        if (!noItem.isEmpty())
            out(QStringLiteral("3dcart SKUs with no M3 item: %1").arg(noItem.join(QStringLiteral(", "))));
        const QStringList noProduct = report->value(QStringLiteral("item_without_product")).toVariant().toStringList();
        if (!noProduct.isEmpty())
            out(QStringLiteral("M3 items with no 3dcart product: %1").arg(noProduct.join(QStringLiteral(", "))));
        out(QStringLiteral("%1 run: %2%3").arg(report->value(QStringLiteral("mode")).toString(), countsLine(counts),
                                               o.dryRun ? QStringLiteral(" (dry run: nothing was sent)") : QString()));
    }
    return counts.value(QStringLiteral("failed")).toInt() == 0 && report->value(QStringLiteral("status")).toString() != QLatin1String("cancelled")
               ? Success
               : Failure;
}

int syncItems(const Invocation &inv)
{
    const QString cmd = QStringLiteral("sync items");
    flows::ItemSyncOptions o;
    if (inv.parser->isSet(kSince)) {
        o.since = QDate::fromString(inv.parser->value(kSince).left(10), Qt::ISODate);
        if (!o.since.isValid())
            return usageError(cmd, QStringLiteral("--since must be yyyy-MM-dd (got '%1')").arg(inv.parser->value(kSince)));
    }
    std::shared_ptr<Store> store;
    Clients c;
    if (const int rc = openWithClients(inv, &store, &c); rc != Success)
        return rc;
    prepareRun(inv, o);
    flows::ItemSync sync(store, c.cart, c.m3);
    auto report = sync.run(o);
    if (!report)
        return fail(inv, report.error());
    const QJsonObject counts = report->value(QStringLiteral("counts")).toObject();
    if (inv.json) {
        printJson(report.value());
    } else {
        QList<QStringList> rows;
        for (const QJsonValue &v : report->value(QStringLiteral("changes")).toArray())
            rows << QStringList{v[QStringLiteral("sku")].toString(), v[QStringLiteral("itno")].toString(), v[QStringLiteral("action")].toString()};
        if (!rows.isEmpty())
            out(table({QStringLiteral("SKU"), QStringLiteral("ITEM"), QStringLiteral("ACTION")}, rows));
        printFailures(report->value(QStringLiteral("failures")).toArray());
        out(countsLine(counts) + (o.dryRun ? QStringLiteral(" (dry run: nothing was sent)") : QString()));
    }
    return counts.value(QStringLiteral("failed")).toInt() == 0 ? Success : Failure;
}

int syncPayments(const Invocation &inv)
{
    const QString cmd = QStringLiteral("sync payments");
    flows::PaymentSyncOptions o;
    if (const int rc = daysFrom(inv, cmd, &o.days); rc != Success)
        return rc;
    std::shared_ptr<Store> store;
    Clients c;
    if (const int rc = openWithClients(inv, &store, &c); rc != Success)
        return rc;
    prepareRun(inv, o);
    flows::PaymentSync sync(store, c.cart, c.m3);
    auto report = sync.run(o);
    if (!report)
        return fail(inv, report.error());
    if (inv.json) {
        printJson(report.value());
    } else {
        QList<QStringList> rows;
        for (const QJsonValue &v : report->value(QStringLiteral("invoices")).toArray())
            rows << QStringList{QString::number(v[QStringLiteral("ivno")].toInteger()), v[QStringLiteral("cart_order_id")].toString(),
                                v[QStringLiteral("orno")].toString(), QString::number(v[QStringLiteral("amount")].toDouble(), 'f', 2),
                                v[QStringLiteral("captured")].isNull() ? QStringLiteral("-") : QString::number(v[QStringLiteral("captured")].toDouble(), 'f', 2),
                                v[QStringLiteral("status")].toString(), v[QStringLiteral("message")].toString()};
        out(table({QStringLiteral("INVOICE"), QStringLiteral("3DCART"), QStringLiteral("M3 ORDER"), QStringLiteral("AMOUNT"),
                   QStringLiteral("CAPTURED"), QStringLiteral("STATUS"), QStringLiteral("NOTE")},
                  rows));
    }
    return Success;
}

int syncStatus(const Invocation &inv)
{
    const QString cmd = QStringLiteral("sync status");
    flows::StatusSyncOptions o;
    if (const int rc = daysFrom(inv, cmd, &o.days); rc != Success)
        return rc;
    std::shared_ptr<Store> store;
    Clients c;
    if (const int rc = openWithClients(inv, &store, &c); rc != Success)
        return rc;
    prepareRun(inv, o);
    auto report = flows::syncStatus(store, c.cart, c.m3, o);
    if (!report)
        return fail(inv, report.error());
    const QJsonObject counts = report->value(QStringLiteral("counts")).toObject();
    if (inv.json) {
        printJson(report.value());
    } else {
        for (const QJsonValue &v : report->value(QStringLiteral("failures")).toArray())
            out(QStringLiteral("failed: 3dcart order %1 (M3 %2): %3").arg(v[QStringLiteral("order_id")].toString(), v[QStringLiteral("orno")].toString(), v[QStringLiteral("error")].toString()));
        out(QStringLiteral("%1 orders, %2 brought up to date, %3 failed").arg(counts.value(QStringLiteral("orders")).toInt()).arg(counts.value(QStringLiteral("updated")).toInt()).arg(counts.value(QStringLiteral("failed")).toInt()));
    }
    return counts.value(QStringLiteral("failed")).toInt() == 0 ? Success : Failure;
}

int reconcile(const Invocation &inv)
{
    const QString cmd = QStringLiteral("reconcile");
    if (!inv.parser->isSet(kSince))
        return usageError(cmd, QStringLiteral("reconcile needs --since DATE (yyyy-MM-dd)"));
    flows::ReconcileOptions o;
    o.stock = !inv.parser->isSet(kNoStock);
    if (inv.parser->isSet(kThreshold)) {
        bool okay = false;
        o.stockThreshold = inv.parser->value(kThreshold).toDouble(&okay);
        if (!okay || o.stockThreshold < 0)
            return usageError(cmd, QStringLiteral("--stock-threshold must be a number of units (got '%1')").arg(inv.parser->value(kThreshold)));
    }
    std::shared_ptr<Store> store;
    Clients c;
    if (const int rc = openWithClients(inv, &store, &c); rc != Success)
        return rc;
    const QDateTime since = parseSince(inv.parser->value(kSince), c.cart.timeZone);
    if (!since.isValid())
        return usageError(cmd, QStringLiteral("--since must be yyyy-MM-dd or yyyy-MM-ddTHH:mm[:ss] (got '%1')").arg(inv.parser->value(kSince)));
    auto report = flows::ReconcileReport(store, c.cart, c.m3).run(since, o);
    if (!report)
        return fail(inv, report.error());
    if (inv.json) {
        printJson(report.value());
    } else {
        QList<QStringList> rows;
        for (const QJsonValue &v : report->value(QStringLiteral("rows")).toArray())
            rows << QStringList{v[QStringLiteral("kind")].toString(), v[QStringLiteral("key")].toString(), v[QStringLiteral("action")].toString()};
        out(rows.isEmpty() ? QStringLiteral("3dcart and M3 agree.") : table({QStringLiteral("WHAT"), QStringLiteral("KEY"), QStringLiteral("WHAT TO DO")}, rows));
    }
    return Success;
}

} // namespace

QList<Command> syncCommands()
{
    return {
        Command{.words = QStringLiteral("sync orders"),
                .synopsis = QStringLiteral("--since DATE [--dry-run] [--workers N] [--wait SECONDS] [--json]"),
                .summary = QStringLiteral("3dcart orders changed since DATE that are not yet in M3 go through the order flow now (the poll's rules: Not Completed skipped, known orders left alone)."),
                .options = {kSince, kDryRun, kSyncWorkers, kWait},
                .run = syncOrders},
        Command{.words = QStringLiteral("sync order"),
                .synopsis = QStringLiteral("--input ORDER.json [--dry-run] [--json]"),
                .summary = QStringLiteral("One 3dcart order from a file through the order flow; with --dry-run the exact calls that would be made."),
                .options = {kInput, kDryRun, kSyncWorkers, kWait},
                .run = syncOrder},
        Command{.words = QStringLiteral("sync stock"),
                .synopsis = QStringLiteral("[--dry-run] [--full] [--json]"),
                .summary = QStringLiteral("Available-to-sell from M3 (setting flow.stock) to 3dcart stock, changes only, in bulk; progress on stderr, Ctrl+C stops and records a cancelled run."),
                .options = {kDryRun, kFull},
                .run = syncStock},
        Command{.words = QStringLiteral("sync items"),
                .synopsis = QStringLiteral("[--since DATE] [--dry-run] [--json]"),
                .summary = QStringLiteral("M3 items and prices changed since DATE (default: since the last run) to 3dcart products: update what differs, create sellable items 3dcart lacks, hide inactive ones."),
                .options = {kSince, kDryRun},
                .run = syncItems},
        Command{.words = QStringLiteral("sync payments"),
                .synopsis = QStringLiteral("[--days N] [--dry-run] [--json]"),
                .summary = QStringLiteral("Invoices M3 made for 3dcart orders, reconciled with the captured 3dcart payments: matched ones posted as ARS040MI payment batches, the rest flagged for review."),
                .options = {kDays, kDryRun},
                .run = syncPayments},
        Command{.words = QStringLiteral("reconcile"),
                .synopsis = QStringLiteral("--since DATE [--stock-threshold N] [--no-stock] [--json]"),
                .summary = QStringLiteral("What disagrees between 3dcart and M3 since DATE, each row with what to do: orders missing in M3, M3 web orders without a 3dcart origin, status mismatches, payments not posted, stock differences."),
                .options = {kSince, kThreshold, kNoStock},
                .run = reconcile},
        Command{.words = QStringLiteral("sync status"),
                .synopsis = QStringLiteral("[--days N] [--json]"),
                .summary = QStringLiteral("Every 3dcart order that reached M3 in the last N days (default 14) brought up to date from M3: status, shipments, tracking, payment; the safety net under the SalesOrder BODs."),
                .options = {kDays},
                .run = syncStatus}};
}

} // namespace m3cart::cli
