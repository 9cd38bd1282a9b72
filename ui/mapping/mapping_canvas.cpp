#include "mapping_canvas.h"

#include "canvas_items.h"
#include "canvas_layout.h"
#include "canvas_view.h"
#include "function_chain.h"
#include "function_chain_dialog.h"
#include "mapping_draft.h"
#include "mapping_editor.h"
#include "rule_table_model.h"
#include "suggestion_model.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace m3cart::ui {

using namespace m3cart::mapping;

namespace {
QAction *shortcutAction(QWidget *w, const QString &text, const QList<QKeySequence> &keys)
{
    auto *a = new QAction(text, w);
    a->setShortcuts(keys);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    w->addAction(a);
    return a;
}

QToolButton *toolButton(QAction *a, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(a);
    b->setAutoRaise(true);
    return b;
}
} // namespace

MappingCanvas::MappingCanvas(MappingEditor *editor)
    : QWidget(editor), m_editor(editor), m_draft(editor->draft()),
      m_suggestions(new SuggestionModel(m_draft, this)), m_scene(new QGraphicsScene(this)),
      m_view(new CanvasView(m_scene, this))
{
    setObjectName(QStringLiteral("mappingCanvas"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("canvasSearch"));
    m_search->setPlaceholderText(tr("Find a field…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(180);
    m_hideUnmapped = new QCheckBox(tr("&Hide unmapped"), this);
    m_hideUnmapped->setObjectName(QStringLiteral("hideUnmapped"));
    auto *suggest = new QPushButton(tr("Su&ggest"), this);
    suggest->setObjectName(QStringLiteral("suggest"));
    suggest->setToolTip(tr("Run the mapping assistant on the sample: proposals appear as dashed lines"));
    auto *acceptAll = new QPushButton(tr("Accept all ≥"), this);
    acceptAll->setObjectName(QStringLiteral("acceptAll"));
    m_threshold = new QSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("threshold"));
    m_threshold->setRange(0, 100);
    m_threshold->setValue(70);
    m_threshold->setSuffix(QStringLiteral(" %"));
    m_threshold->setToolTip(tr("Accept every proposal with at least this confidence"));

    QAction *zoomIn =
        shortcutAction(this, tr("Zoom in"), {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = shortcutAction(this, tr("Zoom out"), {QKeySequence::ZoomOut});
    QAction *fit = shortcutAction(this, tr("Fit"), {QKeySequence(Qt::CTRL | Qt::Key_0)});
    QAction *width = shortcutAction(this, tr("Width"), {QKeySequence(Qt::CTRL | Qt::Key_9)});
    width->setToolTip(tr("Fit the width (Ctrl+9)"));
    connect(width, &QAction::triggered, m_view, &CanvasView::fitWidth);
    zoomIn->setText(QStringLiteral("+"));
    zoomOut->setText(QStringLiteral("−"));
    zoomIn->setToolTip(tr("Zoom in (Ctrl++, Ctrl+wheel)"));
    zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    fit->setToolTip(tr("Fit the section in the view (Ctrl+0)"));
    QAction *link = shortcutAction(this, tr("Connect"), {QKeySequence(Qt::CTRL | Qt::Key_L)});
    connect(zoomIn, &QAction::triggered, this, [this] { m_view->zoomBy(1.2); });
    connect(zoomOut, &QAction::triggered, this, [this] { m_view->zoomBy(1 / 1.2); });
    connect(fit, &QAction::triggered, m_view, &CanvasView::zoomToFit);
    connect(link, &QAction::triggered, this, &MappingCanvas::connectChosen);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_search);
    tools->addWidget(m_hideUnmapped);
    tools->addSpacing(8);
    tools->addWidget(suggest);
    tools->addWidget(acceptAll);
    tools->addWidget(m_threshold);
    tools->addStretch();
    tools->addWidget(toolButton(zoomOut, this));
    tools->addWidget(toolButton(zoomIn, this));
    tools->addWidget(toolButton(width, this));
    tools->addWidget(toolButton(fit, this));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("canvasStatus"));
    m_status->setWordWrap(true);
    m_suggestionView = new QTableView(this);
    m_suggestionView->setObjectName(QStringLiteral("suggestions"));
    m_suggestionView->setModel(m_suggestions);
    m_suggestionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_suggestionView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_suggestionView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_suggestionView->verticalHeader()->hide();
    m_suggestionView->verticalHeader()->setDefaultSectionSize(m_suggestionView->fontMetrics().height() + 6);
    m_suggestionView->horizontalHeader()->setStretchLastSection(true);
    m_suggestionView->setWordWrap(false);
    m_suggestionView->hide();
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_suggestionView);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);

    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(4, 4, 4, 4);
    l->addLayout(tools);
    l->addWidget(split, 1);
    l->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, this, [this] { applySearch(true); });
    connect(m_search, &QLineEdit::returnPressed, this, &MappingCanvas::findNext);
    connect(m_hideUnmapped, &QCheckBox::toggled, this, &MappingCanvas::rebuild);
    connect(suggest, &QPushButton::clicked, this, &MappingCanvas::runSuggestions);
    connect(acceptAll, &QPushButton::clicked, this, &MappingCanvas::acceptAboveThreshold);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MappingCanvas::onSelectionChanged);
    connect(m_view, &CanvasView::connectRequested, this, &MappingCanvas::connectFields);
    connect(m_view, &CanvasView::dragEnded, this, [this] {
        if (m_rebuildPending)
            rebuild();
    });
    connect(m_view, &CanvasView::commandKey, this, [this](int key) { onCommandKey(key); });
    connect(m_view, &CanvasView::activated, this, [this](QGraphicsItem *item) {
        if (item->type() == LinkItemType && static_cast<LinkItem *>(item)->kind() == LinkItem::Proposal)
            acceptSelected();
        else
            editSelectedChain();
    });
    connect(m_view, &CanvasView::contextMenuAt, this, &MappingCanvas::showContextMenu);
    acceptAll->setEnabled(false);
    connect(m_suggestions, &QAbstractItemModel::modelReset, this, [this, acceptAll] {
        acceptAll->setEnabled(m_suggestions->rowCount() > 0);
        m_suggestionView->setVisible(m_suggestions->hasRun());
        m_suggestionView->resizeColumnsToContents();
        rebuild();
    });
    connect(m_suggestionView, &QTableView::activated, this,
            [this](const QModelIndex &i) { m_suggestions->accept(i.row()); });
    connect(m_suggestionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &i) {
                if (m_syncing || !i.isValid())
                    return;
                if (LinkItem *l = proposalLink(m_suggestions->suggestion(i.row()).targetField)) {
                    m_scene->clearSelection();
                    l->setSelected(true);
                    m_view->ensureVisible(l);
                }
            });

    connect(editor, &MappingEditor::sectionChanged, this, &MappingCanvas::setSection);
    connect(m_draft, &MappingDraft::documentLoaded, this, [this] { m_section = -1; });
    connect(m_draft, &MappingDraft::documentChanged, this, &MappingCanvas::rebuild);
    connect(m_draft, &MappingDraft::ruleChanged, this, &MappingCanvas::rebuild);
    connect(m_draft, &MappingDraft::refreshed, this, &MappingCanvas::rebuild); // error marks
    connect(editor->ruleView()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &i) {
                if (!m_syncing && i.isValid())
                    selectRule(i.row());
            });
}

