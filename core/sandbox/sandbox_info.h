#pragma once
#include <QString>
namespace m3cart::sandbox { QString description(); }
