// Webhook ingest through the real listener with concurrent senders: durable events per second and the
// acknowledgement latency (p50, p99) each sender sees. Prints figures; not part of pass/fail.
//   bench_ingest [EVENTS] [SENDERS] [IN_FLIGHT_PER_SENDER]
//   bench_ingest serve PORT SECONDS   (listener only, token "bench", for an external load generator such as
//                                      wrk; prints the durable events/s it stored)

#include "ingest/webhook_listener.h"
#include "store/event_repository.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace m3cart;

namespace {
QByteArray order(int id)
{
    return QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("OrderID"), id},
                                                {QStringLiteral("InvoiceNumberPrefix"), QStringLiteral("AB-")},
                                                {QStringLiteral("InvoiceNumber"), 100000 + id},
                                                {QStringLiteral("OrderStatusID"), 1},
                                                {QStringLiteral("LastUpdate"), QStringLiteral("2024-05-01T10:00:00")},
                                                {QStringLiteral("BillingEmail"), QStringLiteral("buyer@example.com")},
                                                {QStringLiteral("OrderItemList"),
                                                 QJsonArray{QJsonObject{{QStringLiteral("ItemID"), QStringLiteral("SKU-1")},
                                                                        {QStringLiteral("ItemQuantity"), 2.0},
                                                                        {QStringLiteral("ItemUnitPrice"), 19.99}}}}}})
        .toJson(QJsonDocument::Compact);
}

// One sender: its own network manager, a fixed number of requests in flight.
void sendAll(quint16 port, int first, int count, int inFlight, QList<double> *latencies, int *failures)
{
    QNetworkAccessManager nam;
    QEventLoop loop;
    int next = first, done = 0;
    const int end = first + count;
    std::function<void()> launch = [&] {
        if (next >= end)
            return;
        const int id = next++;
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/webhooks/3dcart/order-new?token=bench").arg(port)));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        auto *clock = new QElapsedTimer;
        clock->start();
        QNetworkReply *r = nam.post(req, order(id));
        QObject::connect(r, &QNetworkReply::finished, &loop, [&, r, clock] {
            latencies->append(double(clock->nsecsElapsed()) / 1e6);
            delete clock;
            if (r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                ++*failures;
            r->deleteLater();
            if (++done == count)
                loop.quit();
            else
                launch();
        });
    };
    for (int i = 0; i < inFlight; ++i)
        launch();
    if (count > 0)
        loop.exec();
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size()))));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 3 && QByteArray(argv[1]) == "serve") {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("bench.db"))).value();
        ingest::ListenerOptions o;
        o.secret = QStringLiteral("bench");
        o.port = quint16(atoi(argv[2]));
        ingest::WebhookListener listener(store, o);
        if (!listener.listen()) {
            std::fprintf(stderr, "cannot listen on %s\n", argv[2]);
            return 1;
        }
        std::printf("listening on 127.0.0.1:%d for %s s\n", o.port, argv[3]);
        std::fflush(stdout);
        QTimer::singleShot(atoi(argv[3]) * 1000, &app, &QCoreApplication::quit);
        QElapsedTimer clock;
        clock.start();
        QCoreApplication::exec();
        const qint64 stored = EventRepository(store).count({}).value();
        std::printf("stored %lld events (%lld duplicates) in %.1f s\n", (long long)stored,
                    (long long)listener.counters().duplicates, double(clock.elapsed()) / 1000.0);
        return 0;
    }
    const int n = argc > 1 ? atoi(argv[1]) : 20000;
    const int senders = argc > 2 ? atoi(argv[2]) : 4;
    const int inFlight = argc > 3 ? atoi(argv[3]) : 6;
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("bench.db"))).value();

    // The listener lives on its own thread with its own event loop, as in the console.
    QThread serverThread;
    ingest::ListenerOptions o;
    o.secret = QStringLiteral("bench");
    auto *listener = new ingest::WebhookListener(store, o);
    listener->moveToThread(&serverThread);
    serverThread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(listener, [&] { port = listener->listen().value(); }, Qt::BlockingQueuedConnection);

    QList<QList<double>> latencies(senders);
    QList<int> failures(senders, 0);
    QList<QThread *> threads;
    QElapsedTimer total;
    total.start();
    for (int s = 0; s < senders; ++s) {
        const int share = n / senders + (s < n % senders ? 1 : 0);
        const int first = 1 + s * (n / senders + 1); // OrderID 0 is refused
        threads << QThread::create([=, &latencies, &failures] { sendAll(port, first, share, inFlight, &latencies[s], &failures[s]); });
        threads.last()->start();
    }
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    QList<double> all;
    int failed = 0;
    for (int s = 0; s < senders; ++s) {
        all += latencies[s];
        failed += failures[s];
    }
    const qint64 stored = EventRepository(store).count({}).value();
    std::printf("m3cart ingest benchmark: %d webhooks, %d senders x %d in flight, %d cores\n", n, senders, inFlight,
                QThread::idealThreadCount());
    std::printf("  durable events/s   %10.0f   (%lld stored, %d failed, %.2f s)\n", double(stored) / seconds,
                (long long)stored, failed, seconds);
    std::printf("  ack latency p50    %10.2f ms\n", percentile(all, 0.50));
    std::printf("  ack latency p99    %10.2f ms\n", percentile(all, 0.99));
    std::printf("  ack latency max    %10.2f ms\n", percentile(all, 1.0));
    QMetaObject::invokeMethod(listener, [listener] { delete listener; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return failed == 0 ? 0 : 1;
}
