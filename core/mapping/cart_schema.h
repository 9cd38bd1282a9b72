#pragma once
// 3dcart / Shift4Shop object layouts (exact PascalCase names, types, documented length limits and
// character rules) and the shapes of the mapping source kinds (cart.order, m3.balance, ...), from
// resources/mappings/schema/cart_schema.json.

#include "target_schema.h"

#include <QByteArray>

namespace m3cart::mapping {

class CartSchema
{
public:
    static std::shared_ptr<const CartSchema> builtIn(); // ":/mappings/schema/cart_schema.json"
    static Result<std::shared_ptr<CartSchema>> fromJson(const QByteArray &json);

    const FieldSet *object(const QString &name) const;
    QStringList objects() const { return m_objects.keys(); }
    // Source kinds: either an object ("cart.order" -> Order) or an inline layout ("m3.balance").
    const FieldSet *source(const QString &kind) const;
    QStringList sourceKinds() const { return m_sources.keys(); }
    QString sourceDescription(const QString &kind) const { return m_sourceDesc.value(kind); }

private:
    QHash<QString, FieldSet> m_objects;
    QHash<QString, FieldSet> m_sources;
    QHash<QString, QString> m_sourceDesc;
};

} // namespace m3cart::mapping
