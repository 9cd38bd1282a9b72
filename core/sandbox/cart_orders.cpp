// Orders, order items, shipments, transactions and questions of the 3dcart simulator.

#include "cart_json.h"
#include "cart_simulator.h"

#include <QRegularExpression>

namespace m3cart::sandbox {

using namespace cartjson;

namespace {

double money(double v)
{
    return qRound64(v * 100.0) / 100.0;
}

const FieldSpec kOrderFields[] = {
    {"InvoiceNumberPrefix", 's', 50},
    {"InvoiceNumber", 'i'},
    {"CustomerID", 'i'},
    {"OrderStatusID", 'i'},
    {"UserID", 's', 50},
    {"SalesPerson", 's', 50},
    {"AlternateOrderID", 's', 50},
    {"OrderType", 's', 50},
    {"BillingFirstName", 's', 50},
    {"BillingLastName", 's', 50},
    {"BillingCompany", 's', 200},
    {"BillingAddress", 's', 255},
    {"BillingAddress2", 's', 50},
    {"BillingCity", 's', 50},
    {"BillingState", 's', 50},
    {"BillingZipCode", 's', 20},
    {"BillingCountry", 's', 50},
    {"BillingPhoneNumber", 's', 50},
    {"BillingEmail", 's', 100},
    {"BillingPaymentMethod", 's', 100},
    {"BillingPaymentMethodID", 's', 10},
    {"BillingOnLinePayment", 'b'},
    {"OrderDiscount", 'd'},
    {"SalesTax", 'd'},
    {"SalesTax2", 'd'},
    {"SalesTax3", 'd'},
    {"OrderAmount", 'd'},
    {"AffiliateCommission", 'd'},
    {"Referer", 's'},
    {"IP", 's', 50},
    {"CustomerComments", 's'},
    {"InternalComments", 's'},
    {"ExternalComments", 's'},
};

const FieldSpec kShipmentFields[] = {
    {"ShipmentBoxes", 'i'},
    {"ShipmentInternalComment", 's', 65535},
    {"ShipmentOrderStatus", 'i'},
    {"ShipmentAddress", 's', 255},
    {"ShipmentAddress2", 's', 50},
    {"ShipmentAlias", 's', 100},
    {"ShipmentCity", 's', 50},
    {"ShipmentCompany", 's', 200},
    {"ShipmentCost", 'd'},
    {"ShipmentCountry", 's', 50},
    {"ShipmentEmail", 's', 100},
    {"ShipmentFirstName", 's', 50},
    {"ShipmentLastName", 's', 50},
    {"ShipmentMethodID", 'i'},
    {"ShipmentMethodName", 's', 100},
    {"ShipmentShippedDate", 's', 50},
    {"ShipmentPhone", 's', 50},
    {"ShipmentState", 's', 50},
    {"ShipmentZipCode", 's', 20},
    {"ShipmentTax", 'd'},
    {"ShipmentWeight", 'd'},
    {"ShipmentTrackingCode", 's', 255},
    {"ShipmentUserID", 's', 50},
    {"ShipmentAddressTypeID", 'i'},
};

const QRegularExpression kMethodNameChars(QStringLiteral("^[a-zA-Z0-9 .()\\-]*$"));

} // namespace

void CartSimulator::recomputeTotals(QJsonObject &order) const
{
    double sum = 0;
    for (const QJsonValue &v : order.value(QStringLiteral("OrderItemList")).toArray()) {
        const QJsonObject i = v.toObject();
        sum += (i.value(QStringLiteral("ItemUnitPrice")).toDouble() +
                i.value(QStringLiteral("ItemOptionPrice")).toDouble()) *
               i.value(QStringLiteral("ItemQuantity")).toDouble();
    }
    for (const QJsonValue &v : order.value(QStringLiteral("ShipmentList")).toArray())
        sum += v.toObject().value(QStringLiteral("ShipmentCost")).toDouble();
    sum += order.value(QStringLiteral("SalesTax")).toDouble() +
           order.value(QStringLiteral("SalesTax2")).toDouble() +
           order.value(QStringLiteral("SalesTax3")).toDouble() -
           order.value(QStringLiteral("OrderDiscount")).toDouble();
    order[QStringLiteral("OrderAmount")] = money(sum);
}

QJsonObject CartSimulator::makeOrder(const QJsonObject &spec, int status, const QDateTime &when,
                                     bool touchStock)
{
    const QString whenText = when.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    const int orderId = m_nextOrderId++;
    const int customerId = spec.value(QStringLiteral("CustomerID")).toInt(0);
    QJsonObject c = m_customers.value(customerId);
    if (c.isEmpty()) {
        c = QJsonObject{{QStringLiteral("BillingFirstName"), QStringLiteral("Guest")},
                        {QStringLiteral("BillingLastName"), QStringLiteral("Shopper %1").arg(orderId)},
                        {QStringLiteral("BillingAddress1"), QStringLiteral("1 Harbor Way")},
                        {QStringLiteral("BillingCity"), QStringLiteral("Tampa")},
                        {QStringLiteral("BillingState"), QStringLiteral("FL")},
                        {QStringLiteral("BillingZipCode"), QStringLiteral("33602")},
                        {QStringLiteral("BillingCountry"), QStringLiteral("US")},
                        {QStringLiteral("BillingPhoneNumber"), QStringLiteral("555-0100")},
                        {QStringLiteral("Email"), QStringLiteral("guest%1@example.com").arg(orderId)}};
    }
    auto cs = [&c](const char *k) { return c.value(QLatin1String(k)).toString(); };
    for (const QString &k : spec.keys())
        if (k.startsWith(QLatin1String("Billing")))
            c[k == QLatin1String("BillingAddress") ? QStringLiteral("BillingAddress1") : k] = spec.value(k);

    QJsonObject o;
    o[QStringLiteral("InvoiceNumberPrefix")] = QStringLiteral("AB-");
    o[QStringLiteral("InvoiceNumber")] = status == 7 ? 0 : m_nextInvoice++;
    o[QStringLiteral("OrderID")] = orderId;
    o[QStringLiteral("CustomerID")] = m_customers.contains(customerId) ? customerId : 0;
    o[QStringLiteral("OrderDate")] = whenText;
    o[QStringLiteral("OrderStatusID")] = status;
    o[QStringLiteral("LastUpdate")] = whenText;
    o[QStringLiteral("UserID")] = QString();
    o[QStringLiteral("SalesPerson")] = QString();
    o[QStringLiteral("ContinueURL")] =
        QStringLiteral("http://%1/continue_order.asp?orderkey=%2")
            .arg(QUrl(m_config.secureUrl).host().isEmpty() ? m_config.secureUrl
                                                           : QUrl(m_config.secureUrl).host())
            .arg(orderId, 8, 16, QLatin1Char('0'));
    o[QStringLiteral("AlternateOrderID")] = QString();
    o[QStringLiteral("OrderType")] = QString();
    o[QStringLiteral("PaymentTokenID")] = 0;
    o[QStringLiteral("BillingFirstName")] = cs("BillingFirstName");
    o[QStringLiteral("BillingLastName")] = cs("BillingLastName");
    o[QStringLiteral("BillingCompany")] = cs("BillingCompany");
    o[QStringLiteral("BillingAddress")] = cs("BillingAddress1");
    o[QStringLiteral("BillingAddress2")] = cs("BillingAddress2");
    o[QStringLiteral("BillingCity")] = cs("BillingCity");
    o[QStringLiteral("BillingState")] = cs("BillingState");
    o[QStringLiteral("BillingZipCode")] = cs("BillingZipCode");
    o[QStringLiteral("BillingCountry")] =
        cs("BillingCountry").isEmpty() ? QStringLiteral("US") : cs("BillingCountry");
    o[QStringLiteral("BillingPhoneNumber")] = cs("BillingPhoneNumber");
    o[QStringLiteral("BillingEmail")] = spec.contains(QStringLiteral("BillingEmail"))
                                            ? spec.value(QStringLiteral("BillingEmail")).toString()
                                            : cs("Email");
    o[QStringLiteral("BillingPaymentMethod")] =
        status == 7 ? QString() : QStringLiteral("Secure Online Payment");
    o[QStringLiteral("BillingOnLinePayment")] = status != 7;
    o[QStringLiteral("BillingPaymentMethodID")] = QStringLiteral("42");

    QJsonArray items;
    double subtotal = 0;
    double weight = 0;
    for (const QJsonValue &lv : spec.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = lv.toObject();
        const QString sku = l.value(QStringLiteral("sku")).toString();
        const double qty = l.value(QStringLiteral("qty")).toDouble(1);
        QJsonObject item = emptyOrderItem();
        item[QStringLiteral("ItemIndexID")] = m_nextItemIndex++;
        item[QStringLiteral("ItemID")] = sku;
        item[QStringLiteral("ItemQuantity")] = qty;
        item[QStringLiteral("ItemDateAdded")] = whenText;
        for (auto it = m_products.begin(); it != m_products.end(); ++it) {
            QJsonObject p = it.value();
            QJsonObject si = p.value(QStringLiteral("SKUInfo")).toObject();
            QJsonArray opts = p.value(QStringLiteral("AdvancedOptionList")).toArray();
            int variant = -1;
            for (int v = 0; v < opts.size(); ++v)
                if (opts[v].toObject().value(QStringLiteral("AdvancedOptionSufix")).toString() == sku)
                    variant = v;
            if (si.value(QStringLiteral("SKU")).toString() != sku && variant < 0)
                continue;
            const double price = l.contains(QStringLiteral("price"))
                                     ? l.value(QStringLiteral("price")).toDouble()
                                     : si.value(QStringLiteral("Price")).toDouble();
            item[QStringLiteral("CatalogID")] = si.value(QStringLiteral("CatalogID"));
            item[QStringLiteral("ItemUnitPrice")] = price;
            item[QStringLiteral("ItemUnitCost")] = si.value(QStringLiteral("Cost"));
            item[QStringLiteral("ItemWeight")] = p.value(QStringLiteral("Weight"));
            QString desc = si.value(QStringLiteral("Name")).toString();
            double optionPrice = 0;
            int stockAfter = 0;
            if (variant >= 0) {
                QJsonObject ao = opts[variant].toObject();
                const QJsonObject set = p.value(QStringLiteral("OptionSetList")).toArray().at(0).toObject();
                desc += QStringLiteral("<br><b>%1:</b>&nbsp;%2")
                            .arg(set.value(QStringLiteral("OptionSetName")).toString(),
                                 ao.value(QStringLiteral("AdvancedOptionName")).toString());
                optionPrice = ao.value(QStringLiteral("AdvancedOptionPrice")).toDouble();
                item[QStringLiteral("ItemOptions")] =
                    QLatin1Char(',') + ao.value(QStringLiteral("AdvancedOptionCode")).toString();
                stockAfter = ao.value(QStringLiteral("AdvancedOptionStock")).toInt() - int(qty);
                if (touchStock) {
                    ao[QStringLiteral("AdvancedOptionStock")] = stockAfter;
                    opts[variant] = ao;
                    p[QStringLiteral("AdvancedOptionList")] = opts;
                }
            } else {
                stockAfter = int(si.value(QStringLiteral("Stock")).toDouble() - qty);
                if (touchStock) {
                    si[QStringLiteral("Stock")] = double(stockAfter);
                    p[QStringLiteral("SKUInfo")] = si;
                }
            }
            item[QStringLiteral("ItemDescription")] = desc;
            item[QStringLiteral("ItemOptionPrice")] = optionPrice;
            item[QStringLiteral("ItemUnitStock")] = stockAfter;
            subtotal += (price + optionPrice) * qty;
            weight += p.value(QStringLiteral("Weight")).toDouble() * qty;
            if (touchStock) {
                p[QStringLiteral("LastUpdate")] = nowText();
                it.value() = p;
                fireWebhook(ProductStockChanged, p);
            }
            break;
        }
        items.append(item);
    }
    const double shippingCost = subtotal >= 75 ? 0.0 : 5.95;
    const double tax = money(subtotal * 0.07);
    QJsonObject sh;
    sh[QStringLiteral("ShipmentID")] = 0;
    sh[QStringLiteral("ShipmentLastUpdate")] = whenText;
    sh[QStringLiteral("ShipmentBoxes")] = 1;
    sh[QStringLiteral("ShipmentInternalComment")] = QString();
    sh[QStringLiteral("ShipmentOrderStatus")] = status;
    sh[QStringLiteral("ShipmentAddress")] = cs("BillingAddress1");
    sh[QStringLiteral("ShipmentAddress2")] = cs("BillingAddress2");
    sh[QStringLiteral("ShipmentAlias")] = QString();
    sh[QStringLiteral("ShipmentCity")] = cs("BillingCity");
    sh[QStringLiteral("ShipmentCompany")] = cs("BillingCompany");
    sh[QStringLiteral("ShipmentCost")] = shippingCost;
    sh[QStringLiteral("ShipmentCountry")] = o.value(QStringLiteral("BillingCountry"));
    sh[QStringLiteral("ShipmentEmail")] = o.value(QStringLiteral("BillingEmail"));
    sh[QStringLiteral("ShipmentFirstName")] = cs("BillingFirstName");
    sh[QStringLiteral("ShipmentLastName")] = cs("BillingLastName");
    sh[QStringLiteral("ShipmentMethodID")] = shippingCost == 0 ? 1 : 2;
    sh[QStringLiteral("ShipmentMethodName")] =
        shippingCost == 0 ? QStringLiteral("Free Shipping (USPS Priority Mail\u00ae: 2-3 business days)")
                          : QStringLiteral("UPS Ground");
    sh[QStringLiteral("ShipmentShippedDate")] =
        status == 4 ? when.toString(QStringLiteral("M/d/yyyy")) : QString();
    sh[QStringLiteral("ShipmentPhone")] = cs("BillingPhoneNumber");
    sh[QStringLiteral("ShipmentState")] = cs("BillingState");
    sh[QStringLiteral("ShipmentZipCode")] = cs("BillingZipCode");
    sh[QStringLiteral("ShipmentTax")] = tax;
    sh[QStringLiteral("ShipmentWeight")] = money(weight);
    sh[QStringLiteral("ShipmentTrackingCode")] =
        status == 4 ? QStringLiteral("1Z999AA1%1").arg(orderId, 10, 10, QLatin1Char('0')) : QString();
    sh[QStringLiteral("ShipmentUserID")] = QString();
    sh[QStringLiteral("ShipmentNumber")] = 1;
    sh[QStringLiteral("ShipmentAddressTypeID")] = 0;
    o[QStringLiteral("ShipmentList")] = QJsonArray{sh};
    o[QStringLiteral("OrderItemList")] = items;
    o[QStringLiteral("PromotionList")] = QJsonArray();
    o[QStringLiteral("OrderDiscount")] = 0.0;
    o[QStringLiteral("OrderDiscountCoupon")] = 0.0;
    o[QStringLiteral("OrderDiscountPromotion")] = 0.0;
    o[QStringLiteral("SalesTax")] = tax;
    o[QStringLiteral("SalesTax2")] = 0.0;
    o[QStringLiteral("SalesTax3")] = 0.0;
    o[QStringLiteral("AffiliateCommission")] = 0.0;
    recomputeTotals(o);
    QJsonArray transactions;
    if (status != 7) {
        transactions.append(
            QJsonObject{{QStringLiteral("TransactionIndexID"), orderId},
                        {QStringLiteral("OrderID"), orderId},
                        {QStringLiteral("TransactionID"),
                         QStringLiteral("ch_%1").arg(orderId * 7919, 12, 16, QLatin1Char('0'))},
                        {QStringLiteral("TransactionDateTime"), whenText},
                        {QStringLiteral("TransactionType"), QStringLiteral("Sale")},
                        {QStringLiteral("TransactionMethod"), QStringLiteral("Secure Online Payment")},
                        {QStringLiteral("TransactionAmount"), o.value(QStringLiteral("OrderAmount"))},
                        {QStringLiteral("TransactionApproval"), QStringLiteral("APPROVED")},
                        {QStringLiteral("TransactionReference"), QString()},
                        {QStringLiteral("TransactionGatewayID"), 42},
                        {QStringLiteral("TransactionCVV2"), QStringLiteral("M")},
                        {QStringLiteral("TransactionAVS"), QStringLiteral("Y")},
                        {QStringLiteral("TransactionResponseText"), QStringLiteral("Approved")},
                        {QStringLiteral("TransactionResponseCode"), QStringLiteral("1")},
                        {QStringLiteral("TransactionCaptured"), 1}});
    }
    o[QStringLiteral("TransactionList")] = transactions;
    for (const char *k :
         {"CardType", "CardNumber", "CardName", "CardExpirationMonth", "CardExpirationYear",
          "CardIssueNumber", "CardStartMonth", "CardStartYear", "CardAddress", "CardVerification",
          "RewardPoints", "Referer", "CustomerComments", "InternalComments", "ExternalComments"})
        o.insert(QLatin1String(k), QString());
    o[QStringLiteral("IP")] = QStringLiteral("203.0.113.%1").arg(orderId % 250 + 1);
    o[QStringLiteral("QuestionList")] = QJsonArray();
    for (const QString &k : {QStringLiteral("CustomerComments"), QStringLiteral("InternalComments")})
        if (spec.contains(k))
            o[k] = spec.value(k);
    return o;
}

void CartSimulator::setOrderStatus(QJsonObject &order, int status)
{
    order[QStringLiteral("OrderStatusID")] = status;
    order[QStringLiteral("LastUpdate")] = nowText();
}

HttpResponse CartSimulator::listOrders(const HttpRequest &req)
{
    auto intFilter = [&req](const char *name, qint64 *out, bool *has, QString *bad) {
        const QString v = req.queryValue(QLatin1String(name));
        *has = false;
        if (v.isEmpty())
            return;
        bool ok = false;
        *out = v.toLongLong(&ok);
        if (!ok)
            *bad = QStringLiteral("The request is invalid. The value '%1' is not valid for %2.")
                       .arg(v, QLatin1String(name));
        *has = ok && *out != 0; // 0 means "no filter"
    };
    QString bad;
    qint64 invoice = 0, invStart = 0, invEnd = 0, status = 0;
    bool hInvoice, hInvStart, hInvEnd, hStatus;
    intFilter("invoicenumber", &invoice, &hInvoice, &bad);
    intFilter("invoicenumberstart", &invStart, &hInvStart, &bad);
    intFilter("invoicenumberend", &invEnd, &hInvEnd, &bad);
    intFilter("orderstatus", &status, &hStatus, &bad);
    auto dateFilter = [&req, &bad](const char *name, bool dateOnly) {
        const QString v = req.queryValue(QLatin1String(name));
        if (v.isEmpty())
            return QDateTime();
        const QDateTime d = parseQueryDate(v, dateOnly);
        if (!d.isValid())
            bad = QStringLiteral("The request is invalid. The value '%1' is not valid for %2.")
                      .arg(v, QLatin1String(name));
        return d;
    };
    const QDateTime dStart = dateFilter("datestart", false);
    const QDateTime dEnd = dateFilter("dateend", false);
    const QDateTime luStart = dateFilter("lastupdatestart", true); // date-only on Orders
    const QDateTime luEnd = dateFilter("lastupdateend", true);
    if (!bad.isEmpty())
        return error(400, bad);
    const QString prefix = req.queryValue(QStringLiteral("invoiceprefix"));
    const QString email = req.queryValue(QStringLiteral("billingemail"));

    QList<QJsonObject> rows;
    for (const QJsonObject &o : m_orders) {
        const qint64 inv = o.value(QStringLiteral("InvoiceNumber")).toInteger();
        if (hInvoice && inv != invoice)
            continue;
        if (hInvStart && inv < invStart)
            continue;
        if (hInvEnd && inv > invEnd)
            continue;
        if (hStatus && o.value(QStringLiteral("OrderStatusID")).toInt() != status)
            continue;
        if (!prefix.isEmpty() && o.value(QStringLiteral("InvoiceNumberPrefix")).toString() != prefix)
            continue;
        if (!email.isEmpty() &&
            o.value(QStringLiteral("BillingEmail")).toString().compare(email, Qt::CaseInsensitive) != 0)
            continue;
        if (dStart.isValid() || dEnd.isValid()) {
            const QDateTime od = parseStoreTime(o.value(QStringLiteral("OrderDate")).toString());
            if ((dStart.isValid() && od < dStart) || (dEnd.isValid() && od > dEnd))
                continue;
        }
        if (luStart.isValid() || luEnd.isValid()) {
            const QDateTime lu = parseStoreTime(o.value(QStringLiteral("LastUpdate")).toString());
            if (luStart.isValid() && lu < luStart)
                continue;
            if (luEnd.isValid() &&
                lu > luEnd) // end date is midnight: same-day updates are excluded (the quirk)
                continue;
        }
        rows.append(o);
    }
    return list(req, rows, 300);
}

bool CartSimulator::applyShipmentUpdate(QJsonObject &order, QJsonObject &shipment, const QJsonObject &patch,
                                        QString *error)
{
    if (patch.contains(QStringLiteral("ShipmentMethodName")) &&
        !kMethodNameChars.match(patch.value(QStringLiteral("ShipmentMethodName")).toString()).hasMatch()) {
        *error = QStringLiteral("ShipmentMethodName contains invalid characters.");
        return false;
    }
    QStringList changed;
    if (!applyFields(shipment, patch, kShipmentFields, int(std::size(kShipmentFields)),
                     QStringLiteral("ShipmentList"), error, &changed))
        return false;
    if (patch.contains(QStringLiteral("ShipmentOrderStatus"))) {
        bool known = false;
        for (const QJsonObject &s : m_statuses)
            known = known || s.value(QStringLiteral("OrderStatusID")).toInt() ==
                                 shipment.value(QStringLiteral("ShipmentOrderStatus")).toInt();
        if (!known) {
            *error = QStringLiteral("Invalid ShipmentOrderStatus.");
            return false;
        }
    }
    if (!changed.isEmpty()) {
        shipment[QStringLiteral("ShipmentLastUpdate")] = nowText();
        order[QStringLiteral("LastUpdate")] = nowText();
    }
    // With one shipment, the order's status follows the shipment's ([I], README).
    if (changed.contains(QStringLiteral("ShipmentOrderStatus")) &&
        order.value(QStringLiteral("ShipmentList")).toArray().size() <= 1)
        order[QStringLiteral("OrderStatusID")] = shipment.value(QStringLiteral("ShipmentOrderStatus"));
    return true;
}

bool CartSimulator::applyOrderUpdate(QJsonObject &order, const QJsonObject &patch, QString *error)
{
    QJsonObject updated = order;
    QStringList changed;
    if (!applyFields(updated, patch, kOrderFields, int(std::size(kOrderFields)), QString(), error, &changed))
        return false;
    if (changed.contains(QStringLiteral("OrderStatusID"))) {
        bool known = false;
        for (const QJsonObject &s : m_statuses)
            known = known || s.value(QStringLiteral("OrderStatusID")).toInt() ==
                                 updated.value(QStringLiteral("OrderStatusID")).toInt();
        if (!known) {
            *error = QStringLiteral("Invalid OrderStatusID.");
            return false;
        }
    }
    if (patch.contains(QStringLiteral("ShipmentList"))) {
        const QJsonValue sv = patch.value(QStringLiteral("ShipmentList"));
        if (!sv.isArray()) {
            *error = conversionError(sv, "System.Collections.Generic.List`1[Shipment]",
                                     QStringLiteral("ShipmentList"));
            return false;
        }
        QJsonArray shipments = updated.value(QStringLiteral("ShipmentList")).toArray();
        const QJsonArray patches = sv.toArray();
        for (int i = 0; i < patches.size(); ++i) {
            const QJsonObject sp = patches[i].toObject();
            int idx = i;
            if (sp.contains(QStringLiteral("ShipmentID"))) {
                idx = -1;
                for (int s = 0; s < shipments.size(); ++s)
                    if (shipments[s].toObject().value(QStringLiteral("ShipmentID")).toInt() ==
                        sp.value(QStringLiteral("ShipmentID")).toInt())
                        idx = s;
            }
            if (idx < 0 || idx >= shipments.size()) {
                *error = QStringLiteral("Shipment not found.");
                return false;
            }
            QJsonObject sh = shipments[idx].toObject();
            const int before = updated.value(QStringLiteral("OrderStatusID")).toInt();
            if (!applyShipmentUpdate(updated, sh, sp, error))
                return false;
            if (updated.value(QStringLiteral("OrderStatusID")).toInt() != before)
                changed << QStringLiteral("OrderStatusID");
            shipments[idx] = sh;
        }
        updated[QStringLiteral("ShipmentList")] = shipments;
        changed << QStringLiteral("ShipmentList");
    }
    if (changed.isEmpty())
        return true;
    const bool statusChanged =
        updated.value(QStringLiteral("OrderStatusID")) != order.value(QStringLiteral("OrderStatusID"));
    updated[QStringLiteral("LastUpdate")] = nowText();
    order = updated;
    if (statusChanged)
        fireWebhook(OrderStatusChanged, order);
    return true;
}

HttpResponse CartSimulator::ordersRoute(const HttpRequest &req, const QStringList &segs)
{
    if (segs.isEmpty()) {
        if (req.method == "GET")
            return listOrders(req);
        if (req.method == "PUT") {
            QJsonDocument doc;
            HttpResponse err;
            if (!parseBody(req, &doc, &err))
                return err;
            const QJsonArray arr = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
            if (arr.size() > 100)
                return error(400, QStringLiteral("The maximum number of records per request is 100."));
            QJsonArray results;
            for (const QJsonValue &v : arr) {
                const QJsonObject patch = v.toObject();
                qint64 id = 0;
                if (!toInt(patch.value(QStringLiteral("OrderID")), &id) || !m_orders.contains(int(id))) {
                    results.append(result(QStringLiteral("OrderID"), QString::number(id), 404,
                                          QStringLiteral("Order not found"))[0]);
                    continue;
                }
                QString e;
                QJsonObject &o = m_orders[int(id)];
                if (!applyOrderUpdate(o, patch, &e))
                    results.append(result(QStringLiteral("OrderID"), QString::number(id), 400, e)[0]);
                else
                    results.append(result(QStringLiteral("OrderID"), QString::number(id), 200,
                                          QStringLiteral("updated successfully"))[0]);
            }
            return HttpResponse::json(results);
        }
        if (req.method == "POST") {
            QJsonDocument doc;
            HttpResponse err;
            if (!parseBody(req, &doc, &err))
                return err;
            const QJsonArray arr = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
            QJsonArray results;
            for (const QJsonValue &v : arr) {
                QJsonObject o = v.toObject();
                o.remove(QStringLiteral("OrderID"));
                const int id = placeOrder(QJsonObject{{QStringLiteral("order"), o}});
                results.append(result(QStringLiteral("OrderID"), QString::number(id), 201,
                                      QStringLiteral("Created successfully"))[0]);
            }
            return HttpResponse::json(results, 201);
        }
        return HttpResponse::raw(405, {}, {});
    }
    bool ok = false;
    const int id = segs[0].toInt(&ok);
    if (!ok)
        return error(404, QStringLiteral("No records found"));
    if (!m_orders.contains(id))
        return error(404, QStringLiteral("No records found"));
    if (segs.size() == 1) {
        if (req.method == "GET")
            return rows({m_orders.value(id)});
        if (req.method == "PUT") {
            QJsonDocument doc;
            HttpResponse err;
            if (!parseBody(req, &doc, &err))
                return err;
            if (!doc.isObject())
                return error(400, QStringLiteral("The request is invalid. Expected an Order object."));
            QString e;
            if (!applyOrderUpdate(m_orders[id], doc.object(), &e))
                return error(400, e);
            return HttpResponse::json(result(QStringLiteral("OrderID"), QString::number(id), 200,
                                             QStringLiteral("updated successfully")));
        }
        return HttpResponse::raw(405, {}, {});
    }
    const QString sub = segs[1].toLower();
    if (sub == QLatin1String("items"))
        return itemsRoute(req, id, segs.mid(2));
    if (sub == QLatin1String("shipments"))
        return shipmentsRoute(req, id, segs.mid(2));
    if ((sub == QLatin1String("transactions") || sub == QLatin1String("questions")) && segs.size() == 2) {
        if (req.method != "GET")
            return HttpResponse::raw(405, {}, {});
        const QJsonArray a =
            m_orders[id]
                .value(sub == QLatin1String("transactions") ? QStringLiteral("TransactionList")
                                                            : QStringLiteral("QuestionList"))
                .toArray();
        QList<QJsonObject> rows;
        for (const QJsonValue &v : a)
            rows.append(v.toObject());
        return list(req, rows, 500);
    }
    return error(404, QStringLiteral("Not Found"));
}

} // namespace m3cart::sandbox
