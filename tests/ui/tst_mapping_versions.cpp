// The Mappings page's versions, replay and samples (issue 10): two saved versions diff to the changed rule;
// activating an older one rolls back (and an invalid one is refused with the reason); a version opens in the
// editor; export then import round-trips; a replay of a stored order event shows the field the draft
// changes; "Open in mapping editor" on a dead letter (its edited payload) and on a monitor event opens the
// mapping that reads it with the payload as the sample; "Sample from event…" in the editor.
// Every model runs under QAbstractItemModelTester.

#include "engine/dead_letters.h"
#include "mapping/lookup_source.h"
#include "mapping/mapping_repository.h"
#include "mapping_test_support.h"
#include "screen_shot.h"
#include "secrets/secret_store.h"
#include "seed_events.h"
#include "temp_store.h"
#include "ui/deadletters/dead_letters_page.h"
#include "ui/main_window.h"
#include "ui/mapping/mapping_draft.h"
#include "ui/mapping/mapping_editor.h"
#include "ui/mapping/mappings_page.h"
#include "ui/mapping/replay_dialog.h"
#include "ui/mapping/rule_table_model.h"
#include "ui/mapping/versions_dialog.h"
#include "ui/models/event_table_model.h"
#include "ui/monitor/event_browser.h"
#include "ui/monitor/event_detail.h"
#include "ui/monitor/event_monitor_page.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>

using namespace m3cart;

namespace {
const QString kOrder = QStringLiteral("order-batch-order");
const QString kYref = QStringLiteral("head.yref");
} // namespace

class TstMappingVersions : public QObject
{
    Q_OBJECT

    static std::unique_ptr<QAbstractItemModelTester> watch(QAbstractItemModel *m)
    {
        return test::watchModel(m);
    }

