// m3cart sandbox: runs the 3dcart and M3 simulators in the foreground (filled by the sandbox issue).

#include "cli.h"

namespace m3cart::cli {

QList<Command> sandboxCommands()
{
    return {};
}

} // namespace m3cart::cli
