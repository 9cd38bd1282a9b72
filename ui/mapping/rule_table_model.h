#pragma once
// Boomi-style "one line per target field": the rules of one section of a MappingDraft, with the target
// field's M3/3dcart description and mandatory mark, the expression and the default (editable), the preview
// value the rule produced for the sample (marked when it breaks the field's type or length), and the note.

#include <QAbstractTableModel>

namespace m3cart::ui {

class MappingDraft;

class RuleTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Target, Description, Expression, Default, Preview, Note, ColumnCount };

    explicit RuleTableModel(MappingDraft *draft, QObject *parent = nullptr);

    void setSection(int section); // -1: none
    int section() const { return m_section; }
    int rowForRule(const QString &ruleId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    MappingDraft *m_draft;
    int m_section = -1;
};

} // namespace m3cart::ui
