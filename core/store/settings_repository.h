#pragma once
// Non-secret configuration and policies, as JSON values by name. Secrets never come here.

#include "common/error.h"

#include <QJsonValue>
#include <memory>

namespace m3cart {

class Store;

class SettingsRepository
{
public:
    explicit SettingsRepository(std::shared_ptr<const Store> store);
    Result<QJsonValue> get(const QString &name) const; // Undefined when not set
    Status set(const QString &name, const QJsonValue &value, const QString &actor = {}) const; // audited

private:
    std::shared_ptr<const Store> m_store;
};

} // namespace m3cart
