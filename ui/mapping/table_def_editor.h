#pragma once
// What the value-map and lookup tabs of the mapping editor share: pick a table of the document (add,
// rename, remove), its description, what happens to a value not in it and the default, its entries as an
// editable table (Insert/Delete, CSV import), and the rules that use it (a click shows the rule). Every
// change is one MappingDraft::edit; the subclasses add what only their kind has.

#include "document_edits.h"
#include "mapping/csv_table.h"

#include <QWidget>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;
class QVBoxLayout;

namespace m3cart::ui {

class EntryTableModel;
class MappingDraft;
class MappingEditor;

class TableDefEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Destination { Inline, Store };
    struct ImportResult
    {
        int added = 0;
        int replaced = 0;
    };

    TableDefEditor(MappingEditor *editor, TableKind kind, QWidget *parent = nullptr);

    TableKind kind() const { return m_kind; }
    QString current() const; // the chosen table's name, "" when the document has none
    bool select(const QString &name);
    QComboBox *picker() const { return m_picker; }
    EntryTableModel *entries() const { return m_entries; }
    QTableView *entryView() const { return m_entryView; }
    QListWidget *usedBy() const { return m_usedBy; }
    QString message() const; // the last refusal or import report

    // The edits behind the buttons (tests call them directly; each is one undo step).
    bool addTable(const QString &name);
    bool renameTable(const QString &from, const QString &to);
    bool removeTable(const QString &name);
    bool setDescription(const QString &text);
    bool setOnMissing(mapping::MissPolicy policy);
    bool setDefaultText(const QString &text); // "" removes the default
    // Reads a key,value CSV into the chosen table; nothing is written when a line is bad (the error
    // names the lines). Store: the lookup's store table (not undoable); Inline: the entries (undoable).
    Result<ImportResult> importFile(const QString &path, Destination into);

protected:
    MappingEditor *editor() const { return m_editor; }
    MappingDraft *draft() const;
    QFormLayout *form() const { return m_form; }
    QVBoxLayout *leftColumn() const { return m_left; }
    QVBoxLayout *rightColumn() const { return m_right; }
    void showMessage(const QString &text, bool error);
    // Fills what the subclass shows for the chosen table (the document changed or another was chosen).
    virtual void fillExtra() {}
    // Where an import goes: value maps only have inline entries; lookups ask. nullopt: cancelled.
    virtual std::optional<Destination> askDestination(const mapping::KeyValueTable &table);
    virtual Result<ImportResult> importIntoStore(const mapping::KeyValueTable &table);
    // Helpers for the subclass fields: edit the chosen table (one undo step).
    bool editCurrent(const QString &label, const std::function<void(mapping::MappingDocument &)> &change);
    template <typename T> static T *named(QList<T> &list, const QString &name)
    {
        for (T &t : list)
            if (t.name == name)
                return &t;
        return nullptr;
    }

private:
    void refill();
    void fillFields();
    void askAdd();
    void askRename();
    void askRemove();
    void chooseImport();
    void showRule(int row);

    MappingEditor *m_editor;
    TableKind m_kind;
    EntryTableModel *m_entries = nullptr;
    QComboBox *m_picker = nullptr;
    QLineEdit *m_description = nullptr;
    QComboBox *m_onMissing = nullptr;
    QLineEdit *m_default = nullptr;
    QTableView *m_entryView = nullptr;
    QListWidget *m_usedBy = nullptr;
    QLabel *m_message = nullptr;
    QFormLayout *m_form = nullptr;
    QVBoxLayout *m_left = nullptr;
    QVBoxLayout *m_right = nullptr;
    QList<QWidget *> m_needTable; // disabled while the document has no table of this kind
};

} // namespace m3cart::ui
