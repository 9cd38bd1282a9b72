// 3dcart client pieces that need no server: store-local times, lenient ship dates, page maxima, error bodies,
// write results, and the classification of HTTP failures.

#include "cart/cart_client.h"
#include "cart/cart_time.h"
#include "net/http_client.h"
#include "net/http_errors.h"
#include "net/pacer.h"

#include <QJsonDocument>
#include <QTest>

using namespace m3cart;
using namespace m3cart::cart;

class TstCartBasics : public QObject
{
    Q_OBJECT
private slots:
    void storeLocalTimes()
    {
        CartTime ny("America/New_York");
        QVERIFY(ny.isValid());
        // Winter: UTC-5. Summer: UTC-4.
        QCOMPARE(ny.parse(QStringLiteral("2016-03-01T14:42:46")), QDateTime(QDate(2016, 3, 1), QTime(19, 42, 46), Qt::UTC));
        QCOMPARE(ny.parse(QStringLiteral("2016-07-01T14:42:46")), QDateTime(QDate(2016, 7, 1), QTime(18, 42, 46), Qt::UTC));
        QCOMPARE(ny.parse(QStringLiteral("2016-07-01T14:42:46Z")), QDateTime(QDate(2016, 7, 1), QTime(14, 42, 46), Qt::UTC));
        QVERIFY(!ny.parse(QStringLiteral("yesterday")).isValid());
        const QDateTime utc(QDate(2024, 1, 15), QTime(3, 4, 5), Qt::UTC);
        QCOMPARE(ny.formatQuery(utc), QStringLiteral("01/14/2024 22:04:05"));
        QCOMPARE(ny.formatQuery(utc, false), QStringLiteral("01/14/2024"));
        QCOMPARE(ny.formatLocal(utc), QStringLiteral("2024-01-14T22:04:05"));
        QVERIFY(!CartTime("Not/AZone").isValid());
    }

