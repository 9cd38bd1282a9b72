#pragma once
// The compiled mapping a flow uses: the active version in the store, else the shipped default. Compiled
// once per version and shared by every worker thread; a newly activated version is picked up on next use.

#include "common/error.h"

#include <memory>

namespace m3cart {
class Store;
namespace mapping {
class CompiledMapping;
}

namespace flows {

class MappingCache
{
public:
    explicit MappingCache(std::shared_ptr<const Store> store);
    ~MappingCache();
    Result<std::shared_ptr<const mapping::CompiledMapping>> get(const QString &name) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace flows
} // namespace m3cart
