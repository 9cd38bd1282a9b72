#pragma once
// Helpers for the console's tests: seed events (some dead, with attempts) straight into a store, and pump
// the event loop until background work is done, with no timeout of its own (ctest's TIMEOUT is the limit).

#include "domain/event.h"
#include "store/event_repository.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <functional>

namespace m3cart::test {

inline void pumpUntil(const std::function<bool()> &done)
{
    QTimer tick; // wakes the loop for conditions that change without an event here (rows in the store)
    tick.start(20);
    while (!done())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
}

inline NewEvent orderEvent(int n, const QString &kind = QStringLiteral("cart.order.new"))
{
    NewEvent e;
    e.source = QStringLiteral("3dcart");
    e.kind = kind;
    e.key = QStringLiteral("order-%1").arg(n);
    e.payload = QStringLiteral("{\"OrderID\":%1,\"BillingEmail\":\"buyer%1@example.com\"}").arg(n).toUtf8();
    return e;
}

// count order events (keys order-1..order-count); returns their ids.
inline QList<qint64> seedOrders(const std::shared_ptr<Store> &store, int count, int from = 1)
{
    QList<NewEvent> events;
    for (int i = from; i < from + count; ++i)
        events << orderEvent(i);
    auto ids = EventRepository(store).appendMany(events);
    if (!ids)
        qFatal("seeding failed: %s", qPrintable(ids.error().message));
    return ids.value();
}

// Turns events into dead letters as the engine leaves them: status, error, one failed attempt.
inline void
makeDead(const std::shared_ptr<Store> &store, const QList<qint64> &ids,
         const QString &errorClass = QStringLiteral("data"),
         const QString &error = QStringLiteral("OIS100MI AddBatchHead: order type XYZ does not exist"))
{
    const Status s = store->write([&](QSqlDatabase &db) -> Status {
        QSqlQuery dead(db), attempt(db);
        dead.prepare(QStringLiteral("UPDATE events SET status = 'dead', attempts = 1, last_error_class = ?, "
                                    "last_error = ? WHERE id = ?"));
        attempt.prepare(
            QStringLiteral("INSERT INTO attempts (event_id, number, started_at, finished_at, outcome, "
                           "error_class, message, request, response) VALUES (?, 1, 1000, 1250, 'dead', "
                           "?, ?, 'POST OIS100MI/AddBatchHead', 'NOK')"));
        for (qint64 id : ids) {
            for (QSqlQuery *q : {&dead, &attempt}) {
                const QVariantList values =
                    q == &dead ? QVariantList{errorClass, error, id} : QVariantList{id, errorClass, error};
                for (int i = 0; i < values.size(); ++i)
                    q->bindValue(i, values[i]);
                if (!q->exec())
                    return sqlError(*q, QStringLiteral("seeding a dead letter"));
            }
        }
        return ok();
    });
    if (!s)
        qFatal("seeding dead letters failed: %s", qPrintable(s.error().message));
}

inline void holdBehind(const std::shared_ptr<Store> &store, qint64 held, qint64 by)
{
    QSqlQuery q(store->db());
    q.prepare(QStringLiteral("UPDATE events SET status = 'held', held_by = ? WHERE id = ?"));
    q.addBindValue(by);
    q.addBindValue(held);
    if (!q.exec())
        qFatal("holding failed");
}

} // namespace m3cart::test
