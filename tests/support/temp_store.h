#pragma once
// A store in a fresh temporary directory, removed with the object.

#include "store/store.h"
#include "verify.h"

#include <QTemporaryDir>
#include <QTest>

namespace m3cart::test {

struct TempStore
{
    QTemporaryDir dir;
    std::shared_ptr<Store> store;

    explicit TempStore(int version = -1)
    {
        Store::Options o;
        o.path = path();
        o.targetVersion = version;
        auto s = Store::open(o);
        if (!s)
            qFatal("cannot open test store: %s", qPrintable(s.error().message));
        store = s.value();
    }
    QString path() const { return dir.filePath(QStringLiteral("m3cart.db")); }
};

} // namespace m3cart::test

