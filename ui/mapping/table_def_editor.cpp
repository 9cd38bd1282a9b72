#include "table_def_editor.h"

#include "entry_table_model.h"
#include "mapping_draft.h"
#include "mapping_editor.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <iterator>

namespace m3cart::ui {

using namespace m3cart::mapping;

namespace {

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAutoDefault(false);
    return b;
}

const MissPolicy kPolicies[] = {MissPolicy::Error, MissPolicy::Default, MissPolicy::PassThrough,
                                MissPolicy::Empty};

} // namespace

TableDefEditor::TableDefEditor(MappingEditor *editor, TableKind kind, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_kind(kind)
{
    const bool maps = kind == TableKind::ValueMap;
    m_entries = new EntryTableModel(draft(), kind, this);

    m_picker = new QComboBox(this);
    m_picker->setObjectName(QStringLiteral("tablePicker"));
    m_picker->setMinimumContentsLength(10);
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_picker, &QComboBox::currentTextChanged, this, [this] { fillFields(); });
    auto *add = button(tr("&New…"), QStringLiteral("addTable"), this);
    auto *rename = button(tr("Ren&ame…"), QStringLiteral("renameTable"), this);
    auto *remove = button(tr("Remove"), QStringLiteral("removeTable"), this);
    connect(add, &QPushButton::clicked, this, &TableDefEditor::askAdd);
    connect(rename, &QPushButton::clicked, this, &TableDefEditor::askRename);
    connect(remove, &QPushButton::clicked, this, &TableDefEditor::askRemove);
    auto *top = new QHBoxLayout;
    auto *pickLabel = new QLabel(maps ? tr("Value ma&p:") : tr("Loo&kup:"), this);
    pickLabel->setBuddy(m_picker);
    top->addWidget(pickLabel);
    top->addWidget(m_picker, 1);
    top->addWidget(add);
    top->addWidget(rename);
    top->addWidget(remove);

    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("tableDescription"));
    connect(m_description, &QLineEdit::editingFinished, this,
            [this] { setDescription(m_description->text()); });
    m_onMissing = new QComboBox(this);
    m_onMissing->setObjectName(QStringLiteral("onMissing"));
    m_onMissing->setMinimumContentsLength(12);
    m_onMissing->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_onMissing->addItem(tr("Error: the record fails, naming the value"));
    m_onMissing->addItem(tr("Default: use the default value"));
    m_onMissing->addItem(tr("Pass through: keep the value as it is"));
    m_onMissing->addItem(tr("Empty: leave the field out"));
    connect(m_onMissing, &QComboBox::activated, this,
            [this](int i) { setOnMissing(kPolicies[qBound(0, i, 3)]); });
    m_default = new QLineEdit(this);
    m_default->setObjectName(QStringLiteral("tableDefault"));
    m_default->setPlaceholderText(tr("(none)"));
    connect(m_default, &QLineEdit::editingFinished, this, [this] { setDefaultText(m_default->text()); });
    m_form = new QFormLayout;
    m_form->addRow(tr("&Description:"), m_description);
    m_form->addRow(tr("&When a value is missing:"), m_onMissing);
    m_form->addRow(tr("Defa&ult value:"), m_default);

    m_entryView = new QTableView(this);
    m_entryView->setObjectName(QStringLiteral("entries"));
    m_entryView->setModel(m_entries);
    m_entryView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entryView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_entryView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::AnyKeyPressed);
    m_entryView->verticalHeader()->hide();
    m_entryView->verticalHeader()->setDefaultSectionSize(m_entryView->fontMetrics().height() + 8);
    m_entryView->horizontalHeader()->setStretchLastSection(true);
    m_entryView->setColumnWidth(EntryTableModel::Key, 180);
    auto *addEntry = new QAction(tr("Add entry"), m_entryView);
    addEntry->setShortcut(QKeySequence(Qt::Key_Insert));
    addEntry->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *removeEntry = new QAction(tr("Remove entry"), m_entryView);
    removeEntry->setShortcut(QKeySequence::Delete);
    removeEntry->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_entryView->addActions({addEntry, removeEntry});
    connect(addEntry, &QAction::triggered, this, [this] {
        const int row = m_entries->addEntry();
        if (row < 0)
            return;
        const QModelIndex key = m_entries->index(row, EntryTableModel::Key);
        m_entryView->setCurrentIndex(key);
        m_entryView->edit(key); // the fresh key is a placeholder: type the real one
    });
    connect(removeEntry, &QAction::triggered, this, [this] {
        const QModelIndex at = m_entryView->currentIndex();
        if (m_entries->removeEntry(at.row()) &&
            m_entries->rowCount() > 0) // the next Delete takes the next row
            m_entryView->setCurrentIndex(
                m_entries->index(qMin(at.row(), m_entries->rowCount() - 1), at.column()));
    });
    connect(m_entries, &EntryTableModel::refused, this, [this](const QString &m) { showMessage(m, true); });
    auto *addEntryButton = button(tr("Add (Ins)"), QStringLiteral("addEntry"), this);
    auto *removeEntryButton = button(tr("Remove (Del)"), QStringLiteral("removeEntry"), this);
    auto *import = button(tr("&Import CSV…"), QStringLiteral("importCsv"), this);
    connect(addEntryButton, &QPushButton::clicked, addEntry, &QAction::trigger);
    connect(removeEntryButton, &QPushButton::clicked, removeEntry, &QAction::trigger);
    connect(import, &QPushButton::clicked, this, &TableDefEditor::chooseImport);
    auto *entryButtons = new QHBoxLayout;
    entryButtons->addWidget(addEntryButton);
    entryButtons->addWidget(removeEntryButton);
    entryButtons->addStretch();
    entryButtons->addWidget(import);
    auto *entryBox =
        new QGroupBox(maps ? tr("Entries (value → result)") : tr("Inline entries (read first)"), this);
    auto *el = new QVBoxLayout(entryBox);
    el->addWidget(m_entryView, 1);
    el->addLayout(entryButtons);

    m_usedBy = new QListWidget(this);
    m_usedBy->setObjectName(QStringLiteral("usedBy"));
    m_usedBy->setMinimumWidth(120);
    connect(m_usedBy, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *i) { showRule(m_usedBy->row(i)); });
    connect(m_usedBy, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *i) { showRule(m_usedBy->row(i)); });
    auto *usedBox = new QGroupBox(tr("Used by (click: show the rule)"), this);
    auto *ul = new QVBoxLayout(usedBox);
    ul->addWidget(m_usedBy);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("tableMessage"));
    m_message->setWordWrap(true);

    // Two columns in a splitter: the tab shares the editor's width with the preview, so both may shrink.
    auto *left = new QWidget(this);
    m_left = new QVBoxLayout(left);
    m_left->setContentsMargins(0, 0, 0, 0);
    m_left->addLayout(m_form);
    m_left->addWidget(entryBox, 1);
    auto *right = new QWidget(this);
    m_right = new QVBoxLayout(right);
    m_right->setContentsMargins(0, 0, 0, 0);
    m_right->addWidget(usedBox, 1);
    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->addWidget(left);
    columns->addWidget(right);
    columns->setStretchFactor(0, 3);
    columns->setStretchFactor(1, 2);
    columns->setChildrenCollapsible(false);
    auto *l = new QVBoxLayout(this);
    l->addLayout(top);
    l->addWidget(columns, 1);
    l->addWidget(m_message);

    m_needTable = {rename,      remove,         m_description,     m_onMissing, m_default,
                   m_entryView, addEntryButton, removeEntryButton, import,      m_usedBy};
    connect(draft(), &MappingDraft::documentLoaded, this, [this] {
        m_message->clear();
        refill();
    });
    connect(draft(), &MappingDraft::documentChanged, this, &TableDefEditor::refill);
    refill();
}

