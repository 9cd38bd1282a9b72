#include "stock_runner.h"

#include <QJsonDocument>

namespace m3cart::flows {

StockRunner::StockRunner(std::shared_ptr<const Store> store, cart::CartConfig cart, m3::M3Config m3)
    : m_sync(std::move(store), std::move(cart), std::move(m3))
{
}

Result<QJsonObject> StockRunner::request()
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_running) {
            m_pending = true;
            return QJsonObject{};
        }
        m_running = true;
    }
    Result<QJsonObject> last = QJsonObject{};
    for (;;) {
        last = m_sync.run(StockSyncOptions{});
        QMutexLocker lock(&m_mutex);
        if (!m_pending || !last) {
            m_running = false;
            m_pending = false;
            return last;
        }
        m_pending = false;
    }
}

Status StockTriggerFlow::run(FlowContext &ctx)
{
    auto r = m_runner->request();
    if (!r)
        return r.error();
    if (r->isEmpty()) {
        ctx.setResponseSummary(QStringLiteral("folded into the stock sync that is running"));
        return ok();
    }
    ctx.setResponseSummary(QStringLiteral("stock sync %1: %2").arg(r->value(QStringLiteral("mode")).toString(),
                                                                 QString::fromUtf8(QJsonDocument(r->value(QStringLiteral("counts")).toObject()).toJson(QJsonDocument::Compact))));
    return ok();
}

} // namespace m3cart::flows
