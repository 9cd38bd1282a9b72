#pragma once
// What the console runs besides its windows: the engine (flows::Runtime) in-process, the secret store, the
// optional sandbox, and the health of each connection. Everything slow (keychain, store reads, network) runs
// asynchronously; results come back as signals on the GUI thread. Pages talk to this, never to each other.

#include "engine/dispatcher.h"

#include <QJsonObject>
#include <QObject>
#include <memory>

namespace m3cart {
class Store;
class SecretStore;
namespace flows {
class Runtime;
}
} // namespace m3cart

namespace m3cart::ui {

class SandboxHost;

enum class Health { NotConfigured, Checking, Ok, Failing };

struct ConnectionHealth
{
    Health state = Health::NotConfigured;
    QString message; // the failure, or what answered
};

// Connection names, as the engine uses them for pausing ("cart", "m3") plus the listener.
namespace conn {
inline QString cart()
{
    return QStringLiteral("cart");
}
inline QString m3()
{
    return QStringLiteral("m3");
}
inline QString listener()
{
    return QStringLiteral("listener");
}
} // namespace conn

class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    ConsoleSession(std::shared_ptr<const Store> store, std::shared_ptr<SecretStore> secrets,
                   QObject *parent = nullptr);
    ~ConsoleSession() override;

    std::shared_ptr<const Store> store() const { return m_store; }
    SecretStore &secrets() const { return *m_secrets; }
    bool sessionOnlySecrets() const { return m_sessionOnly; }
    // No keychain: secrets live in memory for this session only (the user chose it, the forms say so).
    void useSessionOnlySecrets();
    // Asks the secret store once whether it works; emits keychainChecked(available, message).
    void checkKeychain();

    // Engine. start: reads the connections (secrets async), starts the runtime when all three are complete.
    void startEngine();
    void stopEngine();
    void pauseEngine(const QString &reason);
    void resumeEngine();
    bool engineRunning() const { return m_runtime != nullptr; }
    // Paused by the operator, or a connection paused by the engine after an authentication failure.
    bool enginePaused() const { return m_paused || !m_pausedConnections.isEmpty(); }
    QString pauseReason() const;
    flows::Runtime *runtime() const { return m_runtime.get(); }
    quint16 listenerPort() const;
    bool nothingConfigured() const { return m_nothingConfigured; }

    // Sandbox: simulators in-process, connections pointing at them for this session (saved ones untouched).
    void startSandbox();
    bool isSandbox() const { return m_sandboxActive; }
    QString sandboxDetails() const { return m_sandboxDetails; }
    void placeSampleOrders(int count, bool faults);
    SandboxHost *sandboxHost() const { return m_sandbox; }

    ConnectionHealth health(const QString &connection) const { return m_health.value(connection); }
    void setHealth(const QString &connection, const ConnectionHealth &health);

    // "Test connection" with a form's plain settings and secrets the user just typed (others from the store).
    void testConnection(const QString &connection, const QJsonObject &plain,
                        const QHash<QString, QString> &typed);
    // "Register webhooks" against the saved 3dcart connection and the listener secret.
    void registerWebhooks(const QString &publicUrl);
    // Applies a new retry policy to the running engine (the store already has it).
    void applyRetryPolicy();
    // Events were put back to pending (a retry from the console): the running engine looks at once.
    void wakeEngine();

signals:
    void keychainChecked(bool available, const QString &message);
    void healthChanged(const QString &connection, const m3cart::ui::ConnectionHealth &health);
    void engineStateChanged();
    void countersChanged(const m3cart::EngineCounters &counters);
    void eventsChanged(const QList<qint64> &ids); // the engine's batches; also after actions in the console
    void connectionPaused(const QString &connection, const QString &reason);
    void engineMessage(const QString &message); // start failures and the like, for the status bar
    void firstStart();                          // nothing configured: offer the sandbox
    void sandboxStarted(const QString &details);
    void sandboxFailed(const QString &message);
    void sampleOrdersPlaced(int count);
    // connection, ok, class name ("" when ok), message
    void connectionTested(const QString &connection, bool ok, const QString &errorClass,
                          const QString &message);
    void webhooksRegistered(bool ok, const QString &summary);

private:
    struct Configs;
    void startRuntime(const Configs &configs);
    void onSandboxReady(const QJsonObject &ready);
    void testWithSecrets(const QString &connection, const QJsonObject &plain,
                         const QHash<QString, QString> &secrets);
    void runChecks();
    void wireDispatcher();

    std::shared_ptr<const Store> m_store;
    std::shared_ptr<SecretStore> m_secrets;
    bool m_sessionOnly = false;
    std::unique_ptr<flows::Runtime> m_runtime;
    bool m_paused = false;
    QString m_pauseReason;
    QMap<QString, QString> m_pausedConnections; // connection -> reason
    bool m_nothingConfigured = false;
    bool m_starting = false;
    bool m_startAgain = false;
    SandboxHost *m_sandbox = nullptr;
    bool m_sandboxActive = false;
    QString m_sandboxDetails;
    QHash<QString, ConnectionHealth> m_health;
    QString m_listenerSecret; // of the running listener, for its self-check
};

} // namespace m3cart::ui

Q_DECLARE_METATYPE(m3cart::ui::ConnectionHealth)
