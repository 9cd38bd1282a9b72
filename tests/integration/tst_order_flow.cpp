// Order to M3 through the engine against both simulators: a registered and a guest order arrive in M3 with
// head, address and lines; a repeat never makes a second order; an interrupted try resumes; a Not Completed
// order is skipped; an unknown SKU is dead-lettered naming the SKU.

#include "engine/dispatcher.h"
#include "flows/mapping_cache.h"
#include "flows/order_to_m3_flow.h"
#include "flows/status_to_cart_flow.h"
#include "ingest/webhook_listener.h"
#include "order_rig.h"
#include "store/alert_log.h"
#include "store/event_repository.h"
#include "store/flow_progress.h"
#include "store/xref_repository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace m3cart;

class TstOrderFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::OrderRig> m_rig;
    std::unique_ptr<Dispatcher> m_dispatcher;

    QString activeSku() const { return m_rig->activeSku(); }
    QString missingSku() const { return m_rig->missingSku(); }

    // Places an order in the store simulator and hands it to the engine as its webhook would.
    QPair<int, qint64> order(const QJsonObject &spec)
    {
        const QJsonObject o = m_rig->placeOrder(spec);
        const int id = o.value(QStringLiteral("OrderID")).toInt();
        NewEvent e;
        e.source = QStringLiteral("3dcart");
        e.kind = flows::OrderToM3Flow::kind();
        e.key = QStringLiteral("order-%1").arg(id);
        e.payload = QJsonDocument(QJsonArray{o}).toJson(QJsonDocument::Compact);
        const qint64 ev = EventRepository(m_rig->store()).append(e).value();
        m_dispatcher->wake();
        return {id, ev};
    }
    QString status(qint64 id) const { return EventRepository(m_rig->store()).get(id)->status; }
    QJsonObject m3Orders() const { return m_rig->m3Received(); }
    QJsonArray m3List(const char *what) const { return m_rig->m3List(what); }
    QJsonObject m3Order(const QString &orno) const { return m_rig->m3Order(orno); }
    int m3OrdersWithCuor(const QString &cuor) const { return m_rig->m3OrdersWithCuor(cuor); }