MappingCanvas::~MappingCanvas()
{
    // The scene and the models die after this object: their last signals must not reach it.
    m_scene->disconnect(this);
    m_suggestions->disconnect(this);
    m_view->disconnect(this);
}

void MappingCanvas::setSection(int section)
{
    if (section == m_section)
        return;
    m_section = section;
    m_holdRebuild = true; // the proposals are cleared (a reset, which rebuilds): one rebuild, below
    m_suggestions->setSection(section);
    m_holdRebuild = false;
    m_chosenSource.clear();
    m_chosenTarget.clear();
    m_fitPending = true;
    rebuild();
    if (!m_rebuildPending)
        fitSection();
}

void MappingCanvas::fitSection()
{
    m_fitPending = false;
    m_view->fitWidth();
    m_view->ensureVisible(0, 0, 10, 10);
}

bool MappingCanvas::event(QEvent *event)
{
    // ShowToParent also when the window itself is not shown yet (the tab chosen before the page shows).
    if (event->type() == QEvent::ShowToParent && m_rebuildPending) {
        rebuild();
        if (m_fitPending && !m_rebuildPending)
            fitSection();
    }
    return QWidget::event(event);
}

QString MappingCanvas::statusText() const
{
    return m_status->text();
}

void MappingCanvas::setStatus(const QString &text)
{
    m_status->setText(text);
}

int MappingCanvas::selectedRule() const
{
    const auto selected = m_scene->selectedItems();
    if (selected.size() != 1)
        return -1;
    QGraphicsItem *i = selected.first();
    if (i->type() == LinkItemType) {
        auto *l = static_cast<LinkItem *>(i);
        return l->kind() == LinkItem::Rule ? l->index() : -1;
    }
    if (i->type() == FieldItemType && static_cast<FieldItem *>(i)->row().side == FieldItem::Target) {
        const QString field = static_cast<FieldItem *>(i)->row().key;
        const auto &rules = m_draft->document().sections.at(m_section).rules;
        for (int r = 0; r < rules.size(); ++r)
            if (rules.at(r).target == field)
                return r;
    }
    return -1;
}

