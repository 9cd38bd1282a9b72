// Invoices, payments and the reconciliation report against both simulators: an invoiced order whose capture
// matches is posted once as an ARS040MI batch; one that does not match is left for review with both figures;
// 'reconcile' names what disagrees and what to do.

#include "flows/order_sync.h"
#include "flows/payment_sync.h"
#include "flows/reconcile_report.h"
#include "order_rig.h"
#include "sandbox/m3_simulator.h"
#include "store/alert_log.h"
#include "store/settings_repository.h"
#include "store/xref_repository.h"

#include <QTest>

using namespace m3cart;

class TstMoney : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::OrderRig> m_rig;

    // An order placed in 3dcart, entered in M3 through the order flow, then delivered and invoiced in M3.
    QString invoicedOrder(int *orderId)
    {
        const QJsonObject o = m_rig->placeOrder({{QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), m_rig->activeSku()}, {QStringLiteral("qty"), 2}}}}});
        *orderId = o.value(QStringLiteral("OrderID")).toInt();
        flows::OrderSyncOptions so;
        so.waitSeconds = 60;
        auto r = flows::OrderSync(m_rig->store(), m_rig->cartConfig(), m_rig->m3Config()).given({o}, so);
        if (!r)
            return {};
        const QString orno = XrefRepository(m_rig->store()).m3Id(QStringLiteral("order"), QString::number(*orderId))->value_or(QString());
        QString err;
        m_rig->sandbox().run([&](sandbox::Sandbox &s) { s.m3()->invoiceOrder(orno, &err); });
        return err.isEmpty() ? orno : QString();
    }
    Result<QJsonObject> payments(bool dry = false)
    {
        flows::PaymentSyncOptions o;
        o.dryRun = dry;
        return flows::PaymentSync(m_rig->store(), m_rig->cartConfig(), m_rig->m3Config()).run(o);
    }

private slots:
    void init()
    {
        m_rig = std::make_unique<test::OrderRig>();
        QVERIFY2(m_rig->ok(), qPrintable(m_rig->error()));
    }
    void cleanup() { m_rig.reset(); }

    void matchedPaymentIsPostedOnce()
    {
        int orderId = 0;
        const QString orno = invoicedOrder(&orderId);
        QVERIFY(!orno.isEmpty());
        auto dry = payments(true);
        M3_VERIFY_OK(dry);
        QCOMPARE(dry->value(QStringLiteral("invoices")).toArray().first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("would_post"));
        QVERIFY(m_rig->m3List("paymentBatches").isEmpty());

        auto r = payments();
        M3_VERIFY_OK(r);
        const QJsonObject inv = r->value(QStringLiteral("invoices")).toArray().first().toObject();
        QCOMPARE(inv.value(QStringLiteral("status")).toString(), QStringLiteral("posted"));
        QCOMPARE(inv.value(QStringLiteral("orno")).toString(), orno);
        QVERIFY(inv.value(QStringLiteral("amount")).toDouble() > 0);
        QCOMPARE(m_rig->m3List("paymentBatches").size(), 1);
        // The invoice is settled in M3 and noted on the 3dcart order.
        QVERIFY(m_rig->cartOrder(orderId).value(QStringLiteral("InternalComments")).toString().contains(QStringLiteral("M3 invoice")));
        // Again: nothing posted twice.
        auto again = payments();
        M3_VERIFY_OK(again);
        QCOMPARE(again->value(QStringLiteral("counts")).toObject().value(QStringLiteral("posted")).toInt(), 0);
        QCOMPARE(again->value(QStringLiteral("counts")).toObject().value(QStringLiteral("settled_before")).toInt(), 1);
        QCOMPARE(m_rig->m3List("paymentBatches").size(), 1);
    }

    void mismatchIsLeftForReviewWithBothFigures()
    {
        // Comparing the gross capture with M3's invoice (which carries no 3dcart sales tax here) cannot match.
        M3_VERIFY_OK(SettingsRepository(m_rig->store()).set(QStringLiteral("flow.payments"), QJsonObject{{QStringLiteral("compare"), QStringLiteral("gross")}}));
        int orderId = 0;
        QVERIFY(!invoicedOrder(&orderId).isEmpty());
        auto r = payments();
        M3_VERIFY_OK(r);
        const QJsonObject inv = r->value(QStringLiteral("invoices")).toArray().first().toObject();
        QCOMPARE(inv.value(QStringLiteral("status")).toString(), QStringLiteral("review"));
        QVERIFY2(inv.value(QStringLiteral("message")).toString().contains(QString::number(inv.value(QStringLiteral("amount")).toDouble(), 'f', 2)),
                 qPrintable(inv.value(QStringLiteral("message")).toString()));
        QVERIFY(m_rig->m3List("paymentBatches").isEmpty());
        QCOMPARE(AlertLog(m_rig->store()).open().value().first().source, QStringLiteral("payments"));
        // The report lists it, with what to do.
        flows::ReconcileOptions ro;
        ro.stock = false;
        auto report = flows::ReconcileReport(m_rig->store(), m_rig->cartConfig(), m_rig->m3Config()).run(QDateTime::currentDateTimeUtc().addDays(-1), ro);
        M3_VERIFY_OK(report);
        QCOMPARE(report->value(QStringLiteral("counts")).toObject().value(QStringLiteral("payment_not_posted")).toInt(), 1);
    }

    void reconcileNamesWhatDisagrees()
    {
        const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-3600);
        // An order nobody sent to M3.
        const QJsonObject missing = m_rig->placeOrder({{QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), m_rig->activeSku(1)}}}}});
        // Stock far from what M3 has to sell.
        QString err;
        m_rig->sandbox().run([&](sandbox::Sandbox &s) { s.m3()->setStock(QStringLiteral("100"), m_rig->activeSku(2), 5000, &err); });
        QVERIFY2(err.isEmpty(), qPrintable(err));
        auto report = flows::ReconcileReport(m_rig->store(), m_rig->cartConfig(), m_rig->m3Config()).run(since, {});
        M3_VERIFY_OK(report);
        bool missingRow = false, stockRow = false;
        for (const QJsonValue &v : report->value(QStringLiteral("rows")).toArray()) {
            const QJsonObject r = v.toObject();
            QVERIFY(!r.value(QStringLiteral("action")).toString().isEmpty());
            if (r.value(QStringLiteral("kind")).toString() == QLatin1String("missing_in_m3") &&
                r.value(QStringLiteral("key")).toString() == QString::number(missing.value(QStringLiteral("OrderID")).toInt()))
                missingRow = true;
            if (r.value(QStringLiteral("kind")).toString() == QLatin1String("stock_difference") && r.value(QStringLiteral("key")).toString() == m_rig->activeSku(2))
                stockRow = true;
        }
        QVERIFY(missingRow);
        QVERIFY(stockRow);
    }
};

QTEST_GUILESS_MAIN(TstMoney)
#include "tst_money.moc"
