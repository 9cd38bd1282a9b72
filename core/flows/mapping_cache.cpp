#include "mapping_cache.h"

#include "mapping/compiled_mapping.h"
#include "mapping/default_mappings.h"
#include "mapping/mapping_document.h"
#include "mapping/mapping_repository.h"

#include <QHash>
#include <QMutex>

namespace m3cart::flows {

struct MappingCache::Impl
{
    std::shared_ptr<const Store> store;
    QMutex mutex;
    QHash<QString, std::shared_ptr<const mapping::CompiledMapping>> compiled; // "name@versionId"
};

MappingCache::MappingCache(std::shared_ptr<const Store> store) : d(std::make_unique<Impl>())
{
    d->store = std::move(store);
}

MappingCache::~MappingCache() = default;

Result<std::shared_ptr<const mapping::CompiledMapping>> MappingCache::get(const QString &name) const
{
    QByteArray json;
    QString key;
    auto active = mapping::MappingRepository(d->store).active(name);
    if (active) {
        json = active->document;
        key = name + QLatin1Char('@') + QString::number(active->id);
    } else if (active.error().errorClass == ErrorClass::NotFound) {
        const mapping::DefaultMapping def = mapping::defaultMapping(name);
        if (def.json.isEmpty())
            return Error::data(QStringLiteral("no mapping named '%1' (neither active in the store nor shipped)").arg(name));
        json = def.json;
        key = name + QStringLiteral("@default");
    } else {
        return active.error();
    }
    {
        QMutexLocker lock(&d->mutex);
        if (auto it = d->compiled.constFind(key); it != d->compiled.constEnd())
            return it.value();
    }
    auto doc = mapping::MappingDocument::fromJson(json);
    if (!doc)
        return doc.error();
    auto compiled = mapping::MappingCompiler::compile(doc.value());
    if (!compiled)
        return Error::data(QStringLiteral("mapping '%1' does not compile: %2").arg(name, compiled.error().message));
    QMutexLocker lock(&d->mutex);
    d->compiled.insert(key, compiled.value());
    return compiled.value();
}

} // namespace m3cart::flows
