#pragma once
// The expression language of mapping rules, parsed once into an immutable tree of Nodes whose function
// calls are already resolved to function pointers and whose constant regexes are already compiled.
//
//   concat(trim($.InvoiceNumberPrefix), $.InvoiceNumber)      $ = source document, @ = current group item
//   $.BillingFirstName | trim | upper                         x | f(a)  is  f(x, a)
//   if(@.ItemQuantity > 0, @.ItemUnitPrice + @.ItemOptionPrice, 0)
//   $params.warehouse, $ctx.ORNO, $index                      parameters, flow context, group position
//   (0-based) map('orderStatus', $.OrderStatusID), lookup('itemBySku', @.ItemID)
// See core/mapping/README.md for the grammar and the function library.

#include "common/error.h"

#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

namespace m3cart::mapping {

struct EvalEnv;
struct Node;

// Static types, for validation (type mismatches) and the editor.
enum class ValueType { Any, Text, Number, Bool, List, Object, Null };
QString valueTypeName(ValueType t);

struct FnCall
{
    const QJsonValue *args = nullptr;
    int argc = 0;
    const Node *node = nullptr; // the call node (precompiled regex, source position)
    const EvalEnv *env = nullptr;
    const QJsonValue &arg(int i) const;
};
using FunctionImpl = Result<QJsonValue> (*)(const FnCall &call);

struct FunctionSpec
{
    const char *name;
    int minArgs;
    int maxArgs; // -1: any number
    ValueType result;
    const char *argTypes; // one letter per argument, last repeats: T text, N number, B bool, L list, A any
    FunctionImpl impl;
    const char *category; // text, number, list, logic, date, geo
    const char *signature;
    const char *summary;
    const char *example;
    int regexArg = -1; // this argument, when a constant, is compiled once as a QRegularExpression
};

// All functions of the library, by name (built once, read-only afterwards: safe from any thread).
const FunctionSpec *findFunction(const QString &name);
QList<const FunctionSpec *> allFunctions();

enum class NodeKind {
    Constant,
    Path,
    Call,
    If,
    Coalesce,
    And,
    Or,
    Not,
    Negate,
    Binary,
    List,
    ValueMap,
    Lookup
};
enum class PathRoot { Source, Item, Params, Context, Index };
enum class BinaryOp { Add, Sub, Mul, Div, Mod, Eq, Ne, Lt, Le, Gt, Ge };

struct PathStep
{
    enum Kind { Key, Index, Wildcard };
    Kind kind = Key;
    QString key;
    int index = 0;
};

struct Node
{
    NodeKind kind = NodeKind::Constant;
    int pos = 0; // offset in the expression text
    QJsonValue constant;
    PathRoot root = PathRoot::Source;
    QList<PathStep> steps;
    bool wildcard = false;
    QString name; // function, value map or lookup name; path text for messages
    const FunctionSpec *fn = nullptr;
    BinaryOp op = BinaryOp::Add;
    std::vector<std::unique_ptr<Node>> args;
    QRegularExpression regex;
    bool hasRegex = false;
    int tableIndex = -1; // resolved value map / lookup (set by the compiler)
};

// Parses one expression. Unknown functions, wrong argument counts and bad regexes are errors here.
// The compiler resolves value-map and lookup names, then freezes the tree.
Result<std::unique_ptr<Node>> parseExpression(const QString &text);
// Parses a bare path ("$.A.B[0]", "@.ItemID") into a Path node.
Result<std::unique_ptr<Node>> parsePath(const QString &text);

// Visits every node (for validation: paths used, value maps referenced ...).
void visitNodes(const Node &root, const std::function<void(const Node &)> &fn);
void visitNodesMutable(Node &root, const std::function<void(Node &)> &fn);
ValueType staticType(const Node &node);
QString pathText(const Node &pathNode);

} // namespace m3cart::mapping
