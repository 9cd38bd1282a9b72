#include "canvas_layout.h"

#include "mapping/cart_schema.h"
#include "mapping/expression.h"
#include "mapping/mapping_document.h"
#include "mapping_draft.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace m3cart::ui {

using namespace m3cart::mapping;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("m3cart::ui::CanvasLayout", text, disambiguation, n);
}

QJsonObject firstObject(const QJsonValue &v)
{
    return v.isArray() ? v.toArray().first().toObject() : v.toObject();
}

QString typeText(const FieldSpec &f)
{
    if (!f.m3Type.isNull())
        return f.maxLength > 0 ? QString(f.m3Type) + QString::number(f.maxLength) : QString(f.m3Type);
    const QString kind = fieldKindName(f.kind);
    return f.maxLength > 0 ? QStringLiteral("%1 ≤%2").arg(kind).arg(f.maxLength) : kind;
}

// A sample value short enough for a row.
QString sampleText(const QJsonValue &v)
{
    if (v.isArray()) // lupdate reads tr(text, comment, n): n must be the third argument
        return tr("%n element(s)", nullptr, int(v.toArray().size()));
    if (v.isObject())
        return tr("object");
    QString s = jsonCellText(v);
    if (v.isString())
        s = QLatin1Char('"') + s + QLatin1Char('"');
    return s.size() > 24 ? s.left(23) + QStringLiteral("…") : s;
}

class SourceBuilder
{
public:
    SourceBuilder(const TargetSchema &schema, QList<SourceRow> *rows) : m_schema(schema), m_rows(rows) {}

    // The fields of one object: the layout's in its order, then the sample's the layout does not know.
    void fields(const QString &keyBase, const QString &pathBase, const QString &labelPrefix, int depth,
                const FieldSet *set, const QJsonObject &sample, const QString &skipChildrenOf)
    {
        QStringList names;
        if (set)
            for (const FieldSpec &f : set->fields)
                names << f.name;
        for (auto it = sample.begin(); it != sample.end(); ++it)
            if (!names.contains(it.key()))
                names << it.key();
        for (const QString &name : names) {
            const FieldSpec *spec = set ? set->field(name) : nullptr;
            const QJsonValue v = sample.value(name);
            const bool list = spec ? spec->kind == FieldKind::Array : v.isArray();
            const bool object = spec ? spec->kind == FieldKind::Object : v.isObject();
            SourceRow row;
            row.kind = list || object ? SourceRow::Group : SourceRow::Field;
            row.key = keyBase + QLatin1Char('.') + name;
            row.path = pathBase + QLatin1Char('.') + name;
            row.label = depth <= 1 ? row.path : labelPrefix + QLatin1Char('.') + name;
            row.depth = depth;
            row.detail = v.isUndefined() ? (spec ? typeText(*spec) : QString()) : sampleText(v);
            QStringList tip{row.path};
            if (spec && !spec->description.isEmpty())
                tip << spec->description;
            if (spec)
                tip << tr("Type: %1").arg(typeText(*spec));
            if (!v.isUndefined() && !list && !object)
                tip << tr("Sample: %1").arg(jsonCellText(v));
            row.tooltip = tip.join(QLatin1Char('\n'));
            if (list)
                row.label = QStringLiteral("↻ ") + row.label;
            m_rows->append(row);
            if (depth >= 4 || (!list && !object))
                continue;
            const FieldSet *inner = spec && !spec->of.isEmpty() ? m_schema.objectFor(spec->of) : nullptr;
            if (list && row.key == skipChildrenOf) {
                m_rows->last().detail = tr("repeated above as @");
                continue;
            }
            if (list)
                fields(row.key + QStringLiteral("[]"), row.path + QStringLiteral("[0]"),
                       QStringLiteral("[0]"), depth + 1, inner, firstObject(v), skipChildrenOf);
            else
                fields(row.key, row.path, {}, depth + 1, inner, v.toObject(), skipChildrenOf);
        }
    }

    void header(const QString &text)
    {
        SourceRow h;
        h.kind = SourceRow::Header;
        h.label = text;
        m_rows->append(h);
    }

    void field(const QString &key, const QString &label, const QString &detail, const QString &tip, int depth,
               bool known = true)
    {
        SourceRow r;
        r.key = key;
        r.path = key;
        r.label = label;
        r.detail = detail;
        r.tooltip = tip;
        r.depth = depth;
        r.known = known;
        m_rows->append(r);
    }

private:
    const TargetSchema &m_schema;
    QList<SourceRow> *m_rows;
};

} // namespace

QString CanvasLayout::keyOf(const QString &path, const QString &foreach)
{
    auto node = parsePath(path.trimmed());
    if (!node)
        return {};
    QString key;
    switch (node.value()->root) {
    case PathRoot::Source:
        key = QStringLiteral("$");
        break;
    case PathRoot::Item: {
        const QString group = foreach.isEmpty() ? QString() : keyOf(foreach, {});
        key = group.startsWith(QLatin1String("$.")) ? group + QStringLiteral("[]") : QStringLiteral("@");
        break;
    }
    case PathRoot::Params:
        key = QStringLiteral("$params");
        break;
    case PathRoot::Context:
        key = QStringLiteral("$ctx");
        break;
    case PathRoot::Index:
        return QStringLiteral("$index");
    }
    for (const PathStep &s : node.value()->steps)
        key += s.kind == PathStep::Key ? QLatin1Char('.') + s.key : QStringLiteral("[]");
    while (key.endsWith(QLatin1String("[]")))
        key.chop(2);
    return key;
}

