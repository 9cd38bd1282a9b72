#include "api_configs.h"

#include "ui/session/async.h"
#include "ui/session/console_session.h"

#include "config/connections.h"
#include "flows/runtime.h"
#include "secrets/secret_snapshot.h"
#include "store/settings_repository.h"

#include <QPointer>

namespace m3cart::ui {

void loadApiConfigs(ConsoleSession *session, QObject *context, std::function<void(Result<ApiConfigs>)> done)
{
    if (flows::Runtime *runtime = session->runtime()) {
        done(ApiConfigs{runtime->cart().config(), runtime->m3().config()});
        return;
    }
    QPointer<QObject> guard(context);
    readSecrets(session->secrets(), config::secretNames(),
                [guard, store = session->store(), done = std::move(done)](SecretSnapshot snap) {
                    if (!guard)
                        return;
                    runAsync(
                        guard.data(),
                        [store, snap]() -> Result<ApiConfigs> {
                            const SettingsRepository settings(store);
                            auto cart = config::loadCart(settings, *snap.values);
                            if (!cart)
                                return cart.error();
                            auto m3 = config::loadM3(settings, *snap.values);
                            if (!m3)
                                return m3.error();
                            return ApiConfigs{cart.value(), m3.value()};
                        },
                        done);
                });
}

} // namespace m3cart::ui
