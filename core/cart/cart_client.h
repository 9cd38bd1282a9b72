#pragma once
// The 3dcart / Shift4Shop REST client: auth headers, 1-based paging to the page maxima, countonly, bulk PUTs
// in chunks of 100 with per-record results, client-side pacing, and every failure classified. Blocking: call
// it from worker threads (flows, CLI), never from the GUI thread.

#include "common/error.h"
#include "net/pacer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <memory>
#include <optional>

namespace m3cart::cart {

struct CartConfig
{
    QUrl baseUrl = QUrl(QStringLiteral("https://apirest.3dcart.com")); // API host; the store is the SecureURL
    int apiVersion = 2;                                                 // 1 or 2
    QString secureUrl;
    QString privateKey; // secret
    QString token;      // secret
    QString bearer;     // secret; when set, sent as "Authorization: Bearer" (OAuth apps) with SecureURL/PrivateKey
    QByteArray timeZone = "America/New_York";
    int timeoutMs = 30000;
    int pageSize = 0; // 0: each resource's maximum (300 orders, 200 products, 500 others)
    net::Pacer::Options pacing;

    QUrl apiRoot() const; // base/3dCartWebAPI/v{version}/
};

struct WriteResult
{
    QString key;
    QString value;
    int status = 0;
    QString message;
    bool ok() const { return status >= 200 && status < 300; }
};

struct BulkResult
{
    QList<WriteResult> results; // one per record, in order
    int chunks = 0;
    int failed() const;
};

class CartClient
{
public:
    explicit CartClient(CartConfig config);
    const CartConfig &config() const { return m_config; }
    net::Pacer &pacer() const { return *m_pacer; }

    static int pageMax(const QString &path); // Orders 300, Products 200, else 500
    static constexpr int kBulkMax = 100;

    // One request. A GET that matches nothing is a not_found error here; list() treats it as the end.
    Result<QJsonArray> get(const QString &path, const QUrlQuery &query = {}) const;
    Result<QJsonObject> getOne(const QString &path) const; // by id: the single element of the array
    // Every page from offset 1 until a short page, 404 "no records" or 400 "Offset amount exceeds…".
    // progress(fetched) may return false to stop early.
    Result<QJsonArray> list(const QString &path, QUrlQuery query = {}, int maxRecords = -1,
                            const std::function<bool(int)> &progress = {}) const;
    Result<qint64> count(const QString &path, QUrlQuery query = {}) const;
    // The same listing, its pages fetched several at once (countonly first): for whole catalogues. Records
    // added while it runs may be missed, as with any paged read.
    Result<QJsonArray> listParallel(const QString &path, const QUrlQuery &query, int threads,
                                    const std::function<bool(int)> &progress = {}) const;

    Result<QList<WriteResult>> put(const QString &path, const QJsonValue &body) const;
    Result<QList<WriteResult>> post(const QString &path, const QJsonValue &body) const;
    Result<QList<WriteResult>> remove(const QString &path) const;
    // Chunks of 100; a failing record does not stop the others. An error is returned only when a whole
    // chunk could not be sent (results so far are in partial, when given).
    Result<BulkResult> putBulk(const QString &path, const QJsonArray &records, BulkResult *partial = nullptr) const;

    // "3dcart https://store.example (v2)": for logs, never a secret.
    QString describe() const;

private:
    struct Raw;
    // One page; no value at the end of the listing (404 "no records", 400 past the last record).
    Result<std::optional<QJsonArray>> page(const QString &path, QUrlQuery query, int offset, int limit) const;
    Result<Raw> call(const QByteArray &method, const QString &path, const QUrlQuery &query,
                     const QByteArray &body) const;
    Result<QList<WriteResult>> write(const QByteArray &method, const QString &path, const QJsonValue &body) const;

    CartConfig m_config;
    std::shared_ptr<net::Pacer> m_pacer;
};

// The Message of 3dcart's error array ([{"Key":"Error","Message":…}]) or of an object, else a text excerpt.
QString cartErrorMessage(const QByteArray &body);
QList<WriteResult> parseWriteResults(const QJsonArray &array);

} // namespace m3cart::cart
