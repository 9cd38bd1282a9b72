// On-demand and polled order syncs against both simulators: the dry run lists the exact calls and sends
// nothing; 'since' takes only what is missing, once; a poll and a webhook of the same order are one event;
// Customer New reaches M3; the shop's settings for unknown items, blocked customers and guests; a partial
// delivery shows as Partial, then Shipped with every tracking code.

#include "engine/flow.h"
#include "flows/customer_to_m3_flow.h"
#include "flows/mapping_cache.h"
#include "flows/order_poller.h"
#include "flows/order_sync.h"
#include "flows/order_to_m3_flow.h"
#include "flows/runtime.h"
#include "flows/status_sync.h"
#include "ingest/inbound_payload.h"
#include "order_rig.h"
#include "store/alert_log.h"
#include "store/event_repository.h"
#include "store/flow_progress.h"
#include "store/run_log.h"
#include "store/settings_repository.h"
#include "store/xref_repository.h"

#include <QJsonDocument>
#include <QTest>

using namespace m3cart;

namespace {

QStringList callNames(const QJsonArray &calls, bool writesOnly)
{
    QStringList out;
    for (const QJsonValue &v : calls) {
        const QJsonObject c = v.toObject();
        if (writesOnly && c.value(QStringLiteral("read")).toBool())
            continue;
        out << (c.value(QStringLiteral("system")).toString() == QLatin1String("m3")
                    ? c.value(QStringLiteral("program")).toString() + QLatin1Char('/') + c.value(QStringLiteral("transaction")).toString()
                    : c.value(QStringLiteral("method")).toString() + QLatin1Char(' ') + c.value(QStringLiteral("path")).toString());
    }
    return out;
}

QJsonObject rowFor(const QJsonObject &report, int orderId)
{
    for (const QJsonValue &v : report.value(QStringLiteral("orders")).toArray())
        if (v[QStringLiteral("order_id")].toString() == QString::number(orderId))
            return v.toObject();
    return {};
}

} // namespace

class TstOrderSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::OrderRig> m_rig;

    flows::OrderSync sync() const { return flows::OrderSync(m_rig->store(), m_rig->cartConfig(), m_rig->m3Config()); }
    QJsonObject runGiven(const QJsonObject &order, bool dry)
    {
        flows::OrderSyncOptions o;
        o.dryRun = dry;
        o.waitSeconds = 60;
        auto r = sync().given({order}, o);
        if (!r) {
            qWarning("sync failed: %s", qPrintable(r.error().message));
            return {};
        }
        return r.value();
    }
    QJsonObject line(const QString &sku, int qty) const
    {
        return {{QStringLiteral("sku"), sku}, {QStringLiteral("qty"), qty}};
    }
    Status setting(const QString &name, const QJsonObject &value)
    {
        return SettingsRepository(m_rig->store()).set(name, value);
    }

