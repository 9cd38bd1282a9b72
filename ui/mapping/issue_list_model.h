#pragma once
// The draft's validation issues (compiler checks and preview violations) and a failed preview, as a list;
// each row knows the section and rule it points at so a click can select that rule.

#include <QAbstractListModel>

namespace m3cart::ui {

class MappingDraft;

class IssueListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { SectionRole = Qt::UserRole + 1, RuleRole, ErrorRole };

    explicit IssueListModel(MappingDraft *draft, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    MappingDraft *m_draft;
    int m_rows = 0; // kept in step with the draft between reset signals
};

} // namespace m3cart::ui
