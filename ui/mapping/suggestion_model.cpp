#include "suggestion_model.h"

#include "canvas_layout.h"
#include "mapping_draft.h"

#include <algorithm>

namespace m3cart::ui {

using namespace m3cart::mapping;

namespace {
QString rejectKey(const Suggestion &s)
{
    return s.targetField + QStringLiteral("<-") + s.sourcePath;
}
} // namespace

SuggestionModel::SuggestionModel(MappingDraft *draft, QObject *parent)
    : QAbstractTableModel(parent), m_draft(draft)
{
    connect(m_draft, &MappingDraft::documentLoaded, this, [this] {
        m_rejected.clear();
        setSection(-1);
    });
    connect(m_draft, &MappingDraft::documentChanged, this, &SuggestionModel::refilter);
}

void SuggestionModel::setSection(int section)
{
    if (section == m_section)
        return;
    m_section = section;
    clear();
}

void SuggestionModel::clear()
{
    beginResetModel();
    m_all.clear();
    m_shown.clear();
    m_ran = false;
    endResetModel();
}

Status SuggestionModel::run()
{
    const auto &doc = m_draft->document();
    if (m_section < 0 || m_section >= doc.sections.size())
        return Error::data(tr("Choose a section first."));
    if (!m_draft->hasSample())
        return Error::data(tr("Open a sample first: the assistant reads the sample's fields and values."));
    const SectionDef &s = doc.sections.at(m_section);
    MappingSuggester suggester(m_draft->schemaPtr());
    auto set = suggester.suggest(m_draft->sample(), s.target, doc.sourceKind);
    if (!set)
        return set.error();
    // Proposals over another list's elements (@) than the section repeats over cannot be written here.
    const QString group = CanvasLayout::keyOf(set->foreach, {});
    const bool sameGroup = !s.foreach.isEmpty() && CanvasLayout::keyOf(s.foreach, {}) == group;
    beginResetModel();
    m_all.clear();
    for (const Suggestion &g : set->suggestions)
        if (!g.sourcePath.startsWith(QLatin1Char('@')) || sameGroup)
            m_all << g;
    m_ran = true;
    endResetModel();
    refilter();
    return ok();
}

void SuggestionModel::refilter()
{
    beginResetModel();
    m_shown.clear();
    const auto &sections = m_draft->document().sections;
    if (m_section >= 0 && m_section < sections.size()) {
        const auto &rules = sections.at(m_section).rules;
        for (const Suggestion &g : m_all) {
            const bool mapped = std::any_of(rules.cbegin(), rules.cend(),
                                            [&](const RuleDef &r) { return r.target == g.targetField; });
            if (!mapped && !m_rejected.contains(rejectKey(g)))
                m_shown << g;
        }
    }
    endResetModel();
}

int SuggestionModel::rowForTarget(const QString &field) const
{
    for (int r = 0; r < m_shown.size(); ++r)
        if (m_shown.at(r).targetField == field)
            return r;
    return -1;
}

bool SuggestionModel::addRules(const QString &label, const QList<Suggestion> &accepted)
{
    const int section = m_section;
    return m_draft->edit(label, [&](MappingDocument &doc) {
        for (const Suggestion &g : accepted)
            CanvasLayout::addRule(doc.sections[section], g.targetField, g.expr,
                                  tr("Suggested (%1%): %2").arg(qRound(g.confidence * 100)).arg(g.reason));
    });
}

bool SuggestionModel::accept(int row)
{
    if (row < 0 || row >= m_shown.size())
        return false;
    const Suggestion g = m_shown.at(row);
    return addRules(tr("Accept %1 ← %2").arg(g.targetField, g.sourcePath), {g});
}

bool SuggestionModel::reject(int row)
{
    if (row < 0 || row >= m_shown.size())
        return false;
    m_rejected.insert(rejectKey(m_shown.at(row)));
    refilter();
    return true;
}

int SuggestionModel::acceptAbove(double minConfidence)
{
    QList<Suggestion> accepted;
    for (const Suggestion &g : std::as_const(m_shown))
        if (g.confidence + 1e-9 >= minConfidence)
            accepted << g;
    if (accepted.isEmpty())
        return 0;
    const int n = int(accepted.size());
    return addRules(tr("Accept %n suggestion(s)", nullptr, n), accepted) ? n : 0;
}

int SuggestionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int SuggestionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SuggestionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Suggestion &g = m_shown.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Target:
            return g.mandatory ? g.targetField + QStringLiteral(" *") : g.targetField;
        case Source:
            return g.sourcePath;
        case Expression:
            return g.expr;
        case Confidence:
            return tr("%1%").arg(qRound(g.confidence * 100));
        case Reason:
            return g.reason;
        }
    }
    if (role == Qt::ToolTipRole)
        return tr("%1 ← %2\n%3\n%4").arg(g.targetField, g.expr, g.targetDescription, g.reason);
    if (role == Qt::UserRole)
        return g.confidence;
    if (role == Qt::TextAlignmentRole && index.column() == Confidence)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SuggestionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Target:
        return tr("Target");
    case Source:
        return tr("Source");
    case Expression:
        return tr("Proposed expression");
    case Confidence:
        return tr("Confidence");
    case Reason:
        return tr("Reason");
    }
    return {};
}

} // namespace m3cart::ui
