#include "webhook_listener.h"

#include "ingest/inbound_payload.h"
#include "store/event_writer.h"
#include "store/store.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrlQuery>
#include <QtConcurrent>


namespace m3cart::ingest {

Q_LOGGING_CATEGORY(lcIngest, "m3cart.ingest", QtWarningMsg)

namespace {

using Status = QHttpServerResponse::StatusCode;

// What a handler needs from the request; copied because the work runs on another thread.
struct Incoming
{
    QByteArray body;
    QString token;
    QByteArray contentType;
    QByteArray userAgent;
    QString remote;
    QString path;
};

QHttpServerResponse reply(Status status, const QString &message)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), message}}, status);
}

// Compares every byte whatever the first difference, so the time taken says nothing about the secret.
bool sameSecret(const QString &given, const QString &expected)
{
    const QByteArray a = given.toUtf8();
    const QByteArray b = expected.toUtf8();
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    const qsizetype n = std::max(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i)
        diff |= static_cast<unsigned char>((i < a.size() ? a[i] : 0) ^ (i < b.size() ? b[i] : 0));
    return diff == 0 && !expected.isEmpty();
}

QByteArray mediaType(const QByteArray &contentType)
{
    return contentType.split(';').first().trimmed().toLower();
}

} // namespace

struct WebhookListener::Impl
{
    WebhookListener *q = nullptr;
    std::shared_ptr<const Store> store;
    ListenerOptions options;
    QHttpServer *server = nullptr; // a child of the listener, so moveToThread() takes it along
    quint16 port = 0;
    std::unique_ptr<EventWriter> writer;
    QThreadPool pool; // request work: parsing and the durable append
    mutable QMutex mutex;
    ListenerCounters counters;

    Incoming capture(const QHttpServerRequest &req) const
    {
        Incoming in;
        in.body = req.body();
        in.token = req.query().queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
        in.contentType = req.value("Content-Type");
        in.userAgent = req.value("User-Agent");
        in.remote = req.remoteAddress().toString();
        in.path = req.url().path();
        return in;
    }

    void count(qint64 accepted, qint64 duplicates, qint64 rejected)
    {
        QMutexLocker lock(&mutex);
        counters.accepted += accepted;
        counters.duplicates += duplicates;
        counters.rejected += rejected;
    }

    // Shared checks; an empty optional means go on.
    std::optional<QHttpServerResponse> refuse(const Incoming &in, const QList<QByteArray> &types) 
    {
        if (!sameSecret(in.token, options.secret)) {
            count(0, 0, 1);
            return reply(Status::Unauthorized, in.token.isEmpty() ? QStringLiteral("missing token")
                                                                  : QStringLiteral("wrong token"));
        }
        if (in.body.size() > options.maxBodyBytes) {
            count(0, 0, 1);
            return reply(Status::PayloadTooLarge,
                         QStringLiteral("body of %1 bytes is over the limit of %2").arg(in.body.size()).arg(options.maxBodyBytes));
        }
        const QByteArray type = mediaType(in.contentType);
        if (!types.contains(type)) {
            count(0, 0, 1);
            QStringList accepted;
            for (const QByteArray &t : types)
                accepted << QString::fromLatin1(t);
            return reply(Status::UnsupportedMediaType,
                         QStringLiteral("content type '%1' is not accepted here; use %2")
                             .arg(QString::fromLatin1(in.contentType), accepted.join(QStringLiteral(" or "))));
        }
        return std::nullopt;
    }

    QHttpServerResponse record(QList<NewEvent> events, const Incoming &in)
    {
        QJsonArray accepted, duplicates;
        QList<qint64> fresh;
        for (NewEvent &e : events) {
            e.headers.insert(QStringLiteral("content_type"), QString::fromLatin1(in.contentType));
            e.headers.insert(QStringLiteral("user_agent"), QString::fromLatin1(in.userAgent));
            e.headers.insert(QStringLiteral("remote"), in.remote);
            e.headers.insert(QStringLiteral("path"), in.path); // the token is in the query, never kept
            auto r = writer->append(e);
            if (!r) {
                qCWarning(lcIngest) << "cannot store a delivery:" << r.error().message;
                count(accepted.size(), duplicates.size(), 0);
                // Not stored: the sender should try again (a repeat of what was stored is recognised).
                return reply(Status::ServiceUnavailable, QStringLiteral("cannot store the event right now: %1").arg(r.error().message));
            }
            if (r->duplicate) {
                duplicates << double(r->id);
            } else {
                accepted << double(r->id);
                fresh << r->id;
            }
        }
        count(accepted.size(), duplicates.size(), 0);
        if (!fresh.isEmpty())
            emit q->eventsAccepted(fresh);
        return QHttpServerResponse(QJsonObject{{QStringLiteral("accepted"), accepted},
                                               {QStringLiteral("duplicates"), duplicates}},
                                   Status::Ok);
    }

