// The m3cart CLI, run as a real process against a seeded store: every command, --json shapes, bad arguments.

#include "engine/dead_letters.h"
#include "engine_rig.h"
#include "store/audit_log.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include "cli_process.h"

#include <QTest>

using namespace m3cart;
using Run = m3cart::test::CliRun;
using namespace m3cart::test;

class TstCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<EngineRig> m_rig;
    QList<qint64> m_dead;
    QList<qint64> m_done;
    qint64 m_held = 0;

    Run cli(QStringList args, bool withStore = true)
    {
        if (withStore)
            args << QStringLiteral("--store") << m_rig->temp.path();
        return test::runCli(args);
    }

private slots:
    void init()
    {
        QVERIFY2(!qEnvironmentVariable("M3CART_CLI").isEmpty(), "M3CART_CLI is not set");
        m_rig = std::make_unique<EngineRig>();
        const QJsonObject bad = failing(QStringLiteral("data"), {1});
        m_dead = {m_rig->add(QStringLiteral("order-1"), bad), m_rig->add(QStringLiteral("order-2"), bad)};
        m_held = m_rig->add(QStringLiteral("order-2"));
        m_done = {m_rig->add(QStringLiteral("order-3")), m_rig->add(QStringLiteral("sku-9"))};
        m_rig->dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_rig->status(m_held), QStringLiteral("held"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig->count(QStringLiteral("done")), 2, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig->count(QStringLiteral("dead")), 2, 30000);
        m_rig->dispatcher->stop(); // the CLI works on a quiet store
    }
    void cleanup() { m_rig.reset(); }

    void versionAndHelp()
    {
        Run r = cli({QStringLiteral("--version")}, false);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("m3cart " M3CART_VERSION));
        r = cli({QStringLiteral("help")}, false);
        QCOMPARE(r.code, 0);
        for (const char *c : {"events list", "events show", "dlq list", "dlq show", "dlq retry", "dlq discard", "dlq export"})
            QVERIFY2(r.out.contains(c), c);
        r = cli({QStringLiteral("help"), QStringLiteral("dlq"), QStringLiteral("discard")}, false);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("--reason"));
    }

    void eventsListJson()
    {
        Run r = cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("count")).toInt(), 5);
        const QJsonArray events = o.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 5);
        const QJsonObject newest = events.first().toObject();
        for (const char *field : {"id", "received_at", "source", "kind", "key", "status", "attempts", "next_attempt_at",
                                  "last_error_class", "last_error", "held_by", "trace_id", "revision", "updated_at"})
            QVERIFY2(newest.contains(QLatin1String(field)), field);
        QCOMPARE(newest.value(QStringLiteral("id")).toInteger(), m_done.last());

        r = cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("held"),
                 QStringLiteral("--json")});
        const QJsonArray held = r.json().value(QStringLiteral("events")).toArray();
        QCOMPARE(held.size(), 1);
        QCOMPARE(held[0].toObject().value(QStringLiteral("held_by")).toInteger(), m_dead[1]);

        r = cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--key"), QStringLiteral("order-2"),
                 QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(r.json().value(QStringLiteral("count")).toInt(), 1);
    }

    void eventsListText()
    {
        Run r = cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("dead")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("ID"));
        QVERIFY(r.out.contains("order-1"));
        QVERIFY(!r.out.contains("sku-9"));
    }

    void eventsShow()
    {
        Run r = cli({QStringLiteral("events"), QStringLiteral("show"), QString::number(m_dead[0]), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("dead"));
        QCOMPARE(o.value(QStringLiteral("attempt_history")).toArray().size(), 1);
        QVERIFY(o.value(QStringLiteral("payload")).isObject());
        r = cli({QStringLiteral("events"), QStringLiteral("show"), QString::number(m_dead[1])});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("#%1").arg(m_held).toUtf8())); // "holding: #n"
        r = cli({QStringLiteral("events"), QStringLiteral("show"), QStringLiteral("424242")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("no event with id 424242"));
    }

    void dlqListShowRetryDiscardExport()
    {
        Run r = cli({QStringLiteral("dlq"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("count")).toInt(), 2);
        QCOMPARE(r.json().value(QStringLiteral("dead_letters")).toArray().size(), 2);

        r = cli({QStringLiteral("dlq"), QStringLiteral("show"), QString::number(m_dead[1]), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("holding")).toArray().first().toInteger(), m_held);

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("out.json"));
        r = cli({QStringLiteral("dlq"), QStringLiteral("export"), file, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("count")).toInt(), 2);
        QVERIFY(QFile::exists(file));

        r = cli({QStringLiteral("dlq"), QStringLiteral("retry"), QString::number(m_dead[0]), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("retried")).toArray(), QJsonArray{double(m_dead[0])});
        QCOMPARE(m_rig->status(m_dead[0]), QStringLiteral("pending"));

        r = cli({QStringLiteral("dlq"), QStringLiteral("discard"), QString::number(m_dead[1]), QStringLiteral("--reason"),
                 QStringLiteral("duplicate"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("discarded")).toInteger(), m_dead[1]);
        QCOMPARE(m_rig->status(m_dead[1]), QStringLiteral("discarded"));
        QCOMPARE(m_rig->status(m_held), QStringLiteral("pending")); // released
        const auto audit = AuditLog(m_rig->temp.store).list(10, QStringLiteral("event:%1").arg(m_dead[1])).value();
        QCOMPARE(audit.first().reason, QStringLiteral("duplicate"));

        // Retrying something that is not dead fails with a message naming it.
        r = cli({QStringLiteral("dlq"), QStringLiteral("retry"), QString::number(m_done[0])});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("event %1 is done").arg(m_done[0]).toUtf8()));
    }

    void dlqRetryAll()
    {
        Run r = cli({QStringLiteral("dlq"), QStringLiteral("retry"), QStringLiteral("--all"), QStringLiteral("--kind"),
                     QStringLiteral("nothing.like.this"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("count")).toInt(), 0);
        r = cli({QStringLiteral("dlq"), QStringLiteral("retry"), QStringLiteral("--all"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("count")).toInt(), 2);
        QCOMPARE(m_rig->count(QStringLiteral("dead")), 0);
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << QString();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command 'frobnicate'");
        QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("dlq"), QStringLiteral("purge")} << QStringLiteral("unknown subcommand 'dlq purge'");
        QTest::newRow("missing subcommand") << QStringList{QStringLiteral("events")} << QStringLiteral("needs a subcommand");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--colour")} << QStringLiteral("colour");
        QTest::newRow("option of another command") << QStringList{QStringLiteral("events"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--all")} << QStringLiteral("all");
        QTest::newRow("bad status") << QStringList{QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("lost")} << QStringLiteral("unknown status 'lost'");
        QTest::newRow("bad limit") << QStringList{QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("-3")} << QStringLiteral("--limit must be a positive whole number");
        QTest::newRow("limit without value") << QStringList{QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--limit")} << QStringLiteral("limit");
        QTest::newRow("show without id") << QStringList{QStringLiteral("events"), QStringLiteral("show")} << QStringLiteral("missing argument");
        QTest::newRow("show bad id") << QStringList{QStringLiteral("dlq"), QStringLiteral("show"), QStringLiteral("abc")} << QStringLiteral("got 'abc'");
        QTest::newRow("show two ids") << QStringList{QStringLiteral("dlq"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("2")} << QStringLiteral("unexpected argument '2'");
        QTest::newRow("retry nothing") << QStringList{QStringLiteral("dlq"), QStringLiteral("retry")} << QStringLiteral("or --all");
        QTest::newRow("retry ids and all") << QStringList{QStringLiteral("dlq"), QStringLiteral("retry"), QStringLiteral("1"), QStringLiteral("--all")} << QStringLiteral("not both");
        QTest::newRow("discard without reason") << QStringList{QStringLiteral("dlq"), QStringLiteral("discard"), QStringLiteral("1")} << QStringLiteral("needs --reason");
        QTest::newRow("export without file") << QStringList{QStringLiteral("dlq"), QStringLiteral("export")} << QStringLiteral("missing argument");
        QTest::newRow("help for nothing") << QStringList{QStringLiteral("help"), QStringLiteral("nope")} << QStringLiteral("no command 'nope'");
    }
    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        // Nothing was changed by a refused command.
        QCOMPARE(m_rig->count(QStringLiteral("dead")), 2);
    }

    void unusableStoreIsAFailureNotAUsageError()
    {
        QTemporaryDir dir;
        QProcess p;
        p.start(qEnvironmentVariable("M3CART_CLI"), {QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--store"), dir.path()});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("directory"));
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
