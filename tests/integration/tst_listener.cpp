// The webhook/BOD listener over real HTTP: auth, limits, content types, malformed bodies, duplicates, and
// the promise that an event is in the store when the 200 arrives.

#include "ingest/inbound_payload.h"
#include "ingest/webhook_listener.h"
#include "store/event_repository.h"
#include "temp_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace m3cart;
using namespace m3cart::ingest;

namespace {
const QString kSecret = QStringLiteral("s3cr3t-t0ken");

QByteArray order(int id, const QString &lastUpdate = QStringLiteral("2024-05-01T10:00:00"))
{
    return QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("OrderID"), id},
                                                {QStringLiteral("InvoiceNumberPrefix"), QStringLiteral("AB-")},
                                                {QStringLiteral("InvoiceNumber"), 1000 + id},
                                                {QStringLiteral("OrderStatusID"), 1},
                                                {QStringLiteral("LastUpdate"), lastUpdate}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray bod(const QString &bodId, const QString &orno = QStringLiteral("1000000454"))
{
    // Kept out of a raw string literal: moc in Qt 6.4 stumbles over this one.
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                 "<SyncSalesOrder xmlns=\"http://schema.infor.com/InforOAGIS/2\" releaseID=\"9.2\">"
                                 "<ApplicationArea><Sender><LogicalID>lid://infor.m3.m3</LogicalID></Sender>"
                                 "<CreationDateTime>2025-09-24T09:33:09.770Z</CreationDateTime><BODID>%1</BODID>"
                                 "</ApplicationArea><DataArea><Sync><AccountingEntityID>100_AAA</AccountingEntityID></Sync>"
                                 "<SalesOrder><SalesOrderHeader><DocumentID><ID accountingEntity=\"100_AAA\">%2</ID>"
                                 "</DocumentID><Status><Code>22</Code></Status></SalesOrderHeader></SalesOrder></DataArea>"
                                 "</SyncSalesOrder>");
    return xml.arg(bodId, orno).toUtf8();
}

struct Reply
{
    int status = 0;
    QJsonObject json;
};
} // namespace