MappingDraft *TableDefEditor::draft() const
{
    return m_editor->draft();
}

QString TableDefEditor::current() const
{
    return m_picker->currentText();
}

QString TableDefEditor::message() const
{
    return m_message->text();
}

bool TableDefEditor::select(const QString &name)
{
    const int i = m_picker->findText(name);
    if (i < 0)
        return false;
    m_picker->setCurrentIndex(i);
    return true;
}

void TableDefEditor::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b71c1c;") : QString());
}

void TableDefEditor::refill()
{
    const QString keep = current();
    {
        const QSignalBlocker block(m_picker);
        m_picker->clear();
        m_picker->addItems(tableNames(draft()->document(), m_kind));
        const int i = m_picker->findText(keep);
        m_picker->setCurrentIndex(i >= 0 ? i : 0);
    }
    fillFields();
}

void TableDefEditor::fillFields()
{
    MappingDocument doc = draft()->document(); // withTableFields takes a modifiable document
    const QString name = current();
    const bool any = hasTable(doc, m_kind, name);
    for (QWidget *w : std::as_const(m_needTable))
        w->setEnabled(any);
    m_description->clear();
    m_default->clear();
    withTableFields(doc, m_kind, name, [&](TableFields &f) {
        m_description->setText(f.description);
        m_description->setCursorPosition(0); // the start of a long description, not its end
        m_onMissing->setCurrentIndex(
            int(std::find(std::begin(kPolicies), std::end(kPolicies), f.onMissing) - std::begin(kPolicies)));
        m_default->setText(jsonCellText(f.defaultValue));
    });
    if (m_entries->table() != name || !any)
        m_entries->setTable(any ? name : QString());
    m_usedBy->clear();
    for (const RuleRef &r : rulesUsing(doc, m_kind, name))
        m_usedBy->addItem(tr("%1 — %2 (section %3)").arg(r.ruleId, r.target, r.sectionId));
    fillExtra();
}

