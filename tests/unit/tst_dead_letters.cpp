// Dead-letter operations: list, show, retry (plain and with an edited payload), discard, export; audit rows.

#include "engine/dead_letters.h"
#include "engine_rig.h"
#include "store/audit_log.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace m3cart;
using namespace m3cart::test;

namespace {
const int kWait = 30000;

// Dead-letters three events of kind test.run and one of kind test.other; returns their ids.
QList<qint64> deadLetters(EngineRig &rig)
{
    rig.flows->add(QStringLiteral("test.other"), rig.flow);
    const QJsonObject bad = failing(QStringLiteral("data"), {1});
    QList<qint64> ids{rig.add(QStringLiteral("o-1"), bad), rig.add(QStringLiteral("o-2"), bad),
                      rig.add(QStringLiteral("o-3"), bad), rig.add(QStringLiteral("o-4"), bad, QStringLiteral("test.other"))};
    rig.dispatcher->start();
    for (qint64 id : ids)
        if (!QTest::qWaitFor([&] { return rig.status(id) == QLatin1String("dead"); }, kWait))
            qFatal("event %lld was not dead-lettered", id);
    return ids;
}

QList<AuditEntry> audit(EngineRig &rig, qint64 id)
{
    return AuditLog(rig.temp.store).list(50, QStringLiteral("event:%1").arg(id)).value();
}
} // namespace

class TstDeadLetters : public QObject
{
    Q_OBJECT
private slots:
    void listAndShow()
    {
        EngineRig rig;
        const QList<qint64> ids = deadLetters(rig);
        DeadLetters dlq(rig.temp.store);
        auto all = dlq.list({});
        QVERIFY(all);
        QCOMPARE(all->size(), 4);
        EventFilter f;
        f.kind = QStringLiteral("test.other");
        QCOMPARE(dlq.list(f)->size(), 1);

        auto d = dlq.show(ids[0]);
        QVERIFY(d);
        QCOMPARE(d->event.status, QStringLiteral("dead"));
        QCOMPARE(d->attempts.size(), 1);
        QCOMPARE(d->attempts[0].errorClass, QStringLiteral("data"));
        QCOMPARE(d->attempts[0].outcome, QStringLiteral("dead"));
        QVERIFY(d->revisions.isEmpty());
        QCOMPARE(d->originalPayload, d->event.payload);
        QVERIFY(!dlq.show(999999));
        QCOMPARE(dlq.show(999999).error().errorClass, ErrorClass::NotFound);
    }

