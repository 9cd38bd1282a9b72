// The dead-letter inspector: edit a payload (validated) and retry, bulk retry at a pace with cancel and
// per-item results, discard with a required reason, export the selection, dry run refused for kinds without
// one; every action in the audit log with who and why. The table's model runs under the model tester.

#include "engine/dead_letters.h"
#include "screen_shot.h"
#include "secrets/secret_store.h"
#include "seed_events.h"
#include "store/audit_log.h"
#include "temp_store.h"
#include "ui/deadletters/bulk_retry.h"
#include "ui/deadletters/dead_letters_page.h"
#include "ui/deadletters/dlq_dialogs.h"
#include "ui/models/event_table_model.h"
#include "ui/monitor/event_browser.h"
#include "ui/monitor/event_detail.h"
#include "ui/session/console_session.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace m3cart;

namespace {
struct Rig
{
    test::TempStore t;
    QList<qint64> ids;
    ui::ConsoleSession session{t.store, std::make_shared<MemorySecretStore>()};
    std::unique_ptr<ui::DeadLettersPage> page;
    std::unique_ptr<QAbstractItemModelTester> tester;

    explicit Rig(int dead, int alive = 2)
    {
        ids = test::seedOrders(t.store, dead + alive);
        test::makeDead(t.store, ids.mid(0, dead));
        page = std::make_unique<ui::DeadLettersPage>(t.store, &session);
        tester = std::make_unique<QAbstractItemModelTester>(
            page->browser()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page->resize(1100, 700);
        page->show();
        settle();
    }
    void settle()
    {
        ui::EventBrowser *b = page->browser();
        test::pumpUntil([b] { return b->model()->isIdle() && !b->detail()->isLoading(); });
    }
    void select(const QList<qint64> &which)
    {
        settle();
        QTableView *table = page->browser()->table();
        table->clearSelection();
        for (qint64 id : which) {
            const int row = page->browser()->model()->rowOfId(id);
            QVERIFY(row >= 0);
            table->selectionModel()->select(table->model()->index(row, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
            table->selectionModel()->setCurrentIndex(table->model()->index(row, 0),
                                                     QItemSelectionModel::NoUpdate);
        }
        settle();
    }
    QAction *action(const char *name) const { return page->findChild<QAction *>(QLatin1String(name)); }
    QString status(qint64 id) const { return EventRepository(t.store).get(id)->status; }
    QList<AuditEntry> audit(qint64 id) const
    {
        return AuditLog(t.store).list(50, QStringLiteral("event:%1").arg(id)).value();
    }
    // Runs an action and waits for the page to say it is done.
    void finish(const std::function<void()> &act)
    {
        QSignalSpy done(page.get(), &ui::DeadLettersPage::actionFinished);
        act();
        test::pumpUntil([&] { return !done.isEmpty(); });
        settle();
    }
};
} // namespace

class TstDeadLettersPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("m3cart-test"));
    }

