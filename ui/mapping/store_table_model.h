#pragma once
// One page of a lookup's store table (lookup_entries, possibly hundreds of thousands of rows): read-only
// key | value, searched by key, never loaded whole (LookupRepository::count/page).

#include <QAbstractTableModel>
#include <memory>

namespace m3cart {
class Store;
namespace ui {

class StoreTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;

    explicit StoreTableModel(std::shared_ptr<const Store> store, QObject *parent = nullptr);

    void setTable(const QString &table); // resets search and page
    void setSearch(const QString &keyContains);
    void setPage(int page);
    int page() const { return m_page; }
    int pageCount() const { return qMax(1, (m_total + kPageSize - 1) / kPageSize); }
    int total() const { return m_total; } // entries matching the search
    QString error() const { return m_error; }
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void reloaded();

private:
    std::shared_ptr<const Store> m_store;
    QString m_table;
    QString m_search;
    int m_page = 0;
    int m_total = 0;
    QString m_error;
    QList<std::pair<QString, QString>> m_rows;
};

} // namespace ui
} // namespace m3cart
