#pragma once
// Feeds the AlertMonitor with store readings (off the GUI thread) and the engine's connection pauses, and
// turns its notices into one translated alert each, for the banner and the tray. Also writes them to the
// store's alert log so the CLI and other consoles see them.

#include "engine/alert_monitor.h"

#include <QObject>
#include <functional>

class QTimer;

namespace m3cart::ui {

class ConsoleSession;

class AlertCenter : public QObject
{
    Q_OBJECT
public:
    explicit AlertCenter(ConsoleSession *session, QObject *parent = nullptr);

    void setThresholds(const AlertThresholds &thresholds);
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); } // tests
    void pollNow(); // one store reading now (also every few seconds)

signals:
    // page: where to look ("deadletters", "connections", "events").
    void alertRaised(const QString &title, const QString &text, const QString &page);
    void polled(); // a store reading was evaluated

private:
    void raise(const AlertNotice &notice);

    ConsoleSession *m_session;
    AlertMonitor m_monitor;
    QTimer *m_timer = nullptr;
    bool m_polling = false;
    std::function<qint64()> m_clock;
};

} // namespace m3cart::ui
