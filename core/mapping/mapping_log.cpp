#include "mapping_log.h"

namespace m3cart::mapping {
Q_LOGGING_CATEGORY(lcMapping, "m3cart.mapping", QtWarningMsg)
}
