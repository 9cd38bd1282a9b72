#include "lookup_editor.h"

#include "mapping/lookup_source.h"
#include "mapping_draft.h"
#include "store_table_model.h"
#include "variant_table_model.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace m3cart::ui {

using namespace m3cart::mapping;

namespace {

// The variant kind is one of four words: a combo box instead of free text.
class KindDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *c = new QComboBox(parent);
        c->addItems(VariantTableModel::kinds());
        return c;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *c = static_cast<QComboBox *>(editor);
        c->setCurrentIndex(qMax(0, c->findText(index.data(Qt::EditRole).toString())));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentText());
    }
};

QTableView *compactTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *v = new QTableView(parent);
    v->setObjectName(name);
    v->setModel(model);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->verticalHeader()->hide();
    v->verticalHeader()->setDefaultSectionSize(v->fontMetrics().height() + 8);
    v->horizontalHeader()->setStretchLastSection(true);
    return v;
}

} // namespace

LookupEditor::LookupEditor(MappingEditor *editor, QWidget *parent)
    : TableDefEditor(editor, TableKind::Lookup, parent)
{
    setObjectName(QStringLiteral("lookupEditor"));
    m_table = new QLineEdit(this);
    m_table->setObjectName(QStringLiteral("lookupTable"));
    m_table->setPlaceholderText(tr("(inline entries only)"));
    m_table->setToolTip(tr("lookup_entries.table_name in the store: large tables live there"));
    connect(m_table, &QLineEdit::editingFinished, this, [this] { setStoreTable(m_table->text()); });
    form()->insertRow(1, tr("S&tore table:"), m_table);

    m_variants = new VariantTableModel(draft(), this);
    m_variantView = compactTable(m_variants, QStringLiteral("variants"), this);
    m_variantView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                   QAbstractItemView::AnyKeyPressed);
    m_variantView->setItemDelegateForColumn(VariantTableModel::Kind, new KindDelegate(m_variantView));
    m_variantView->setMaximumHeight(m_variantView->verticalHeader()->defaultSectionSize() * 5 + 30);
    connect(m_variants, &VariantTableModel::refused, this,
            [this](const QString &m) { showMessage(m, true); });
    auto *addKind = new QComboBox(this);
    addKind->setObjectName(QStringLiteral("variantKind"));
    addKind->addItems(VariantTableModel::kinds());
    auto *addVariant = new QPushButton(tr("Add &variant"), this);
    auto *removeVariant = new QPushButton(tr("Remove (Del)"), this);
    auto *removeAction = new QAction(tr("Remove variant"), m_variantView);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_variantView->addAction(removeAction);
    connect(addVariant, &QPushButton::clicked, this,
            [this, addKind] { m_variants->addVariant(addKind->currentText()); });
    connect(removeAction, &QAction::triggered, this,
            [this] { m_variants->removeVariant(m_variantView->currentIndex().row()); });
    connect(removeVariant, &QPushButton::clicked, removeAction, &QAction::trigger);
    auto *variantButtons = new QHBoxLayout;
    variantButtons->addWidget(addKind);
    variantButtons->addWidget(addVariant);
    variantButtons->addWidget(removeVariant);
    variantButtons->addStretch();
    auto *variantBox = new QGroupBox(tr("Key variants (tried in order; none: exact only)"), this);
    auto *vl = new QVBoxLayout(variantBox);
    vl->addWidget(m_variantView);
    vl->addLayout(variantButtons);
    leftColumn()->addWidget(variantBox);

    m_store = new StoreTableModel(draft()->store(), this);
    auto *storeView = compactTable(m_store, QStringLiteral("storeEntries"), this);
    storeView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    storeView->setColumnWidth(0, 110);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("storeSearch"));
    m_search->setPlaceholderText(tr("Search keys…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_store, &StoreTableModel::setSearch);
    m_storeStatus = new QLabel(this);
    m_storeStatus->setObjectName(QStringLiteral("storeStatus"));
    m_prev = new QPushButton(tr("◀"), this);
    m_next = new QPushButton(tr("▶"), this);
    m_prev->setToolTip(tr("Previous page"));
    m_next->setToolTip(tr("Next page"));
    m_prev->setMaximumWidth(m_prev->fontMetrics().horizontalAdvance(QStringLiteral("MMMM")));
    m_next->setMaximumWidth(m_prev->maximumWidth());
    connect(m_prev, &QPushButton::clicked, this, [this] { m_store->setPage(m_store->page() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { m_store->setPage(m_store->page() + 1); });
    connect(m_store, &StoreTableModel::reloaded, this, &LookupEditor::showStorePage);
    auto *pager = new QHBoxLayout;
    pager->addWidget(m_storeStatus, 1);
    pager->addWidget(m_prev);
    pager->addWidget(m_next);
    auto *storeBox = new QGroupBox(tr("Store table content"), this);
    auto *sl = new QVBoxLayout(storeBox);
    sl->addWidget(m_search);
    sl->addWidget(storeView, 1);
    sl->addLayout(pager);
    rightColumn()->insertWidget(0, storeBox, 3);
    fillExtra();
}

bool LookupEditor::setStoreTable(const QString &table)
{
    const QString name = current();
    const QString t = table.trimmed();
    MappingDocument doc = draft()->document();
    const LookupDef *l = named(doc.lookups, name);
    if (l && t.isEmpty() && l->entries.isEmpty()) {
        showMessage(tr("A lookup needs a store table or inline entries."), true);
        m_table->setText(l->table);
        return false;
    }
    return editCurrent(tr("%1 reads store table %2").arg(name, t), [&](MappingDocument &d) {
        if (LookupDef *def = named(d.lookups, name))
            def->table = t;
    });
}

void LookupEditor::fillExtra()
{
    MappingDocument doc = draft()->document();
    const LookupDef *l = named(doc.lookups, current());
    m_table->setEnabled(l != nullptr);
    m_table->setText(l ? l->table : QString());
    m_variants->setLookup(l ? l->name : QString());
    const QString table = l ? l->table : QString();
    if (table == m_shownTable)
        return; // an edit of the same lookup: keep the search and the page
    m_shownTable = table;
    {
        const QSignalBlocker block(m_search);
        m_search->clear();
    }
    m_store->setTable(table);
}

void LookupEditor::showStorePage()
{
    const bool any = !current().isEmpty() && m_store->total() > 0;
    if (!m_store->error().isEmpty())
        m_storeStatus->setText(m_store->error());
    else if (!draft()->store())
        m_storeStatus->setText(tr("No store open."));
    else if (m_table->text().isEmpty())
        m_storeStatus->setText(tr("No store table: inline entries only."));
    else
        m_storeStatus->setText(tr("Entries: %1, page %2 of %3")
                                   .arg(m_store->total())
                                   .arg(m_store->page() + 1)
                                   .arg(m_store->pageCount()));
    m_prev->setEnabled(any && m_store->page() > 0);
    m_next->setEnabled(any && m_store->page() + 1 < m_store->pageCount());
}

std::optional<TableDefEditor::Destination> LookupEditor::askDestination(const KeyValueTable &table)
{
    QMessageBox box(QMessageBox::Question, tr("Import CSV"),
                    tr("%n entr(ies) read. Where should they go?", nullptr, int(table.rows.size())),
                    QMessageBox::Cancel, this);
    box.setInformativeText(tr("The store table '%1' holds large tables; writing it cannot be undone. "
                              "Inline entries are part of the mapping document and can be undone.")
                               .arg(m_table->text()));
    QPushButton *store = box.addButton(tr("Into the &store table"), QMessageBox::AcceptRole);
    QPushButton *inlined = box.addButton(tr("Into the &inline entries"), QMessageBox::AcceptRole);
    store->setEnabled(draft()->store() && !m_table->text().isEmpty());
    box.setDefaultButton(store->isEnabled() ? store : inlined);
    box.exec();
    if (box.clickedButton() == store)
        return Destination::Store;
    if (box.clickedButton() == inlined)
        return Destination::Inline;
    return std::nullopt;
}

Result<TableDefEditor::ImportResult> LookupEditor::importIntoStore(const KeyValueTable &table)
{
    MappingDocument doc = draft()->document();
    const LookupDef *l = named(doc.lookups, current());
    if (!l || l->table.isEmpty() || !draft()->store())
        return Error::data(tr("This lookup has no store table to import into."));
    const LookupRepository repo(draft()->store());
    QStringList keys;
    for (const auto &row : table.rows)
        keys << row.first;
    auto existing = repo.entriesWithKeys(l->table, keys);
    if (!existing)
        return existing.error();
    auto n = repo.setMany(l->table, table.toHash());
    if (!n)
        return n.error();
    ImportResult r;
    r.replaced = int(existing->size());
    r.added = n.value() - r.replaced;
    draft()->storeTablesChanged();
    m_store->reload();
    return r;
}

} // namespace m3cart::ui
