// AlertMonitor: when the console interrupts someone. Fed readings and a clock; no waiting, no widgets.

#include "engine/alert_monitor.h"
#include "store/settings_repository.h"
#include "temp_store.h"

#include <QTest>

using namespace m3cart;

class TstAlertMonitor : public QObject
{
    Q_OBJECT
private slots:
    void deadLettersAlertOncePerCrossing()
    {
        AlertThresholds t;
        t.deadLetters = 3;
        t.stallMinutes = 0;
        AlertMonitor m(t);
        QVERIFY(m.observe(2, 0, 0, 0).isEmpty());
        const auto first = m.observe(3, 0, 1, 1000);
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().kind, AlertNotice::Kind::DeadLetters);
        QCOMPARE(first.first().value, 3);
        QVERIFY(m.observe(5, 0, 2, 2000).isEmpty());  // still above: no repeat
        QVERIFY(m.observe(1, 0, 2, 3000).isEmpty());  // an operator cleared some
        QCOMPARE(m.observe(4, 0, 3, 4000).size(), 1); // crossing again alerts again
    }

    void zeroThresholdsAreOff()
    {
        AlertThresholds t;
        t.deadLetters = 0;
        t.stallMinutes = 0;
        AlertMonitor m(t);
        QVERIFY(m.observe(1000, 50, 0, 0).isEmpty());
        QVERIFY(m.observe(1000, 50, 0, 10 * 3600'000).isEmpty());
    }

    void stalledBacklogAlertsAfterTheSetTime()
    {
        AlertThresholds t;
        t.deadLetters = 0;
        t.stallMinutes = 10;
        AlertMonitor m(t);
        QVERIFY(m.observe(0, 5, 100, 0).isEmpty());
        QVERIFY(m.observe(0, 5, 100, 9 * 60'000).isEmpty());
        const auto stalled = m.observe(0, 5, 100, 10 * 60'000);
        QCOMPARE(stalled.size(), 1);
        QCOMPARE(stalled.first().kind, AlertNotice::Kind::BacklogStalled);
        QCOMPARE(stalled.first().value, 5);
        QVERIFY(m.observe(0, 5, 100, 30 * 60'000).isEmpty()); // once
        QVERIFY(m.observe(0, 4, 101, 31 * 60'000).isEmpty()); // progress re-arms
        QCOMPARE(m.observe(0, 4, 101, 41 * 60'000).size(), 1);
    }

    void anEmptyBacklogNeverStalls()
    {
        AlertThresholds t;
        t.stallMinutes = 1;
        AlertMonitor m(t);
        QVERIFY(m.observe(0, 0, 7, 0).isEmpty());
        QVERIFY(m.observe(0, 0, 7, 3600'000).isEmpty());
    }

    void authFailureAlertsOncePerPause()
    {
        AlertMonitor m;
        const auto a = m.connectionPaused(QStringLiteral("m3"), QStringLiteral("401 invalid_token"));
        QCOMPARE(a.size(), 1);
        QCOMPARE(a.first().kind, AlertNotice::Kind::AuthFailed);
        QCOMPARE(a.first().subject, QStringLiteral("m3"));
        QVERIFY(m.connectionPaused(QStringLiteral("m3"), QStringLiteral("again")).isEmpty());
        QCOMPARE(m.connectionPaused(QStringLiteral("cart"), QStringLiteral("403")).size(), 1);
        m.connectionResumed(QStringLiteral("m3"));
        QCOMPARE(m.connectionPaused(QStringLiteral("m3"), QStringLiteral("still wrong")).size(), 1);
    }

    void thresholdsRoundTripThroughSettings()
    {
        test::TempStore t;
        SettingsRepository settings(t.store);
        auto defaults = AlertThresholds::load(settings);
        QVERIFY(defaults);
        QCOMPARE(defaults->deadLetters, 10);
        AlertThresholds a;
        a.deadLetters = 25;
        a.stallMinutes = 5;
        QVERIFY(settings.set(AlertThresholds::settingName(), a.toJson()));
        auto back = AlertThresholds::load(settings);
        QVERIFY(back);
        QCOMPARE(back->deadLetters, 25);
        QCOMPARE(back->stallMinutes, 5);
        a.stallMinutes = -1;
        QVERIFY(!a.validate().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstAlertMonitor)
#include "tst_alert_monitor.moc"
