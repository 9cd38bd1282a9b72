// The Mappings page and its editor (issue 10, first slice): a shipped mapping opens with its sections and
// one line per target field; an edited expression updates the preview; an invalid one lists an issue that
// selects its rule on click; undo/redo; saving a version lands in MappingRepository and can be activated.
// Unsaved edits: opening another mapping or version (or closing the window) asks Save / Discard / Cancel;
// the title says "edited" and, after a save, names the new version.
// Every model runs under QAbstractItemModelTester.

#include "mapping/lookup_source.h"
#include "mapping/mapping_repository.h"
#include "mapping_test_support.h"
#include "screen_shot.h"
#include "secrets/secret_store.h"
#include "temp_store.h"
#include "ui/main_window.h"
#include "ui/mapping/issue_list_model.h"
#include "ui/mapping/mapping_draft.h"
#include "ui/mapping/mapping_editor.h"
#include "ui/mapping/mappings_page.h"
#include "ui/mapping/rule_table_model.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace m3cart;

namespace {
const QString kOrder = QStringLiteral("order-batch-order");
const QString kSample = QStringLiteral(M3CART_TEST_DATA "/mapping/order_registered.json");
} // namespace

class TstMappingEditor : public QObject
{
    Q_OBJECT

    static std::unique_ptr<QAbstractItemModelTester> watch(QAbstractItemModel *m)
    {
        return test::watchModel(m);
    }

    // The shipped order mapping, opened with the registered-customer sample, head section shown.
    static void openOrder(ui::MappingsPage &page)
    {
        QVERIFY(page.openMapping(kOrder));
        QCOMPARE(page.currentVersion(), 0); // not in the store yet: the shipped default
        QVERIFY(page.editor()->draft()->loadSampleFile(kSample));
    }

    static int row(ui::RuleTableModel *rules, const QString &ruleId)
    {
        const int r = rules->rowForRule(ruleId);
        if (r < 0)
            qWarning("no rule %s in the section", qPrintable(ruleId));
        return r;
    }

    // Edits a cell the way the view's delegate does, then waits for the debounced refresh.
    static void editExpression(ui::MappingEditor *editor, const QString &ruleId, const QString &expr)
    {
        auto *rules = editor->rules();
        QSignalSpy refreshed(editor->draft(), &ui::MappingDraft::refreshed);
        QVERIFY(rules->setData(rules->index(row(rules, ruleId), ui::RuleTableModel::Expression), expr));
        QVERIFY(refreshed.wait(5000));
    }

    // The list row of a mapping, -1 when not listed.
    static int listRow(ui::MappingsPage &page, const QString &name)
    {
        for (int r = 0; r < page.list()->count(); ++r)
            if (page.list()->item(r)->data(ui::MappingsPage::NameRole).toString() == name)
                return r;
        return -1;
    }

    // The order mapping open with one unsaved edit (head.yref), and a prompt that answers `answer` and
    // counts how often it was asked.
    static void editOrderAndAnswer(ui::MappingsPage &page, ui::MappingsPage::UnsavedAnswer answer, int *asked)
    {
        openOrder(page);
        editExpression(page.editor(), QStringLiteral("head.yref"),
                       QStringLiteral("concat('WEB-', $.OrderID)"));
        QVERIFY(!page.editor()->draft()->undoStack()->isClean());
        page.setUnsavedPrompt([answer, asked](const QString &name) {
            if (name != kOrder)
                qWarning("asked about %s", qPrintable(name));
            ++*asked;
            return answer;
        });
    }

    static QString yref(const mapping::MappingDocument &doc)
    {
        for (const mapping::RuleDef &r : doc.sections.first().rules)
            if (r.id == QStringLiteral("head.yref"))
                return r.expr;
        return {};
    }

