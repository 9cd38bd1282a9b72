#include "variant_table_model.h"

#include "mapping_draft.h"

namespace m3cart::ui {

using namespace m3cart::mapping;

namespace {

const LookupDef *findLookup(const MappingDocument &d, const QString &name)
{
    for (const LookupDef &l : d.lookups)
        if (l.name == name)
            return &l;
    return nullptr;
}

// The fields a kind needs, filled with a working start when missing (the document format refuses a
// stripSuffix without separator or suffixes, and a pattern without a regex).
void completeVariant(LookupVariantDef &v)
{
    if (v.kind == QLatin1String("stripSuffix") && v.separator.isEmpty() && v.suffixes.isEmpty())
        v.separator = QStringLiteral("-");
    if (v.kind == QLatin1String("pattern") && v.pattern.isEmpty()) {
        v.pattern = QStringLiteral("^(.+)$");
        v.replacement = QStringLiteral("\\1");
    }
}

} // namespace

QStringList VariantTableModel::kinds()
{
    return {QStringLiteral("exact"), QStringLiteral("upper"), QStringLiteral("stripSuffix"),
            QStringLiteral("pattern")};
}

VariantTableModel::VariantTableModel(MappingDraft *draft, QObject *parent)
    : QAbstractTableModel(parent), m_draft(draft)
{
    connect(m_draft, &MappingDraft::documentChanged, this, &VariantTableModel::reload);
    connect(m_draft, &MappingDraft::documentLoaded, this, &VariantTableModel::reload);
}

void VariantTableModel::setLookup(const QString &name)
{
    if (name == m_lookup) {
        reload();
        return;
    }
    beginResetModel();
    m_lookup = name;
    const LookupDef *l = findLookup(m_draft->document(), m_lookup);
    m_rows = l ? int(l->variants.size()) : 0;
    endResetModel();
}

void VariantTableModel::reload()
{
    const LookupDef *l = findLookup(m_draft->document(), m_lookup);
    const int rows = l ? int(l->variants.size()) : 0;
    if (rows == m_rows) { // a cell edit: keep the view's current cell
        if (rows > 0)
            emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int VariantTableModel::addVariant(const QString &kind)
{
    if (!findLookup(m_draft->document(), m_lookup) || !kinds().contains(kind))
        return -1;
    const QString name = m_lookup;
    const bool done = m_draft->edit(tr("Add %1 variant to %2").arg(kind, name), [&](MappingDocument &d) {
        for (LookupDef &l : d.lookups)
            if (l.name == name) {
                LookupVariantDef v;
                v.kind = kind;
                completeVariant(v);
                l.variants << v;
            }
    });
    return done ? m_rows - 1 : -1;
}

bool VariantTableModel::removeVariant(int row)
{
    if (row < 0 || row >= m_rows)
        return false;
    const QString name = m_lookup;
    return m_draft->edit(tr("Remove a variant of %1").arg(name), [&](MappingDocument &d) {
        for (LookupDef &l : d.lookups)
            if (l.name == name)
                l.variants.removeAt(row);
    });
}

int VariantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int VariantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VariantTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LookupDef *l = findLookup(m_draft->document(), m_lookup);
    if (!l || index.row() >= l->variants.size())
        return {};
    const LookupVariantDef &v = l->variants.at(index.row());
    const bool uses = index.column() == Kind ||
                      (v.kind == QLatin1String("stripSuffix") &&
                       (index.column() == Separator || index.column() == Suffixes)) ||
                      (v.kind == QLatin1String("pattern") && index.column() >= Pattern);
    if (role == Qt::CheckStateRole && index.column() == AsValue && uses)
        return v.asValue ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Kind:
            return v.kind;
        case Separator:
            return v.separator;
        case Suffixes:
            return v.suffixes.join(QStringLiteral(", "));
        case Pattern:
            return v.pattern;
        case Replacement:
            return v.replacement;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Kind:
            return tr("exact: the key as it is; upper: in capitals; stripSuffix: without a variant suffix "
                      "(CORSET-XS → CORSET); pattern: a regex gives the key to try");
        case Separator:
            return tr("stripSuffix: cut at the last separator");
        case Suffixes:
            return tr("stripSuffix: or cut one of these endings (comma separated)");
        case Pattern:
            return tr("pattern: a regular expression matched against the key");
        case Replacement:
            return tr("pattern: the key to try (\\1 is the first group)");
        case AsValue:
            return tr("pattern: the replacement is the answer itself, no table read");
        }
    }
    return {};
}

bool VariantTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    if (role != Qt::EditRole && !(role == Qt::CheckStateRole && index.column() == AsValue))
        return false;
    const QString text = value.toString().trimmed();
    if (index.column() == Kind && !kinds().contains(text)) {
        emit refused(tr("'%1' is not a variant kind: %2.").arg(text, kinds().join(QStringLiteral(", "))));
        return false;
    }
    const QString name = m_lookup;
    const int row = index.row();
    LookupVariantDef v = findLookup(m_draft->document(), name)->variants.at(row);
    switch (index.column()) {
    case Kind:
        v.kind = text;
        completeVariant(v);
        break;
    case Separator:
        v.separator = value.toString(); // a blank separator is a separator
        break;
    case Suffixes:
        v.suffixes.clear();
        for (const QString &s : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            v.suffixes << s.trimmed();
        break;
    case Pattern:
        v.pattern = value.toString();
        break;
    case Replacement:
        v.replacement = value.toString();
        break;
    case AsValue:
        v.asValue = value.toInt() == Qt::Checked;
        break;
    }
    if ((v.kind == QLatin1String("stripSuffix") && v.separator.isEmpty() && v.suffixes.isEmpty()) ||
        (v.kind == QLatin1String("pattern") && v.pattern.isEmpty())) {
        emit refused(v.kind == QLatin1String("pattern")
                         ? tr("A pattern variant needs a regular expression.")
                         : tr("A stripSuffix variant needs a separator or suffixes."));
        return false;
    }
    return m_draft->edit(tr("Edit a variant of %1").arg(name), [&](MappingDocument &d) {
        for (LookupDef &l : d.lookups)
            if (l.name == name)
                l.variants[row] = v;
    });
}

Qt::ItemFlags VariantTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    return index.column() == AsValue ? f | Qt::ItemIsUserCheckable : f | Qt::ItemIsEditable;
}

QVariant VariantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Kind");
    case Separator:
        return tr("Separator");
    case Suffixes:
        return tr("Suffixes");
    case Pattern:
        return tr("Pattern");
    case Replacement:
        return tr("Replacement");
    case AsValue:
        return tr("As value");
    }
    return {};
}

} // namespace m3cart::ui
