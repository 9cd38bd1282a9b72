#pragma once
// What the order tests share: both simulators on a thread, a fresh store with the identity SKU map the
// sandbox needs (its SKUs are M3 item numbers), client configs pointing at the simulators, a few picks from
// the seed, and views of what M3 received.

#include "cart/cart_client.h"
#include "config/connections.h"
#include "m3/m3_client.h"
#include "mapping/lookup_source.h"
#include "sandbox/seed_data.h"
#include "sandbox_thread.h"
#include "temp_store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace m3cart::test {

class OrderRig
{
public:
    explicit OrderRig(const sandbox::SandboxOptions &options = withoutThrottle())
        : m_sb(options), m_seed(sandbox::SeedData::generate(options.seed, options.products))
    {
        if (!m_sb.ok())
            return;
        QHash<QString, QString> skus;
        for (const sandbox::SeedProduct &p : m_seed.products) {
            if (p.inM3 == sandbox::SeedProduct::InM3::Missing)
                continue;
            skus.insert(p.sku, p.sku);
            for (const sandbox::SeedVariant &v : p.variants)
                skus.insert(v.sku, v.sku);
        }
        m_lookupOk = bool(mapping::LookupRepository(m_temp.store).setMany(QStringLiteral("sku_itno"), skus));
    }
    static sandbox::SandboxOptions withoutThrottle()
    {
        sandbox::SandboxOptions o;
        o.cartThrottlePerSecond = 0;
        return o;
    }

    bool ok() const { return m_sb.ok() && m_lookupOk; }
    QString error() const { return m_sb.error(); }
    SandboxThread &sandbox() { return m_sb; }
    const std::shared_ptr<Store> &store() const { return m_temp.store; }
    const sandbox::SeedData &seed() const { return m_seed; }

    cart::CartConfig cartConfig() const
    {
        cart::CartConfig cfg = config::fromSandboxReady(m_sb.ready()).value().cart;
        cfg.pacing.ratePerSecond = 500;
        cfg.pacing.maxConcurrent = 8;
        return cfg;
    }
    m3::M3Config m3Config() const
    {
        m3::M3Config cfg = config::fromSandboxReady(m_sb.ready()).value().m3;
        cfg.pacing.ratePerSecond = 1000;
        cfg.pacing.burst = 50;
        cfg.pacing.maxConcurrent = 8;
        return cfg;
    }

    // An active single product (no variants) that M3 has.
    QString activeSku(int nth = 0) const
    {
        for (const sandbox::SeedProduct &p : m_seed.products)
            if (p.inM3 == sandbox::SeedProduct::InM3::Active && p.variants.isEmpty() && nth-- == 0)
                return p.sku;
        return {};
    }
    // A product with variants, and its first variant's SKU.
    QPair<QString, QString> variant() const
    {
        for (const sandbox::SeedProduct &p : m_seed.products)
            if (p.inM3 == sandbox::SeedProduct::InM3::Active && !p.variants.isEmpty())
                return {p.sku, p.variants.first().sku};
        return {};
    }
    QString missingSku() const
    {
        for (const sandbox::SeedProduct &p : m_seed.products)
            if (p.inM3 == sandbox::SeedProduct::InM3::Missing)
                return p.sku;
        return {};
    }

    // Places an order in the store simulator; the order as 3dcart would send it.
    QJsonObject placeOrder(const QJsonObject &spec)
    {
        QJsonObject o;
        m_sb.run([&](sandbox::Sandbox &s) {
            QString err;
            const int id = s.cart()->placeOrder(spec, &err);
            o = s.cart()->order(id);
        });
        return o;
    }
    QJsonObject cartOrder(int orderId)
    {
        QJsonObject o;
        m_sb.run([&](sandbox::Sandbox &s) { o = s.cart()->order(orderId); });
        return o;
    }

    QJsonObject m3Received()
    {
        QJsonObject r;
        m_sb.run([&](sandbox::Sandbox &s) { r = s.m3()->received(); });
        return r;
    }
    QJsonArray m3List(const char *what) { return m3Received().value(QLatin1String(what)).toArray(); }
    QJsonObject m3Order(const QString &orno)
    {
        for (const QJsonValue &v : m3List("orders")) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("head")).toObject().value(QStringLiteral("ORNO")).toString() == orno ||
                o.value(QStringLiteral("ORNO")).toString() == orno)
                return o;
        }
        return {};
    }
    int m3OrdersWithCuor(const QString &cuor)
    {
        int n = 0;
        for (const QJsonValue &v : m3List("orders"))
            if (v.toObject().value(QStringLiteral("head")).toObject().value(QStringLiteral("CUOR")).toString() == cuor)
                ++n;
        return n;
    }
    static QString cuorOf(const QJsonObject &cartOrder)
    {
        return cartOrder.value(QStringLiteral("InvoiceNumberPrefix")).toString() +
               QString::number(cartOrder.value(QStringLiteral("InvoiceNumber")).toInt());
    }

private:
    SandboxThread m_sb;
    TempStore m_temp;
    sandbox::SeedData m_seed;
    bool m_lookupOk = false;
};

} // namespace m3cart::test
