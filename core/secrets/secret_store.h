#pragma once
// Where secrets live: the OS keychain in the product, memory in unit tests. Never the store, QSettings,
// logs or exports. Asynchronous, because a keychain may prompt or block; callbacks run on the caller's thread.

#include "common/error.h"

#include <QHash>
#include <QString>
#include <functional>

namespace m3cart {

class SecretStore
{
public:
    using ReadCallback = std::function<void(Result<QString>)>;
    using DoneCallback = std::function<void(Status)>;

    virtual ~SecretStore() = default;
    virtual QString backendName() const = 0;
    virtual void read(const QString &key, ReadCallback done) = 0;   // not found: NotFound error
    virtual void write(const QString &key, const QString &value, DoneCallback done) = 0;
    virtual void remove(const QString &key, DoneCallback done) = 0;

    // For the CLI and tests: waits in a local event loop. Never call from the GUI thread.
    Result<QString> readNow(const QString &key);
    Status writeNow(const QString &key, const QString &value);
    Status removeNow(const QString &key);
};

// Lives only as long as the process: the labelled session-only fallback and the unit-test double.
class MemorySecretStore : public SecretStore
{
public:
    QString backendName() const override { return QStringLiteral("session memory"); }
    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &value, DoneCallback done) override;
    void remove(const QString &key, DoneCallback done) override;

private:
    QHash<QString, QString> m_values;
};

// The OS keychain through QtKeychain (Secret Service on Linux). Entries under service "m3cart", or the
// service named by M3CART_KEYCHAIN_SERVICE (separate profiles; tests running side by side).
class KeychainSecretStore : public SecretStore
{
public:
    static QString defaultService();
    explicit KeychainSecretStore(QString service = defaultService());
    QString backendName() const override { return QStringLiteral("OS keychain"); }
    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &value, DoneCallback done) override;
    void remove(const QString &key, DoneCallback done) override;

private:
    QString m_service;
};

} // namespace m3cart
