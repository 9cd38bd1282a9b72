#include "stock_state.h"

#include "store.h"

#include <QSqlQuery>
#include <QVariant>

namespace m3cart {

StockStateRepository::StockStateRepository(std::shared_ptr<const Store> store) : m_store(std::move(store)) {}

namespace {
void readRows(QSqlQuery &q, QHash<QString, StockEntry> &out)
{
    while (q.next()) {
        StockEntry e;
        e.sku = q.value(0).toString();
        e.catalogId = q.value(1).toLongLong();
        e.optionCode = q.value(2).toString();
        if (!q.value(3).isNull())
            e.cartStock = q.value(3).toDouble();
        if (!q.value(4).isNull())
            e.pushed = q.value(4).toDouble();
        out.insert(e.sku, e);
    }
}
const QString kSelect = QStringLiteral("SELECT sku, catalog_id, option_code, cart_stock, pushed FROM stock_state");
} // namespace

Result<QHash<QString, StockEntry>> StockStateRepository::all() const
{
    QSqlQuery q(m_store->db());
    q.setForwardOnly(true);
    if (!q.exec(kSelect))
        return sqlError(q, QStringLiteral("reading the stock state"));
    QHash<QString, StockEntry> out;
    readRows(q, out);
    return out;
}

Result<QHash<QString, StockEntry>> StockStateRepository::bySku(const QStringList &skus) const
{
    QHash<QString, StockEntry> out;
    constexpr qsizetype kChunk = 500;
    for (qsizetype start = 0; start < skus.size(); start += kChunk) {
        const QStringList chunk = skus.mid(start, kChunk);
        QSqlQuery q(m_store->db());
        q.setForwardOnly(true);
        q.prepare(kSelect + QStringLiteral(" WHERE sku IN (%1)").arg(QStringList(chunk.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        for (const QString &s : chunk)
            q.addBindValue(s);
        if (!q.exec())
            return sqlError(q, QStringLiteral("reading the stock state"));
        readRows(q, out);
    }
    return out;
}

Result<bool> StockStateRepository::isEmpty() const
{
    QSqlQuery q(m_store->db());
    if (!q.exec(QStringLiteral("SELECT 1 FROM stock_state LIMIT 1")))
        return sqlError(q, QStringLiteral("reading the stock state"));
    return !q.next();
}

Status StockStateRepository::saveCatalogue(const QList<StockEntry> &entries) const
{
    return m_store->write([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO stock_state (sku, catalog_id, option_code, cart_stock) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (sku) DO UPDATE SET catalog_id = excluded.catalog_id, "
                                 "option_code = excluded.option_code, cart_stock = excluded.cart_stock"));
        for (const StockEntry &e : entries) {
            q.addBindValue(e.sku);
            q.addBindValue(e.catalogId);
            q.addBindValue(e.optionCode.isNull() ? QStringLiteral("") : e.optionCode);
            q.addBindValue(e.cartStock ? QVariant(*e.cartStock) : QVariant());
            if (const Status s = exec(q, QStringLiteral("saving the stock catalogue")); !s)
                return s;
        }
        return ok();
    });
}

Status StockStateRepository::markPushed(const QList<QPair<QString, double>> &skuQuantities) const
{
    const qint64 now = nowMs();
    return m_store->write([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE stock_state SET pushed = ?, cart_stock = ?, pushed_at = ? WHERE sku = ?"));
        for (const auto &[sku, qty] : skuQuantities) {
            q.addBindValue(qty);
            q.addBindValue(qty);
            q.addBindValue(now);
            q.addBindValue(sku);
            if (const Status s = exec(q, QStringLiteral("recording a stock push")); !s)
                return s;
        }
        return ok();
    });
}

} // namespace m3cart
