#include "mapping_document.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace m3cart::mapping {

QString missPolicyName(MissPolicy p)
{
    switch (p) {
    case MissPolicy::Error:
        return QStringLiteral("error");
    case MissPolicy::Default:
        return QStringLiteral("default");
    case MissPolicy::PassThrough:
        return QStringLiteral("passThrough");
    case MissPolicy::Empty:
        return QStringLiteral("empty");
    }
    return QStringLiteral("error");
}

namespace {

Error bad(const QString &where, const QString &what)
{
    return Error::data(QStringLiteral("%1: %2").arg(where, what));
}

Status checkKeys(const QJsonObject &o, const QString &where, std::initializer_list<const char *> allowed)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool known = it.key().startsWith(QLatin1Char('_')); // "_comment", editor layout data
        for (const char *a : allowed)
            known = known || it.key() == QLatin1String(a);
        if (!known)
            return bad(where, QStringLiteral("unknown key '%1'").arg(it.key()));
    }
    return ok();
}

Result<MissPolicy> policy(const QJsonObject &o, const QString &where)
{
    const QString p = o.value(QLatin1String("onMissing")).toString(QStringLiteral("error"));
    for (MissPolicy m : {MissPolicy::Error, MissPolicy::Default, MissPolicy::PassThrough, MissPolicy::Empty})
        if (p == missPolicyName(m)) {
            if (m == MissPolicy::Default && !o.contains(QLatin1String("default")))
                return bad(where, QStringLiteral("onMissing 'default' needs a \"default\" value"));
            return m;
        }
    return bad(where,
               QStringLiteral("onMissing must be error, default, passThrough or empty (got '%1')").arg(p));
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject underscoreKeys(const QJsonObject &o)
{
    QJsonObject out;
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key().startsWith(QLatin1Char('_')))
            out.insert(it.key(), it.value());
    return out;
}

void mergeInto(QJsonObject &o, const QJsonObject &extra)
{
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
}

Result<TargetRef> target(const QJsonValue &v, const QString &where)
{
    const QJsonObject o = v.toObject();
    if (o.isEmpty())
        return bad(where, QStringLiteral("needs a \"target\" object"));
    if (const Status s =
            checkKeys(o, where + QStringLiteral(" target"), {"kind", "program", "transaction", "object"});
        !s)
        return s.error();
    TargetRef t;
    const QString kind = text(o, "kind");
    if (kind == QLatin1String("m3")) {
        t.system = TargetRef::System::M3;
        t.program = text(o, "program");
        t.transaction = text(o, "transaction");
        if (t.program.isEmpty() || t.transaction.isEmpty())
            return bad(where, QStringLiteral("an m3 target needs \"program\" and \"transaction\""));
    } else if (kind == QLatin1String("cart")) {
        t.system = TargetRef::System::Cart;
        t.object = text(o, "object");
        if (t.object.isEmpty())
            return bad(where, QStringLiteral("a cart target needs \"object\""));
    } else {
        return bad(where, QStringLiteral("target kind must be 'm3' or 'cart' (got '%1')").arg(kind));
    }
    return t;
}

Result<RuleDef> rule(const QJsonObject &o, const QString &section)
{
    RuleDef r;
    r.id = text(o, "id");
    const QString where = r.id.isEmpty() ? QStringLiteral("section '%1': a rule").arg(section)
                                         : QStringLiteral("rule '%1'").arg(r.id);
    if (const Status s = checkKeys(
            o, where,
            {"id", "target", "from", "value", "expr", "default", "valueMap", "lookup", "required", "note"});
        !s)
        return s.error();
    if (r.id.isEmpty())
        return bad(where, QStringLiteral("has no \"id\""));
    r.target = text(o, "target");
    if (r.target.isEmpty())
        return bad(where, QStringLiteral("has no \"target\" field"));
    r.from = text(o, "from");
    r.expr = text(o, "expr");
    r.value = o.value(QLatin1String("value"));
    r.defaultValue = o.value(QLatin1String("default"));
    r.valueMap = text(o, "valueMap");
    r.lookup = text(o, "lookup");
    r.required = o.value(QLatin1String("required")).toBool();
    r.note = text(o, "note");
    r.extra = underscoreKeys(o);
    const int sources = int(!r.from.isEmpty()) + int(!r.expr.isEmpty()) + int(!r.value.isUndefined());
    if (sources == 0 && r.defaultValue.isUndefined())
        return bad(where + QStringLiteral(" (") + r.target + QLatin1Char(')'),
                   QStringLiteral("needs one of \"from\", \"value\" or \"expr\""));
    if (sources > 1)
        return bad(where + QStringLiteral(" (") + r.target + QLatin1Char(')'),
                   QStringLiteral("give only one of \"from\", \"value\" and \"expr\""));
    return r;
}

} // namespace

