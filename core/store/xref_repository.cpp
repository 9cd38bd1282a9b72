#include "xref_repository.h"

#include "store.h"

#include <QSqlQuery>
#include <QVariant>

namespace m3cart {

XrefRepository::XrefRepository(std::shared_ptr<const Store> store) : m_store(std::move(store)) {}

namespace {
Result<std::optional<QString>> one(const Store &store, const char *sql, const QString &a, const QString &b)
{
    QSqlQuery q(store.db());
    q.prepare(QLatin1String(sql));
    q.addBindValue(a);
    q.addBindValue(b);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading a cross reference"));
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}
} // namespace

Result<std::optional<QString>> XrefRepository::m3Id(const QString &entity, const QString &cartId) const
{
    return one(*m_store, "SELECT m3_id FROM xref WHERE entity = ? AND cart_id = ?", entity, cartId);
}

Result<std::optional<QString>> XrefRepository::cartId(const QString &entity, const QString &m3Id) const
{
    return one(*m_store, "SELECT cart_id FROM xref WHERE entity = ? AND m3_id = ? ORDER BY updated_at DESC LIMIT 1",
               entity, m3Id);
}

Result<QList<QPair<QString, QString>>> XrefRepository::list(const QString &entity, qint64 sinceMs) const
{
    QSqlQuery q(m_store->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT cart_id, m3_id FROM xref WHERE entity = ? AND updated_at >= ? ORDER BY updated_at"));
    q.addBindValue(entity);
    q.addBindValue(sinceMs);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading the %1 cross references").arg(entity));
    QList<QPair<QString, QString>> out;
    while (q.next())
        out << qMakePair(q.value(0).toString(), q.value(1).toString());
    return out;
}

Status XrefRepository::put(const QString &entity, const QString &cartId, const QString &m3Id) const
{
    return m_store->write([&](QSqlDatabase &db) { return put(db, entity, cartId, m3Id); });
}

Status XrefRepository::put(QSqlDatabase &db, const QString &entity, const QString &cartId, const QString &m3Id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO xref (entity, cart_id, m3_id, updated_at) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (entity, cart_id) DO UPDATE SET m3_id = excluded.m3_id, "
                             "updated_at = excluded.updated_at"));
    q.addBindValue(entity);
    q.addBindValue(cartId);
    q.addBindValue(m3Id);
    q.addBindValue(nowMs());
    return exec(q, QStringLiteral("recording %1 %2 -> %3").arg(entity, cartId, m3Id));
}

} // namespace m3cart
