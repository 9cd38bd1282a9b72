#include "rule_table_model.h"

#include "mapping_draft.h"
#include "preview_marks.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFont>

namespace m3cart::ui {

using namespace m3cart::mapping;

namespace {
QString expressionHelp()
{
    return QCoreApplication::translate("m3cart::ui::RuleTableModel",
                                       "A path ($.BillingEmail), an expression (trim($.Name)), or a constant "
                                       "as a literal: 'WEB' or \"WEB\" for text, 10 for a number, true.");
}
} // namespace

RuleTableModel::RuleTableModel(MappingDraft *draft, QObject *parent)
    : QAbstractTableModel(parent), m_draft(draft)
{
    connect(m_draft, &MappingDraft::documentLoaded, this, [this] { setSection(-1); });
    connect(m_draft, &MappingDraft::documentChanged, this, [this] { // rows may have come or gone
        beginResetModel();
        if (m_section >= m_draft->document().sections.size())
            m_section = int(m_draft->document().sections.size()) - 1;
        endResetModel();
    });
    connect(m_draft, &MappingDraft::ruleChanged, this, [this](int section, int rule) {
        if (section == m_section)
            emit dataChanged(index(rule, 0), index(rule, ColumnCount - 1));
    });
    // Preview values and error marks change for every row after a refresh.
    connect(m_draft, &MappingDraft::refreshed, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

void RuleTableModel::setSection(int section)
{
    if (section >= m_draft->document().sections.size())
        section = -1;
    if (section == m_section)
        return;
    beginResetModel();
    m_section = section;
    endResetModel();
}

int RuleTableModel::rowForRule(const QString &ruleId) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (m_draft->document().sections.at(m_section).rules.at(r).id == ruleId)
            return r;
    return -1;
}

int RuleTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_section < 0)
        return 0;
    return int(m_draft->document().sections.at(m_section).rules.size());
}

int RuleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SectionDef &s = m_draft->document().sections.at(m_section);
    const RuleDef &rule = s.rules.at(index.row());
    const FieldSpec *spec = m_draft->schema().targetField(s.target, rule.target);
    const bool mandatory = rule.required || (spec && spec->mandatory);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Target:
            return mandatory && role == Qt::DisplayRole ? rule.target + QStringLiteral(" *") : rule.target;
        case Description:
            return spec ? spec->description : QString();
        case Expression:
            return ruleExpressionText(rule);
        case Default:
            return jsonCellText(rule.defaultValue);
        case Preview:
            return m_draft->previewValue(m_section, index.row());
        case Note:
            return rule.note;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Target) {
            QStringList tip{tr("Rule %1").arg(rule.id)};
            if (mandatory)
                tip << tr("Mandatory field");
            if (spec && spec->maxLength > 0)
                tip << tr("Max. length %1").arg(spec->maxLength);
            if (!rule.valueMap.isEmpty())
                tip << tr("Value map: %1").arg(rule.valueMap);
            if (!rule.lookup.isEmpty())
                tip << tr("Lookup: %1").arg(rule.lookup);
            return tip.join(QLatin1Char('\n'));
        }
        if (index.column() == Description && spec)
            return spec->description;
        if (index.column() == Expression)
            return ruleExpressionText(rule) + QLatin1Char('\n') + expressionHelp();
        if (index.column() == Default)
            return tr("Written when the value is empty (a constant, typed for the field).");
        if (index.column() == Preview) {
            const FieldMark mark = markFor(m_draft->ruleIssues(s.id, rule.id));
            QString tip = tr("Made by rule %1").arg(rule.id);
            if (spec)
                tip += tr(", field %1").arg(fieldTypeText(spec));
            return mark.any() ? tip + QLatin1Char('\n') + mark.tip : tip;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == Preview)
            return markFor(m_draft->ruleIssues(s.id, rule.id)).icon();
        return {};
    case Qt::FontRole:
        if (index.column() == Target && mandatory) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        if (m_draft->hasErrors(m_section, index.row()))
            return QBrush(QColor(0xff, 0xeb, 0xee));
        return {};
    case Qt::UserRole:
        return rule.id;
    }
    return {};
}

bool RuleTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    if (index.column() == Expression)
        return m_draft->setExpression(m_section, index.row(), value.toString());
    if (index.column() == Note)
        return m_draft->setNote(m_section, index.row(), value.toString());
    if (index.column() == Default)
        return m_draft->setDefault(m_section, index.row(), value.toString());
    return false;
}

Qt::ItemFlags RuleTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() &&
        (index.column() == Expression || index.column() == Default || index.column() == Note))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Expression)
        return expressionHelp();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Target:
        return tr("Target field");
    case Default:
        return tr("Default");
    case Description:
        return tr("Description");
    case Expression:
        return tr("Expression");
    case Preview:
        return tr("Preview");
    case Note:
        return tr("Note");
    }
    return {};
}

} // namespace m3cart::ui
