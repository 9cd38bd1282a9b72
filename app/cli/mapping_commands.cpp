// m3cart mapping: list, validate, apply, suggest, export, import (filled by the mapping engine issue).

#include "cli.h"

namespace m3cart::cli {

QList<Command> mappingCommands()
{
    return {};
}

} // namespace m3cart::cli