    static QString preview(ui::MappingEditor *editor, const QString &ruleId)
    {
        auto *rules = editor->rules();
        return rules->index(row(rules, ruleId), ui::RuleTableModel::Preview).data().toString();
    }

private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("m3cart-test")); }

    void listsShippedMappingsAndOpensOne()
    {
        test::TempStore t;
        test::seedOrderItems(t);
        ui::MappingsPage page(t.store);
        auto listTester = watch(page.list()->model());
        auto *editor = page.editor();
        auto rulesTester = watch(editor->rules());
        auto issuesTester = watch(editor->issues());
        auto previewTester = watch(editor->preview());
        QVERIFY(page.list()->count() >= 8); // every shipped default
        openOrder(page);
        const auto &doc = editor->draft()->document();
        QCOMPARE(doc.name, kOrder);
        QCOMPARE(editor->rules()->section(), 0);
        QCOMPARE(editor->rules()->rowCount(), doc.sections.first().rules.size());
        // CUNO is mandatory in OIS100MI/AddBatchHead: the line is marked and described from the metadata.
        auto *rules = editor->rules();
        const int cuno = row(rules, QStringLiteral("head.cuno"));
        QVERIFY(
            rules->index(cuno, ui::RuleTableModel::Target).data().toString().endsWith(QLatin1String("*")));
        QVERIFY(!rules->index(cuno, ui::RuleTableModel::Description).data().toString().isEmpty());
        // The sample maps: the head's values appear next to the rules that made them.
        QVERIFY2(editor->draft()->output(), qPrintable(editor->draft()->evalError()));
        QCOMPARE(preview(editor, QStringLiteral("head.yref")), QStringLiteral("3DC-47620"));
        QVERIFY(editor->preview()->rowCount() == 1);
        // The repeated section says so and previews one record per element.
        const auto &sections = doc.sections;
        int lines = -1;
        for (int s = 0; s < sections.size(); ++s)
            if (!sections.at(s).foreach.isEmpty() && lines < 0)
                lines = s;
        QVERIFY(lines > 0);
        editor->selectSection(lines);
        QVERIFY(editor->draft()->recordCount(lines) >= 1);
        QCOMPARE(editor->preview()->rowCount(), editor->draft()->recordCount(lines));
        page.resize(1280, 800);
        editor->selectSection(0);
        test::shot(&page, "mapping_editor");
    }

    void editUpdatesPreviewAndUndoRedo()
    {
        test::TempStore t;
        test::seedOrderItems(t);
        ui::MappingsPage page(t.store);
        auto *editor = page.editor();
        auto rulesTester = watch(editor->rules());
        auto issuesTester = watch(editor->issues());
        openOrder(page);
        const QString yref = QStringLiteral("head.yref");
        editExpression(editor, yref, QStringLiteral("concat('WEB-', $.OrderID)"));
        QCOMPARE(preview(editor, yref), QStringLiteral("WEB-47620"));
        QVERIFY(editor->draft()->undoStack()->canUndo());

        QSignalSpy refreshed(editor->draft(), &ui::MappingDraft::refreshed);
        editor->draft()->undoStack()->undo();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(preview(editor, yref), QStringLiteral("3DC-47620"));
        QCOMPARE(editor->rules()->index(row(editor->rules(), yref), ui::RuleTableModel::Expression).data(),
                 QVariant(QStringLiteral("concat('3DC-', $.OrderID)")));
        editor->draft()->undoStack()->redo();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(preview(editor, yref), QStringLiteral("WEB-47620"));

        // Notes are edits too: one more step on the same stack.
        auto *rules = editor->rules();
        const QModelIndex note = rules->index(row(rules, yref), ui::RuleTableModel::Note);
        QVERIFY(rules->flags(note) & Qt::ItemIsEditable);
        QVERIFY(rules->setData(note, QStringLiteral("web orders say so in YREF")));
        QCOMPARE(note.data().toString(), QStringLiteral("web orders say so in YREF"));
        QVERIFY(!rules->setData(note, QStringLiteral("web orders say so in YREF"))); // no change, no step
        QCOMPARE(editor->draft()->undoStack()->count(), 2);
        editor->draft()->undoStack()->undo();
        QVERIFY(note.data().toString() != QStringLiteral("web orders say so in YREF"));
        QVERIFY(!rules->flags(rules->index(0, ui::RuleTableModel::Preview)).testFlag(Qt::ItemIsEditable));
    }

    // Structural edits (a rule removed) are one undoable step each; the table follows the document.
    void documentEditIsUndoable()
    {
        test::TempStore t;
        test::seedOrderItems(t);
        ui::MappingsPage page(t.store);
        auto *editor = page.editor();
        auto rulesTester = watch(editor->rules());
        openOrder(page);
        auto *draft = editor->draft();
        const int before = editor->rules()->rowCount();
        QVERIFY(before > 1);
        QVERIFY(draft->edit(QStringLiteral("Remove head.yref"), [](mapping::MappingDocument &d) {
            d.sections[0].rules.removeIf([](const mapping::RuleDef &r) { return r.id == u"head.yref"; });
        }));
        QCOMPARE(editor->rules()->rowCount(), before - 1);
        QCOMPARE(editor->rules()->rowForRule(QStringLiteral("head.yref")), -1);
        QCOMPARE(draft->undoStack()->undoText(), QStringLiteral("Remove head.yref"));
        QVERIFY(
            !draft->edit(QStringLiteral("nothing"), [](mapping::MappingDocument &) {})); // no change, no step
        draft->undoStack()->undo();
        QCOMPARE(editor->rules()->rowCount(), before);
        QVERIFY(editor->rules()->rowForRule(QStringLiteral("head.yref")) >= 0);
        QVERIFY(draft->hasSample()); // undo does not take the sample away
    }

    // 3dcart targets are nested (SKUInfo.Stock): the preview shows one line per field a rule wrote.
    void nestedCartFieldsPreviewOnePerLine()
    {
        test::TempStore t;
        ui::MappingsPage page(t.store);
        auto *editor = page.editor();
        auto previewTester = watch(editor->preview());
        QVERIFY(page.openMapping(QStringLiteral("balance-stock")));
        QVERIFY(editor->draft()->hasSample()); // the shipped example
        QVERIFY2(editor->draft()->output(), qPrintable(editor->draft()->evalError()));
        QStandardItem *rec = editor->preview()->item(0);
        QVERIFY(rec);
        QHash<QString, QString> rules;
        for (int r = 0; r < rec->rowCount(); ++r)
            rules.insert(rec->child(r, 0)->text(), rec->child(r, 2)->text());
        QVERIFY2(rules.contains(QStringLiteral("SKUInfo.Stock")), qPrintable(rules.keys().join(u',')));
        QVERIFY(!rules.contains(QStringLiteral("SKUInfo")));
        QCOMPARE(rules.value(QStringLiteral("SKUInfo.Stock")), QStringLiteral("product.stock"));
    }

    void invalidExpressionListsIssueThatSelectsRule()
    {
        test::TempStore t;
        test::seedOrderItems(t);
        ui::MappingsPage page(t.store);
        page.resize(1200, 800);
        page.show();
        auto *editor = page.editor();
        auto rulesTester = watch(editor->rules());
        auto issuesTester = watch(editor->issues());
        openOrder(page);
        const QString ordt = QStringLiteral("head.ordt");
        editExpression(editor, ordt, QStringLiteral("noSuchFunction($.OrderDate)"));
        auto *issues = editor->issues();
        int hit = -1;
        for (int r = 0; r < issues->rowCount(); ++r)
            if (issues->index(r).data(ui::IssueListModel::RuleRole).toString() == ordt)
                hit = r;
        QVERIFY2(hit >= 0, "no issue names the edited rule");
        QVERIFY(issues->index(hit).data(ui::IssueListModel::ErrorRole).toBool());
        QVERIFY(editor->rules()->index(row(editor->rules(), ordt), 0).data(Qt::BackgroundRole).isValid());

        // Look at another rule first, then click the issue: the culprit's row is selected.
        QVERIFY(editor->selectRule(QString(), QStringLiteral("head.cuno")));
        QListView *view = editor->issueView();
        view->scrollTo(issues->index(hit));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(issues->index(hit)).center());
        QCOMPARE(editor->ruleView()->currentIndex().row(), row(editor->rules(), ordt));
    }

    void failedPreviewPointsAtItsRule()
    {
        test::TempStore t; // no lookup entries: the line's item lookup fails
        ui::MappingsPage page(t.store);
        auto *editor = page.editor();
        auto issuesTester = watch(editor->issues());
        openOrder(page);
        QVERIFY(!editor->draft()->output());
        auto *issues = editor->issues();
        const QModelIndex last = issues->index(issues->rowCount() - 1);
        QVERIFY(last.data().toString().contains(QLatin1String("itemBySku")));
        QCOMPARE(last.data(ui::IssueListModel::RuleRole).toString(), QStringLiteral("line.itno"));
        emit editor->issueView()->activated(last);
        QCOMPARE(editor->rules()->index(editor->ruleView()->currentIndex().row(), 0).data(Qt::UserRole),
                 QVariant(QStringLiteral("line.itno")));
    }

    void saveVersionAndActivate()
    {
        test::TempStore t;
        test::seedOrderItems(t);
        ui::MappingsPage page(t.store);
        auto listTester = watch(page.list()->model());
        auto *editor = page.editor();
        openOrder(page);
        editExpression(editor, QStringLiteral("head.yref"), QStringLiteral("concat('WEB-', $.OrderID)"));
        QSignalSpy saved(&page, &ui::MappingsPage::saved);
        auto v = page.saveVersion(QStringLiteral("web prefix for references"));
        QVERIFY2(v, v ? "" : qPrintable(v.error().message));
        QCOMPARE(saved.size(), 1);
        QVERIFY(editor->draft()->undoStack()->isClean());

        const mapping::MappingRepository repo(t.store);
        auto versions = repo.versions(kOrder);
        QVERIFY(versions);
        QCOMPARE(versions->size(), 1);
        QCOMPARE(versions->first().note, QStringLiteral("web prefix for references"));
        auto stored = repo.get(kOrder, v.value());
        QVERIFY(stored);
        auto doc = mapping::MappingDocument::fromJson(stored->document);
        QVERIFY(doc);
        QCOMPARE(doc->sections.first().rules.at(row(editor->rules(), QStringLiteral("head.yref"))).expr,
                 QStringLiteral("concat('WEB-', $.OrderID)"));
        QVERIFY(doc->extra.contains(QStringLiteral("_sample"))); // the preview sample travels with it

        auto *activate = page.findChild<QPushButton *>(QStringLiteral("activate"));
        QVERIFY(activate->isEnabled());
        QTest::mouseClick(activate, Qt::LeftButton);
        QVERIFY2(!activate->isEnabled(), qPrintable(page.statusText()));
        auto active = repo.active(kOrder);
        QVERIFY(active);
        QCOMPARE(active->version, v.value());
        // The list now shows the stored version instead of the shipped default.
        QVERIFY(page.openMapping(kOrder));
        QCOMPARE(page.currentVersion(), v.value());
        QVERIFY(editor->draft()->hasSample());
    }

    void savePromptCancelledSavesNothing()
    {
        test::TempStore t;
        test::seedOrderItems(t);
        ui::MappingsPage page(t.store);
        openOrder(page);
        page.setNotePrompt([](bool *ok) {
            *ok = false;
            return QString();
        });
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("saveVersion")), Qt::LeftButton);
        auto versions = mapping::MappingRepository(t.store).versions(kOrder);
        QVERIFY(versions);
        QVERIFY(versions->isEmpty());
    }

    void switchingWithEditsAsksAndCancelKeepsTheDraft()
    {
        test::TempStore t;
        test::seedOrderItems(t);
        ui::MappingsPage page(t.store);
        auto listTester = watch(page.list()->model());
        int asked = 0;
        editOrderAndAnswer(page, ui::MappingsPage::UnsavedAnswer::Cancel, &asked);
        const int orderRow = listRow(page, kOrder);
        const int other = listRow(page, QStringLiteral("customer"));
        QVERIFY(orderRow >= 0 && other >= 0);
        QCOMPARE(page.list()->currentRow(), orderRow);

        page.list()->setCurrentRow(other); // a click or an arrow key on another mapping
        QCOMPARE(asked, 1);
        QCOMPARE(page.currentName(), kOrder);
        QCOMPARE(page.list()->currentRow(), orderRow); // the selection went back to the open mapping
        QCOMPARE(yref(page.editor()->draft()->document()), QStringLiteral("concat('WEB-', $.OrderID)"));
        QVERIFY(!page.editor()->draft()->undoStack()->isClean());
        QVERIFY(page.editor()->title().startsWith(kOrder + QStringLiteral(" (shipped default) — edited")));
        QTRY_COMPARE(page.list()->currentRow(), orderRow); // also after the queued put-back

        QVERIFY(!page.openMapping(QStringLiteral("customer"))); // the other ways in ask too
        QCOMPARE(asked, 2);
        QVERIFY(!page.mayLeaveDraft()); // what the main window asks before closing
        QCOMPARE(asked, 3);
        QCOMPARE(page.currentName(), kOrder);
        QVERIFY(mapping::MappingRepository(t.store).versions(kOrder)->isEmpty());
    }

    void discardSwitches()
    {
        test::TempStore t;
        test::seedOrderItems(t);
        ui::MappingsPage page(t.store);
        int asked = 0;
        page.setUnsavedPrompt([&asked](const QString &) {
            ++asked;
            return ui::MappingsPage::UnsavedAnswer::Cancel;
        });
        openOrder(page);
        QVERIFY(page.openMapping(QStringLiteral("customer"))); // nothing edited: nothing asked
        QCOMPARE(asked, 0);

        editOrderAndAnswer(page, ui::MappingsPage::UnsavedAnswer::Discard, &asked);
        page.list()->setCurrentRow(listRow(page, QStringLiteral("customer")));
        QCOMPARE(asked, 1);
        QCOMPARE(page.currentName(), QStringLiteral("customer"));
        QCOMPARE(page.editor()->draft()->document().name, QStringLiteral("customer"));
        QVERIFY(page.editor()->draft()->undoStack()->isClean());
        QVERIFY(!page.editor()->title().contains(QStringLiteral("edited")));
        QVERIFY(mapping::MappingRepository(t.store).versions(kOrder)->isEmpty()); // thrown away
        // Back on the order mapping: the shipped default as it was.
        QVERIFY(page.openMapping(kOrder));
        QCOMPARE(asked, 1);
        QVERIFY(yref(page.editor()->draft()->document()) != QStringLiteral("concat('WEB-', $.OrderID)"));
    }

    void saveSavesAVersionThenSwitches()
    {
        test::TempStore t;
        test::seedOrderItems(t);
        ui::MappingsPage page(t.store);
        auto listTester = watch(page.list()->model());
        int asked = 0, noted = 0;
        editOrderAndAnswer(page, ui::MappingsPage::UnsavedAnswer::Save, &asked);
        page.setNotePrompt([&noted](bool *ok) {
            ++noted;
            *ok = true;
            return QStringLiteral("web prefix");
        });
        page.list()->setCurrentRow(listRow(page, QStringLiteral("customer")));
        QCOMPARE(asked, 1);
        QCOMPARE(noted, 1);
        const mapping::MappingRepository repo(t.store);
        auto versions = repo.versions(kOrder);
        QVERIFY(versions);
        QCOMPARE(versions->size(), 1);
        QCOMPARE(versions->first().note, QStringLiteral("web prefix"));
        auto stored = repo.get(kOrder, versions->first().version);
        QVERIFY(stored);
        QCOMPARE(yref(mapping::MappingDocument::fromJson(stored->document).value()),
                 QStringLiteral("concat('WEB-', $.OrderID)"));
        // Then the switch: the other mapping open and chosen in the rebuilt list.
        QCOMPARE(page.currentName(), QStringLiteral("customer"));
        QCOMPARE(page.list()->currentRow(), listRow(page, QStringLiteral("customer")));
        QVERIFY(page.editor()->draft()->undoStack()->isClean());
        QCOMPARE(page.list()->item(listRow(page, kOrder))->data(ui::MappingsPage::VersionRole).toInt(),
                 versions->first().version);

        // A note prompt cancelled keeps the draft: nothing saved, nothing switched.
        QVERIFY(page.openMapping(kOrder));
        editExpression(page.editor(), QStringLiteral("head.yref"),
                       QStringLiteral("concat('W2-', $.OrderID)"));
        page.setNotePrompt([](bool *ok) {
            *ok = false;
            return QString();
        });
        QVERIFY(!page.openMapping(QStringLiteral("customer")));
        QCOMPARE(page.currentName(), kOrder);
        QCOMPARE(repo.versions(kOrder)->size(), 1);
    }

    void titleSaysEditedAndNamesTheSavedVersion()
    {
        test::TempStore t;
        test::seedOrderItems(t);
        ui::MappingsPage page(t.store);
        auto *editor = page.editor();
        openOrder(page);
        QVERIFY(editor->title().startsWith(kOrder + QStringLiteral(" (shipped default)\n")));
        editExpression(editor, QStringLiteral("head.yref"), QStringLiteral("concat('WEB-', $.OrderID)"));
        QVERIFY(editor->title().startsWith(kOrder + QStringLiteral(" (shipped default) — edited\n")));
        editor->draft()->undoStack()->undo(); // back where it was loaded: not edited
        QVERIFY(editor->title().startsWith(kOrder + QStringLiteral(" (shipped default)\n")));
        editor->draft()->undoStack()->redo();

        auto v = page.saveVersion(QStringLiteral("web prefix"));
        QVERIFY(v);
        QVERIFY2(editor->title().startsWith(kOrder + QStringLiteral(" (version %1)\n").arg(v.value())),
                 qPrintable(editor->title()));
        editExpression(editor, QStringLiteral("head.yref"), QStringLiteral("concat('W2-', $.OrderID)"));
        QVERIFY(editor->title().contains(QStringLiteral("(version %1) — edited").arg(v.value())));
        auto v2 = page.saveVersion(QStringLiteral("another prefix"));
        QVERIFY(v2);
        QCOMPARE(v2.value(), v.value() + 1);
        QVERIFY(editor->title().startsWith(kOrder + QStringLiteral(" (version %1)\n").arg(v2.value())));
        QVERIFY(!editor->title().contains(QStringLiteral("shipped default")));
        // Opening an older version asks too (nothing to save now: it does not).
        int asked = 0;
        page.setUnsavedPrompt([&asked](const QString &) {
            ++asked;
            return ui::MappingsPage::UnsavedAnswer::Cancel;
        });
        QVERIFY(page.openVersion(v.value()));
        QCOMPARE(asked, 0);
        QVERIFY(editor->title().startsWith(kOrder + QStringLiteral(" (version %1)").arg(v.value())));
        editExpression(editor, QStringLiteral("head.yref"), QStringLiteral("concat('W3-', $.OrderID)"));
        QVERIFY(!page.openVersion(v2.value()));
        QCOMPARE(asked, 1);
        page.resize(1280, 800);
        test::shot(&page, "mapping_editor_edited");
    }

    void closingTheWindowWithEditsAsks()
    {
        test::TempStore t;
        test::seedOrderItems(t);
        ui::MainWindow w(t.store, std::make_shared<MemorySecretStore>());
        w.show();
        QVERIFY(w.showPage(QStringLiteral("audit")));
        ui::MappingsPage &page = *w.mappingsPage();
        int asked = 0;
        editOrderAndAnswer(page, ui::MappingsPage::UnsavedAnswer::Cancel, &asked);
        QVERIFY(!w.close());
        QCOMPARE(asked, 1);
        QVERIFY(w.isVisible());
        QCOMPARE(w.currentPage(), QStringLiteral("mappings")); // shows what would be lost
        page.setUnsavedPrompt([&asked](const QString &) {
            ++asked;
            return ui::MappingsPage::UnsavedAnswer::Discard;
        });
        QVERIFY(w.close());
        QCOMPARE(asked, 2);
    }
};

QTEST_MAIN(TstMappingEditor)
#include "tst_mapping_editor.moc"
