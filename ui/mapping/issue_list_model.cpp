#include "issue_list_model.h"

#include "mapping_draft.h"

#include <QApplication>
#include <QRegularExpression>
#include <QStyle>

namespace m3cart::ui {

using namespace m3cart::mapping;

IssueListModel::IssueListModel(MappingDraft *draft, QObject *parent)
    : QAbstractListModel(parent), m_draft(draft)
{
    connect(m_draft, &MappingDraft::refreshed, this, [this] {
        beginResetModel();
        m_rows = int(m_draft->issues().size()) + (m_draft->evalError().isEmpty() ? 0 : 1);
        endResetModel();
    });
}

int IssueListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant IssueListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &issues = m_draft->issues();
    if (index.row() >= issues.size()) { // the preview's own failure comes last
        switch (role) {
        case Qt::DisplayRole:
            return tr("Preview: %1").arg(m_draft->evalError());
        case Qt::DecorationRole:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        case ErrorRole:
            return true;
        case RuleRole: { // the evaluator names the culprit: "rule 'line.itno' (OIS100MI/AddBatchLine ..."
            static const QRegularExpression rule(QStringLiteral("^rule '([^']+)'"));
            return rule.match(m_draft->evalError()).captured(1);
        }
        }
        return {};
    }
    const ValidationIssue &i = issues.at(index.row());
    const bool error = i.severity == ValidationIssue::Severity::Error;
    switch (role) {
    case Qt::DisplayRole:
        return i.text();
    case Qt::ToolTipRole:
        return i.message;
    case Qt::DecorationRole:
        return QApplication::style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                         : QStyle::SP_MessageBoxWarning);
    case SectionRole:
        return i.section;
    case RuleRole:
        return i.rule;
    case ErrorRole:
        return error;
    }
    return {};
}

} // namespace m3cart::ui
