#pragma once
// A thin HTTP/1.1 server on Qt HttpServer's parser that hands every request to one handler and writes the
// answer itself, so simulators control status lines, headers, latency, dropped connections and broken bodies.

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHostAddress>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

namespace m3cart::sandbox {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method; // "GET", "POST", ...
    QUrl url;
    QString path; // fully decoded, includes matrix parameters (";a=b")
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    bool hasHeader(const QByteArray &name) const;
    QString queryValue(const QString &name) const; // case-insensitive key, fully decoded
    bool hasQuery(const QString &name) const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    HeaderList headers;
    QByteArray body;
    int delayMs = 0;             // answer after this many milliseconds
    bool dropConnection = false; // close the socket instead of answering (after delayMs)

    static HttpResponse json(const QJsonValue &value, int status = 200);
    static HttpResponse raw(int status, const QByteArray &contentType, const QByteArray &body);
    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value);
};

QByteArray reasonPhrase(int status);

class SimHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit SimHttpServer(QObject *parent = nullptr);
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setServerHeader(const QByteArray &value) { m_serverHeader = value; }
    quint64 requestCount() const { return m_requests; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void write(QTcpSocket *socket, const HttpResponse &response);

    Handler m_handler;
    QByteArray m_serverHeader;
    quint64 m_requests = 0;
};

} // namespace m3cart::sandbox
