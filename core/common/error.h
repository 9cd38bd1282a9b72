#pragma once
// Errors are values: every failure carries a class that the engine turns into a decision
// (retry when, pause, or dead-letter) and a message a person can act on.

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace m3cart {

enum class ErrorClass {
    Transient,   // network, timeout, 5xx: retry with backoff
    RateLimited, // 429: wait at least Retry-After
    Auth,        // 401/403, bad credentials: pause the connection, no retries burned
    Data,        // the payload or mapping is wrong: dead-letter at once
    NotFound,    // the other side has no such record: dead-letter at once
    Conflict,    // already exists: the flow decides
};

QString errorClassName(ErrorClass c);                          // "transient", "rate_limited", ...
std::optional<ErrorClass> errorClassFromName(const QString &name);

struct Error
{
    ErrorClass errorClass = ErrorClass::Transient;
    QString message;
    qint64 retryAfterMs = -1; // from Retry-After, when the server sent one
    int httpStatus = 0;       // 0 when no HTTP call was involved
    QString code;             // the other system's error code (M3 "XIM0002"), when it gave one
    QString field;            // the field it blamed (M3 "@field"), when it named one

    static Error transient(QString msg) { return {ErrorClass::Transient, std::move(msg)}; }
    static Error data(QString msg) { return {ErrorClass::Data, std::move(msg)}; }
    static Error auth(QString msg) { return {ErrorClass::Auth, std::move(msg)}; }
    static Error notFound(QString msg) { return {ErrorClass::NotFound, std::move(msg)}; }
    static Error conflict(QString msg) { return {ErrorClass::Conflict, std::move(msg)}; }
    static Error rateLimited(QString msg, qint64 retryAfterMs)
    {
        return {ErrorClass::RateLimited, std::move(msg), retryAfterMs};
    }
};

// Either a value or an Error. Small on purpose: no exceptions cross signal boundaries.
template <typename T>
class Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    // By value: "for (x : f().value())" must not refer into a destroyed temporary.
    T value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

struct Ok
{
};
using Status = Result<Ok>;
inline Status ok() { return Ok{}; }

} // namespace m3cart
