#pragma once
// Internal to core/mapping: the ISO 3166-1 country table used by the geo functions.

#include <span>

namespace m3cart::mapping::geo {

struct Country
{
    const char *iso2;
    const char *iso3;
    const char *name;
    const char *officialName; // "" when the same as name
};

std::span<const Country> countries();

} // namespace m3cart::mapping::geo
