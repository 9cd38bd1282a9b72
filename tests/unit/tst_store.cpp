// The store: migrations, durability, filters, concurrent readers and writers, group commit.

#include "store/audit_log.h"
#include "store/event_repository.h"
#include "store/event_writer.h"
#include "store/settings_repository.h"
#include "store/store.h"
#include "temp_store.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace m3cart;
using m3cart::test::TempStore;

namespace {
NewEvent ev(const QString &key, const QByteArray &payload = R"({"n":1})", const QString &kind = QStringLiteral("test.run"))
{
    NewEvent e;
    e.source = QStringLiteral("test");
    e.kind = kind;
    e.key = key;
    e.payload = payload;
    e.headers = QJsonObject{{QStringLiteral("X-Webhook"), QStringLiteral("order")}};
    return e;
}

QStringList tables(const Store &s)
{
    QStringList out;
    QSqlQuery q(s.db());
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}
} // namespace

class TstStore : public QObject
{
    Q_OBJECT
private slots:
    void migratesFromEmpty()
    {
        TempStore t;
        QCOMPARE(t.store->schemaVersion(), Store::latestVersion());
        const QStringList names = tables(*t.store);
        for (const char *table : {"events", "attempts", "payload_revisions", "xref", "flow_progress", "audit",
                                  "runs", "settings", "alerts", "schema_meta", "mapping_versions", "lookup_entries",
                                  "deliveries"})
            QVERIFY2(names.contains(QLatin1String(table)), table);
        QSqlQuery q(t.store->db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // NORMAL
    }

    void migratesFromEachPreviousVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v < Store::latestVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }
    void migratesFromEachPreviousVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        qint64 id = 0;
        {
            Store::Options o;
            o.path = path;
            o.targetVersion = from;
            auto old = Store::open(o);
            QVERIFY2(old, qPrintable(old ? QString() : old.error().message));
            QCOMPARE(old.value()->schemaVersion(), from);
            // Written with the columns that version has.
            QSqlQuery q(old.value()->db());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO events (received_at, source, kind, key, payload, trace_id, "
                                          "updated_at) VALUES (1, 'cart', 'cart.order.new', 'order-1', '{\"a\":1}', "
                                          "'t', 1)")));
            id = q.lastInsertId().toLongLong();
        }
        auto current = Store::open(path);
        QVERIFY2(current, qPrintable(current ? QString() : current.error().message));
        QCOMPARE(current.value()->schemaVersion(), Store::latestVersion());
        auto e = EventRepository(current.value()).get(id);
        QVERIFY(e);
        QCOMPARE(e->key, QStringLiteral("order-1"));
        QCOMPARE(e->payload, QByteArray(R"({"a":1})"));
        QCOMPARE(e->revision, 0);
    }

    void refusesNewerSchemaAndForeignFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.db"));
        {
            auto s = Store::open(path);
            QVERIFY(s);
            QSqlQuery q(s.value()->db());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_meta (version) VALUES (99)")));
        }
        auto future = Store::open(path);
        QVERIFY(!future);
        QVERIFY2(future.error().message.contains(QLatin1String("newer")), qPrintable(future.error().message));

        const QString junk = dir.filePath(QStringLiteral("junk.db"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto bad = Store::open(junk);
        QVERIFY(!bad);
        QVERIFY(!bad.error().message.isEmpty());

        auto dirAsStore = Store::open(dir.path());
        QVERIFY(!dirAsStore);
        QVERIFY(dirAsStore.error().message.contains(QLatin1String("directory")));
    }

    void appendIsDurableAcrossReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.db"));
        qint64 id = 0;
        {
            auto s = Store::open(path);
            QVERIFY(s);
            auto r = EventRepository(s.value()).append(ev(QStringLiteral("order-7"), R"({"OrderID":7})"));
            QVERIFY(r);
            id = r.value();
        }
        auto s = Store::open(path);
        QVERIFY(s);
        auto e = EventRepository(s.value()).get(id);
        QVERIFY(e);
        QCOMPARE(e->key, QStringLiteral("order-7"));
        QCOMPARE(e->status, QStringLiteral("pending"));
        QCOMPARE(e->payload, QByteArray(R"({"OrderID":7})"));
        QCOMPARE(e->headers.value(QStringLiteral("X-Webhook")).toString(), QStringLiteral("order"));
        QVERIFY(!e->traceId.isEmpty());
        QVERIFY(e->receivedAt.isValid());
    }

    void badEventsAreRefusedAndNothingIsLost()
    {
        TempStore t;
        EventRepository repo(t.store);
        QVERIFY(repo.append(ev(QStringLiteral("a"))));
        NewEvent noKey = ev(QString());
        auto r = repo.append(noKey);
        QVERIFY(!r);
        QCOMPARE(r.error().errorClass, ErrorClass::Data);
        QVERIFY(r.error().message.contains(QLatin1String("no key")));
        // A batch with one bad event is refused whole; what was accepted before stays.
        auto batch = repo.appendMany({ev(QStringLiteral("b")), noKey});
        QVERIFY(!batch);
        QCOMPARE(repo.count({}).value(), 1);
    }

    void filters()
    {
        TempStore t;
        EventRepository repo(t.store);
        QVERIFY(repo.appendMany({ev(QStringLiteral("k1"), R"({"sku":"A-1"})", QStringLiteral("cart.order.new")),
                                 ev(QStringLiteral("k2"), R"({"sku":"B_2"})", QStringLiteral("cart.order.status")),
                                 ev(QStringLiteral("k1"), R"({"sku":"100%"})", QStringLiteral("m3.balance"))}));
        EventFilter f;
        f.kind = QStringLiteral("cart.*");
        QCOMPARE(repo.count(f).value(), 2);
        f = {};
        f.key = QStringLiteral("k1");
        QCOMPARE(repo.count(f).value(), 2);
        f = {};
        f.text = QStringLiteral("100%");
        QCOMPARE(repo.count(f).value(), 1); // % is literal, not a wildcard
        f.text = QStringLiteral("B_2");
        QCOMPARE(repo.count(f).value(), 1);
        f.text = QStringLiteral("B%2");
        QCOMPARE(repo.count(f).value(), 0);
        f = {};
        f.statuses = {QStringLiteral("done")};
        QCOMPARE(repo.count(f).value(), 0);
        f = {};
        f.limit = 2;
        auto page = repo.list(f);
        QVERIFY(page);
        QCOMPARE(page->size(), 2);
        QVERIFY(page->at(0).id > page->at(1).id); // newest first
        f.afterId = page->at(1).id;
        auto next = repo.list(f);
        QCOMPARE(next->size(), 1);
        QVERIFY(next->at(0).id < page->at(1).id);
    }

    void readersDuringWrites()
    {
        TempStore t;
        const int total = 3000;
        std::atomic_bool failed{false};
        QThread *writer = QThread::create([&] {
            EventRepository repo(t.store);
            for (int i = 0; i < total; i += 100) {
                QList<NewEvent> batch;
                for (int j = 0; j < 100; ++j)
                    batch << ev(QStringLiteral("k%1").arg((i + j) % 17));
                if (!repo.appendMany(batch))
                    failed = true;
            }
        });
        writer->start();
        EventRepository reader(t.store);
        qint64 last = 0;
        int reads = 0;
        while (!writer->isFinished()) {
            auto n = reader.count({});
            QVERIFY2(n, qPrintable(n ? QString() : n.error().message));
            QVERIFY(n.value() >= last);   // never goes back
            QCOMPARE(n.value() % 100, 0); // never sees half a transaction
            last = n.value();
            ++reads;
        }
        writer->wait();
        delete writer;
        QVERIFY(!failed);
        QCOMPARE(reader.count({}).value(), total);
        QVERIFY(reads > 0);
    }

    void groupCommitKeepsEveryEvent()
    {
        TempStore t;
        const int threads = 8, each = 250;
        QList<qint64> ids[8];
        {
            EventWriter writer(t.store, 256);
            QList<QThread *> workers;
            for (int i = 0; i < threads; ++i) {
                workers << QThread::create([&, i] {
                    for (int j = 0; j < each; ++j) {
                        auto r = writer.append(ev(QStringLiteral("w%1").arg(i), QByteArray::number(j)));
                        if (r)
                            ids[i] << r->id;
                    }
                });
                workers.last()->start();
            }
            for (QThread *w : workers) {
                w->wait();
                delete w;
            }
            QVERIFY(writer.commits() >= 1);
            QVERIFY(writer.commits() <= quint64(threads * each));
            // A bad event is refused without failing anyone else.
            QVERIFY(!writer.append(ev(QString())));
        }
        QSet<qint64> all;
        for (const auto &list : ids) {
            QCOMPARE(list.size(), each);
            for (qint64 id : list)
                all.insert(id);
        }
        QCOMPARE(all.size(), threads * each);
        QCOMPARE(EventRepository(t.store).count({}).value(), threads * each);
        // Within one thread, appends keep their order.
        for (const auto &list : ids)
            QVERIFY(std::is_sorted(list.begin(), list.end()));
    }

    void duplicateDeliveriesAreRecordedNotStoredTwice()
    {
        TempStore t;
        EventRepository repo(t.store);
        NewEvent e = ev(QStringLiteral("order-5"));
        e.dedupKey = QStringLiteral("cart.order:5:2024-01-01T10:00:00");
        auto first = repo.appendOnce(e);
        M3_VERIFY_OK(first);
        QVERIFY(!first->duplicate);
        auto again = repo.appendOnce(e);
        M3_VERIFY_OK(again);
        QVERIFY(again->duplicate);
        QCOMPARE(again->id, first->id);
        {
            EventWriter writer(t.store);
            auto third = writer.append(e);
            M3_VERIFY_OK(third);
            QVERIFY(third->duplicate);
        }
        QCOMPARE(repo.count({}).value(), 1);
        QSqlQuery q(t.store->db());
        QVERIFY(q.exec(QStringLiteral("SELECT count, event_id FROM deliveries")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QCOMPARE(q.value(1).toLongLong(), first->id);
        // A changed order (new LastUpdate) is a new event.
        e.dedupKey = QStringLiteral("cart.order:5:2024-01-01T11:00:00");
        QVERIFY(!repo.appendOnce(e)->duplicate);
        QCOMPARE(repo.count({}).value(), 2);
    }

    void settingsRoundTripAndAreAudited()
    {
        TempStore t;
        SettingsRepository settings(t.store);
        QVERIFY(settings.get(QStringLiteral("x")).value().isUndefined());
        QVERIFY(settings.set(QStringLiteral("warehouses"), QJsonArray{QStringLiteral("100"), QStringLiteral("200")},
                             QStringLiteral("alice")));
        M3_VERIFY_OK(settings.set(QStringLiteral("buffer"), 5));
        QCOMPARE(settings.get(QStringLiteral("warehouses")).value().toArray().size(), 2);
        QCOMPARE(settings.get(QStringLiteral("buffer")).value().toInt(), 5);
        M3_VERIFY_OK(settings.set(QStringLiteral("buffer"), 7));
        QCOMPARE(settings.get(QStringLiteral("buffer")).value().toInt(), 7);
        auto audit = AuditLog(t.store).list(10, QStringLiteral("setting:warehouses"));
        QVERIFY(audit);
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().actor, QStringLiteral("alice"));
        QCOMPARE(audit->first().action, QStringLiteral("settings.change"));
    }
};

QTEST_GUILESS_MAIN(TstStore)
#include "tst_store.moc"
