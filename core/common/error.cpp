#include "error.h"

namespace m3cart {

QString errorClassName(ErrorClass c)
{
    switch (c) {
    case ErrorClass::Transient: return QStringLiteral("transient");
    case ErrorClass::RateLimited: return QStringLiteral("rate_limited");
    case ErrorClass::Auth: return QStringLiteral("auth");
    case ErrorClass::Data: return QStringLiteral("data");
    case ErrorClass::NotFound: return QStringLiteral("not_found");
    case ErrorClass::Conflict: return QStringLiteral("conflict");
    }
    return QStringLiteral("transient");
}

std::optional<ErrorClass> errorClassFromName(const QString &name)
{
    for (auto c : {ErrorClass::Transient, ErrorClass::RateLimited, ErrorClass::Auth, ErrorClass::Data,
                   ErrorClass::NotFound, ErrorClass::Conflict}) {
        if (errorClassName(c) == name)
            return c;
    }
    return std::nullopt;
}

} // namespace m3cart
