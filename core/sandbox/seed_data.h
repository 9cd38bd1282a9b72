#pragma once
// Deterministic seed data shared by both simulators: store products (with and without variants) whose SKUs
// are M3 item numbers (with deliberate mismatches and inactive items), warehouses and shoppers.

#include <QList>
#include <QString>
#include <QStringList>

namespace m3cart::sandbox {

struct SeedVariant
{
    QString sku; // AdvancedOptionSufix in 3dcart, ITNO in M3
    QString optionName;
    int optionId = 0;
    double priceDelta = 0;
    int stock = 0;
};

struct SeedProduct
{
    enum class InM3 { Active, Missing, Inactive, NotSalesItem };
    int catalogId = 0;
    QString sku;
    QString name;
    QString optionSetName; // empty when no variants
    double price = 0;
    double cost = 0;
    double retailPrice = 0;
    double weight = 0;
    double stock = 0;
    QList<SeedVariant> variants;
    InM3 inM3 = InM3::Active;
};

struct SeedCustomer
{
    int id = 0;
    QString email;
    QString firstName;
    QString lastName;
    QString company;
    QString address;
    QString city;
    QString state;
    QString zip;
    QString country = QStringLiteral("US");
    QString phone;
};

struct SeedData
{
    quint32 seed = 1;
    QList<SeedProduct> products;
    QList<SeedCustomer> customers;
    QStringList warehouses; // M3 WHLO codes; the first is the default

    static SeedData generate(quint32 seed, int productCount, int customerCount = 12);
};

} // namespace m3cart::sandbox
