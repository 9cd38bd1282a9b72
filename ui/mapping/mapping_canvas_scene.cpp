// MappingCanvas: building the scene of the chosen section (fields, lines, proposals) and finding fields.
#include "canvas_items.h"
#include "canvas_layout.h"
#include "canvas_view.h"
#include "function_chain.h"
#include "mapping_canvas.h"
#include "mapping_draft.h"
#include "suggestion_model.h"

#include "mapping/mi_catalogue.h"

#include <QCheckBox>
#include <QGraphicsScene>
#include <QLineEdit>
#include <QSet>

namespace m3cart::ui {

using namespace m3cart::mapping;

namespace {
constexpr qreal kRow = 26;
constexpr qreal kTop = 8;
// Compact enough to fit the editor's middle pane at a readable zoom.
constexpr qreal kSourceWidth = 280;
constexpr qreal kBoxX = kSourceWidth + 50;
constexpr qreal kBoxWidth = 150;
constexpr qreal kTargetX = kBoxX + kBoxWidth + 40;
constexpr qreal kTargetWidth = 300;

// The row a path lands on: its own, else the nearest enclosing one shown.
FieldItem *findSource(const QHash<QString, FieldItem *> &rows, QString key)
{
    while (!key.isEmpty()) {
        if (FieldItem *f = rows.value(key))
            return f;
        const qsizetype cut =
            std::max(key.lastIndexOf(QLatin1Char('.')), key.lastIndexOf(QLatin1String("[]")));
        if (cut <= 0)
            break;
        key.truncate(cut);
    }
    return nullptr;
}

// Which rows stay when unmapped ones are hidden: used fields, their groups, headers with something left.
QList<bool> visibleRows(const QList<SourceRow> &rows, const QSet<QString> &used)
{
    QList<bool> keep(rows.size(), false);
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        const SourceRow &r = rows.at(i);
        if (r.kind == SourceRow::Header) {
            for (qsizetype j = i + 1; j < rows.size() && rows.at(j).kind != SourceRow::Header; ++j)
                keep[i] = keep[i] || keep[j];
            continue;
        }
        keep[i] = used.contains(r.key);
        for (qsizetype j = i + 1; j < rows.size() && rows.at(j).depth > r.depth; ++j)
            keep[i] = keep[i] || keep[j];
    }
    return keep;
}
} // namespace

void MappingCanvas::rebuild()
{
    // The items under the mouse must stay until the drop; a hidden tab need not be kept up to date.
    if (m_view->isDragging() || m_holdRebuild || isHidden()) {
        m_rebuildPending = true;
        return;
    }
    m_rebuildPending = false;
    // What was selected comes back after the rebuild, by name.
    QString selRule, selProposal, selSource, selTarget;
    const auto &sections = m_draft->document().sections;
    for (QGraphicsItem *i : m_scene->selectedItems()) {
        if (i->type() == LinkItemType) {
            auto *l = static_cast<LinkItem *>(i);
            if (l->kind() == LinkItem::Rule && m_section >= 0 && m_section < sections.size() &&
                l->index() < sections.at(m_section).rules.size())
                selRule = sections.at(m_section).rules.at(l->index()).id;
            else if (l->kind() == LinkItem::Proposal && l->index() < m_suggestions->rowCount())
                selProposal = m_suggestions->suggestion(l->index()).targetField;
        } else if (i->type() == FieldItemType) {
            auto *f = static_cast<FieldItem *>(i);
            (f->row().side == FieldItem::Source ? selSource : selTarget) = f->row().key;
        }
    }
    const bool blocked = m_scene->blockSignals(true);
    m_view->forgetItems();
    m_scene->clear();
    m_sources.clear();
    m_targets.clear();
    m_links.clear();
    m_matches.clear();
    if (m_section >= 0 && m_section < sections.size())
        layoutSection();
    m_scene->blockSignals(blocked);
    m_syncing = true;
    if (LinkItem *l = ruleLink(selRule))
        l->setSelected(true);
    else if (LinkItem *p = proposalLink(selProposal))
        p->setSelected(true);
    else if (FieldItem *s = m_sources.value(selSource))
        s->setSelected(true);
    else if (FieldItem *t = m_targets.value(selTarget))
        t->setSelected(true);
    m_syncing = false;
    if (FieldItem *s = m_sources.value(m_chosenSource))
        s->setPending(true);
    if (FieldItem *t = m_targets.value(m_chosenTarget))
        t->setPending(true);
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-10, -10, 10, 10));
    applySearch(false);
}

