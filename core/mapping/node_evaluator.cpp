// evaluateNode: one expression tree on one record (paths, operators, calls, value maps, lookups).

#include "compiled_mapping.h"
#include "evaluator_internal.h"
#include "lookup_source.h"
#include "value_utils.h"

#include <QDate>
#include <QVarLengthArray>
#include <cmath>

namespace m3cart::mapping {

namespace {

QJsonValue stepInto(const QJsonValue &v, const PathStep &s)
{
    switch (s.kind) {
    case PathStep::Key:
        return v.isObject() ? v.toObject().value(s.key) : QJsonValue(QJsonValue::Undefined);
    case PathStep::Index: {
        if (!v.isArray())
            return QJsonValue(QJsonValue::Undefined);
        const QJsonArray a = v.toArray();
        const qsizetype i = s.index < 0 ? a.size() + s.index : s.index;
        return i >= 0 && i < a.size() ? a.at(i) : QJsonValue(QJsonValue::Undefined);
    }
    case PathStep::Wildcard:
        break;
    }
    return v;
}

Result<QJsonValue> resolvePath(const Node &n, const EvalEnv &env)
{
    QJsonValue cur;
    switch (n.root) {
    case PathRoot::Source:
        cur = *env.source;
        break;
    case PathRoot::Item:
        if (!env.item)
            return Error::data(QStringLiteral("'%1' is used outside a group").arg(n.name));
        cur = *env.item;
        break;
    case PathRoot::Params:
        cur = *env.params;
        break;
    case PathRoot::Context:
        cur = *env.context;
        break;
    case PathRoot::Index:
        return QJsonValue(double(env.index));
    }
    if (!n.wildcard) {
        for (const PathStep &s : n.steps)
            cur = stepInto(cur, s);
        return cur;
    }
    // After a wildcard every further step maps over the elements (nested wildcards flatten).
    QJsonArray many;
    bool multi = false;
    for (const PathStep &s : n.steps) {
        if (!multi) {
            if (s.kind == PathStep::Wildcard) {
                multi = true;
                if (cur.isArray()) {
                    many = cur.toArray();
                } else if (cur.isObject()) {
                    const QJsonObject o = cur.toObject();
                    for (auto it = o.begin(); it != o.end(); ++it)
                        many.append(it.value());
                }
            } else {
                cur = stepInto(cur, s);
            }
            continue;
        }
        QJsonArray next;
        for (const QJsonValue &e : std::as_const(many)) {
            if (s.kind == PathStep::Wildcard) {
                if (e.isArray())
                    for (const QJsonValue &x : e.toArray())
                        next.append(x);
            } else {
                const QJsonValue x = stepInto(e, s);
                if (!x.isUndefined())
                    next.append(x);
            }
        }
        many = next;
    }
    return QJsonValue(many);
}

Result<QJsonValue> binary(const Node &n, const QJsonValue &a, const QJsonValue &b)
{
    if (n.op >= BinaryOp::Eq) {
        switch (n.op) {
        case BinaryOp::Eq:
            return QJsonValue(valuesEqual(a, b));
        case BinaryOp::Ne:
            return QJsonValue(!valuesEqual(a, b));
        default:
            break;
        }
        const auto x = toNumber(a);
        const auto y = toNumber(b);
        int cmp = 0;
        if (x && y) {
            cmp = *x < *y ? -1 : *x > *y ? 1 : 0;
        } else {
            if (isEmptyValue(a) || isEmptyValue(b))
                return QJsonValue(false); // comparisons with nothing are false
            cmp = QString::compare(toText(a), toText(b));
        }
        switch (n.op) {
        case BinaryOp::Lt:
            return QJsonValue(cmp < 0);
        case BinaryOp::Le:
            return QJsonValue(cmp <= 0);
        case BinaryOp::Gt:
            return QJsonValue(cmp > 0);
        default:
            return QJsonValue(cmp >= 0);
        }
    }
    // Arithmetic: empty counts as 0 (a missing ItemOptionPrice adds nothing).
    const auto x = isEmptyValue(a) ? std::optional<double>(0.0) : toNumber(a);
    const auto y = isEmptyValue(b) ? std::optional<double>(0.0) : toNumber(b);
    static const char *const names[] = {"+", "-", "*", "/", "%"};
    if (!x || !y)
        return Error::data(QStringLiteral("'%1' needs numbers, got %2 and %3")
                               .arg(QLatin1String(names[int(n.op)]), describeValue(a), describeValue(b)));
    switch (n.op) {
    case BinaryOp::Add:
        return QJsonValue(*x + *y);
    case BinaryOp::Sub:
        return QJsonValue(*x - *y);
    case BinaryOp::Mul:
        return QJsonValue(*x * *y);
    case BinaryOp::Div:
        if (*y == 0)
            return Error::data(QStringLiteral("division by zero (%1 / 0)").arg(formatNumber(*x)));
        return QJsonValue(*x / *y);
    default:
        if (*y == 0)
            return Error::data(QStringLiteral("remainder by zero"));
        return QJsonValue(std::fmod(*x, *y));
    }
}

} // namespace

namespace detail {

Result<QJsonValue> applyValueMap(const CompiledValueMap &m, const QJsonValue &v)
{
    const QString raw = toText(v).trimmed();
    const QString key = m.ignoreCase ? raw.toLower() : raw;
    const auto it = m.entries.constFind(key);
    if (it != m.entries.cend())
        return *it;
    if (key.isEmpty())
        return QJsonValue(QJsonValue::Null); // nothing to translate (a rule default applies afterwards)
    switch (m.onMissing) {
    case MissPolicy::Default:
        return m.defaultValue;
    case MissPolicy::PassThrough:
        return v;
    case MissPolicy::Empty:
        return QJsonValue(QJsonValue::Null);
    case MissPolicy::Error:
        break;
    }
    return Error::data(QStringLiteral("value map '%1' has no entry for %2").arg(m.name, describeValue(v)));
}

Result<QJsonValue> applyLookup(const CompiledLookup &l, const QJsonValue &v, const EvalEnv &env)
{
    const QString key = toText(v).trimmed();
    if (key.isEmpty())
        return QJsonValue(QJsonValue::Null);
    QVarLengthArray<QString, 4> tried;
    auto probe = [&](const QString &candidate) -> Result<std::optional<QString>> {
        if (candidate.isEmpty() || std::find(tried.cbegin(), tried.cend(), candidate) != tried.cend())
            return std::optional<QString>();
        tried.append(candidate);
        const auto it = l.entries.constFind(candidate);
        if (it != l.entries.cend())
            return std::optional<QString>(*it);
        if (!l.table.isEmpty() && env.lookups)
            return env.lookups->find(l.table, candidate);
        return std::optional<QString>();
    };
    for (const CompiledLookupVariant &var : l.variants) {
        QStringList candidates;
        switch (var.kind) {
        case CompiledLookupVariant::Exact:
            candidates << key;
            break;
        case CompiledLookupVariant::Upper:
            candidates << key.toUpper();
            break;
        case CompiledLookupVariant::StripSuffix:
            for (const QString &sfx : var.suffixes)
                if (key.endsWith(sfx, Qt::CaseInsensitive) && key.size() > sfx.size())
                    candidates << key.left(key.size() - sfx.size());
            if (!var.separator.isEmpty()) {
                const qsizetype at = key.lastIndexOf(var.separator);
                if (at > 0)
                    candidates << key.left(at);
            }
            break;
        case CompiledLookupVariant::Pattern: {
            const auto m = var.regex.match(key);
            if (!m.hasMatch())
                break;
            QString out = var.replacement;
            for (int g = var.regex.captureCount(); g >= 0; --g)
                out.replace(QLatin1Char('\\') + QString::number(g), m.captured(g));
            if (var.asValue)
                return QJsonValue(out);
            candidates << out;
            break;
        }
        }
        for (const QString &c : std::as_const(candidates)) {
            auto r = probe(c);
            if (!r)
                return r.error();
            if (r.value())
                return QJsonValue(*r.value());
        }
    }
    switch (l.onMissing) {
    case MissPolicy::Default:
        return l.defaultValue;
    case MissPolicy::PassThrough:
        return QJsonValue(key);
    case MissPolicy::Empty:
        return QJsonValue(QJsonValue::Null);
    case MissPolicy::Error:
        break;
    }
    QStringList triedList(tried.cbegin(), tried.cend());
    return Error::data(QStringLiteral("lookup '%1'%2 has no entry for '%3' (tried %4)")
                           .arg(l.name,
                                l.table.isEmpty() ? QString() : QStringLiteral(" (table %1)").arg(l.table),
                                key, triedList.isEmpty() ? key : triedList.join(QStringLiteral(", "))));
}

bool emptyish(const QJsonValue &v)
{
    return isEmptyValue(v) || (v.isString() && v.toString().trimmed().isEmpty());
}

} // namespace detail

using namespace detail;

Result<QJsonValue> evaluateNode(const Node &n, const EvalEnv &env)
{
    switch (n.kind) {
    case NodeKind::Constant:
        return n.constant;
    case NodeKind::Path:
        return resolvePath(n, env);
    case NodeKind::Call: {
        QVarLengthArray<QJsonValue, 6> args;
        for (const auto &a : n.args) {
            auto v = evaluateNode(*a, env);
            if (!v)
                return v;
            args.append(std::move(v).value());
        }
        FnCall call{args.constData(), int(args.size()), &n, &env};
        return n.fn->impl(call);
    }
    case NodeKind::If: {
        auto c = evaluateNode(*n.args[0], env);
        if (!c)
            return c;
        if (toBool(c.value()))
            return evaluateNode(*n.args[1], env);
        return n.args.size() > 2 ? evaluateNode(*n.args[2], env)
                                 : Result<QJsonValue>(QJsonValue(QJsonValue::Null));
    }
    case NodeKind::Coalesce:
        for (const auto &a : n.args) {
            auto v = evaluateNode(*a, env);
            if (!v)
                return v;
            if (!emptyish(v.value()))
                return v;
        }
        return QJsonValue(QJsonValue::Null);
    case NodeKind::And:
    case NodeKind::Or: {
        auto a = evaluateNode(*n.args[0], env);
        if (!a)
            return a;
        const bool av = toBool(a.value());
        if (n.kind == NodeKind::And ? !av : av)
            return QJsonValue(av);
        auto b = evaluateNode(*n.args[1], env);
        if (!b)
            return b;
        return QJsonValue(toBool(b.value()));
    }
    case NodeKind::Not: {
        auto a = evaluateNode(*n.args[0], env);
        if (!a)
            return a;
        return QJsonValue(!toBool(a.value()));
    }
    case NodeKind::Negate: {
        auto a = evaluateNode(*n.args[0], env);
        if (!a)
            return a;
        if (isEmptyValue(a.value()))
            return QJsonValue(QJsonValue::Null);
        const auto x = toNumber(a.value());
        if (!x)
            return Error::data(QStringLiteral("cannot negate %1").arg(describeValue(a.value())));
        return QJsonValue(-*x);
    }
    case NodeKind::Binary: {
        auto a = evaluateNode(*n.args[0], env);
        if (!a)
            return a;
        auto b = evaluateNode(*n.args[1], env);
        if (!b)
            return b;
        return binary(n, a.value(), b.value());
    }
    case NodeKind::List: {
        QJsonArray out;
        for (const auto &a : n.args) {
            auto v = evaluateNode(*a, env);
            if (!v)
                return v;
            out.append(v.value());
        }
        return QJsonValue(out);
    }
    case NodeKind::ValueMap:
    case NodeKind::Lookup: {
        if (n.tableIndex < 0 || !env.mapping)
            return Error::data(
                QStringLiteral("'%1' is not resolved (compile the mapping first)").arg(n.name));
        auto v = evaluateNode(*n.args[0], env);
        if (!v)
            return v;
        if (n.kind == NodeKind::ValueMap)
            return applyValueMap(env.mapping->valueMap(n.tableIndex), v.value());
        return applyLookup(env.mapping->lookup(n.tableIndex), v.value(), env);
    }
    }
    return QJsonValue(QJsonValue::Null);
}

} // namespace m3cart::mapping
