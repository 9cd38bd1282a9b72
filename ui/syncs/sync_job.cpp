#include "sync_job.h"

#include "flows/order_sync.h"

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

PendingSyncJob::PendingSyncJob(QString name, QString title, QString runKind, QString why)
    : m_name(std::move(name)), m_title(std::move(title)), m_runKind(std::move(runKind)), m_why(std::move(why))
{
}

bool PendingSyncJob::available(QString *why) const
{
    if (why)
        *why = m_why;
    return false;
}

Result<QJsonObject> PendingSyncJob::run(const std::shared_ptr<const Store> &, const ApiConfigs &,
                                        const SyncRequest &, const SyncProgress &,
                                        const std::atomic_bool *) const
{
    return Error::data(QStringLiteral("the %1 sync is not available yet").arg(m_name));
}

QList<std::shared_ptr<const SyncJob>> defaultSyncJobs()
{
    const QString soon = QCoreApplication::translate(
        "m3cart::ui::SyncJob", "Not available yet: arrives with the stock and item flows (issue 7).");
    return {std::make_shared<OrdersSinceJob>(),
            std::make_shared<PendingSyncJob>(
                QStringLiteral("stock"),
                QCoreApplication::translate("m3cart::ui::SyncJob", "Stock levels from M3"),
                QStringLiteral("sync.stock"), soon),
            std::make_shared<PendingSyncJob>(
                QStringLiteral("items"), QCoreApplication::translate("m3cart::ui::SyncJob", "Items from M3"),
                QStringLiteral("sync.items"), soon),
            std::make_shared<PendingSyncJob>(
                QStringLiteral("status"),
                QCoreApplication::translate("m3cart::ui::SyncJob", "Order status to 3dcart"),
                QStringLiteral("sync.status"),
                QCoreApplication::translate("m3cart::ui::SyncJob",
                                            "Not available yet: status updates run as events; an on-demand "
                                            "status sync is not built yet."))};
}

} // namespace m3cart::ui
