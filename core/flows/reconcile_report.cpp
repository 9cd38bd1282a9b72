#include "reconcile_report.h"

#include "flows/mapping_cache.h"
#include "flows/order_poller.h"
#include "flows/stock_sync.h"
#include "mapping/compiled_mapping.h"
#include "store/event_repository.h"
#include "store/store.h"
#include "store/xref_repository.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace m3cart::flows {

namespace {
QJsonObject row(const QString &kind, const QString &key, const QJsonValue &cart, const QJsonValue &m3, const QString &action)
{
    return {{QStringLiteral("kind"), kind}, {QStringLiteral("key"), key}, {QStringLiteral("cart"), cart},
            {QStringLiteral("m3"), m3}, {QStringLiteral("action"), action}};
}
} // namespace

ReconcileReport::ReconcileReport(std::shared_ptr<const Store> store, cart::CartConfig cart, m3::M3Config m3)
    : m_store(std::move(store)), m_cartConfig(std::move(cart)), m_m3Config(std::move(m3))
{
}

Result<QJsonObject> ReconcileReport::run(const QDateTime &sinceUtc, const ReconcileOptions &options) const
{
    auto cart = std::make_shared<cart::CartClient>(m_cartConfig);
    const m3::M3Client m3(m_m3Config);
    QJsonArray rows;
    const MappingCache mappings(m_store);

    // 3dcart orders since the date, classified as the poll would.
    auto polled = OrderPoller(m_store, cart).poll(sinceUtc, false);
    if (!polled)
        return polled.error();
    auto statusMapping = mappings.get(QStringLiteral("status-order"));
    if (!statusMapping)
        return statusMapping.error();
    const EventRepository events(m_store);
    for (const PolledOrder &p : polled->orders) {
        const QJsonObject cartSide{{QStringLiteral("order_id"), p.orderId},
                                   {QStringLiteral("status"), p.order.value(QStringLiteral("OrderStatusID"))},
                                   {QStringLiteral("amount"), p.order.value(QStringLiteral("OrderAmount"))}};
        if (p.outcome == QLatin1String("queued")) {
            rows << row(QStringLiteral("missing_in_m3"), p.orderId, cartSide, QJsonValue(),
                        QStringLiteral("not sent yet: 'm3cart sync orders --since %1' sends it (try --dry-run first)").arg(sinceUtc.date().toString(Qt::ISODate)));
        } else if (p.outcome == QLatin1String("known")) {
            EventFilter f;
            f.key = QStringLiteral("order-") + p.orderId;
            f.limit = 1;
            const auto found = events.list(f);
            const QString where = found && !found->isEmpty() ? QStringLiteral("event #%1 is %2").arg(found->first().id).arg(found->first().status) : QStringLiteral("an event waits");
            rows << row(QStringLiteral("missing_in_m3"), p.orderId, cartSide, QJsonValue(),
                        QStringLiteral("%1: see 'm3cart events show' or the dead letters").arg(where));
        } else if (p.outcome == QLatin1String("in_m3")) {
            auto head = m3.execute(QStringLiteral("OIS100MI"), QStringLiteral("GetHead"), {{QStringLiteral("ORNO"), p.m3Order}});
            if (!head || head->records.isEmpty()) {
                rows << row(QStringLiteral("missing_in_m3"), p.orderId, cartSide, QJsonObject{{QStringLiteral("order"), p.m3Order}},
                            QStringLiteral("the cross reference names M3 order %1, which M3 does not know: check OIS300").arg(p.m3Order));
                continue;
            }
            const QJsonObject h = head->records.first().toJson();
            auto mapped = statusMapping.value()->evaluate(QJsonObject{{QStringLiteral("cartOrderId"), p.orderId.toInt()}, {QStringLiteral("head"), h}});
            const mapping::MappedSection *s = mapped ? mapped->section(QStringLiteral("order")) : nullptr;
            const int expected = s && !s->records.isEmpty() ? s->records.first().value(QStringLiteral("OrderStatusID")).toInt() : 0;
            const int actual = p.order.value(QStringLiteral("OrderStatusID")).toInt();
            if (expected > 0 && expected != actual)
                rows << row(QStringLiteral("status_mismatch"), p.orderId, cartSide,
                            QJsonObject{{QStringLiteral("order"), p.m3Order}, {QStringLiteral("ORSL"), h.value(QStringLiteral("ORSL"))},
                                        {QStringLiteral("ORST"), h.value(QStringLiteral("ORST"))}, {QStringLiteral("maps_to"), expected}},
                            QStringLiteral("3dcart shows %1, M3's status maps to %2: the next SalesOrder BOD sets it; check that ION sends them").arg(actual).arg(expected));
        }
    }

    // M3 web orders nobody sent: the order mapping's order type.
    auto orderMapping = mappings.get(QStringLiteral("order-batch-order"));
    const QString ortp = orderMapping ? orderMapping.value()->params().value(QStringLiteral("orderType")).toString() : QStringLiteral("WEB");
    auto web = m3.execute(QStringLiteral("OIS100MI"), QStringLiteral("SearchHead"), {{QStringLiteral("SQRY"), QStringLiteral("ORTP:%1").arg(ortp)}},
                          m3::ExecOptions{0, {}, -2, {}, 0, false});
    const XrefRepository xref(m_store);
    if (web)
        for (const m3::MiRecord &r : web->records) {
            const QString orno = r.value(QStringLiteral("ORNO"));
            auto origin = xref.cartId(QStringLiteral("order"), orno);
            if (origin && !origin->has_value())
                rows << row(QStringLiteral("m3_without_origin"), orno, QJsonValue(),
                            QJsonObject{{QStringLiteral("order"), orno}, {QStringLiteral("CUOR"), r.value(QStringLiteral("CUOR"))}, {QStringLiteral("CUNO"), r.value(QStringLiteral("CUNO"))}},
                            QStringLiteral("order type %1 but no 3dcart order: entered by hand or by another tool? Link it or cancel it in OIS300").arg(ortp));
        }

    // Invoices whose payment waits for a person.
    QSqlQuery q(m_store->db());
    if (q.exec(QStringLiteral("SELECT ivno, orno, cart_order_id, amount, captured, status, message FROM invoices WHERE status <> 'posted'")))
        while (q.next())
            rows << row(QStringLiteral("payment_not_posted"), q.value(0).toString(),
                        QJsonObject{{QStringLiteral("order_id"), q.value(2).toString()}, {QStringLiteral("captured"), q.value(4).isNull() ? QJsonValue() : QJsonValue(q.value(4).toDouble())}},
                        QJsonObject{{QStringLiteral("order"), q.value(1).toString()}, {QStringLiteral("invoice"), q.value(0).toString()}, {QStringLiteral("amount"), q.value(3).toDouble()}},
                        QStringLiteral("%1: post the payment in ARS040 by hand, or correct the 3dcart capture").arg(q.value(6).toString()));

    // Stock that differs by more than the threshold (a dry stock run: nothing is sent).
    if (options.stock) {
        StockSync stock(m_store, m_cartConfig, m_m3Config);
        StockSyncOptions so;
        so.dryRun = true;
        so.full = true;
        so.listLimit = 100'000;
        so.againstCart = true; // someone may have changed the stock in 3dcart by hand
        auto s = stock.run(so);
        if (!s)
            return s.error();
        for (const QJsonValue &v : s->value(QStringLiteral("changes")).toArray()) {
            const QJsonObject c = v.toObject();
            const double from = c.value(QStringLiteral("from")).toDouble(), to = c.value(QStringLiteral("to")).toDouble();
            if (qAbs(from - to) > options.stockThreshold)
                rows << row(QStringLiteral("stock_difference"), c.value(QStringLiteral("sku")).toString(), from, to,
                            QStringLiteral("3dcart shows %1, M3 has %2 to sell: 'm3cart sync stock' sends it").arg(from).arg(to));
        }
    }
    QJsonObject counts;
    for (const QJsonValue &r : std::as_const(rows))
        counts.insert(r[QStringLiteral("kind")].toString(), counts.value(r[QStringLiteral("kind")].toString()).toInt() + 1);
    return QJsonObject{{QStringLiteral("since"), sinceUtc.toString(Qt::ISODate)}, {QStringLiteral("counts"), counts}, {QStringLiteral("rows"), rows}};
}

} // namespace m3cart::flows
