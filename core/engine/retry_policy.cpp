#include "retry_policy.h"

#include "store/settings_repository.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace m3cart {

namespace {
const ErrorClass kAll[] = {ErrorClass::Transient, ErrorClass::RateLimited, ErrorClass::Auth,
                           ErrorClass::Data,      ErrorClass::NotFound,    ErrorClass::Conflict};
}

RetryPolicy::RetryPolicy()
{
    // Transient: ~10 tries spread over about an hour before an operator must look.
    m_classes.insert(ErrorClass::Transient, {10, 2'000, 10 * 60'000, true});
    // Rate limited: the server says when; allow more tries because each one is cheap and expected.
    m_classes.insert(ErrorClass::RateLimited, {20, 5'000, 15 * 60'000, true});
    // Auth: the connection pauses; tries are not counted, so maxAttempts only bounds a flapping login.
    m_classes.insert(ErrorClass::Auth, {1, 0, 0, false});
    m_classes.insert(ErrorClass::Data, {1, 0, 0, true});
    m_classes.insert(ErrorClass::NotFound, {1, 0, 0, true});
    m_classes.insert(ErrorClass::Conflict, {1, 0, 0, true});
}

qint64 RetryPolicy::backoffMs(const ClassPolicy &p, int attempts, double unitRandom)
{
    const int exponent = std::clamp(attempts - 1, 0, 40);
    const double ceiling = std::min<double>(double(p.capMs), double(p.baseDelayMs) * std::ldexp(1.0, exponent));
    return qint64(std::clamp(unitRandom, 0.0, 1.0) * ceiling);
}

RetryDecision RetryPolicy::decide(const Error &error, int attempts) const
{
    return decide(error, attempts, [] { return QRandomGenerator::global()->generateDouble(); });
}

RetryDecision RetryPolicy::decide(const Error &error, int attempts, const Random &random) const
{
    const ClassPolicy p = policy(error.errorClass);
    const QString cls = errorClassName(error.errorClass);
    RetryDecision d;
    switch (error.errorClass) {
    case ErrorClass::Auth:
        d.action = RetryDecision::Action::PauseConnection;
        d.reason = QStringLiteral("authentication failed; the connection is paused until an admin resumes it");
        return d;
    case ErrorClass::Data:
    case ErrorClass::NotFound:
    case ErrorClass::Conflict:
        if (p.maxAttempts <= attempts || p.deadLetter) {
            d.action = RetryDecision::Action::DeadLetter;
            d.reason = QStringLiteral("%1 error: needs an operator").arg(cls);
            return d;
        }
        break;
    case ErrorClass::Transient:
    case ErrorClass::RateLimited:
        break;
    }
    if (attempts >= p.maxAttempts) {
        d.action = RetryDecision::Action::DeadLetter;
        d.reason = QStringLiteral("gave up after %1 attempts (%2)").arg(attempts).arg(cls);
        return d;
    }
    d.action = RetryDecision::Action::Retry;
    const double r = random();
    if (error.errorClass == ErrorClass::RateLimited && error.retryAfterMs >= 0) {
        // At least what the server asked for; a little jitter on top so a burst does not return at once.
        d.delayMs = error.retryAfterMs + qint64(r * double(std::min<qint64>(p.baseDelayMs, 1'000)));
        d.reason = QStringLiteral("rate limited; server asked to wait %1 ms").arg(error.retryAfterMs);
    } else {
        d.delayMs = backoffMs(p, attempts, r);
        d.reason = QStringLiteral("%1 error; retry %2 of %3").arg(cls).arg(attempts + 1).arg(p.maxAttempts);
    }
    return d;
}

QJsonObject RetryPolicy::toJson() const
{
    QJsonObject o;
    for (ErrorClass c : kAll) {
        const ClassPolicy p = policy(c);
        o.insert(errorClassName(c), QJsonObject{{QStringLiteral("max_attempts"), p.maxAttempts},
                                                {QStringLiteral("base_delay_ms"), double(p.baseDelayMs)},
                                                {QStringLiteral("cap_ms"), double(p.capMs)},
                                                {QStringLiteral("dead_letter"), p.deadLetter}});
    }
    return o;
}

RetryPolicy RetryPolicy::fromJson(const QJsonObject &json, QString *error)
{
    RetryPolicy policy;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const auto cls = errorClassFromName(it.key());
        if (!cls) {
            if (error)
                *error = QStringLiteral("unknown error class '%1' in retry policy").arg(it.key());
            continue;
        }
        const QJsonObject o = it.value().toObject();
        ClassPolicy p = policy.policy(*cls);
        p.maxAttempts = std::max(1, o.value(QStringLiteral("max_attempts")).toInt(p.maxAttempts));
        p.baseDelayMs = std::max<qint64>(0, qint64(o.value(QStringLiteral("base_delay_ms")).toDouble(double(p.baseDelayMs))));
        p.capMs = std::max<qint64>(0, qint64(o.value(QStringLiteral("cap_ms")).toDouble(double(p.capMs))));
        p.deadLetter = o.value(QStringLiteral("dead_letter")).toBool(p.deadLetter);
        policy.setPolicy(*cls, p);
    }
    return policy;
}

Result<RetryPolicy> RetryPolicy::load(const SettingsRepository &settings)
{
    auto v = settings.get(settingName());
    if (!v)
        return v.error();
    if (!v->isObject())
        return RetryPolicy();
    QString err;
    RetryPolicy p = fromJson(v->toObject(), &err);
    if (!err.isEmpty())
        return Error::data(err);
    return p;
}

} // namespace m3cart
