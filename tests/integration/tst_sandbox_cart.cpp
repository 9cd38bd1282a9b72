// Contract tests of the 3dcart simulator: every route and quirk from reference/3dcart-api.md, over HTTP.

#include "sandbox/cart_simulator.h"
#include "sandbox/outbound_poster.h"
#include "sandbox/sim_http_server.h"
#include "sandbox_client.h"

#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace m3cart::sandbox;

class TstSandboxCart : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CartSimulator> m_sim;
    SandboxClient m_http;

    QUrl url(const QString &path, int version = 2) const
    {
        return QUrl(m_sim->baseUrl(version).toString() + path);
    }
    static QJsonObject errorEntry(int status, const QString &message)
    {
        return QJsonObject{{QStringLiteral("Key"), QStringLiteral("Error")},
                           {QStringLiteral("Value"), QString()},
                           {QStringLiteral("Status"), QString::number(status)},
                           {QStringLiteral("Message"), message}};
    }

private slots:
    void initTestCase()
    {
        CartConfig c;
        c.throttlePerSecond = 0; // throttle has its own test
        c.webhookRetryMs = 20;
        m_sim = std::make_unique<CartSimulator>(c);
        QVERIFY(m_sim->listen(QHostAddress::LocalHost, 0) > 0);
        m_http.headers = {{"SecureURL", c.secureUrl.toUtf8()},
                          {"PrivateKey", c.privateKey.toUtf8()},
                          {"Token", c.token.toUtf8()}};
    }

    void init()
    {
        m_sim->reset();
        m_sim->setThrottle(0, 2);
    }

    void authMissingOrWrongIs401WithErrorArray()
    {
        SandboxClient anon;
        const SandboxReply r = anon.get(url(QStringLiteral("Orders")));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.array(), QJsonArray{errorEntry(
                                401, QStringLiteral("Authorization has been denied for this request."))});
        SandboxClient wrong;
        wrong.headers = m_http.headers;
        wrong.headers[2].second = "not-the-token";
        QCOMPARE(wrong.get(url(QStringLiteral("Orders"))).status, 401);
    }

    void authHeadersAnyCaseAndSecureUrlForms()
    {
        const QList<QByteArray> forms = {"sandbox-store.3dcartstores.com",
                                         "https://www.sandbox-store.3dcartstores.com/",
                                         "HTTP://Sandbox-Store.3dcartstores.com"};
        for (const QByteArray &secure : forms) {
            SandboxClient c;
            c.headers = {{"secureurl", secure},
                         {"privatekey", m_sim->config().privateKey.toUtf8()},
                         {"TOKEN", m_sim->config().token.toUtf8()}};
            QCOMPARE(c.get(url(QStringLiteral("OrderStatus"))).status, 200);
        }
        SandboxClient bearer;
        bearer.headers = {{"SecureUrl", "sandbox-store.3dcartstores.com"},
                          {"PrivateKey", m_sim->config().privateKey.toUtf8()},
                          {"Authorization", "Bearer " + m_sim->config().token.toUtf8()}};
        QCOMPARE(bearer.get(url(QStringLiteral("OrderStatus"))).status, 200);
    }

    void v1AndV2ServeTheSameModel()
    {
        const SandboxReply v1 = m_http.get(url(QStringLiteral("Orders?limit=5"), 1));
        const SandboxReply v2 = m_http.get(url(QStringLiteral("Orders?limit=5"), 2));
        QCOMPARE(v1.status, 200);
        QCOMPARE(v1.body, v2.body);
        QCOMPARE(v1.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(v1.header("Cache-Control"), QByteArray("no-cache"));
    }

    void ordersListDefaultsToTenAndGetByIdIsAnArray()
    {
        const SandboxReply list = m_http.get(url(QStringLiteral("Orders")));
        QCOMPARE(list.status, 200);
        QCOMPARE(list.array().size(), 10);
        const int id = list.first().value(QStringLiteral("OrderID")).toInt();
        const SandboxReply one = m_http.get(url(QStringLiteral("Orders/%1").arg(id)));
        QCOMPARE(one.status, 200);
        QVERIFY(one.json.isArray());
        QCOMPARE(one.array().size(), 1);
        const QJsonObject o = one.first();
        QCOMPARE(o.value(QStringLiteral("OrderID")).toInt(), id);
        QVERIFY(o.value(QStringLiteral("InvoiceNumber")).isDouble());
        QVERIFY(o.value(QStringLiteral("BillingPaymentMethodID")).isString());
        QVERIFY(o.value(QStringLiteral("InvoiceNumberPrefix")).isString());
        const QRegularExpression localTime(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"));
        QVERIFY(localTime.match(o.value(QStringLiteral("OrderDate")).toString()).hasMatch());
        QVERIFY(localTime.match(o.value(QStringLiteral("LastUpdate")).toString()).hasMatch());
        const QJsonObject sh = o.value(QStringLiteral("ShipmentList")).toArray().first().toObject();
        QCOMPARE(sh.value(QStringLiteral("ShipmentID")).toInt(-1), 0);
        const QJsonObject item = o.value(QStringLiteral("OrderItemList")).toArray().first().toObject();
        for (const char *k : {"CatalogID", "ItemIndexID", "ItemID", "ItemQuantity", "ItemUnitPrice",
                              "ItemOptionPrice", "ItemUnitStock", "ItemOptions"})
            QVERIFY2(item.contains(QLatin1String(k)), k);
        QVERIFY(item.value(QStringLiteral("ItemUnitStock")).isDouble());
        // Totals identity: Σ (unit + option) × qty + shipping + taxes − discount.
        double sum = 0;
        for (const QJsonValue &v : o.value(QStringLiteral("OrderItemList")).toArray())
            sum += (v[QStringLiteral("ItemUnitPrice")].toDouble() +
                    v[QStringLiteral("ItemOptionPrice")].toDouble()) *
                   v[QStringLiteral("ItemQuantity")].toDouble();
        sum += sh.value(QStringLiteral("ShipmentCost")).toDouble() +
               o.value(QStringLiteral("SalesTax")).toDouble();
        QVERIFY(qAbs(sum - o.value(QStringLiteral("OrderAmount")).toDouble()) < 0.011);
    }

    void countOnlyIsAnObject()
    {
        const SandboxReply r = m_http.get(url(QStringLiteral("Orders?countonly=1")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), (QJsonObject{{QStringLiteral("TotalCount"), 25}}));
        QCOMPARE(m_http.get(url(QStringLiteral("Products?countonly=1")))
                     .object()
                     .value(QStringLiteral("TotalCount"))
                     .toInt(),
                 40);
    }

    void offsetIsOneBasedAndZeroActsAsOne()
    {
        const QJsonArray all = m_http.get(url(QStringLiteral("Orders?limit=100"))).array();
        QCOMPARE(all.size(), 25);
        QCOMPARE(m_http.get(url(QStringLiteral("Orders?limit=5&offset=1"))).array().first(), all.at(0));
        QCOMPARE(m_http.get(url(QStringLiteral("Orders?limit=5&offset=6"))).array().first(), all.at(5));
        QCOMPARE(m_http.get(url(QStringLiteral("Orders?limit=5&offset=0"))).array().first(), all.at(0));
        QCOMPARE(m_http.get(url(QStringLiteral("Orders?limit=10&offset=21"))).array().size(), 5);
    }

    void pagingPastTheEndIs400()
    {
        const SandboxReply r = m_http.get(url(QStringLiteral("Orders?limit=10&offset=26")));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.array(), QJsonArray{errorEntry(
                                400, QStringLiteral("Offset amount exceeds the total number of records"))});
    }

    void noMatchIs404WithErrorArray()
    {
        const SandboxReply r = m_http.get(url(QStringLiteral("Orders?orderstatus=9")));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.array(), QJsonArray{errorEntry(404, QStringLiteral("No records found"))});
        QCOMPARE(m_http.get(url(QStringLiteral("Orders/999"))).status, 404);
        QCOMPARE(m_http.get(url(QStringLiteral("Products/99999"))).status, 404);
        QCOMPARE(m_http.get(url(QStringLiteral("Customers?email=nobody@example.com"))).status, 404);
    }

    void pageSizesClamp()
    {
        CartConfig c = m_sim->config();
        c.orders = 320;
        c.products = 210;
        c.customers = 510;
        CartSimulator big(c);
        QVERIFY(big.listen() > 0);
        const QString base = big.baseUrl().toString();
        QCOMPARE(m_http.get(QUrl(base + QStringLiteral("Orders?limit=1000"))).array().size(), 300);
        QCOMPARE(m_http.get(QUrl(base + QStringLiteral("Products?limit=1000"))).array().size(), 200);
        QCOMPARE(m_http.get(QUrl(base + QStringLiteral("Products/skuinfo?limit=1000"))).array().size(), 200);
        QCOMPARE(m_http.get(QUrl(base + QStringLiteral("Customers?limit=1000"))).array().size(), 500);
    }

    void notCompletedOrdersAppearInLists()
    {
        const SandboxReply r = m_http.get(url(QStringLiteral("Orders?orderstatus=7&limit=100")));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.array().isEmpty());
        for (const QJsonValue &v : r.array()) {
            QCOMPARE(v[QStringLiteral("OrderStatusID")].toInt(), 7);
            QVERIFY(v[QStringLiteral("TransactionList")].toArray().isEmpty());
        }
    }

    void orderFilters()
    {
        const QJsonObject o = m_http.get(url(QStringLiteral("Orders?limit=1&offset=3"))).first();
        const int invoice = o.value(QStringLiteral("InvoiceNumber")).toInt();
        const SandboxReply byInvoice = m_http.get(url(QStringLiteral("Orders?invoicenumber=%1").arg(invoice)));
        QCOMPARE(byInvoice.array().size(), 1);
        QCOMPARE(byInvoice.first().value(QStringLiteral("OrderID")), o.value(QStringLiteral("OrderID")));
        const QDateTime od =
            QDateTime::fromString(o.value(QStringLiteral("OrderDate")).toString(), Qt::ISODate);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("datestart"), od.toString(QStringLiteral("MM/dd/yyyy HH:mm:ss")));
        q.addQueryItem(QStringLiteral("dateend"), od.toString(QStringLiteral("MM/dd/yyyy HH:mm:ss")));
        const SandboxReply byDate = m_http.get(url(QStringLiteral("Orders?") + q.toString(QUrl::FullyEncoded)));
        QCOMPARE(byDate.array().size(), 1);
        // lastupdateend is date-only: an order updated today is excluded by lastupdateend=today.
        const QString today = m_sim->now().toString(QStringLiteral("MM/dd/yyyy"));
        QVERIFY(m_http
                    .put(url(QStringLiteral("Orders/%1").arg(o.value(QStringLiteral("OrderID")).toInt())),
                         QJsonDocument(
                             QJsonObject{{QStringLiteral("InternalComments"), QStringLiteral("touched")}}))
                    .status == 200);
        const QJsonArray since =
            m_http.get(url(QStringLiteral("Orders?lastupdatestart=%1").arg(today))).array();
        bool found = false;
        for (const QJsonValue &v : since)
            found = found || v[QStringLiteral("OrderID")] == o.value(QStringLiteral("OrderID"));
        QVERIFY(found);
        const SandboxReply until =
            m_http.get(url(QStringLiteral("Orders?lastupdatestart=%1&lastupdateend=%1").arg(today)));
        QCOMPARE(until.status, 404);
        QCOMPARE(m_http.get(url(QStringLiteral("Orders?datestart=notadate"))).status, 400);
    }

    void putOneOrderAnswersTheWriteResult()
    {
        const QJsonObject o = m_http.get(url(QStringLiteral("Orders?orderstatus=1&limit=1"))).first();
        const int id = o.value(QStringLiteral("OrderID")).toInt();
        const SandboxReply r = m_http.put(
            url(QStringLiteral("Orders/%1").arg(id)),
            QJsonDocument(QJsonObject{{QStringLiteral("OrderStatusID"), 2},
                                      {QStringLiteral("InternalComments"), QStringLiteral("picked")}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(
            r.array(),
            (QJsonArray{QJsonObject{{QStringLiteral("Key"), QStringLiteral("OrderID")},
                                    {QStringLiteral("Value"), QString::number(id)},
                                    {QStringLiteral("Status"), QStringLiteral("200")},
                                    {QStringLiteral("Message"), QStringLiteral("updated successfully")}}}));
        const QJsonObject after = m_http.get(url(QStringLiteral("Orders/%1").arg(id))).first();
        QCOMPARE(after.value(QStringLiteral("OrderStatusID")).toInt(), 2);
        QCOMPARE(after.value(QStringLiteral("InternalComments")).toString(), QStringLiteral("picked"));
    }

    void bulkPutOrdersPerRecordAndLimit()
    {
        const QJsonArray two = m_http.get(url(QStringLiteral("Orders?limit=2"))).array();
        QJsonArray body;
        for (const QJsonValue &v : two)
            body.append(QJsonObject{{QStringLiteral("OrderID"), v[QStringLiteral("OrderID")]},
                                    {QStringLiteral("InternalComments"), QStringLiteral("bulk")}});
        body.append(QJsonObject{{QStringLiteral("OrderID"), 1},
                                {QStringLiteral("InternalComments"), QStringLiteral("x")}});
        const SandboxReply r = m_http.put(url(QStringLiteral("Orders")), QJsonDocument(body));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 3);
        QCOMPARE(r.array().at(0)[QStringLiteral("Status")].toString(), QStringLiteral("200"));
        QCOMPARE(r.array().at(0)[QStringLiteral("Key")].toString(), QStringLiteral("OrderID"));
        QCOMPARE(r.array().at(2)[QStringLiteral("Status")].toString(), QStringLiteral("404"));
        QJsonArray tooMany;
        for (int i = 0; i < 101; ++i)
            tooMany.append(QJsonObject{{QStringLiteral("OrderID"), two.at(0)[QStringLiteral("OrderID")]}});
        const SandboxReply over = m_http.put(url(QStringLiteral("Orders")), QJsonDocument(tooMany));
        QCOMPARE(over.status, 400);
        QCOMPARE(over.first().value(QStringLiteral("Key")).toString(), QStringLiteral("Error"));
    }

    void badInputGetsTheRealKindOfError()
    {
        const int id = m_sim->orderIds().first();
        const SandboxReply wrongType =
            m_http.put(url(QStringLiteral("Orders/%1").arg(id)),
                       QJsonDocument(QJsonObject{{QStringLiteral("OrderStatusID"), QStringLiteral("abc")}}));
        QCOMPARE(wrongType.status, 400);
        QCOMPARE(
            wrongType.first().value(QStringLiteral("Message")).toString(),
            QStringLiteral("Error converting value \"abc\" to type 'System.Int32'. Path 'OrderStatusID'."));
        const SandboxReply malformed =
            m_http.send("PUT", url(QStringLiteral("Orders/%1").arg(id)), "{\"OrderStatusID\": ");
        QCOMPARE(malformed.status, 400);
        QCOMPARE(malformed.first().value(QStringLiteral("Key")).toString(), QStringLiteral("Error"));
        QCOMPARE(malformed.first().value(QStringLiteral("Status")).toString(), QStringLiteral("400"));
        const SandboxReply xml =
            m_http.send("PUT", url(QStringLiteral("Orders/%1").arg(id)), "<Order/>", "application/xml");
        QCOMPARE(xml.status, 415);
        const SandboxReply huge =
            m_http.send("PUT", url(QStringLiteral("Orders")), QByteArray(5 * 1024 * 1024, ' '));
        QCOMPARE(huge.status, 413);
        QVERIFY(huge.header("Content-Type").startsWith("text/html"));
        const SandboxReply method = m_http.send("DELETE", url(QStringLiteral("Orders/%1").arg(id)));
        QCOMPARE(method.status, 405);
        QCOMPARE(method.object().value(QStringLiteral("Message")).toString(),
                 QStringLiteral("The requested resource does not support http method 'DELETE'."));
        const SandboxReply unknown = m_http.get(url(QStringLiteral("Nope")));
        QCOMPARE(unknown.status, 404);
        QVERIFY(unknown.object()
                    .value(QStringLiteral("Message"))
                    .toString()
                    .startsWith(QStringLiteral("No HTTP resource was found")));
        QCOMPARE(m_http.get(url(QStringLiteral("Orders?limit=abc"))).status, 400);
        const SandboxReply badStatus =
            m_http.put(url(QStringLiteral("Orders/%1").arg(id)),
                       QJsonDocument(QJsonObject{{QStringLiteral("OrderStatusID"), 4242}}));
        QCOMPARE(badStatus.status, 400);
    }

    void itemsAndShipments()
    {
        const QJsonObject o = m_http.get(url(QStringLiteral("Orders?orderstatus=1&limit=1"))).first();
        const int id = o.value(QStringLiteral("OrderID")).toInt();
        const SandboxReply items = m_http.get(url(QStringLiteral("Orders/%1/Items").arg(id)));
        QCOMPARE(items.status, 200);
        QCOMPARE(items.array(), o.value(QStringLiteral("OrderItemList")).toArray());
        const int itemIndex = items.first().value(QStringLiteral("ItemIndexID")).toInt();
        const SandboxReply itemPut = m_http.put(
            url(QStringLiteral("Orders/%1/Items/%2").arg(id).arg(itemIndex)),
            QJsonDocument(QJsonObject{{QStringLiteral("ItemAdditionalField1"), QStringLiteral("gift")}}));
        QCOMPARE(itemPut.status, 200);
        QCOMPARE(itemPut.first().value(QStringLiteral("Key")).toString(), QStringLiteral("ItemIndexID"));

        const SandboxReply ships = m_http.get(url(QStringLiteral("Orders/%1/Shipments").arg(id)));
        QCOMPARE(ships.status, 200);
        QCOMPARE(ships.array().size(), 1);
        const SandboxReply ship = m_http.put(
            url(QStringLiteral("Orders/%1/Shipments/0").arg(id)),
            QJsonDocument(QJsonObject{{QStringLiteral("ShipmentTrackingCode"), QStringLiteral("1Z999")},
                                      {QStringLiteral("ShipmentShippedDate"), QStringLiteral("9/16/2013")},
                                      {QStringLiteral("ShipmentOrderStatus"), 4}}));
        QCOMPARE(ship.status, 200);
        QCOMPARE(
            ship.array(),
            (QJsonArray{QJsonObject{{QStringLiteral("Key"), QStringLiteral("ShipmentID")},
                                    {QStringLiteral("Value"), QStringLiteral("0")},
                                    {QStringLiteral("Status"), QStringLiteral("200")},
                                    {QStringLiteral("Message"), QStringLiteral("updated successfully")}}}));
        const QJsonObject after = m_http.get(url(QStringLiteral("Orders/%1").arg(id))).first();
        QCOMPARE(after.value(QStringLiteral("OrderStatusID")).toInt(),
                 4); // one shipment: the order follows it
        const QJsonObject sh = after.value(QStringLiteral("ShipmentList")).toArray().first().toObject();
        QCOMPARE(sh.value(QStringLiteral("ShipmentTrackingCode")).toString(), QStringLiteral("1Z999"));
        QCOMPARE(sh.value(QStringLiteral("ShipmentShippedDate")).toString(),
                 QStringLiteral("9/16/2013")); // free text, kept
        const SandboxReply badName = m_http.put(url(QStringLiteral("Orders/%1/Shipments/0").arg(id)),
                                            QJsonDocument(QJsonObject{{QStringLiteral("ShipmentMethodName"),
                                                                       QStringLiteral("UPS® Ground")}}));
        QCOMPARE(badName.status, 400);
        const SandboxReply added = m_http.post(url(QStringLiteral("Orders/%1/Shipments").arg(id)),
                                           QJsonDocument(QJsonObject{{QStringLiteral("ShipmentMethodName"),
                                                                      QStringLiteral("UPS Ground (2)")}}));
        QCOMPARE(added.status, 201);
        QCOMPARE(added.first().value(QStringLiteral("Value")).toString(), QStringLiteral("1"));
        QCOMPARE(m_http.get(url(QStringLiteral("Orders/%1/Shipments").arg(id))).array().size(), 2);
        QCOMPARE(
            m_http.put(url(QStringLiteral("Orders/%1/Shipments/77").arg(id)), QJsonDocument(QJsonObject{}))
                .status,
            404);
    }

    void orderStatuses()
    {
        const SandboxReply r = m_http.get(url(QStringLiteral("OrderStatus?limit=100")));
        QCOMPARE(r.status, 200);
        QVERIFY(r.array().size() >= 11);
        const QJsonObject first = r.first();
        QCOMPARE(first.keys(), (QStringList{QStringLiteral("OrderStatusID"), QStringLiteral("Sorting"),
                                            QStringLiteral("StatusDefinition"), QStringLiteral("StatusText"),
                                            QStringLiteral("Visible")}));
        QCOMPARE(m_http.get(url(QStringLiteral("OrderStatus/7")))
                     .first()
                     .value(QStringLiteral("StatusText"))
                     .toString(),
                 QStringLiteral("Not Completed"));
    }

    void productsSkuLookupAndVariants()
    {
        const SandboxReply bySku = m_http.get(url(QStringLiteral("Products?sku=sku-1002")));
        QCOMPARE(bySku.status, 200);
        QCOMPARE(bySku.array().size(), 1);
        const QJsonObject p = bySku.first();
        const QJsonObject sku = p.value(QStringLiteral("SKUInfo")).toObject();
        QCOMPARE(sku.value(QStringLiteral("SKU")).toString(), QStringLiteral("SKU-1002"));
        const int catalogId = sku.value(QStringLiteral("CatalogID")).toInt();
        const QJsonArray variants = p.value(QStringLiteral("AdvancedOptionList")).toArray();
        QVERIFY(!variants.isEmpty()); // every fourth seeded product has variants
        QVERIFY(variants.first()[QStringLiteral("AdvancedOptionSufix")].toString().startsWith(
            QStringLiteral("SKU-1002-")));
        QVERIFY(variants.first()[QStringLiteral("AdvancedOptionStock")].isDouble());
        QVERIFY(m_http.get(url(QStringLiteral("Products/%1").arg(catalogId))).json.isArray());
        const SandboxReply skuInfo = m_http.get(url(QStringLiteral("Products/skuinfo?limit=3")));
        QCOMPARE(skuInfo.array().size(), 3);
        QVERIFY(skuInfo.first().contains(QStringLiteral("Stock")));
        QVERIFY(!skuInfo.first().contains(QStringLiteral("AdvancedOptionList")));
        QCOMPARE(m_http.get(url(QStringLiteral("Products/%1/skuinfo").arg(catalogId))).first(), sku);

        // Variant stock: one option by code, then the list; stock is absolute and may go negative.
        const QString code = variants.first()[QStringLiteral("AdvancedOptionCode")].toString();
        const SandboxReply one =
            m_http.put(url(QStringLiteral("Products/%1/AdvancedOptions/%2").arg(catalogId).arg(code)),
                       QJsonDocument(QJsonObject{{QStringLiteral("AdvancedOptionStock"), -4}}));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.first().value(QStringLiteral("Key")).toString(), QStringLiteral("AdvancedOptionCode"));
        const SandboxReply list = m_http.put(
            url(QStringLiteral("Products/%1/AdvancedOptions").arg(catalogId)),
            QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("AdvancedOptionSufix"),
                                                  variants.at(1)[QStringLiteral("AdvancedOptionSufix")]},
                                                 {QStringLiteral("AdvancedOptionStock"), 12}}}));
        QCOMPARE(list.status, 200);
        const QJsonArray opts =
            m_http.get(url(QStringLiteral("Products/%1/AdvancedOptions").arg(catalogId))).array();
        QCOMPARE(opts.at(0)[QStringLiteral("AdvancedOptionStock")].toInt(), -4);
        QCOMPARE(opts.at(1)[QStringLiteral("AdvancedOptionStock")].toInt(), 12);
        QCOMPARE(m_http.get(url(QStringLiteral("Products/%1/skuinfo").arg(catalogId)))
                     .first()
                     .value(QStringLiteral("Stock")),
                 sku.value(QStringLiteral("Stock")));
    }

    void productStockWrites()
    {
        const SandboxReply one =
            m_http.put(url(QStringLiteral("Products/1")),
                       QJsonDocument(QJsonObject{
                           {QStringLiteral("SKUInfo"),
                            QJsonObject{{QStringLiteral("CatalogID"), 1}, {QStringLiteral("Stock"), -18}}}}));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.first().value(QStringLiteral("Key")).toString(), QStringLiteral("CatalogID"));
        QCOMPARE(m_http.get(url(QStringLiteral("Products/1")))
                     .first()[QStringLiteral("SKUInfo")][QStringLiteral("Stock")]
                     .toDouble(),
                 -18.0);
        QJsonArray bulk;
        for (int i = 2; i <= 4; ++i)
            bulk.append(
                QJsonObject{{QStringLiteral("SKUInfo"), QJsonObject{{QStringLiteral("CatalogID"), i},
                                                                    {QStringLiteral("Stock"), 100 + i}}}});
        const SandboxReply r = m_http.put(url(QStringLiteral("Products")), QJsonDocument(bulk));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 3);
        QCOMPARE(r.array().at(2)[QStringLiteral("Value")].toString(), QStringLiteral("4"));
        QCOMPARE(m_http.get(url(QStringLiteral("Products/4/skuinfo")))
                     .first()
                     .value(QStringLiteral("Stock"))
                     .toDouble(),
                 104.0);
        QJsonArray tooMany;
        for (int i = 0; i < 101; ++i)
            tooMany.append(bulk.at(0));
        QCOMPARE(m_http.put(url(QStringLiteral("Products")), QJsonDocument(tooMany)).status, 400);
        const SandboxReply bad = m_http.put(
            url(QStringLiteral("Products/1")),
            QJsonDocument(QJsonObject{{QStringLiteral("SKUInfo"),
                                       QJsonObject{{QStringLiteral("Stock"), QStringLiteral("lots")}}}}));
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.first()
                    .value(QStringLiteral("Message"))
                    .toString()
                    .contains(QStringLiteral("System.Decimal")));
    }

    void customers()
    {
        const QJsonObject c = m_http.get(url(QStringLiteral("Customers?limit=1"))).first();
        QVERIFY(c.contains(QStringLiteral("BillingAddress1"))); // customers use Address1, orders Address
        QCOMPARE(c.value(QStringLiteral("Password")).toString().size(), 32);
        const SandboxReply byEmail = m_http.get(
            url(QStringLiteral("Customers?email=") + c.value(QStringLiteral("Email")).toString().toUpper()));
        QCOMPARE(byEmail.array().size(), 1);
        const SandboxReply created = m_http.post(
            url(QStringLiteral("Customers")),
            QJsonDocument(QJsonObject{{QStringLiteral("Email"), QStringLiteral("new.buyer@example.com")},
                                      {QStringLiteral("Password"), QStringLiteral("s3cret")},
                                      {QStringLiteral("BillingFirstName"), QStringLiteral("New")}}));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.first().value(QStringLiteral("Key")).toString(), QStringLiteral("CustomerID"));
        QCOMPARE(created.first().value(QStringLiteral("Status")).toString(), QStringLiteral("201"));
        const QString newId = created.first().value(QStringLiteral("Value")).toString();
        QCOMPARE(m_http.get(url(QStringLiteral("Customers/") + newId))
                     .first()
                     .value(QStringLiteral("BillingFirstName"))
                     .toString(),
                 QStringLiteral("New"));
        QCOMPARE(
            m_http
                .post(url(QStringLiteral("Customers")),
                      QJsonDocument(QJsonObject{{QStringLiteral("Email"), QStringLiteral("x@example.com")}}))
                .status,
            400);
        QCOMPARE(m_http
                     .post(url(QStringLiteral("Customers")),
                           QJsonDocument(
                               QJsonObject{{QStringLiteral("Email"), QStringLiteral("new.buyer@example.com")},
                                           {QStringLiteral("Password"), QStringLiteral("p")}}))
                     .status,
                 400);
        const SandboxReply put =
            m_http.put(url(QStringLiteral("Customers/") + newId),
                       QJsonDocument(QJsonObject{{QStringLiteral("BillingCity"), QStringLiteral("Boise")}}));
        QCOMPARE(put.status, 200);
        QCOMPARE(put.first().value(QStringLiteral("Message")).toString(),
                 QStringLiteral("updated successfully"));
    }

    void throttleIsATokenBucketPerCredential()
    {
        m_sim->setThrottle(2, 2);
        QCOMPARE(m_http.get(url(QStringLiteral("OrderStatus"))).status, 200);
        QCOMPARE(m_http.get(url(QStringLiteral("OrderStatus"))).status, 200);
        const SandboxReply limited = m_http.get(url(QStringLiteral("OrderStatus")));
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.header("Retry-After").toInt() >= 1);
        QCOMPARE(limited.first().value(QStringLiteral("Key")).toString(), QStringLiteral("Error"));
        // Another credential (other store) has its own bucket; here the key differs and auth fails first.
        SandboxClient other;
        other.headers = {{"SecureURL", "other.3dcartstores.com"}, {"PrivateKey", "k"}, {"Token", "t"}};
        QCOMPARE(other.get(url(QStringLiteral("OrderStatus"))).status, 401);
    }

    void webhooksCrudAndEvents()
    {
        const SandboxReply events = m_http.get(url(QStringLiteral("Webhooks/Events")));
        QCOMPARE(events.status, 200);
        QCOMPARE(events.first(), (QJsonObject{{QStringLiteral("EventType"), 1},
                                              {QStringLiteral("EventName"), QStringLiteral("Order New")}}));
        QCOMPARE(m_http.get(url(QStringLiteral("Webhooks/Events?name=status")))
                     .first()
                     .value(QStringLiteral("EventType"))
                     .toInt(),
                 2);
        QCOMPARE(m_http.get(url(QStringLiteral("Webhooks"))).status, 404);
        const SandboxReply created =
            m_http.post(url(QStringLiteral("Webhooks")),
                        QJsonDocument(QJsonObject{
                            {QStringLiteral("Name"), QStringLiteral("m3cart orders")},
                            {QStringLiteral("Url"), QStringLiteral("http://127.0.0.1:9/hook?key=abc")},
                            {QStringLiteral("EventType"), 1},
                            {QStringLiteral("Format"), QStringLiteral("JSON")},
                            {QStringLiteral("Enabled"), 1}}));
        QCOMPARE(created.status, 201);
        QCOMPARE(
            created.array(),
            (QJsonArray{QJsonObject{{QStringLiteral("Key"), QStringLiteral("Id")},
                                    {QStringLiteral("Value"), QStringLiteral("1")},
                                    {QStringLiteral("Status"), QStringLiteral("201")},
                                    {QStringLiteral("Message"), QStringLiteral("Created successfully")}}}));
        const QJsonObject w = m_http.get(url(QStringLiteral("Webhooks/1"))).first();
        QCOMPARE(w.value(QStringLiteral("Enabled")).toBool(), true);
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}$"))
                    .match(w.value(QStringLiteral("DateCreated")).toString())
                    .hasMatch());
        QCOMPARE(m_http
                     .put(url(QStringLiteral("Webhooks/1")),
                          QJsonDocument(QJsonObject{{QStringLiteral("Enabled"), false}}))
                     .status,
                 200);
        QCOMPARE(m_http.get(url(QStringLiteral("Webhooks?enabled=0"))).array().size(), 1);
        QCOMPARE(m_http
                     .post(url(QStringLiteral("Webhooks")),
                           QJsonDocument(QJsonObject{{QStringLiteral("Name"), QStringLiteral("x")}}))
                     .status,
                 400);
        QCOMPARE(m_http.send("DELETE", url(QStringLiteral("Webhooks/1"))).status, 200);
        QCOMPARE(m_http.get(url(QStringLiteral("Webhooks/1"))).status, 404);
    }

    void webhookDeliveryWithRetryAndDuplicate()
    {
        SimHttpServer receiver;
        QList<QByteArray> bodies;
        int failFirst = 1;
        receiver.setHandler([&](const HttpRequest &req) {
            if (failFirst-- > 0)
                return HttpResponse::raw(500, "text/plain", "down");
            bodies.append(req.body);
            return HttpResponse::raw(200, "text/plain", "ok");
        });
        const quint16 port = receiver.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port > 0);
        for (int type : {1, 2})
            QCOMPARE(m_http
                         .post(url(QStringLiteral("Webhooks")),
                               QJsonDocument(QJsonObject{
                                   {QStringLiteral("Name"), QStringLiteral("hook %1").arg(type)},
                                   {QStringLiteral("Url"),
                                    QStringLiteral("http://127.0.0.1:%1/hook?event=%2").arg(port).arg(type)},
                                   {QStringLiteral("EventType"), type},
                                   {QStringLiteral("Enabled"), true}}))
                         .status,
                     201);
        const SandboxReply placed =
            m_http.post(QUrl(m_sim->adminUrl().toString() + QStringLiteral("orders")),
                        QJsonDocument(QJsonObject{
                            {QStringLiteral("lines"),
                             QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("SKU-1001")},
                                                    {QStringLiteral("qty"), 2}}}}}));
        QCOMPARE(placed.status, 201);
        const int orderId = placed.object().value(QStringLiteral("OrderID")).toInt();
        QTRY_COMPARE_WITH_TIMEOUT(bodies.size(), 1, 10000);
        const QJsonDocument payload = QJsonDocument::fromJson(bodies.first());
        QVERIFY(payload.isArray()); // no envelope: an array with the order
        QCOMPARE(payload.array().first()[QStringLiteral("OrderID")].toInt(), orderId);
        const QJsonArray log =
            m_http.get(QUrl(m_sim->adminUrl().toString() + QStringLiteral("webhooks/deliveries"))).array();
        QCOMPARE(log.first()[QStringLiteral("attempts")].toInt(), 2);
        QCOMPARE(log.first()[QStringLiteral("delivered")].toBool(), true);

        // Under fault injection the status change is delivered twice.
        QCOMPARE(m_http
                     .post(QUrl(m_sim->adminUrl().toString() + QStringLiteral("faults")),
                           QJsonDocument(QJsonObject{
                               {QStringLiteral("spec"), QStringLiteral("cart@webhook:duplicate")}}))
                     .status,
                 200);
        QCOMPARE(m_http
                     .put(url(QStringLiteral("Orders/%1").arg(orderId)),
                          QJsonDocument(QJsonObject{{QStringLiteral("OrderStatusID"), 2}}))
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(bodies.size(), 3, 10000);
        QCOMPARE(bodies.at(1), bodies.at(2));
        QCOMPARE(
            QJsonDocument::fromJson(bodies.at(1)).array().first()[QStringLiteral("OrderStatusID")].toInt(),
            2);
    }

    void placedOrderTouchesVariantStock()
    {
        const QJsonObject p = m_http.get(url(QStringLiteral("Products?sku=SKU-1002"))).first();
        const QJsonObject v = p.value(QStringLiteral("AdvancedOptionList")).toArray().first().toObject();
        const int before = v.value(QStringLiteral("AdvancedOptionStock")).toInt();
        const double parentBefore =
            p.value(QStringLiteral("SKUInfo")).toObject().value(QStringLiteral("Stock")).toDouble();
        const SandboxReply placed =
            m_http.post(QUrl(m_sim->adminUrl().toString() + QStringLiteral("orders")),
                        QJsonDocument(QJsonObject{
                            {QStringLiteral("lines"),
                             QJsonArray{QJsonObject{
                                 {QStringLiteral("sku"), v.value(QStringLiteral("AdvancedOptionSufix"))},
                                 {QStringLiteral("qty"), 3}}}}}));
        QCOMPARE(placed.status, 201);
        const QJsonObject line =
            placed.object().value(QStringLiteral("OrderItemList")).toArray().first().toObject();
        QCOMPARE(line.value(QStringLiteral("ItemID")), v.value(QStringLiteral("AdvancedOptionSufix")));
        QCOMPARE(line.value(QStringLiteral("CatalogID")),
                 p.value(QStringLiteral("SKUInfo")).toObject().value(QStringLiteral("CatalogID")));
        QCOMPARE(line.value(QStringLiteral("ItemOptions")).toString(),
                 QLatin1Char(',') + v.value(QStringLiteral("AdvancedOptionCode")).toString());
        QCOMPARE(line.value(QStringLiteral("ItemUnitStock")).toInt(), before - 3);
        const QJsonObject after = m_http.get(url(QStringLiteral("Products?sku=SKU-1002"))).first();
        QCOMPARE(after.value(QStringLiteral("AdvancedOptionList"))
                     .toArray()
                     .first()[QStringLiteral("AdvancedOptionStock")]
                     .toInt(),
                 before - 3);
        QCOMPARE(after.value(QStringLiteral("SKUInfo")).toObject().value(QStringLiteral("Stock")).toDouble(),
                 parentBefore);
        QCOMPARE(m_http
                     .post(QUrl(m_sim->adminUrl().toString() + QStringLiteral("orders")),
                           QJsonDocument(QJsonObject{
                               {QStringLiteral("lines"),
                                QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("NOPE")}}}}}))
                     .status,
                 400);
    }
};

QTEST_GUILESS_MAIN(TstSandboxCart)
#include "tst_sandbox_cart.moc"
