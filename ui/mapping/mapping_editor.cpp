#include "mapping_editor.h"

#include "issue_list_model.h"
#include "lookup_editor.h"
#include "mapping/default_mappings.h"
#include "mapping_canvas.h"
#include "mapping_draft.h"
#include "preview_marks.h"
#include "rule_table_model.h"
#include "structure_editor.h"
#include "value_map_editor.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace m3cart::ui {

using namespace m3cart::mapping;

namespace {
QToolButton *toolButton(QAction *action, const QString &name, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setObjectName(name);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return b;
}
QScrollArea *scrollable(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}
} // namespace

MappingEditor::MappingEditor(std::shared_ptr<const Store> store, QWidget *parent)
    : QWidget(parent), m_draft(new MappingDraft(std::move(store), this))
{
    m_rules = new RuleTableModel(m_draft, this);
    m_issues = new IssueListModel(m_draft, this);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("mappingTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);

    QAction *undo = m_draft->undoStack()->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_draft->undoStack()->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    addActions({undo, redo});
    // The sample the preview maps: the mapping's source kind's shipped example, or a file.
    auto *sampleMenu = new QMenu(this);
    QAction *shipped = sampleMenu->addAction(tr("Shipped &example"), this, &MappingEditor::loadShippedSample);
    connect(sampleMenu, &QMenu::aboutToShow, this, [this, shipped] { // not every source kind has one
        shipped->setEnabled(!shippedSample(m_draft->document().sourceKind).isUndefined());
    });
    sampleMenu->addAction(tr("&Open file…"), this, &MappingEditor::openSampleFile);
    QAction *fromEvent =
        sampleMenu->addAction(tr("From an e&vent…"), this, &MappingEditor::sampleFromEventRequested);
    fromEvent->setObjectName(QStringLiteral("sampleFromEvent"));
    fromEvent->setToolTip(tr("Use a stored event's payload (a webhook, a dead letter) as the sample."));
    auto *sample = new QToolButton(this);
    sample->setObjectName(QStringLiteral("sample"));
    sample->setText(tr("&Sample"));
    sample->setMenu(sampleMenu);
    sample->setPopupMode(QToolButton::InstantPopup);
    auto *tools = new QHBoxLayout;
    tools->addWidget(toolButton(undo, QStringLiteral("undo"), this));
    tools->addWidget(toolButton(redo, QStringLiteral("redo"), this));
    tools->addWidget(sample);
    tools->addStretch();

    m_sections = new QListWidget(this);
    m_sections->setObjectName(QStringLiteral("sections"));
    m_sections->setMinimumWidth(170);
    m_sections->setSpacing(2);
    connect(m_sections, &QListWidget::currentRowChanged, this, &MappingEditor::selectSection);

    m_ruleView = new QTableView(this);
    m_ruleView->setObjectName(QStringLiteral("rules"));
    m_ruleView->setModel(m_rules);
    m_ruleView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ruleView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ruleView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                QAbstractItemView::AnyKeyPressed);
    m_ruleView->verticalHeader()->hide();
    m_ruleView->verticalHeader()->setDefaultSectionSize(m_ruleView->fontMetrics().height() + 8);
    m_ruleView->horizontalHeader()->setStretchLastSection(true);
    m_ruleView->setWordWrap(false);
    m_ruleView->setColumnWidth(RuleTableModel::Target, 80);
    m_ruleView->setColumnWidth(RuleTableModel::Description, 120);
    m_ruleView->setColumnWidth(RuleTableModel::Expression, 230);
    m_ruleView->setColumnWidth(RuleTableModel::Default, 60);
    m_ruleView->setColumnWidth(RuleTableModel::Preview, 100);

    m_previewStatus = new QLabel(this);
    m_previewStatus->setObjectName(QStringLiteral("previewStatus"));
    m_previewStatus->setWordWrap(true);
    m_preview = new QStandardItemModel(this);
    m_previewView = new QTreeView(this);
    m_previewView->setObjectName(QStringLiteral("preview"));
    m_previewView->setModel(m_preview);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->setColumnWidth(0, 130);
    m_previewView->setColumnWidth(1, 130);
    auto *previewBox = new QWidget(this);
    auto *pl = new QVBoxLayout(previewBox);
    pl->setContentsMargins(0, 0, 0, 0);
    pl->addWidget(m_previewStatus);
    pl->addWidget(m_previewView, 1);

    m_issueView = new QListView(this);
    m_issueView->setObjectName(QStringLiteral("issues"));
    m_issueView->setModel(m_issues);
    m_issueView->setWordWrap(true);
    m_issueView->setMinimumHeight(m_issueView->fontMetrics().height() * 3); // below the scroll area's default
    connect(m_issueView, &QListView::clicked, this, &MappingEditor::showIssue);
    connect(m_issueView, &QListView::activated, this, &MappingEditor::showIssue);

    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->setDocumentMode(true);
    auto *structure = new StructureEditor(this); // add/remove rules and sections: buttons under the views
    m_views->addTab(structure->rulesPane(m_ruleView), tr("&Rules"));
    m_views->addTab(new MappingCanvas(this), tr("&Canvas"));
    // The table editors lay out many fields side by side: in a scroll area their width (long German labels)
    // cannot squeeze the preview away; a narrow window scrolls them instead.
    m_views->addTab(scrollable(new ValueMapEditor(this)), tr("Value &maps"));
    m_views->addTab(scrollable(new LookupEditor(this)), tr("&Lookups"));

    auto *across = new QSplitter(Qt::Horizontal, this);
    across->addWidget(structure->sectionsPane(m_sections));
    across->addWidget(m_views);
    across->addWidget(previewBox);
    across->setStretchFactor(0, 1);
    across->setStretchFactor(1, 4);
    across->setStretchFactor(2, 2);
    previewBox->setMinimumWidth(200);
    across->setSizes({150, 620, 240}); // the rules first: target, description and expression side by side
    m_issueSummary = new QLabel(this);
    m_issueSummary->setObjectName(QStringLiteral("issueSummary"));
    auto *issueBox = new QWidget(this);
    auto *il = new QVBoxLayout(issueBox);
    il->setContentsMargins(0, 0, 0, 0);
    il->addWidget(m_issueSummary);
    il->addWidget(m_issueView, 1);
    auto *down = new QSplitter(Qt::Vertical, this);
    down->addWidget(across);
    down->addWidget(issueBox);
    down->setStretchFactor(0, 4);
    down->setStretchFactor(1, 1);
    down->setSizes({560, 70}); // the issues list grows when dragged; the views need the height more

    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_title);
    l->addLayout(tools);
    l->addWidget(down, 1);

    connect(m_draft, &MappingDraft::documentChanged, this, [this] {
        const int current = m_rules->section(); // the model kept (or clamped) the section
        fillSections();
        selectSection(current);
    });
    connect(m_draft->undoStack(), &QUndoStack::cleanChanged, this, &MappingEditor::updateTitle);
    connect(m_draft, &MappingDraft::refreshed, this, &MappingEditor::fillPreview);
    connect(m_draft, &MappingDraft::refreshed, this, [this] {
        int errors = m_draft->evalError().isEmpty() ? 0 : 1;
        for (const ValidationIssue &i : m_draft->issues())
            errors += i.severity == ValidationIssue::Severity::Error ? 1 : 0;
        const int warnings =
            int(m_draft->issues().size()) + (m_draft->evalError().isEmpty() ? 0 : 1) - errors;
        m_issueSummary->setText(
            errors + warnings == 0 ? tr("Validation: no issues.")
                                   : tr("Validation: %1 error(s), %2 warning(s). Click one to show its rule.")
                                         .arg(errors)
                                         .arg(warnings));
    });
}

