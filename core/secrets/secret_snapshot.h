#pragma once
// Reads several secrets asynchronously (the keychain may prompt or block) and hands back an in-memory copy
// that blocking code on a worker thread can use through the SecretStore interface (config::loadCart & co.).

#include "secrets/secret_store.h"

#include <QStringList>
#include <functional>
#include <memory>

namespace m3cart {

struct SecretSnapshot
{
    std::shared_ptr<MemorySecretStore> values = std::make_shared<MemorySecretStore>();
    QStringList present;            // names that were found
    QHash<QString, QString> byName; // the same values, for code on the caller's thread
    QString unavailable; // non-empty when the store itself failed (no keychain, locked): its message
};

// done runs on the caller's thread once every name has answered.
void readSecrets(SecretStore &store, const QStringList &names, std::function<void(SecretSnapshot)> done);

} // namespace m3cart