void MappingCanvas::layoutSection()
{
    const MappingDocument &doc = m_draft->document();
    const SectionDef &s = doc.sections.at(m_section);
    const TargetSchema &schema = m_draft->schema();

    // The source keys each rule reads.
    QList<QStringList> ruleKeys;
    QStringList paths;
    QSet<QString> used;
    for (const RuleDef &r : s.rules) {
        QStringList keys;
        for (const QString &p : referencedPaths(ruleExpressionText(r))) {
            paths << p;
            keys << CanvasLayout::keyOf(p, s.foreach);
        }
        ruleKeys << keys;
        for (const QString &k : std::as_const(keys))
            used.insert(k);
    }
    QSet<QString> mappedTargets;
    for (const RuleDef &r : s.rules)
        mappedTargets.insert(r.target);
    QSet<QString> proposed;
    for (int i = 0; i < m_suggestions->rowCount(); ++i) {
        used.insert(CanvasLayout::keyOf(m_suggestions->suggestion(i).sourcePath, s.foreach));
        proposed.insert(m_suggestions->suggestion(i).targetField);
    }
    const bool hide = m_hideUnmapped->isChecked();

    const QList<SourceRow> src = CanvasLayout::sourceRows(schema, doc, s, m_draft->sample(), paths);
    const QList<bool> keep = hide ? visibleRows(src, used) : QList<bool>(src.size(), true);
    qreal y = kTop;
    for (qsizetype i = 0; i < src.size(); ++i) {
        if (!keep.at(i))
            continue;
        const SourceRow &r = src.at(i);
        FieldItem::Row row;
        row.side = FieldItem::Source;
        row.header = r.kind == SourceRow::Header;
        row.key = r.key;
        row.path = r.path;
        row.label = r.label;
        row.detail = r.detail;
        row.tooltip = r.tooltip;
        row.depth = r.depth;
        row.known = r.known;
        row.mapped = used.contains(r.key);
        auto *item = new FieldItem(row, kSourceWidth, kRow);
        item->setPos(0, y);
        m_scene->addItem(item);
        if (!row.header && !m_sources.contains(r.key))
            m_sources.insert(r.key, item);
        y += kRow;
    }

    // The target: a title (repeated sections say so), then one row per field.
    FieldItem::Row title;
    title.side = FieldItem::Target;
    title.header = true;
    QString desc;
    if (s.target.system == TargetRef::System::M3)
        if (const MiTransactionSpec *t = schema.m3().transaction(s.target.program, s.target.transaction))
            desc = t->description;
    title.label = desc.isEmpty() ? s.target.label() : tr("%1 — %2").arg(s.target.label(), desc);
    title.tooltip = s.description;
    auto *head = new FieldItem(title, kTargetWidth, kRow);
    head->setPos(kTargetX, kTop);
    m_scene->addItem(head);
    y = kTop + kRow;
    if (!s.foreach.isEmpty() || !s.when.isEmpty()) {
        title.label =
            !s.foreach.isEmpty() ? tr("↻ one per %1").arg(s.foreach) : tr("only when %1").arg(s.when);
        title.tooltip = s.where.isEmpty() ? s.when : tr("Elements where %1").arg(s.where);
        auto *rep = new FieldItem(title, kTargetWidth, kRow);
        rep->setPos(kTargetX, y);
        m_scene->addItem(rep);
        y += kRow;
    }
    for (const TargetRow &t : CanvasLayout::targetRows(schema, s)) {
        const bool mapped = mappedTargets.contains(t.field);
        if (hide && !mapped && !proposed.contains(t.field))
            continue;
        FieldItem::Row row;
        row.side = FieldItem::Target;
        row.key = t.field;
        row.label = t.field;
        row.detail = t.type;
        row.description = t.description;
        row.depth = t.depth;
        row.mandatory = t.mandatory;
        row.known = t.known;
        row.mapped = mapped;
        QStringList tip{t.field + (t.mandatory ? tr(" (mandatory)") : QString()), t.description, t.type};
        tip.removeAll(QString());
        row.tooltip = tip.join(QLatin1Char('\n'));
        auto *item = new FieldItem(row, kTargetWidth, kRow);
        item->setPos(kTargetX, y);
        m_scene->addItem(item);
        m_targets.insert(t.field, item);
        y += kRow;
    }

    // One line per rule; its box sits in the middle column level with its target, so boxes never overlap.
    for (int r = 0; r < s.rules.size(); ++r) {
        const RuleDef &rule = s.rules.at(r);
        FieldItem *target = m_targets.value(rule.target);
        if (!target)
            continue;
        QList<QPointF> from;
        for (const QString &k : ruleKeys.at(r))
            if (FieldItem *f = findSource(m_sources, k); f && !from.contains(f->anchor()))
                from << f->anchor();
        const QString label = ruleLabel(rule);
        const QPointF to = target->anchor();
        const QRectF box = label.isEmpty() && !from.isEmpty()
                               ? QRectF()
                               : QRectF(kBoxX, to.y() - (kRow - 6) / 2, kBoxWidth, kRow - 6);
        auto *link = new LinkItem(LinkItem::Rule, r, from, to, label, box);
        link->setError(m_draft->hasErrors(m_section, r));
        QString tip = tr("%1 ← %2").arg(rule.target, ruleExpressionText(rule));
        if (!rule.note.isEmpty())
            tip += QLatin1Char('\n') + rule.note;
        link->setToolTip(tip + tr("\nEnter: function chain · Delete: remove"));
        m_scene->addItem(link);
        m_links << link;
    }
    for (int i = 0; i < m_suggestions->rowCount(); ++i) {
        const Suggestion &g = m_suggestions->suggestion(i);
        FieldItem *target = m_targets.value(g.targetField);
        FieldItem *source = findSource(m_sources, CanvasLayout::keyOf(g.sourcePath, s.foreach));
        if (!target || !source)
            continue;
        const QPointF to = target->anchor();
        const auto chain = parseChain(g.expr);
        const QString steps = chain ? chain->label() : QString();
        const QString label = steps.isEmpty() ? tr("%1%").arg(qRound(g.confidence * 100))
                                              : tr("%1% · %2").arg(qRound(g.confidence * 100)).arg(steps);
        auto *link = new LinkItem(LinkItem::Proposal, i, {source->anchor()}, to, label,
                                  QRectF(kBoxX, to.y() - (kRow - 6) / 2, kBoxWidth, kRow - 6));
        link->setToolTip(tr("Proposed: %1 ← %2 (%3%)\n%4\nA: accept · R: reject")
                             .arg(g.targetField, g.expr)
                             .arg(qRound(g.confidence * 100))
                             .arg(g.reason));
        m_scene->addItem(link);
        m_links << link;
    }
}

