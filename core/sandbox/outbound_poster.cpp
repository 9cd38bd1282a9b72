#include "outbound_poster.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace m3cart::sandbox {

OutboundPoster::OutboundPoster(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this)) {}

qint64 OutboundPoster::post(const QUrl &url, const QByteArray &contentType, const QByteArray &body,
                            const QString &label, bool duplicate, bool reorder)
{
    const int copies = duplicate ? 2 : 1;
    qint64 firstId = 0;
    QList<qint64> released = m_held;
    m_held.clear();
    for (int c = 0; c < copies; ++c) {
        Delivery d;
        d.id = m_nextId++;
        d.url = url;
        d.contentType = contentType;
        d.body = body;
        d.label = label;
        d.created = QDateTime::currentDateTimeUtc();
        m_log.append(d);
        if (!firstId)
            firstId = d.id;
        if (reorder && c == 0)
            m_held.append(d.id); // goes out after the next delivery
        else
            attempt(int(m_log.size()) - 1);
    }
    for (qint64 id : released)
        if (const int i = indexOf(id); i >= 0)
            attempt(i);
    // A held delivery must not wait forever if nothing else comes.
    if (!m_held.isEmpty()) {
        const QList<qint64> held = m_held;
        QTimer::singleShot(2000, this, [this, held] {
            for (qint64 id : held) {
                if (m_held.removeOne(id))
                    if (const int i = indexOf(id); i >= 0)
                        attempt(i);
            }
        });
    }
    return firstId;
}

int OutboundPoster::indexOf(qint64 id) const
{
    for (int i = 0; i < m_log.size(); ++i)
        if (m_log[i].id == id)
            return i;
    return -1;
}

void OutboundPoster::attempt(int index)
{
    Delivery &d = m_log[index];
    ++d.attempts;
    ++m_inFlight;
    QNetworkRequest req(d.url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, d.contentType);
    req.setRawHeader("User-Agent", "m3cart-sandbox");
    req.setTransferTimeout(10000);
    QNetworkReply *reply = m_nam->post(req, d.body);
    const qint64 id = d.id;
    connect(reply, &QNetworkReply::finished, this, [this, reply, id] {
        reply->deleteLater();
        --m_inFlight;
        const int i = indexOf(id);
        if (i < 0)
            return; // log cleared meanwhile
        Delivery &dd = m_log[i];
        dd.lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool ok =
            reply->error() == QNetworkReply::NoError && dd.lastStatus >= 200 && dd.lastStatus < 300;
        dd.lastError = ok ? QString() : reply->errorString();
        if (ok) {
            dd.delivered = true;
            emit deliveryFinished(id, true);
        } else if (dd.attempts >= m_maxAttempts) {
            dd.gaveUp = true;
            emit deliveryFinished(id, false);
        } else {
            ++m_inFlight; // counts as pending while waiting for the retry
            QTimer::singleShot(m_retryDelayMs * (1 << (dd.attempts - 1)), this, [this, id] {
                --m_inFlight;
                if (const int j = indexOf(id); j >= 0)
                    attempt(j);
            });
        }
    });
}

QJsonArray OutboundPoster::log() const
{
    QJsonArray a;
    for (const Delivery &d : m_log) {
        a.append(QJsonObject{{QStringLiteral("id"), double(d.id)},
                             {QStringLiteral("url"), d.url.toString()},
                             {QStringLiteral("label"), d.label},
                             {QStringLiteral("attempts"), d.attempts},
                             {QStringLiteral("lastStatus"), d.lastStatus},
                             {QStringLiteral("lastError"), d.lastError},
                             {QStringLiteral("delivered"), d.delivered},
                             {QStringLiteral("gaveUp"), d.gaveUp},
                             {QStringLiteral("created"), d.created.toString(Qt::ISODateWithMs)}});
    }
    return a;
}

} // namespace m3cart::sandbox
