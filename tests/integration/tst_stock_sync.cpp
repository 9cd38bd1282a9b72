// M3 stock to 3dcart against both simulators: the sum over the chosen warehouses minus the buffer, floored at
// 0, for products and variants; only changes are sent (a second run sends nothing, a changed balance sends one
// value); bulk chunks with a failed record; SKUs and items without a counterpart are reported; a dry run
// sends nothing.

#include "flows/runtime.h"
#include "flows/stock_sync.h"
#include "order_rig.h"
#include "sandbox/m3_simulator.h"
#include "sandbox/m3_state.h"
#include "store/run_log.h"
#include "store/settings_repository.h"
#include "store/stock_state.h"

#include <QSqlQuery>
#include <QTest>
#include <cmath>

using namespace m3cart;

class TstStockSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::OrderRig> m_rig;

    Result<QJsonObject> sync(bool dryRun = false, bool full = false)
    {
        flows::StockSync s(m_rig->store(), m_rig->cartConfig(), m_rig->m3Config());
        flows::StockSyncOptions o;
        o.dryRun = dryRun;
        o.full = full;
        return s.run(o);
    }
    void setStock(const QString &whlo, const QString &itno, double qty)
    {
        QString err;
        m_rig->sandbox().run([&](sandbox::Sandbox &s) { s.m3()->setStock(whlo, itno, qty, &err); });
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }
    // AV01 summed over the warehouses, as M3 holds it now.
    double av01(const QString &itno, const QStringList &warehouses)
    {
        double sum = 0;
        m_rig->sandbox().run([&](sandbox::Sandbox &s) {
            for (const QString &w : warehouses) {
                const auto it = s.m3()->state().balances.constFind(w + QLatin1Char('|') + itno);
                if (it != s.m3()->state().balances.constEnd())
                    sum += it->av01();
            }
        });
        return sum;
    }
    QJsonObject product(const QString &sku)
    {
        QJsonObject found;
        m_rig->sandbox().run([&](sandbox::Sandbox &s) {
            for (const QJsonValue &v : s.cart()->stateJson().value(QStringLiteral("products")).toArray()) {
                const QJsonObject p = v.toObject();
                if (p.value(QStringLiteral("SKUInfo")).toObject().value(QStringLiteral("SKU")).toString() == sku)
                    found = p;
                for (const QJsonValue &o : p.value(QStringLiteral("AdvancedOptionList")).toArray())
                    if (o.toObject().value(QStringLiteral("AdvancedOptionSufix")).toString() == sku)
                        found = p;
            }
        });
        return found;
    }
    double cartStock(const QString &sku)
    {
        const QJsonObject p = product(sku);
        for (const QJsonValue &o : p.value(QStringLiteral("AdvancedOptionList")).toArray())
            if (o.toObject().value(QStringLiteral("AdvancedOptionSufix")).toString() == sku)
                return o.toObject().value(QStringLiteral("AdvancedOptionStock")).toDouble();
        return p.value(QStringLiteral("SKUInfo")).toObject().value(QStringLiteral("Stock")).toDouble();
    }
    static int count(const QJsonObject &report, const char *what)
    {
        return report.value(QStringLiteral("counts")).toObject().value(QLatin1String(what)).toInt();
    }

