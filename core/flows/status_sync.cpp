#include "status_sync.h"

#include "engine/flow.h"
#include "flows/mapping_cache.h"
#include "flows/payment_sync.h"
#include "flows/status_to_cart_flow.h"
#include "store/run_log.h"
#include "store/xref_repository.h"

#include <QDateTime>
#include <QJsonArray>

namespace m3cart::flows {

Result<QJsonObject> syncStatus(std::shared_ptr<const Store> store, const cart::CartConfig &cart, const m3::M3Config &m3,
                               const StatusSyncOptions &options)
{
    RunLog runs(store);
    auto runId = runs.start(QStringLiteral("sync.status"));
    if (!runId)
        return runId.error();
    auto orders = XrefRepository(store).list(QStringLiteral("order"), QDateTime::currentMSecsSinceEpoch() - qint64(options.days) * 86'400'000LL);
    if (!orders) {
        runs.finish(runId.value(), QStringLiteral("failed"), {}, orders.error().message);
        return orders.error();
    }
    StatusToCartFlow flow(std::make_shared<cart::CartClient>(cart), std::make_shared<m3::M3Client>(m3),
                          std::make_shared<MappingCache>(store), std::make_shared<PaymentSync>(store, cart, m3));
    int updated = 0, failed = 0;
    QJsonArray failures;
    for (const auto &[cartId, orno] : orders.value()) {
        if (options.cancel && options.cancel->load())
            break;
        Event e;
        e.kind = StatusToCartFlow::kind();
        e.key = QStringLiteral("order-") + cartId;
        FlowContext ctx(store, e, {}, options.cancel);
        if (const Status s = flow.update(ctx, orno, cartId); !s) {
            ++failed;
            if (failures.size() < 1000)
                failures << QJsonObject{{QStringLiteral("order_id"), cartId}, {QStringLiteral("orno"), orno}, {QStringLiteral("error"), s.error().message}};
        } else {
            ++updated;
        }
        if (options.progress && (updated + failed) % 50 == 0)
            options.progress(QStringLiteral("%1 of %2 orders brought up to date").arg(updated + failed).arg(orders->size()));
    }
    const QJsonObject counts{{QStringLiteral("orders"), int(orders->size())}, {QStringLiteral("updated"), updated}, {QStringLiteral("failed"), failed}};
    const QString status = options.cancel && options.cancel->load() ? QStringLiteral("cancelled") : failed ? QStringLiteral("partial") : QStringLiteral("ok");
    runs.finish(runId.value(), status, counts);
    return QJsonObject{{QStringLiteral("run_id"), runId.value()}, {QStringLiteral("status"), status},
                       {QStringLiteral("counts"), counts}, {QStringLiteral("failures"), failures}};
}

} // namespace m3cart::flows
