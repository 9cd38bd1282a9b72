// The lazy event model: counts first and reads only the pages asked for, drops the results of an older
// filter, applies the engine's changes (new rows on top, rows leaving the filter), sorts, reports a bad
// filter. Every model runs under QAbstractItemModelTester for the whole test.

#include "seed_events.h"
#include "store/run_log.h"
#include "temp_store.h"
#include "ui/models/event_table_model.h"
#include "ui/models/run_history_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace m3cart;
using ui::EventTableModel;

class TstEventTableModel : public QObject
{
    Q_OBJECT

    static void waitIdle(const EventTableModel &m)
    {
        test::pumpUntil([&] { return m.isIdle(); });
    }
    static int column(const EventTableModel &m, EventField f) { return int(m.columns().indexOf(f)); }
    static QString text(const EventTableModel &m, int row, EventField f)
    {
        return m.index(row, column(m, f)).data().toString();
    }
    // count order events in a fresh store, a monitor model over them, and the tester on the model.
    struct Opened
    {
        test::TempStore t;
        QList<qint64> ids;
        EventTableModel model;
        QAbstractItemModelTester tester;
        explicit Opened(int count, QList<EventField> columns = EventTableModel::monitorColumns())
            : ids(test::seedOrders(t.store, count)), model(t.store, std::move(columns)),
              tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
        {
        }
    };

private slots:
    void readsOnlyThePagesAskedFor()
    {
        Opened o(1000);
        EventTableModel &model = o.model;
        QSignalSpy loaded(&model, &EventTableModel::loaded);
        model.reload();
        waitIdle(model);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().first().toLongLong(), 1000);
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.columnCount(), 8);
        QCOMPARE(model.headerData(column(model, EventField::Step), Qt::Horizontal).toString(),
                 QStringLiteral("Flow step"));
        QCOMPARE(text(model, 0, EventField::Key), QStringLiteral("order-1000")); // newest first
        QCOMPARE(text(model, 0, EventField::Status), QStringLiteral("pending"));
        // The last row is not read yet: a placeholder, then the page arrives.
        QVERIFY(!model.rowAt(999));
        QCOMPARE(model.index(999, 0).data().toString(), QStringLiteral("…"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        waitIdle(model);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(text(model, 999, EventField::Key), QStringLiteral("order-1"));
        QCOMPARE(model.rowOfId(model.idAt(999)), 999);
        QCOMPARE(model.index(999, 0).data(Qt::UserRole).toLongLong(), model.idAt(999));
    }

    void dropsTheResultsOfAnOlderFilter()
    {
        Opened o(50);
        EventTableModel &model = o.model;
        QSignalSpy loaded(&model, &EventTableModel::loaded);
        model.setFilter(EventField::Key, QStringLiteral("order-1%"));
        model.setFilter(EventField::Key, QStringLiteral("=order-5")); // before the first one answered
        waitIdle(model);
        QCOMPARE(loaded.size(), 1); // the first filter's answer was dropped
        QCOMPARE(loaded.first().first().toLongLong(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(text(model, 0, EventField::Key), QStringLiteral("order-5"));

        QSignalSpy failed(&model, &EventTableModel::failed);
        model.setFilter(EventField::Key, QStringLiteral("/[unclosed/"));
        waitIdle(model);
        QCOMPARE(failed.size(), 1);
        QVERIFY(model.filterError().contains(QLatin1String("regular expression")));
        QCOMPARE(model.rowCount(), 0);
        model.setFilters({});
        waitIdle(model);
        QCOMPARE(model.rowCount(), 50);
        QVERIFY(model.filterError().isEmpty());
    }

    void appliesTheEnginesChanges()
    {
        Opened o(10);
        EventTableModel &model = o.model;
        test::TempStore &t = o.t;
        const QList<qint64> &ids = o.ids;
        model.reload();
        waitIdle(model);
        QCOMPARE(model.rowCount(), 10);

        // New events arrive: one batch, rows inserted on top.
        const QList<qint64> more = test::seedOrders(t.store, 3, 11);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.eventsChanged(more);
        model.eventsChanged({more.first()}); // batched with the first
        QVERIFY(!model.isIdle());
        waitIdle(model);
        QCOMPARE(model.rowCount(), 13);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 2);
        QCOMPARE(text(model, 0, EventField::Key), QStringLiteral("order-13"));

        // A status change: rows leave a filtered table, the rest read again.
        model.setFilter(EventField::Status, QStringLiteral("pending"));
        waitIdle(model);
        QCOMPARE(model.rowCount(), 13);
        test::makeDead(t.store, {ids[0], ids[1]});
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.eventsChanged({ids[0], ids[1]});
        waitIdle(model);
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(removed.size(), 1);
        model.setFilter(EventField::Status, QStringLiteral("dead"));
        waitIdle(model);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(text(model, 0, EventField::ErrorClass), QStringLiteral("data"));
        QCOMPARE(text(model, 0, EventField::Attempts), QStringLiteral("1"));

        test::holdBehind(t.store, ids[2], ids[1]);
        model.setFilter(EventField::Status, QStringLiteral("held"));
        waitIdle(model);
        QCOMPARE(text(model, 0, EventField::Status), QStringLiteral("held behind #%1").arg(ids[1]));
    }

    void sorts()
    {
        Opened o(12, EventTableModel::deadLetterColumns());
        EventTableModel &model = o.model;
        model.sort(column(model, EventField::Key), Qt::AscendingOrder);
        waitIdle(model);
        QCOMPARE(text(model, 0, EventField::Key), QStringLiteral("order-1"));
        QCOMPARE(text(model, 1, EventField::Key), QStringLiteral("order-10"));
        model.sort(column(model, EventField::Time), Qt::AscendingOrder);
        waitIdle(model);
        QCOMPARE(text(model, 0, EventField::Key), QStringLiteral("order-1"));
        QCOMPARE(text(model, 1, EventField::Key), QStringLiteral("order-2"));
        model.setFixedStatuses({QStringLiteral("dead")});
        waitIdle(model);
        QCOMPARE(model.rowCount(), 0);
    }

    void runHistory()
    {
        test::TempStore t;
        RunLog runs(t.store);
        const qint64 a = runs.start(QStringLiteral("sync.orders"), true).value();
        QVERIFY(runs.finish(a, QStringLiteral("ok"),
                            {{QStringLiteral("read"), 4}, {QStringLiteral("queued"), 2}}));
        runs.start(QStringLiteral("poll.orders")).value();
        ui::RunHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRuns(runs.list().value());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("poll.orders"));
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("running"));
        QCOMPARE(model.index(1, 3).data().toString(), QStringLiteral("dry run"));
        QCOMPARE(model.index(1, 4).data().toString(), QStringLiteral("ok"));
        QCOMPARE(model.index(1, 5).data().toString(), QStringLiteral("queued 2 · read 4"));
        model.setRuns({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TstEventTableModel)
#include "tst_event_table_model.moc"
