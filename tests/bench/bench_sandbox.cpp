// Requests per second each simulator serves on loopback with zero latency (goal: >= 2,000/s).
// Run on purpose: bench_sandbox [seconds-per-case]. Prints one line per case; asserts nothing.

#include "sandbox/cart_simulator.h"
#include "sandbox/m3_simulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QUrlQuery>
#include <cstdio>

using namespace m3cart::sandbox;

namespace {

// Keeps `parallel` keep-alive connections busy for `ms` milliseconds with raw HTTP/1.1 requests (so the
// figure is the server's, not QNetworkAccessManager's) and returns completed requests per second.
double measure(quint16 port, const QByteArray &request, int parallel, int ms, int *failures)
{
    struct Conn
    {
        QTcpSocket *socket = nullptr;
        QByteArray buffer;
    };
    QElapsedTimer timer;
    timer.start();
    qint64 done = 0;
    int open = parallel;
    QEventLoop loop;
    QList<Conn *> conns;
    for (int i = 0; i < parallel; ++i) {
        auto *c = new Conn;
        c->socket = new QTcpSocket;
        conns.append(c);
        QObject::connect(c->socket, &QTcpSocket::connected, [c, &request] { c->socket->write(request); });
        QObject::connect(c->socket, &QTcpSocket::readyRead, [&, c] {
            c->buffer += c->socket->readAll();
            for (;;) {
                const int headerEnd = c->buffer.indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                const int cl = c->buffer.indexOf("Content-Length: ");
                const int clEnd = c->buffer.indexOf("\r\n", cl);
                const int length = c->buffer.mid(cl + 16, clEnd - cl - 16).toInt();
                if (c->buffer.size() < headerEnd + 4 + length)
                    return;
                if (!c->buffer.startsWith("HTTP/1.1 2"))
                    ++*failures;
                c->buffer.remove(0, headerEnd + 4 + length);
                ++done;
                if (timer.elapsed() < ms) {
                    c->socket->write(request);
                } else {
                    c->socket->disconnectFromHost();
                    if (--open == 0)
                        loop.quit();
                    return;
                }
            }
        });
        c->socket->connectToHost(QHostAddress::LocalHost, port);
    }
    loop.exec();
    const double rps = done * 1000.0 / timer.elapsed();
    for (Conn *c : conns) {
        delete c->socket;
        delete c;
    }
    return rps;
}

QByteArray httpRequest(const QByteArray &method, const QByteArray &target, const QList<QByteArray> &headers,
                       const QByteArray &body = {})
{
    QByteArray r = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n";
    for (const QByteArray &h : headers)
        r += h + "\r\n";
    if (!body.isEmpty())
        r += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    return r + "\r\n" + body;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int ms = (argc > 1 ? QByteArray(argv[1]).toInt() : 3) * 1000;
    CartConfig cc;
    cc.throttlePerSecond = 0;
    CartSimulator cart(cc);
    M3Simulator m3;
    cart.listen();
    m3.listen();
    QNetworkAccessManager nam;
    // One token for all M3 calls, as a well-behaved client does.
    QNetworkRequest tokenReq(m3.tokenUrl());
    tokenReq.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"),
                      QString::fromUtf8(QUrl::toPercentEncoding(m3.config().clientId)));
    form.addQueryItem(QStringLiteral("client_secret"),
                      QString::fromUtf8(QUrl::toPercentEncoding(m3.config().clientSecret)));
    QNetworkReply *tr = nam.post(tokenReq, form.toString(QUrl::FullyEncoded).toUtf8());
    QEventLoop wait;
    QObject::connect(tr, &QNetworkReply::finished, &wait, &QEventLoop::quit);
    wait.exec();
    const QByteArray bearer = "Authorization: Bearer " + QJsonDocument::fromJson(tr->readAll())
                                                             .object()
                                                             .value(QStringLiteral("access_token"))
                                                             .toString()
                                                             .toUtf8();
    const QList<QByteArray> cartAuth = {"SecureURL: " + cc.secureUrl.toUtf8(),
                                        "PrivateKey: " + cc.privateKey.toUtf8(),
                                        "Token: " + cc.token.toUtf8()};
    const QByteArray m3Base = "/" + m3.config().tenant.toUtf8() + "/M3/m3api-rest";

    struct Case
    {
        const char *name;
        quint16 port;
        QByteArray request;
    };
    const QList<Case> cases = {
        {"cart GET /OrderStatus", cart.port(), httpRequest("GET", "/3dCartWebAPI/v2/OrderStatus", cartAuth)},
        {"cart GET /Orders?limit=10", cart.port(),
         httpRequest("GET", "/3dCartWebAPI/v2/Orders?limit=10", cartAuth)},
        {"cart GET /Orders/100001", cart.port(),
         httpRequest("GET", "/3dCartWebAPI/v2/Orders/100001", cartAuth)},
        {"cart GET /Products?sku=SKU-1010", cart.port(),
         httpRequest("GET", "/3dCartWebAPI/v2/Products?sku=SKU-1010", cartAuth)},
        {"cart PUT /Products/3 (stock)", cart.port(),
         httpRequest("PUT", "/3dCartWebAPI/v2/Products/3", cartAuth, R"({"SKUInfo":{"Stock":7}})")},
        {"m3 v2 GENERAL/GetServerTime", m3.port(),
         httpRequest("GET", m3Base + "/v2/execute/GENERAL/GetServerTime", {bearer})},
        {"m3 v2 MMS200MI/GetItmWhsBal", m3.port(),
         httpRequest("GET", m3Base + "/v2/execute/MMS200MI/GetItmWhsBal?WHLO=100&ITNO=SKU-1001", {bearer})},
        {"m3 v1 MMS200MI/GetItmWhsBal", m3.port(),
         httpRequest("GET", m3Base + "/execute/MMS200MI/GetItmWhsBal?WHLO=100&ITNO=SKU-1001", {bearer})},
        {"m3 v1 CRS610MI/LstByNumber;maxrecs=5", m3.port(),
         httpRequest("GET", m3Base + "/execute/CRS610MI/LstByNumber;maxrecs=5", {bearer})},
    };
    for (int parallel : {1, 4}) {
        for (const Case &c : cases) {
            int failures = 0;
            const double rps = measure(c.port, c.request, parallel, ms, &failures);
            std::printf("%-42s connections=%d  %8.0f req/s%s\n", c.name, parallel, rps,
                        failures ? qPrintable(QStringLiteral("  (%1 non-2xx)").arg(failures)) : "");
            std::fflush(stdout);
        }
    }
    return 0;
}
