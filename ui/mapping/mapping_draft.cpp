#include "mapping_draft.h"

#include "mapping/lookup_source.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

namespace m3cart::ui {

Q_LOGGING_CATEGORY(lcMappingEditor, "m3cart.ui.mapping")

using namespace m3cart::mapping;

namespace {

// QJsonDocument takes only containers: wrap the value and cut the brackets off again.
QString compactJson(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

const QString kSampleKey = QStringLiteral("_sample");
const QString kNotCompiled = QStringLiteral("the mapping does not compile");

// One rule edit: the rule before and after, so undo restores exactly what was there.
class RuleEditCommand : public QUndoCommand
{
public:
    RuleEditCommand(MappingDraft *draft, int section, int rule, RuleDef before, RuleDef after)
        : m_draft(draft), m_section(section), m_rule(rule), m_before(std::move(before)),
          m_after(std::move(after))
    {
        setText(QCoreApplication::translate("m3cart::ui::MappingDraft", "Edit %1").arg(m_after.target));
    }
    void undo() override { m_draft->replaceRule(m_section, m_rule, m_before); }
    void redo() override { m_draft->replaceRule(m_section, m_rule, m_after); }

private:
    MappingDraft *m_draft;
    int m_section;
    int m_rule;
    RuleDef m_before;
    RuleDef m_after;
};

// Any document edit: the document before and after (documents are small, a snapshot is the simplest
// exact undo for structural edits).
class DocumentEditCommand : public QUndoCommand
{
public:
    DocumentEditCommand(MappingDraft *draft, const QString &label, MappingDocument before,
                        MappingDocument after)
        : m_draft(draft), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(label);
    }
    void undo() override { m_draft->replaceDocument(m_before); }
    void redo() override { m_draft->replaceDocument(m_after); }

private:
    MappingDraft *m_draft;
    MappingDocument m_before;
    MappingDocument m_after;
};

} // namespace

QString jsonCellText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isUndefined() || v.isNull())
        return {};
    return compactJson(v);
}

QString ruleExpressionText(const RuleDef &rule)
{
    if (!rule.expr.isEmpty())
        return rule.expr;
    if (!rule.from.isEmpty())
        return rule.from;
    if (rule.value.isUndefined())
        return {};
    return compactJson(rule.value); // a constant as an expression writes it: "WEB", 1, true
}

MappingDraft::MappingDraft(std::shared_ptr<const Store> store, QObject *parent)
    : QObject(parent), m_store(std::move(store)), m_schema(TargetSchema::builtIn()),
      m_undo(new QUndoStack(this)), m_debounce(new QTimer(this))
{
    if (m_store)
        m_lookups = std::make_unique<StoreLookupSource>(m_store);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250); // typing pauses; one evaluation of one sample is cheap
    connect(m_debounce, &QTimer::timeout, this, &MappingDraft::refreshNow);
}

MappingDraft::~MappingDraft() = default;

void MappingDraft::load(const MappingDocument &doc)
{
    m_doc = doc;
    m_undo->clear();
    m_undo->setClean(); // what was loaded is what is saved: edits from here on are unsaved
    m_sample = doc.extra.value(kSampleKey);
    emit documentLoaded();
    refreshNow();
}

bool MappingDraft::editRule(int section, int rule, const std::function<void(RuleDef &)> &change)
{
    if (section < 0 || section >= m_doc.sections.size() || rule < 0 ||
        rule >= m_doc.sections.at(section).rules.size())
        return false;
    const RuleDef &before = m_doc.sections.at(section).rules.at(rule);
    RuleDef after = before;
    change(after);
    if (after.expr == before.expr && after.from == before.from && after.value == before.value &&
        after.note == before.note && after.defaultValue == before.defaultValue) // what the editor changes
        return false;
    m_undo->push(new RuleEditCommand(this, section, rule, before, after));
    return true;
}

bool MappingDraft::setExpression(int section, int rule, const QString &expression)
{
    const QString text = expression.trimmed();
    if (ruleExpressionText(m_doc.sections.value(section).rules.value(rule)) == text)
        return false; // the same right-hand side: keep a path or a constant as it was written
    // The editor writes one expression: a path or a constant is an expression too, so from/value go.
    return editRule(section, rule, [&](RuleDef &r) {
        r.expr = text;
        r.from.clear();
        r.value = QJsonValue::Undefined;
    });
}

bool MappingDraft::setNote(int section, int rule, const QString &note)
{
    return editRule(section, rule, [&](RuleDef &r) { r.note = note.trimmed(); });
}

bool MappingDraft::setDefault(int section, int rule, const QString &text)
{
    if (section < 0 || section >= m_doc.sections.size() || rule < 0 ||
        rule >= m_doc.sections.at(section).rules.size())
        return false;
    const SectionDef &s = m_doc.sections.at(section);
    const RuleDef &r = s.rules.at(rule);
    QJsonValue value = text;
    if (text.isEmpty()) {
        if (ruleExpressionText(r).isEmpty())
            return false; // the rule would write nothing at all
        value = QJsonValue::Undefined;
    } else if (const FieldSpec *spec = m_schema->targetField(s.target, r.target)) {
        bool isNumber = false;
        const double n = text.trimmed().toDouble(&isNumber);
        if (isNumber && (spec->kind == FieldKind::Number || spec->kind == FieldKind::Integer))
            value = n;
        else if (spec->kind == FieldKind::Bool && (text == u"true" || text == u"false"))
            value = text == u"true";
    }
    return editRule(section, rule, [&](RuleDef &def) { def.defaultValue = value; });
}

