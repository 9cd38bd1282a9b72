#include "expression.h"

#include "value_utils.h"

namespace m3cart::mapping {

QString valueTypeName(ValueType t)
{
    switch (t) {
    case ValueType::Text:
        return QStringLiteral("text");
    case ValueType::Number:
        return QStringLiteral("number");
    case ValueType::Bool:
        return QStringLiteral("bool");
    case ValueType::List:
        return QStringLiteral("list");
    case ValueType::Object:
        return QStringLiteral("object");
    case ValueType::Null:
        return QStringLiteral("null");
    case ValueType::Any:
        break;
    }
    return QStringLiteral("any");
}

const QJsonValue &FnCall::arg(int i) const
{
    static const QJsonValue undefined(QJsonValue::Undefined);
    return i >= 0 && i < argc ? args[i] : undefined;
}

void visitNodes(const Node &root, const std::function<void(const Node &)> &fn)
{
    fn(root);
    for (const auto &a : root.args)
        visitNodes(*a, fn);
}

void visitNodesMutable(Node &root, const std::function<void(Node &)> &fn)
{
    fn(root);
    for (auto &a : root.args)
        visitNodesMutable(*a, fn);
}

ValueType staticType(const Node &n)
{
    switch (n.kind) {
    case NodeKind::Constant:
        switch (n.constant.type()) {
        case QJsonValue::String:
            return ValueType::Text;
        case QJsonValue::Double:
            return ValueType::Number;
        case QJsonValue::Bool:
            return ValueType::Bool;
        case QJsonValue::Null:
            return ValueType::Null;
        default:
            return ValueType::Any;
        }
    case NodeKind::Path:
        if (n.root == PathRoot::Index)
            return ValueType::Number;
        return n.wildcard ? ValueType::List : ValueType::Any;
    case NodeKind::Call:
        return n.fn ? n.fn->result : ValueType::Any;
    case NodeKind::And:
    case NodeKind::Or:
    case NodeKind::Not:
        return ValueType::Bool;
    case NodeKind::Negate:
        return ValueType::Number;
    case NodeKind::Binary:
        return n.op <= BinaryOp::Mod ? ValueType::Number : ValueType::Bool;
    case NodeKind::List:
        return ValueType::List;
    case NodeKind::If: {
        const ValueType a = staticType(*n.args[1]);
        const ValueType b = n.args.size() > 2 ? staticType(*n.args[2]) : ValueType::Null;
        if (a == b || b == ValueType::Null)
            return a;
        return a == ValueType::Null ? b : ValueType::Any;
    }
    case NodeKind::Coalesce:
    case NodeKind::ValueMap:
    case NodeKind::Lookup:
        return ValueType::Any;
    }
    return ValueType::Any;
}

QString pathText(const Node &n)
{
    return n.name;
}

} // namespace m3cart::mapping
