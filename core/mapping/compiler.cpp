// MappingCompiler: document -> immutable CompiledMapping, with every check a document must pass before
// it can be activated.

#include "compiled_mapping.h"
#include "mi_catalogue.h"
#include "value_utils.h"

#include <QJsonDocument>
#include <QSet>

namespace m3cart::mapping {

QString ValidationIssue::text() const
{
    QString where;
    if (!rule.isEmpty())
        where = QStringLiteral("rule '%1'").arg(rule);
    else if (!section.isEmpty())
        where = QStringLiteral("section '%1'").arg(section);
    if (!field.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("(%1)").arg(field);
    return (where.isEmpty() ? QString() : where + QStringLiteral(": ")) + message;
}

QJsonObject ValidationIssue::toJson() const
{
    QJsonObject o{{QStringLiteral("severity"),
                   severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning")},
                  {QStringLiteral("message"), message}};
    if (!section.isEmpty())
        o.insert(QStringLiteral("section"), section);
    if (!rule.isEmpty())
        o.insert(QStringLiteral("rule"), rule);
    if (!field.isEmpty())
        o.insert(QStringLiteral("field"), field);
    return o;
}

namespace {

ValueType typeOfKind(FieldKind k)
{
    switch (k) {
    case FieldKind::Text:
    case FieldKind::Date:
        return ValueType::Text;
    case FieldKind::Number:
    case FieldKind::Integer:
        return ValueType::Number;
    case FieldKind::Bool:
        return ValueType::Bool;
    case FieldKind::Object:
        return ValueType::Object;
    case FieldKind::Array:
        return ValueType::List;
    case FieldKind::Unknown:
        break;
    }
    return ValueType::Any;
}

bool numericTarget(const FieldSpec *f)
{
    return f && (f->kind == FieldKind::Number || f->kind == FieldKind::Integer);
}

} // namespace

namespace detail {

// The compiler proper (a friend of CompiledMapping, which it fills).
class CompilerImpl
{
public:
    CompilerImpl(const MappingDocument &doc, std::shared_ptr<const TargetSchema> schema,
                 QList<ValidationIssue> *issues)
        : m_doc(doc), m_schema(std::move(schema)), m_issues(issues)
    {
    }

    std::shared_ptr<CompiledMapping> run()
    {
        auto out = std::make_shared<CompiledMapping>();
        out->m_name = m_doc.name;
        out->m_sourceKind = m_doc.sourceKind;
        out->m_schema = m_schema;
        m_knownKind = m_schema->knowsSourceKind(m_doc.sourceKind);
        if (!m_knownKind)
            warn({}, {}, {},
                 QStringLiteral("unknown source kind '%1' (known: %2): source paths are not checked")
                     .arg(m_doc.sourceKind, m_schema->sourceKinds().join(QStringLiteral(", "))));
        for (const ParamDef &p : m_doc.params)
            out->m_params.insert(p.name, p.value);
        for (const ContextDef &c : m_doc.context)
            if (!c.sample.isUndefined())
                out->m_contextSamples.insert(c.name, c.sample);

        for (const ValueMapDef &m : m_doc.valueMaps) {
            CompiledValueMap cm;
            cm.name = m.name;
            cm.onMissing = m.onMissing;
            cm.defaultValue = m.defaultValue;
            cm.ignoreCase = m.ignoreCase;
            for (const auto &[k, v] : m.entries) {
                const QString key = m.ignoreCase ? k.trimmed().toLower() : k.trimmed();
                if (cm.entries.contains(key))
                    error({}, {}, {}, QStringLiteral("value map '%1' has the key '%2' twice").arg(m.name, k));
                cm.entries.insert(key, v);
            }
            m_mapIndex.insert(m.name, int(out->m_valueMaps.size()));
            out->m_valueMaps << cm;
        }
        for (const LookupDef &l : m_doc.lookups) {
            CompiledLookup cl;
            cl.name = l.name;
            cl.table = l.table;
            cl.onMissing = l.onMissing;
            cl.defaultValue = l.defaultValue;
            for (auto it = l.entries.begin(); it != l.entries.end(); ++it)
                cl.entries.insert(it.key(), toText(it.value()));
            for (const LookupVariantDef &v : l.variants) {
                CompiledLookupVariant cv;
                cv.kind = v.kind == QLatin1String("upper")         ? CompiledLookupVariant::Upper
                          : v.kind == QLatin1String("stripSuffix") ? CompiledLookupVariant::StripSuffix
                          : v.kind == QLatin1String("pattern")     ? CompiledLookupVariant::Pattern
                                                                   : CompiledLookupVariant::Exact;
                cv.separator = v.separator;
                cv.suffixes = v.suffixes;
                cv.replacement = v.replacement;
                cv.asValue = v.asValue;
                if (cv.kind == CompiledLookupVariant::Pattern) {
                    cv.regex = QRegularExpression(v.pattern);
                    if (!cv.regex.isValid())
                        error({}, {}, {},
                              QStringLiteral("lookup '%1': bad pattern '%2': %3")
                                  .arg(l.name, v.pattern, cv.regex.errorString()));
                    cv.regex.optimize();
                }
                cl.variants << cv;
            }
            if (cl.variants.isEmpty())
                cl.variants << CompiledLookupVariant{};
            m_lookupIndex.insert(l.name, int(out->m_lookups.size()));
            out->m_lookups << cl;
        }
        for (const ParamDef &p : m_doc.params)
            m_params.insert(p.name);
        for (const ContextDef &c : m_doc.context)
            m_context.insert(c.name);

        QSet<QString> sectionIds;
        QSet<QString> ruleIds;
        for (const SectionDef &s : m_doc.sections) {
            if (sectionIds.contains(s.id))
                error(s.id, {}, {}, QStringLiteral("two sections are named '%1'").arg(s.id));
            sectionIds.insert(s.id);
            CompiledSection cs;
            cs.id = s.id;
            cs.target = s.target;
            const FieldSet *fields = m_schema->targetFields(s.target);
            if (!fields)
                error(s.id, {}, {},
                      s.target.system == TargetRef::System::M3
                          ? QStringLiteral("unknown MI transaction %1 (not in the MI metadata)")
                                .arg(s.target.label())
                          : QStringLiteral("unknown 3dcart object '%1'").arg(s.target.object));
            m_section = &s;
            m_foreachSteps.clear();
            m_foreachKnown = false;
            if (!s.foreach.isEmpty()) {
                cs.foreach = expression(s.foreach, s.id, {}, QStringLiteral("foreach"));
                if (cs.foreach) {
                    const ValueType t = typeWithSchema(*cs.foreach);
                    if (t != ValueType::List && t != ValueType::Any)
                        error(s.id, {}, QStringLiteral("foreach"),
                              QStringLiteral("'%1' is a %2, not a list").arg(s.foreach, valueTypeName(t)));
                    if (cs.foreach->kind == NodeKind::Path && cs.foreach->root == PathRoot::Source) {
                        m_foreachSteps = cs.foreach->steps;
                        if (m_foreachSteps.isEmpty() || m_foreachSteps.last().kind != PathStep::Wildcard)
                            m_foreachSteps << PathStep{PathStep::Wildcard, {}, 0};
                        m_foreachKnown = true;
                    }
                }
            }
            if (!s.where.isEmpty())
                cs.where = expression(s.where, s.id, {}, QStringLiteral("where"));
            if (!s.when.isEmpty()) {
                m_inWhen = true;
                cs.when = expression(s.when, s.id, {}, QStringLiteral("when"));
                m_inWhen = false;
            }
            QHash<QString, QString> written; // field -> rule id
            for (const RuleDef &r : s.rules) {
                const QString label = s.target.system == TargetRef::System::M3
                                          ? s.target.label() + QLatin1Char(' ') + r.target
                                          : r.target;
                if (ruleIds.contains(r.id))
                    error(s.id, r.id, label, QStringLiteral("rule id '%1' is used twice").arg(r.id));
                ruleIds.insert(r.id);
                if (written.contains(r.target))
                    error(s.id, r.id, label,
                          QStringLiteral("rule '%1' already writes %2 in section '%3'")
                              .arg(written.value(r.target), r.target, s.id));
                written.insert(r.target, r.id);
                cs.rules << rule(r, s, fields);
            }
            if (fields && s.target.system == TargetRef::System::M3)
                for (const FieldSpec &f : fields->fields)
                    if (f.mandatory && !written.contains(f.name))
                        error(s.id, {}, f.name,
                              QStringLiteral("mandatory field %1 (%2) of %3 has no rule")
                                  .arg(f.name, f.description, s.target.label()));
            for (int i = 0; i < int(cs.rules.size()); ++i)
                cs.insertOrder << i;
            std::sort(cs.insertOrder.begin(), cs.insertOrder.end(),
                      [&](int a, int b) { return cs.rules.at(a).target < cs.rules.at(b).target; });
            out->m_sections << cs;
        }
        return out;
    }

    bool failed() const { return m_errors > 0; }
    const QString &firstError() const { return m_firstError; }

private:
    const MappingDocument &m_doc;
    std::shared_ptr<const TargetSchema> m_schema;
    QList<ValidationIssue> *m_issues;
    int m_errors = 0;
    QString m_firstError;
    bool m_knownKind = false;
    QHash<QString, int> m_mapIndex;
    QHash<QString, int> m_lookupIndex;
    QSet<QString> m_params;
    QSet<QString> m_context;
    const SectionDef *m_section = nullptr;
    QList<PathStep> m_foreachSteps;
    bool m_foreachKnown = false;
    bool m_inWhen = false;

    void add(ValidationIssue::Severity sev, const QString &section, const QString &rule, const QString &field,
             const QString &msg)
    {
        ValidationIssue i{sev, section, rule, field, msg};
        if (sev == ValidationIssue::Severity::Error && m_errors++ == 0)
            m_firstError = i.text();
        if (m_issues)
            m_issues->append(i);
    }
    void error(const QString &s, const QString &r, const QString &f, const QString &m)
    {
        add(ValidationIssue::Severity::Error, s, r, f, m);
    }
    void warn(const QString &s, const QString &r, const QString &f, const QString &m)
    {
        add(ValidationIssue::Severity::Warning, s, r, f, m);
    }

    // The static type of a node, with source paths typed from the schema.
    ValueType typeWithSchema(const Node &n) const
    {
        if (n.kind == NodeKind::Path && !n.wildcard &&
            (n.root == PathRoot::Source || n.root == PathRoot::Item)) {
            const auto info = pathInfo(n);
            if (info.known)
                return typeOfKind(info.kind);
        }
        if (n.kind == NodeKind::If && n.args.size() >= 2) {
            const ValueType a = typeWithSchema(*n.args[1]);
            const ValueType b = n.args.size() > 2 ? typeWithSchema(*n.args[2]) : ValueType::Null;
            if (a == b || b == ValueType::Null)
                return a;
            return a == ValueType::Null ? b : ValueType::Any;
        }
        return staticType(n);
    }

    TargetSchema::PathInfo pathInfo(const Node &n) const
    {
        if (!m_knownKind)
            return {};
        if (n.root == PathRoot::Source)
            return m_schema->checkSourcePath(m_doc.sourceKind, n.steps);
        if (n.root == PathRoot::Item && m_foreachKnown)
            return m_schema->checkSourcePath(m_doc.sourceKind, m_foreachSteps + n.steps);
        return {};
    }

    std::shared_ptr<const Node> expression(const QString &text, const QString &section, const QString &rule,
                                           const QString &field)
    {
        auto parsed = parseExpression(text);
        if (!parsed) {
            error(section, rule, field, parsed.error().message);
            return nullptr;
        }
        std::unique_ptr<Node> node = std::move(parsed).value();
        check(*node, section, rule, field);
        return std::shared_ptr<const Node>(std::move(node));
    }

    void check(Node &root, const QString &section, const QString &rule, const QString &field)
    {
        visitNodesMutable(root, [&](Node &n) {
            switch (n.kind) {
            case NodeKind::Path:
                if (n.root == PathRoot::Item && m_foreachSteps.isEmpty() && m_section &&
                    m_section->foreach.isEmpty())
                    error(section, rule, field,
                          QStringLiteral("'%1' uses @ (the group element) but section '%2' has no foreach")
                              .arg(n.name, section));
                else if (n.root == PathRoot::Params &&
                         (n.steps.isEmpty() || !m_params.contains(n.steps.first().key)))
                    error(section, rule, field,
                          QStringLiteral("'%1': no such parameter (declared: %2)")
                              .arg(n.name, QStringList(m_params.values()).join(QStringLiteral(", "))));
                else if (n.root == PathRoot::Context &&
                         (n.steps.isEmpty() || !m_context.contains(n.steps.first().key)))
                    error(section, rule, field,
                          QStringLiteral("'%1': no such context value (declare it under \"context\")")
                              .arg(n.name));
                else if (n.root == PathRoot::Source || n.root == PathRoot::Item) {
                    const auto info = pathInfo(n);
                    if (!info.known)
                        error(section, rule, field,
                              QStringLiteral("unknown source path '%1': %2").arg(n.name, info.message));
                }
                break;
            case NodeKind::ValueMap: {
                const auto it = m_mapIndex.constFind(n.name);
                if (it == m_mapIndex.cend())
                    error(section, rule, field, QStringLiteral("no value map named '%1'").arg(n.name));
                else
                    n.tableIndex = *it;
                break;
            }
            case NodeKind::Lookup: {
                const auto it = m_lookupIndex.constFind(n.name);
                if (it == m_lookupIndex.cend())
                    error(section, rule, field, QStringLiteral("no lookup named '%1'").arg(n.name));
                else
                    n.tableIndex = *it;
                break;
            }
            case NodeKind::Call:
                checkArgs(n, section, rule, field);
                break;
            default:
                break;
            }
        });
    }

    void checkArgs(const Node &n, const QString &section, const QString &rule, const QString &field)
    {
        const char *types = n.fn->argTypes;
        const int nt = int(qstrlen(types));
        for (int i = 0; i < int(n.args.size()) && nt > 0; ++i) {
            const char want = types[std::min(i, nt - 1)];
            const Node &a = *n.args[size_t(i)];
            const ValueType got = typeWithSchema(a);
            QString problem;
            if ((want == 'T' || want == 'N' || want == 'B') &&
                (got == ValueType::List || got == ValueType::Object))
                problem = QStringLiteral("gets a %1").arg(valueTypeName(got));
            else if (want == 'N' && a.kind == NodeKind::Constant && a.constant.isString() &&
                     !toNumber(a.constant))
                problem = QStringLiteral("gets the text '%1'").arg(a.constant.toString());
            else if (want == 'L' &&
                     (got == ValueType::Text || got == ValueType::Number || got == ValueType::Bool))
                problem = QStringLiteral("gets a %1").arg(valueTypeName(got));
            if (!problem.isEmpty()) {
                const QString expected = want == 'T'   ? QStringLiteral("text")
                                         : want == 'N' ? QStringLiteral("a number")
                                         : want == 'B' ? QStringLiteral("a bool")
                                                       : QStringLiteral("a list");
                error(section, rule, field,
                      QStringLiteral("type mismatch: argument %1 of %2() expects %3 but %4")
                          .arg(i + 1)
                          .arg(QLatin1String(n.fn->name), expected, problem));
            }
        }
    }

    CompiledRule rule(const RuleDef &r, const SectionDef &s, const FieldSet *fields)
    {
        CompiledRule cr;
        cr.id = r.id;
        cr.target = r.target;
        cr.required = r.required;
        cr.hasDefault = !r.defaultValue.isUndefined();
        cr.defaultValue = r.defaultValue;
        const QString fieldLabel = s.target.system == TargetRef::System::M3
                                       ? s.target.label() + QLatin1Char(' ') + r.target
                                       : r.target;
        cr.label = fieldLabel;
        if (s.target.system == TargetRef::System::Cart)
            cr.targetPath = r.target.split(QLatin1Char('.'));
        if (fields) {
            cr.spec = m_schema->targetField(s.target, r.target);
            if (!cr.spec)
                error(s.id, r.id, fieldLabel,
                      QStringLiteral("%1 has no %2 field '%3'")
                          .arg(s.target.label(),
                               s.target.system == TargetRef::System::M3 ? QStringLiteral("input") : QString(),
                               r.target)
                          .replace(QStringLiteral("  "), QStringLiteral(" ")));
            else if (cr.spec->kind == FieldKind::Object || cr.spec->kind == FieldKind::Array)
                error(s.id, r.id, fieldLabel,
                      QStringLiteral("%1 is a %2; map its fields ('%1.Field')")
                          .arg(r.target, fieldKindName(cr.spec->kind)));
        }
        if (!r.valueMap.isEmpty()) {
            cr.valueMap = m_mapIndex.value(r.valueMap, -1);
            if (cr.valueMap < 0)
                error(s.id, r.id, fieldLabel, QStringLiteral("no value map named '%1'").arg(r.valueMap));
        }
        if (!r.lookup.isEmpty()) {
            cr.lookup = m_lookupIndex.value(r.lookup, -1);
            if (cr.lookup < 0)
                error(s.id, r.id, fieldLabel, QStringLiteral("no lookup named '%1'").arg(r.lookup));
        }
        if (!r.from.isEmpty()) {
            auto p = parsePath(r.from);
            if (!p) {
                error(s.id, r.id, fieldLabel, p.error().message);
            } else {
                std::unique_ptr<Node> node = std::move(p).value();
                check(*node, s.id, r.id, fieldLabel);
                cr.expr = std::shared_ptr<const Node>(std::move(node));
            }
        } else if (!r.expr.isEmpty()) {
            cr.expr = expression(r.expr, s.id, r.id, fieldLabel);
        } else {
            auto n = std::make_shared<Node>();
            n->kind = NodeKind::Constant;
            n->constant = r.value.isUndefined() ? QJsonValue(QJsonValue::Null) : r.value;
            cr.expr = n;
        }
        // Type of what the rule writes vs the target field (value maps and lookups change the type).
        if (cr.expr && cr.spec && cr.valueMap < 0 && cr.lookup < 0) {
            const ValueType t = typeWithSchema(*cr.expr);
            if (t == ValueType::List || t == ValueType::Object)
                error(s.id, r.id, fieldLabel,
                      QStringLiteral("type mismatch: writes a %1 into the %2 field %3")
                          .arg(valueTypeName(t), fieldKindName(cr.spec->kind), r.target));
            else if (numericTarget(cr.spec) && cr.expr->kind == NodeKind::Constant &&
                     cr.expr->constant.isString() && !cr.expr->constant.toString().isEmpty() &&
                     !toNumber(cr.expr->constant))
                error(s.id, r.id, fieldLabel,
                      QStringLiteral("type mismatch: the text '%1' into the numeric field %2")
                          .arg(cr.expr->constant.toString(), r.target));
            else if (numericTarget(cr.spec) && cr.expr->kind == NodeKind::Path && t == ValueType::Text)
                warn(s.id, r.id, fieldLabel,
                     QStringLiteral("a text source into the numeric field %1: it must hold a number")
                         .arg(r.target));
            else if (cr.spec->kind == FieldKind::Bool && t == ValueType::Text &&
                     cr.expr->kind == NodeKind::Constant)
                error(s.id, r.id, fieldLabel,
                      QStringLiteral("type mismatch: the text '%1' into the true/false field %2")
                          .arg(toText(cr.expr->constant), r.target));
        }
        if (cr.hasDefault && cr.spec && numericTarget(cr.spec) && r.defaultValue.isString() &&
            !toNumber(r.defaultValue) && cr.valueMap < 0 && cr.lookup < 0)
            error(s.id, r.id, fieldLabel,
                  QStringLiteral("type mismatch: default '%1' into the numeric field %2")
                      .arg(r.defaultValue.toString(), r.target));
        return cr;
    }
};

} // namespace detail

Result<std::shared_ptr<const CompiledMapping>>
MappingCompiler::compile(const MappingDocument &doc, std::shared_ptr<const TargetSchema> schema,
                         QList<ValidationIssue> *issues)
{
    if (!schema)
        schema = TargetSchema::builtIn();
    detail::CompilerImpl c(doc, schema, issues);
    auto out = c.run();
    if (c.failed())
        return Error::data(QStringLiteral("mapping '%1' is not valid: %2").arg(doc.name, c.firstError()));
    return std::shared_ptr<const CompiledMapping>(out);
}

QList<ValidationIssue> MappingCompiler::validate(const MappingDocument &doc,
                                                 std::shared_ptr<const TargetSchema> schema)
{
    QList<ValidationIssue> issues;
    compile(doc, std::move(schema), &issues);
    return issues;
}

} // namespace m3cart::mapping
