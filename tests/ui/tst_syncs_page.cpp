// The Syncs page: the jobs (orders now; stock, items and status shown as not available yet), the history of
// runs from the RunLog, a start without connections that says why, and a dry run of the orders sync against
// the sandbox that lists every order and records a dry run in the history. Models under the model tester.

#include "secrets/secret_store.h"
#include "seed_events.h"
#include "store/run_log.h"
#include "temp_store.h"
#include "ui/models/run_history_model.h"
#include "ui/session/console_session.h"
#include "ui/syncs/sync_job.h"
#include "ui/syncs/syncs_page.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace m3cart;

class TstSyncsPage : public QObject
{
    Q_OBJECT

    // Starts the selected sync and returns once it has finished and the history shows it.
    static void runToEnd(ui::SyncsPage &page)
    {
        QSignalSpy finished(&page, &ui::SyncsPage::finished);
        QSignalSpy history(&page, &ui::SyncsPage::historyLoaded);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("startSync")), Qt::LeftButton);
        test::pumpUntil([&] { return !finished.isEmpty(); });
        const qsizetype seen = history.size();
        test::pumpUntil([&] { return history.size() > seen; });
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("m3cart-test"));
    }

    void jobsAndHistory()
    {
        test::TempStore t;
        RunLog runs(t.store);
        const qint64 run = runs.start(QStringLiteral("poll.orders")).value();
        QVERIFY(runs.finish(run, QStringLiteral("ok"), {{QStringLiteral("read"), 7}}));
        ui::ConsoleSession session(t.store, std::make_shared<MemorySecretStore>());
        ui::SyncsPage page(t.store, &session);
        QAbstractItemModelTester tester(page.history(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&page, &ui::SyncsPage::historyLoaded);
        test::pumpUntil([&] { return !loaded.isEmpty(); });
        QCOMPARE(page.history()->rowCount(), 1);
        QCOMPARE(page.history()->index(0, 5).data().toString(), QStringLiteral("read 7"));

        QVERIFY(page.findChild<QRadioButton *>(QStringLiteral("job_orders"))->isEnabled());
        for (const char *name : {"job_stock", "job_items", "job_status"}) {
            auto *job = page.findChild<QRadioButton *>(QLatin1String(name));
            QVERIFY(job);
            QVERIFY(!job->isEnabled());
            QVERIFY(job->toolTip().startsWith(QLatin1String("Not available yet")));
        }
        QCOMPARE(page.jobs().size(), 4);
        QString why;
        QVERIFY(!page.jobs().at(1)->available(&why));
        QVERIFY(!page.jobs().at(1)->run(t.store, {}, {}, {}, nullptr));

        // Nothing configured: the run does not start, and says why.
        QSignalSpy finished(&page, &ui::SyncsPage::finished);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("startSync")), Qt::LeftButton);
        test::pumpUntil([&] { return !finished.isEmpty(); });
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("syncState"))->text().startsWith(QLatin1String("Cannot start")));
        QVERIFY(!page.isRunning());
    }

    void dryRunAgainstTheSandbox()
    {
        test::TempStore t;
        ui::ConsoleSession session(t.store, std::make_shared<MemorySecretStore>());
        QSignalSpy started(&session, &ui::ConsoleSession::sandboxStarted);
        session.startSandbox();
        test::pumpUntil([&] { return !started.isEmpty(); });
        QSignalSpy placed(&session, &ui::ConsoleSession::sampleOrdersPlaced);
        session.placeSampleOrders(3, false);
        test::pumpUntil([&] { return !placed.isEmpty(); });

        ui::SyncsPage page(t.store, &session);
        QAbstractItemModelTester tester(page.history(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&page, &ui::SyncsPage::historyLoaded);
        test::pumpUntil([&] { return !loaded.isEmpty(); }); // the history as the page opened
        QVERIFY(page.findChild<QCheckBox *>(QStringLiteral("dryRun"))->isChecked());
        runToEnd(page);
        auto *rows = page.findChild<QTreeWidget *>(QStringLiteral("syncRows"));
        QVERIFY2(rows->topLevelItemCount() >= 3, qPrintable(page.findChild<QLabel *>(QStringLiteral("syncState"))->text()));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("syncState"))->text().startsWith(QLatin1String("Finished.")));
        const auto last = RunLog(t.store).last(QStringLiteral("sync.orders")).value();
        QVERIFY(last.has_value());
        QVERIFY(last->dryRun);
        QCOMPARE(page.history()->runs().first().kind, QStringLiteral("sync.orders"));
        QCOMPARE(page.history()->index(0, 3).data().toString(), QStringLiteral("dry run"));
        session.stopEngine();
    }
};

QTEST_MAIN(TstSyncsPage)
#include "tst_syncs_page.moc"
