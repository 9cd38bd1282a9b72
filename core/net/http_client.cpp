#include "http_client.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>
#include <memory>

namespace m3cart::net {

namespace {
thread_local std::unique_ptr<QNetworkAccessManager> t_nam;

// A body that can be read once. When the connection closes before the answer, Qt sends a request again on
// its own, whatever the method; with a body it cannot rewind, it reports ContentReSendError instead. For a
// POST (an M3 bulk write, a 3dcart create) that is the only safe outcome: the first send may have worked,
// and the flow, not the transport, must find out.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data) : m_data(std::move(data)) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_offset + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_offset);
        if (n <= 0)
            return m_offset >= m_data.size() ? -1 : 0;
        memcpy(data, m_data.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

QNetworkAccessManager &nam()
{
    if (!t_nam) {
        t_nam = std::make_unique<QNetworkAccessManager>();
        t_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    }
    return *t_nam;
}
} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

HttpResponse send(const HttpRequest &r)
{
    QNetworkRequest req(r.url);
    for (const auto &[k, v] : r.headers)
        req.setRawHeader(k, v);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<OneShotBody> once;
    QNetworkReply *reply = nullptr;
    if (r.method == "POST") {
        once = std::make_unique<OneShotBody>(r.body);
        req.setHeader(QNetworkRequest::ContentLengthHeader, r.body.size());
        req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        reply = nam().sendCustomRequest(req, r.method, once.get());
    } else {
        reply = nam().sendCustomRequest(req, r.method, r.body);
    }
    HttpResponse out;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, reply, [&] {
        out.timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(r.timeoutMs);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    timer.stop();
    out.elapsedMs = clock.elapsed();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        out.headers << pair;
    out.error = reply->error();
    out.errorString = out.timedOut ? QStringLiteral("no answer within %1 ms").arg(r.timeoutMs) : reply->errorString();
    if (out.timedOut)
        out.status = 0;
    reply->deleteLater();
    return out;
}

qint64 retryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool isNumber = false;
    const double seconds = v.toDouble(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : qint64(seconds * 1000.0);
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return -1;
    at.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, now.msecsTo(at));
}

QString redactedUrl(const QUrl &url)
{
    QUrl u = url;
    u.setUserInfo(QString());
    QUrlQuery q(u);
    static const QStringList secret{QStringLiteral("token"), QStringLiteral("access_token"), QStringLiteral("password"),
                                    QStringLiteral("client_secret"), QStringLiteral("privatekey"), QStringLiteral("key")};
    QUrlQuery cleaned;
    for (const auto &[k, v] : q.queryItems(QUrl::FullyDecoded))
        cleaned.addQueryItem(k, secret.contains(k.toLower()) ? QStringLiteral("***") : v);
    u.setQuery(cleaned);
    return u.toString();
}

} // namespace m3cart::net
