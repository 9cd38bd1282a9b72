#pragma once
// The mapping assistant's proposals for the chosen section of a MappingDraft, one row each: target
// field, source path, proposed expression, confidence and reason. Fields that already have a rule and
// rejected proposals are left out (an undone accept shows its proposal again). Accepting adds the rule
// through MappingDraft::edit, one undo step per accept (accept-all is one step).

#include "common/error.h"
#include "mapping/mapping_suggester.h"

#include <QAbstractTableModel>
#include <QSet>

namespace m3cart::ui {

class MappingDraft;

class SuggestionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Target, Source, Expression, Confidence, Reason, ColumnCount };

    explicit SuggestionModel(MappingDraft *draft, QObject *parent = nullptr);

    void setSection(int section); // forgets the proposals of the previous section
    int section() const { return m_section; }
    // Runs the assistant on the draft's sample for the section's target (an error without a sample).
    Status run();
    bool hasRun() const { return m_ran; }
    void clear();

    const mapping::Suggestion &suggestion(int row) const { return m_shown.at(row); }
    int rowForTarget(const QString &field) const;
    bool accept(int row);
    bool reject(int row);
    int acceptAbove(double minConfidence); // returns how many were accepted

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refilter();
    bool addRules(const QString &label, const QList<mapping::Suggestion> &accepted);

    MappingDraft *m_draft;
    int m_section = -1;
    bool m_ran = false;
    QList<mapping::Suggestion> m_all;
    QList<mapping::Suggestion> m_shown;
    QSet<QString> m_rejected; // "TARGET<-path"
};

} // namespace m3cart::ui