int MappingCanvas::selectedProposal() const
{
    const auto selected = m_scene->selectedItems();
    if (selected.size() != 1)
        return -1;
    QGraphicsItem *i = selected.first();
    if (i->type() == LinkItemType && static_cast<LinkItem *>(i)->kind() == LinkItem::Proposal)
        return static_cast<LinkItem *>(i)->index();
    if (i->type() == FieldItemType && static_cast<FieldItem *>(i)->row().side == FieldItem::Target)
        return m_suggestions->rowForTarget(static_cast<FieldItem *>(i)->row().key);
    return -1;
}

void MappingCanvas::choose(FieldItem *item)
{
    QString &chosen = item->row().side == FieldItem::Source ? m_chosenSource : m_chosenTarget;
    auto &items = item->row().side == FieldItem::Source ? m_sources : m_targets;
    if (FieldItem *old = items.value(chosen))
        old->setPending(false);
    chosen = item->row().key;
    item->setPending(true);
}

void MappingCanvas::onSelectionChanged()
{
    const auto selected = m_scene->selectedItems();
    if (selected.size() == 1 && selected.first()->type() == FieldItemType && !m_searching)
        choose(static_cast<FieldItem *>(selected.first()));
    if (m_syncing)
        return;
    m_syncing = true; // keep the rule table and the proposal list on the same rule
    if (const int rule = selectedRule(); rule >= 0) {
        QTableView *table = m_editor->ruleView();
        table->setCurrentIndex(m_editor->rules()->index(rule, RuleTableModel::Expression));
    }
    if (const int p = selectedProposal(); p >= 0)
        m_suggestionView->setCurrentIndex(m_suggestions->index(p, SuggestionModel::Target));
    m_syncing = false;
}

void MappingCanvas::selectRule(int rule)
{
    const auto &sections = m_draft->document().sections;
    if (m_section < 0 || m_section >= sections.size() || rule < 0 ||
        rule >= sections.at(m_section).rules.size())
        return;
    if (LinkItem *l = ruleLink(sections.at(m_section).rules.at(rule).id)) {
        m_scene->clearSelection();
        l->setSelected(true);
        if (FieldItem *t = m_targets.value(sections.at(m_section).rules.at(rule).target))
            m_view->ensureVisible(t);
    }
}

bool MappingCanvas::connectFields(const QString &sourcePath, const QString &field)
{
    const auto &sections = m_draft->document().sections;
    if (m_section < 0 || m_section >= sections.size() || sourcePath.isEmpty() || field.isEmpty())
        return false;
    const int section = m_section;
    const auto &rules = sections.at(section).rules;
    int existing = -1;
    for (int r = 0; r < rules.size(); ++r)
        if (rules.at(r).target == field)
            existing = r;
    QString expression = sourcePath;
    if (existing >= 0) // re-wire: a chain keeps its functions over the new source
        if (auto chain = parseChain(ruleExpressionText(rules.at(existing)))) {
            chain->source = sourcePath;
            expression = chain->expression();
        }
    const bool done = m_draft->edit(tr("Connect %1 → %2").arg(sourcePath, field), [&](MappingDocument &doc) {
        SectionDef &s = doc.sections[section];
        if (existing < 0) {
            CanvasLayout::addRule(s, field, expression);
            return;
        }
        RuleDef &r = s.rules[existing];
        r.expr = expression;
        r.from.clear();
        r.value = QJsonValue::Undefined;
    });
    if (done) {
        const auto &now = m_draft->document().sections.at(section).rules;
        for (int r = 0; r < now.size(); ++r)
            if (now.at(r).target == field)
                selectRule(r);
        setStatus(tr("Connected %1 → %2.").arg(sourcePath, field));
    }
    return done;
}

bool MappingCanvas::connectChosen()
{
    FieldItem *s = m_sources.value(m_chosenSource);
    FieldItem *t = m_targets.value(m_chosenTarget);
    if (!s || !t) {
        setStatus(
            tr("Choose a source field and a target field first (click them, or find them and press Enter)."));
        return false;
    }
    const QString from = s->row().path; // copies: the connection rebuilds the scene
    const QString to = t->row().key;
    return connectFields(from, to);
}

bool MappingCanvas::deleteSelected()
{
    const int rule = selectedRule();
    if (rule < 0)
        return false;
    const int section = m_section;
    const RuleDef def = m_draft->document().sections.at(section).rules.at(rule);
    const bool done = m_draft->edit(tr("Delete rule %1").arg(def.target), [&](MappingDocument &doc) {
        doc.sections[section].rules.removeAt(rule);
    });
    if (done)
        setStatus(tr("Deleted the rule for %1 (Ctrl+Z brings it back).").arg(def.target));
    return done;
}