Result<MappingDocument> MappingDocument::fromJson(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error::data(QStringLiteral("mapping document is not valid JSON: %1 at offset %2")
                               .arg(pe.errorString())
                               .arg(pe.offset));
    if (!doc.isObject())
        return Error::data(QStringLiteral("mapping document must be a JSON object"));
    return fromJsonObject(doc.object());
}

Result<MappingDocument> MappingDocument::fromJsonObject(const QJsonObject &o)
{
    MappingDocument d;
    if (const Status s = checkKeys(o, QStringLiteral("document"),
                                   {"name", "description", "version", "source", "parameters", "context",
                                    "valueMaps", "lookups", "targets"});
        !s)
        return s.error();
    d.name = text(o, "name");
    if (d.name.isEmpty())
        return Error::data(QStringLiteral("document: has no \"name\""));
    d.description = text(o, "description");
    d.extra = underscoreKeys(o);
    d.version = o.value(QLatin1String("version")).toInt();
    d.sourceKind = o.value(QLatin1String("source")).toObject().value(QLatin1String("kind")).toString();
    if (d.sourceKind.isEmpty())
        return Error::data(QStringLiteral("document '%1': needs \"source\": {\"kind\": ...}").arg(d.name));

    const QJsonObject params = o.value(QLatin1String("parameters")).toObject();
    for (auto it = params.begin(); it != params.end(); ++it) {
        ParamDef p;
        p.name = it.key();
        const QJsonObject po = it.value().toObject();
        if (it.value().isObject() && po.contains(QLatin1String("value"))) {
            p.value = po.value(QLatin1String("value"));
            p.description = po.value(QLatin1String("description")).toString();
        } else {
            p.value = it.value();
        }
        d.params << p;
    }
    const QJsonObject ctx = o.value(QLatin1String("context")).toObject();
    for (auto it = ctx.begin(); it != ctx.end(); ++it) {
        ContextDef c;
        c.name = it.key();
        c.description = it.value().toObject().value(QLatin1String("description")).toString();
        c.sample = it.value().toObject().value(QLatin1String("sample"));
        d.context << c;
    }
    const QJsonObject maps = o.value(QLatin1String("valueMaps")).toObject();
    for (auto it = maps.begin(); it != maps.end(); ++it) {
        const QString where = QStringLiteral("value map '%1'").arg(it.key());
        const QJsonObject mo = it.value().toObject();
        if (const Status s =
                checkKeys(mo, where, {"description", "entries", "onMissing", "default", "ignoreCase"});
            !s)
            return s.error();
        ValueMapDef m;
        m.name = it.key();
        m.description = text(mo, "description");
        const QJsonValue entries = mo.value(QLatin1String("entries"));
        if (entries.isObject()) {
            const QJsonObject eo = entries.toObject();
            for (auto e = eo.begin(); e != eo.end(); ++e)
                m.entries.append({e.key(), e.value()});
        } else if (entries.isArray()) { // [{"from": "1", "to": "10"}] keeps an order the editor chose
            for (const QJsonValue &e : entries.toArray())
                m.entries.append({e.toObject().value(QLatin1String("from")).toVariant().toString(),
                                  e.toObject().value(QLatin1String("to"))});
        } else {
            return bad(where, QStringLiteral("needs \"entries\""));
        }
        auto p = policy(mo, where);
        if (!p)
            return p.error();
        m.onMissing = p.value();
        m.defaultValue = mo.value(QLatin1String("default"));
        m.ignoreCase = mo.value(QLatin1String("ignoreCase")).toBool();
        d.valueMaps << m;
    }
    const QJsonObject lookups = o.value(QLatin1String("lookups")).toObject();
    for (auto it = lookups.begin(); it != lookups.end(); ++it) {
        const QString where = QStringLiteral("lookup '%1'").arg(it.key());
        const QJsonObject lo = it.value().toObject();
        if (const Status s =
                checkKeys(lo, where, {"description", "table", "entries", "variants", "onMissing", "default"});
            !s)
            return s.error();
        LookupDef l;
        l.name = it.key();
        l.description = text(lo, "description");
        l.table = text(lo, "table");
        l.entries = lo.value(QLatin1String("entries")).toObject();
        if (l.table.isEmpty() && l.entries.isEmpty())
            return bad(where, QStringLiteral("needs a store \"table\" or inline \"entries\""));
        for (const QJsonValue &v : lo.value(QLatin1String("variants")).toArray()) {
            const QJsonObject vo = v.toObject();
            if (const Status s =
                    checkKeys(vo, where + QStringLiteral(" variant"),
                              {"kind", "separator", "suffixes", "pattern", "replacement", "asValue"});
                !s)
                return s.error();
            LookupVariantDef lv;
            lv.kind = text(vo, "kind");
            lv.separator = text(vo, "separator");
            for (const QJsonValue &sfx : vo.value(QLatin1String("suffixes")).toArray())
                lv.suffixes << sfx.toString();
            lv.pattern = text(vo, "pattern");
            lv.replacement = text(vo, "replacement");
            lv.asValue = vo.value(QLatin1String("asValue")).toBool();
            static const QSet<QString> kinds{QStringLiteral("exact"), QStringLiteral("upper"),
                                             QStringLiteral("stripSuffix"), QStringLiteral("pattern")};
            if (!kinds.contains(lv.kind))
                return bad(where, QStringLiteral(
                                      "variant kind must be exact, upper, stripSuffix or pattern (got '%1')")
                                      .arg(lv.kind));
            if (lv.kind == QLatin1String("stripSuffix") && lv.separator.isEmpty() && lv.suffixes.isEmpty())
                return bad(where, QStringLiteral("stripSuffix needs \"separator\" or \"suffixes\""));
            if (lv.kind == QLatin1String("pattern") && lv.pattern.isEmpty())
                return bad(where, QStringLiteral("a pattern variant needs \"pattern\""));
            l.variants << lv;
        }
        auto p = policy(lo, where);
        if (!p)
            return p.error();
        l.onMissing = p.value();
        l.defaultValue = lo.value(QLatin1String("default"));
        d.lookups << l;
    }
    for (const QJsonValue &sv : o.value(QLatin1String("targets")).toArray()) {
        const QJsonObject so = sv.toObject();
        SectionDef s;
        s.id = text(so, "id");
        const QString where = QStringLiteral("section '%1'").arg(s.id);
        if (s.id.isEmpty())
            return Error::data(QStringLiteral("document '%1': a target section has no \"id\"").arg(d.name));
        if (const Status st =
                checkKeys(so, where, {"id", "description", "target", "foreach", "where", "when", "rules"});
            !st)
            return st.error();
        s.description = text(so, "description");
        auto t = target(so.value(QLatin1String("target")), where);
        if (!t)
            return t.error();
        s.target = t.value();
        s.foreach = text(so, "foreach");
        s.where = text(so, "where");
        s.when = text(so, "when");
        s.extra = underscoreKeys(so);
        if (!s.where.isEmpty() && s.foreach.isEmpty())
            return bad(
                where,
                QStringLiteral(
                    "\"where\" filters the elements of \"foreach\"; use \"when\" for a whole section"));
        for (const QJsonValue &rv : so.value(QLatin1String("rules")).toArray()) {
            auto r = rule(rv.toObject(), s.id);
            if (!r)
                return r.error();
            s.rules << r.value();
        }
        d.sections << s;
    }
    if (d.sections.isEmpty())
        return Error::data(QStringLiteral("document '%1': has no \"targets\"").arg(d.name));
    return d;
}

