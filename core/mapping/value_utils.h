#pragma once
// Conversions shared by the functions, the evaluator and the validators. Mapping values are QJsonValues;
// "empty" means null, undefined, "" or an empty array (what a default replaces and an M3 call omits).

#include <QJsonValue>
#include <QString>
#include <optional>

namespace m3cart::mapping {

bool isEmptyValue(const QJsonValue &v);
// Text form: numbers without exponent or binary noise (21.99, not 21.990000000000002), bools true/false.
QString toText(const QJsonValue &v);
// Numbers from numbers, numeric strings (trimmed, '.' decimal) and bools; nullopt otherwise.
std::optional<double> toNumber(const QJsonValue &v);
bool toBool(const QJsonValue &v);
// decimals < 0: shortest text up to 10 decimals. Rounds half away from zero (money), never "-0".
QString formatNumber(double v, int decimals = -1);
double roundHalfAway(double v, int decimals);
QString describeValue(const QJsonValue &v); // for messages: 'text', 12.5, null, [3 items]
// Two values equal for ==: numbers compare numerically when both sides are numeric.
bool valuesEqual(const QJsonValue &a, const QJsonValue &b);

} // namespace m3cart::mapping
