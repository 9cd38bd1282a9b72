// Order items and shipments of the 3dcart simulator.

#include "cart_json.h"
#include "cart_simulator.h"

namespace m3cart::sandbox {

using namespace cartjson;

namespace {

const FieldSpec kItemFields[] = {
    {"CatalogID", 'i'},
    {"ItemID", 's', 150},
    {"ItemShipmentID", 'i'},
    {"ItemQuantity", 'd'},
    {"ItemWarehouseID", 'i'},
    {"ItemDescription", 's', 65535},
    {"ItemUnitPrice", 'd'},
    {"ItemWeight", 'd'},
    {"ItemOptionPrice", 'd'},
    {"ItemAdditionalField1", 's', 255},
    {"ItemAdditionalField2", 's', 255},
    {"ItemAdditionalField3", 's', 255},
    {"ItemUnitCost", 'd'},
    {"ItemOptions", 's'},
};

} // namespace

HttpResponse CartSimulator::itemsRoute(const HttpRequest &req, int orderId, const QStringList &segs)
{
    QJsonObject &order = m_orders[orderId];
    QJsonArray items = order.value(QStringLiteral("OrderItemList")).toArray();
    if (req.method == "GET" && segs.isEmpty()) {
        QList<QJsonObject> rows;
        for (const QJsonValue &v : items)
            rows.append(v.toObject());
        return list(req, rows, 500);
    }
    QJsonDocument doc;
    HttpResponse err;
    if (req.method != "PUT" && req.method != "POST")
        return HttpResponse::raw(405, {}, {});
    if (!parseBody(req, &doc, &err))
        return err;
    QJsonArray patches = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    if (patches.size() > 100)
        return error(400, QStringLiteral("The maximum number of records per request is 100."));
    QJsonArray results;
    int status = 200;
    for (const QJsonValue &v : patches) {
        const QJsonObject patch = v.toObject();
        QString e;
        if (req.method == "POST") {
            QJsonObject item = emptyOrderItem();
            item[QStringLiteral("ItemIndexID")] = m_nextItemIndex++;
            item[QStringLiteral("ItemDateAdded")] = nowText();
            if (!applyFields(item, patch, kItemFields, int(std::size(kItemFields)), QString(), &e))
                return error(400, e);
            items.append(item);
            results.append(result(QStringLiteral("ItemIndexID"),
                                  QString::number(item.value(QStringLiteral("ItemIndexID")).toInt()), 201,
                                  QStringLiteral("Created successfully"))[0]);
            status = 201;
            continue;
        }
        qint64 index = 0;
        if (segs.size() == 1)
            index = segs[0].toLongLong();
        else
            toInt(patch.value(QStringLiteral("ItemIndexID")), &index);
        int found = -1;
        for (int i = 0; i < items.size(); ++i)
            if (items[i].toObject().value(QStringLiteral("ItemIndexID")).toInteger() == index)
                found = i;
        if (found < 0) {
            if (segs.size() == 1)
                return error(404, QStringLiteral("No records found"));
            results.append(result(QStringLiteral("ItemIndexID"), QString::number(index), 404,
                                  QStringLiteral("Item not found"))[0]);
            continue;
        }
        QJsonObject item = items[found].toObject();
        if (!applyFields(item, patch, kItemFields, int(std::size(kItemFields)), QString(), &e)) {
            if (segs.size() == 1)
                return error(400, e);
            results.append(result(QStringLiteral("ItemIndexID"), QString::number(index), 400, e)[0]);
            continue;
        }
        items[found] = item;
        results.append(result(QStringLiteral("ItemIndexID"), QString::number(index), 200,
                              QStringLiteral("updated successfully"))[0]);
    }
    order[QStringLiteral("OrderItemList")] = items;
    order[QStringLiteral("LastUpdate")] = nowText();
    recomputeTotals(order);
    return HttpResponse::json(results, status);
}

HttpResponse CartSimulator::shipmentsRoute(const HttpRequest &req, int orderId, const QStringList &segs)
{
    QJsonObject &order = m_orders[orderId];
    QJsonArray shipments = order.value(QStringLiteral("ShipmentList")).toArray();
    if (req.method == "GET" && segs.isEmpty()) {
        QList<QJsonObject> rows;
        for (const QJsonValue &v : shipments)
            rows.append(v.toObject());
        return list(req, rows, 500);
    }
    if (req.method != "PUT" && req.method != "POST")
        return HttpResponse::raw(405, {}, {});
    QJsonDocument doc;
    HttpResponse err;
    if (!parseBody(req, &doc, &err))
        return err;
    const QJsonArray patches = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    if (patches.size() > 100)
        return error(400, QStringLiteral("The maximum number of records per request is 100."));
    QJsonObject updated = order;
    QJsonArray results;
    const int statusBefore = order.value(QStringLiteral("OrderStatusID")).toInt();
    int httpStatus = 200;
    for (const QJsonValue &v : patches) {
        const QJsonObject patch = v.toObject();
        QString e;
        if (req.method == "POST") {
            int nextId = 0;
            for (const QJsonValue &s : shipments)
                nextId = qMax(nextId, s.toObject().value(QStringLiteral("ShipmentID")).toInt() + 1);
            QJsonObject sh = shipments.isEmpty() ? QJsonObject() : shipments.first().toObject();
            for (const char *k : {"ShipmentTrackingCode", "ShipmentShippedDate", "ShipmentInternalComment"})
                sh[QLatin1String(k)] = QString();
            sh[QStringLiteral("ShipmentID")] = nextId;
            sh[QStringLiteral("ShipmentNumber")] = int(shipments.size()) + 1;
            sh[QStringLiteral("ShipmentCost")] = 0.0;
            sh[QStringLiteral("ShipmentTax")] = 0.0;
            sh[QStringLiteral("ShipmentLastUpdate")] = nowText();
            updated[QStringLiteral("ShipmentList")] = shipments;
            if (!applyShipmentUpdate(updated, sh, patch, &e))
                return error(400, e);
            shipments.append(sh);
            results.append(result(QStringLiteral("ShipmentID"), QString::number(nextId), 201,
                                  QStringLiteral("Created successfully"))[0]);
            httpStatus = 201;
            continue;
        }
        qint64 sid = 0;
        if (segs.size() == 1) {
            bool ok = false;
            sid = segs[0].toLongLong(&ok);
            if (!ok)
                return error(404, QStringLiteral("No records found"));
        } else {
            toInt(patch.value(QStringLiteral("ShipmentID")), &sid);
        }
        int found = -1;
        for (int i = 0; i < shipments.size(); ++i)
            if (shipments[i].toObject().value(QStringLiteral("ShipmentID")).toInteger() == sid)
                found = i;
        if (found < 0) {
            if (segs.size() == 1)
                return error(404, QStringLiteral("No records found"));
            results.append(result(QStringLiteral("ShipmentID"), QString::number(sid), 404,
                                  QStringLiteral("Shipment not found"))[0]);
            continue;
        }
        QJsonObject sh = shipments[found].toObject();
        updated[QStringLiteral("ShipmentList")] = shipments;
        if (!applyShipmentUpdate(updated, sh, patch, &e)) {
            if (segs.size() == 1)
                return error(400, e);
            results.append(result(QStringLiteral("ShipmentID"), QString::number(sid), 400, e)[0]);
            continue;
        }
        shipments[found] = sh;
        results.append(result(QStringLiteral("ShipmentID"), QString::number(sid), 200,
                              QStringLiteral("updated successfully"))[0]);
    }
    updated[QStringLiteral("ShipmentList")] = shipments;
    recomputeTotals(updated);
    order = updated;
    if (order.value(QStringLiteral("OrderStatusID")).toInt() != statusBefore)
        fireWebhook(OrderStatusChanged, order);
    return HttpResponse::json(results, httpStatus);
}

} // namespace m3cart::sandbox
