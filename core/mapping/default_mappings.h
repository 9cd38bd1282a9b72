#pragma once
// The default mapping documents shipped in resources/mappings (one per flow), embedded in the binary.

#include <QByteArray>
#include <QList>
#include <QString>

namespace m3cart::mapping {

struct DefaultMapping
{
    QString name;     // the document's "name"
    QString fileName; // e.g. order_batch.json
    QByteArray json;
};

QList<DefaultMapping> defaultMappings();
// nullptr-like empty json when unknown.
DefaultMapping defaultMapping(const QString &name);

} // namespace m3cart::mapping
