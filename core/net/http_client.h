#pragma once
// Blocking HTTP for worker threads: flows call the API clients synchronously, and this runs each request in
// a local event loop on a per-thread QNetworkAccessManager. Never call it from the GUI thread. A POST is sent
// at most once (Qt would resend it by itself after a dropped connection); other methods may be resent.

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

namespace m3cart::net {

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    Headers headers;
    QByteArray body;
    int timeoutMs = 30000;
};

struct HttpResponse
{
    int status = 0; // 0: no HTTP response at all (see error)
    QByteArray body;
    Headers headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    bool timedOut = false;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
    bool transportFailed() const { return status == 0; }
};

HttpResponse send(const HttpRequest &request);

// Retry-After as milliseconds: delta-seconds or an HTTP date; -1 when absent or unreadable.
qint64 retryAfterMs(const QByteArray &value, const QDateTime &now);

// For logs and attempt summaries: the URL without query values that look secret.
QString redactedUrl(const QUrl &url);

} // namespace m3cart::net