// The undo stack dies with the draft, after this editor's own part (the title) is gone, and says so.
MappingEditor::~MappingEditor()
{
    disconnect(m_draft->undoStack(), nullptr, this, nullptr);
}

void MappingEditor::open(const MappingDocument &doc, const QString &origin)
{
    m_draft->load(doc);
    if (!m_draft->hasSample())
        loadShippedSample(); // shipped defaults carry no "_sample": preview their kind's example
    m_origin = origin;
    updateTitle();
    fillSections();
    selectSection(doc.sections.isEmpty() ? -1 : 0);
}

bool MappingEditor::showView(QWidget *view)
{
    for (int i = 0; i < m_views->count(); ++i) {
        QWidget *tab = m_views->widget(i);
        if (tab == view || tab->isAncestorOf(view)) {
            m_views->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void MappingEditor::setOrigin(const QString &origin)
{
    m_origin = origin;
    updateTitle();
}

QString MappingEditor::title() const
{
    return m_title->text();
}

void MappingEditor::updateTitle()
{
    const MappingDocument &doc = m_draft->document();
    const QString head = m_draft->undoStack()->isClean() ? tr("%1 (%2)").arg(doc.name, m_origin)
                                                         : tr("%1 (%2) — edited").arg(doc.name, m_origin);
    m_title->setText(doc.description.isEmpty() ? head : head + QLatin1Char('\n') + doc.description);
}

void MappingEditor::fillSections()
{
    const QSignalBlocker block(m_sections);
    m_sections->clear();
    for (const SectionDef &s : m_draft->document().sections) {
        QString text = tr("%1\n%2").arg(s.id, s.target.label());
        if (!s.foreach.isEmpty())
            text += tr("\n↻ one per %1").arg(s.foreach); // repeated: one record per element
        auto *item = new QListWidgetItem(text, m_sections);
        item->setToolTip(s.description);
    }
}

void MappingEditor::selectSection(int section)
{
    {
        const QSignalBlocker block(m_sections);
        m_sections->setCurrentRow(section);
    }
    m_rules->setSection(section);
    // 3dcart targets are dotted paths ("SKUInfo.CatalogID"): the whole name, within reason.
    m_ruleView->resizeColumnToContents(RuleTableModel::Target);
    m_ruleView->setColumnWidth(RuleTableModel::Target,
                               qMin(m_ruleView->columnWidth(RuleTableModel::Target), 200));
    fillPreview();
    emit sectionChanged(section);
}

bool MappingEditor::selectRule(const QString &sectionId, const QString &ruleId)
{
    const auto &sections = m_draft->document().sections;
    for (int s = 0; s < sections.size(); ++s) {
        if (!sectionId.isEmpty() && sections.at(s).id != sectionId)
            continue;
        for (int r = 0; r < sections.at(s).rules.size(); ++r) {
            if (sections.at(s).rules.at(r).id != ruleId)
                continue;
            selectSection(s);
            const QModelIndex idx = m_rules->index(r, RuleTableModel::Expression);
            m_ruleView->setCurrentIndex(idx);
            m_ruleView->scrollTo(idx);
            m_ruleView->setFocus(Qt::OtherFocusReason); // Enter or typing edits the culprit next
            return true;
        }
    }
    return false;
}

void MappingEditor::showIssue(const QModelIndex &index)
{
    const QString rule = index.data(IssueListModel::RuleRole).toString();
    if (!rule.isEmpty()) {
        selectRule(index.data(IssueListModel::SectionRole).toString(), rule);
        return;
    }
    const auto &sections = m_draft->document().sections; // a section-level issue: show the section
    const QString sectionId = index.data(IssueListModel::SectionRole).toString();
    for (int s = 0; s < sections.size(); ++s)
        if (sections.at(s).id == sectionId)
            selectSection(s);
}

void MappingEditor::fillPreview()
{
    m_preview->clear();
    m_preview->setHorizontalHeaderLabels({tr("Field"), tr("Value"), tr("Rule")});
    const int section = m_rules->section();
    if (!m_draft->hasSample()) {
        m_previewStatus->setText(tr("No sample: open a JSON payload to preview the output."));
        return;
    }
    const MappingOutput *out = m_draft->output();
    if (!out) {
        m_previewStatus->setText(m_draft->evalError().isEmpty()
                                     ? tr("No preview: the mapping has errors (see below).")
                                     : tr("No preview: %1").arg(m_draft->evalError()));
        return;
    }
    if (section < 0)
        return;
    const SectionDef &def = m_draft->document().sections.at(section);
    const MappedSection *mapped = out->section(def.id);
    if (!mapped || mapped->skipped) {
        m_previewStatus->setText(tr("Section %1 skipped for this sample ('when' is false).").arg(def.id));
        return;
    }
    m_previewStatus->setText(tr("%n record(s) for %1", nullptr, int(mapped->records.size())).arg(def.id));
    for (int i = 0; i < mapped->records.size(); ++i) {
        auto *rec = new QStandardItem(tr("Record %1").arg(i + 1));
        appendPreviewFields(rec, *m_draft, def, i, mapped->records.at(i)); // marked with violations
        m_preview->appendRow(rec);
        if (i < 3)
            m_previewView->expand(rec->index());
    }
    // Nested 3dcart fields ("SKUInfo.Stock") are long: the whole name, within reason.
    m_previewView->resizeColumnToContents(0);
    m_previewView->setColumnWidth(0, qMin(m_previewView->columnWidth(0), 180));
}

bool MappingEditor::loadShippedSample()
{
    const QJsonValue sample = shippedSample(m_draft->document().sourceKind);
    if (sample.isUndefined())
        return false;
    m_draft->setSample(sample);
    return true;
}

void MappingEditor::openSampleFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open sample payload"), {}, tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    if (const Status s = m_draft->loadSampleFile(path); !s)
        QMessageBox::warning(this, tr("Sample"), s.error().message);
}

} // namespace m3cart::ui
