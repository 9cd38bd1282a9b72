// CompiledMapping::evaluate: walks the compiled sections and rules for one input. All state lives on the
// stack; the compiled program is only read.

#include "compiled_mapping.h"
#include "evaluator_internal.h"
#include "value_utils.h"

#include <QDate>
#include <QRegularExpression>
#include <QVarLengthArray>
#include <cmath>

namespace m3cart::mapping {

using namespace detail;

namespace {

QString shortValue(const QString &s)
{
    return s.size() > 60 ? s.left(57) + QStringLiteral("...") : s;
}

// Converts a rule's value to the target's wire form and checks it against the field metadata.
// Returns an empty message when fine.
QString conform(const CompiledRule &r, const TargetRef &t, QJsonValue *v)
{
    const FieldSpec *f = r.spec;
    if (t.system == TargetRef::System::M3) {
        QString s;
        if (v->isDouble())
            s = formatNumber(v->toDouble());
        else if (v->isBool())
            s = v->toBool() ? QStringLiteral("1") : QStringLiteral("0");
        else if (v->isArray() || v->isObject())
            return QStringLiteral("value %1 is not a single value").arg(describeValue(*v));
        else
            s = v->toString();
        if (f) {
            if (f->kind == FieldKind::Number) {
                s = s.trimmed();
                const auto n = toNumber(QJsonValue(s));
                if (!n)
                    return QStringLiteral("value '%1' is not a number (numeric field N%2)")
                        .arg(shortValue(s))
                        .arg(f->maxLength);
                s = formatNumber(*n);
                int digits = 0;
                for (QChar c : s)
                    digits += c.isDigit() ? 1 : 0;
                if (f->maxLength > 0 && digits > f->maxLength)
                    return QStringLiteral("value '%1' has %2 digits, more than %3")
                        .arg(s)
                        .arg(digits)
                        .arg(f->maxLength);
            } else if (f->kind == FieldKind::Date) {
                s = s.trimmed();
                if (!(s.size() == 8 && QDate::fromString(s, QStringLiteral("yyyyMMdd")).isValid()))
                    return QStringLiteral("value '%1' is not an M3 date YYYYMMDD").arg(shortValue(s));
            } else if (f->maxLength > 0 && s.size() > f->maxLength) {
                return QStringLiteral("value '%1' is %2 characters, longer than %3")
                    .arg(shortValue(s))
                    .arg(s.size())
                    .arg(f->maxLength);
            }
        }
        *v = s;
        return {};
    }
    if (!f)
        return {};
    switch (f->kind) {
    case FieldKind::Integer:
    case FieldKind::Number: {
        const auto n = toNumber(*v);
        if (!n)
            return QStringLiteral("value %1 is not a number").arg(describeValue(*v));
        if (f->kind == FieldKind::Integer && std::fabs(*n - std::round(*n)) > 1e-9)
            return QStringLiteral("value %1 is not a whole number").arg(formatNumber(*n));
        *v = f->kind == FieldKind::Integer ? std::round(*n) : *n;
        return {};
    }
    case FieldKind::Bool:
        *v = toBool(*v);
        return {};
    default: {
        if (v->isArray() || v->isObject())
            return QStringLiteral("value %1 is not a single value").arg(describeValue(*v));
        const QString s = toText(*v);
        if (f->maxLength > 0 && s.size() > f->maxLength)
            return QStringLiteral("value '%1' is %2 characters, longer than %3")
                .arg(shortValue(s))
                .arg(s.size())
                .arg(f->maxLength);
        if (!f->pattern.isEmpty()) {
            static thread_local QHash<QString, QRegularExpression>
                cache; // per thread: no shared mutable state
            auto it = cache.find(f->pattern);
            if (it == cache.end())
                it = cache.insert(f->pattern, QRegularExpression(f->pattern));
            if (!it->match(s).hasMatch())
                return QStringLiteral("value '%1' has characters 3dcart rejects (allowed: %2)")
                    .arg(shortValue(s), f->pattern);
        }
        *v = s;
        return {};
    }
    }
}

void insertNested(QJsonObject &record, const QStringList &path, int i, const QJsonValue &v)
{
    if (i + 1 == path.size()) {
        record.insert(path.at(i), v);
        return;
    }
    QJsonObject child = record.value(path.at(i)).toObject();
    insertNested(child, path, i + 1, v);
    record.insert(path.at(i), child);
}

} // namespace

const MappedSection *MappingOutput::section(const QString &id) const
{
    for (const MappedSection &s : sections)
        if (s.id == id)
            return &s;
    return nullptr;
}

QJsonObject MappingOutput::toJson() const
{
    QJsonArray secs;
    for (const MappedSection &s : sections) {
        QJsonObject so{{QStringLiteral("id"), s.id}};
        if (s.target.system == TargetRef::System::M3) {
            so.insert(QStringLiteral("program"), s.target.program);
            so.insert(QStringLiteral("transaction"), s.target.transaction);
        } else {
            so.insert(QStringLiteral("object"), s.target.object);
        }
        QJsonArray recs;
        for (const QJsonObject &r : s.records)
            recs << r;
        so.insert(QStringLiteral("records"), recs);
        if (s.skipped)
            so.insert(QStringLiteral("skipped"), true);
        secs << so;
    }
    QJsonObject o{{QStringLiteral("mapping"), mapping}, {QStringLiteral("sections"), secs}};
    if (!violations.isEmpty()) {
        QJsonArray v;
        for (const ValidationIssue &i : violations)
            v << i.toJson();
        o.insert(QStringLiteral("violations"), v);
    }
    return o;
}

Result<MappingOutput> CompiledMapping::evaluate(const QJsonValue &input, const EvalOptions &options) const
{
    // Parameters and context: the document's, overlaid by the caller's (copied only when needed).
    QJsonObject mergedParams;
    const QJsonObject *params = &m_params;
    if (!options.params.isEmpty()) {
        mergedParams = m_params;
        for (auto it = options.params.begin(); it != options.params.end(); ++it)
            mergedParams.insert(it.key(), it.value());
        params = &mergedParams;
    }
    QJsonObject mergedContext;
    const QJsonObject *context = &options.context;
    if (options.useContextSamples) {
        mergedContext = m_contextSamples;
        for (auto it = options.context.begin(); it != options.context.end(); ++it)
            mergedContext.insert(it.key(), it.value());
        context = &mergedContext;
    }

    EvalEnv env;
    env.source = &input;
    env.params = params;
    env.context = context;
    env.mapping = this;
    env.lookups = options.lookups;

    MappingOutput out;
    out.mapping = m_name;
    out.sections.reserve(m_sections.size());
    for (const CompiledSection &s : m_sections) {
        MappedSection ms;
        ms.id = s.id;
        ms.target = s.target;
        env.item = nullptr;
        env.index = 0;
        if (s.when) {
            auto w = evaluateNode(*s.when, env);
            if (!w)
                return Error::data(QStringLiteral("section '%1' (when): %2").arg(s.id, w.error().message));
            if (!toBool(w.value())) {
                ms.skipped = true;
                out.sections << ms;
                continue;
            }
        }
        QJsonArray items;
        bool grouped = false;
        if (s.foreach) {
            grouped = true;
            auto list = evaluateNode(*s.foreach, env);
            if (!list)
                return Error::data(
                    QStringLiteral("section '%1' (foreach): %2").arg(s.id, list.error().message));
            const QJsonValue &lv = list.value();
            if (lv.isArray())
                items = lv.toArray();
            else if (!isEmptyValue(lv))
                items.append(lv);
        }
        const qsizetype count = grouped ? items.size() : 1;
        for (qsizetype i = 0; i < count; ++i) {
            QJsonValue item;
            if (grouped) {
                item = items.at(i);
                env.item = &item;
                env.index = int(ms.records.size());
                if (s.where) {
                    auto keep = evaluateNode(*s.where, env);
                    if (!keep)
                        return Error::data(QStringLiteral("section '%1' element %2 (where): %3")
                                               .arg(s.id)
                                               .arg(i)
                                               .arg(keep.error().message));
                    if (!toBool(keep.value()))
                        continue;
                }
            }
            // Messages are built only when something is wrong (this loop is the hot path).
            auto where = [&] { return grouped ? QStringLiteral(", element %1").arg(i) : QString(); };
            auto fail = [&](const CompiledRule &r, const QString &message) {
                return Error::data(
                    QStringLiteral("rule '%1' (%2%3): %4").arg(r.id, r.label, where(), message));
            };
            // Values are collected in rule order, then inserted in key order: QJsonObject keeps its keys
            // sorted, and appending at the end is much cheaper than inserting in the middle.
            QVarLengthArray<QJsonValue, 32> values;
            for (qsizetype ri = 0; ri < s.rules.size(); ++ri)
                values.append(QJsonValue(QJsonValue::Undefined)); // undefined = omitted
            for (qsizetype ri = 0; ri < s.rules.size(); ++ri) {
                const CompiledRule &r = s.rules.at(ri);
                auto v =
                    r.expr ? evaluateNode(*r.expr, env) : Result<QJsonValue>(QJsonValue(QJsonValue::Null));
                if (!v)
                    return fail(r, v.error().message);
                QJsonValue value = std::move(v).value();
                if (r.hasDefault && emptyish(value))
                    value = r.defaultValue;
                if (r.valueMap >= 0 && !isEmptyValue(value)) {
                    auto m = applyValueMap(m_valueMaps.at(r.valueMap), value);
                    if (!m)
                        return fail(r, m.error().message);
                    value = std::move(m).value();
                }
                if (r.lookup >= 0 && !isEmptyValue(value)) {
                    auto l = applyLookup(m_lookups.at(r.lookup), value, env);
                    if (!l)
                        return fail(r, l.error().message);
                    value = std::move(l).value();
                }
                if (emptyish(value)) {
                    const bool mandatory = r.required || (r.spec && r.spec->mandatory);
                    if (mandatory) {
                        ValidationIssue issue{
                            ValidationIssue::Severity::Error, s.id, r.id, r.label,
                            QStringLiteral("mandatory field %1 is empty%2").arg(r.target, where())};
                        issue.record = int(ms.records.size());
                        if (!options.collectViolations)
                            return Error::data(issue.text());
                        out.violations << issue;
                    }
                    continue; // empty values are omitted (M3: field not sent; 3dcart: not changed)
                }
                const QString problem = conform(r, s.target, &value);
                if (!problem.isEmpty()) {
                    ValidationIssue issue{ValidationIssue::Severity::Error, s.id, r.id, r.label,
                                          problem + where()};
                    issue.record = int(ms.records.size());
                    if (!options.collectViolations)
                        return Error::data(issue.text());
                    out.violations << issue;
                }
                values[ri] = std::move(value);
            }
            QJsonObject record;
            for (int ri : s.insertOrder) {
                const QJsonValue &value = values.at(ri);
                if (value.isUndefined())
                    continue;
                const CompiledRule &r = s.rules.at(ri);
                if (r.targetPath.size() > 1)
                    insertNested(record, r.targetPath, 0, value);
                else
                    record.insert(r.target, value);
            }
            ms.records << record;
        }
        out.sections << ms;
    }
    return out;
}

} // namespace m3cart::mapping