bool TableDefEditor::editCurrent(const QString &label, const std::function<void(MappingDocument &)> &change)
{
    if (!hasTable(draft()->document(), m_kind, current()))
        return false;
    return draft()->edit(label, change);
}

bool TableDefEditor::addTable(const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty() || hasTable(draft()->document(), m_kind, n)) {
        showMessage(n.isEmpty() ? tr("A name is needed.") : tr("'%1' already exists.").arg(n), true);
        return false;
    }
    if (!draft()->edit(tr("Add %1").arg(n), [&](MappingDocument &d) { ui::addTable(d, m_kind, n); }))
        return false;
    select(n);
    return true;
}

bool TableDefEditor::renameTable(const QString &from, const QString &to)
{
    const QString n = to.trimmed();
    if (n.isEmpty() || hasTable(draft()->document(), m_kind, n)) {
        showMessage(n.isEmpty() ? tr("A name is needed.") : tr("'%1' already exists.").arg(n), true);
        return false;
    }
    if (!draft()->edit(tr("Rename %1 to %2").arg(from, n),
                       [&](MappingDocument &d) { ui::renameTable(d, m_kind, from, n); }))
        return false;
    select(n);
    return true;
}

bool TableDefEditor::removeTable(const QString &name)
{
    return draft()->edit(tr("Remove %1").arg(name),
                         [&](MappingDocument &d) { ui::removeTable(d, m_kind, name); });
}

bool TableDefEditor::setDescription(const QString &text)
{
    const QString name = current();
    return editCurrent(tr("Describe %1").arg(name), [&](MappingDocument &d) {
        withTableFields(d, m_kind, name, [&](TableFields &f) { f.description = text.trimmed(); });
    });
}

bool TableDefEditor::setOnMissing(MissPolicy policy)
{
    const QString name = current();
    return editCurrent(tr("%1: when missing %2").arg(name, missPolicyName(policy)), [&](MappingDocument &d) {
        withTableFields(d, m_kind, name, [&](TableFields &f) {
            f.onMissing = policy;
            if (policy == MissPolicy::Default && f.defaultValue.isUndefined())
                f.defaultValue = QString(); // the format needs a default with this policy: fill it in next
        });
    });
}

