#pragma once
// OAuth 2.0 tokens for the ION API gateway: password grant with the service account (default) or client
// credentials; cached and shared by every thread, refreshed before expiry, and fetched anew at most once
// per stale token after a 401. Blocking; worker threads only.

#include "common/error.h"

#include <QUrl>
#include <memory>

namespace m3cart::m3 {

struct TokenConfig
{
    enum class Grant { Password, ClientCredentials };
    QUrl tokenUrl;
    QString clientId;
    QString clientSecret; // secret
    QString username;     // saak
    QString password;     // sask (secret)
    Grant grant = Grant::Password;
    int timeoutMs = 30000;
    qint64 refreshMarginMs = 120'000; // refresh this long before expiry (or at 90% of a short lifetime)
};

class TokenProvider
{
public:
    explicit TokenProvider(TokenConfig config);
    ~TokenProvider();

    Result<QString> bearer();                       // the cached token, fetched when absent or expiring
    Result<QString> renewAfter401(const QString &stale); // a new token unless another thread already renewed
    int fetches() const;                            // token requests made (tests, figures)

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace m3cart::m3
