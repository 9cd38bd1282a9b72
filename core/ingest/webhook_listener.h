#pragma once
// The HTTP door for pushes: 3dcart webhooks (POST /webhooks/3dcart/{event}?token=SECRET) and ION BODs
// (POST /ion/bod?token=SECRET, raw XML or an IMS v2 message; GET /ion/ping for ION's check). Every event is
// committed to the store before the 2xx goes out; requests are handled on a thread pool so concurrent
// deliveries share group commits. Duplicates are recognised and counted, not stored twice.

#include "common/error.h"

#include <QHostAddress>
#include <QObject>
#include <memory>

namespace m3cart {

class Store;

namespace ingest {

struct ListenerOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;                // 0: any free port
    QString secret;                  // the token= in the registered URLs; empty refuses every push
    qint64 maxBodyBytes = 1 << 20;   // larger bodies get 413
    QString certificateFile;         // PEM; both set: HTTPS
    QString keyFile;
};

struct ListenerCounters
{
    qint64 accepted = 0;   // events stored
    qint64 duplicates = 0; // deliveries recognised as repeats
    qint64 rejected = 0;   // requests refused (auth, size, type, malformed)
};

class WebhookListener : public QObject
{
    Q_OBJECT
public:
    WebhookListener(std::shared_ptr<const Store> store, ListenerOptions options, QObject *parent = nullptr);
    ~WebhookListener() override;

    Result<quint16> listen(); // the bound port
    quint16 port() const;
    ListenerCounters counters() const;

    // The URL 3dcart should call for an event, given the listener's public base URL.
    static QString cartWebhookUrl(const QString &publicBase, const QString &urlName, const QString &secret);

signals:
    void eventsAccepted(const QList<qint64> &ids); // after commit; wake the dispatcher

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ingest
} // namespace m3cart
