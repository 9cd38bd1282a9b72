#include "cart_schema.h"

#include "expression.h"
#include "mapping_log.h"
#include "mi_catalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace m3cart::mapping {

QString fieldKindName(FieldKind k)
{
    switch (k) {
    case FieldKind::Text:
        return QStringLiteral("text");
    case FieldKind::Number:
        return QStringLiteral("number");
    case FieldKind::Integer:
        return QStringLiteral("integer");
    case FieldKind::Date:
        return QStringLiteral("date");
    case FieldKind::Bool:
        return QStringLiteral("bool");
    case FieldKind::Object:
        return QStringLiteral("object");
    case FieldKind::Array:
        return QStringLiteral("array");
    case FieldKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

namespace {

FieldKind kindFromName(const QString &t)
{
    if (t == QLatin1String("string"))
        return FieldKind::Text;
    if (t == QLatin1String("int"))
        return FieldKind::Integer;
    if (t == QLatin1String("decimal"))
        return FieldKind::Number;
    if (t == QLatin1String("bool"))
        return FieldKind::Bool;
    if (t == QLatin1String("datetime") || t == QLatin1String("date"))
        return FieldKind::Date;
    if (t == QLatin1String("object"))
        return FieldKind::Object;
    if (t == QLatin1String("array"))
        return FieldKind::Array;
    return FieldKind::Unknown;
}

FieldSet fieldSet(const QString &key, const QJsonObject &o)
{
    FieldSet fs;
    fs.key = key;
    fs.description = o.value(QLatin1String("description")).toString();
    const QJsonObject fields = o.value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        FieldSpec f;
        f.name = it.key();
        if (it.value().isString()) { // shorthand: "OrderID": "int"
            f.kind = kindFromName(it.value().toString());
        } else {
            const QJsonObject fo = it.value().toObject();
            f.kind = kindFromName(fo.value(QLatin1String("type")).toString());
            f.maxLength = fo.value(QLatin1String("maxLength")).toInt();
            f.description = fo.value(QLatin1String("description")).toString();
            f.pattern = fo.value(QLatin1String("pattern")).toString();
            f.of = fo.value(QLatin1String("of")).toString();
            f.mandatory = fo.value(QLatin1String("required")).toBool();
        }
        fs.add(f);
    }
    return fs;
}

} // namespace

Result<std::shared_ptr<CartSchema>> CartSchema::fromJson(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject())
        return Error::data(QStringLiteral("cart schema is not a JSON object: %1").arg(pe.errorString()));
    auto s = std::make_shared<CartSchema>();
    const QJsonObject objects = doc.object().value(QLatin1String("objects")).toObject();
    for (auto it = objects.begin(); it != objects.end(); ++it)
        s->m_objects.insert(it.key(), fieldSet(it.key(), it.value().toObject()));
    const QJsonObject sources = doc.object().value(QLatin1String("sources")).toObject();
    for (auto it = sources.begin(); it != sources.end(); ++it) {
        const QJsonObject so = it.value().toObject();
        s->m_sourceDesc.insert(it.key(), so.value(QLatin1String("description")).toString());
        const QString of = so.value(QLatin1String("object")).toString();
        if (!of.isEmpty())
            s->m_sources.insert(it.key(), s->m_objects.value(of));
        else
            s->m_sources.insert(it.key(), fieldSet(QStringLiteral("source:") + it.key(), so));
    }
    return s;
}

