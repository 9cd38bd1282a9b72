#pragma once
// What the mapping editor's widget tests share: a model checker kept alive for the test, and the SKU -> ITNO
// entries the shipped order mapping looks its items up in (the order samples' SKUs; a miss is an error).

#include "mapping/lookup_source.h"
#include "temp_store.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <memory>

namespace m3cart::test {

inline std::unique_ptr<QAbstractItemModelTester> watchModel(QAbstractItemModel *m)
{
    return std::make_unique<QAbstractItemModelTester>(m,
                                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
}

inline void seedOrderItems(const TempStore &t)
{
    const QHash<QString, QString> items{{QStringLiteral("CAP-2"), QStringLiteral("ITM-CAP2")},
                                        {QStringLiteral("CORSET"), QStringLiteral("ITM-CORSET")},
                                        {QStringLiteral("SHIRT"), QStringLiteral("ITM-SHIRT")},
                                        {QStringLiteral("MUG"), QStringLiteral("ITM-MUG")}};
    QVERIFY(mapping::LookupRepository(t.store).setMany(QStringLiteral("sku_itno"), items));
}

} // namespace m3cart::test
