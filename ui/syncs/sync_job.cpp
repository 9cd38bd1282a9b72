#include "sync_job.h"

#include "flows/item_sync.h"
#include "flows/order_sync.h"
#include "flows/payment_sync.h"
#include "flows/status_sync.h"
#include "flows/stock_sync.h"

#include <QJsonArray>

#include <QCoreApplication>

namespace m3cart::ui {

QString OrdersSinceJob::title() const
{
    return QCoreApplication::translate("m3cart::ui::SyncJob", "Orders changed since");
}

Result<QJsonObject> OrdersSinceJob::run(const std::shared_ptr<const Store> &store, const ApiConfigs &configs,
                                        const SyncRequest &request, const SyncProgress &progress,
                                        const std::atomic_bool *cancel) const
{
    flows::OrderSyncOptions o;
    o.dryRun = request.dryRun;
    o.cancel = cancel;
    o.progress = progress;
    flows::OrderSync sync(store, configs.cart, configs.m3);
    return sync.since(request.since.toUTC(), o);
}

QString FlowSyncJob::name() const
{
    switch (m_kind) {
    case Kind::Stock: return QStringLiteral("stock");
    case Kind::Items: return QStringLiteral("items");
    case Kind::Status: return QStringLiteral("status");
    case Kind::Payments: return QStringLiteral("payments");
    }
    return {};
}

QString FlowSyncJob::title() const
{
    switch (m_kind) {
    case Kind::Stock: return QCoreApplication::translate("m3cart::ui::SyncJob", "Stock levels from M3");
    case Kind::Items: return QCoreApplication::translate("m3cart::ui::SyncJob", "Items changed since");
    case Kind::Status: return QCoreApplication::translate("m3cart::ui::SyncJob", "Order status to 3dcart");
    case Kind::Payments: return QCoreApplication::translate("m3cart::ui::SyncJob", "Invoices and payments");
    }
    return {};
}

QString FlowSyncJob::runKind() const
{
    return QStringLiteral("sync.") + name();
}

namespace {
QJsonObject pageRow(const QString &key, const QString &outcome, const QString &status, const QString &m3, const QString &note)
{
    return {{QStringLiteral("key"), key}, {QStringLiteral("outcome"), outcome}, {QStringLiteral("status"), status},
            {QStringLiteral("m3"), m3}, {QStringLiteral("note"), note}};
}
} // namespace

Result<QJsonObject> FlowSyncJob::run(const std::shared_ptr<const Store> &store, const ApiConfigs &configs,
                                     const SyncRequest &request, const SyncProgress &progress,
                                     const std::atomic_bool *cancel) const
{
    Result<QJsonObject> report = QJsonObject{};
    QJsonArray rows;
    switch (m_kind) {
    case Kind::Stock: {
        flows::StockSyncOptions o;
        o.dryRun = request.dryRun;
        o.cancel = cancel;
        o.progress = progress;
        report = flows::StockSync(store, configs.cart, configs.m3).run(o);
        if (report) {
            for (const QJsonValue &v : report->value(QStringLiteral("changes")).toArray())
                rows << pageRow(v[QStringLiteral("sku")].toString(), request.dryRun ? QStringLiteral("would_push") : QStringLiteral("pushed"), {},
                                v[QStringLiteral("itno")].toString(),
                                QStringLiteral("%1 → %2").arg(v[QStringLiteral("from")].isNull() ? QStringLiteral("-") : QString::number(v[QStringLiteral("from")].toDouble()))
                                    .arg(v[QStringLiteral("to")].toDouble()));
            for (const QJsonValue &v : report->value(QStringLiteral("failures")).toArray())
                rows << pageRow(v[QStringLiteral("sku")].toString(), QStringLiteral("failed"), QString::number(v[QStringLiteral("status")].toInt()), {},
                                v[QStringLiteral("message")].toString());
        }
        break;
    }
    case Kind::Items: {
        flows::ItemSyncOptions o;
        o.dryRun = request.dryRun;
        o.since = request.since.isValid() ? request.since.date() : QDate();
        o.cancel = cancel;
        o.progress = progress;
        report = flows::ItemSync(store, configs.cart, configs.m3).run(o);
        if (report)
            for (const QJsonValue &v : report->value(QStringLiteral("changes")).toArray())
                rows << pageRow(v[QStringLiteral("sku")].toString(), v[QStringLiteral("action")].toString(), {}, v[QStringLiteral("itno")].toString(), {});
        break;
    }
    case Kind::Status: {
        flows::StatusSyncOptions o;
        o.cancel = cancel;
        o.progress = progress;
        report = flows::syncStatus(store, configs.cart, configs.m3, o);
        if (report)
            for (const QJsonValue &v : report->value(QStringLiteral("failures")).toArray())
                rows << pageRow(v[QStringLiteral("order_id")].toString(), QStringLiteral("failed"), {}, v[QStringLiteral("orno")].toString(),
                                v[QStringLiteral("error")].toString());
        break;
    }
    case Kind::Payments: {
        flows::PaymentSyncOptions o;
        o.dryRun = request.dryRun;
        o.cancel = cancel;
        o.progress = progress;
        report = flows::PaymentSync(store, configs.cart, configs.m3).run(o);
        if (report)
            for (const QJsonValue &v : report->value(QStringLiteral("invoices")).toArray())
                rows << pageRow(QString::number(v[QStringLiteral("ivno")].toInteger()), v[QStringLiteral("status")].toString(),
                                v[QStringLiteral("cart_order_id")].toString(), v[QStringLiteral("orno")].toString(),
                                v[QStringLiteral("message")].toString());
        break;
    }
    }
    if (!report)
        return report;
    QJsonObject out = report.value();
    out.insert(QStringLiteral("rows"), rows);
    return out;
}

QList<std::shared_ptr<const SyncJob>> defaultSyncJobs()
{
    return {std::make_shared<OrdersSinceJob>(), std::make_shared<FlowSyncJob>(FlowSyncJob::Kind::Stock),
            std::make_shared<FlowSyncJob>(FlowSyncJob::Kind::Items), std::make_shared<FlowSyncJob>(FlowSyncJob::Kind::Status),
            std::make_shared<FlowSyncJob>(FlowSyncJob::Kind::Payments)};
}

} // namespace m3cart::ui