QList<SourceRow> CanvasLayout::sourceRows(const TargetSchema &schema, const MappingDocument &doc,
                                          const SectionDef &section, const QJsonValue &sample,
                                          const QStringList &paths)
{
    QList<SourceRow> rows;
    SourceBuilder b(schema, &rows);
    const FieldSet *root = schema.sourceRoot(doc.sourceKind);
    const QJsonObject sampleRoot = firstObject(sample);
    const QString group = section.foreach.isEmpty() ? QString() : keyOf(section.foreach, {});
    if (group.startsWith(QLatin1String("$."))) {
        // The element of the repeated section first: its fields are what the section's rules mostly use.
        const FieldSet *set = root;
        QJsonValue v = sampleRoot;
        auto node = parsePath(section.foreach);
        for (const PathStep &s : node.value()->steps) {
            if (s.kind != PathStep::Key)
                continue;
            const FieldSpec *spec = set ? set->field(s.key) : nullptr;
            set = spec && !spec->of.isEmpty() ? schema.objectFor(spec->of) : nullptr;
            v = v.isArray() ? v.toArray().first().toObject().value(s.key) : v.toObject().value(s.key);
        }
        b.header(tr("↻ Each element of %1 (@)").arg(section.foreach));
        b.fields(group + QStringLiteral("[]"), QStringLiteral("@"), {}, 1, set, firstObject(v), {});
        b.field(QStringLiteral("$index"), QStringLiteral("$index"), tr("position"),
                tr("The number of records written so far (0-based)"), 1);
    } else if (!section.foreach.isEmpty()) {
        b.header(tr("↻ Each element of %1 (@)").arg(section.foreach));
    }
    const QString kindDesc = schema.cart().sourceDescription(doc.sourceKind);
    b.header(kindDesc.isEmpty() ? tr("$ — %1").arg(doc.sourceKind) : tr("$ — %1").arg(kindDesc));
    b.fields(QStringLiteral("$"), QStringLiteral("$"), {}, 1, root, sampleRoot, group);
    if (!doc.params.isEmpty()) {
        b.header(tr("Parameters ($params)"));
        for (const ParamDef &p : doc.params)
            b.field(QStringLiteral("$params.") + p.name, QStringLiteral("$params.") + p.name,
                    jsonCellText(p.value), p.description, 1);
    }
    if (!doc.context.isEmpty()) {
        b.header(tr("Flow values ($ctx)"));
        for (const ContextDef &c : doc.context)
            b.field(QStringLiteral("$ctx.") + c.name, QStringLiteral("$ctx.") + c.name,
                    jsonCellText(c.sample), c.description, 1);
    }
    QSet<QString> keys;
    for (const SourceRow &r : rows)
        keys.insert(r.key);
    bool headed = false;
    for (const QString &p : paths) {
        const QString key = keyOf(p, section.foreach);
        if (key.isEmpty() || keys.contains(key))
            continue;
        if (!headed)
            b.header(tr("Used by rules, not in the sample or layout"));
        headed = true;
        keys.insert(key);
        b.field(key, p, {}, tr("%1 is neither in the sample nor in the source layout").arg(p), 1, false);
    }
    return rows;
}

int CanvasLayout::addRule(SectionDef &section, const QString &field, const QString &expression,
                          const QString &note)
{
    const QString base = section.id + QLatin1Char('.') + field.toLower();
    QString id = base;
    for (int n = 2; std::any_of(section.rules.cbegin(), section.rules.cend(),
                                [&](const RuleDef &r) { return r.id == id; });
         ++n)
        id = base + QString::number(n);
    RuleDef rule;
    rule.id = id;
    rule.target = field;
    rule.expr = expression;
    rule.note = note;
    section.rules << rule;
    return int(section.rules.size()) - 1;
}

QList<TargetRow> CanvasLayout::targetRows(const TargetSchema &schema, const SectionDef &section)
{
    QList<TargetRow> rows;
    QSet<QString> names;
    auto add = [&](const FieldSpec &f, const QString &name, int depth) {
        TargetRow r;
        r.field = name;
        r.description = f.description;
        r.type = typeText(f);
        r.mandatory = f.mandatory;
        r.depth = depth;
        rows << r;
        names.insert(name);
    };
    if (const FieldSet *set = schema.targetFields(section.target)) {
        for (const FieldSpec &f : set->fields) {
            add(f, f.name, 0);
            const FieldSet *inner =
                f.kind == FieldKind::Object && !f.of.isEmpty() ? schema.objectFor(f.of) : nullptr;
            if (inner)
                for (const FieldSpec &c : inner->fields)
                    add(c, f.name + QLatin1Char('.') + c.name, 1);
        }
    }
    for (const RuleDef &rule : section.rules) {
        if (names.contains(rule.target))
            continue;
        TargetRow r;
        r.field = rule.target;
        r.description = tr("not a field of %1").arg(section.target.label());
        r.known = false;
        r.mandatory = rule.required;
        rows << r;
        names.insert(rule.target);
    }
    for (TargetRow &r : rows) // a rule may make a field mandatory
        for (const RuleDef &rule : section.rules)
            if (rule.target == r.field && rule.required)
                r.mandatory = true;
    return rows;
}

} // namespace m3cart::ui
