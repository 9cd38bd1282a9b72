#include "mapping_diff.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace m3cart::mapping {

namespace {

using Kind = MappingChange::Kind;
using What = MappingChange::What;
// Named, readable properties of one item, in display order; "" = not set.
using Aspects = QList<std::pair<QString, QString>>;

// Undefined and null both mean "not set" in a document (a rule made in the editor has a null default).
QString jsonText(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.isString())
        return v.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QString flag(bool b)
{
    return b ? QStringLiteral("yes") : QString();
}

QString joined(const Aspects &aspects)
{
    QStringList parts;
    for (const auto &[name, text] : aspects)
        if (!text.isEmpty())
            parts << name + QStringLiteral(": ") + text;
    return parts.join(QStringLiteral("; "));
}

Aspects ruleAspects(const RuleDef &r)
{
    // The rule's source is one of three spellings; the diff shows the one in use.
    std::pair<QString, QString> source{QStringLiteral("expr"), r.expr};
    if (r.expr.isEmpty() && !r.from.isEmpty())
        source = {QStringLiteral("from"), r.from};
    else if (r.expr.isEmpty() && !r.value.isUndefined())
        source = {QStringLiteral("value"), jsonText(r.value)};
    return {{QStringLiteral("target"), r.target},
            source,
            {QStringLiteral("default"), jsonText(r.defaultValue)},
            {QStringLiteral("valueMap"), r.valueMap},
            {QStringLiteral("lookup"), r.lookup},
            {QStringLiteral("required"), flag(r.required)},
            {QStringLiteral("note"), r.note}};
}

Aspects sectionAspects(const SectionDef &s)
{
    return {{QStringLiteral("target"), s.target.label()},
            {QStringLiteral("description"), s.description},
            {QStringLiteral("foreach"), s.foreach},
            {QStringLiteral("where"), s.where},
            {QStringLiteral("when"), s.when}};
}

Aspects valueMapAspects(const ValueMapDef &m)
{
    return {{QStringLiteral("description"), m.description},
            {QStringLiteral("onMissing"), missPolicyName(m.onMissing)},
            {QStringLiteral("default"), jsonText(m.defaultValue)},
            {QStringLiteral("ignoreCase"), flag(m.ignoreCase)},
            {QStringLiteral("entries"), QString::number(m.entries.size())}};
}

// Variants have many small fields: their JSON (as saved) is the readable form.
Aspects lookupAspects(const LookupDef &l, const QJsonObject &saved)
{
    return {{QStringLiteral("description"), l.description},
            {QStringLiteral("table"), l.table},
            {QStringLiteral("variants"), jsonText(saved.value(QLatin1String("variants")))},
            {QStringLiteral("onMissing"), missPolicyName(l.onMissing)},
            {QStringLiteral("default"), jsonText(l.defaultValue)}};
}

Aspects documentAspects(const MappingDocument &d)
{
    return {{QStringLiteral("name"), d.name},
            {QStringLiteral("description"), d.description},
            {QStringLiteral("source"), d.sourceKind}};
}

// Fills a Changed change with the aspects that differ (entry counts are reported per entry instead).
bool compare(const Aspects &a, const Aspects &b, MappingChange *c, const QString &skip = {})
{
    Aspects before, after;
    for (qsizetype i = 0; i < a.size() && i < b.size(); ++i) {
        if (a.at(i) == b.at(i) || a.at(i).first == skip)
            continue;
        c->aspects << b.at(i).first;
        before << a.at(i);
        after << b.at(i);
    }
    c->before = joined(before);
    c->after = joined(after);
    return !c->aspects.isEmpty();
}

MappingChange make(Kind kind, What what, const QString &id, const QString &section = {})
{
    MappingChange c;
    c.kind = kind;
    c.what = what;
    c.id = id;
    c.section = section;
    return c;
}

class Differ
{
public:
    Differ(const MappingDocument &a, const MappingDocument &b) : m_a(a), m_b(b) {}

