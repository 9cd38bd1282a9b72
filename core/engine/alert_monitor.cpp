#include "alert_monitor.h"

#include "store/settings_repository.h"

namespace m3cart {

QJsonObject AlertThresholds::toJson() const
{
    return QJsonObject{{QStringLiteral("dead_letters"), double(deadLetters)},
                       {QStringLiteral("stall_minutes"), stallMinutes}};
}

AlertThresholds AlertThresholds::fromJson(const QJsonObject &o)
{
    AlertThresholds t;
    t.deadLetters = qint64(o.value(QStringLiteral("dead_letters")).toDouble(double(t.deadLetters)));
    t.stallMinutes = o.value(QStringLiteral("stall_minutes")).toInt(t.stallMinutes);
    return t;
}

Result<AlertThresholds> AlertThresholds::load(const SettingsRepository &settings)
{
    auto v = settings.get(settingName());
    if (!v)
        return v.error();
    return fromJson(v->toObject());
}

QString AlertThresholds::validate() const
{
    if (deadLetters < 0 || deadLetters > 1'000'000)
        return QStringLiteral("the dead-letter threshold must be 0 (off) to 1000000");
    if (stallMinutes < 0 || stallMinutes > 24 * 60)
        return QStringLiteral("the stall time must be 0 (off) to 1440 minutes");
    return {};
}

QList<AlertNotice> AlertMonitor::observe(qint64 deadLetters, qint64 backlog, qint64 finished, qint64 nowMs)
{
    QList<AlertNotice> out;
    if (m_t.deadLetters > 0 && deadLetters >= m_t.deadLetters) {
        if (!m_dlqRaised)
            out << AlertNotice{AlertNotice::Kind::DeadLetters, {}, deadLetters, {}};
        m_dlqRaised = true;
    } else {
        m_dlqRaised = false; // below again (or off): the next crossing alerts again
    }

    if (finished != m_lastFinished || backlog == 0) {
        m_lastFinished = finished;
        m_progressAtMs = nowMs;
        m_stallRaised = false;
    } else if (m_t.stallMinutes > 0 && !m_stallRaised &&
               nowMs - m_progressAtMs >= qint64(m_t.stallMinutes) * 60'000) {
        m_stallRaised = true;
        out << AlertNotice{AlertNotice::Kind::BacklogStalled, {}, backlog, {}};
    }
    return out;
}

QList<AlertNotice> AlertMonitor::connectionPaused(const QString &connection, const QString &reason)
{
    if (m_pausedConnections.contains(connection))
        return {};
    m_pausedConnections << connection;
    return {AlertNotice{AlertNotice::Kind::AuthFailed, connection, 0, reason}};
}

void AlertMonitor::connectionResumed(const QString &connection)
{
    m_pausedConnections.removeAll(connection);
}

} // namespace m3cart