QJsonObject MappingDocument::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    if (version > 0)
        o.insert(QStringLiteral("version"), version);
    o.insert(QStringLiteral("source"), QJsonObject{{QStringLiteral("kind"), sourceKind}});
    if (!params.isEmpty()) {
        QJsonObject p;
        for (const ParamDef &d : params)
            p.insert(d.name, d.description.isEmpty()
                                 ? d.value
                                 : QJsonValue(QJsonObject{{QStringLiteral("value"), d.value},
                                                          {QStringLiteral("description"), d.description}}));
        o.insert(QStringLiteral("parameters"), p);
    }
    if (!context.isEmpty()) {
        QJsonObject c;
        for (const ContextDef &d : context) {
            QJsonObject e{{QStringLiteral("description"), d.description}};
            if (!d.sample.isUndefined())
                e.insert(QStringLiteral("sample"), d.sample);
            c.insert(d.name, e);
        }
        o.insert(QStringLiteral("context"), c);
    }
    if (!valueMaps.isEmpty()) {
        QJsonObject maps;
        for (const ValueMapDef &m : valueMaps) {
            QJsonObject e;
            for (const auto &[k, v] : m.entries)
                e.insert(k, v);
            QJsonObject mo{{QStringLiteral("entries"), e},
                           {QStringLiteral("onMissing"), missPolicyName(m.onMissing)}};
            if (!m.description.isEmpty())
                mo.insert(QStringLiteral("description"), m.description);
            if (!m.defaultValue.isUndefined())
                mo.insert(QStringLiteral("default"), m.defaultValue);
            if (m.ignoreCase)
                mo.insert(QStringLiteral("ignoreCase"), true);
            maps.insert(m.name, mo);
        }
        o.insert(QStringLiteral("valueMaps"), maps);
    }
    if (!lookups.isEmpty()) {
        QJsonObject ls;
        for (const LookupDef &l : lookups) {
            QJsonObject lo{{QStringLiteral("onMissing"), missPolicyName(l.onMissing)}};
            if (!l.description.isEmpty())
                lo.insert(QStringLiteral("description"), l.description);
            if (!l.table.isEmpty())
                lo.insert(QStringLiteral("table"), l.table);
            if (!l.entries.isEmpty())
                lo.insert(QStringLiteral("entries"), l.entries);
            if (!l.defaultValue.isUndefined())
                lo.insert(QStringLiteral("default"), l.defaultValue);
            QJsonArray vs;
            for (const LookupVariantDef &v : l.variants) {
                QJsonObject vo{{QStringLiteral("kind"), v.kind}};
                if (!v.separator.isEmpty())
                    vo.insert(QStringLiteral("separator"), v.separator);
                if (!v.suffixes.isEmpty())
                    vo.insert(QStringLiteral("suffixes"), QJsonArray::fromStringList(v.suffixes));
                if (!v.pattern.isEmpty())
                    vo.insert(QStringLiteral("pattern"), v.pattern);
                if (!v.replacement.isEmpty())
                    vo.insert(QStringLiteral("replacement"), v.replacement);
                if (v.asValue)
                    vo.insert(QStringLiteral("asValue"), true);
                vs << vo;
            }
            if (!vs.isEmpty())
                lo.insert(QStringLiteral("variants"), vs);
            ls.insert(l.name, lo);
        }
        o.insert(QStringLiteral("lookups"), ls);
    }
    QJsonArray targets;
    for (const SectionDef &s : sections) {
        QJsonObject so{{QStringLiteral("id"), s.id}};
        if (!s.description.isEmpty())
            so.insert(QStringLiteral("description"), s.description);
        so.insert(QStringLiteral("target"),
                  s.target.system == TargetRef::System::M3
                      ? QJsonObject{{QStringLiteral("kind"), QStringLiteral("m3")},
                                    {QStringLiteral("program"), s.target.program},
                                    {QStringLiteral("transaction"), s.target.transaction}}
                      : QJsonObject{{QStringLiteral("kind"), QStringLiteral("cart")},
                                    {QStringLiteral("object"), s.target.object}});
        if (!s.foreach.isEmpty())
            so.insert(QStringLiteral("foreach"), s.foreach);
        if (!s.where.isEmpty())
            so.insert(QStringLiteral("where"), s.where);
        if (!s.when.isEmpty())
            so.insert(QStringLiteral("when"), s.when);
        QJsonArray rules;
        for (const RuleDef &r : s.rules) {
            QJsonObject ro{{QStringLiteral("id"), r.id}, {QStringLiteral("target"), r.target}};
            if (!r.from.isEmpty())
                ro.insert(QStringLiteral("from"), r.from);
            if (!r.value.isUndefined())
                ro.insert(QStringLiteral("value"), r.value);
            if (!r.expr.isEmpty())
                ro.insert(QStringLiteral("expr"), r.expr);
            if (!r.defaultValue.isUndefined())
                ro.insert(QStringLiteral("default"), r.defaultValue);
            if (!r.valueMap.isEmpty())
                ro.insert(QStringLiteral("valueMap"), r.valueMap);
            if (!r.lookup.isEmpty())
                ro.insert(QStringLiteral("lookup"), r.lookup);
            if (r.required)
                ro.insert(QStringLiteral("required"), true);
            if (!r.note.isEmpty())
                ro.insert(QStringLiteral("note"), r.note);
            mergeInto(ro, r.extra);
            rules << ro;
        }
        so.insert(QStringLiteral("rules"), rules);
        mergeInto(so, s.extra);
        targets << so;
    }
    o.insert(QStringLiteral("targets"), targets);
    mergeInto(o, extra);
    return o;
}

QByteArray MappingDocument::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

} // namespace m3cart::mapping
