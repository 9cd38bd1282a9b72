#pragma once
// Internal to core/mapping: the table steps shared by expression evaluation and rule evaluation.

#include "compiled_mapping.h"

namespace m3cart::mapping::detail {

Result<QJsonValue> applyValueMap(const CompiledValueMap &m, const QJsonValue &v);
Result<QJsonValue> applyLookup(const CompiledLookup &l, const QJsonValue &v, const EvalEnv &env);
bool emptyish(const QJsonValue &v); // empty, or only blanks

} // namespace m3cart::mapping::detail
