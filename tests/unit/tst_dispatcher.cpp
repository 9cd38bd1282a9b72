// The dispatcher: per-key order, resumable retries, holds, each error class's route, pauses, batching.

#include "engine/dead_letters.h"
#include "engine_rig.h"
#include "store/alert_log.h"

#include <QJsonArray>
#include <QTest>

using namespace m3cart;
using namespace m3cart::test;

namespace {
const int kWait = 30000;
}

class TstDispatcher : public QObject
{
    Q_OBJECT
private slots:
    void runsEveryEventOncePerKeyInOrder()
    {
        EngineRig rig(4);
        QList<qint64> ids;
        for (int i = 0; i < 60; ++i)
            ids << rig.add(QStringLiteral("key-%1").arg(i % 6), QJsonObject{{QStringLiteral("steps"), 2}});
        rig.dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.count(QStringLiteral("done")), 60, kWait);
        const QList<Effect> fx = effects(*rig.temp.store);
        QCOMPARE(fx.size(), 120);
        QSet<QString> seen;
        QMap<QString, qint64> lastEventOfKey;
        for (const Effect &e : fx) {
            const QString id = QStringLiteral("%1/%2").arg(e.eventId).arg(e.step);
            QVERIFY2(!seen.contains(id), qPrintable(id + QStringLiteral(" ran twice")));
            seen.insert(id);
            QVERIFY2(e.eventId >= lastEventOfKey.value(e.key), "events of one key ran out of order");
            lastEventOfKey[e.key] = e.eventId;
        }
        // Counters follow the store a moment later (they are updated on the dispatcher thread).
        QTRY_COMPARE_WITH_TIMEOUT(rig.dispatcher->counters().succeeded, 60, kWait);
    }

    void retryResumesAfterTheLastFinishedStep()
    {
        EngineRig rig;
        const qint64 id = rig.add(QStringLiteral("order-1"), failing(QStringLiteral("transient"), {1}, 1, 3));
        rig.dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.status(id), QStringLiteral("done"), kWait);
        QStringList steps;
        for (const Effect &e : effects(*rig.temp.store))
            steps << e.step;
        QCOMPARE(steps, (QStringList{QStringLiteral("step-0"), QStringLiteral("step-1"), QStringLiteral("step-2")}));
        const QList<Attempt> attempts = rig.attempts(id);
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts[0].outcome, QStringLiteral("retry"));
        QCOMPARE(attempts[0].errorClass, QStringLiteral("transient"));
        QCOMPARE(attempts[1].outcome, QStringLiteral("ok"));
        QCOMPARE(attempts[1].number, 2);
    }

    void laterEventsWaitBehindADeadLetterUntilItIsDiscarded()
    {
        EngineRig rig;
        const qint64 bad = rig.add(QStringLiteral("order-9"), failing(QStringLiteral("data"), {1}));
        const qint64 second = rig.add(QStringLiteral("order-9"));
        const qint64 third = rig.add(QStringLiteral("order-9"));
        const qint64 other = rig.add(QStringLiteral("order-10"));
        rig.dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.status(other), QStringLiteral("done"), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(rig.status(bad), QStringLiteral("dead"), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(rig.status(second), QStringLiteral("held"), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(rig.status(third), QStringLiteral("held"), kWait);
        QCOMPARE(rig.event(second).heldBy, bad);
        QCOMPARE(rig.event(third).heldBy, bad);
        QVERIFY(rig.attempts(second).isEmpty());

        QVERIFY(DeadLetters(rig.temp.store).discard(bad, QStringLiteral("duplicate order"), QStringLiteral("tester")));
        rig.dispatcher->wake();
        QTRY_COMPARE_WITH_TIMEOUT(rig.status(third), QStringLiteral("done"), kWait);
        QCOMPARE(rig.status(second), QStringLiteral("done"));
        QList<qint64> order;
        for (const Effect &e : effects(*rig.temp.store))
            if (e.key == QLatin1String("order-9"))
                order << e.eventId;
        QCOMPARE(order, (QList<qint64>{second, third}));
    }

    void aRetryingEventHoldsItsKey()
    {
        EngineRig rig;
        const qint64 first = rig.add(QStringLiteral("sku-1"), failing(QStringLiteral("transient"), {1, 2}));
        const qint64 second = rig.add(QStringLiteral("sku-1"));
        rig.dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.status(second), QStringLiteral("done"), kWait);
        QCOMPARE(rig.status(first), QStringLiteral("done"));
        QCOMPARE(rig.attempts(first).size(), 3);
        const QList<Effect> fx = effects(*rig.temp.store);
        QCOMPARE(fx.size(), 2);
        QCOMPARE(fx[0].eventId, first);
        QCOMPARE(fx[1].eventId, second);
    }

    void eachErrorClassTakesItsRoute()
    {
        EngineRig rig;
        const qint64 data = rig.add(QStringLiteral("a"), failing(QStringLiteral("data"), {1}));
        const qint64 notFound = rig.add(QStringLiteral("b"), failing(QStringLiteral("not_found"), {1}));
        const qint64 transient = rig.add(QStringLiteral("c"), failing(QStringLiteral("transient"), {1, 2, 3, 4, 5}));
        const qint64 limited = rig.add(QStringLiteral("d"), failing(QStringLiteral("rate_limited"), {1}, 0, 1, 40));
        rig.dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.status(transient), QStringLiteral("dead"), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(rig.status(limited), QStringLiteral("done"), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(rig.status(data), QStringLiteral("dead"), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(rig.status(notFound), QStringLiteral("dead"), kWait);

        QCOMPARE(rig.attempts(data).size(), 1);
        QCOMPARE(rig.event(data).lastErrorClass, QStringLiteral("data"));
        QCOMPARE(rig.attempts(notFound).size(), 1);
        QCOMPARE(rig.event(notFound).lastErrorClass, QStringLiteral("not_found"));

        // Four tries (the fast policy's limit), then an operator is needed.
        QCOMPARE(rig.attempts(transient).size(), 4);
        QVERIFY2(rig.event(transient).lastError.contains(QLatin1String("gave up after 4 attempts")),
                 qPrintable(rig.event(transient).lastError));

        // The second try did not start before the server's Retry-After had passed.
        const QList<Attempt> la = rig.attempts(limited);
        QCOMPARE(la.size(), 2);
        QCOMPARE(la[0].errorClass, QStringLiteral("rate_limited"));
        QVERIFY(la[1].startedAt.toMSecsSinceEpoch() >= la[0].finishedAt.toMSecsSinceEpoch() + 40);
    }

    void authFailurePausesTheConnectionWithoutUsingTries()
    {
        EngineRig rig(1);
        auto other = std::make_shared<TestFlow>(QStringLiteral("cart"));
        rig.flows->add(QStringLiteral("test.cart"), other);
        rig.flow->authBroken = true;
        const QJsonObject login{{QStringLiteral("needs_login"), true}};
        const qint64 first = rig.add(QStringLiteral("o-1"), login);
        const qint64 second = rig.add(QStringLiteral("o-2"), login);
        QStringList paused;
        connect(rig.dispatcher.get(), &Dispatcher::connectionPaused, this,
                [&paused](const QString &c) { paused << c; });
        rig.dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(paused, QStringList{QStringLiteral("m3")}, kWait);
        const qint64 cartEvent = rig.add(QStringLiteral("c-1"), {}, QStringLiteral("test.cart"));
        rig.dispatcher->wake();
        QTRY_COMPARE_WITH_TIMEOUT(rig.status(cartEvent), QStringLiteral("done"), kWait); // other connection runs on

        QCOMPARE(rig.status(first), QStringLiteral("pending"));
        QCOMPARE(rig.event(first).attempts, 0); // no try used up
        QCOMPARE(rig.attempts(first).size(), 1);
        QCOMPARE(rig.attempts(first).first().outcome, QStringLiteral("paused"));
        QCOMPARE(rig.status(second), QStringLiteral("pending"));
        QVERIFY(rig.attempts(second).isEmpty());
        QCOMPARE(rig.dispatcher->counters().pausedConnections, QStringList{QStringLiteral("m3")});
        const QList<Alert> alerts = AlertLog(rig.temp.store).open().value();
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts[0].source, QStringLiteral("m3"));
        QCOMPARE(alerts[0].severity, QStringLiteral("error"));
        QVERIFY(alerts[0].message.contains(QLatin1String("401 Unauthorized")));
        M3_VERIFY_OK(AlertLog(rig.temp.store).acknowledge(alerts[0].id, QStringLiteral("admin")));
        QVERIFY(AlertLog(rig.temp.store).open().value().isEmpty());
        QVERIFY(!AlertLog(rig.temp.store).acknowledge(alerts[0].id, QStringLiteral("admin")));

        rig.flow->authBroken = false;
        rig.dispatcher->resumeConnection(QStringLiteral("m3"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.status(second), QStringLiteral("done"), kWait);
        QCOMPARE(rig.status(first), QStringLiteral("done"));
    }

    void eventsNoFlowHandlesAreDeadLettered()
    {
        EngineRig rig;
        const qint64 id = rig.add(QStringLiteral("x"), {}, QStringLiteral("nobody.handles.this"));
        rig.dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.status(id), QStringLiteral("dead"), kWait);
        QVERIFY(rig.event(id).lastError.contains(QLatin1String("nobody.handles.this")));
        QCOMPARE(rig.event(id).lastErrorClass, QStringLiteral("data"));
    }

    void observersGetBatchesNotOneSignalPerRow()
    {
        EngineRig rig(4);
        QSet<qint64> ids;
        for (int i = 0; i < 200; ++i)
            ids.insert(rig.add(QStringLiteral("k%1").arg(i)));
        int emissions = 0;
        QSet<qint64> reported;
        EngineCounters last;
        connect(rig.dispatcher.get(), &Dispatcher::eventsChanged, this, [&](const QList<qint64> &changed) {
            ++emissions;
            for (qint64 id : changed)
                reported.insert(id);
        });
        connect(rig.dispatcher.get(), &Dispatcher::countersChanged, this,
                [&](const EngineCounters &c) { last = c; });
        rig.dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.count(QStringLiteral("done")), 200, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(reported.contains(ids), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(last.succeeded, 200, kWait);
        // Each event changes state at least twice (running, done): one signal per change would be 400+.
        QVERIFY2(emissions < 200, qPrintable(QString::number(emissions)));
    }

    void stopLetsRunningFlowsFinish()
    {
        EngineRig rig(2);
        for (int i = 0; i < 60; ++i)
            rig.add(QStringLiteral("k%1").arg(i), QJsonObject{{QStringLiteral("sleep_ms"), 30}});
        rig.dispatcher->start();
        QTRY_VERIFY_WITH_TIMEOUT(rig.count(QStringLiteral("done")) >= 2, kWait);
        rig.dispatcher->stop();
        QCOMPARE(rig.count(QStringLiteral("running")), 0);
        QVERIFY(rig.count(QStringLiteral("pending")) > 0); // stopped before the end: nothing else was taken
        const qint64 done = rig.count(QStringLiteral("done"));
        QCOMPARE(qint64(effects(*rig.temp.store).size()), done);
    }
};

QTEST_GUILESS_MAIN(TstDispatcher)
#include "tst_dispatcher.moc"
