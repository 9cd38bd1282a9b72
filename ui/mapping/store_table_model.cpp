#include "store_table_model.h"

#include "mapping/lookup_source.h"

namespace m3cart::ui {

StoreTableModel::StoreTableModel(std::shared_ptr<const Store> store, QObject *parent)
    : QAbstractTableModel(parent), m_store(std::move(store))
{
}

void StoreTableModel::setTable(const QString &table)
{
    m_table = table;
    m_search.clear();
    m_page = 0;
    reload();
}

void StoreTableModel::setSearch(const QString &keyContains)
{
    m_search = keyContains.trimmed();
    m_page = 0;
    reload();
}

void StoreTableModel::setPage(int page)
{
    m_page = qBound(0, page, pageCount() - 1);
    reload();
}

void StoreTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_error.clear();
    if (m_store && !m_table.isEmpty()) {
        const mapping::LookupRepository repo(m_store);
        auto n = repo.count(m_table, m_search);
        auto rows = n ? repo.page(m_table, m_page * kPageSize, kPageSize, m_search)
                      : Result<QList<std::pair<QString, QString>>>(n.error());
        if (rows) {
            m_total = n.value();
            m_rows = rows.value();
        } else {
            m_error = rows.error().message;
        }
    }
    endResetModel();
    emit reloaded();
}

int StoreTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StoreTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

QVariant StoreTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const auto &row = m_rows.at(index.row());
    return index.column() == 0 ? row.first : row.second;
}

QVariant StoreTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == 0 ? tr("Key") : tr("Value");
}

} // namespace m3cart::ui
