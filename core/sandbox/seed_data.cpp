#include "seed_data.h"

#include <QRandomGenerator>

namespace m3cart::sandbox {

namespace {

const char *const kAdjectives[] = {"Classic", "Organic", "Deluxe",   "Compact", "Heavy-Duty", "Vintage",
                                   "Premium", "Travel",  "Everyday", "Pro",     "Eco",        "Studio"};
const char *const kNouns[] = {"Backpack", "Coffee Mug", "Desk Lamp", "T-Shirt",    "Water Bottle", "Notebook",
                              "Hoodie",   "Tea Kettle", "Yoga Mat",  "Wall Clock", "Sneaker",      "Beanie"};
const char *const kFirst[] = {"Emma",  "Liam", "Olivia", "Noah", "Ava",   "Mason", "Sofia",
                              "Lucas", "Mia",  "Ethan",  "Zoe",  "Jonas", "Greta", "Anders"};
const char *const kLast[] = {"Johnson",  "Smith",  "Garcia", "Miller",    "Davis",   "Lopez",  "Wilson",
                             "Anderson", "Thomas", "Moore",  "Lindqvist", "O'Brien", "Martin", "Nguyen"};
const char *const kCities[][3] = {{"Tampa", "FL", "33602"},    {"Austin", "TX", "73301"},
                                  {"Denver", "CO", "80202"},   {"Portland", "OR", "97201"},
                                  {"Columbus", "OH", "43004"}, {"Raleigh", "NC", "27601"},
                                  {"Madison", "WI", "53703"},  {"Boise", "ID", "83702"}};
const char *const kStreets[] = {"Main St", "Oak Ave", "Pine Rd", "Maple Dr", "Cedar Ln", "Elm St"};
const char *const kSizes[][2] = {{"S", "Small"}, {"M", "Medium"}, {"L", "Large"}, {"XL", "X-Large"}};

template <typename T, size_t N> const T &pick(QRandomGenerator &rng, const T (&array)[N])
{
    return array[rng.bounded(int(N))];
}

double money(QRandomGenerator &rng, int lo, int hi)
{
    return rng.bounded(lo, hi) + (rng.bounded(2) ? 0.99 : 0.49);
}

} // namespace

SeedData SeedData::generate(quint32 seed, int productCount, int customerCount)
{
    SeedData d;
    d.seed = seed;
    d.warehouses = {QStringLiteral("100"), QStringLiteral("200"), QStringLiteral("300")};
    QRandomGenerator rng(seed);
    for (int i = 0; i < productCount; ++i) {
        SeedProduct p;
        p.catalogId = i + 1;
        p.sku = QStringLiteral("SKU-%1").arg(1001 + i);
        p.name = QStringLiteral("%1 %2").arg(QLatin1String(pick(rng, kAdjectives)),
                                             QLatin1String(pick(rng, kNouns)));
        p.price = money(rng, 5, 120);
        p.cost = qRound(p.price * 45.0) / 100.0;
        p.retailPrice = qRound(p.price * 125.0) / 100.0;
        p.weight = rng.bounded(1, 40) / 10.0;
        p.stock = rng.bounded(-5, 150);
        // Every fourth product has size variants with their own SKUs and stock.
        if (i % 4 == 1) {
            p.optionSetName = QStringLiteral("Size");
            const int n = 2 + rng.bounded(3);
            for (int v = 0; v < n; ++v) {
                SeedVariant var;
                var.sku = p.sku + QLatin1Char('-') + QLatin1String(kSizes[v][0]);
                var.optionName =
                    QStringLiteral("(%1) %2").arg(QLatin1String(kSizes[v][0]), QLatin1String(kSizes[v][1]));
                var.optionId = (i + 1) * 10 + v;
                var.priceDelta = v >= 3 ? 2.0 : 0.0;
                var.stock = rng.bounded(-3, 60);
                p.variants.append(var);
            }
        }
        // Deliberate mismatches: some SKUs are unknown to M3, some items are inactive or not sales items.
        if (i % 13 == 7)
            p.inM3 = SeedProduct::InM3::Missing;
        else if (i % 17 == 11)
            p.inM3 = SeedProduct::InM3::Inactive;
        else if (i % 19 == 15)
            p.inM3 = SeedProduct::InM3::NotSalesItem;
        d.products.append(p);
    }
    for (int i = 0; i < customerCount; ++i) {
        SeedCustomer c;
        c.id = i + 1;
        c.firstName = QLatin1String(pick(rng, kFirst));
        c.lastName = QLatin1String(pick(rng, kLast));
        c.email = QStringLiteral("%1.%2%3@example.com")
                      .arg(c.firstName.toLower(), QString(c.lastName).remove(QLatin1Char('\'')).toLower())
                      .arg(i + 1);
        c.company = i % 3 == 0 ? QStringLiteral("%1 Trading LLC").arg(c.lastName) : QString();
        const auto &city = kCities[rng.bounded(int(std::size(kCities)))];
        c.address =
            QStringLiteral("%1 %2").arg(rng.bounded(10, 9999)).arg(QLatin1String(pick(rng, kStreets)));
        c.city = QLatin1String(city[0]);
        c.state = QLatin1String(city[1]);
        c.zip = QLatin1String(city[2]);
        c.phone = QStringLiteral("555-%1").arg(rng.bounded(1000, 9999));
        d.customers.append(c);
    }
    return d;
}

} // namespace m3cart::sandbox