    static QJsonObject registeredOrder()
    {
        QFile f(QStringLiteral(M3CART_TEST_DATA "/mapping/order_registered.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("no sample");
        const QJsonDocument d = QJsonDocument::fromJson(f.readAll());
        return d.isArray() ? d.array().first().toObject() : d.object();
    }

    // A stored order event as the listener writes it (a webhook array).
    static qint64 seedOrderEvent(const test::TempStore &t, const QJsonObject &order, const QString &kind)
    {
        NewEvent e;
        e.source = QStringLiteral("3dcart");
        e.kind = kind;
        e.key = QStringLiteral("order-%1").arg(order.value(QStringLiteral("OrderID")).toInt());
        e.payload = QJsonDocument(QJsonArray{order}).toJson(QJsonDocument::Compact);
        auto id = EventRepository(t.store).append(e);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return id.value();
    }

    static std::pair<int, int> ruleIndex(const mapping::MappingDocument &d, const QString &id)
    {
        for (int s = 0; s < d.sections.size(); ++s)
            for (int r = 0; r < d.sections.at(s).rules.size(); ++r)
                if (d.sections.at(s).rules.at(r).id == id)
                    return {s, r};
        return {-1, -1};
    }

    static bool setExpression(ui::MappingsPage &page, const QString &ruleId, const QString &expr)
    {
        const auto [s, r] = ruleIndex(page.editor()->draft()->document(), ruleId);
        return page.editor()->draft()->setExpression(s, r, expr);
    }

    static QString expression(ui::MappingsPage &page, const QString &ruleId)
    {
        const auto [s, r] = ruleIndex(page.editor()->draft()->document(), ruleId);
        return page.editor()->draft()->document().sections.at(s).rules.at(r).expr;
    }

    static QString preview(ui::MappingsPage &page, const QString &ruleId)
    {
        page.editor()->draft()->refreshNow();
        const auto [s, r] = ruleIndex(page.editor()->draft()->document(), ruleId);
        return page.editor()->draft()->previewValue(s, r);
    }

    // The shipped order mapping saved as version 1, then version 2 with another YREF.
    static void saveTwoVersions(ui::MappingsPage &page)
    {
        QVERIFY(page.openMapping(kOrder));
        QCOMPARE(page.saveVersion(QStringLiteral("as shipped")).value(), 1);
        QVERIFY(setExpression(page, kYref, QStringLiteral("concat('WEB-', $.OrderID)")));
        QCOMPARE(page.saveVersion(QStringLiteral("web prefix in YREF")).value(), 2);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("m3cart-test"));
        QSettings().clear();
    }

    void twoVersionsDiffToTheChangedRule()
    {
        test::TempStore t;
        ui::MappingsPage page(t.store);
        saveTwoVersions(page);
        ui::VersionsDialog *d = page.showVersions();
        QVERIFY(d);
        auto tester = watch(d->model());
        QCOMPARE(d->model()->rowCount(), 2);
        QCOMPARE(d->model()->index(0, ui::VersionsDialog::Version).data().toString(), QStringLiteral("2"));
        QCOMPARE(d->model()->index(0, ui::VersionsDialog::Note).data().toString(),
                 QStringLiteral("web prefix in YREF"));
        // Opened with the newest selected: compared with the one before.
        QCOMPARE(d->selectedVersions(), QList<int>{2});
        QCOMPARE(d->diff().changes.size(), 1);
        const mapping::MappingChange &c = d->diff().changes.first();
        QCOMPARE(c.id, kYref);
        QCOMPARE(c.kind, mapping::MappingChange::Kind::Changed);
        QVERIFY(d->diffView()->toPlainText().contains(QStringLiteral("concat('WEB-', $.OrderID)")));
        QVERIFY(d->comparedText().contains(QStringLiteral("version 1")));
        // Version 1 alone: against the shipped default, which it equals.
        QVERIFY(d->selectVersions(1));
        QVERIFY(d->diff().isEmpty());
        QVERIFY(d->diffView()->toPlainText().contains(QStringLiteral("No differences")));
        QVERIFY(d->selectVersions(2, 1));
        QCOMPARE(d->selectedVersions(), (QList<int>{1, 2}));
        QCOMPARE(d->diff().changes.size(), 1);

        // Version 3 removes a rule, adds one and a payment method: v1 → v3 lists all, each coloured by kind.
        QVERIFY(page.editor()->draft()->edit(QStringLiteral("rules and map"), [](mapping::MappingDocument
                                                                                     &doc) {
            doc.sections[0].rules.removeIf([](const mapping::RuleDef &r) { return r.id == u"head.otba"; });
            mapping::RuleDef rldt;
            rldt.id = QStringLiteral("head.rldt");
            rldt.target = QStringLiteral("RLDT");
            rldt.expr = QStringLiteral("m3Date($.OrderDate, $params.storeTimeZone, $params.m3TimeZone)");
            doc.sections[0].rules << rldt;
            doc.valueMaps[0].entries.append({QStringLiteral("Bitcoin"), QJsonValue(QStringLiteral("BTC"))});
        }));
        QCOMPARE(page.saveVersion(QStringLiteral("requested delivery date, no discount field")).value(), 3);
        d->reload();
        QVERIFY(d->selectVersions(1, 3));
        using K = mapping::MappingChange::Kind;
        using W = mapping::MappingChange::What;
        QCOMPARE(d->diff().count(W::Rule, K::Changed), 1);
        QCOMPARE(d->diff().count(W::Rule, K::Removed), 1);
        QCOMPARE(d->diff().count(W::Rule, K::Added), 1);
        QCOMPARE(d->diff().count(W::ValueMap, K::Added), 1);
        QVERIFY(d->diffView()->toHtml().contains(QStringLiteral("#ffebee"))); // the removed rule's colour
        d->resize(1000, 640);
        test::shot(d, "mapping_versions_diff");
        page.resize(1280, 800);
        test::shot(&page, "mapping_page_versions");
    }

    void aShippedMappingHasNoVersionsYet()
    {
        test::TempStore t;
        ui::MappingsPage page(t.store);
        QVERIFY(page.openMapping(QStringLiteral("customer")));
        ui::VersionsDialog *d = page.showVersions();
        QCOMPARE(d->model()->rowCount(), 0);
        QVERIFY(d->statusText().startsWith(QStringLiteral("No saved version yet")));
        // Saving while the dialog is open lists the new version at once.
        QCOMPARE(page.saveVersion(QStringLiteral("first")).value(), 1);
        QCOMPARE(d->model()->rowCount(), 1);
    }

    void activatingAnOlderVersionRollsBack()
    {
        test::TempStore t;
        ui::MappingsPage page(t.store);
        saveTwoVersions(page);
        ui::VersionsDialog *d = page.showVersions();
        auto tester = watch(d->model());
        mapping::MappingRepository repo(t.store);
        QVERIFY(d->selectVersions(2));
        QVERIFY(d->activateSelected());
        QCOMPARE(repo.active(kOrder)->version, 2);
        QVERIFY(d->selectVersions(1));
        auto *activate = d->findChild<QPushButton *>(QStringLiteral("activateVersion"));
        QVERIFY(activate && activate->isEnabled());
        activate->click();
        QCOMPARE(repo.active(kOrder)->version, 1);
        QCOMPARE(d->model()->index(1, ui::VersionsDialog::Active).data().toString(),
                 QStringLiteral("active"));
        QVERIFY(!activate->isEnabled()); // the active one is selected
        QVERIFY(page.statusText().contains(QStringLiteral("version 1 is active")));

        // A version that does not validate is refused, and the dialog says why.
        QVERIFY(setExpression(page, kYref, QStringLiteral("nosuchfunction($.OrderID)")));
        QCOMPARE(page.saveVersion(QStringLiteral("broken")).value(), 3);
        d->reload();
        QVERIFY(d->selectVersions(3));
        activate->click();
        QCOMPARE(repo.active(kOrder)->version, 1);
        QVERIFY2(d->statusText().contains(QStringLiteral("nosuchfunction")), qPrintable(d->statusText()));
    }

    void aVersionOpensInTheEditor()
    {
        test::TempStore t;
        ui::MappingsPage page(t.store);
        saveTwoVersions(page);
        ui::VersionsDialog *d = page.showVersions();
        QVERIFY(d->selectVersions(1));
        d->findChild<QPushButton *>(QStringLiteral("openVersion"))->click();
        QCOMPARE(page.currentVersion(), 1);
        QCOMPARE(expression(page, kYref), QStringLiteral("concat('3DC-', $.OrderID)"));
    }

    void exportThenImportRoundTrips()
    {
        test::TempStore t;
        ui::MappingsPage page(t.store);
        saveTwoVersions(page);
        const QString file = t.dir.filePath(QStringLiteral("order.json"));
        QString asked;
        page.setFileChooser([&](ui::MappingsPage::FileAction action, const QString &suggested) {
            asked = suggested;
            return action == ui::MappingsPage::FileAction::Export ? file : file;
        });
        page.setNotePrompt([](bool *ok) {
            *ok = true;
            return QStringLiteral("round trip");
        });
        // Unsaved edits go out as edited.
        QVERIFY(setExpression(page, kYref, QStringLiteral("concat('RT-', $.OrderID)")));
        page.findChild<QPushButton *>(QStringLiteral("export"))->click();
        QCOMPARE(asked, QStringLiteral("order-batch-order-v2.json"));
        QVERIFY2(QFile::exists(file), qPrintable(page.statusText()));
        const mapping::MappingDocument exported = page.editor()->draft()->document();

        // The import opens in the editor: the unsaved edits went out in the file, nothing is lost.
        int prompted = 0;
        page.setUnsavedPrompt([&prompted](const QString &) {
            ++prompted;
            return ui::MappingsPage::UnsavedAnswer::Discard;
        });
        page.findChild<QPushButton *>(QStringLiteral("import"))->click();
        QCOMPARE(prompted, 1);
        QCOMPARE(page.currentVersion(), 3);
        QVERIFY(page.editor()->draft()->undoStack()->isClean());
        auto v3 = mapping::MappingRepository(t.store).get(kOrder, 3);
        QVERIFY(v3);
        QCOMPARE(v3->note, QStringLiteral("round trip"));
        QVERIFY(mapping::MappingDocument::fromJson(v3->document)->toJson() == exported.toJson());
        QCOMPARE(expression(page, kYref), QStringLiteral("concat('RT-', $.OrderID)"));

        // A file that is no mapping: the message names the file and the problem.
        QFile bad(file);
        QVERIFY(bad.open(QIODevice::WriteOnly | QIODevice::Truncate));
        bad.write("{\"name\": 7}");
        bad.close();
        page.findChild<QPushButton *>(QStringLiteral("import"))->click();
        QVERIFY2(page.statusText().startsWith(QStringLiteral("Import failed: order.json")),
                 qPrintable(page.statusText()));
        QCOMPARE(page.currentVersion(), 3);
    }

    void replayShowsTheFieldTheDraftChanges()
    {
        test::TempStore t;
        test::seedOrderItems(t);
        const qint64 id = seedOrderEvent(t, registeredOrder(), QStringLiteral("cart.order.new"));
        ui::MappingsPage page(t.store);
        QVERIFY(page.openMapping(kOrder));
        QVERIFY(setExpression(page, kYref, QStringLiteral("concat('WEB-', $.OrderID)")));
        ui::ReplayDialog *d = page.showReplay();
        QVERIFY(d);
        auto results = watch(d->results());
        auto fields = watch(d->fields());
        QCOMPARE(d->filterEdit(EventField::Kind)->text(), QStringLiteral("cart.order.*"));
        QSignalSpy finished(d, &ui::ReplayDialog::finished);
        d->findChild<QPushButton *>(QStringLiteral("runReplay"))->click();
        QVERIFY(finished.wait(20000));
        QVERIFY2(d->report().events.size() == 1, qPrintable(d->statusText()));
        QCOMPARE(d->results()->index(0, ui::ReplayDialog::EventId).data().toLongLong(), id);
        QCOMPARE(d->results()->index(0, ui::ReplayDialog::Outcome).data().toString(),
                 QStringLiteral("changed 1 field(s)"));
        // The changed event is chosen: its field difference is listed.
        QCOMPARE(d->fields()->rowCount(), 1);
        QCOMPARE(d->fields()->index(0, ui::ReplayDialog::Field).data().toString(), QStringLiteral("YREF"));
        QCOMPARE(d->fields()->index(0, ui::ReplayDialog::Active).data().toString(),
                 QStringLiteral("3DC-47620"));
        QCOMPARE(d->fields()->index(0, ui::ReplayDialog::Draft).data().toString(),
                 QStringLiteral("WEB-47620"));
        QVERIFY(d->statusText().contains(QStringLiteral("shipped default")));

        // A bad filter is reported, not a crash.
        d->filterEdit(EventField::Key)->setText(QStringLiteral("/(/"));
        d->run();
        QVERIFY(finished.wait(20000));
        QVERIFY2(d->statusText().startsWith(QStringLiteral("Replay failed")), qPrintable(d->statusText()));
        // Every kind: a customer event is not applicable to an order mapping.
        NewEvent customer;
        customer.source = QStringLiteral("3dcart");
        customer.kind = QStringLiteral("cart.customer.new");
        customer.key = QStringLiteral("customer-318");
        customer.payload = "[{\"CustomerID\": 318}]";
        QVERIFY(EventRepository(t.store).append(customer));
        QJsonObject other = registeredOrder();
        other.insert(QStringLiteral("OrderID"), 47700);
        seedOrderEvent(t, other, QStringLiteral("cart.order.status"));
        d->filterEdit(EventField::Key)->clear();
        d->filterEdit(EventField::Kind)->clear();
        d->run();
        QVERIFY(finished.wait(20000));
        QCOMPARE(d->results()->rowCount(), 3);
        QCOMPARE(d->report().count(flows::ReplayOutcome::Changed), 2);
        QCOMPARE(d->report().count(flows::ReplayOutcome::NotApplicable), 1);
        auto *chosen = d->findChild<QLabel *>(QStringLiteral("replayEvent"));
        QVERIFY(chosen && chosen->text().contains(QStringLiteral("(order-47700): changed 1 field(s)")));
        d->resize(1100, 680);
        QCoreApplication::processEvents(); // the layout takes the label's new height
        test::shot(d, "mapping_replay");
    }

    void deadLetterOpensAsTheSample()
    {
        test::TempStore t;
        test::seedOrderItems(t);
        QJsonObject order = registeredOrder();
        const qint64 id = seedOrderEvent(t, order, QStringLiteral("cart.order.new"));
        test::makeDead(t.store, {id});
        // The operator edited the payload (a revision), and it failed again: the revision is the sample.
        order.insert(QStringLiteral("OrderID"), 99999);
        QVERIFY(DeadLetters(t.store).retryWithPayload(id, QJsonDocument(QJsonArray{order}).toJson(),
                                                      QStringLiteral("op"), QStringLiteral("fix")));
        test::makeDead(t.store, {id});

        ui::MainWindow w(t.store, std::make_shared<MemorySecretStore>());
        w.resize(1280, 800);
        w.show();
        QVERIFY(w.showPage(QStringLiteral("deadletters")));
        ui::EventBrowser *browser = w.deadLettersPage()->browser();
        test::pumpUntil([&] { return browser->model()->isIdle() && browser->model()->rowCount() == 1; });
        browser->selectId(id);
        QCOMPARE(browser->currentId(), id);
        auto *action = w.deadLettersPage()->findChild<QAction *>(QStringLiteral("openMapping"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        QCOMPARE(w.currentPage(), QStringLiteral("mappings"));
        ui::MappingsPage *page = w.mappingsPage();
        QCOMPARE(page->currentName(), kOrder);
        QVERIFY(page->editor()->draft()->hasSample());
        QCOMPARE(preview(*page, kYref), QStringLiteral("3DC-99999"));
        QVERIFY(page->statusText().contains(QStringLiteral("revision 1")));
        test::shot(&w, "mapping_sample_from_dead_letter");

        // The monitor has the same action; a customer event opens the customer mapping.
        NewEvent customer;
        customer.source = QStringLiteral("3dcart");
        customer.kind = QStringLiteral("cart.customer.new");
        customer.key = QStringLiteral("customer-318");
        customer.payload =
            "[{\"CustomerID\": 318, \"Email\": \"ann@example.com\", \"BillingFirstName\": \"Ann\"}]";
        const qint64 cid = EventRepository(t.store).append(customer).value();
        QVERIFY(w.showPage(QStringLiteral("events")));
        ui::EventBrowser *monitor = w.monitorPage()->browser();
        monitor->model()->reload();
        test::pumpUntil([&] { return monitor->model()->isIdle() && monitor->model()->rowOfId(cid) >= 0; });
        monitor->selectId(cid);
        test::shot(&w, "monitor_open_mapping");
        w.monitorPage()->findChild<QAction *>(QStringLiteral("openMapping"))->trigger();
        QCOMPARE(w.currentPage(), QStringLiteral("mappings"));
        QCOMPARE(page->currentName(), QStringLiteral("customer"));
        QVERIFY(page->editor()->draft()->hasSample());

        // "Sample from event…" in the editor offers the monitor's event and loads the one given.
        QVERIFY(page->openMapping(kOrder));
        qint64 offered = -1;
        page->setEventPrompt([&](qint64 suggested, bool *ok) {
            offered = suggested;
            *ok = true;
            return id;
        });
        page->editor()->findChild<QAction *>(QStringLiteral("sampleFromEvent"))->trigger();
        QCOMPARE(offered, cid);
        QCOMPARE(preview(*page, kYref), QStringLiteral("3DC-99999"));
        // Opening a dead letter for the mapping already open keeps its unsaved edits.
        QVERIFY(setExpression(*page, kYref, QStringLiteral("concat('DL-', $.OrderID)")));
        QVERIFY(page->openEventSample(id));
        QCOMPARE(preview(*page, kYref), QStringLiteral("DL-99999"));
        QVERIFY(!page->editor()->draft()->undoStack()->isClean());
        // A customer event is no order mapping's sample: refused with the reason.
        QVERIFY(!page->loadEventSample(cid));
        QVERIFY2(page->statusText().contains(QStringLiteral("does not feed a cart.order mapping")),
                 qPrintable(page->statusText()));
    }
};

QTEST_MAIN(TstMappingVersions)
#include "tst_mapping_versions.moc"