    void listsOnlyDeadLettersWithTheirReason()
    {
        Rig rig(3);
        test::holdBehind(rig.t.store, rig.ids[4], rig.ids[0]);
        rig.page->browser()->model()->reload();
        rig.settle();
        ui::EventTableModel *m = rig.page->browser()->model();
        QCOMPARE(m->rowCount(), 3);
        const int holding = int(m->columns().indexOf(EventField::Holding));
        QCOMPARE(m->index(m->rowOfId(rig.ids[0]), holding).data().toString(), QStringLiteral("1 held"));
        QCOMPARE(m->index(m->rowOfId(rig.ids[1]), holding).data().toString(), QString());
        const int reason = int(m->columns().indexOf(EventField::Error));
        QVERIFY(m->index(0, reason).data().toString().contains(QLatin1String("order type XYZ")));
        rig.page->setFilter(QStringLiteral("error=XYZ&error_class=transient"));
        rig.settle();
        QCOMPARE(m->rowCount(), 0);
        rig.page->setFilter(QStringLiteral("error_class=data"));
        rig.settle();
        QCOMPARE(m->rowCount(), 3);
        QAction *mapping = rig.action("openMapping"); // works since issue 10 (tst_mapping_versions)
        QVERIFY(mapping && mapping->isEnabled());
        QCOMPARE(mapping->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    }

    void editAndRetry()
    {
        Rig rig(2);
        const qint64 id = rig.ids[0];
        rig.select({id});
        rig.action("editRetry")->trigger();
        auto *dialog = rig.page->findChild<ui::PayloadEditDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(dialog->editor()->toPlainText().contains(QLatin1String("\"OrderID\": 1")));
        // Broken JSON: said where, and no retry.
        dialog->editor()->setPlainText(QStringLiteral("{\"OrderID\": 1,\n  \"ShipmentList\": ["));
        QVERIFY(!dialog->retryButton()->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("validation"))
                    ->text()
                    .contains(QLatin1String("line 2")));
        test::shot(dialog, "dlq_edit_invalid");
        // Valid JSON but no reason: still no retry.
        dialog->editor()->setPlainText(QStringLiteral("{\"OrderID\": 1, \"OrderType\": \"STD\"}"));
        QVERIFY(!dialog->retryButton()->isEnabled());
        QTest::keyClicks(dialog->reasonField(), QStringLiteral("order type XYZ is retired"));
        QVERIFY(dialog->retryButton()->isEnabled());
        rig.finish([&] { QTest::mouseClick(dialog->retryButton(), Qt::LeftButton); });

        QCOMPARE(rig.status(id), QStringLiteral("pending"));
        const DeadLetterDetail d = DeadLetters(rig.t.store).show(id).value();
        QCOMPARE(d.revisions.size(), 1);
        QCOMPARE(d.revisions[0].reason, QStringLiteral("order type XYZ is retired"));
        QVERIFY(d.event.payload.contains("STD"));
        QVERIFY(d.originalPayload.contains("buyer1@")); // the original is kept
        const QList<AuditEntry> audit = rig.audit(id);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit[0].action, QStringLiteral("dlq.retry"));
        QCOMPARE(audit[0].actor, AuditLog::defaultActor());
        QCOMPARE(audit[0].reason, QStringLiteral("order type XYZ is retired"));
        QCOMPARE(rig.page->browser()->model()->rowCount(), 1); // it left the list
    }

    void revisionsShowADiffAgainstTheOriginal()
    {
        Rig rig(1);
        const qint64 id = rig.ids[0];
        QVERIFY(DeadLetters(rig.t.store)
                    .retryWithPayload(id, "{\"OrderID\":1,\"BillingEmail\":\"fixed@example.com\"}",
                                      QStringLiteral("ann"), QStringLiteral("typo")));
        ui::EventDetailView *detail = rig.page->browser()->detail();
        detail->setEvent(id);
        rig.settle();
        QCOMPARE(detail->details().revisions.size(), 1);
        detail->findChild<QTabWidget *>(QStringLiteral("detailTabs"))->setCurrentIndex(3);
        test::shot(rig.page.get(), "dlq_revision_diff");
        const QString diff = detail->findChild<QTextBrowser *>(QStringLiteral("revisionDiff"))->toPlainText();
        QVERIFY(diff.contains(QLatin1String("-     \"BillingEmail\": \"buyer1@example.com\"")));
        QVERIFY(diff.contains(QLatin1String("+     \"BillingEmail\": \"fixed@example.com\"")));
    }

    void bulkRetryAtAPaceWithCancel()
    {
        Rig rig(4);
        // A pace so slow that only the first one runs before the operator cancels.
        rig.page->findChild<QSpinBox *>(QStringLiteral("pace"))->setValue(600000);
        rig.page->findChild<QLineEdit *>(QStringLiteral("retryReason"))
            ->setText(QStringLiteral("M3 is back"));
        auto *results = rig.page->findChild<QListWidget *>(QStringLiteral("bulkResults"));
        rig.action("retryMatching")->trigger();
        test::pumpUntil([&] { return results->count() == 1; });
        QVERIFY(rig.page->bulk()->isRunning());
        rig.finish([&] {
            QTest::mouseClick(rig.page->findChild<QPushButton *>(QStringLiteral("bulkCancel")),
                              Qt::LeftButton);
        });
        QVERIFY(!rig.page->bulk()->isRunning());
        QCOMPARE(results->count(), 1);
        QVERIFY(rig.page->statusText().contains(QLatin1String("1 retried, 0 failed, 3 cancelled")));
        test::shot(rig.page.get(), "dlq_bulk_cancelled");
        // Newest first: the newest dead letter went first.
        QCOMPARE(rig.status(rig.ids[3]), QStringLiteral("pending"));
        QCOMPARE(rig.audit(rig.ids[3]).first().reason, QStringLiteral("M3 is back"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(rig.status(rig.ids[i]), QStringLiteral("dead"));

        // The selection, at full speed, with the keyboard: Ctrl+R.
        rig.page->findChild<QSpinBox *>(QStringLiteral("pace"))->setValue(0);
        rig.select({rig.ids[0], rig.ids[2]});
        rig.page->browser()->table()->setFocus();
        rig.finish([&] { QTest::keyClick(rig.page->browser()->table(), Qt::Key_R, Qt::ControlModifier); });
        QCOMPARE(results->count(), 2);
        QCOMPARE(rig.status(rig.ids[0]), QStringLiteral("pending"));
        QCOMPARE(rig.status(rig.ids[1]), QStringLiteral("dead"));
        QCOMPARE(rig.status(rig.ids[2]), QStringLiteral("pending"));
        QCOMPARE(rig.page->browser()->model()->rowCount(), 1);
    }

    void discardNeedsAReason()
    {
        Rig rig(2);
        const qint64 id = rig.ids[1];
        rig.select({id});
        rig.action("discard")->trigger();
        auto *dialog = rig.page->findChild<ui::ReasonDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(!dialog->okButton()->isEnabled());
        QTest::keyClicks(dialog->reasonField(), QStringLiteral("   "));
        QVERIFY(!dialog->okButton()->isEnabled());
        QTest::keyClicks(dialog->reasonField(), QStringLiteral("customer cancelled by phone"));
        test::shot(dialog, "dlq_discard");
        rig.finish([&] { QTest::mouseClick(dialog->okButton(), Qt::LeftButton); });
        QCOMPARE(rig.status(id), QStringLiteral("discarded"));
        const QList<AuditEntry> audit = rig.audit(id);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit[0].action, QStringLiteral("dlq.discard"));
        QCOMPARE(audit[0].reason, QStringLiteral("customer cancelled by phone"));
        QCOMPARE(rig.page->browser()->model()->rowCount(), 1);
    }

    void exportsTheSelectionOrEverythingMatching()
    {
        Rig rig(3);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("two.json"));
        rig.page->setExportPathChooser([&path] { return path; });
        rig.select({rig.ids[0], rig.ids[2]});
        rig.finish([&] { rig.action("export")->trigger(); });
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject two = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(two.value(QStringLiteral("count")).toInt(), 2);
        QCOMPARE(two.value(QStringLiteral("events")).toArray().size(), 2);

        rig.page->browser()->table()->clearSelection();
        path = dir.filePath(QStringLiteral("all.json"));
        rig.finish([&] { rig.action("export")->trigger(); });
        QFile all(path);
        QVERIFY(all.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(all.readAll()).object().value(QStringLiteral("count")).toInt(), 3);
        QVERIFY(rig.page->statusText().contains(QLatin1String("3 dead letters exported")));
    }

    void dryRunSaysWhatItCannotDo()
    {
        Rig rig(1);
        NewEvent other = test::orderEvent(99, QStringLiteral("m3.balance.changed"));
        const qint64 id = EventRepository(rig.t.store).append(other).value();
        test::makeDead(rig.t.store, {id});
        rig.page->browser()->model()->reload();
        rig.select({id});
        rig.finish([&] { rig.action("dryRun")->trigger(); });
        QVERIFY(rig.page->statusText().contains(
            QLatin1String("not available for events of kind m3.balance.changed")));

        // An order, but no connection configured: the dry run says why it cannot start.
        rig.select({rig.ids[0]});
        rig.finish([&] { rig.action("dryRun")->trigger(); });
        QVERIFY(rig.page->statusText().startsWith(QLatin1String("Dry run: ")));
    }
};

QTEST_MAIN(TstDeadLettersPage)
#include "tst_dead_letters_page.moc"
