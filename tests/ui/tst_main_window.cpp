// The console's main window on the offscreen platform: navigation, pages, the dashboard's live counts.

#include "secrets/secret_store.h"
#include "store/event_repository.h"
#include "temp_store.h"
#include "ui/main_window.h"
#include "ui/monitor/event_browser.h"
#include "ui/monitor/event_monitor_page.h"
#include "ui/widgets/stat_tile.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>

using namespace m3cart;

class TstMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings under a test location
        QCoreApplication::setOrganizationName(QStringLiteral("m3cart-test"));
        QSettings().clear();
    }

    void navigatesEveryPage()
    {
        test::TempStore t;
        ui::MainWindow w(t.store, std::make_shared<MemorySecretStore>());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QStringList pages = ui::MainWindow::pageNames();
        QCOMPARE(pages, (QStringList{QStringLiteral("dashboard"), QStringLiteral("events"),
                                     QStringLiteral("deadletters"), QStringLiteral("mappings"),
                                     QStringLiteral("syncs"), QStringLiteral("connections"),
                                     QStringLiteral("audit"), QStringLiteral("settings")}));
        auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *stack = w.findChild<QStackedWidget *>();
        QVERIFY(nav && stack);
        QCOMPARE(nav->count(), pages.size());
        for (int i = 0; i < pages.size(); ++i) {
            QVERIFY(w.showPage(pages[i]));
            QCOMPARE(w.currentPage(), pages[i]);
            QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("page_") + pages[i]);
        }
        QVERIFY(!w.showPage(QStringLiteral("nonsense")));
        // Keyboard: Ctrl+3 goes to the third page.
        w.activateWindow();
        QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), QStringLiteral("deadletters"));
        QVERIFY(!w.grab().isNull());
    }

    void dashboardShowsStoreCounts()
    {
        test::TempStore t;
        NewEvent e;
        e.source = QStringLiteral("test");
        e.kind = QStringLiteral("cart.order.new");
        e.key = QStringLiteral("order-1");
        e.payload = "{}";
        QVERIFY(EventRepository(t.store).appendMany({e, e, e}));
        ui::MainWindow w(t.store, std::make_shared<MemorySecretStore>());
        w.show();
        auto *pending = w.findChild<QLabel *>(QStringLiteral("value_pending"));
        QVERIFY(pending);
        QTRY_COMPARE(pending->text(), QStringLiteral("3"));
        QTRY_COMPARE(w.findChild<QLabel *>(QStringLiteral("value_backlog"))->text(), QStringLiteral("3"));
        QTRY_VERIFY(w.findChild<QLabel *>(QStringLiteral("engineState"))
                        ->text()
                        .contains(QLatin1String("backlog 3")));
    }

    void tilesLeadToThePageBehindThem()
    {
        test::TempStore t;
        ui::MainWindow w(t.store, std::make_shared<MemorySecretStore>());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *dead = w.findChild<ui::StatTile *>(QStringLiteral("tile_dead"));
        QVERIFY(dead);
        QTest::mouseClick(dead, Qt::LeftButton);
        QCOMPARE(w.currentPage(), QStringLiteral("deadletters"));
        w.showPage(QStringLiteral("dashboard"));
        QTest::mouseClick(w.findChild<ui::StatTile *>(QStringLiteral("tile_retry")), Qt::LeftButton);
        QCOMPARE(w.currentPage(), QStringLiteral("events"));
        QCOMPARE(w.currentFilter(), QStringLiteral("status=retry"));
        // The events page puts the tile's filter into its filter row.
        QCOMPARE(w.monitorPage()->browser()->filterString(), QStringLiteral("status=retry"));
    }

    void statusBarShowsEveryConnectionAndTheEngine()
    {
        test::TempStore t;
        ui::MainWindow w(t.store, std::make_shared<MemorySecretStore>());
        w.start(false);
        for (const char *c : {"cart", "m3", "listener"}) {
            auto *label = w.findChild<QLabel *>(QStringLiteral("health_") + QLatin1String(c));
            QVERIFY(label);
            QTRY_VERIFY(label->text().contains(QLatin1String("not configured")));
        }
        QVERIFY(
            w.findChild<QLabel *>(QStringLiteral("engineState"))->text().contains(QLatin1String("stopped")));
        QVERIFY(w.findChild<QToolBar *>(QStringLiteral("mainToolBar")));
    }

    void sandboxIsLabelledEverywhere()
    {
        test::TempStore t;
        ui::MainWindow w(t.store, std::make_shared<MemorySecretStore>());
        QVERIFY(!w.findChild<QLabel *>(QStringLiteral("sandboxLabel")));
        w.showSandbox(QStringLiteral("3dcart simulator: http://127.0.0.1:1"));
        auto *label = w.findChild<QLabel *>(QStringLiteral("sandboxLabel"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("SANDBOX"));
        QVERIFY(label->toolTip().contains(QLatin1String("3dcart simulator")));
        QVERIFY(w.windowTitle().contains(QLatin1String("SANDBOX")));
    }

    void remembersTheLastPage()
    {
        test::TempStore t;
        {
            ui::MainWindow w(t.store, std::make_shared<MemorySecretStore>());
            w.show();
            QVERIFY(w.showPage(QStringLiteral("audit")));
            w.close();
        }
        ui::MainWindow again(t.store, std::make_shared<MemorySecretStore>());
        QCOMPARE(again.currentPage(), QStringLiteral("audit"));
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_main_window.moc"
