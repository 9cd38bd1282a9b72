// The Syncs page: the jobs (orders now; stock, items and status shown as not available yet), the history of
// runs from the RunLog, a start without connections that says why, and a dry run of the orders sync against
// the sandbox that lists every order and records a dry run in the history. Models under the model tester.

#include "flows/order_to_m3_flow.h"
#include "secrets/secret_store.h"
#include "screen_shot.h"
#include "seed_events.h"
#include "store/event_repository.h"
#include "store/run_log.h"
#include "temp_store.h"
#include "ui/deadletters/dead_letters_page.h"
#include "ui/models/event_table_model.h"
#include "ui/models/run_history_model.h"
#include "ui/monitor/event_browser.h"
#include "ui/session/console_session.h"
#include "ui/syncs/sync_job.h"
#include "ui/syncs/syncs_page.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
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

    // The simulators and the engine in-process, as "Explore with the sandbox" starts them.
    static void startSandbox(ui::ConsoleSession &session)
    {
        QSignalSpy started(&session, &ui::ConsoleSession::sandboxStarted);
        session.startSandbox();
        test::pumpUntil([&] { return !started.isEmpty(); });
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
        QAbstractItemModelTester tester(page.history(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&page, &ui::SyncsPage::historyLoaded);
        test::pumpUntil([&] { return !loaded.isEmpty(); });
        QCOMPARE(page.history()->rowCount(), 1);
        QCOMPARE(page.history()->index(0, 5).data().toString(), QStringLiteral("read 7"));

        for (const char *name : {"job_orders", "job_stock", "job_items", "job_status", "job_payments"}) {
            auto *job = page.findChild<QRadioButton *>(QLatin1String(name));
            QVERIFY2(job, name);
            QVERIFY(job->isEnabled());
        }
        QCOMPARE(page.jobs().size(), 5);

        // Nothing configured: the run does not start, and says why.
        QSignalSpy finished(&page, &ui::SyncsPage::finished);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("startSync")), Qt::LeftButton);
        test::pumpUntil([&] { return !finished.isEmpty(); });
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("syncState"))
                    ->text()
                    .startsWith(QLatin1String("Cannot start")));
        QVERIFY(!page.isRunning());
    }

    void dryRunAgainstTheSandbox()
    {
        test::TempStore t;
        ui::ConsoleSession session(t.store, std::make_shared<MemorySecretStore>());
        startSandbox(session);
        QSignalSpy placed(&session, &ui::ConsoleSession::sampleOrdersPlaced);
        session.placeSampleOrders(3, false);
        test::pumpUntil([&] { return !placed.isEmpty(); });

        ui::SyncsPage page(t.store, &session);
        QAbstractItemModelTester tester(page.history(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&page, &ui::SyncsPage::historyLoaded);
        test::pumpUntil([&] { return !loaded.isEmpty(); }); // the history as the page opened
        QVERIFY(page.findChild<QCheckBox *>(QStringLiteral("dryRun"))->isChecked());
        runToEnd(page);
        auto *rows = page.findChild<QTreeWidget *>(QStringLiteral("syncRows"));
        QVERIFY2(rows->topLevelItemCount() >= 3,
                 qPrintable(page.findChild<QLabel *>(QStringLiteral("syncState"))->text()));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("syncState"))
                    ->text()
                    .startsWith(QLatin1String("Finished.")));
        const auto last = RunLog(t.store).last(QStringLiteral("sync.orders")).value();
        QVERIFY(last.has_value());
        QVERIFY(last->dryRun);
        QCOMPARE(page.history()->runs().first().kind, QStringLiteral("sync.orders"));
        QCOMPARE(page.history()->index(0, 3).data().toString(), QStringLiteral("dry run"));
        page.resize(1000, 700);
        test::shot(&page, "syncs_dry_run");
        session.stopEngine();
    }

    // A dry stock sync from the page: the changes it would push, listed, nothing pushed, a dry run recorded.
    void stockDryRunAgainstTheSandbox()
    {
        test::TempStore t;
        ui::ConsoleSession session(t.store, std::make_shared<MemorySecretStore>());
        startSandbox(session);
        ui::SyncsPage page(t.store, &session);
        QAbstractItemModelTester tester(page.history(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&page, &ui::SyncsPage::historyLoaded);
        test::pumpUntil([&] { return !loaded.isEmpty(); });
        page.findChild<QRadioButton *>(QStringLiteral("job_stock"))->setChecked(true);
        QVERIFY(page.findChild<QCheckBox *>(QStringLiteral("dryRun"))->isChecked());
        runToEnd(page);
        auto *rows = page.findChild<QTreeWidget *>(QStringLiteral("syncRows"));
        QVERIFY2(rows->topLevelItemCount() > 0, qPrintable(page.findChild<QLabel *>(QStringLiteral("syncState"))->text()));
        QCOMPARE(rows->topLevelItem(0)->text(1), QStringLiteral("would_push"));
        const auto last = RunLog(t.store).last(QStringLiteral("sync.stock")).value();
        QVERIFY(last.has_value());
        QVERIFY(last->dryRun);
        QCOMPARE(last->counts.value(QStringLiteral("pushed")).toInt(), 0);
        session.stopEngine();
    }

    // The dead-letter inspector's dry run of a real order against the sandbox: the calls a retry would send.
    void dryRunRetryAgainstTheSandbox()
    {
        test::TempStore t;
        ui::ConsoleSession session(t.store, std::make_shared<MemorySecretStore>());
        startSandbox(session);
        session.pauseEngine(QStringLiteral("test: keep the orders unprocessed"));
        session.placeSampleOrders(1, false);
        EventFilter orders;
        orders.kind = flows::OrderToM3Flow::kind();
        const EventRepository events(t.store);
        test::pumpUntil([&] { return events.count(orders).value() >= 1; });
        const qint64 id = events.list(orders).value().first().id;
        test::makeDead(t.store, {id});

        ui::DeadLettersPage page(t.store, &session);
        QAbstractItemModelTester tester(page.browser()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        test::pumpUntil(
            [&] { return page.browser()->model()->isIdle() && page.browser()->currentId() == id; });
        QSignalSpy done(&page, &ui::DeadLettersPage::actionFinished);
        page.findChild<QAction *>(QStringLiteral("dryRun"))->trigger();
        test::pumpUntil([&] { return !done.isEmpty(); });
        QVERIFY2(page.statusText().contains(QLatin1String("calls")), qPrintable(page.statusText()));
        auto *result = page.findChild<QDialog *>(QStringLiteral("dryRunResult"));
        QVERIFY(result);
        const QString calls = result->findChild<QPlainTextEdit *>(QStringLiteral("text"))->toPlainText();
        QVERIFY(calls.contains(QLatin1String("AddBatchHead")));
        test::shot(result, "dlq_dry_run");
        QCOMPARE(events.get(id)->status, QStringLiteral("dead")); // nothing changed
        session.stopEngine();
    }
};

QTEST_MAIN(TstSyncsPage)
#include "tst_syncs_page.moc"
