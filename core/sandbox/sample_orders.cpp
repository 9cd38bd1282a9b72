#include "sample_orders.h"

#include <QJsonArray>

namespace m3cart::sandbox {

SampleCatalogue SampleCatalogue::fromSeed(const SeedData &seed)
{
    SampleCatalogue c;
    for (const SeedProduct &p : seed.products) {
        if (p.inM3 == SeedProduct::InM3::Missing)
            continue;
        c.skuToItem.insert(p.sku, p.sku);
        for (const SeedVariant &v : p.variants)
            c.skuToItem.insert(v.sku, v.sku);
        if (p.inM3 == SeedProduct::InM3::Active && p.variants.isEmpty())
            c.sellable << p.sku;
    }
    c.customers = seed.customers;
    return c;
}

QList<QJsonObject> SampleCatalogue::orders(int count, QRandomGenerator &rng, int firstIndex) const
{
    QList<QJsonObject> out;
    if (sellable.isEmpty())
        return out;
    for (int i = firstIndex; i < firstIndex + count; ++i) {
        QJsonArray lines;
        const int n = 1 + int(rng.bounded(3));
        for (int l = 0; l < n; ++l)
            lines << QJsonObject{{QStringLiteral("sku"), sellable.at(int(rng.bounded(int(sellable.size()))))},
                                 {QStringLiteral("qty"), 1 + int(rng.bounded(3))}};
        QJsonObject spec{{QStringLiteral("lines"), lines}};
        if (i % 3 != 0 && !customers.isEmpty())
            spec.insert(QStringLiteral("CustomerID"), customers.at(i % customers.size()).id);
        out << spec;
    }
    return out;
}

QString sampleFaultSpec()
{
    return QStringLiteral("m3@*OIS100MI/AddBatchHead*:503,rate=0.2;m3@*OIS100MI/AddBatchLine*:nok,rate=0.1");
}

} // namespace m3cart::sandbox
