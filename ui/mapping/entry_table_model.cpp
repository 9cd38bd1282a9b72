#include "entry_table_model.h"

#include "mapping_draft.h"

namespace m3cart::ui {

using namespace m3cart::mapping;

EntryTableModel::EntryTableModel(MappingDraft *draft, TableKind kind, QObject *parent)
    : QAbstractTableModel(parent), m_draft(draft), m_kind(kind)
{
    connect(m_draft, &MappingDraft::documentChanged, this, &EntryTableModel::reload);
    connect(m_draft, &MappingDraft::documentLoaded, this, [this] { setTable({}); });
}

void EntryTableModel::setTable(const QString &name)
{
    beginResetModel();
    m_table = name;
    m_entries = current();
    endResetModel();
}

EntryTableModel::Entries EntryTableModel::current() const
{
    return hasTable(m_draft->document(), m_kind, m_table) ? tableEntries(m_draft->document(), m_kind, m_table)
                                                          : Entries();
}

void EntryTableModel::reload()
{
    Entries next = current();
    if (next.size() == m_entries.size()) { // a cell edit (or its undo): keep the view's current cell
        m_entries = std::move(next);
        if (!m_entries.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_entries = std::move(next);
    endResetModel();
}

QString EntryTableModel::normalized(const QString &key) const
{
    bool ignoreCase = false;
    if (m_kind == TableKind::ValueMap)
        for (const ValueMapDef &m : m_draft->document().valueMaps)
            if (m.name == m_table)
                ignoreCase = m.ignoreCase;
    return ignoreCase ? key.trimmed().toLower() : key.trimmed();
}

int EntryTableModel::indexOf(const Entries &entries, const QString &key, int except) const
{
    const QString k = normalized(key);
    for (int i = 0; i < entries.size(); ++i)
        if (i != except && normalized(entries.at(i).first) == k)
            return i;
    return -1;
}

int EntryTableModel::rowForKey(const QString &key) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).first == key)
            return i;
    return -1;
}

QJsonValue EntryTableModel::typedValue(const QString &text, const QJsonValue &like) const
{
    return cellValue(text, m_kind, m_entries, like);
}

bool EntryTableModel::write(const QString &label, const Entries &entries)
{
    const QString table = m_table;
    return m_draft->edit(label, [&](MappingDocument &d) { setTableEntries(d, m_kind, table, entries); });
}

int EntryTableModel::addEntry()
{
    if (m_table.isEmpty())
        return -1;
    QString key = QStringLiteral("NEW");
    for (int n = 2; indexOf(m_entries, key) >= 0; ++n)
        key = QStringLiteral("NEW %1").arg(n);
    Entries e = m_entries;
    e.append({key, typedValue(QString(), QJsonValue::Undefined)});
    if (!write(tr("Add entry %1 to %2").arg(key, m_table), e))
        return -1;
    return rowForKey(key);
}

bool EntryTableModel::removeEntry(int row)
{
    if (row < 0 || row >= m_entries.size())
        return false;
    Entries e = m_entries;
    const QString key = e.takeAt(row).first;
    return write(tr("Remove entry %1 from %2").arg(key, m_table), e);
}

bool EntryTableModel::mergeEntries(const QList<std::pair<QString, QString>> &rows, int *added, int *replaced)
{
    Entries e = m_entries;
    int a = 0;
    int r = 0;
    for (const auto &[key, value] : rows) {
        const int at = indexOf(e, key);
        if (at >= 0) {
            ++r;
            e[at].second = typedValue(value, e.at(at).second);
        } else {
            e.append({key, typedValue(value, QJsonValue::Undefined)});
            ++a;
        }
    }
    if (added)
        *added = a;
    if (replaced)
        *replaced = r;
    return write(tr("Import %n entr(ies) into %1", nullptr, int(rows.size())).arg(m_table), e);
}

int EntryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int EntryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &[key, value] = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return index.column() == Key ? key : jsonCellText(value);
    if (role == Qt::ToolTipRole && index.column() == Value && value.isDouble())
        return tr("A number");
    return {};
}

bool EntryTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Entries e = m_entries;
    auto &entry = e[index.row()];
    if (index.column() == Value) {
        entry.second = typedValue(value.toString(), entry.second);
        return write(tr("Edit %1 in %2").arg(entry.first, m_table), e);
    }
    const QString key = value.toString().trimmed();
    if (key.isEmpty()) {
        emit refused(tr("An entry needs a key: the key of '%1' was not changed.").arg(entry.first));
        return false;
    }
    if (const int other = indexOf(e, key, index.row()); other >= 0) {
        emit refused(
            tr("Key '%1' is already in %2 (row %3): each key once.").arg(key, m_table).arg(other + 1));
        return false;
    }
    const QString old = entry.first;
    entry.first = key;
    return write(tr("Rename key %1 to %2 in %3").arg(old, key, m_table), e);
}

Qt::ItemFlags EntryTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant EntryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == Key ? tr("Key") : tr("Value");
}

} // namespace m3cart::ui