void MappingDraft::replaceRule(int section, int rule, const RuleDef &def)
{
    m_doc.sections[section].rules[rule] = def;
    emit ruleChanged(section, rule);
    scheduleRefresh();
}

bool MappingDraft::edit(const QString &label, const std::function<void(MappingDocument &)> &change)
{
    MappingDocument after = m_doc;
    change(after);
    if (after.toJson() == m_doc.toJson())
        return false;
    m_undo->push(new DocumentEditCommand(this, label, m_doc, std::move(after)));
    return true;
}

void MappingDraft::replaceDocument(const MappingDocument &doc)
{
    const QJsonValue sample = m_doc.extra.value(kSampleKey); // the sample is not part of the undo history
    m_doc = doc;
    if (sample.isUndefined())
        m_doc.extra.remove(kSampleKey);
    else
        m_doc.extra.insert(kSampleKey, sample);
    emit documentChanged();
    scheduleRefresh();
}

void MappingDraft::setSample(const QJsonValue &sample)
{
    m_sample = sample.isArray() && !sample.toArray().isEmpty() ? sample.toArray().first() : sample;
    m_doc.extra.insert(kSampleKey, m_sample); // saved with the next version, so the preview comes back
    refreshNow();
}

Status MappingDraft::loadSampleFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::data(tr("Cannot read %1: %2").arg(path, f.errorString()));
    QJsonParseError pe;
    const QJsonDocument d = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error::data(tr("%1 is not valid JSON: %2").arg(path, pe.errorString()));
    setSample(d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object()));
    return ok();
}

void MappingDraft::storeTablesChanged()
{
    if (auto *cached = dynamic_cast<StoreLookupSource *>(m_lookups.get()))
        cached->clearCache();
    refreshNow();
}

void MappingDraft::scheduleRefresh()
{
    m_debounce->start();
}

void MappingDraft::refreshNow()
{
    m_debounce->stop();
    m_issues.clear();
    m_output.reset();
    m_evalError.clear();
    auto out = run(m_doc, &m_issues);
    if (out) {
        m_issues << out->violations;
        m_output = std::move(out.value());
    } else if (hasSample() && out.error().message != kNotCompiled) {
        m_evalError = out.error().message;
        qCDebug(lcMappingEditor) << "preview failed:" << m_evalError;
    }
    emit refreshed();
}

Result<MappingOutput> MappingDraft::run(const MappingDocument &doc, QList<ValidationIssue> *issues) const
{
    auto compiled = MappingCompiler::compile(doc, m_schema, issues);
    if (!compiled)
        return Error::data(kNotCompiled);
    if (!hasSample())
        return Error::data(tr("No sample"));
    EvalOptions o;
    o.lookups = m_lookups.get();
    o.useContextSamples = true;
    o.collectViolations = true;
    return compiled.value()->evaluate(m_sample, o);
}

Result<QString> MappingDraft::tryExpression(int section, int rule, const QString &expression) const
{
    if (section < 0 || section >= m_doc.sections.size() || rule < 0 ||
        rule >= m_doc.sections.at(section).rules.size())
        return Error::data(tr("No such rule"));
    MappingDocument doc = m_doc;
    RuleDef &r = doc.sections[section].rules[rule];
    r.expr = expression;
    r.from.clear();
    r.value = QJsonValue::Undefined;
    QList<ValidationIssue> issues;
    auto out = run(doc, &issues);
    if (!out) {
        for (const ValidationIssue &i : issues) // the compiler's reason beats "does not compile"
            if (i.severity == ValidationIssue::Severity::Error && i.rule == r.id)
                return Error::data(i.message);
        return out.error();
    }
    const MappedSection *s = out->section(doc.sections.at(section).id);
    if (!s || s->skipped || s->records.isEmpty())
        return QString();
    QJsonValue v = s->records.first();
    for (const QString &step : r.target.split(QLatin1Char('.')))
        v = v.toObject().value(step);
    return jsonCellText(v);
}

bool MappingDraft::hasErrors(int section, int rule) const
{
    const SectionDef &s = m_doc.sections.at(section);
    const QString &id = s.rules.at(rule).id;
    return std::any_of(m_issues.cbegin(), m_issues.cend(), [&](const ValidationIssue &i) {
        return i.severity == ValidationIssue::Severity::Error && i.rule == id &&
               (i.section.isEmpty() || i.section == s.id);
    });
}

int MappingDraft::recordCount(int section) const
{
    const MappedSection *s = m_output ? m_output->section(m_doc.sections.at(section).id) : nullptr;
    return s ? int(s->records.size()) : 0;
}

QList<ValidationIssue> MappingDraft::ruleIssues(const QString &sectionId, const QString &ruleId,
                                                int record) const
{
    QList<ValidationIssue> out;
    for (const ValidationIssue &i : m_issues)
        if (i.rule == ruleId && (i.section.isEmpty() || i.section == sectionId) &&
            (record < 0 || i.record < 0 || i.record == record))
            out << i;
    return out;
}

QString MappingDraft::previewValue(int section, int rule) const
{
    const MappedSection *s = m_output ? m_output->section(m_doc.sections.at(section).id) : nullptr;
    if (!s || s->records.isEmpty())
        return {};
    // 3dcart targets may be nested ("SKUInfo.Stock"): walk the record.
    QJsonValue v = s->records.first();
    for (const QString &step : m_doc.sections.at(section).rules.at(rule).target.split(QLatin1Char('.')))
        v = v.toObject().value(step);
    return jsonCellText(v);
}

} // namespace m3cart::ui
