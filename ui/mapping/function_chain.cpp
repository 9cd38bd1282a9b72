#include "function_chain.h"

#include "mapping/expression.h"
#include "mapping/mapping_document.h"
#include "mapping_draft.h"

#include <QCoreApplication>

namespace m3cart::ui {

using namespace m3cart::mapping;

namespace {

const QString kArrow = QStringLiteral(" → ");

// The text of an extra argument; empty when the node is not something a chain step may take.
QString argText(const Node &n)
{
    if (n.kind == NodeKind::Constant)
        return constantText(n.constant);
    if (n.kind == NodeKind::Negate && n.args.size() == 1 && n.args.front()->kind == NodeKind::Constant &&
        n.args.front()->constant.isDouble())
        return constantText(-n.args.front()->constant.toDouble());
    if (n.kind == NodeKind::Path && n.root != PathRoot::Source && n.root != PathRoot::Item)
        return pathText(n);
    return {};
}

} // namespace

QString constantText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: {
        QString s = v.toString();
        s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('\''), QStringLiteral("\\'"));
        return QLatin1Char('\'') + s + QLatin1Char('\'');
    }
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return jsonCellText(v);
    }
}

QString FunctionChain::expression() const
{
    QString e = source;
    for (const ChainStep &s : steps)
        e = QStringLiteral("%1(%2)").arg(s.function,
                                         QStringList(QStringList{e} + s.args).join(QStringLiteral(", ")));
    return e;
}

QString FunctionChain::label() const
{
    QStringList parts;
    for (const ChainStep &s : steps) {
        const QString args = s.args.join(QStringLiteral(", "));
        // Long arguments (time zones, patterns) would crowd the line's box: the tooltip has them.
        parts << (args.isEmpty()      ? s.function
                  : args.size() <= 12 ? QStringLiteral("%1(%2)").arg(s.function, args)
                                      : s.function + QStringLiteral("(…)"));
    }
    return parts.join(kArrow);
}

std::optional<FunctionChain> parseChain(const QString &expression)
{
    auto parsed = parseExpression(expression);
    if (!parsed)
        return std::nullopt;
    FunctionChain chain;
    const Node *n = parsed.value().get();
    while (n->kind == NodeKind::Call && !n->args.empty()) {
        ChainStep step;
        step.function = n->name;
        for (size_t i = 1; i < n->args.size(); ++i) {
            const QString t = argText(*n->args[i]);
            if (t.isEmpty())
                return std::nullopt;
            step.args << t;
        }
        chain.steps.prepend(step);
        n = n->args.front().get();
    }
    if (n->kind != NodeKind::Path)
        return std::nullopt;
    chain.source = pathText(*n);
    return chain;
}

std::optional<QStringList> parseChainArgs(const QString &function, const QString &args, QString *error)
{
    // The parser checks the arity and the argument syntax: let it read the call with a stand-in value.
    const QString call = args.trimmed().isEmpty() ? QStringLiteral("%1($.x)").arg(function)
                                                  : QStringLiteral("%1($.x, %2)").arg(function, args);
    auto parsed = parseExpression(call);
    if (!parsed) {
        *error = parsed.error().message;
        return std::nullopt;
    }
    const Node &n = *parsed.value();
    QStringList out;
    for (size_t i = 1; i < n.args.size(); ++i) {
        const QString t = argText(*n.args[i]);
        if (t.isEmpty()) {
            *error = QStringLiteral("argument %1: use a constant, $params.x or $ctx.x").arg(i + 1);
            return std::nullopt;
        }
        out << t;
    }
    return out;
}

QStringList referencedPaths(const QString &expression)
{
    QStringList out;
    auto parsed = parseExpression(expression);
    if (!parsed)
        return out;
    visitNodes(*parsed.value(), [&](const Node &n) {
        if (n.kind == NodeKind::Path && !out.contains(pathText(n)))
            out << pathText(n);
    });
    return out;
}

QString ruleLabel(const RuleDef &rule)
{
    QString label;
    const QString text = ruleExpressionText(rule);
    if (auto chain = parseChain(text)) {
        label = chain->label();
    } else if (auto parsed = parseExpression(text)) {
        const Node &n = *parsed.value();
        switch (n.kind) {
        case NodeKind::Constant:
            label = constantText(n.constant);
            break;
        case NodeKind::Call:
        case NodeKind::If:
        case NodeKind::Coalesce:
            label = (n.kind == NodeKind::If         ? QStringLiteral("if")
                     : n.kind == NodeKind::Coalesce ? QStringLiteral("coalesce")
                                                    : n.name) +
                    QStringLiteral("(…)");
            break;
        case NodeKind::ValueMap:
            label = QStringLiteral("map %1").arg(n.name);
            break;
        case NodeKind::Lookup:
            label = QStringLiteral("lookup %1").arg(n.name);
            break;
        default:
            label = QCoreApplication::translate("m3cart::ui::FunctionChain", "ƒ formula");
            break;
        }
    } else {
        label = QStringLiteral("⚠ %1").arg(text);
    }
    QStringList parts;
    if (!label.isEmpty())
        parts << label;
    if (!rule.valueMap.isEmpty())
        parts << QStringLiteral("map %1").arg(rule.valueMap);
    if (!rule.lookup.isEmpty())
        parts << QStringLiteral("lookup %1").arg(rule.lookup);
    return parts.join(kArrow);
}

} // namespace m3cart::ui
