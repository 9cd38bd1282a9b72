#pragma once
// Sample orders for the sandbox, shared by 'm3cart demo' and the console's "place sample orders" panel:
// which seeded SKUs can be sold, the SKU → M3 item lookup they need, and random order specs for
// CartSimulator::placeOrder().

#include "seed_data.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>

namespace m3cart::sandbox {

struct SampleCatalogue
{
    QHash<QString, QString>
        skuToItem;        // every SKU that exists in M3 (the sandbox's SKUs are its item numbers)
    QStringList sellable; // active, without variants
    QList<SeedCustomer> customers;

    static SampleCatalogue fromSeed(const SeedData &seed);
    // count orders of 1–3 lines; two in three for a registered customer, the rest guest checkouts.
    QList<QJsonObject> orders(int count, QRandomGenerator &rng, int firstIndex = 0) const;
};

// A fault spec that makes some sample orders fail in a visible way: a transient M3 outage on one in five
// order heads and a rejected line on one in ten, so retries and dead letters show up.
QString sampleFaultSpec();

} // namespace m3cart::sandbox
