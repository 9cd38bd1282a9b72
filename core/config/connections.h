#pragma once
// Where each connection's configuration lives: the plain part in the store's settings ("connection.cart",
// "connection.m3", "connection.listener", JSON objects documented in README.md), the secrets in the
// SecretStore under fixed names. Loading joins the two into the clients' configs.

#include "cart/cart_client.h"
#include "common/error.h"
#include "ingest/webhook_listener.h"
#include "m3/m3_client.h"

#include <QJsonObject>
#include <QStringList>

namespace m3cart {
class SettingsRepository;
class SecretStore;
} // namespace m3cart

namespace m3cart::config {

namespace secret {
inline constexpr auto CartPrivateKey = "cart.private_key";
inline constexpr auto CartToken = "cart.token";
inline constexpr auto CartBearer = "cart.bearer";
inline constexpr auto M3ClientSecret = "m3.client_secret"; // .ionapi cs
inline constexpr auto M3Saak = "m3.saak";
inline constexpr auto M3Sask = "m3.sask";
inline constexpr auto M3Password = "m3.password"; // direct (on-premise) Basic auth
inline constexpr auto ListenerSecret = "listener.secret";
} // namespace secret

QStringList secretNames();
QString secretDescription(const QString &name);

inline QString cartSetting() { return QStringLiteral("connection.cart"); }
inline QString m3Setting() { return QStringLiteral("connection.m3"); }
inline QString listenerSetting() { return QStringLiteral("connection.listener"); }

// Plain settings → client configs; secrets are read from the store given. A connection that was never set
// up is a NotFound error saying what to configure.
Result<cart::CartConfig> loadCart(const SettingsRepository &settings, SecretStore &secrets);
Result<m3::M3Config> loadM3(const SettingsRepository &settings, SecretStore &secrets);
Result<ingest::ListenerOptions> loadListener(const SettingsRepository &settings, SecretStore &secrets);

// The plain JSON form of a config (what goes to settings): never contains a secret.
QJsonObject cartSettingsJson(const cart::CartConfig &c);
QJsonObject m3SettingsJson(const m3::M3Config &c);
cart::CartConfig cartFromSettings(const QJsonObject &o);
m3::M3Config m3FromSettings(const QJsonObject &o);

// Imports a .ionapi file: cs, saak and sask go to the SecretStore, the rest to the connection.m3 setting
// (company, division and other plain settings already there are kept). Audited through the settings.
Status importIonApi(const m3::IonApiFile &file, const SettingsRepository &settings, SecretStore &secrets,
                    const QString &actor = {});

// Connections to the simulators from the one line 'm3cart sandbox' prints (Sandbox::readyJson()); the M3 side
// reads the .ionapi file the sandbox wrote, secrets included. Used by the demo and the tests.
struct SandboxConnections
{
    cart::CartConfig cart;
    m3::M3Config m3;
};
Result<SandboxConnections> fromSandboxReady(const QJsonObject &ready);
// The simulators have no tenant quota or store throttle to protect: pace for showing the flow, not for safety.
void useSandboxPacing(SandboxConnections &connections);

// A random secret for the listener (URL-safe, 32 bytes of entropy).
QString generateSecret();

} // namespace m3cart::config
