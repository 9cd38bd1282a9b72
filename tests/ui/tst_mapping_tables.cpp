// The mapping editor's tables and structure (issue 10): value maps and lookups edited as tables (one undo
// step per edit, duplicate and empty keys refused, rename follows the rules, CSV import inline and into the
// store with bad lines refused), rules and sections added and removed, the Default column, violations
// marked on the preview's fields, and every shipped default previewing its shipped example cleanly.
// Every model runs under QAbstractItemModelTester.

#include "mapping/default_mappings.h"
#include "mapping/lookup_source.h"
#include "mapping_test_support.h"
#include "screen_shot.h"
#include "temp_store.h"
#include "ui/mapping/entry_table_model.h"
#include "ui/mapping/lookup_editor.h"
#include "ui/mapping/mapping_draft.h"
#include "ui/mapping/mapping_editor.h"
#include "ui/mapping/mappings_page.h"
#include "ui/mapping/rule_table_model.h"
#include "ui/mapping/store_table_model.h"
#include "ui/mapping/structure_editor.h"
#include "ui/mapping/value_map_editor.h"
#include "ui/mapping/variant_table_model.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace m3cart;
using Severity = mapping::ValidationIssue::Severity;

class TstMappingTables : public QObject
{
    Q_OBJECT

    static std::unique_ptr<QAbstractItemModelTester> watch(QAbstractItemModel *m)
    {
        return test::watchModel(m);
    }

    static void settle(ui::MappingDraft *draft)
    {
        QSignalSpy refreshed(draft, &ui::MappingDraft::refreshed);
        QVERIFY(refreshed.wait(5000));
    }

    static QString preview(ui::MappingEditor *editor, const QString &ruleId)
    {
        auto *rules = editor->rules();
        return rules->index(rules->rowForRule(ruleId), ui::RuleTableModel::Preview).data().toString();
    }

    // The value item of a field in the preview tree's first record.
    static QStandardItem *previewField(ui::MappingEditor *editor, const QString &field)
    {
        QStandardItem *rec = editor->preview()->item(0);
        for (int r = 0; rec && r < rec->rowCount(); ++r)
            if (rec->child(r, 0)->text() == field)
                return rec->child(r, 1);
        return nullptr;
    }

    static QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &text)
    {
        QFile f(dir.filePath(QLatin1String(name)));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", name);
        f.write(text);
        return f.fileName();
    }

