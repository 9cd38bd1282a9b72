#pragma once
// A lookup's key variants (tried in order: exact, upper, stripSuffix, pattern) as an editable table, one
// line per variant with the fields its kind uses. Each change is one MappingDraft::edit; a change that
// would leave a variant unusable (stripSuffix without separator or suffixes, pattern without a regex) is
// refused with a message.

#include <QAbstractTableModel>

namespace m3cart::ui {

class MappingDraft;

class VariantTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Kind, Separator, Suffixes, Pattern, Replacement, AsValue, ColumnCount };
    static QStringList kinds(); // exact, upper, stripSuffix, pattern

    explicit VariantTableModel(MappingDraft *draft, QObject *parent = nullptr);
    void setLookup(const QString &name);

    int addVariant(const QString &kind); // appended; its row, -1 when nothing changed
    bool removeVariant(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void refused(const QString &message);

private:
    void reload();
    int m_rows = 0;
    MappingDraft *m_draft;
    QString m_lookup;
};

} // namespace m3cart::ui
