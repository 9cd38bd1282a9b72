#pragma once
// The default mapping documents shipped in resources/mappings (one per flow), embedded in the binary.

#include <QByteArray>
#include <QJsonValue>
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

// The shipped example payload of a source kind (resources/mappings/samples/<kind with '_' for '.'>.json,
// e.g. cart_order.json): what the flow hands the mapping; webhook kinds are arrays as 3dcart sends them.
// Undefined when none is shipped.
QJsonValue shippedSample(const QString &sourceKind);

} // namespace m3cart::mapping