private slots:
    void init()
    {
        m_rig = std::make_unique<test::OrderRig>();
        QVERIFY2(m_rig->ok(), qPrintable(m_rig->error()));
    }
    void cleanup() { m_rig.reset(); }

    void dryRunListsTheExactCallsAndSendsNothing()
    {
        const int customerId = m_rig->seed().customers.at(1).id;
        const auto [parent, variantSku] = m_rig->variant();
        QVERIFY(!variantSku.isEmpty());
        const QJsonObject order = m_rig->placeOrder({{QStringLiteral("CustomerID"), customerId},
                                                     {QStringLiteral("lines"), QJsonArray{line(m_rig->activeSku(), 2), line(variantSku, 1)}}});
        const int orderId = order.value(QStringLiteral("OrderID")).toInt();
        const QJsonObject report = runGiven(order, true);
        QVERIFY2(report.value(QStringLiteral("dry_run")).toBool(), qPrintable(QJsonDocument(report).toJson()));
        const QJsonArray calls = report.value(QStringLiteral("calls")).toArray();

        // Reads first (each marked), then the writes in the order M3 and 3dcart would get them.
        const QStringList all = callNames(calls, false);
        QCOMPARE(all.first(), QStringLiteral("OIS100MI/SearchHead"));
        QVERIFY(all.contains(QStringLiteral("MMS200MI/Get")));
        QVERIFY(all.contains(QStringLiteral("CRS610MI/GetBasicData")));
        QStringList writes = callNames(calls, true);
        const QString put = QStringLiteral("PUT /Orders/%1").arg(orderId);
        QCOMPARE(writes.first(), QStringLiteral("CRS610MI/Add"));
        QCOMPARE(writes.at(1), QStringLiteral("OIS100MI/AddBatchHead"));
        QCOMPARE(writes.at(2), QStringLiteral("OIS100MI/AddBatchAddress"));
        QCOMPARE(writes.last(), put);
        QCOMPARE(writes.at(writes.size() - 2), QStringLiteral("OIS100MI/Confirm"));
        QVERIFY(writes.count(QStringLiteral("OIS100MI/AddBatchLine")) >= 2);
        for (const QJsonValue &v : calls) {
            const QJsonObject c = v.toObject();
            const bool isRead = c.value(QStringLiteral("read")).toBool();
            const QString tx = c.value(QStringLiteral("transaction")).toString();
            QCOMPARE(isRead, tx.startsWith(QLatin1String("Get")) || tx.startsWith(QLatin1String("Search")) ||
                                 tx.startsWith(QLatin1String("Lst")) || c.value(QStringLiteral("method")).toString() == QLatin1String("GET"));
        }

        // The fields are the ones M3 would get.
        const QString cuno = QStringLiteral("W%1").arg(customerId, 9, 10, QLatin1Char('0'));
        QJsonObject head, firstLine, variantLine, status;
        for (const QJsonValue &v : calls) {
            const QJsonObject c = v.toObject();
            const QJsonObject f = c.value(QStringLiteral("fields")).toObject();
            if (c.value(QStringLiteral("transaction")).toString() == QLatin1String("AddBatchHead"))
                head = f;
            if (c.value(QStringLiteral("transaction")).toString() == QLatin1String("AddBatchLine")) {
                if (f.value(QStringLiteral("ITNO")).toString() == m_rig->activeSku())
                    firstLine = f;
                if (f.value(QStringLiteral("ITNO")).toString() == variantSku)
                    variantLine = f;
            }
            if (c.value(QStringLiteral("method")).toString() == QLatin1String("PUT"))
                status = c.value(QStringLiteral("body")).toObject();
        }
        QCOMPARE(head.value(QStringLiteral("CUOR")).toString(), test::OrderRig::cuorOf(order));
        QCOMPARE(head.value(QStringLiteral("CUNO")).toString(), cuno);
        QCOMPARE(firstLine.value(QStringLiteral("ORQT")).toString().toDouble(), 2.0);
        QCOMPARE(variantLine.value(QStringLiteral("ORQT")).toString().toDouble(), 1.0);
        QCOMPARE(status.value(QStringLiteral("OrderStatusID")).toInt(), 2);

        // Nothing was sent and nothing was written down.
        QVERIFY(m_rig->m3List("batchOrders").isEmpty());
        QVERIFY(!m_rig->m3Received().value(QStringLiteral("customers")).toObject().contains(cuno));
        QCOMPARE(m_rig->cartOrder(orderId).value(QStringLiteral("OrderStatusID")).toInt(), 1);
        QVERIFY(!XrefRepository(m_rig->store()).m3Id(QStringLiteral("customer"), QString::number(customerId))->has_value());
        QCOMPARE(EventRepository(m_rig->store()).count(EventFilter{}).value(), 0);
        const auto runs = RunLog(m_rig->store()).list().value();
        QCOMPARE(runs.size(), 1);
        QVERIFY(runs.first().dryRun);
    }

    void syncSinceTakesWhatIsMissingOnce()
    {
        const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const QJsonObject a = m_rig->placeOrder({{QStringLiteral("lines"), QJsonArray{line(m_rig->activeSku(), 1)}}});
        const QJsonObject b = m_rig->placeOrder({{QStringLiteral("status"), 7}, {QStringLiteral("lines"), QJsonArray{line(m_rig->activeSku(), 1)}}});
        const QJsonObject c = m_rig->placeOrder({{QStringLiteral("lines"), QJsonArray{line(m_rig->activeSku(1), 2)}}});
        const QJsonObject first = runGiven(c, false);
        QCOMPARE(first.value(QStringLiteral("counts")).toObject().value(QStringLiteral("done")).toInt(), 1);

        flows::OrderSyncOptions o;
        o.waitSeconds = 60;
        auto dry = sync().since(since, {true});
        M3_VERIFY_OK(dry);
        QCOMPARE(rowFor(*dry, a.value(QStringLiteral("OrderID")).toInt()).value(QStringLiteral("outcome")).toString(), QStringLiteral("would_send"));
        QVERIFY(m_rig->m3OrdersWithCuor(test::OrderRig::cuorOf(a)) == 0);

        auto report = sync().since(since, o);
        M3_VERIFY_OK(report);
        const QJsonObject ra = rowFor(*report, a.value(QStringLiteral("OrderID")).toInt());
        QCOMPARE(ra.value(QStringLiteral("outcome")).toString(), QStringLiteral("queued"));
        QCOMPARE(ra.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QVERIFY(!ra.value(QStringLiteral("m3_order")).toString().isEmpty());
        QCOMPARE(rowFor(*report, b.value(QStringLiteral("OrderID")).toInt()).value(QStringLiteral("outcome")).toString(), QStringLiteral("not_completed"));
        QCOMPARE(rowFor(*report, c.value(QStringLiteral("OrderID")).toInt()).value(QStringLiteral("outcome")).toString(), QStringLiteral("in_m3"));
        QCOMPARE(m_rig->m3OrdersWithCuor(test::OrderRig::cuorOf(a)), 1);
        QCOMPARE(m_rig->m3OrdersWithCuor(test::OrderRig::cuorOf(c)), 1);

        // Again: nothing left to take.
        auto again = sync().since(since, o);
        M3_VERIFY_OK(again);
        QCOMPARE(again->value(QStringLiteral("counts")).toObject().value(QStringLiteral("queued")).toInt(), 0);
        QCOMPARE(m_rig->m3OrdersWithCuor(test::OrderRig::cuorOf(a)), 1);
    }

    void pollAndWebhookOfOneOrderAreOneEvent()
    {
        const QJsonObject o = m_rig->placeOrder({{QStringLiteral("lines"), QJsonArray{line(m_rig->activeSku(), 1)}}});
        auto cart = std::make_shared<cart::CartClient>(m_rig->cartConfig());
        flows::OrderPoller poller(m_rig->store(), cart);
        auto polled = poller.pollOnce(1);
        M3_VERIFY_OK(polled);
        QCOMPARE(polled->queuedIds().size(), polled->count(QStringLiteral("queued")));
        qint64 polledId = 0;
        for (const flows::PolledOrder &p : polled->orders)
            if (p.orderId == QString::number(o.value(QStringLiteral("OrderID")).toInt()))
                polledId = p.eventId;
        QVERIFY(polledId > 0);
        QCOMPARE(EventRepository(m_rig->store()).get(polledId)->source, QStringLiteral("poll"));

        auto made = ingest::cartWebhookToEvents(*ingest::findCartWebhookEvent(QStringLiteral("order-new")),
                                                QJsonDocument(QJsonArray{o}).toJson());
        M3_VERIFY_OK(made);
        auto appended = EventRepository(m_rig->store()).appendOnce(made->first());
        M3_VERIFY_OK(appended);
        QVERIFY(appended->duplicate);
        QCOMPARE(appended->id, polledId);

        // The next poll starts at the watermark and leaves the waiting event alone.
        auto next = poller.pollOnce(1);
        M3_VERIFY_OK(next);
        QCOMPARE(next->count(QStringLiteral("queued")), 0);
        auto last = RunLog(m_rig->store()).last(flows::OrderPoller::runKind(), {QStringLiteral("ok")});
        M3_VERIFY_OK(last);
        QVERIFY(last->has_value());
        QVERIFY(!(*last)->counts.value(QStringLiteral("watermark")).toString().isEmpty());
    }

    void customerNewReachesM3Once()
    {
        const int customerId = m_rig->seed().customers.at(2).id;
        QJsonObject customer;
        m_rig->sandbox().run([&](sandbox::Sandbox &s) { customer = s.cart()->customer(customerId); });
        QVERIFY(!customer.isEmpty());
        flows::CustomerToM3Flow flow(std::make_shared<cart::CartClient>(m_rig->cartConfig()),
                                     std::make_shared<m3::M3Client>(m_rig->m3Config()),
                                     std::make_shared<flows::MappingCache>(m_rig->store()));
        Event e;
        e.id = 1;
        e.kind = flows::CustomerToM3Flow::kind();
        e.payload = QJsonDocument(QJsonArray{customer}).toJson();
        FlowContext ctx(m_rig->store(), e, {}, nullptr);
        ctx.setDryRun(true); // no event row behind this context: steps stay in memory
        M3_VERIFY_OK(flow.run(ctx));
        const QString cuno = QStringLiteral("W%1").arg(customerId, 9, 10, QLatin1Char('0'));
        QCOMPARE(ctx.stepResult(QStringLiteral("customer")).value(QStringLiteral("CUNO")).toString(), cuno);
        QCOMPARE(ctx.stepResult(QStringLiteral("customer")).value(QStringLiteral("how")).toString(), QStringLiteral("added"));
        QVERIFY(ctx.requestSummary().contains(QStringLiteral("CRS610MI/Add")));
        QVERIFY(!m_rig->m3Received().value(QStringLiteral("customers")).toObject().contains(cuno)); // dry

        // For real, through the runtime, then once more: the second finds it.
        flows::RuntimeOptions ro;
        ro.listen = false;
        ro.poll = false;
        flows::Runtime runtime(m_rig->store(), m_rig->cartConfig(), m_rig->m3Config(), {}, ro);
        M3_VERIFY_OK(runtime.start());
        NewEvent ne;
        ne.source = QStringLiteral("3dcart");
        ne.kind = flows::CustomerToM3Flow::kind();
        ne.key = QStringLiteral("customer-%1").arg(customerId);
        ne.payload = e.payload;
        const qint64 first = EventRepository(m_rig->store()).append(ne).value();
        const qint64 second = EventRepository(m_rig->store()).append(ne).value();
        runtime.dispatcher().wake();
        QTRY_COMPARE_WITH_TIMEOUT(EventRepository(m_rig->store()).get(second)->status, QStringLiteral("done"), 30000);
        QCOMPARE(EventRepository(m_rig->store()).get(first)->status, QStringLiteral("done"));
        QVERIFY(m_rig->m3Received().value(QStringLiteral("customers")).toObject().contains(cuno));
        QCOMPARE(FlowProgress(m_rig->store()).steps(first)->value(QStringLiteral("customer")).value(QStringLiteral("how")).toString(), QStringLiteral("added"));
        QCOMPARE(FlowProgress(m_rig->store()).steps(second)->value(QStringLiteral("customer")).value(QStringLiteral("how")).toString(), QStringLiteral("xref"));
    }

    void unknownItemStopsWithAnAlertOrBecomesThePlaceholder()
    {
        // A SKU mapped to an item number M3 does not have.
        const QString sku = m_rig->activeSku(2);
        M3_VERIFY_OK(mapping::LookupRepository(m_rig->store()).setMany(QStringLiteral("sku_itno"), {{sku, QStringLiteral("NOSUCHITEM")}}));
        const QJsonObject a = m_rig->placeOrder({{QStringLiteral("lines"), QJsonArray{line(sku, 1)}}});
        const QJsonObject r = runGiven(a, false);
        const QJsonObject row = rowFor(r, a.value(QStringLiteral("OrderID")).toInt());
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("dead"));
        QVERIFY2(row.value(QStringLiteral("error")).toString().contains(sku), qPrintable(row.value(QStringLiteral("error")).toString()));
        QVERIFY(m_rig->m3List("batchOrders").isEmpty());
        const auto alerts = AlertLog(m_rig->store()).open().value();
        QVERIFY(!alerts.isEmpty());
        QVERIFY(alerts.first().message.contains(sku));
        QCOMPARE(alerts.first().severity, QStringLiteral("error"));

        M3_VERIFY_OK(setting(QStringLiteral("flow.orders"), {{QStringLiteral("placeholder_item"), QStringLiteral("FREIGHT")}}));
        const QJsonObject b = m_rig->placeOrder({{QStringLiteral("lines"), QJsonArray{line(sku, 1)}}});
        const QJsonObject r2 = runGiven(b, false);
        const QJsonObject row2 = rowFor(r2, b.value(QStringLiteral("OrderID")).toInt());
        QCOMPARE(row2.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        const QJsonArray lines = m_rig->m3Order(row2.value(QStringLiteral("m3_order")).toString()).value(QStringLiteral("lines")).toArray();
        QVERIFY(!lines.isEmpty());
        QCOMPARE(lines.first().toObject().value(QStringLiteral("ITNO")).toString(), QStringLiteral("FREIGHT"));
        QCOMPARE(AlertLog(m_rig->store()).open().value().first().severity, QStringLiteral("warning"));
    }

    void badSettingIsRefusedByName()
    {
        auto bad = flows::OrderFlowOptions::fromJson({{QStringLiteral("guest_customer"), QStringLiteral("sometimes")}});
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("guest_customer")));
        auto unknown = flows::OrderFlowOptions::fromJson({{QStringLiteral("placeholder"), QStringLiteral("X")}});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().field, QStringLiteral("placeholder"));
        auto good = flows::OrderFlowOptions::fromJson({{QStringLiteral("guest_customer"), QStringLiteral("own")}, {QStringLiteral("status_after_m3"), 0}});
        M3_VERIFY_OK(good);
        QCOMPARE(flows::OrderFlowOptions::fromJson(good->toJson())->toJson(), good->toJson());
    }

    void blockedCustomerStopsForReviewOrTakesTheGenericOne()
    {
        const int customerId = m_rig->seed().customers.at(3).id;
        const QString cuno = QStringLiteral("W%1").arg(customerId, 9, 10, QLatin1Char('0'));
        m3::M3Client m3(m_rig->m3Config());
        M3_VERIFY_OK(m3.execute(QStringLiteral("CRS610MI"), QStringLiteral("Add"),
                                {{QStringLiteral("CUNO"), cuno}, {QStringLiteral("CUTM"), QStringLiteral("WEBTMPL")}, {QStringLiteral("CUNM"), QStringLiteral("Blocked Test")},
                                 {QStringLiteral("CUA1"), QStringLiteral("1 Main St")}, {QStringLiteral("TOWN"), QStringLiteral("Tampa")},
                                 {QStringLiteral("PONO"), QStringLiteral("33602")}, {QStringLiteral("CSCD"), QStringLiteral("US")}}));
        M3_VERIFY_OK(m3.execute(QStringLiteral("CRS610MI"), QStringLiteral("ChgBasicData"), {{QStringLiteral("CUNO"), cuno}, {QStringLiteral("STAT"), QStringLiteral("90")}}));

        const QJsonObject a = m_rig->placeOrder({{QStringLiteral("CustomerID"), customerId}, {QStringLiteral("lines"), QJsonArray{line(m_rig->activeSku(), 1)}}});
        const QJsonObject row = rowFor(runGiven(a, false), a.value(QStringLiteral("OrderID")).toInt());
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("dead"));
        QVERIFY2(row.value(QStringLiteral("error")).toString().contains(cuno), qPrintable(row.value(QStringLiteral("error")).toString()));
        QVERIFY(m_rig->m3List("batchOrders").isEmpty());

        M3_VERIFY_OK(setting(QStringLiteral("flow.orders"), {{QStringLiteral("blocked_customer"), QStringLiteral("generic")}}));
        const QJsonObject b = m_rig->placeOrder({{QStringLiteral("CustomerID"), customerId}, {QStringLiteral("lines"), QJsonArray{line(m_rig->activeSku(), 1)}}});
        const QJsonObject row2 = rowFor(runGiven(b, false), b.value(QStringLiteral("OrderID")).toInt());
        QCOMPARE(row2.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        const QJsonObject order = m_rig->m3Order(row2.value(QStringLiteral("m3_order")).toString());
        QCOMPARE(order.value(QStringLiteral("head")).toObject().value(QStringLiteral("CUNO")).toString(), QStringLiteral("WEBGUEST"));
        QCOMPARE(AlertLog(m_rig->store()).open().value().first().severity, QStringLiteral("warning"));
    }

    void guestGetsACustomerOfTheirOwnBySetting()
    {
        M3_VERIFY_OK(setting(QStringLiteral("flow.orders"), {{QStringLiteral("guest_customer"), QStringLiteral("own")}}));
        const QJsonObject a = m_rig->placeOrder({{QStringLiteral("CustomerID"), 0},
                                                {QStringLiteral("BillingEmail"), QStringLiteral("once.more@example.com")},
                                                {QStringLiteral("lines"), QJsonArray{line(m_rig->activeSku(), 1)}}});
        const int orderId = a.value(QStringLiteral("OrderID")).toInt();
        const QJsonObject row = rowFor(runGiven(a, false), orderId);
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        const QString cuno = QStringLiteral("G%1").arg(orderId, 9, 10, QLatin1Char('0'));
        QCOMPARE(m_rig->m3Order(row.value(QStringLiteral("m3_order")).toString()).value(QStringLiteral("head")).toObject().value(QStringLiteral("CUNO")).toString(), cuno);

        // The same shopper again as a guest: the same customer, found by e-mail.
        const QJsonObject b = m_rig->placeOrder({{QStringLiteral("CustomerID"), 0},
                                                {QStringLiteral("BillingEmail"), QStringLiteral("Once.More@example.com")},
                                                {QStringLiteral("lines"), QJsonArray{line(m_rig->activeSku(), 1)}}});
        const QJsonObject row2 = rowFor(runGiven(b, false), b.value(QStringLiteral("OrderID")).toInt());
        QCOMPARE(m_rig->m3Order(row2.value(QStringLiteral("m3_order")).toString()).value(QStringLiteral("head")).toObject().value(QStringLiteral("CUNO")).toString(), cuno);
    }

