// The event monitor in the main window: a dashboard tile's filter lands in the filter row, typing a filter
// narrows the table, the detail shows the payload (searchable), attempts, the xref and held links, the
// keyboard moves between events and copies the selection as CSV, and the engine's changes show up.

#include "secrets/secret_store.h"
#include "seed_events.h"
#include "store/xref_repository.h"
#include "temp_store.h"
#include "ui/main_window.h"
#include "ui/models/event_table_model.h"
#include "ui/monitor/event_browser.h"
#include "ui/monitor/event_detail.h"
#include "ui/monitor/event_monitor_page.h"
#include "ui/session/console_session.h"
#include "ui/widgets/filter_header.h"
#include "ui/widgets/payload_view.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace m3cart;

class TstEventMonitor : public QObject
{
    Q_OBJECT

    static void settle(ui::EventBrowser *b)
    {
        test::pumpUntil([b] { return b->model()->isIdle() && !b->detail()->isLoading(); });
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("m3cart-test"));
    }

    void filtersFromTheDashboardAndTheFilterRow()
    {
        test::TempStore t;
        const QList<qint64> ids = test::seedOrders(t.store, 40);
        test::makeDead(t.store, {ids[3]});
        ui::MainWindow w(t.store, std::make_shared<MemorySecretStore>());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ui::EventBrowser *b = w.monitorPage()->browser();
        QAbstractItemModelTester tester(b->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        settle(b);
        QCOMPARE(b->model()->rowCount(), 40);

        // A tile asks for "status=dead": the filter row shows it, the table holds that one event.
        QVERIFY(w.showPage(QStringLiteral("events"), QStringLiteral("status=dead")));
        settle(b);
        const int statusColumn = int(b->model()->columns().indexOf(EventField::Status));
        QCOMPARE(b->filterHeader()->filterText(statusColumn), QStringLiteral("dead"));
        QCOMPARE(b->model()->rowCount(), 1);
        QCOMPARE(b->filterString(), QStringLiteral("status=dead"));

        // Typed into the filter row: Return applies at once.
        b->setFilterString({});
        settle(b);
        const int keyColumn = int(b->model()->columns().indexOf(EventField::Key));
        QLineEdit *key = b->filterHeader()->editor(keyColumn);
        QVERIFY(key && key->isVisible());
        QTest::keyClicks(key, QStringLiteral("/^order-3[0-9]$/"));
        QTest::keyClick(key, Qt::Key_Return);
        settle(b);
        QCOMPARE(b->model()->rowCount(), 10);
        auto *count = b->findChild<QLabel *>(QStringLiteral("rowCount"));
        QCOMPARE(count->text(), QStringLiteral("10 events"));

        // A bad regex says so instead of showing nothing.
        key->clear();
        QTest::keyClicks(key, QStringLiteral("/(/"));
        QTest::keyClick(key, Qt::Key_Return);
        settle(b);
        QVERIFY(count->text().contains(QLatin1String("regular expression")));

        // Payload text, then keyboard: Ctrl+F focuses the filter row.
        key->clear();
        QTest::keyClick(key, Qt::Key_Return);
        b->payloadFilter()->setText(QStringLiteral("buyer17@"));
        QMetaObject::invokeMethod(b->payloadFilter(), "editingFinished");
        settle(b);
        QCOMPARE(b->model()->rowCount(), 1);
        b->table()->setFocus();
        QTest::keyClick(b->table(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(b->filterHeader()->editor(0)->hasFocus());
    }

    void detailLinksAndKeyboard()
    {
        test::TempStore t;
        const QList<qint64> ids = test::seedOrders(t.store, 5);
        test::makeDead(t.store, {ids[1]});
        test::holdBehind(t.store, ids[3], ids[1]);
        QVERIFY(XrefRepository(t.store).put(QStringLiteral("order"), QStringLiteral("2"),
                                            QStringLiteral("1000000042")));
        ui::MainWindow w(t.store, std::make_shared<MemorySecretStore>());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        w.showPage(QStringLiteral("events"));
        ui::EventBrowser *b = w.monitorPage()->browser();
        QAbstractItemModelTester tester(b->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        settle(b);
        QCOMPARE(b->currentId(), ids[4]); // the newest is selected when the table opens
        QCOMPARE(b->detail()->eventId(), ids[4]);

        // Alt+Down / Alt+Up: next and previous (shortcuts of the page, wherever the focus is in it).
        b->table()->setFocus();
        QTest::keyClick(b->table(), Qt::Key_Down, Qt::AltModifier);
        settle(b);
        QCOMPARE(b->detail()->eventId(), ids[3]);
        auto *links = b->detail()->findChild<QLabel *>(QStringLiteral("detailLinks"));
        QVERIFY(links->text().contains(QStringLiteral("held behind <a href=\"event:%1\">").arg(ids[1])));
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(b->table(), Qt::Key_Down, Qt::AltModifier);
        QTest::keyClick(b->table(), Qt::Key_Up, Qt::AltModifier); // row 3: ids[1]
        settle(b);
        const ui::EventDetails &d = b->detail()->details();
        QCOMPARE(d.event.id, ids[1]);
        QCOMPARE(d.holding, QList<qint64>{ids[3]});
        QCOMPARE(d.m3Id, QStringLiteral("1000000042"));
        QVERIFY(links->text().contains(QLatin1String("1000000042")));
        QVERIFY(links->text().contains(QStringLiteral("holding back <a href=\"event:%1\">").arg(ids[3])));
        auto *attempts = b->detail()->findChild<QTreeWidget *>(QStringLiteral("attempts"));
        QCOMPARE(attempts->topLevelItemCount(), 1);
        QCOMPARE(attempts->topLevelItem(0)->text(2), QStringLiteral("250 ms"));
        QCOMPARE(attempts->topLevelItem(0)->child(0)->text(5), QStringLiteral("POST OIS100MI/AddBatchHead"));

        // Payload: pretty JSON, search counts matches.
        ui::PayloadView *payload = b->detail()->payloadView();
        QVERIFY(payload->text().contains(QLatin1String("\"OrderID\": 2")));
        payload->searchField()->setText(QStringLiteral("buyer2"));
        QCOMPARE(payload->matchCount(), 1);

        // The held link opens the event it points at.
        QMetaObject::invokeMethod(links, "linkActivated",
                                  Q_ARG(QString, QStringLiteral("event:%1").arg(ids[3])));
        settle(b);
        QCOMPARE(b->detail()->eventId(), ids[3]);
        QCOMPARE(b->currentId(), ids[3]);

        // Copy as CSV: Ctrl+Shift+C.
        b->table()->selectAll();
        QTest::keyClick(b->table(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        const QStringList lines = QApplication::clipboard()->text().trimmed().split(u'\n');
        QCOMPARE(lines.size(), 6);
        QVERIFY(lines[0].startsWith(QLatin1String("id,Time,Source,Kind,Key,Status")));
        QVERIFY(lines[1].startsWith(QString::number(ids[4]) + u','));
        QVERIFY(lines[2].contains(QStringLiteral("held behind #%1").arg(ids[1])));
    }

    void showsTheEnginesChanges()
    {
        test::TempStore t;
        test::seedOrders(t.store, 3);
        ui::MainWindow w(t.store, std::make_shared<MemorySecretStore>());
        ui::EventBrowser *b = w.monitorPage()->browser();
        QAbstractItemModelTester tester(b->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        settle(b);
        QCOMPARE(b->model()->rowCount(), 3);
        const QList<qint64> more = test::seedOrders(t.store, 2, 4);
        emit w.session()->eventsChanged(more); // what the dispatcher's batch does
        settle(b);
        QCOMPARE(b->model()->rowCount(), 5);
        QCOMPARE(b->model()->index(0, int(b->model()->columns().indexOf(EventField::Key))).data().toString(),
                 QStringLiteral("order-5"));

        // Another process appends to the same store: no signal, but the shown table finds the new rows.
        w.show();
        w.showPage(QStringLiteral("events"));
        test::seedOrders(t.store, 1, 6);
        test::pumpUntil([b] { return b->model()->rowCount() == 6; });
    }
};

QTEST_MAIN(TstEventMonitor)
#include "tst_event_monitor.moc"
