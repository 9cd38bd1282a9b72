#pragma once
// Test-side HTTP helper for the sandbox contract tests: one blocking call over QNetworkAccessManager
// (the simulators run on the same thread, so the wait spins the event loop).

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>

struct SandboxReply
{
    int status = 0;
    QByteArray body;
    QJsonDocument json;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
    QJsonArray array() const { return json.array(); }
    QJsonObject object() const { return json.object(); }
    QJsonObject first() const { return json.array().first().toObject(); }
};

class SandboxClient
{
public:
    QList<QPair<QByteArray, QByteArray>> headers;

    SandboxReply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                  const QByteArray &contentType = "application/json",
                  const QList<QPair<QByteArray, QByteArray>> &extra = {})
    {
        QNetworkRequest req(url);
        for (const auto &h : headers)
            req.setRawHeader(h.first, h.second);
        for (const auto &h : extra)
            req.setRawHeader(h.first, h.second);
        if (!body.isNull())
            req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        req.setTransferTimeout(15000);
        QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            spy.wait(20000);
        SandboxReply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.error = reply->error();
        r.headers = reply->rawHeaderPairs();
        r.json = QJsonDocument::fromJson(r.body);
        reply->deleteLater();
        return r;
    }
    SandboxReply get(const QUrl &url) { return send("GET", url); }
    SandboxReply put(const QUrl &url, const QJsonDocument &doc)
    {
        return send("PUT", url, doc.toJson(QJsonDocument::Compact));
    }
    SandboxReply post(const QUrl &url, const QJsonDocument &doc)
    {
        return send("POST", url, doc.toJson(QJsonDocument::Compact));
    }

private:
    QNetworkAccessManager m_nam;
};