bool TableDefEditor::setDefaultText(const QString &text)
{
    const QString name = current();
    const auto entries = tableEntries(draft()->document(), m_kind, name);
    return editCurrent(tr("Default of %1").arg(name), [&](MappingDocument &d) {
        withTableFields(d, m_kind, name, [&](TableFields &f) {
            if (text.isEmpty() && f.onMissing != MissPolicy::Default)
                f.defaultValue = QJsonValue::Undefined;
            else
                f.defaultValue = cellValue(text, m_kind, entries, f.defaultValue);
        });
    });
}

Result<TableDefEditor::ImportResult> TableDefEditor::importFile(const QString &path, Destination into)
{
    auto csv = readKeyValueCsv(path);
    if (!csv)
        return csv.error();
    if (!csv->ok())
        return Error::data(tr("Nothing was imported: %n line(s) of %1 are not 'key,value':\n%2", nullptr,
                              int(csv->errors.size()))
                               .arg(path, csv->errorText()));
    if (into == Destination::Store)
        return importIntoStore(csv.value());
    ImportResult r;
    if (!hasTable(draft()->document(), m_kind, current()))
        return Error::data(tr("Choose a table to import into first."));
    m_entries->mergeEntries(csv->rows, &r.added, &r.replaced);
    return r;
}

std::optional<TableDefEditor::Destination> TableDefEditor::askDestination(const KeyValueTable &)
{
    return Destination::Inline;
}

Result<TableDefEditor::ImportResult> TableDefEditor::importIntoStore(const KeyValueTable &)
{
    return Error::data(tr("A value map has no store table."));
}

void TableDefEditor::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import key,value CSV"), {}, tr("CSV or TSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    auto csv = readKeyValueCsv(path);
    if (csv && !csv->ok()) { // say which lines, write nothing
        QMessageBox::warning(
            this, tr("Import CSV"),
            tr("Nothing was imported: these lines are not 'key,value':\n%1").arg(csv->errorText()));
        return;
    }
    if (!csv) {
        QMessageBox::warning(this, tr("Import CSV"), csv.error().message);
        return;
    }
    const auto into = askDestination(csv.value());
    if (!into)
        return;
    auto r = importFile(path, *into);
    if (!r) {
        showMessage(r.error().message, true);
        return;
    }
    showMessage(tr("Imported %1: %2 added, %3 replaced.")
                    .arg(QFileInfo(path).fileName())
                    .arg(r->added)
                    .arg(r->replaced),
                false);
}

void TableDefEditor::askAdd()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (ok)
        addTable(name);
}

void TableDefEditor::askRename()
{
    const QString from = current();
    const int uses = int(rulesUsing(draft()->document(), m_kind, from).size());
    bool ok = false;
    const QString to = QInputDialog::getText(
        this, tr("Rename"), tr("New name for %1 (%n rule(s) using it follow):", nullptr, uses).arg(from),
        QLineEdit::Normal, from, &ok);
    if (ok && to != from)
        renameTable(from, to);
}

void TableDefEditor::askRemove()
{
    const QString name = current();
    const int uses = int(rulesUsing(draft()->document(), m_kind, name).size());
    if (uses > 0 &&
        QMessageBox::question(
            this, tr("Remove"),
            tr("%n rule(s) use %1 and will show an error. Remove it?", nullptr, uses).arg(name)) !=
            QMessageBox::Yes)
        return;
    removeTable(name);
}

void TableDefEditor::showRule(int row)
{
    const auto uses = rulesUsing(draft()->document(), m_kind, current());
    if (row < 0 || row >= uses.size())
        return;
    m_editor->views()->setCurrentIndex(0); // the Rules tab
    m_editor->selectRule(uses.at(row).sectionId, uses.at(row).ruleId);
}

} // namespace m3cart::ui
