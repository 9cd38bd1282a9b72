#pragma once
// Decides when the console must interrupt someone: the dead-letter queue grew past a threshold, a connection
// failed authentication, or the backlog has not moved for a set time. Plain logic fed with observations and
// the clock, so it is tested without widgets or waiting; edge-triggered, so one condition raises one alert.

#include "common/error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace m3cart {

class SettingsRepository;

struct AlertThresholds
{
    qint64 deadLetters = 10; // alert when the dead-letter queue reaches this many (0: never)
    int stallMinutes = 15;   // alert when a non-empty backlog makes no progress this long (0: never)

    static QString settingName() { return QStringLiteral("console.alerts"); }
    QJsonObject toJson() const;
    static AlertThresholds fromJson(const QJsonObject &o);
    static Result<AlertThresholds> load(const SettingsRepository &settings); // defaults where unset
    QString validate() const; // empty when fine, else what is wrong
};

struct AlertNotice
{
    enum class Kind { DeadLetters, AuthFailed, BacklogStalled };
    Kind kind = Kind::DeadLetters;
    QString subject;  // the connection for AuthFailed; empty otherwise
    qint64 value = 0; // dead letters, or backlog size
    QString reason;   // AuthFailed: the engine's reason
};

class AlertMonitor
{
public:
    explicit AlertMonitor(AlertThresholds thresholds = {}) : m_t(thresholds) {}
    void setThresholds(const AlertThresholds &t) { m_t = t; }
    const AlertThresholds &thresholds() const { return m_t; }

    // One store reading: dead letters, the backlog (not done, not dead) and a counter that grows with every
    // finished event (done + dead). nowMs: a monotonic clock.
    QList<AlertNotice> observe(qint64 deadLetters, qint64 backlog, qint64 finished, qint64 nowMs);
    // The engine paused a connection (Dispatcher::connectionPaused). Repeats for the same connection are
    // swallowed until connectionResumed().
    QList<AlertNotice> connectionPaused(const QString &connection, const QString &reason);
    void connectionResumed(const QString &connection);

private:
    AlertThresholds m_t;
    bool m_dlqRaised = false;
    bool m_stallRaised = false;
    qint64 m_lastFinished = -1;
    qint64 m_progressAtMs = 0;
    QStringList m_pausedConnections;
};

} // namespace m3cart
