#pragma once
// The logging category of the mapping engine ("m3cart.mapping").

#include <QLoggingCategory>

namespace m3cart::mapping {
Q_DECLARE_LOGGING_CATEGORY(lcMapping)
}