    MappingDiff run()
    {
        MappingChange doc = make(Kind::Changed, What::Document, m_b.name);
        if (compare(documentAspects(m_a), documentAspects(m_b), &doc))
            m_out.changes << doc;
        sections();
        named<ParamDef>(m_a.params, m_b.params, What::Param, [](const ParamDef &p) {
            return Aspects{{QStringLiteral("value"), jsonText(p.value)},
                           {QStringLiteral("description"), p.description}};
        });
        named<ContextDef>(m_a.context, m_b.context, What::Context, [](const ContextDef &p) {
            return Aspects{{QStringLiteral("description"), p.description},
                           {QStringLiteral("sample"), jsonText(p.sample)}};
        });
        valueMaps();
        lookups();
        return m_out;
    }

private:
    template <typename T, typename F>
    void named(const QList<T> &a, const QList<T> &b, What what, F aspects, const QString &skip = {})
    {
        QHash<QString, const T *> before;
        for (const T &x : a)
            before.insert(x.name, &x);
        for (const T &x : b) {
            const T *old = before.take(x.name);
            if (!old) {
                MappingChange c = make(Kind::Added, what, x.name);
                c.after = joined(aspects(x));
                m_out.changes << c;
                continue;
            }
            MappingChange c = make(Kind::Changed, what, x.name);
            if (compare(aspects(*old), aspects(x), &c, skip))
                m_out.changes << c;
        }
        for (const T &x : a)
            if (before.contains(x.name)) {
                MappingChange c = make(Kind::Removed, what, x.name);
                c.before = joined(aspects(x));
                m_out.changes << c;
            }
    }

    // Entry by entry: a value map of 300 countries shows the one that changed.
    void entries(What what, const QString &name, const QList<std::pair<QString, QString>> &a,
                 const QList<std::pair<QString, QString>> &b)
    {
        QHash<QString, QString> before;
        for (const auto &[key, value] : a)
            before.insert(key, value);
        for (const auto &[key, value] : b) {
            MappingChange c = make(Kind::Added, what, name);
            c.key = key;
            c.after = value;
            if (auto it = before.constFind(key); it != before.constEnd()) {
                c.kind = Kind::Changed;
                c.before = it.value();
                c.aspects << QStringLiteral("entries");
                before.remove(key);
                if (c.before == c.after)
                    continue;
            }
            m_out.changes << c;
        }
        for (const auto &[key, value] : a)
            if (before.contains(key)) {
                MappingChange c = make(Kind::Removed, what, name);
                c.key = key;
                c.before = value;
                m_out.changes << c;
            }
    }

    static QList<std::pair<QString, QString>> texts(const QList<std::pair<QString, QJsonValue>> &entries)
    {
        QList<std::pair<QString, QString>> out;
        for (const auto &[k, v] : entries)
            out.emplaceBack(k, jsonText(v));
        return out;
    }

    static QList<std::pair<QString, QString>> texts(const QJsonObject &entries)
    {
        QList<std::pair<QString, QString>> out;
        for (auto it = entries.begin(); it != entries.end(); ++it)
            out.emplaceBack(it.key(), jsonText(it.value()));
        return out;
    }

    void valueMaps()
    {
        named<ValueMapDef>(m_a.valueMaps, m_b.valueMaps, What::ValueMap, valueMapAspects,
                           QStringLiteral("entries"));
        for (const ValueMapDef &b : m_b.valueMaps)
            for (const ValueMapDef &a : m_a.valueMaps)
                if (a.name == b.name)
                    entries(What::ValueMap, b.name, texts(a.entries), texts(b.entries));
    }