private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("m3cart-test")); }

    // status-order maps the highest line status through the value map coStatus (33 -> 2 in the example).
    void valueMapEditChangesPreviewAndUndoRestores()
    {
        test::TempStore t;
        ui::MappingsPage page(t.store);
        auto *editor = page.editor();
        auto *maps = editor->findChild<ui::ValueMapEditor *>();
        QVERIFY(maps);
        auto entriesTester = watch(maps->entries());
        auto rulesTester = watch(editor->rules());
        QVERIFY(page.openMapping(QStringLiteral("status-order")));
        QVERIFY(editor->draft()->hasSample()); // the shipped example, loaded by itself
        QCOMPARE(preview(editor, QStringLiteral("status.status")), QStringLiteral("2"));

        QVERIFY(maps->select(QStringLiteral("coStatus")));
        const int row = maps->entries()->rowForKey(QStringLiteral("33"));
        QVERIFY(row >= 0);
        maps->entryView()->setCurrentIndex(maps->entries()->index(row, ui::EntryTableModel::Value));
        QVERIFY(maps->entries()->setData(maps->entries()->index(row, ui::EntryTableModel::Value),
                                         QStringLiteral("3")));
        QCOMPARE(maps->entryView()->currentIndex().row(), row); // the keyboard stays where it was
        settle(editor->draft());
        QCOMPARE(preview(editor, QStringLiteral("status.status")), QStringLiteral("3"));
        // The value stays a number like the map's other values (3dcart status ids are integers).
        QVERIFY(editor->draft()->document().valueMaps.first().entries.at(row).second.isDouble());
        QCOMPARE(editor->draft()->undoStack()->count(), 1);

        editor->draft()->undoStack()->undo();
        settle(editor->draft());
        QCOMPARE(preview(editor, QStringLiteral("status.status")), QStringLiteral("2"));
        QCOMPARE(maps->entries()->index(row, ui::EntryTableModel::Value).data().toString(),
                 QStringLiteral("2"));

        // The rules using the map are listed; a click shows the rule in the Rules tab.
        QCOMPARE(maps->usedBy()->count(), 1);
        QVERIFY(maps->usedBy()->item(0)->text().startsWith(QLatin1String("status.status")));
        QVERIFY(editor->showView(maps));
        emit maps->usedBy()->itemClicked(maps->usedBy()->item(0));
        QCOMPARE(editor->views()->currentIndex(), 0);
        QCOMPARE(editor->rules()->index(editor->ruleView()->currentIndex().row(), 0).data(Qt::UserRole),
                 QVariant(QStringLiteral("status.status")));
    }

    void duplicateAndEmptyKeysRefused()
    {
        test::TempStore t;
        ui::MappingsPage page(t.store);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page)); // the keyboard shortcuts need an active window
        auto *editor = page.editor();
        auto *maps = editor->findChild<ui::ValueMapEditor *>();
        auto entriesTester = watch(maps->entries());
        QVERIFY(page.openMapping(QStringLiteral("status-order")));
        QVERIFY(maps->select(QStringLiteral("coStatus")));
        auto *entries = maps->entries();
        const int rows = entries->rowCount();
        QSignalSpy refused(entries, &ui::EntryTableModel::refused);
        const QModelIndex key33 =
            entries->index(entries->rowForKey(QStringLiteral("33")), ui::EntryTableModel::Key);
        QVERIFY(!entries->setData(key33, QStringLiteral("22")));
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.first().first().toString().contains(QLatin1String("'22'")));
        QVERIFY(maps->message().contains(QLatin1String("'22'"))); // shown under the table
        QVERIFY(!entries->setData(key33, QStringLiteral("  ")));
        QCOMPARE(refused.size(), 2);
        QVERIFY(refused.last().first().toString().contains(QLatin1String("'33'")));
        QCOMPARE(editor->draft()->undoStack()->count(), 0); // nothing was written
        QCOMPARE(entries->rowCount(), rows);

        // Insert adds a row with a placeholder key, Delete removes the current row: one step each.
        QVERIFY(editor->showView(maps));
        maps->entryView()->setFocus();
        QTest::keyClick(maps->entryView(), Qt::Key_Insert);
        QCOMPARE(entries->rowCount(), rows + 1);
        const int added = entries->rowForKey(QStringLiteral("NEW"));
        QVERIFY(added >= 0);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // leave the key editor as it is
        const int second = entries->addEntry();
        QVERIFY(second >= 0);
        QCOMPARE(second, entries->rowForKey(QStringLiteral("NEW 2")));
        QVERIFY(entries->setData(entries->index(added, ui::EntryTableModel::Key), QStringLiteral("50")));
        QVERIFY(entries->setData(entries->index(added, ui::EntryTableModel::Value), QStringLiteral("3")));
        QVERIFY(
            editor->draft()->document().valueMaps.first().entries.at(added).second.isDouble()); // like the
                                                                                                // rest
        maps->entryView()->setFocus();
        maps->entryView()->setCurrentIndex(entries->index(entries->rowForKey(QStringLiteral("NEW 2")), 0));
        QTest::keyClick(maps->entryView(), Qt::Key_Delete);
        QCOMPARE(entries->rowCount(), rows + 1);
        QCOMPARE(entries->rowForKey(QStringLiteral("NEW 2")), -1);
        QCOMPARE(editor->draft()->undoStack()->count(), 5);

        // The map's own settings are edits too.
        QVERIFY(maps->setIgnoreCase(true));
        QVERIFY(maps->setOnMissing(mapping::MissPolicy::PassThrough));
        QVERIFY(maps->setDefaultText(QStringLiteral("1")));
        QVERIFY(maps->setDescription(QStringLiteral("line status to 3dcart")));
        const mapping::ValueMapDef &m = editor->draft()->document().valueMaps.first();
        QVERIFY(m.ignoreCase);
        QCOMPARE(m.onMissing, mapping::MissPolicy::PassThrough);
        QCOMPARE(m.defaultValue, QJsonValue(1.0));
        QCOMPARE(editor->draft()->undoStack()->count(), 9);
    }

    void renameUpdatesRules()
    {
        test::TempStore t;
        test::seedOrderItems(t);
        ui::MappingsPage page(t.store);
        auto *editor = page.editor();
        auto *maps = editor->findChild<ui::ValueMapEditor *>();
        QVERIFY(page.openMapping(QStringLiteral("order-batch-order")));
        QVERIFY(maps->renameTable(QStringLiteral("paymentMethod"), QStringLiteral("payment")));
        QCOMPARE(maps->current(), QStringLiteral("payment"));
        const auto findRule = [&](const QString &id) {
            for (const auto &s : editor->draft()->document().sections)
                for (const auto &r : s.rules)
                    if (r.id == id)
                        return r;
            return mapping::RuleDef();
        };
        QCOMPARE(findRule(QStringLiteral("head.pycd")).valueMap, QStringLiteral("payment"));
        QVERIFY(!maps->renameTable(QStringLiteral("payment"), QStringLiteral("carrier"))); // taken
        QVERIFY(maps->message().contains(QLatin1String("'carrier'")));
        editor->draft()->refreshNow();
        QVERIFY2(editor->draft()->output(), qPrintable(editor->draft()->evalError())); // still compiles

        // A map used inside an expression: map('coStatus', ...) follows the rename as well.
        page.setUnsavedPrompt([](const QString &) { return ui::MappingsPage::UnsavedAnswer::Discard; });
        QVERIFY(page.openMapping(QStringLiteral("status-order")));
        QVERIFY(maps->renameTable(QStringLiteral("coStatus"), QStringLiteral("lineStatus")));
        const QString expr = findRule(QStringLiteral("status.status")).expr;
        QVERIFY2(expr.contains(QLatin1String("map('lineStatus', trim($.head.ORST))")), qPrintable(expr));
        QVERIFY(!expr.contains(QLatin1String("coStatus")));
        editor->draft()->undoStack()->undo();
        QVERIFY(findRule(QStringLiteral("status.status")).expr.contains(QLatin1String("map('coStatus'")));
    }

    void csvImportIntoValueMapAndLookup()
    {
        test::TempStore t;
        ui::MappingsPage page(t.store);
        auto *editor = page.editor();
        auto *maps = editor->findChild<ui::ValueMapEditor *>();
        auto *lookups = editor->findChild<ui::LookupEditor *>();
        QVERIFY(lookups);
        auto storeTester = watch(lookups->storeTable());
        auto variantTester = watch(lookups->variants());
        auto inlineTester = watch(lookups->entries());
        QVERIFY(page.openMapping(QStringLiteral("order-batch-order")));
        QVERIFY(!editor->draft()->output()); // the example's SKUs are not in the empty store table
        QTemporaryDir dir;

        // A bad line: nothing is written, the error names the line.
        QVERIFY(maps->select(QStringLiteral("paymentMethod")));
        const int mapRows = maps->entries()->rowCount();
        auto bad = maps->importFile(writeFile(dir, "bad.csv", "key,value\nVisa,CC\nno separator here\n"),
                                    ui::TableDefEditor::Destination::Inline);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QLatin1String("line 3")), qPrintable(bad.error().message));
        QCOMPARE(maps->entries()->rowCount(), mapRows);
        QCOMPARE(editor->draft()->undoStack()->count(), 0);

        // Into the value map (undoable): quoted keys with separators, one new and one replaced.
        auto intoMap = maps->importFile(writeFile(dir, "pay.csv", "\"Visa, Mastercard\";CC\nCheck;CHQ\n"),
                                        ui::TableDefEditor::Destination::Inline);
        QVERIFY2(intoMap, intoMap ? "" : qPrintable(intoMap.error().message));
        QCOMPARE(intoMap->added, 1);
        QCOMPARE(intoMap->replaced, 1);
        QVERIFY(maps->entries()->rowForKey(QStringLiteral("Visa, Mastercard")) >= 0);
        QCOMPARE(editor->draft()->undoStack()->count(), 1);

        // Into the lookup's store table (not undoable): the preview now finds the items.
        QVERIFY(lookups->select(QStringLiteral("itemBySku")));
        const QString skus = writeFile(dir, "skus.csv", "key\tvalue\nMUG\tITM-MUG\nCAP-2\tITM-CAP2\n");
        auto intoStore = lookups->importFile(skus, ui::TableDefEditor::Destination::Store);
        QVERIFY2(intoStore, intoStore ? "" : qPrintable(intoStore.error().message));
        QCOMPARE(intoStore->added, 2);
        QCOMPARE(lookups->storeTable()->total(), 2);
        QCOMPARE(lookups->storeTable()->index(0, 0).data().toString(), QStringLiteral("CAP-2"));
        lookups->storeTable()->setSearch(QStringLiteral("mu"));
        QCOMPARE(lookups->storeTable()->total(), 1);
        QVERIFY2(editor->draft()->output(), qPrintable(editor->draft()->evalError()));
        QCOMPARE(editor->draft()->undoStack()->count(), 1); // the store import is no undo step
        auto again = lookups->importFile(skus, ui::TableDefEditor::Destination::Store);
        QCOMPARE(again->replaced, 2);

        // A large table is read a page at a time.
        QHash<QString, QString> many;
        for (int i = 0; i < 250; ++i)
            many.insert(QStringLiteral("SKU-%1").arg(i, 3, 10, QLatin1Char('0')),
                        QStringLiteral("ITM-%1").arg(i));
        QVERIFY(mapping::LookupRepository(t.store).setMany(QStringLiteral("sku_itno"), many));
        auto *store = lookups->storeTable();
        store->setSearch(QStringLiteral("sku-"));
        QCOMPARE(store->total(), 250);
        QCOMPARE(store->pageCount(), 3);
        QCOMPARE(store->rowCount(), ui::StoreTableModel::kPageSize);
        store->setPage(2);
        QCOMPARE(store->rowCount(), 50);
        QCOMPARE(store->index(0, 0).data().toString(), QStringLiteral("SKU-200"));

        // Into the lookup's inline entries (undoable).
        const int inlineRows = lookups->entries()->rowCount();
        auto intoInline = lookups->importFile(writeFile(dir, "gift.csv", "GIFT,GC100\n"),
                                              ui::TableDefEditor::Destination::Inline);
        QVERIFY(intoInline);
        QCOMPARE(lookups->entries()->rowCount(), inlineRows + 1);
        editor->draft()->undoStack()->undo();
        QCOMPARE(lookups->entries()->rowCount(), inlineRows);

        // Variants are edited in their table: a kind that needs fields gets a working start.
        const int variants = lookups->variants()->rowCount();
        QCOMPARE(variants, 3); // exact, upper, stripSuffix
        QCOMPARE(lookups->variants()->index(2, ui::VariantTableModel::Separator).data().toString(),
                 QStringLiteral("-"));
        const int added = lookups->variants()->addVariant(QStringLiteral("pattern"));
        QCOMPARE(added, variants);
        QCOMPARE(lookups->variants()->index(added, ui::VariantTableModel::Pattern).data().toString(),
                 QStringLiteral("^(.+)$"));
        QVERIFY(
            !lookups->variants()->setData(lookups->variants()->index(added, ui::VariantTableModel::Pattern),
                                          QString())); // refused: a pattern needs a regex
        QVERIFY(!lookups->variants()->setData(lookups->variants()->index(added, ui::VariantTableModel::Kind),
                                              QStringLiteral("fuzzy")));
        QVERIFY(lookups->variants()->removeVariant(added));
        QCOMPARE(lookups->variants()->rowCount(), variants);
    }

    void addAndRemoveRulesAndSections()
    {
        test::TempStore t;
        test::seedOrderItems(t);
        ui::MappingsPage page(t.store);
        auto *editor = page.editor();
        auto *structure = editor->findChild<ui::StructureEditor *>();
        QVERIFY(structure);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto rulesTester = watch(editor->rules());
        QVERIFY(page.openMapping(QStringLiteral("order-batch-order")));
        auto *draft = editor->draft();
        const int rules = editor->rules()->rowCount();

        const auto free = structure->freeFields(0);
        QVERIFY(!free.isEmpty());
        for (const auto &f : free) // no field that already has a rule
            QCOMPARE(editor->rules()->rowForRule(QStringLiteral("head.") + f.name.toLower()), -1);
        bool seenOptional = false;
        for (const auto &f : free) { // mandatory ones first
            QVERIFY(!(seenOptional && f.mandatory));
            seenOptional = seenOptional || !f.mandatory;
        }
        const QString field = free.first().name;
        QVERIFY(structure->addRule(0, field));
        const QString id = QStringLiteral("head.") + field.toLower();
        QCOMPARE(editor->rules()->rowCount(), rules + 1);
        QCOMPARE(editor->rules()->index(editor->ruleView()->currentIndex().row(), 0).data(Qt::UserRole),
                 QVariant(id));                 // selected, ready for its expression
        QVERIFY(!structure->addRule(0, field)); // one rule per field
        draft->undoStack()->undo();
        QCOMPARE(editor->rules()->rowCount(), rules);

        // Delete on the rule table removes the selected rule.
        editor->ruleView()->setFocus();
        QVERIFY(editor->selectRule(QStringLiteral("head"), QStringLiteral("head.yref")));
        QTest::keyClick(editor->ruleView(), Qt::Key_Delete);
        QCOMPARE(editor->rules()->rowCount(), rules - 1);
        QCOMPARE(editor->rules()->rowForRule(QStringLiteral("head.yref")), -1);
        draft->undoStack()->undo();
        QVERIFY(editor->rules()->rowForRule(QStringLiteral("head.yref")) >= 0);

        // Sections: a 3dcart object or an MI transaction of the catalogue, with a unique id.
        const int sections = int(draft->document().sections.size());
        mapping::SectionDef s;
        s.id = QStringLiteral("text2");
        s.target.program = QStringLiteral("OIS100MI");
        s.target.transaction = QStringLiteral("AddBatchText");
        s.when = QStringLiteral("notEmpty($.CustomerComments)");
        QVERIFY(structure->addSection(s));
        QCOMPARE(draft->document().sections.size(), sections + 1);
        QCOMPARE(editor->rules()->section(), sections); // shown
        QVERIFY(!structure->freeFields(sections).isEmpty());
        QVERIFY(!structure->addSection(s)); // the id is taken
        QVERIFY(structure->lastMessage().contains(QLatin1String("text2")));
        s.id = QStringLiteral("nope");
        s.target.transaction = QStringLiteral("AddHead"); // not in the metadata
        QVERIFY(!structure->addSection(s));
        QVERIFY(structure->removeSection(0));
        QCOMPARE(draft->document().sections.size(), sections);
        QCOMPARE(draft->document().sections.first().id, QStringLiteral("address"));
        draft->undoStack()->undo();
        draft->undoStack()->undo();
        QCOMPARE(draft->document().sections.size(), sections);
        QCOMPARE(draft->document().sections.first().id, QStringLiteral("head"));
    }

    // The add dialogs open from the buttons and are answered with the keyboard (Enter takes the first
    // free field / the first transaction of the catalogue).
    void addDialogsWorkFromTheKeyboard()
    {
        test::TempStore t;
        test::seedOrderItems(t);
        ui::MappingsPage page(t.store);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto *editor = page.editor();
        QVERIFY(page.openMapping(QStringLiteral("order-batch-order")));
        const int rules = editor->rules()->rowCount();
        const int sections = int(editor->draft()->document().sections.size());
        auto answer = [](const char *shot) {
            QTimer::singleShot(0, [shot] {
                QWidget *dialog = QApplication::activeModalWidget();
                QVERIFY(dialog);
                test::shot(dialog, shot);
                QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog, Qt::Key_Return);
            });
        };
        answer("mapping_add_rule");
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("addRule")), Qt::LeftButton);
        QCOMPARE(editor->rules()->rowCount(), rules + 1);
        answer("mapping_add_section");
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("addSection")), Qt::LeftButton);
        QCOMPARE(editor->draft()->document().sections.size(), sections + 1);
        QCOMPARE(editor->draft()->document().sections.last().target.system, mapping::TargetRef::System::M3);
        QCOMPARE(editor->rules()->section(), sections);
    }

    void defaultColumnEditsTheRuleDefault()
    {
        test::TempStore t;
        test::seedOrderItems(t);
        ui::MappingsPage page(t.store);
        auto *editor = page.editor();
        auto rulesTester = watch(editor->rules());
        QVERIFY(page.openMapping(QStringLiteral("order-batch-order")));
        auto *rules = editor->rules();
        const QModelIndex cell =
            rules->index(rules->rowForRule(QStringLiteral("head.yref")), ui::RuleTableModel::Default);
        QVERIFY(rules->flags(cell) & Qt::ItemIsEditable);
        QVERIFY(rules->setData(cell, QStringLiteral("WEB")));
        QCOMPARE(cell.data().toString(), QStringLiteral("WEB"));
        QCOMPARE(editor->draft()->document().sections.first().rules.at(cell.row()).defaultValue,
                 QJsonValue("WEB"));
        QVERIFY(rules->headerData(ui::RuleTableModel::Expression, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("constant")));
        editor->draft()->undoStack()->undo();
        QVERIFY(cell.data().toString().isEmpty());
        // The default of the head's order discount (OTBA, numeric) is a number.
        const QModelIndex otba =
            rules->index(rules->rowForRule(QStringLiteral("head.otba")), ui::RuleTableModel::Default);
        QVERIFY(rules->setData(otba, QStringLiteral("0")));
        QVERIFY(editor->draft()->document().sections.first().rules.at(otba.row()).defaultValue.isDouble());
    }

    void previewMarksViolations()
    {
        test::TempStore t;
        test::seedOrderItems(t);
        ui::MappingsPage page(t.store);
        page.resize(1280, 800);
        page.show();
        auto *editor = page.editor();
        auto rulesTester = watch(editor->rules());
        auto previewTester = watch(editor->preview());
        QVERIFY(page.openMapping(QStringLiteral("order-batch-order")));
        QStandardItem *cuor = previewField(editor, QStringLiteral("CUOR"));
        QVERIFY(cuor);
        QVERIFY(cuor->icon().isNull());
        QVERIFY(cuor->toolTip().startsWith(QLatin1String("A(")));

        auto *rules = editor->rules();
        const int row = rules->rowForRule(QStringLiteral("head.cuor"));
        QVERIFY(rules->setData(rules->index(row, ui::RuleTableModel::Expression),
                               QStringLiteral("'WEBSHOP-NORTH-AMERICA-2318'")));
        settle(editor->draft());
        QVERIFY2(editor->draft()->output(), qPrintable(editor->draft()->evalError()));
        cuor = previewField(editor, QStringLiteral("CUOR"));
        QVERIFY(cuor);
        QVERIFY(!cuor->icon().isNull());
        QVERIFY2(cuor->toolTip().contains(QLatin1String("longer than")), qPrintable(cuor->toolTip()));
        const QModelIndex cell = rules->index(row, ui::RuleTableModel::Preview);
        QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QLatin1String("longer than")));
        // Other fields stay unmarked.
        QStandardItem *cuno = previewField(editor, QStringLiteral("CUNO"));
        QVERIFY(cuno);
        QVERIFY(cuno->icon().isNull());
        QVERIFY(
            editor->preview()->item(0)->toolTip().contains(QLatin1String("longer than"))); // its record too
        test::shot(&page, "mapping_preview_violation");
    }

    void everyShippedDefaultPreviewsWithItsExample()
    {
        test::TempStore t;
        test::seedOrderItems(t); // order-batch-order's item lookup fails on a miss; the others fall back
        ui::MappingsPage page(t.store);
        auto *editor = page.editor();
        const auto defaults = mapping::defaultMappings();
        QVERIFY(defaults.size() >= 8);
        // The sample button is a menu: the shipped example, a file or a stored event.
        auto *sample = editor->findChild<QToolButton *>(QStringLiteral("sample"));
        QVERIFY(sample && sample->menu());
        QCOMPARE(sample->menu()->actions().size(), 3);
        for (const mapping::DefaultMapping &d : defaults) {
            QVERIFY(page.openMapping(d.name));
            auto *draft = editor->draft();
            QVERIFY2(draft->hasSample(), qPrintable(d.name));
            QVERIFY2(draft->output(), qPrintable(d.name + QStringLiteral(": ") + draft->evalError()));
            for (const auto &i : draft->issues())
                QVERIFY2(i.severity != Severity::Error, qPrintable(d.name + QStringLiteral(": ") + i.text()));
            int records = 0;
            for (const auto &s : draft->output()->sections)
                records += int(s.records.size());
            QVERIFY2(records > 0, qPrintable(d.name));
        }
    }

    void screenshots()
    {
        test::TempStore t;
        test::seedOrderItems(t);
        ui::MappingsPage page(t.store);
        page.resize(1280, 800);
        page.show();
        auto *editor = page.editor();
        QVERIFY(page.openMapping(QStringLiteral("order-batch-order")));
        auto *maps = editor->findChild<ui::ValueMapEditor *>();
        QVERIFY(editor->showView(maps));
        QVERIFY(maps->select(QStringLiteral("paymentMethod")));
        test::shot(&page, "mapping_value_maps");
        auto *lookups = editor->findChild<ui::LookupEditor *>();
        QVERIFY(editor->showView(lookups));
        QVERIFY(lookups->select(QStringLiteral("itemBySku")));
        QCOMPARE(lookups->storeTable()->total(), 4); // the entries test::seedOrderItems wrote
        test::shot(&page, "mapping_lookups");
    }
};

QTEST_MAIN(TstMappingTables)
#include "tst_mapping_tables.moc"
