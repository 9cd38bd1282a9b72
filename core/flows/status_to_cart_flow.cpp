#include "status_to_cart_flow.h"

#include "cart/cart_client.h"
#include "flows/flow_io.h"
#include "flows/mapping_cache.h"
#include "flows/payment_sync.h"
#include "ingest/inbound_payload.h"
#include "m3/m3_client.h"
#include "mapping/compiled_mapping.h"
#include "store/xref_repository.h"

namespace m3cart::flows {

StatusToCartFlow::StatusToCartFlow(std::shared_ptr<const cart::CartClient> cart, std::shared_ptr<const m3::M3Client> m3,
                                   std::shared_ptr<MappingCache> mappings, std::shared_ptr<PaymentSync> payments)
    : m_cart(std::move(cart)), m_m3(std::move(m3)), m_mappings(std::move(mappings)), m_payments(std::move(payments))
{
}

namespace {
// The first record of a mapped section, without the fields that only address the target.
Result<QJsonObject> mapOne(const mapping::CompiledMapping &m, const QJsonObject &source, const QString &section)
{
    auto out = m.evaluate(source);
    if (!out)
        return out.error();
    const mapping::MappedSection *s = out->section(section);
    if (!s || s->skipped || s->records.isEmpty())
        return Error::data(QStringLiteral("mapping %1 produced no %2").arg(m.name(), section));
    return s->records.first();
}
} // namespace

Status StatusToCartFlow::run(FlowContext &ctx)
{
    auto bod = ingest::parseBod(ctx.event().payload);
    if (!bod)
        return bod.error();
    const QString orno = bod->documentId;
    if (orno.isEmpty())
        return Error::data(QStringLiteral("%1 names no order (DocumentID/ID)").arg(bod->rootName));
    auto cartId = XrefRepository(ctx.store()).cartId(QStringLiteral("order"), orno);
    if (!cartId)
        return cartId.error();
    if (!cartId->has_value()) {
        ctx.setResponseSummary(QStringLiteral("M3 order %1 did not come from 3dcart; nothing to update").arg(orno));
        return ctx.markDone(QStringLiteral("not-from-3dcart"), {{QStringLiteral("ORNO"), orno}});
    }
    return update(ctx, orno, cartId->value());
}

Status StatusToCartFlow::update(FlowContext &ctx, const QString &orno, const QString &orderId)
{

    FlowIo io(m_cart.get(), m_m3.get(), ctx.dryRun());
    const auto finish = [&](const Status &s) {
        ctx.setRequestSummary(io.summary());
        return s;
    };
    auto head = io.m3Read(QStringLiteral("OIS100MI"), QStringLiteral("GetHead"), {{QStringLiteral("ORNO"), orno}});
    if (!head)
        return finish(head.error());
    if (head->records.isEmpty())
        return finish(Error::notFound(QStringLiteral("M3 returned no head for order %1").arg(orno)));
    const QJsonObject headJson = head->records.first().toJson();
    QStringList done;

    // Goods left: tracking and ship date on the 3dcart shipment first, so the status never says Shipped
    // without them. Several deliveries (a partial one, then the rest) share the order's one 3dcart shipment:
    // every tracking code, the latest ship date; its status says Partial until every line has left.
    if (headJson.value(QStringLiteral("ORST")).toString().toInt() >= 66) {
        auto lines = io.m3Read(QStringLiteral("MWS411MI"), QStringLiteral("LstDelLnByOrd"),
                               {{QStringLiteral("RORC"), QStringLiteral("3")}, {QStringLiteral("RIDN"), orno}});
        if (!lines)
            return finish(lines.error());
        QStringList dlixes;
        for (const m3::MiRecord &r : lines->records)
            if (const QString d = r.value(QStringLiteral("DLIX")); !d.isEmpty() && !dlixes.contains(d))
                dlixes << d;
        QJsonObject delivery;
        QStringList tracking;
        for (const QString &dlix : std::as_const(dlixes)) {
            auto got = io.m3Read(QStringLiteral("MWS410MI"), QStringLiteral("GetHead"), {{QStringLiteral("DLIX"), dlix}});
            if (!got)
                return finish(got.error());
            const QJsonObject d = got->records.value(0).toJson();
            const QString code = d.value(QStringLiteral("ETRN")).toString().trimmed();
            if (!code.isEmpty() && !tracking.contains(code))
                tracking << code;
            if (delivery.isEmpty() || d.value(QStringLiteral("DSDT")).toString() >= delivery.value(QStringLiteral("DSDT")).toString())
                delivery = d;
        }
        if (!delivery.isEmpty()) {
            delivery.insert(QStringLiteral("ETRN"), tracking.join(QStringLiteral(", ")));
            auto order = io.cartGetOne(QStringLiteral("Orders/%1").arg(orderId));
            if (!order)
                return finish(order.error());
            // Shipment id 0 is valid: the order's first shipment.
            const int shipmentId = order->value(QStringLiteral("ShipmentList")).toArray().at(0).toObject()
                                       .value(QStringLiteral("ShipmentID")).toInt(0);
            auto mapping = m_mappings->get(QStringLiteral("delivery-shipment"));
            if (!mapping)
                return finish(mapping.error());
            auto shipment = mapOne(*mapping.value(),
                                   QJsonObject{{QStringLiteral("cartOrderId"), orderId.toInt()},
                                               {QStringLiteral("cartShipmentId"), shipmentId},
                                               {QStringLiteral("head"), headJson},
                                               {QStringLiteral("delivery"), delivery}},
                                   QStringLiteral("shipment"));
            if (!shipment)
                return finish(shipment.error());
            QJsonObject body = shipment.value();
            body.remove(QStringLiteral("OrderID"));
            auto put = io.cartPut(QStringLiteral("Orders/%1/Shipments/%2").arg(orderId).arg(shipmentId), body);
            if (!put)
                return finish(put.error());
            if (!put->isEmpty() && !put->first().ok())
                return finish(Error::data(QStringLiteral("3dcart refused the shipment of order %1: %2").arg(orderId, put->first().message)));
            done << QStringLiteral("shipment %1 tracking %2").arg(shipmentId).arg(body.value(QStringLiteral("ShipmentTrackingCode")).toString());
        }
    }

    auto statusMapping = m_mappings->get(QStringLiteral("status-order"));
    if (!statusMapping)
        return finish(statusMapping.error());
    auto status = mapOne(*statusMapping.value(),
                         QJsonObject{{QStringLiteral("cartOrderId"), orderId.toInt()}, {QStringLiteral("head"), headJson}},
                         QStringLiteral("order"));
    if (!status)
        return finish(status.error());
    const int statusId = status->value(QStringLiteral("OrderStatusID")).toInt();
    auto put = io.cartPut(QStringLiteral("Orders/%1").arg(orderId), QJsonObject{{QStringLiteral("OrderStatusID"), statusId}});
    if (!put)
        return finish(put.error());
    if (!put->isEmpty() && !put->first().ok())
        return finish(Error::data(QStringLiteral("3dcart refused status %1 for order %2: %3").arg(statusId).arg(orderId, put->first().message)));
    done << QStringLiteral("status %1").arg(statusId);
    // Invoiced: record the invoice and settle its payment (posted once, or left for review).
    if (m_payments && !ctx.dryRun() && headJson.value(QStringLiteral("ORST")).toString().toInt() >= 77) {
        auto settled = m_payments->settleOrder(orderId, orno);
        if (!settled)
            return finish(settled.error());
        const QJsonObject c = settled->value(QStringLiteral("counts")).toObject();
        done << QStringLiteral("invoices: %1 posted, %2 for review").arg(c.value(QStringLiteral("posted")).toInt()).arg(c.value(QStringLiteral("review")).toInt());
    }
    ctx.setResponseSummary(QStringLiteral("3dcart order %1 (M3 %2, ORSL %3 ORST %4): %5")
                               .arg(orderId, orno, headJson.value(QStringLiteral("ORSL")).toString(),
                                    headJson.value(QStringLiteral("ORST")).toString(), done.join(QStringLiteral(", "))));
    return finish(ok());
}

} // namespace m3cart::flows