class TstListener : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;
    std::unique_ptr<WebhookListener> m_listener;
    QNetworkAccessManager m_nam;

    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QByteArray &contentType = "application/json", const QString &token = kSecret)
    {
        QUrl url(QStringLiteral("http://127.0.0.1:%1%2").arg(m_listener->port()).arg(path));
        if (!token.isNull())
            url.setQuery(QStringLiteral("token=") + token);
        QNetworkRequest req(url);
        if (!contentType.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply *r = m_nam.sendCustomRequest(req, method, body);
        QSignalSpy done(r, &QNetworkReply::finished);
        if (!r->isFinished())
            done.wait(20000);
        Reply out{r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                  QJsonDocument::fromJson(r->readAll()).object()};
        r->deleteLater();
        return out;
    }
    qint64 stored() const { return EventRepository(m_temp->store).count({}).value(); }

private slots:
    void init()
    {
        m_temp = std::make_unique<test::TempStore>();
        ListenerOptions o;
        o.secret = kSecret;
        o.maxBodyBytes = 64 * 1024;
        m_listener = std::make_unique<WebhookListener>(m_temp->store, o);
        auto port = m_listener->listen();
        M3_VERIFY_OK(port);
        QVERIFY(port.value() > 0);
    }
    void cleanup()
    {
        m_listener.reset();
        m_temp.reset();
    }

    void orderWebhookIsStoredBeforeTheOk()
    {
        QSignalSpy accepted(m_listener.get(), &WebhookListener::eventsAccepted);
        const Reply r = send("POST", QStringLiteral("/webhooks/3dcart/order-new"), order(47620));
        QCOMPARE(r.status, 200);
        const QJsonArray ids = r.json.value(QStringLiteral("accepted")).toArray();
        QCOMPARE(ids.size(), 1);
        // Read straight after the answer: the event is already committed.
        auto e = EventRepository(m_temp->store).get(ids[0].toInteger());
        M3_VERIFY_OK(e);
        QCOMPARE(e->kind, QStringLiteral("cart.order.new"));
        QCOMPARE(e->key, QStringLiteral("order-47620"));
        QCOMPARE(e->source, QStringLiteral("3dcart"));
        QCOMPARE(e->status, QStringLiteral("pending"));
        QCOMPARE(QJsonDocument::fromJson(e->payload).object().value(QStringLiteral("OrderID")).toInt(), 47620);
        QVERIFY(!e->headers.value(QStringLiteral("path")).toString().contains(kSecret));
        QVERIFY(!QJsonDocument(e->headers).toJson().contains(kSecret.toUtf8())); // the secret is never kept
        QTRY_COMPARE(accepted.size(), 1);
    }

    void duplicatesAreRecognisedAndCounted()
    {
        const Reply first = send("POST", QStringLiteral("/webhooks/3dcart/order-status"), order(7));
        const Reply again = send("POST", QStringLiteral("/webhooks/3dcart/order-status"), order(7));
        QCOMPARE(again.status, 200);
        QVERIFY(again.json.value(QStringLiteral("accepted")).toArray().isEmpty());
        QCOMPARE(again.json.value(QStringLiteral("duplicates")).toArray(), first.json.value(QStringLiteral("accepted")).toArray());
        QCOMPARE(stored(), 1);
        const Reply changed = send("POST", QStringLiteral("/webhooks/3dcart/order-status"), order(7, QStringLiteral("2024-05-01T11:00:00")));
        QCOMPARE(changed.json.value(QStringLiteral("accepted")).toArray().size(), 1);
        QCOMPARE(stored(), 2);
        QCOMPARE(m_listener->counters().duplicates, 1);
        QCOMPARE(m_listener->counters().accepted, 2);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const QByteArray ok = order(1);
        const QString orderNew = QStringLiteral("/webhooks/3dcart/order-new");
        QTest::newRow("no token") << orderNew << ok << QByteArray("application/json") << QString() << 401 << QStringLiteral("missing token");
        QTest::newRow("wrong token") << orderNew << ok << QByteArray("application/json") << QStringLiteral("s3cr3t-t0keN") << 401 << QStringLiteral("wrong token");
        QTest::newRow("too large") << orderNew << QByteArray(70 * 1024, ' ') + ok << QByteArray("application/json") << kSecret << 413 << QStringLiteral("over the limit");
        QTest::newRow("not json") << orderNew << QByteArray("[{\"OrderID\": 1,") << QByteArray("application/json") << kSecret << 400 << QStringLiteral("not valid JSON");
        QTest::newRow("no order id") << orderNew << QByteArray(R"([{"InvoiceNumber":5}])") << QByteArray("application/json") << kSecret << 400 << QStringLiteral("no OrderID");
        QTest::newRow("empty array") << orderNew << QByteArray("[]") << QByteArray("application/json") << kSecret << 400 << QStringLiteral("empty array");
        QTest::newRow("text/plain") << orderNew << ok << QByteArray("text/plain") << kSecret << 415 << QStringLiteral("text/plain");
        QTest::newRow("xml to cart") << orderNew << ok << QByteArray("application/xml") << kSecret << 415 << QStringLiteral("application/json");
        QTest::newRow("unknown event") << QStringLiteral("/webhooks/3dcart/order-exploded") << ok << QByteArray("application/json") << kSecret << 404 << QStringLiteral("order-exploded");
        QTest::newRow("bad xml") << QStringLiteral("/ion/bod") << QByteArray("<SyncSalesOrder><Appl") << QByteArray("application/xml") << kSecret << 400 << QStringLiteral("not well-formed XML");
        QTest::newRow("bod without id") << QStringLiteral("/ion/bod") << QByteArray("<SyncItemMaster><DataArea/></SyncItemMaster>") << QByteArray("text/xml") << kSecret << 400 << QStringLiteral("BODID");
        QTest::newRow("ims not base64") << QStringLiteral("/ion/bod") << QByteArray(R"({"document":{"value":"***","encoding":"BASE64"}})") << QByteArray("application/json") << kSecret << 400 << QStringLiteral("base64");
    }
    void refusals()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, token);
        QFETCH(int, status);
        QFETCH(QString, message);
        const Reply r = send("POST", path, body, contentType, token);
        QCOMPARE(r.status, status);
        const QString error = r.json.value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(stored(), 0); // nothing stored for a refused request
    }

    void bodsRawAndInsideAnImsMessage()
    {
        const Reply raw = send("POST", QStringLiteral("/ion/bod"), bod(QStringLiteral("0b61d005-1")), "application/xml");
        QCOMPARE(raw.status, 200);
        auto e = EventRepository(m_temp->store).get(raw.json.value(QStringLiteral("accepted")).toArray().first().toInteger());
        M3_VERIFY_OK(e);
        QCOMPARE(e->kind, QStringLiteral("m3.bod.SyncSalesOrder"));
        QCOMPARE(e->key, QStringLiteral("SalesOrder:1000000454"));
        QCOMPARE(e->source, QStringLiteral("m3"));
        QCOMPARE(e->headers.value(QStringLiteral("accounting_entity")).toString(), QStringLiteral("100_AAA"));

        // The same BOD again, this time wrapped the way IMS v2 sends it: a duplicate.
        const QJsonObject ims{{QStringLiteral("documentName"), QStringLiteral("Sync.SalesOrder")},
                              {QStringLiteral("messageId"), QStringLiteral("m-1")},
                              {QStringLiteral("document"), QJsonObject{{QStringLiteral("value"), QString::fromLatin1(bod(QStringLiteral("0b61d005-1")).toBase64())},
                                                                       {QStringLiteral("encoding"), QStringLiteral("BASE64")},
                                                                       {QStringLiteral("characterSet"), QStringLiteral("UTF-8")}}}};
        const Reply wrapped = send("POST", QStringLiteral("/ion/bod"), QJsonDocument(ims).toJson(), "application/json");
        QCOMPARE(wrapped.status, 200);
        QCOMPARE(wrapped.json.value(QStringLiteral("duplicates")).toArray().size(), 1);
        QCOMPARE(stored(), 1);
    }

    void pingForIon()
    {
        QCOMPARE(send("GET", QStringLiteral("/ion/ping"), {}, {}).status, 200);
        QCOMPARE(send("GET", QStringLiteral("/ion/ping"), {}, {}, QStringLiteral("nope")).status, 401);
        QCOMPARE(send("GET", QStringLiteral("/nothing/here"), {}, {}).status, 404);
    }

    void concurrentDeliveriesAreAllKept()
    {
        const int n = 150;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < n; ++i) {
            QUrl url(QStringLiteral("http://127.0.0.1:%1/webhooks/3dcart/order-new?token=%2").arg(m_listener->port()).arg(kSecret));
            QNetworkRequest req(url);
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            replies << m_nam.post(req, order(10000 + i));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(), [](QNetworkReply *r) { return r->isFinished(); }), 60000);
        QSet<qint64> ids;
        for (QNetworkReply *r : replies) {
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            ids.insert(QJsonDocument::fromJson(r->readAll()).object().value(QStringLiteral("accepted")).toArray().first().toInteger());
            r->deleteLater();
        }
        QCOMPARE(ids.size(), n);
        QCOMPARE(stored(), n);
    }

    void registeredUrlCarriesTheSecretEncoded()
    {
        QCOMPARE(WebhookListener::cartWebhookUrl(QStringLiteral("https://hooks.example.com/"), QStringLiteral("order-new"), QStringLiteral("a&b c")),
                 QStringLiteral("https://hooks.example.com/webhooks/3dcart/order-new?token=a%26b%20c"));
    }
};

QTEST_GUILESS_MAIN(TstListener)
#include "tst_listener.moc"
