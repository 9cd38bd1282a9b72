#pragma once
// The "Lookups" tab of the mapping editor: a lookup's policy, default and inline entries (TableDefEditor),
// its store table name, its key variants, and the store table's content (searched, a page at a time).
// A CSV import goes into the store table (large, not undoable) or the inline entries (undoable).

#include "table_def_editor.h"

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace m3cart::ui {

class StoreTableModel;
class VariantTableModel;

class LookupEditor : public TableDefEditor
{
    Q_OBJECT
public:
    explicit LookupEditor(MappingEditor *editor, QWidget *parent = nullptr);

    VariantTableModel *variants() const { return m_variants; }
    StoreTableModel *storeTable() const { return m_store; }
    bool setStoreTable(const QString &table);

protected:
    void fillExtra() override;
    std::optional<Destination> askDestination(const mapping::KeyValueTable &table) override;
    Result<ImportResult> importIntoStore(const mapping::KeyValueTable &table) override;

private:
    void showStorePage();

    VariantTableModel *m_variants = nullptr;
    StoreTableModel *m_store = nullptr;
    QLineEdit *m_table = nullptr;
    QTableView *m_variantView = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_storeStatus = nullptr;
    QPushButton *m_prev = nullptr;
    QPushButton *m_next = nullptr;
    std::optional<QString> m_shownTable; // the store table on show (nullopt: nothing shown yet)
};

} // namespace m3cart::ui