    void lookups()
    {
        const QJsonObject savedA = m_a.toJson().value(QLatin1String("lookups")).toObject();
        const QJsonObject savedB = m_b.toJson().value(QLatin1String("lookups")).toObject();
        QHash<QString, const LookupDef *> before;
        for (const LookupDef &l : m_a.lookups)
            before.insert(l.name, &l);
        for (const LookupDef &l : m_b.lookups) {
            const Aspects now = lookupAspects(l, savedB.value(l.name).toObject());
            const LookupDef *old = before.take(l.name);
            if (!old) {
                MappingChange c = make(Kind::Added, What::Lookup, l.name);
                c.after = joined(now);
                m_out.changes << c;
                continue;
            }
            MappingChange c = make(Kind::Changed, What::Lookup, l.name);
            if (compare(lookupAspects(*old, savedA.value(l.name).toObject()), now, &c))
                m_out.changes << c;
            entries(What::Lookup, l.name, texts(old->entries), texts(l.entries));
        }
        for (const LookupDef &l : m_a.lookups)
            if (before.contains(l.name)) {
                MappingChange c = make(Kind::Removed, What::Lookup, l.name);
                c.before = joined(lookupAspects(l, savedA.value(l.name).toObject()));
                m_out.changes << c;
            }
    }

    void rule(Kind kind, const QString &section, const RuleDef &r)
    {
        MappingChange c = make(kind, What::Rule, r.id, section);
        c.target = r.target;
        (kind == Kind::Added ? c.after : c.before) = ruleSummary(r);
        m_out.changes << c;
    }

    void sectionAdded(Kind kind, const SectionDef &s)
    {
        MappingChange c = make(kind, What::Section, s.id, s.id);
        (kind == Kind::Added ? c.after : c.before) = joined(sectionAspects(s));
        m_out.changes << c;
        for (const RuleDef &r : s.rules) // a new section's rules are new rules: the counts say so
            rule(kind, s.id, r);
    }

    void sections()
    {
        QHash<QString, const SectionDef *> before;
        for (const SectionDef &s : m_a.sections)
            before.insert(s.id, &s);
        for (const SectionDef &s : m_b.sections) {
            const SectionDef *old = before.take(s.id);
            if (!old) {
                sectionAdded(Kind::Added, s);
                continue;
            }
            MappingChange c = make(Kind::Changed, What::Section, s.id, s.id);
            if (compare(sectionAspects(*old), sectionAspects(s), &c))
                m_out.changes << c;
            rules(*old, s);
        }
        for (const SectionDef &s : m_a.sections)
            if (before.contains(s.id))
                sectionAdded(Kind::Removed, s);
    }

    // Rules pair up by id; a rule whose id changed pairs with the unpaired rule writing the same field.
    void rules(const SectionDef &a, const SectionDef &b)
    {
        QList<const RuleDef *> unpaired;
        for (const RuleDef &r : a.rules)
            unpaired << &r;
        auto take = [&](auto match) -> const RuleDef * {
            for (qsizetype i = 0; i < unpaired.size(); ++i)
                if (match(*unpaired.at(i)))
                    return unpaired.takeAt(i);
            return nullptr;
        };
        QList<std::pair<const RuleDef *, const RuleDef *>> pairs; // (old, new), new in order
        for (const RuleDef &r : b.rules)
            pairs.emplaceBack(r.id.isEmpty() ? nullptr : take([&](const RuleDef &o) { return o.id == r.id; }),
                              &r);
        for (auto &pair : pairs) {
            const QString target = pair.second->target;
            if (!pair.first)
                pair.first = take([&](const RuleDef &o) { return o.target == target; });
        }
        for (const auto &[old, now] : pairs) {
            if (!old) {
                rule(Kind::Added, b.id, *now);
                continue;
            }
            MappingChange c = make(Kind::Changed, What::Rule, now->id, b.id);
            c.target = now->target;
            const bool renamed = old->id != now->id;
            if (compare(ruleAspects(*old), ruleAspects(*now), &c) || renamed) {
                if (renamed) {
                    c.aspects.prepend(QStringLiteral("id"));
                    c.before = joined({{QStringLiteral("id"), old->id}}) +
                               (c.before.isEmpty() ? QString() : QStringLiteral("; ") + c.before);
                    c.after = joined({{QStringLiteral("id"), now->id}}) +
                              (c.after.isEmpty() ? QString() : QStringLiteral("; ") + c.after);
                }
                m_out.changes << c;
            }
        }
        for (const RuleDef *old : unpaired)
            rule(Kind::Removed, a.id, *old);
    }

