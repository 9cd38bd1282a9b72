#pragma once
// The entries of one value map or of one lookup's inline table as an editable key | value table. Every
// change is one MappingDraft::edit (undoable); an empty or repeated key is refused with a message that
// names it (refused()), and the document keeps what it had.

#include "document_edits.h"

#include <QAbstractTableModel>

namespace m3cart::ui {

class MappingDraft;

class EntryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Key, Value, ColumnCount };

    EntryTableModel(MappingDraft *draft, TableKind kind, QObject *parent = nullptr);

    void setTable(const QString &name); // "" for none
    QString table() const { return m_table; }
    int rowForKey(const QString &key) const;

    // A new entry with a fresh key ("NEW", "NEW 2" ...) for the person to overwrite; its row, -1 if none.
    int addEntry();
    bool removeEntry(int row);
    // Adds the rows, replacing the values of keys already there, as one undoable step (an import).
    bool mergeEntries(const QList<std::pair<QString, QString>> &rows, int *added, int *replaced);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void refused(const QString &message);

private:
    using Entries = QList<std::pair<QString, QJsonValue>>;
    Entries current() const; // the document's entries of the table
    void reload();
    // The key as the engine compares it: trimmed, and lower case when the value map ignores case.
    QString normalized(const QString &key) const;
    int indexOf(const Entries &entries, const QString &key, int except = -1) const;
    // Text typed into a value cell: a number stays a number (3dcart status ids), like the other values.
    QJsonValue typedValue(const QString &text, const QJsonValue &like) const;
    bool write(const QString &label, const Entries &entries);

    MappingDraft *m_draft;
    TableKind m_kind;
    QString m_table;
    Entries m_entries; // a copy of the document's, refreshed on every document change
};

} // namespace m3cart::ui