private slots:
    void init()
    {
        m_rig = std::make_unique<test::OrderRig>();
        QVERIFY2(m_rig->ok(), qPrintable(m_rig->error()));
        auto flows = std::make_shared<FlowRegistry>();
        auto cartClient = std::make_shared<cart::CartClient>(m_rig->cartConfig());
        auto m3Client = std::make_shared<m3::M3Client>(m_rig->m3Config());
        auto mappings = std::make_shared<flows::MappingCache>(m_rig->store());
        flows->add(flows::OrderToM3Flow::kind(), std::make_shared<flows::OrderToM3Flow>(cartClient, m3Client, mappings));
        flows->add(flows::StatusToCartFlow::kind(), std::make_shared<flows::StatusToCartFlow>(cartClient, m3Client, mappings));
        RetryPolicy policy;
        policy.setPolicy(ErrorClass::Transient, {4, 5, 20, true});
        policy.setPolicy(ErrorClass::RateLimited, {4, 5, 20, true});
        DispatcherOptions opts;
        opts.workers = 4;
        opts.pollIntervalMs = 10;
        m_dispatcher = std::make_unique<Dispatcher>(m_rig->store(), flows, policy, opts);
        m_dispatcher->start();
    }
    void cleanup()
    {
        m_dispatcher.reset();
        m_rig.reset();
    }

    void registeredCustomerOrderArrivesInM3Once()
    {
        const int customerId = m_rig->seed().customers.first().id;
        const auto [orderId, ev] = order({{QStringLiteral("CustomerID"), customerId},
                                          {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), activeSku()}, {QStringLiteral("qty"), 3}}}}});
        QTRY_COMPARE_WITH_TIMEOUT(status(ev), QStringLiteral("done"), 30000);
        auto orno = XrefRepository(m_rig->store()).m3Id(QStringLiteral("order"), QString::number(orderId));
        M3_VERIFY_OK(orno);
        QVERIFY(orno->has_value());
        const QJsonObject m3order = m3Order(orno->value());
        QVERIFY2(!m3order.isEmpty(), qPrintable(QString::fromUtf8(QJsonDocument(m3Orders()).toJson())));
        QCOMPARE(m3order.value(QStringLiteral("lines")).toArray().size(), 1);
        const QJsonObject line = m3order.value(QStringLiteral("lines")).toArray().first().toObject();
        QCOMPARE(line.value(QStringLiteral("ITNO")).toString(), activeSku());
        QCOMPARE(line.value(QStringLiteral("ORQT")).toVariant().toDouble(), 3.0);
        // The customer was created from the template with the deterministic number.
        auto cuno = XrefRepository(m_rig->store()).m3Id(QStringLiteral("customer"), QString::number(customerId));
        QCOMPARE(cuno->value_or(QString()), QStringLiteral("W%1").arg(customerId, 9, 10, QLatin1Char('0')));
        QVERIFY(m3Orders().value(QStringLiteral("customers")).toObject().contains(cuno->value()));
        // 3dcart shows the order as processing.
        QJsonObject cartOrder;
        m_rig->sandbox().run([&](sandbox::Sandbox &s) { cartOrder = s.cart()->order(orderId); });
        QCOMPARE(cartOrder.value(QStringLiteral("OrderStatusID")).toInt(), 2);

        // The same order again (a second webhook, a poll): no second M3 order.
        NewEvent again;
        again.source = QStringLiteral("3dcart");
        again.kind = flows::OrderToM3Flow::kind();
        again.key = QStringLiteral("order-%1").arg(orderId);
        again.payload = QJsonDocument(QJsonArray{cartOrder}).toJson(QJsonDocument::Compact);
        const qint64 ev2 = EventRepository(m_rig->store()).append(again).value();
        m_dispatcher->wake();
        QTRY_COMPARE_WITH_TIMEOUT(status(ev2), QStringLiteral("done"), 30000);
        const QString cuor = cartOrder.value(QStringLiteral("InvoiceNumberPrefix")).toString() +
                             QString::number(cartOrder.value(QStringLiteral("InvoiceNumber")).toInt());
        QCOMPARE(m3OrdersWithCuor(cuor), 1);
        QCOMPARE(m3List("batchOrders").size(), 1);
    }

    void shipmentInM3ComesBackToTheStoreWithTracking()
    {
        // M3 publishes SalesOrder BODs to m3cart's listener, as ION would route them.
        ingest::ListenerOptions lo;
        lo.secret = QStringLiteral("bod-secret");
        ingest::WebhookListener listener(m_rig->store(), lo);
        M3_VERIFY_OK(listener.listen());
        connect(&listener, &ingest::WebhookListener::eventsAccepted, this, [this] { m_dispatcher->wake(); });
        const QUrl bodUrl(QStringLiteral("http://127.0.0.1:%1/ion/bod?token=bod-secret").arg(listener.port()));
        m_rig->sandbox().run([&](sandbox::Sandbox &s) { s.m3()->addBodSubscriber(bodUrl); });

        const auto [orderId, ev] = order({{QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), activeSku()}, {QStringLiteral("qty"), 1}}}}});
        QTRY_COMPARE_WITH_TIMEOUT(status(ev), QStringLiteral("done"), 30000);
        const QString orno = XrefRepository(m_rig->store()).m3Id(QStringLiteral("order"), QString::number(orderId))->value_or(QString());
        QVERIFY(!orno.isEmpty());

        QString err;
        m_rig->sandbox().run([&](sandbox::Sandbox &s) { s.m3()->shipOrder(orno, QStringLiteral("1Z999AA10123456784"), &err); });
        QVERIFY2(err.isEmpty(), qPrintable(err));
        auto cartOrder = [&] {
            QJsonObject o;
            m_rig->sandbox().run([&](sandbox::Sandbox &s) { o = s.cart()->order(orderId); });
            return o;
        };
        QTRY_COMPARE_WITH_TIMEOUT(cartOrder().value(QStringLiteral("OrderStatusID")).toInt(), 4, 30000); // Shipped
        const QJsonObject shipment = cartOrder().value(QStringLiteral("ShipmentList")).toArray().first().toObject();
        QCOMPARE(shipment.value(QStringLiteral("ShipmentTrackingCode")).toString(), QStringLiteral("1Z999AA10123456784"));
        QVERIFY(!shipment.value(QStringLiteral("ShipmentShippedDate")).toString().isEmpty());

        // Every SalesOrder BOD (also those sent before the xref existed) ended well.
        EventFilter bods;
        bods.kind = flows::StatusToCartFlow::kind();
        QTRY_VERIFY_WITH_TIMEOUT(EventRepository(m_rig->store()).count(bods).value() >= 1, 30000);
        EventFilter dead;
        dead.statuses = {QStringLiteral("dead")};
        dead.kind = flows::StatusToCartFlow::kind();
        const QList<Event> deadOnes = EventRepository(m_rig->store()).list(dead).value();
        QVERIFY2(deadOnes.isEmpty(), deadOnes.isEmpty() ? "" : qPrintable(deadOnes.first().kind + QStringLiteral(": ") + deadOnes.first().lastError));
    }

    void guestCheckoutUsesTheGenericCustomer()
    {
        const auto [orderId, ev] = order({{QStringLiteral("CustomerID"), 0},
                                          {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), activeSku()}, {QStringLiteral("qty"), 1}}}}});
        QTRY_COMPARE_WITH_TIMEOUT(status(ev), QStringLiteral("done"), 30000);
        auto steps = FlowProgress(m_rig->store()).steps(ev);
        M3_VERIFY_OK(steps);
        QCOMPARE(steps->value(QStringLiteral("customer")).value(QStringLiteral("CUNO")).toString(), QStringLiteral("WEBGUEST"));
        QVERIFY(XrefRepository(m_rig->store()).m3Id(QStringLiteral("order"), QString::number(orderId))->has_value());
    }

    void variantGuestOrderArrivesWithAddressPricesAndShipping()
    {
        const auto [parent, variantSku] = m_rig->variant();
        QVERIFY(!variantSku.isEmpty());
        const auto [orderId, ev] = order({{QStringLiteral("CustomerID"), 0},
                                          {QStringLiteral("BillingAddress1"), QStringLiteral("  742 Evergreen Terrace ")},
                                          {QStringLiteral("BillingCity"), QStringLiteral("Springfield")},
                                          {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), variantSku}, {QStringLiteral("qty"), 2}},
                                                                               QJsonObject{{QStringLiteral("sku"), activeSku()}, {QStringLiteral("qty"), 1}, {QStringLiteral("price"), 12.5}}}}});
        QTRY_COMPARE_WITH_TIMEOUT(status(ev), QStringLiteral("done"), 30000);
        const QJsonObject cartOrder = m_rig->cartOrder(orderId);
        const QString orno = XrefRepository(m_rig->store()).m3Id(QStringLiteral("order"), QString::number(orderId))->value_or(QString());
        const QJsonObject m3order = m3Order(orno);
        QVERIFY2(!m3order.isEmpty(), qPrintable(orno));
        const QJsonObject head = m3order.value(QStringLiteral("head")).toObject();
        QCOMPARE(head.value(QStringLiteral("CUNO")).toString(), QStringLiteral("WEBGUEST"));
        QCOMPARE(head.value(QStringLiteral("CUOR")).toString(), test::OrderRig::cuorOf(cartOrder));
        // Ship-to: trimmed, as M3 stores it.
        const QJsonObject address = m3order.value(QStringLiteral("addresses")).toArray().first().toObject();
        QCOMPARE(address.value(QStringLiteral("CUA1")).toString(), QStringLiteral("742 Evergreen Terrace"));
        QCOMPARE(address.value(QStringLiteral("TOWN")).toString(), QStringLiteral("Springfield"));
        // Lines: the variant by its own SKU, prices with the option price, and the shipping charge.
        QHash<QString, QJsonObject> byItem;
        for (const QJsonValue &v : m3order.value(QStringLiteral("lines")).toArray())
            byItem.insert(v.toObject().value(QStringLiteral("ITNO")).toString(), v.toObject());
        const QJsonArray items = cartOrder.value(QStringLiteral("OrderItemList")).toArray();
        const QJsonObject variantItem = items.at(0).toObject();
        QVERIFY(byItem.contains(variantSku));
        QCOMPARE(byItem.value(variantSku).value(QStringLiteral("ORQT")).toVariant().toDouble(), 2.0);
        QCOMPARE(byItem.value(variantSku).value(QStringLiteral("SAPR")).toVariant().toDouble(),
                 variantItem.value(QStringLiteral("ItemUnitPrice")).toDouble() + variantItem.value(QStringLiteral("ItemOptionPrice")).toDouble());
        QCOMPARE(byItem.value(activeSku()).value(QStringLiteral("SAPR")).toVariant().toDouble(), 12.5);
        const double shipping = cartOrder.value(QStringLiteral("ShipmentList")).toArray().first().toObject().value(QStringLiteral("ShipmentCost")).toDouble();
        if (shipping > 0)
            QCOMPARE(byItem.value(QStringLiteral("FREIGHT")).value(QStringLiteral("SAPR")).toVariant().toDouble(), shipping);
        else
            QVERIFY(!byItem.contains(QStringLiteral("FREIGHT")));
    }

    void interruptedConfirmResumesWithoutASecondBatchOrder()
    {
        m_rig->sandbox().run([](sandbox::Sandbox &s) {
            QString err;
            s.m3()->faults().setRules(sandbox::FaultInjector::parse(QStringLiteral("m3@*GetTmpOrderStat*:500,count=1"), &err));
        });
        const auto [orderId, ev] = order({{QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), activeSku()}, {QStringLiteral("qty"), 2}}}}});
        QTRY_COMPARE_WITH_TIMEOUT(status(ev), QStringLiteral("done"), 30000);
        QVERIFY(EventRepository(m_rig->store()).attempts(ev)->size() >= 2);
        QCOMPARE(m3List("batchOrders").size(), 1);
        QCOMPARE(m3List("orders").size(), 1);
        Q_UNUSED(orderId);
    }

    void notCompletedOrdersAreSkipped()
    {
        const auto [orderId, ev] = order({{QStringLiteral("status"), 7},
                                          {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), activeSku()}}}}});
        QTRY_COMPARE_WITH_TIMEOUT(status(ev), QStringLiteral("done"), 30000);
        QVERIFY(FlowProgress(m_rig->store()).steps(ev)->contains(QStringLiteral("skipped")));
        // A cancelled order is not entered either (flow.orders skip_statuses: [7, 5] by default).
        const auto [cancelledId, cancelled] = order({{QStringLiteral("status"), 5},
                                                     {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), activeSku()}}}}});
        QTRY_COMPARE_WITH_TIMEOUT(status(cancelled), QStringLiteral("done"), 30000);
        QVERIFY(FlowProgress(m_rig->store()).steps(cancelled)->value(QStringLiteral("skipped")).value(QStringLiteral("reason")).toString().contains(QStringLiteral("Cancel")));
        Q_UNUSED(cancelledId);
        QVERIFY(m3List("batchOrders").isEmpty());
        Q_UNUSED(orderId);
    }

    // An operator can retry a dead letter with an edited payload; an empty array is bad input for the flow
    // (a data error naming OrderID, straight to the dead letters).
    void emptyArrayPayloadIsADataError()
    {
        NewEvent e;
        e.source = QStringLiteral("3dcart");
        e.kind = flows::OrderToM3Flow::kind();
        e.key = QStringLiteral("order-empty");
        e.payload = QByteArrayLiteral("[]");
        const qint64 ev = EventRepository(m_rig->store()).append(e).value();
        m_dispatcher->wake();
        QTRY_COMPARE_WITH_TIMEOUT(status(ev), QStringLiteral("dead"), 30000);
        const auto event = EventRepository(m_rig->store()).get(ev);
        QVERIFY(event);
        QCOMPARE(event->lastErrorClass, QStringLiteral("data"));
        QVERIFY2(event->lastError.contains(QStringLiteral("OrderID")), qPrintable(event->lastError));
        QVERIFY(m3List("batchOrders").isEmpty());
    }

    void unknownSkuIsDeadLetteredBeforeM3SeesAnything()
    {
        const QString sku = missingSku();
        QVERIFY(!sku.isEmpty());
        const auto [orderId, ev] = order({{QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), sku}}}}});
        QTRY_COMPARE_WITH_TIMEOUT(status(ev), QStringLiteral("dead"), 30000);
        const Event e = EventRepository(m_rig->store()).get(ev).value();
        QCOMPARE(e.lastErrorClass, QStringLiteral("data"));
        QVERIFY2(e.lastError.contains(sku), qPrintable(e.lastError));
        QVERIFY(m3List("batchOrders").isEmpty());
        const auto alerts = AlertLog(m_rig->store()).open().value();
        QVERIFY(!alerts.isEmpty());
        QVERIFY2(alerts.first().message.contains(sku), qPrintable(alerts.first().message));
        Q_UNUSED(orderId);
    }
};

QTEST_GUILESS_MAIN(TstOrderFlow)
#include "tst_order_flow.moc"
