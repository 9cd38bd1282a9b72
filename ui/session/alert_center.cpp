#include "alert_center.h"

#include "async.h"
#include "console_session.h"

#include "domain/event.h"
#include "store/alert_log.h"
#include "store/event_repository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

namespace m3cart::ui {

AlertCenter::AlertCenter(ConsoleSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    m_clock = [clock] { return clock->elapsed(); };
    m_timer = new QTimer(this);
    m_timer->setInterval(5000);
    connect(m_timer, &QTimer::timeout, this, &AlertCenter::pollNow);
    m_timer->start();
    connect(session, &ConsoleSession::connectionPaused, this,
            [this](const QString &connection, const QString &reason) {
                for (const AlertNotice &n : m_monitor.connectionPaused(connection, reason))
                    raise(n);
            });
    connect(session, &ConsoleSession::engineStateChanged, this, [this] {
        if (!m_session->enginePaused())
            for (const QString &c : {conn::cart(), conn::m3()})
                m_monitor.connectionResumed(c);
    });
}

void AlertCenter::setThresholds(const AlertThresholds &thresholds)
{
    m_monitor.setThresholds(thresholds);
}

void AlertCenter::pollNow()
{
    if (m_polling)
        return;
    m_polling = true;
    QPointer<AlertCenter> self(this);
    runAsync(
        this, [store = m_session->store()] { return EventRepository(store).countByStatus(); },
        [self](const Result<QMap<QString, qint64>> &counts) {
            if (!self)
                return;
            self->m_polling = false;
            if (!counts)
                return;
            const qint64 dead = counts->value(QLatin1String(EventStatus::Dead));
            const qint64 done = counts->value(QLatin1String(EventStatus::Done));
            qint64 backlog = 0;
            for (const char *s :
                 {EventStatus::Pending, EventStatus::Running, EventStatus::Retry, EventStatus::Held})
                backlog += counts->value(QLatin1String(s));
            for (const AlertNotice &n : self->m_monitor.observe(dead, backlog, done + dead, self->m_clock()))
                self->raise(n);
            emit self->polled();
        });
}

void AlertCenter::raise(const AlertNotice &n)
{
    QString title, text, page, source;
    switch (n.kind) {
    case AlertNotice::Kind::DeadLetters:
        title = tr("Dead letters need attention");
        text = tr("Dead letters: %1 (threshold %2).").arg(n.value).arg(m_monitor.thresholds().deadLetters);
        page = QStringLiteral("deadletters");
        source = QStringLiteral("engine");
        break;
    case AlertNotice::Kind::AuthFailed:
        title = tr("Connection paused: %1")
                    .arg(n.subject == conn::cart() ? tr("3dcart")
                         : n.subject == conn::m3() ? tr("M3")
                                                   : n.subject);
        text = tr("Authentication failed: %1. Check the credentials on the Connections page, then resume the "
                  "engine.")
                   .arg(n.reason);
        page = QStringLiteral("connections");
        break;
    case AlertNotice::Kind::BacklogStalled:
        title = tr("The backlog is not moving");
        text = tr("Events waiting: %1; none finished for %2 minutes.")
                   .arg(n.value)
                   .arg(m_monitor.thresholds().stallMinutes);
        page = QStringLiteral("events");
        source = QStringLiteral("engine");
        break;
    }
    // The dispatcher already logged the auth pause; the others are logged here.
    if (!source.isEmpty())
        runAsync(
            this,
            [store = m_session->store(), source, text] {
                return AlertLog(store).raise(QStringLiteral("warning"), source, text);
            },
            [](const Result<qint64> &) {});
    emit alertRaised(title, text, page);
}

} // namespace m3cart::ui
