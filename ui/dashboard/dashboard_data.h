#pragma once
// Everything the dashboard shows, read from the store in one go on a worker thread: counts by status, orders
// and stock pushes today, errors per class, events per hour over the last day, the last run of each flow.

#include "common/error.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <memory>

namespace m3cart {
class Store;
}

namespace m3cart::ui {

struct FlowRun
{
    QString kind;
    QString status; // of the newest event of that kind; empty: never ran
    QDateTime at;
    QString error;
};

struct DashboardData
{
    QMap<QString, qint64> byStatus;
    qint64 backlog = 0; // neither done nor dead
    qint64 ordersToday = 0;
    qint64 ordersLastHour = 0;
    qint64 stockToday = 0;
    QMap<QString, qint64> errorsByClass; // events waiting or dead, by their last error class
    QList<QDateTime> hours;              // start of each of the last 24 hours
    QList<qint64> receivedPerHour;
    QList<qint64> donePerHour;
    QList<FlowRun> lastRuns;

    static QStringList flowKinds(); // the flows shown under "last run"
    static QString stockKindPattern() { return QStringLiteral("m3.bod.SyncInventory*"); }
};

// Blocking; call on a worker thread.
Result<DashboardData> readDashboard(const std::shared_ptr<const Store> &store, const QDateTime &now);

} // namespace m3cart::ui