FunctionChainDialog *MappingCanvas::editSelectedChain()
{
    const int rule = selectedRule();
    if (rule < 0)
        return nullptr;
    if (m_chainDialog)
        m_chainDialog->close();
    m_chainDialog = new FunctionChainDialog(m_draft, m_section, rule, this);
    m_chainDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_chainDialog->open();
    return m_chainDialog;
}

bool MappingCanvas::acceptSelected()
{
    const int p = selectedProposal();
    if (p < 0)
        return false;
    const QString field = m_suggestions->suggestion(p).targetField;
    if (!m_suggestions->accept(p))
        return false;
    setStatus(tr("Accepted the proposal for %1.").arg(field));
    const auto &rules = m_draft->document().sections.at(m_section).rules;
    for (int r = 0; r < rules.size(); ++r)
        if (rules.at(r).target == field)
            selectRule(r);
    return true;
}

bool MappingCanvas::rejectSelected()
{
    const int p = selectedProposal();
    return p >= 0 && m_suggestions->reject(p);
}

int MappingCanvas::acceptAboveThreshold()
{
    const int n = m_suggestions->acceptAbove(m_threshold->value() / 100.0);
    setStatus(tr("Accepted %n proposal(s) of at least %1%.", nullptr, n).arg(m_threshold->value()));
    return n;
}

void MappingCanvas::runSuggestions()
{
    if (const Status s = m_suggestions->run(); !s) {
        setStatus(s.error().message);
        return;
    }
    setStatus(m_suggestions->rowCount() == 0
                  ? tr("No proposals for the unmapped fields of this section.")
                  : tr("%n proposal(s), dashed: A accepts the selected one, R rejects it.", nullptr,
                       m_suggestions->rowCount()));
}

void MappingCanvas::onCommandKey(int key)
{
    switch (key) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        deleteSelected();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (selectedProposal() >= 0 && selectedRule() < 0)
            acceptSelected();
        else
            editSelectedChain();
        break;
    case Qt::Key_A:
        acceptSelected();
        break;
    case Qt::Key_R:
        rejectSelected();
        break;
    default:
        stepField(key);
        break;
    }
}

void MappingCanvas::stepField(int key)
{
    const auto selected = m_scene->selectedItems();
    if (selected.isEmpty()) { // the first source field
        FieldItem *first = nullptr;
        for (FieldItem *f : std::as_const(m_sources))
            if (!first || f->y() < first->y())
                first = f;
        if (first) {
            first->setSelected(true);
            m_view->ensureVisible(first);
        }
        return;
    }
    if (selected.size() != 1 || selected.first()->type() != FieldItemType)
        return;
    auto *current = static_cast<FieldItem *>(selected.first());
    const bool source = current->row().side == FieldItem::Source;
    // Up/Down: the neighbour in the same column; Left/Right: the nearest row of the other column.
    const bool across = key == Qt::Key_Left || key == Qt::Key_Right;
    const auto &column = (source != across) ? m_sources : m_targets;
    FieldItem *best = nullptr;
    for (FieldItem *f : column) {
        const qreal dy = f->y() - current->y();
        const bool fits = across ? true : key == Qt::Key_Down ? dy > 0 : dy < 0;
        if (fits && (!best || qAbs(dy) < qAbs(best->y() - current->y())))
            best = f;
    }
    if (best) {
        m_scene->clearSelection();
        best->setSelected(true);
        m_view->ensureVisible(best);
    }
}

void MappingCanvas::showContextMenu(QGraphicsItem *item, const QPoint &globalPos)
{
    QMenu menu(this);
    if (selectedProposal() >= 0) {
        menu.addAction(tr("Accept proposal\tA"), this, &MappingCanvas::acceptSelected);
        menu.addAction(tr("Reject proposal\tR"), this, &MappingCanvas::rejectSelected);
    }
    if (selectedRule() >= 0) {
        menu.addAction(tr("Edit function chain…\tEnter"), this, &MappingCanvas::editSelectedChain);
        menu.addAction(tr("Delete rule\tDel"), this, &MappingCanvas::deleteSelected);
    }
    if (item && item->type() == FieldItemType && !m_chosenSource.isEmpty() && !m_chosenTarget.isEmpty())
        menu.addAction(tr("Connect %1 → %2\tCtrl+L")
                           .arg(m_sources.value(m_chosenSource) ? m_sources.value(m_chosenSource)->row().path
                                                                : m_chosenSource,
                                m_chosenTarget),
                       this, &MappingCanvas::connectChosen);
    if (!menu.isEmpty())
        menu.exec(globalPos);
}

} // namespace m3cart::ui
