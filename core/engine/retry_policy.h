#pragma once
// Turns a failure's error class into a decision: retry after a delay, pause the connection, or dead-letter.
// Each class's limits are settings the admin can edit (engine.retry_policy); tests shrink the delays.

#include "common/error.h"

#include <QJsonObject>
#include <QMap>
#include <functional>

namespace m3cart {

class SettingsRepository;

struct ClassPolicy
{
    int maxAttempts = 1;  // tries in total before dead-lettering
    qint64 baseDelayMs = 0;
    qint64 capMs = 0;
    bool deadLetter = true; // when attempts run out (or at once for data/not_found)
};

struct RetryDecision
{
    enum class Action { Retry, DeadLetter, PauseConnection };
    Action action = Action::DeadLetter;
    qint64 delayMs = 0;
    QString reason; // shown to the operator
};

class RetryPolicy
{
public:
    using Random = std::function<double()>; // uniform in [0, 1)

    RetryPolicy(); // production defaults
    static RetryPolicy fromJson(const QJsonObject &json, QString *error = nullptr);
    static Result<RetryPolicy> load(const SettingsRepository &settings); // defaults where unset
    static QString settingName() { return QStringLiteral("engine.retry_policy"); }
    QJsonObject toJson() const;

    ClassPolicy policy(ErrorClass c) const { return m_classes.value(c); }
    void setPolicy(ErrorClass c, const ClassPolicy &p) { m_classes.insert(c, p); }

    // attempts = tries made so far, including the one that just failed.
    RetryDecision decide(const Error &error, int attempts, const Random &random) const;
    RetryDecision decide(const Error &error, int attempts) const; // system randomness

    // Full jitter: uniform in [0, min(cap, base * 2^(attempt-1))].
    static qint64 backoffMs(const ClassPolicy &p, int attempts, double unitRandom);

private:
    QMap<ErrorClass, ClassPolicy> m_classes;
};

} // namespace m3cart
