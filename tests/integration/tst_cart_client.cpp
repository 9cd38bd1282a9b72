// The 3dcart client against the store simulator over real HTTP: paging edge cases, counts, by-id arrays,
// bulk chunking with per-record failures, every error class (faults injected), 429 + Retry-After and pacing.

#include "cart/cart_client.h"
#include "config/connections.h"
#include "sandbox_thread.h"

#include <QJsonArray>
#include <QTest>

using namespace m3cart;
using namespace m3cart::cart;

class TstCartClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxThread> m_sb;

    CartConfig config(double rate = 50) const
    {
        CartConfig cfg = config::fromSandboxReady(m_sb->ready()).value().cart;
        cfg.pacing.ratePerSecond = rate;
        cfg.pacing.burst = 4;
        cfg.timeoutMs = 5000;
        return cfg;
    }
    void faults(const QString &spec)
    {
        m_sb->run([spec](sandbox::Sandbox &s) {
            QString err;
            s.cart()->faults().setRules(sandbox::FaultInjector::parse(spec, &err));
            if (!err.isEmpty())
                qFatal("bad fault spec: %s", qPrintable(err));
        });
    }

private slots:
    void init()
    {
        sandbox::SandboxOptions o;
        o.cartThrottlePerSecond = 0; // most tests are about shapes, not throttling
        m_sb = std::make_unique<test::SandboxThread>(o);
        QVERIFY2(m_sb->ok(), qPrintable(m_sb->error()));
    }
    void cleanup() { m_sb.reset(); }

    void pagesUntilAShortPageOrTheOffsetError_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("one page") << 0;
        QTest::newRow("short last page") << 7;
        QTest::newRow("exact pages, then offset error or 404") << 5;
        QTest::newRow("one by one") << 1;
    }
    void pagesUntilAShortPageOrTheOffsetError()
    {
        QFETCH(int, pageSize);
        CartConfig cfg = config();
        cfg.pageSize = pageSize;
        const CartClient client(cfg);
        auto total = client.count(QStringLiteral("Orders"));
        M3_VERIFY_OK(total);
        QVERIFY(total.value() > 10);
        auto all = client.list(QStringLiteral("Orders"));
        M3_VERIFY_OK(all);
        QCOMPARE(qint64(all->size()), total.value());
        QSet<int> ids;
        for (const QJsonValue &v : all.value())
            ids.insert(v.toObject().value(QStringLiteral("OrderID")).toInt());
        QCOMPARE(qint64(ids.size()), total.value()); // no record twice (1-based offsets)
    }

    void emptyListingsAndMissingRecords()
    {
        const CartClient client(config());
        QUrlQuery none;
        none.addQueryItem(QStringLiteral("invoicenumber"), QStringLiteral("99999999"));
        auto empty = client.list(QStringLiteral("Orders"), none);
        M3_VERIFY_OK(empty);
        QVERIFY(empty->isEmpty());
        QCOMPARE(client.count(QStringLiteral("Orders"), none).value(), 0);

        auto missing = client.getOne(QStringLiteral("Orders/987654"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().errorClass, ErrorClass::NotFound);

        const int first = client.list(QStringLiteral("Orders"), {}, 1).value().first().toObject().value(QStringLiteral("OrderID")).toInt();
        auto one = client.get(QStringLiteral("Orders/%1").arg(first));
        M3_VERIFY_OK(one);
        QCOMPARE(one->size(), 1); // by id: an array of one
        QCOMPARE(one->first().toObject().value(QStringLiteral("OrderID")).toInt(), first);
    }

    void bulkPutsAreChunkedWithPerRecordResults()
    {
        const CartClient client(config());
        auto products = client.list(QStringLiteral("Products/skuinfo"));
        M3_VERIFY_OK(products);
        QVERIFY(!products->isEmpty());
        QJsonArray updates;
        int bad = 0;
        for (int i = 0; i < 230; ++i) {
            const QJsonObject si = products->at(i % products->size()).toObject();
            int id = si.value(QStringLiteral("CatalogID")).toInt();
            if (i % 50 == 49) { // a product that does not exist
                id = 900000 + i;
                ++bad;
            }
            updates << QJsonObject{{QStringLiteral("SKUInfo"), QJsonObject{{QStringLiteral("CatalogID"), id}, {QStringLiteral("Stock"), i}}}};
        }
        auto r = client.putBulk(QStringLiteral("Products"), updates);
        M3_VERIFY_OK(r);
        QCOMPARE(r->chunks, 3); // 100 + 100 + 30
        QCOMPARE(r->results.size(), 230);
        QCOMPARE(r->failed(), bad);
        QCOMPARE(r->results[49].status, 404);
        QVERIFY(r->results[48].ok());
        // The last write of a product wins and is absolute.
        const QJsonObject last = updates.at(228).toObject().value(QStringLiteral("SKUInfo")).toObject();
        auto now = client.getOne(QStringLiteral("Products/%1").arg(last.value(QStringLiteral("CatalogID")).toInt()));
        M3_VERIFY_OK(now);
        QVERIFY(now->value(QStringLiteral("SKUInfo")).toObject().contains(QStringLiteral("Stock")));
    }

    void everyFailureIsClassified_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("cls");
        QTest::newRow("500") << QStringLiteral("cart@*/Orders*:500") << int(ErrorClass::Transient);
        QTest::newRow("503") << QStringLiteral("cart@*/Orders*:503") << int(ErrorClass::Transient);
        QTest::newRow("dropped") << QStringLiteral("cart@*/Orders*:drop") << int(ErrorClass::Transient);
        QTest::newRow("malformed") << QStringLiteral("cart@*/Orders*:malformed") << int(ErrorClass::Transient);
        QTest::newRow("429") << QStringLiteral("cart@*/Orders*:429,retry-after=2") << int(ErrorClass::RateLimited);
        QTest::newRow("400") << QStringLiteral("cart@*/Orders*:status=400") << int(ErrorClass::Data);
        QTest::newRow("403") << QStringLiteral("cart@*/Orders*:status=403") << int(ErrorClass::Auth);
    }
    void everyFailureIsClassified()
    {
        QFETCH(QString, spec);
        QFETCH(int, cls);
        faults(spec);
        const CartClient client(config());
        auto r = client.get(QStringLiteral("Orders"));
        QVERIFY(!r);
        QCOMPARE(int(r.error().errorClass), cls);
        QVERIFY(!r.error().message.isEmpty());
        if (cls == int(ErrorClass::RateLimited)) {
            QCOMPARE(r.error().retryAfterMs, 2000);
            QVERIFY(client.pacer().blockedForMs() > 1000); // nothing goes out until Retry-After has passed
            QVERIFY(client.pacer().currentRate() < config().pacing.ratePerSecond);
        }
    }

    void wrongCredentialsAreAuthErrors()
    {
        CartConfig cfg = config();
        cfg.token = QStringLiteral("not-the-token");
        auto r = CartClient(cfg).get(QStringLiteral("OrderStatus"));
        QVERIFY(!r);
        QCOMPARE(r.error().errorClass, ErrorClass::Auth);
        QCOMPARE(r.error().httpStatus, 401);
    }

    void pacingKeepsUnderTheStoreThrottle()
    {
        m_sb->run([](sandbox::Sandbox &s) { s.cart()->setThrottle(2.0, 2.0); });
        // Client paced at the store's 2 req/s: a burst of calls is spread out and none is refused.
        CartConfig cfg = config(2.0);
        cfg.pacing.burst = 1;
        const CartClient client(cfg);
        for (int i = 0; i < 6; ++i) {
            auto r = client.get(QStringLiteral("OrderStatus"));
            QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        }
        QVERIFY(client.pacer().totalWaitMs() > 0);
        // Unpaced, the same burst runs into the throttle and is told to wait.
        const CartClient eager(config(1000));
        bool limited = false;
        for (int i = 0; i < 20 && !limited; ++i) {
            auto r = eager.get(QStringLiteral("OrderStatus"));
            limited = !r && r.error().errorClass == ErrorClass::RateLimited;
        }
        QVERIFY(limited);
    }

    void versionOneServesTheSameModel()
    {
        CartConfig v1 = config();
        v1.apiVersion = 1;
        auto a = CartClient(v1).count(QStringLiteral("Products"));
        auto b = CartClient(config()).count(QStringLiteral("Products"));
        M3_VERIFY_OK(a);
        QCOMPARE(a.value(), b.value());
    }
};

QTEST_GUILESS_MAIN(TstCartClient)
#include "tst_cart_client.moc"