std::shared_ptr<const CartSchema> CartSchema::builtIn()
{
    static const std::shared_ptr<const CartSchema> schema = [] {
        QFile f(QStringLiteral(":/mappings/schema/cart_schema.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            qCWarning(lcMapping) << "built-in 3dcart schema missing";
            return std::make_shared<const CartSchema>();
        }
        auto s = fromJson(f.readAll());
        if (!s) {
            qCWarning(lcMapping) << s.error().message;
            return std::make_shared<const CartSchema>();
        }
        return std::shared_ptr<const CartSchema>(s.value());
    }();
    return schema;
}

const FieldSet *CartSchema::object(const QString &name) const
{
    const auto it = m_objects.constFind(name);
    return it == m_objects.cend() ? nullptr : &*it;
}

const FieldSet *CartSchema::source(const QString &kind) const
{
    const auto it = m_sources.constFind(kind);
    return it == m_sources.cend() ? nullptr : &*it;
}

// ---- TargetSchema ----

TargetSchema::TargetSchema(std::shared_ptr<const MiCatalogue> m3, std::shared_ptr<const CartSchema> cart)
    : m_m3(std::move(m3)), m_cart(std::move(cart))
{
}

std::shared_ptr<const TargetSchema> TargetSchema::builtIn()
{
    static const std::shared_ptr<const TargetSchema> s =
        std::make_shared<const TargetSchema>(MiCatalogue::builtIn(), CartSchema::builtIn());
    return s;
}

const FieldSet *TargetSchema::targetFields(const TargetRef &t) const
{
    if (t.system == TargetRef::System::M3) {
        const MiTransactionSpec *spec = m_m3->transaction(t.program, t.transaction);
        return spec ? &spec->in : nullptr;
    }
    return m_cart->object(t.object);
}

const FieldSpec *TargetSchema::targetField(const TargetRef &t, const QString &name) const
{
    const FieldSet *fs = targetFields(t);
    if (!fs)
        return nullptr;
    if (t.system == TargetRef::System::M3)
        return fs->field(name);
    const QStringList parts = name.split(QLatin1Char('.'));
    const FieldSpec *f = nullptr;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (!fs)
            return nullptr;
        f = fs->field(parts.at(i));
        if (!f)
            return nullptr;
        if (i + 1 < parts.size())
            fs = f->kind == FieldKind::Object ? objectFor(f->of) : nullptr;
    }
    return f;
}

QStringList TargetSchema::sourceKinds() const
{
    QStringList k = m_cart->sourceKinds();
    k.sort();
    return k;
}

bool TargetSchema::knowsSourceKind(const QString &kind) const
{
    return m_cart->source(kind) != nullptr;
}
const FieldSet *TargetSchema::sourceRoot(const QString &kind) const
{
    return m_cart->source(kind);
}

const FieldSet *TargetSchema::objectFor(const QString &of) const
{
    if (of.startsWith(QLatin1String("mi:"))) {
        const QString t = of.mid(3);
        const MiTransactionSpec *spec =
            m_m3->transaction(t.section(QLatin1Char('/'), 0, 0), t.section(QLatin1Char('/'), 1));
        return spec ? &spec->out : nullptr;
    }
    return m_cart->object(of);
}

TargetSchema::PathInfo TargetSchema::checkSourcePath(const QString &kind, const QList<PathStep> &steps) const
{
    PathInfo info;
    const FieldSet *obj = sourceRoot(kind);
    if (!obj)
        return info;      // unknown kind: nothing to check against
    bool inArray = false; // the cursor is an array whose elements are `obj` (or scalars when obj null)
    bool scalar = false;
    QString where = kind;
    for (const PathStep &s : steps) {
        if (s.kind != PathStep::Key) {
            if (!inArray) {
                info.known = false;
                info.message = QStringLiteral("%1 is not a list").arg(where);
                return info;
            }
            inArray = false;
            where +=
                s.kind == PathStep::Wildcard ? QStringLiteral("[*]") : QStringLiteral("[%1]").arg(s.index);
            info.kind = obj ? FieldKind::Object : FieldKind::Unknown;
            continue;
        }
        if (inArray) {
            info.known = false;
            info.message = QStringLiteral("%1 is a list: write %1[*] (every element) or %1[0]").arg(where);
            return info;
        }
        if (scalar || !obj) {
            if (!obj && !scalar)
                return PathInfo{}; // an open object (unknown layout): accept
            info.known = false;
            info.message = QStringLiteral("%1 has no fields (cannot read '%2')").arg(where, s.key);
            return info;
        }
        const FieldSpec *f = obj->field(s.key);
        if (!f) {
            info.known = false;
            info.message = QStringLiteral("%1 has no field '%2'")
                               .arg(obj->key.startsWith(QLatin1String("source:")) ? kind : obj->key, s.key);
            return info;
        }
        where = s.key;
        info.spec = f;
        info.kind = f->kind;
        // A key step on an array (after [*]) maps over the elements: the cursor stays in the element type.
        if (f->kind == FieldKind::Array) {
            inArray = true;
            obj = f->of.isEmpty() ? nullptr : objectFor(f->of);
        } else if (f->kind == FieldKind::Object) {
            obj = f->of.isEmpty() ? nullptr : objectFor(f->of);
        } else {
            scalar = true;
        }
    }
    return info;
}

} // namespace m3cart::mapping
