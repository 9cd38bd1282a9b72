#include "sandbox_info.h"
namespace m3cart::sandbox { QString description() { return QStringLiteral("stub"); } }
