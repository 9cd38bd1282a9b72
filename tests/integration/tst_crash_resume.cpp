// Crash safety: an engine process killed with SIGKILL mid-run loses nothing, and a restart finishes every
// event with every step done exactly once and every key still in order.

#include "store/event_repository.h"
#include "temp_store.h"
#include "test_flow.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace m3cart;

class TstCrashResume : public QObject
{
    Q_OBJECT

    QString worker() const { return qEnvironmentVariable("M3CART_TEST_WORKER"); }

private slots:
    void killedWorkerResumesExactlyOnce()
    {
        QVERIFY2(!worker().isEmpty(), "M3CART_TEST_WORKER is not set");
        test::TempStore t;
        QVERIFY(test::TestFlow::prepare(*t.store));
        const int events = 240, steps = 3;
        QList<NewEvent> batch;
        for (int i = 0; i < events; ++i) {
            NewEvent e;
            e.source = QStringLiteral("test");
            e.kind = test::TestFlow::kind();
            e.key = QStringLiteral("order-%1").arg(i % 40);
            e.payload = QJsonDocument(QJsonObject{{QStringLiteral("steps"), steps}, {QStringLiteral("sleep_ms"), 4}})
                            .toJson(QJsonDocument::Compact);
            batch << e;
        }
        QVERIFY(EventRepository(t.store).appendMany(batch));
        EventRepository repo(t.store);
        EventFilter done;
        done.statuses = {QStringLiteral("done")};

        QProcess first;
        first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        first.start(worker(), {QStringLiteral("--store"), t.path(), QStringLiteral("--workers"), QStringLiteral("4")});
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(repo.count(done).value() >= 30, 60000);
        first.kill(); // SIGKILL: no clean-up runs
        QVERIFY(first.waitForFinished());
        const qint64 doneAtCrash = repo.count(done).value();
        QVERIFY2(doneAtCrash < events, "the worker finished before it could be killed");
        EventFilter running;
        running.statuses = {QStringLiteral("running")};
        const qint64 interrupted = repo.count(running).value();
        QVERIFY2(interrupted > 0, "no event was mid-flight when the worker was killed");

        QProcess second;
        second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        second.start(worker(), {QStringLiteral("--store"), t.path(), QStringLiteral("--until-idle")});
        QVERIFY(second.waitForStarted());
        QVERIFY(second.waitForFinished(90000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);

        QCOMPARE(repo.count(done).value(), events);
        const QList<test::Effect> fx = test::effects(*t.store);
        QCOMPARE(fx.size(), events * steps); // no step ran twice, none was skipped
        QSet<QString> seen;
        QMap<QString, qint64> lastOfKey;
        for (const test::Effect &e : fx) {
            const QString id = QStringLiteral("%1/%2").arg(e.eventId).arg(e.step);
            QVERIFY2(!seen.contains(id), qPrintable(id + QStringLiteral(" ran twice")));
            seen.insert(id);
            QVERIFY2(e.eventId >= lastOfKey.value(e.key), "a key ran out of order across the crash");
            lastOfKey[e.key] = e.eventId;
        }
        // The interrupted attempts are on record as such.
        QSqlQuery q(t.store->db());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM attempts WHERE outcome = 'crashed'")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), interrupted);
    }
};

QTEST_GUILESS_MAIN(TstCrashResume)
#include "tst_crash_resume.moc"
