#pragma once
// Internal to core/mapping: the per-category function tables that make up the library.

#include "expression.h"
#include "value_utils.h"

#include <span>

namespace m3cart::mapping::functions {

std::span<const FunctionSpec> textFunctions();
std::span<const FunctionSpec> numberFunctions(); // numbers, lists, logic
std::span<const FunctionSpec> dateFunctions();
std::span<const FunctionSpec> geoFunctions();

// Helpers for implementations.
inline Result<QJsonValue> text(QString s)
{
    return QJsonValue(std::move(s));
}
inline Result<QJsonValue> num(double d)
{
    return QJsonValue(d);
}
Error argError(const FnCall &c, const QString &message);
// Required numeric argument: an error naming the function when it is not a number.
Result<double> numberArg(const FnCall &c, int i, const char *what);
int intArg(const FnCall &c, int i, int fallback);

} // namespace m3cart::mapping::functions