    const MappingDocument &m_a;
    const MappingDocument &m_b;
    MappingDiff m_out;
};

} // namespace

QString changeKindName(MappingChange::Kind k)
{
    switch (k) {
    case Kind::Added:
        return QStringLiteral("added");
    case Kind::Removed:
        return QStringLiteral("removed");
    case Kind::Changed:
        break;
    }
    return QStringLiteral("changed");
}

QString changeWhatName(MappingChange::What w)
{
    switch (w) {
    case What::Document:
        return QStringLiteral("document");
    case What::Section:
        return QStringLiteral("section");
    case What::Rule:
        return QStringLiteral("rule");
    case What::ValueMap:
        return QStringLiteral("valueMap");
    case What::Lookup:
        return QStringLiteral("lookup");
    case What::Param:
        return QStringLiteral("param");
    case What::Context:
        break;
    }
    return QStringLiteral("context");
}

QString ruleSummary(const RuleDef &rule)
{
    Aspects a = ruleAspects(rule);
    a.removeFirst(); // the target is said by whoever shows the rule
    return joined(a);
}

QString MappingChange::text() const
{
    QString subject = changeWhatName(what) + QLatin1Char(' ') + id;
    if (what == What::Rule)
        subject += QStringLiteral(" (%1) in %2").arg(target, section);
    if (!key.isEmpty())
        subject += QStringLiteral(" entry '%1'").arg(key);
    switch (kind) {
    case Kind::Added:
        return subject + QStringLiteral(" added: ") + after;
    case Kind::Removed:
        return subject + QStringLiteral(" removed: ") + before;
    case Kind::Changed:
        break;
    }
    return subject + QStringLiteral(" changed: ") + before + QStringLiteral(" → ") + after;
}

QJsonObject MappingChange::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), changeKindName(kind)},
                  {QStringLiteral("what"), changeWhatName(what)},
                  {QStringLiteral("id"), id}};
    if (!section.isEmpty())
        o.insert(QStringLiteral("section"), section);
    if (!target.isEmpty())
        o.insert(QStringLiteral("target"), target);
    if (!key.isEmpty())
        o.insert(QStringLiteral("key"), key);
    if (!aspects.isEmpty())
        o.insert(QStringLiteral("aspects"), QJsonArray::fromStringList(aspects));
    if (kind != Kind::Added)
        o.insert(QStringLiteral("before"), before);
    if (kind != Kind::Removed)
        o.insert(QStringLiteral("after"), after);
    return o;
}

int MappingDiff::count(MappingChange::What what, MappingChange::Kind kind) const
{
    return int(std::count_if(changes.begin(), changes.end(),
                             [&](const MappingChange &c) { return c.what == what && c.kind == kind; }));
}

QJsonObject MappingDiff::toJson() const
{
    QJsonArray list;
    QJsonObject summary;
    for (const MappingChange &c : changes) {
        list << c.toJson();
        QJsonObject w = summary.value(changeWhatName(c.what)).toObject();
        w.insert(changeKindName(c.kind), w.value(changeKindName(c.kind)).toInt() + 1);
        summary.insert(changeWhatName(c.what), w);
    }
    return {{QStringLiteral("changes"), list}, {QStringLiteral("summary"), summary}};
}

MappingDiff diffMappings(const MappingDocument &before, const MappingDocument &after)
{
    return Differ(before, after).run();
}

} // namespace m3cart::mapping
