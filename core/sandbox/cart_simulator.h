#pragma once
// The 3dcart / Shift4Shop REST API simulator (/3dCartWebAPI/v1 and /v2 over one model): orders, order
// statuses, products with advanced options, customers and webhooks, with 3dcart's auth headers, paging and
// error quirks, a per-credential throttle, webhook delivery and the /__sandbox/ admin API. Tests and the
// `m3cart sandbox` command start it on a local port and talk HTTP to it.

#include "fault_injector.h"
#include "seed_data.h"
#include "sim_http_server.h"
#include "token_bucket.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QTimeZone>
#include <QUrl>

namespace m3cart::sandbox {

class OutboundPoster;

struct CartConfig
{
    QString secureUrl = QStringLiteral("https://sandbox-store.3dcartstores.com");
    QString privateKey = QStringLiteral("sbx-private-key-0123456789abcdef");
    QString token = QStringLiteral("sbx-token-fedcba9876543210");
    double throttlePerSecond = 2.0; // token bucket per (PrivateKey, SecureURL); 0 = off
    double throttleBurst = 2.0;
    quint32 seed = 1;
    int products = 40;
    int customers = 12;
    int orders = 25;
    QByteArray timeZone = "America/New_York";
    bool emptyListIs404 = true;         // false: 200 [] for empty filtered lists
    int maxBodyBytes = 4 * 1024 * 1024; // above: 413 (IIS page)
    int webhookAttempts = 4;
    int webhookRetryMs = 500;
    int latencyMs = 0;
    QString stateDir; // when set: state persisted as JSON there
};

class CartSimulator : public QObject
{
    Q_OBJECT
public:
    explicit CartSimulator(const CartConfig &config = {}, QObject *parent = nullptr);
    ~CartSimulator() override;

    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl rootUrl() const;                // http://127.0.0.1:PORT
    QUrl baseUrl(int version = 2) const; // http://127.0.0.1:PORT/3dCartWebAPI/v2/
    QUrl adminUrl() const;               // http://127.0.0.1:PORT/__sandbox/
    const CartConfig &config() const { return m_config; }
    FaultInjector &faults() { return m_faults; }
    OutboundPoster *webhookPoster() const { return m_poster; }
    quint64 requestCount() const;

    void reset(); // back to the seeded state
    void setThrottle(double perSecond, double burst);
    void setClockOffsetSeconds(qint64 seconds) { m_clockOffset = seconds; }

    // Model access (also behind /__sandbox/).
    int placeOrder(const QJsonObject &spec, QString *error = nullptr); // generated or given 3dcart order JSON
    QJsonObject order(int orderId) const { return m_orders.value(orderId); }
    QJsonObject product(int catalogId) const { return m_products.value(catalogId); }
    QJsonObject customer(int customerId) const { return m_customers.value(customerId); }
    QList<int> orderIds() const { return m_orders.keys(); }
    QJsonObject stateJson() const;

    // Store-local time (the store's time zone, no offset) as 3dcart prints it.
    QDateTime now() const;
    QString nowText() const;

    static QJsonArray result(const QString &key, const QString &value, int status, const QString &message);
    static HttpResponse error(int status, const QString &message);

private:
    HttpResponse handle(const HttpRequest &req);
    HttpResponse dispatch(const HttpRequest &req, const QStringList &segs);
    HttpResponse admin(const HttpRequest &req, const QStringList &segs);
    HttpResponse list(const HttpRequest &req, const QList<QJsonObject> &rows, int maxPage);
    HttpResponse rows(const QList<QJsonObject> &rows) const; // a JSON array, from the serialisation cache
    QByteArray serialized(const QJsonObject &row) const;
    bool authorized(const HttpRequest &req) const;

    // cart_orders.cpp
    HttpResponse ordersRoute(const HttpRequest &req, const QStringList &segs);
    HttpResponse listOrders(const HttpRequest &req);
    bool applyOrderUpdate(QJsonObject &order, const QJsonObject &patch, QString *error);
    bool applyShipmentUpdate(QJsonObject &order, QJsonObject &shipment, const QJsonObject &patch,
                             QString *error);
    HttpResponse itemsRoute(const HttpRequest &req, int orderId, const QStringList &segs);
    HttpResponse shipmentsRoute(const HttpRequest &req, int orderId, const QStringList &segs);
    QJsonObject makeOrder(const QJsonObject &spec, int status, const QDateTime &when, bool touchStock);
    void recomputeTotals(QJsonObject &order) const;
    void setOrderStatus(QJsonObject &order, int status);
    HttpResponse orderStatusRoute(const HttpRequest &req, const QStringList &segs);

    // cart_products.cpp
    HttpResponse productsRoute(const HttpRequest &req, const QStringList &segs);
    bool applyProductUpdate(QJsonObject &product, const QJsonObject &patch, QString *error,
                            bool *stockChanged, bool *otherChanged);
    bool applyAdvancedOptionUpdate(QJsonObject &option, const QJsonObject &patch, QString *error);
    QJsonObject makeProduct(const SeedProduct &p) const;

    // cart_customers.cpp
    HttpResponse customersRoute(const HttpRequest &req, const QStringList &segs);
    bool applyCustomerUpdate(QJsonObject &customer, const QJsonObject &patch, bool creating, QString *error);
    QJsonObject makeCustomer(const SeedCustomer &c) const;

    // cart_webhooks.cpp
    HttpResponse webhooksRoute(const HttpRequest &req, const QStringList &segs);
    void fireWebhook(int eventType, const QJsonObject &payload);

    void seed();
    void persist();
    bool restore();

    CartConfig m_config;
    SimHttpServer *m_server;
    OutboundPoster *m_poster;
    FaultInjector m_faults;
    quint16 m_port = 0;
    QTimeZone m_zone;
    qint64 m_clockOffset = 0;
    QHash<QString, TokenBucket> m_buckets;

    QMap<int, QJsonObject> m_orders;
    QMap<int, QJsonObject> m_products;
    QMap<int, QJsonObject> m_customers;
    QMap<int, QJsonObject> m_webhooks;
    QList<QJsonObject> m_statuses;
    int m_nextOrderId = 100001;
    int m_nextInvoice = 5001;
    int m_nextItemIndex = 1;
    int m_nextCustomerId = 1;
    int m_nextCatalogId = 1;
    int m_nextWebhookId = 1;
    SeedData m_seed;
    // Qt's JSON writer is slow for 3 KB orders; unchanged objects share data, so equality is a pointer test.
    mutable QHash<QString, QPair<QJsonObject, QByteArray>> m_jsonCache;
};

// Event numbers served by GET /Webhooks/Events ([U] except 2, see README).
enum CartEvent {
    OrderNew = 1,
    OrderStatusChanged = 2,
    CustomerNew = 3,
    ProductNew = 4,
    ProductChanged = 5,
    ProductDeleted = 6,
    ProductStockChanged = 7
};

} // namespace m3cart::sandbox
