#pragma once
// The 3dcart and M3 connection settings for work the console starts itself (syncs, dry runs): those of the
// running engine (real or sandbox), else the saved ones with their secrets read asynchronously.

#include "cart/cart_client.h"
#include "common/error.h"
#include "m3/m3_client.h"

#include <functional>

class QObject;

namespace m3cart::ui {

class ConsoleSession;

struct ApiConfigs
{
    cart::CartConfig cart;
    m3::M3Config m3;
};

// done runs on context's thread, not after context is gone.
void loadApiConfigs(ConsoleSession *session, QObject *context, std::function<void(Result<ApiConfigs>)> done);

} // namespace m3cart::ui
