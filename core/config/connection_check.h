#pragma once
// "Test connection": one real, harmless call per connection, so an admin sees at once whether the settings
// and secrets work and, when not, which class of error it was. Blocking: call from a worker thread.

#include "common/error.h"

#include <QString>
#include <QUrl>

namespace m3cart::cart {
struct CartConfig;
}
namespace m3cart::m3 {
struct M3Config;
}

namespace m3cart::config {

struct M3UserInfo
{
    QString user;     // ZZUSID
    QString company;  // ZDCONO
    QString division; // ZDDIVI
};

// 3dcart: GET /OrderStatus (every store has some). The number of statuses on success.
Result<int> checkCart(const cart::CartConfig &config);
// M3: GENERAL/GetUserInfo (the API user's defaults).
Result<M3UserInfo> checkM3(const m3::M3Config &config);
// Listener: GET {base}/ion/ping?token=SECRET against the running listener, as ION checks an endpoint.
Status checkListener(const QUrl &base, const QString &secret, int timeoutMs = 10000);

} // namespace m3cart::config