FieldItem *MappingCanvas::sourceItem(const QString &path) const
{
    if (FieldItem *f = m_sources.value(path))
        return f;
    const auto &sections = m_draft->document().sections;
    const QString foreach =
        m_section >= 0 && m_section < sections.size() ? sections.at(m_section).foreach : QString();
    return m_sources.value(CanvasLayout::keyOf(path, foreach));
}

FieldItem *MappingCanvas::targetItem(const QString &field) const
{
    return m_targets.value(field);
}

LinkItem *MappingCanvas::ruleLink(const QString &ruleId) const
{
    const auto &sections = m_draft->document().sections;
    if (ruleId.isEmpty() || m_section < 0 || m_section >= sections.size())
        return nullptr;
    for (LinkItem *l : m_links)
        if (l->kind() == LinkItem::Rule && sections.at(m_section).rules.value(l->index()).id == ruleId)
            return l;
    return nullptr;
}

LinkItem *MappingCanvas::proposalLink(const QString &field) const
{
    for (LinkItem *l : m_links)
        if (l->kind() == LinkItem::Proposal && l->index() < m_suggestions->rowCount() &&
            m_suggestions->suggestion(l->index()).targetField == field)
            return l;
    return nullptr;
}

void MappingCanvas::applySearch(bool center)
{
    const QString text = m_search->text().trimmed();
    m_matches.clear();
    for (QGraphicsItem *i : m_scene->items(Qt::AscendingOrder)) {
        if (i->type() != FieldItemType)
            continue;
        auto *f = static_cast<FieldItem *>(i);
        const auto &r = f->row();
        const bool match =
            !text.isEmpty() && !r.header &&
            (r.label.contains(text, Qt::CaseInsensitive) || r.key.contains(text, Qt::CaseInsensitive) ||
             r.description.contains(text, Qt::CaseInsensitive));
        f->setMatch(match);
        if (match)
            m_matches << f;
    }
    // Sources top to bottom, then targets.
    std::sort(m_matches.begin(), m_matches.end(), [](FieldItem *a, FieldItem *b) {
        return std::pair(a->row().side, a->y()) < std::pair(b->row().side, b->y());
    });
    if (!center)
        return;
    m_matchIndex = 0;
    m_matchTaken = false;
    if (text.isEmpty()) {
        setStatus({});
        return;
    }
    setStatus(m_matches.isEmpty() ? tr("No field matches '%1'.").arg(text)
                                  : tr("%n field(s) match: Enter chooses the highlighted one for Ctrl+L, "
                                       "Enter again goes to the next.",
                                       nullptr, int(m_matches.size())));
    showMatch();
}

void MappingCanvas::showMatch()
{
    if (m_matchIndex < 0 || m_matchIndex >= m_matches.size())
        return;
    FieldItem *f = m_matches.at(m_matchIndex);
    m_searching = !m_matchTaken; // selected while typing: not chosen yet
    m_scene->clearSelection();
    f->setSelected(true);
    m_searching = false;
    if (m_matchTaken)
        choose(f);
    m_view->centerOn(f);
}

void MappingCanvas::findNext()
{
    if (m_matches.isEmpty())
        return;
    if (m_matchTaken)
        m_matchIndex = (m_matchIndex + 1) % int(m_matches.size());
    m_matchTaken = true;
    showMatch();
}

} // namespace m3cart::ui
