// M3 items and prices to 3dcart products against both simulators: a changed item updates its product (and
// nothing else is sent again), an inactive item is hidden, a sellable item 3dcart lacks is created, a dry run
// sends nothing.

#include "flows/item_sync.h"
#include "order_rig.h"
#include "sandbox/cart_simulator.h"
#include "sandbox/m3_simulator.h"
#include "store/run_log.h"
#include "store/xref_repository.h"

#include <QTest>

using namespace m3cart;

class TstItemSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::OrderRig> m_rig;

    Result<QJsonObject> sync(bool dryRun = false)
    {
        flows::ItemSync s(m_rig->store(), m_rig->cartConfig(), m_rig->m3Config());
        flows::ItemSyncOptions o;
        o.dryRun = dryRun;
        return s.run(o);
    }
    void changeItem(const QString &itno, const QJsonObject &fields)
    {
        QString err;
        m_rig->sandbox().run([&](sandbox::Sandbox &s) { s.m3()->changeItem(itno, fields, &err); });
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }
    QJsonObject product(const QString &sku)
    {
        QJsonObject found;
        m_rig->sandbox().run([&](sandbox::Sandbox &s) {
            for (const QJsonValue &v : s.cart()->stateJson().value(QStringLiteral("products")).toArray())
                if (v.toObject().value(QStringLiteral("SKUInfo")).toObject().value(QStringLiteral("SKU")).toString() == sku)
                    found = v.toObject();
        });
        return found;
    }
    static int count(const QJsonObject &report, const char *what)
    {
        return report.value(QStringLiteral("counts")).toObject().value(QLatin1String(what)).toInt();
    }

private slots:
    void init()
    {
        m_rig = std::make_unique<test::OrderRig>();
        QVERIFY2(m_rig->ok(), qPrintable(m_rig->error()));
    }
    void cleanup() { m_rig.reset(); }

    void changedItemUpdatesItsProductOnce()
    {
        M3_VERIFY_OK(sync()); // bring the catalogue in line with M3 first
        const QString sku = m_rig->activeSku(0);
        changeItem(sku, {{QStringLiteral("ITDS"), QStringLiteral("Harbor Rain Jacket")}, {QStringLiteral("SAPR"), 42.5}});
        auto r = sync();
        M3_VERIFY_OK(r);
        QVERIFY(count(*r, "updated") >= 1);
        const QJsonObject si = product(sku).value(QStringLiteral("SKUInfo")).toObject();
        QCOMPARE(si.value(QStringLiteral("Name")).toString(), QStringLiteral("Harbor Rain Jacket"));
        QCOMPARE(si.value(QStringLiteral("Price")).toDouble(), 42.5);
        // Nothing changed since: nothing is sent.
        auto again = sync();
        M3_VERIFY_OK(again);
        QCOMPARE(count(*again, "updated"), 0);
        QCOMPARE(count(*again, "to_update"), 0);
    }

    void inactiveItemIsHidden()
    {
        const QString sku = m_rig->activeSku(1);
        changeItem(sku, {{QStringLiteral("STAT"), QStringLiteral("90")}});
        auto r = sync();
        M3_VERIFY_OK(r);
        QCOMPARE(product(sku).value(QStringLiteral("Hide")).toBool(), true);
    }

    void sellableItemWithoutProductIsCreated()
    {
        const QString sku = m_rig->activeSku(2);
        const qint64 id = product(sku).value(QStringLiteral("SKUInfo")).toObject().value(QStringLiteral("CatalogID")).toVariant().toLongLong();
        const cart::CartClient cart(m_rig->cartConfig());
        M3_VERIFY_OK(cart.remove(QStringLiteral("Products/%1").arg(id)));
        QVERIFY(product(sku).isEmpty());
        auto r = sync();
        M3_VERIFY_OK(r);
        QVERIFY(count(*r, "created") >= 1);
        const QJsonObject made = product(sku);
        QVERIFY(!made.isEmpty());
        const QString newId = QString::number(made.value(QStringLiteral("SKUInfo")).toObject().value(QStringLiteral("CatalogID")).toVariant().toLongLong());
        QCOMPARE(XrefRepository(m_rig->store()).m3Id(QStringLiteral("product"), newId)->value_or(QString()), sku);
    }

    void dryRunSendsNothing()
    {
        const QString sku = m_rig->activeSku(3);
        const QString before = product(sku).value(QStringLiteral("SKUInfo")).toObject().value(QStringLiteral("Name")).toString();
        changeItem(sku, {{QStringLiteral("ITDS"), QStringLiteral("Dry Name")}});
        auto r = sync(true);
        M3_VERIFY_OK(r);
        bool listed = false;
        for (const QJsonValue &v : r->value(QStringLiteral("changes")).toArray())
            listed = listed || v[QStringLiteral("sku")].toString() == sku;
        QVERIFY(listed);
        QCOMPARE(count(*r, "updated"), 0);
        QCOMPARE(product(sku).value(QStringLiteral("SKUInfo")).toObject().value(QStringLiteral("Name")).toString(), before);
        QVERIFY(RunLog(m_rig->store()).list(flows::ItemSync::runKind()).value().first().dryRun);
    }
};

QTEST_GUILESS_MAIN(TstItemSync)
#include "tst_item_sync.moc"