    void shippedDatesAreFreeText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("utc");
        const QDateTime midnight(QDate(2013, 9, 16), QTime(4, 0), Qt::UTC); // 00:00 EDT
        QTest::newRow("empty") << QString() << QDateTime();
        QTest::newRow("M/d/yyyy") << QStringLiteral("9/16/2013") << midnight;
        QTest::newRow("MM/dd/yyyy") << QStringLiteral("09/16/2013") << midnight;
        QTest::newRow("with PM") << QStringLiteral("9/12/2013 3:37:44 PM") << QDateTime(QDate(2013, 9, 12), QTime(19, 37, 44), Qt::UTC);
        QTest::newRow("24h") << QStringLiteral("09/12/2013 15:37:44") << QDateTime(QDate(2013, 9, 12), QTime(19, 37, 44), Qt::UTC);
        QTest::newRow("iso") << QStringLiteral("2013-09-12T15:37:44") << QDateTime(QDate(2013, 9, 12), QTime(19, 37, 44), Qt::UTC);
        QTest::newRow("garbage") << QStringLiteral("soon") << QDateTime();
    }
    void shippedDatesAreFreeText()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, utc);
        QCOMPARE(CartTime("America/New_York").parseLenient(text), utc);
    }

    void pageMaxima()
    {
        QCOMPARE(CartClient::pageMax(QStringLiteral("Orders")), 300);
        QCOMPARE(CartClient::pageMax(QStringLiteral("/Products")), 200);
        QCOMPARE(CartClient::pageMax(QStringLiteral("Products/skuinfo")), 200);
        QCOMPARE(CartClient::pageMax(QStringLiteral("Customers")), 500);
        QCOMPARE(CartClient::pageMax(QStringLiteral("Orders/5/Shipments")), 500);
    }

    void apiRootAndErrorBodies()
    {
        CartConfig c;
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        QCOMPARE(c.apiRoot().toString(), QStringLiteral("http://127.0.0.1:8080/3dCartWebAPI/v2/"));
        c.apiVersion = 1;
        QCOMPARE(c.apiRoot().toString(), QStringLiteral("http://127.0.0.1:8080/3dCartWebAPI/v1/"));
        QCOMPARE(cartErrorMessage(R"([{"Key":"Error","Value":"","Status":"404","Message":"No records found"}])"),
                 QStringLiteral("No records found"));
        QCOMPARE(cartErrorMessage("<html><body><h1>Server Error</h1> in '/' Application.</body></html>"),
                 QStringLiteral("Server Error in '/' Application."));
        const auto results = parseWriteResults(QJsonDocument::fromJson(
            R"([{"Key":"OrderID","Value":"47620","Status":"200","Message":"updated successfully"},
                {"Key":"Error","Value":"","Status":"400","Message":"bad"}])").array());
        QCOMPARE(results.size(), 2);
        QVERIFY(results[0].ok());
        QCOMPARE(results[0].value, QStringLiteral("47620"));
        QVERIFY(!results[1].ok());
        QCOMPARE(results[1].status, 400);
    }

    void httpFailuresAreClassified_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("cls");
        QTest::newRow("401") << 401 << int(ErrorClass::Auth);
        QTest::newRow("403") << 403 << int(ErrorClass::Auth);
        QTest::newRow("404") << 404 << int(ErrorClass::NotFound);
        QTest::newRow("400") << 400 << int(ErrorClass::Data);
        QTest::newRow("422") << 422 << int(ErrorClass::Data);
        QTest::newRow("409") << 409 << int(ErrorClass::Conflict);
        QTest::newRow("429") << 429 << int(ErrorClass::RateLimited);
        QTest::newRow("408") << 408 << int(ErrorClass::Transient);
        QTest::newRow("500") << 500 << int(ErrorClass::Transient);
        QTest::newRow("503") << 503 << int(ErrorClass::Transient);
        QTest::newRow("no answer") << 0 << int(ErrorClass::Transient);
    }
    void httpFailuresAreClassified()
    {
        QFETCH(int, status);
        QFETCH(int, cls);
        net::HttpResponse r;
        r.status = status;
        r.errorString = QStringLiteral("Connection refused");
        if (status == 429)
            r.headers << qMakePair(QByteArrayLiteral("retry-after"), QByteArrayLiteral("3"));
        const Error e = net::classify(r, QStringLiteral("3dcart"), QStringLiteral("detail"));
        QCOMPARE(int(e.errorClass), cls);
        QVERIFY(e.message.contains(QLatin1String("3dcart")));
        if (status == 429)
            QCOMPARE(e.retryAfterMs, 3000);
    }

    void retryAfterForms()
    {
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);
        QCOMPARE(net::retryAfterMs("120", now), 120000);
        QCOMPARE(net::retryAfterMs("0.5", now), 500);
        QCOMPARE(net::retryAfterMs("Wed, 21 Oct 2015 07:28:30 GMT", now), 30000);
        QCOMPARE(net::retryAfterMs("", now), -1);
        QCOMPARE(net::retryAfterMs("later", now), -1);
    }

    void redactsSecretsInUrls()
    {
        const QString s = net::redactedUrl(QUrl(QStringLiteral("http://u:p@h/webhooks/3dcart/order-new?token=abc&x=1")));
        QVERIFY(!s.contains(QLatin1String("abc")));
        QVERIFY(!s.contains(QLatin1String("u:p")));
        QVERIFY(s.contains(QLatin1String("x=1")));
    }

    void pacerSlowsDownAfter429()
    {
        net::Pacer::Options o;
        o.ratePerSecond = 8;
        net::Pacer p(o);
        QCOMPARE(p.currentRate(), 8.0);
        QCOMPARE(p.blockedForMs(), 0);
        { auto permit = p.acquire(); }
        p.onRateLimited(5000);
        QCOMPARE(p.currentRate(), 4.0);
        QVERIFY(p.blockedForMs() > 4000);
        p.onRateLimited(-1); // without Retry-After: still a pause, rate halves again
        QCOMPARE(p.currentRate(), 2.0);
        for (int i = 0; i < 10; ++i)
            p.onRateLimited(0);
        QCOMPARE(p.currentRate(), o.minRatePerSecond); // never below the floor
    }
};

QTEST_GUILESS_MAIN(TstCartBasics)
#include "tst_cart_basics.moc"
