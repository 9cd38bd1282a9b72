#include "secret_store.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace m3cart {

namespace {

template <typename T, typename Start>
T waitFor(Start start)
{
    std::optional<T> result;
    QEventLoop loop;
    start([&](T r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

Error keychainError(const QKeychain::Job *job, const QString &what)
{
    if (job->error() == QKeychain::EntryNotFound)
        return Error::notFound(QStringLiteral("%1: no such entry in the keychain").arg(what));
    // QtKeychain reports most failures as OtherError (7); its text says which (no D-Bus, locked keyring).
    return Error::auth(QStringLiteral("%1: keychain unavailable or refused (%2)").arg(what, job->errorString()));
}

} // namespace

Result<QString> SecretStore::readNow(const QString &key)
{
    return waitFor<Result<QString>>([&](auto cb) { read(key, cb); });
}

Status SecretStore::writeNow(const QString &key, const QString &value)
{
    return waitFor<Status>([&](auto cb) { write(key, value, cb); });
}

Status SecretStore::removeNow(const QString &key)
{
    return waitFor<Status>([&](auto cb) { remove(key, cb); });
}

void MemorySecretStore::read(const QString &key, ReadCallback done)
{
    if (!m_values.contains(key))
        done(Error::notFound(QStringLiteral("secret %1 is not set").arg(key)));
    else
        done(m_values.value(key));
}

void MemorySecretStore::write(const QString &key, const QString &value, DoneCallback done)
{
    m_values.insert(key, value);
    done(ok());
}

void MemorySecretStore::remove(const QString &key, DoneCallback done)
{
    m_values.remove(key);
    done(ok());
}

QString KeychainSecretStore::defaultService()
{
    const QString fromEnv = qEnvironmentVariable("M3CART_KEYCHAIN_SERVICE");
    return fromEnv.isEmpty() ? QStringLiteral("m3cart") : fromEnv;
}

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service)) {}

void KeychainSecretStore::read(const QString &key, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, [done, key](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            done(keychainError(j, QStringLiteral("reading secret %1").arg(key)));
        else
            done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &value, DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(value);
    QObject::connect(job, &QKeychain::Job::finished, [done, key](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            done(keychainError(j, QStringLiteral("writing secret %1").arg(key)));
        else
            done(ok());
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, [done, key](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            done(keychainError(j, QStringLiteral("removing secret %1").arg(key)));
        else
            done(ok());
    });
    job->start();
}

} // namespace m3cart
