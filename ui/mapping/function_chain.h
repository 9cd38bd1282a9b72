#pragma once
// A rule's expression read as a chain of functions over one source path: "truncate(trim($.A), 36)" is
// $.A → trim → truncate(36). The canvas labels its lines with it and the chain dialog edits it; anything
// else (if(), operators, several sources) is not a chain and stays an expression.

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace m3cart::mapping {
struct RuleDef;
}

namespace m3cart::ui {

struct ChainStep
{
    QString function;
    QStringList args; // the arguments after the chained value, as expression text ("36", "'-'")
};

struct FunctionChain
{
    QString source;         // the path the chain starts from ("$.BillingEmail")
    QList<ChainStep> steps; // innermost (applied first) first

    QString expression() const; // nested calls: "truncate(trim($.A), 36)"
    QString label() const;      // "trim → truncate(36)"; "" without steps
};

// The chain of an expression; nullopt when it is not a path with calls around it whose other arguments
// are constants, parameters or flow values.
std::optional<FunctionChain> parseChain(const QString &expression);

// Parses "36, '-'" as the extra arguments of function (after the chained value) into their canonical
// text; nullopt with *error set when they do not parse or the count does not fit the function.
std::optional<QStringList> parseChainArgs(const QString &function, const QString &args, QString *error);

// A JSON value as the expression language writes it: 'text', 12.5, true, null.
QString constantText(const QJsonValue &v);

// The path texts an expression references ($, @, $params, $ctx, $index), each once, in order.
QStringList referencedPaths(const QString &expression);

// What a line on the canvas says about its rule: the chain, the constant, "concat(…)", plus the rule's
// value map or lookup.
QString ruleLabel(const mapping::RuleDef &rule);

} // namespace m3cart::ui