private slots:
    void init()
    {
        sandbox::SandboxOptions o = test::OrderRig::withoutThrottle();
        o.products = 250; // enough SKUs for more than one bulk chunk
        m_rig = std::make_unique<test::OrderRig>(o);
        QVERIFY2(m_rig->ok(), qPrintable(m_rig->error()));
        M3_VERIFY_OK(SettingsRepository(m_rig->store()).set(QStringLiteral("flow.stock"),
                                                            QJsonObject{{QStringLiteral("warehouses"), QJsonArray{QStringLiteral("100"), QStringLiteral("200")}},
                                                                        {QStringLiteral("buffer"), 2}}));
    }
    void cleanup() { m_rig.reset(); }

    void fullSyncSumsTheWarehousesMinusTheBufferAndFloors()
    {
        const QString a = m_rig->activeSku(0), b = m_rig->activeSku(1);
        const QString variant = m_rig->variant().second;
        setStock(QStringLiteral("100"), a, 10);
        setStock(QStringLiteral("200"), a, 5);
        setStock(QStringLiteral("300"), a, 1000); // not a chosen warehouse
        setStock(QStringLiteral("100"), b, 1);
        setStock(QStringLiteral("200"), b, 0);
        setStock(QStringLiteral("100"), variant, 7);
        setStock(QStringLiteral("100"), QStringLiteral("FREIGHT"), 5); // an M3 item with stock and no 3dcart product
        const QStringList chosen{QStringLiteral("100"), QStringLiteral("200")};
        auto r = sync();
        M3_VERIFY_OK(r);
        QCOMPARE(r->value(QStringLiteral("mode")).toString(), QStringLiteral("full"));
        QCOMPARE(cartStock(a), std::max(0.0, std::floor(av01(a, chosen) - 2)));
        QCOMPARE(cartStock(b), std::max(0.0, std::floor(av01(b, chosen) - 2)));
        QCOMPARE(cartStock(variant), std::max(0.0, std::floor(av01(variant, chosen) - 2)));
        QVERIFY(count(*r, "pushed") > 100); // more than one chunk of 100
        QCOMPARE(count(*r, "failed"), 0);
        // What 3dcart has no M3 item for, and the other way round, is named.
        QVERIFY(r->value(QStringLiteral("sku_without_item")).toVariant().toStringList().contains(m_rig->missingSku()));
        QVERIFY(count(*r, "sku_without_item") >= 1);
        QVERIFY(r->value(QStringLiteral("item_without_product")).toVariant().toStringList().contains(QStringLiteral("FREIGHT")));
    }

    void secondRunSendsOnlyWhatChanged()
    {
        M3_VERIFY_OK(sync());
        auto again = sync();
        M3_VERIFY_OK(again);
        QCOMPARE(again->value(QStringLiteral("mode")).toString(), QStringLiteral("delta"));
        QCOMPARE(count(*again, "changed"), 0);
        QCOMPARE(count(*again, "pushed"), 0);

        const QString a = m_rig->activeSku(2);
        setStock(QStringLiteral("200"), a, 40);
        auto third = sync();
        M3_VERIFY_OK(third);
        QCOMPARE(count(*third, "changed"), 1);
        QCOMPARE(count(*third, "pushed"), 1);
        QCOMPARE(third->value(QStringLiteral("changes")).toArray().first().toObject().value(QStringLiteral("sku")).toString(), a);
        QCOMPARE(cartStock(a), std::max(0.0, std::floor(av01(a, {QStringLiteral("100"), QStringLiteral("200")}) - 2)));
        // A balance in a warehouse nobody chose changes nothing in 3dcart.
        setStock(QStringLiteral("300"), a, 999);
        auto fourth = sync();
        M3_VERIFY_OK(fourth);
        QCOMPARE(count(*fourth, "pushed"), 0);
    }

    void aFailedRecordDoesNotStopTheOthers()
    {
        M3_VERIFY_OK(sync());
        const QString a = m_rig->activeSku(3), b = m_rig->activeSku(4);
        // The product behind a was deleted in 3dcart since the catalogue was read.
        QSqlQuery q(m_rig->store()->db());
        QVERIFY(q.exec(QStringLiteral("UPDATE stock_state SET catalog_id = 999999 WHERE sku = '%1'").arg(a)));
        setStock(QStringLiteral("100"), a, 30);
        setStock(QStringLiteral("100"), b, 31);
        auto r = sync();
        M3_VERIFY_OK(r);
        QCOMPARE(count(*r, "pushed"), 1);
        QCOMPARE(count(*r, "failed"), 1);
        QCOMPARE(r->value(QStringLiteral("failures")).toArray().first().toObject().value(QStringLiteral("sku")).toString(), a);
        QCOMPARE(r->value(QStringLiteral("status")).toString(), QStringLiteral("partial"));
        QCOMPARE(cartStock(b), std::max(0.0, std::floor(av01(b, {QStringLiteral("100"), QStringLiteral("200")}) - 2)));
        // Not recorded as pushed: the next full run tries again.
        QVERIFY(!StockStateRepository(m_rig->store()).all()->value(a).pushed.has_value() ||
                StockStateRepository(m_rig->store()).all()->value(a).pushed != 28.0);
    }

    void dryRunSendsNothing()
    {
        const QString a = m_rig->activeSku(0);
        setStock(QStringLiteral("100"), a, 50);
        const double before = cartStock(a);
        auto r = sync(true);
        M3_VERIFY_OK(r);
        QVERIFY(r->value(QStringLiteral("dry_run")).toBool());
        QVERIFY(count(*r, "changed") > 0);
        QCOMPARE(count(*r, "pushed"), 0);
        QCOMPARE(cartStock(a), before);
        QVERIFY(StockStateRepository(m_rig->store()).all()->isEmpty());
        QVERIFY(RunLog(m_rig->store()).list(flows::StockSync::runKind()).value().first().dryRun);
    }

    void balanceBodTriggersADeltaSync()
    {
        M3_VERIFY_OK(sync()); // the catalogue and a watermark
        ingest::ListenerOptions lo;
        lo.secret = QStringLiteral("bod-secret");
        flows::RuntimeOptions ro;
        ro.poll = false;
        flows::Runtime runtime(m_rig->store(), m_rig->cartConfig(), m_rig->m3Config(), lo, ro);
        M3_VERIFY_OK(runtime.start());
        const QUrl bodUrl(QStringLiteral("http://127.0.0.1:%1/ion/bod?token=bod-secret").arg(runtime.listenerPort()));
        m_rig->sandbox().run([&](sandbox::Sandbox &s) { s.m3()->addBodSubscriber(bodUrl); });
        const QString a = m_rig->activeSku(5);
        setStock(QStringLiteral("200"), a, 77); // M3 publishes an InventoryBalance BOD
        const double want = std::max(0.0, std::floor(av01(a, {QStringLiteral("100"), QStringLiteral("200")}) - 2));
        QTRY_COMPARE_WITH_TIMEOUT(cartStock(a), want, 30000);
    }

    void atpIsSelectable()
    {
        M3_VERIFY_OK(SettingsRepository(m_rig->store()).set(QStringLiteral("flow.stock"),
                                                            QJsonObject{{QStringLiteral("warehouses"), QJsonArray{QStringLiteral("100")}},
                                                                        {QStringLiteral("field"), QStringLiteral("ATP")}}));
        const QString a = m_rig->activeSku(6);
        setStock(QStringLiteral("100"), a, 12);
        auto r = sync();
        M3_VERIFY_OK(r);
        // The simulator's GetATP answers AV01, floored at 0.
        QCOMPARE(cartStock(a), std::max(0.0, std::floor(av01(a, {QStringLiteral("100")}))));
    }

    void badSettingIsNamed()
    {
        auto bad = flows::StockSettings::fromJson({{QStringLiteral("field"), QStringLiteral("SAIL")}});
        QVERIFY(!bad);
        QCOMPARE(bad.error().field, QStringLiteral("field"));
        auto unknown = flows::StockSettings::fromJson({{QStringLiteral("warehouse"), QStringLiteral("100")}});
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(QStringLiteral("warehouse")));
    }
};

QTEST_GUILESS_MAIN(TstStockSync)
#include "tst_stock_sync.moc"
