#pragma once
// Cross references between the two systems: a 3dcart id and the M3 id it became ("order" 47620 -> ORNO,
// "customer" 1234 -> CUNO, "sku" -> ITNO). The flows' memory of what already exists on the other side.

#include "common/error.h"

#include <QList>
#include <QPair>
#include <memory>
#include <optional>

class QSqlDatabase;

namespace m3cart {

class Store;

class XrefRepository
{
public:
    explicit XrefRepository(std::shared_ptr<const Store> store);
    Result<std::optional<QString>> m3Id(const QString &entity, const QString &cartId) const;
    Result<std::optional<QString>> cartId(const QString &entity, const QString &m3Id) const;
    Status put(const QString &entity, const QString &cartId, const QString &m3Id) const;
    // Pairs of an entity recorded or changed at or after sinceMs: (3dcart id, M3 id), oldest first.
    Result<QList<QPair<QString, QString>>> list(const QString &entity, qint64 sinceMs = 0) const;
    static Status put(QSqlDatabase &db, const QString &entity, const QString &cartId, const QString &m3Id);

private:
    std::shared_ptr<const Store> m_store;
};

} // namespace m3cart
