#pragma once
// Delivers outbound HTTP POSTs (3dcart webhooks, M3 BODs) with a few retries and a delivery log, and can
// duplicate or reorder deliveries under fault injection.

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace m3cart::sandbox {

struct Delivery
{
    qint64 id = 0;
    QUrl url;
    QByteArray contentType;
    QByteArray body;
    QString label; // e.g. "Order New"
    int attempts = 0;
    int lastStatus = 0;
    QString lastError;
    bool delivered = false;
    bool gaveUp = false;
    QDateTime created;
};

class OutboundPoster : public QObject
{
    Q_OBJECT
public:
    explicit OutboundPoster(QObject *parent = nullptr);

    void setMaxAttempts(int n) { m_maxAttempts = n; }
    void setRetryDelayMs(int ms) { m_retryDelayMs = ms; }
    // Queues one POST. duplicate: deliver the same body twice; reorder: hold it back until the next post.
    qint64 post(const QUrl &url, const QByteArray &contentType, const QByteArray &body, const QString &label,
                bool duplicate = false, bool reorder = false);
    QJsonArray log() const;
    int pending() const { return m_inFlight + int(m_held.size()); }
    void clearLog() { m_log.clear(); }

signals:
    void deliveryFinished(qint64 id, bool delivered);

private:
    void attempt(int index);
    int indexOf(qint64 id) const;

    QNetworkAccessManager *m_nam;
    QList<Delivery> m_log;
    QList<qint64> m_held;
    qint64 m_nextId = 1;
    int m_maxAttempts = 4;
    int m_retryDelayMs = 500;
    int m_inFlight = 0;
};

} // namespace m3cart::sandbox