private:
    // An order entered in M3 and then shipped there with nobody listening for BODs: its 3dcart id.
    int shippedWithoutBod(const QString &tracking)
    {
        const QJsonObject a = m_rig->placeOrder({{QStringLiteral("lines"), QJsonArray{line(m_rig->activeSku(), 1)}}});
        const int orderId = a.value(QStringLiteral("OrderID")).toInt();
        runGiven(a, false);
        const QString orno = XrefRepository(m_rig->store()).m3Id(QStringLiteral("order"), QString::number(orderId))->value_or(QString());
        QString err;
        m_rig->sandbox().run([&](sandbox::Sandbox &s) { s.m3()->shipOrder(orno, tracking, &err); });
        return err.isEmpty() && m_rig->cartOrder(orderId).value(QStringLiteral("OrderStatusID")).toInt() == 2 ? orderId : 0;
    }

private slots:
    void scheduledStatusSyncCatchesUp()
    {
        const int orderId = shippedWithoutBod(QStringLiteral("TRACKSCHED"));
        QVERIFY(orderId > 0);
        M3_VERIFY_OK(setting(QStringLiteral("schedule.status"), {{QStringLiteral("interval_seconds"), 1}}));
        flows::RuntimeOptions ro;
        ro.listen = false;
        ro.poll = false;
        flows::Runtime runtime(m_rig->store(), m_rig->cartConfig(), m_rig->m3Config(), {}, ro);
        M3_VERIFY_OK(runtime.start());
        QTRY_COMPARE_WITH_TIMEOUT(m_rig->cartOrder(orderId).value(QStringLiteral("OrderStatusID")).toInt(), 4, 30000);
    }

    void statusSyncCatchesUpWhenNoBodCame()
    {
        const int orderId = shippedWithoutBod(QStringLiteral("TRACKPOLL"));
        QVERIFY(orderId > 0);
        auto r = flows::syncStatus(m_rig->store(), m_rig->cartConfig(), m_rig->m3Config(), {});
        M3_VERIFY_OK(r);
        QCOMPARE(r->value(QStringLiteral("counts")).toObject().value(QStringLiteral("failed")).toInt(), 0);
        QCOMPARE(m_rig->cartOrder(orderId).value(QStringLiteral("OrderStatusID")).toInt(), 4);
        QCOMPARE(m_rig->cartOrder(orderId).value(QStringLiteral("ShipmentList")).toArray().first().toObject().value(QStringLiteral("ShipmentTrackingCode")).toString(),
                 QStringLiteral("TRACKPOLL"));
    }

    void partialDeliveryIsPartialThenShippedWithEveryTrackingCode()
    {
        ingest::ListenerOptions lo;
        lo.secret = QStringLiteral("bod-secret");
        flows::RuntimeOptions ro;
        ro.poll = false;
        flows::Runtime runtime(m_rig->store(), m_rig->cartConfig(), m_rig->m3Config(), lo, ro);
        M3_VERIFY_OK(runtime.start());
        const QUrl bodUrl(QStringLiteral("http://127.0.0.1:%1/ion/bod?token=bod-secret").arg(runtime.listenerPort()));
        m_rig->sandbox().run([&](sandbox::Sandbox &s) { s.m3()->addBodSubscriber(bodUrl); });

        const QJsonObject a = m_rig->placeOrder({{QStringLiteral("lines"), QJsonArray{line(m_rig->activeSku(), 1), line(m_rig->activeSku(1), 1)}}});
        const int orderId = a.value(QStringLiteral("OrderID")).toInt();
        auto made = ingest::cartWebhookToEvents(*ingest::findCartWebhookEvent(QStringLiteral("order-new")), QJsonDocument(QJsonArray{a}).toJson());
        M3_VERIFY_OK(made);
        const qint64 ev = EventRepository(m_rig->store()).append(made->first()).value();
        runtime.dispatcher().wake();
        QTRY_COMPARE_WITH_TIMEOUT(EventRepository(m_rig->store()).get(ev)->status, QStringLiteral("done"), 30000);
        const QString orno = XrefRepository(m_rig->store()).m3Id(QStringLiteral("order"), QString::number(orderId))->value_or(QString());
        const QJsonArray lines = m_rig->m3Order(orno).value(QStringLiteral("lines")).toArray();
        QVERIFY(lines.size() >= 2);
        const int firstPosition = lines.first().toObject().value(QStringLiteral("PONR")).toVariant().toInt();

        QString err;
        m_rig->sandbox().run([&](sandbox::Sandbox &s) { s.m3()->shipOrder(orno, QStringLiteral("TRACKONE"), &err, {firstPosition}); });
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QTRY_COMPARE_WITH_TIMEOUT(m_rig->cartOrder(orderId).value(QStringLiteral("OrderStatusID")).toInt(), 3, 30000); // Partial
        QJsonObject shipment = m_rig->cartOrder(orderId).value(QStringLiteral("ShipmentList")).toArray().first().toObject();
        QCOMPARE(shipment.value(QStringLiteral("ShipmentTrackingCode")).toString(), QStringLiteral("TRACKONE"));

        m_rig->sandbox().run([&](sandbox::Sandbox &s) { s.m3()->shipOrder(orno, QStringLiteral("TRACKTWO"), &err); });
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QTRY_COMPARE_WITH_TIMEOUT(m_rig->cartOrder(orderId).value(QStringLiteral("OrderStatusID")).toInt(), 4, 30000); // Shipped
        shipment = m_rig->cartOrder(orderId).value(QStringLiteral("ShipmentList")).toArray().first().toObject();
        QCOMPARE(shipment.value(QStringLiteral("ShipmentTrackingCode")).toString(), QStringLiteral("TRACKONE, TRACKTWO"));
        QCOMPARE(shipment.value(QStringLiteral("ShipmentOrderStatus")).toInt(), 4);

        // Invoiced (77): still Shipped, and every SalesOrder BOD on the way ended well.
        EventFilter bods;
        bods.kind = QStringLiteral("m3.bod.SyncSalesOrder");
        bods.statuses = {QStringLiteral("done")};
        const qint64 before = EventRepository(m_rig->store()).count(bods).value();
        m_rig->sandbox().run([&](sandbox::Sandbox &s) { s.m3()->invoiceOrder(orno, &err); });
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QTRY_VERIFY_WITH_TIMEOUT(EventRepository(m_rig->store()).count(bods).value() > before, 30000);
        QCOMPARE(m_rig->cartOrder(orderId).value(QStringLiteral("OrderStatusID")).toInt(), 4);
        // The invoice was recorded and its payment posted in M3 on the way.
        QTRY_COMPARE_WITH_TIMEOUT(m_rig->m3List("paymentBatches").size(), 1, 30000);
        EventFilter dead;
        dead.statuses = {QStringLiteral("dead")};
        QCOMPARE(EventRepository(m_rig->store()).count(dead).value(), 0);
    }
};

QTEST_GUILESS_MAIN(TstOrderSync)
#include "tst_order_sync.moc"