    void retryWithAnEditedPayloadKeepsTheOriginal()
    {
        EngineRig rig;
        const qint64 id = deadLetters(rig).first();
        DeadLetters dlq(rig.temp.store);
        const QByteArray original = dlq.show(id)->originalPayload;

        // Not JSON: refused, nothing changes.
        const Status bad = dlq.retryWithPayload(id, "{\"steps\": 1,", QStringLiteral("ann"), QStringLiteral("fix"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().errorClass, ErrorClass::Data);
        QVERIFY(bad.error().message.contains(QLatin1String("not valid JSON")));
        QCOMPARE(rig.status(id), QStringLiteral("dead"));
        QVERIFY(dlq.show(id)->revisions.isEmpty());

        const QByteArray fixed = R"({"steps":1})";
        QVERIFY(dlq.retryWithPayload(id, fixed, QStringLiteral("ann"), QStringLiteral("removed the bad line")));
        rig.dispatcher->wake();
        QTRY_COMPARE_WITH_TIMEOUT(rig.status(id), QStringLiteral("done"), kWait);

        auto d = dlq.show(id);
        QCOMPARE(d->event.payload, fixed);
        QCOMPARE(d->event.revision, 1);
        QCOMPARE(d->originalPayload, original); // the original never changes
        QCOMPARE(d->revisions.size(), 1);
        QCOMPARE(d->revisions[0].author, QStringLiteral("ann"));
        QCOMPARE(d->revisions[0].reason, QStringLiteral("removed the bad line"));
        QCOMPARE(d->attempts.size(), 2);
        const QList<AuditEntry> a = audit(rig, id);
        QCOMPARE(a.size(), 1);
        QCOMPARE(a[0].action, QStringLiteral("dlq.retry"));
        QCOMPARE(a[0].actor, QStringLiteral("ann"));
        QCOMPARE(a[0].details.value(QStringLiteral("revision")).toInt(), 1);
    }

    void retryManyAndRefuseWhatIsNotDead()
    {
        EngineRig rig;
        const QList<qint64> ids = deadLetters(rig);
        DeadLetters dlq(rig.temp.store);
        // One id that is not dead fails the whole request, naming it; nothing is requeued.
        const qint64 fresh = rig.add(QStringLiteral("z"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.status(fresh), QStringLiteral("done"), kWait);
        auto refused = dlq.retry({ids[0], fresh}, QStringLiteral("bob"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QString::number(fresh)), qPrintable(refused.error().message));
        QCOMPARE(rig.status(ids[0]), QStringLiteral("dead"));

        // Retry all of one kind: the data error repeats, so they come back dead with two attempts.
        EventFilter f;
        f.kind = QStringLiteral("test.run");
        auto n = dlq.retryMatching(f, QStringLiteral("bob"), QStringLiteral("after fixing the mapping"));
        QVERIFY(n);
        QCOMPARE(n.value(), 3);
        rig.dispatcher->wake();
        for (int i = 0; i < 3; ++i)
            QTRY_COMPARE_WITH_TIMEOUT(rig.attempts(ids[i]).size(), 2, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(rig.status(ids[2]), QStringLiteral("dead"), kWait);
        QCOMPARE(rig.attempts(ids[3]).size(), 1); // the other kind was not touched
        QCOMPARE(audit(rig, ids[1]).first().reason, QStringLiteral("after fixing the mapping"));
    }

    void discardNeedsAReasonAndReleasesHeldEvents()
    {
        EngineRig rig;
        const qint64 bad = rig.add(QStringLiteral("k"), failing(QStringLiteral("data"), {1}));
        const qint64 waiting = rig.add(QStringLiteral("k"));
        rig.dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.status(waiting), QStringLiteral("held"), kWait);
        DeadLetters dlq(rig.temp.store);
        QCOMPARE(dlq.show(bad)->holding, QList<qint64>{waiting});

        const Status noReason = dlq.discard(bad, QStringLiteral("  "), QStringLiteral("cy"));
        QVERIFY(!noReason);
        QVERIFY(noReason.error().message.contains(QLatin1String("reason")));
        QCOMPARE(rig.status(bad), QStringLiteral("dead"));

        QVERIFY(dlq.discard(bad, QStringLiteral("test order, cancelled in 3dcart"), QStringLiteral("cy")));
        QCOMPARE(rig.status(bad), QStringLiteral("discarded"));
        rig.dispatcher->wake();
        QTRY_COMPARE_WITH_TIMEOUT(rig.status(waiting), QStringLiteral("done"), kWait);
        const QList<AuditEntry> a = audit(rig, bad);
        QCOMPARE(a.size(), 1);
        QCOMPARE(a[0].action, QStringLiteral("dlq.discard"));
        QCOMPARE(a[0].reason, QStringLiteral("test order, cancelled in 3dcart"));
        QCOMPARE(a[0].details.value(QStringLiteral("released")).toArray().first().toInteger(), waiting);
        // A discarded event cannot be discarded or retried again.
        QVERIFY(!dlq.discard(bad, QStringLiteral("again"), QStringLiteral("cy")));
        QVERIFY(!dlq.retry({bad}, QStringLiteral("cy")));
    }

    void exportWritesEveryDetail()
    {
        EngineRig rig;
        const QList<qint64> ids = deadLetters(rig);
        DeadLetters dlq(rig.temp.store);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dlq.json"));
        auto n = dlq.exportTo(path, {ids[1], ids[3]});
        M3_VERIFY_OK(n);
        QCOMPARE(n.value(), 2);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(doc.value(QStringLiteral("count")).toInt(), 2);
        const QJsonArray events = doc.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 2);
        const QJsonObject first = events[0].toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toInteger(), ids[1]);
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("dead"));
        QVERIFY(first.value(QStringLiteral("payload")).isObject());
        QCOMPARE(first.value(QStringLiteral("attempt_history")).toArray().size(), 1);
        QCOMPARE(first.value(QStringLiteral("last_error_class")).toString(), QStringLiteral("data"));

        auto everything = dlq.exportTo(dir.filePath(QStringLiteral("all.json")), {});
        QCOMPARE(everything.value(), 4);
        QVERIFY(!dlq.exportTo(dir.path(), {})); // a directory is not a file
        auto exports = AuditLog(rig.temp.store).list(10, QStringLiteral("file:") + path);
        QCOMPARE(exports->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstDeadLetters)
#include "tst_dead_letters.moc"
