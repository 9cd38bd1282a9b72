// The console's sandbox session end to end: "Explore with the sandbox" starts the simulators and the engine
// in-process, every connection turns healthy, sample orders reach M3; pause/resume; and alerts reaching the
// banner (a stalled backlog, a connection paused after an auth failure).

#include "domain/event.h"
#include "engine/alert_monitor.h"
#include "flows/order_to_m3_flow.h"
#include "flows/runtime.h"
#include "secrets/secret_store.h"
#include "store/event_repository.h"
#include "temp_store.h"
#include "ui/dashboard/sandbox_panel.h"
#include "ui/main_window.h"
#include "ui/session/alert_center.h"
#include "ui/session/console_session.h"
#include "ui/settings/settings_page.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace m3cart;

class TstConsoleSandbox : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("m3cart-test"));
    }

    void firstStartOffersTheSandboxAndOrdersReachM3()
    {
        test::TempStore t;
        ui::MainWindow w(t.store, std::make_shared<MemorySecretStore>());
        w.show();
        ui::ConsoleSession *session = w.session();
        QSignalSpy first(session, &ui::ConsoleSession::firstStart);
        w.start(false);
        QVERIFY(first.wait(10000)); // nothing configured
        QVERIFY(!session->engineRunning());
        auto *panel = w.findChild<ui::SandboxPanel *>();
        QVERIFY(panel && panel->isVisible());

        QSignalSpy started(session, &ui::ConsoleSession::sandboxStarted);
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("exploreSandbox")), Qt::LeftButton);
        QVERIFY(started.wait(30000));
        QVERIFY(session->isSandbox());
        QVERIFY(session->engineRunning());
        QVERIFY(w.windowTitle().contains(QLatin1String("SANDBOX")));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("sandboxLabel")));
        QVERIFY(!w.findChild<QAction *>(QStringLiteral("startSandbox"))->isEnabled());
        for (const QString &c : {QStringLiteral("cart"), QStringLiteral("m3"), QStringLiteral("listener")})
            QTRY_COMPARE_WITH_TIMEOUT(int(session->health(c).state), int(ui::Health::Ok), 20000);
        QTRY_VERIFY(w.findChild<QLabel *>(QStringLiteral("health_m3"))->text().contains(QLatin1String("ok")));

        QSignalSpy placed(session, &ui::ConsoleSession::sampleOrdersPlaced);
        panel->findChild<QSpinBox *>(QStringLiteral("sampleCount"))->setValue(3);
        panel->placeOrders();
        QVERIFY(placed.wait(20000));
        QCOMPARE(placed.first().first().toInt(), 3);
        EventRepository events(t.store);
        EventFilter done;
        done.kind = flows::OrderToM3Flow::kind();
        done.statuses = {QLatin1String(EventStatus::Done)};
        QTRY_COMPARE_WITH_TIMEOUT(events.count(done).value(), 3, 90000);
        if (const QString dir = qEnvironmentVariable("M3CART_SHOT_DIR"); !dir.isEmpty()) {
            w.resize(1100, 760);
            QTRY_VERIFY(w.findChild<QLabel *>(QStringLiteral("value_done"))->text() != QLatin1String("–"));
            QTRY_COMPARE_WITH_TIMEOUT(w.findChild<QLabel *>(QStringLiteral("value_orders"))->text(),
                                      QStringLiteral("3"), 10000);
            QVERIFY(w.grab().save(dir + QStringLiteral("/sandbox_dashboard.png")));
        }

        // Pause and resume: one action each.
        auto *pause = w.findChild<QAction *>(QStringLiteral("pauseEngine"));
        QVERIFY(pause && pause->isEnabled());
        pause->trigger();
        QVERIFY(session->enginePaused());
        QVERIFY(
            w.findChild<QLabel *>(QStringLiteral("engineState"))->text().contains(QLatin1String("paused")));
        pause->trigger();
        QVERIFY(!session->enginePaused());
        QVERIFY(
            w.findChild<QLabel *>(QStringLiteral("engineState"))->text().contains(QLatin1String("running")));

        // The engine pauses a connection after an auth failure: the window says so, alerts, one click
        // resumes.
        QSignalSpy raised(w.alerts(), &ui::AlertCenter::alertRaised);
        session->runtime()->dispatcher().pauseConnection(QStringLiteral("m3"),
                                                         QStringLiteral("401 invalid_token"));
        QTRY_VERIFY(session->enginePaused());
        QCOMPARE(raised.size(), 1);
        QCOMPARE(int(session->health(QStringLiteral("m3")).state), int(ui::Health::Failing));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("engineState"))
                    ->text()
                    .contains(QLatin1String("invalid_token")));
        QVERIFY(pause->text().contains(QLatin1String("Resume")));
        pause->trigger();
        QVERIFY(!session->enginePaused());
        QTRY_VERIFY(session->runtime()->dispatcher().counters().pausedConnections.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(int(session->health(QStringLiteral("m3")).state), int(ui::Health::Ok),
                                  20000);
    }

    void stalledBacklogRaisesTheBanner()
    {
        test::TempStore t;
        NewEvent e;
        e.source = QStringLiteral("test");
        e.kind = QStringLiteral("cart.order.new");
        e.key = QStringLiteral("order-1");
        e.payload = "{}";
        QVERIFY(EventRepository(t.store).append(e));
        ui::MainWindow w(t.store, std::make_shared<MemorySecretStore>());
        auto *settings = w.findChild<ui::SettingsPage *>();
        QSignalSpy loaded(settings, &ui::SettingsPage::loaded);
        QVERIFY(loaded.wait(10000)); // the stored thresholds arrive first; the test's replace them
        qint64 now = 0;
        w.alerts()->setClock([&now] { return now; });
        AlertThresholds th;
        th.stallMinutes = 1;
        w.alerts()->setThresholds(th);
        QSignalSpy raised(w.alerts(), &ui::AlertCenter::alertRaised);
        QSignalSpy polled(w.alerts(), &ui::AlertCenter::polled);
        w.alerts()->pollNow(); // progress noted at 0
        QVERIFY(polled.wait(10000));
        QVERIFY(raised.isEmpty());
        now = 61'000;
        w.alerts()->pollNow();
        QVERIFY(polled.wait(10000));
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.first().at(2).toString(), QStringLiteral("events"));
        QVERIFY(w.bannerText().contains(QLatin1String("not moving")));
    }

    void authFailureRaisesTheBannerOnce()
    {
        test::TempStore t;
        ui::MainWindow w(t.store, std::make_shared<MemorySecretStore>());
        QSignalSpy raised(w.alerts(), &ui::AlertCenter::alertRaised);
        emit w.session()->connectionPaused(QStringLiteral("m3"), QStringLiteral("401 invalid_token"));
        emit w.session()->connectionPaused(QStringLiteral("m3"), QStringLiteral("401 invalid_token"));
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.first().at(2).toString(), QStringLiteral("connections"));
        QVERIFY(w.bannerText().contains(QLatin1String("Connection paused")));
        QVERIFY(w.bannerText().contains(QLatin1String("invalid_token")));
    }
};

QTEST_MAIN(TstConsoleSandbox)
#include "tst_console_sandbox.moc"