    QHttpServerResponse handleCart(const QString &eventName, const Incoming &in)
    {
        const CartWebhookEvent *event = findCartWebhookEvent(eventName);
        if (!event) {
            count(0, 0, 1);
            return reply(Status::NotFound, QStringLiteral("no 3dcart webhook event '%1'").arg(eventName));
        }
        if (auto r = refuse(in, {"application/json", "text/json"}))
            return std::move(*r);
        auto events = cartWebhookToEvents(*event, in.body);
        if (!events) {
            count(0, 0, 1);
            return reply(Status::BadRequest, events.error().message);
        }
        return record(events.value(), in);
    }

    QHttpServerResponse handleBod(const Incoming &in)
    {
        if (auto r = refuse(in, {"application/xml", "text/xml", "application/json"}))
            return std::move(*r);
        QByteArray xml = in.body;
        if (mediaType(in.contentType) == "application/json") {
            auto unwrapped = unwrapImsMessage(in.body);
            if (!unwrapped) {
                count(0, 0, 1);
                return reply(Status::BadRequest, unwrapped.error().message);
            }
            xml = unwrapped.value();
        }
        auto bod = parseBod(xml);
        if (!bod) {
            count(0, 0, 1);
            return reply(Status::BadRequest, bod.error().message);
        }
        return record({bodToEvent(bod.value(), xml)}, in);
    }
};

WebhookListener::WebhookListener(std::shared_ptr<const Store> store, ListenerOptions options, QObject *parent)
    : QObject(parent), d(std::make_unique<Impl>())
{
    d->q = this;
    d->server = new QHttpServer(this);
    d->store = std::move(store);
    d->options = std::move(options);
    d->writer = std::make_unique<EventWriter>(d->store);
    d->pool.setMaxThreadCount(8); // concurrent deliveries wait in the group commit, not in line
    d->pool.setExpiryTimeout(-1);

    Impl *impl = d.get();
    d->server->route(QStringLiteral("/webhooks/3dcart/<arg>"), QHttpServerRequest::Method::Post,
                    [impl](const QString &event, const QHttpServerRequest &req) {
                        Incoming in = impl->capture(req);
                        return QtConcurrent::run(&impl->pool, [impl, event, in] { return impl->handleCart(event, in); });
                    });
    d->server->route(QStringLiteral("/ion/bod"), QHttpServerRequest::Method::Post, [impl](const QHttpServerRequest &req) {
        Incoming in = impl->capture(req);
        return QtConcurrent::run(&impl->pool, [impl, in] { return impl->handleBod(in); });
    });
    // ION checks an IMS endpoint with GET ping.
    for (const char *path : {"/ion/ping", "/ion/bod/ping"}) {
        d->server->route(QLatin1String(path), QHttpServerRequest::Method::Get, [impl](const QHttpServerRequest &req) {
            const QString token = req.query().queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
            if (!sameSecret(token, impl->options.secret))
                return reply(Status::Unauthorized, QStringLiteral("wrong or missing token"));
            return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("OK")}});
        });
    }
    d->server->setMissingHandler([](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        responder.write(QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                                   QStringLiteral("nothing here for %1 %2")
                                                       .arg(req.method() == QHttpServerRequest::Method::Get ? QStringLiteral("GET") : QStringLiteral("this method"),
                                                            req.url().path())}}),
                        QHttpServerResponder::StatusCode::NotFound);
    });
}

WebhookListener::~WebhookListener()
{
    d->pool.waitForDone();
}

Result<quint16> WebhookListener::listen()
{
    if (!d->options.certificateFile.isEmpty() || !d->options.keyFile.isEmpty()) {
        QFile certFile(d->options.certificateFile), keyFile(d->options.keyFile);
        if (!certFile.open(QIODevice::ReadOnly))
            return Error::data(QStringLiteral("listener TLS certificate %1: %2").arg(d->options.certificateFile, certFile.errorString()));
        if (!keyFile.open(QIODevice::ReadOnly))
            return Error::data(QStringLiteral("listener TLS key %1: %2").arg(d->options.keyFile, keyFile.errorString()));
        const QSslCertificate cert(certFile.readAll(), QSsl::Pem);
        const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
        if (cert.isNull())
            return Error::data(QStringLiteral("listener TLS certificate %1 is not a PEM certificate").arg(d->options.certificateFile));
        if (key.isNull())
            return Error::data(QStringLiteral("listener TLS key %1 is not a PEM RSA key").arg(d->options.keyFile));
        d->server->sslSetup(cert, key);
    }
    const quint16 port = d->server->listen(d->options.address, d->options.port);
    if (port == 0)
        return Error::data(QStringLiteral("cannot listen on %1:%2 (in use, or not allowed)")
                               .arg(d->options.address.toString())
                               .arg(d->options.port));
    d->port = port;
    return port;
}

quint16 WebhookListener::port() const { return d->port; }

ListenerCounters WebhookListener::counters() const
{
    QMutexLocker lock(&d->mutex);
    return d->counters;
}

QString WebhookListener::cartWebhookUrl(const QString &publicBase, const QString &urlName, const QString &secret)
{
    QString base = publicBase;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QStringLiteral("/webhooks/3dcart/") + urlName + QStringLiteral("?token=") +
           QString::fromLatin1(QUrl::toPercentEncoding(secret));
}

} // namespace m3cart::ingest
