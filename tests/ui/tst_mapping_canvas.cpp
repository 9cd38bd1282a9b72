// The Canvas tab of the mapping editor (issue 10): the source tree and the target fields of a section
// with one line per rule, connecting by a mouse drag and by the keyboard, deleting a line, undo/redo,
// the function chain dialog (add a function: the expression and the preview change), search and "hide
// unmapped", and the mapping assistant's dashed proposals (accept, reject, accept all above a threshold).
// Every model runs under QAbstractItemModelTester.

#include "mapping/lookup_source.h"
#include "mapping_test_support.h"
#include "screen_shot.h"
#include "temp_store.h"
#include "ui/mapping/canvas_items.h"
#include "ui/mapping/canvas_view.h"
#include "ui/mapping/function_chain.h"
#include "ui/mapping/function_chain_dialog.h"
#include "ui/mapping/mapping_canvas.h"
#include "ui/mapping/mapping_draft.h"
#include "ui/mapping/mapping_editor.h"
#include "ui/mapping/mappings_page.h"
#include "ui/mapping/rule_table_model.h"
#include "ui/mapping/suggestion_model.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QGraphicsScene>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

using namespace m3cart;

namespace {
const QString kOrder = QStringLiteral("order-batch-order");
const QString kSample = QStringLiteral(M3CART_TEST_DATA "/mapping/order_registered.json");
} // namespace

class TstMappingCanvas : public QObject
{
    Q_OBJECT

    static std::unique_ptr<QAbstractItemModelTester> watch(QAbstractItemModel *m)
    {
        return test::watchModel(m);
    }

    // The shipped order mapping with the registered-customer sample, the Canvas tab shown.
    static ui::MappingCanvas *openOrder(ui::MappingsPage &page, bool withSample = true)
    {
        if (!page.openMapping(kOrder))
            return nullptr;
        if (withSample && !page.editor()->draft()->loadSampleFile(kSample))
            return nullptr;
        auto *canvas = page.editor()->findChild<ui::MappingCanvas *>();
        if (canvas)
            page.editor()->showView(canvas);
        return canvas;
    }

    static int section(ui::MappingEditor *editor, const QString &id)
    {
        const auto &sections = editor->draft()->document().sections;
        for (int s = 0; s < sections.size(); ++s)
            if (sections.at(s).id == id)
                return s;
        return -1;
    }

    static const mapping::RuleDef *ruleFor(ui::MappingEditor *editor, const QString &field)
    {
        const int s = editor->rules()->section();
        for (const auto &r : editor->draft()->document().sections.at(s).rules)
            if (r.target == field)
                return &r;
        return nullptr;
    }

    static QPoint viewPos(ui::MappingCanvas *canvas, QGraphicsItem *item)
    {
        return canvas->view()->mapFromScene(item->sceneBoundingRect().center());
    }

private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("m3cart-test")); }

    void chainsParseAndPrint()
    {
        const auto chain =
            ui::parseChain(QStringLiteral("truncate(trim($.ShipmentList[0].ShipmentCity), 20)"));
        QVERIFY(chain);
        QCOMPARE(chain->source, QStringLiteral("$.ShipmentList[0].ShipmentCity"));
        QCOMPARE(chain->steps.size(), 2);
        QCOMPARE(chain->label(), QStringLiteral("trim → truncate(20)"));
        QCOMPARE(chain->expression(), QStringLiteral("truncate(trim($.ShipmentList[0].ShipmentCity), 20)"));
        // A pipe is the same chain.
        QCOMPARE(ui::parseChain(QStringLiteral("$.A | trim | upper"))->label(),
                 QStringLiteral("trim → upper"));
        QVERIFY(!ui::parseChain(QStringLiteral("concat($.A, $.B)")));
        QVERIFY(!ui::parseChain(QStringLiteral("'WEB'")));
        QCOMPARE(ui::referencedPaths(QStringLiteral("if($.CustomerID == 0, $params.g, @.ItemID)")),
                 QStringList({QStringLiteral("$.CustomerID"), QStringLiteral("$params.g"),
                              QStringLiteral("@.ItemID")}));
    }

    void showsTreesAndLines()
    {
        test::TempStore t;
        test::seedOrderItems(t);
        ui::MappingsPage page(t.store);
        auto *canvas = openOrder(page);
        QVERIFY(canvas);
        auto *editor = page.editor();
        auto rulesTester = watch(editor->rules());
        QCOMPARE(canvas->section(), 0);
        // Head: sources as paths, lists as repeated groups, targets with the mandatory mark.
        QVERIFY(canvas->sourceItem(QStringLiteral("$.BillingEmail")));
        QVERIFY(canvas->sourceItem(QStringLiteral("$.OrderItemList")));
        QVERIFY(canvas->sourceItem(QStringLiteral("$.OrderItemList"))
                    ->row()
                    .label.startsWith(QStringLiteral("↻")));
        QVERIFY(canvas->sourceItem(QStringLiteral("$.ShipmentList[0].ShipmentCity")));
        auto *cuno = canvas->targetItem(QStringLiteral("CUNO"));
        QVERIFY(cuno);
        QVERIFY(cuno->row().mandatory);
        QVERIFY(!cuno->row().description.isEmpty());
        // One line per rule; a chain labels its line, a path-only rule has none.
        const auto &head = editor->draft()->document().sections.at(0);
        for (const auto &r : head.rules)
            QVERIFY2(canvas->ruleLink(r.id), qPrintable(r.id));
        const QString pycd = ruleFor(editor, QStringLiteral("PYCD"))->id;
        QCOMPARE(canvas->ruleLink(pycd)->label(), QStringLiteral("trim → map paymentMethod"));
        // Selecting a line selects its rule in the table, and the other way round.
        canvas->ruleLink(pycd)->setSelected(true);
        QCOMPARE(editor->ruleView()->currentIndex().row(), editor->rules()->rowForRule(pycd));
        const QString yref = ruleFor(editor, QStringLiteral("YREF"))->id;
        editor->ruleView()->setCurrentIndex(editor->rules()->index(editor->rules()->rowForRule(yref), 2));
        QVERIFY(canvas->ruleLink(yref)->isSelected());
        QVERIFY(!canvas->ruleLink(pycd)->isSelected());

        // Lines: the element's fields as @, the section repeated, $index there too.
        const int lines = section(editor, QStringLiteral("lines"));
        editor->selectSection(lines);
        QCOMPARE(canvas->section(), lines);
        QVERIFY(canvas->sourceItem(QStringLiteral("@.ItemQuantity")));
        QCOMPARE(canvas->sourceItem(QStringLiteral("@.ItemQuantity"))->row().path,
                 QStringLiteral("@.ItemQuantity"));
        QVERIFY(canvas->sourceItem(QStringLiteral("$index")));
        QVERIFY(canvas->sourceItem(QStringLiteral("@.ItemQuantity"))->row().mapped);
        bool repeated = false;
        for (QGraphicsItem *i : canvas->scene()->items())
            if (i->type() == ui::FieldItemType && static_cast<ui::FieldItem *>(i)->row().label.contains(
                                                      QStringLiteral("one per $.OrderItemList")))
                repeated = true;
        QVERIFY(repeated);

        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        test::shot(&page, "mapping_canvas_lines");
        editor->selectSection(0);
        test::shot(&page, "mapping_canvas_head");
        canvas->hideUnmappedBox()->setChecked(true);
        test::shot(&page, "mapping_canvas_head_mapped");
        canvas->hideUnmappedBox()->setChecked(false);
    }

    // A 3dcart target (nested fields dotted) from an M3 source kind (MI output records in a list).
    void cartTargetFromM3Source()
    {
        test::TempStore t;
        ui::MappingsPage page(t.store);
        QVERIFY(page.openMapping(QStringLiteral("balance-stock")));
        auto *canvas = page.editor()->findChild<ui::MappingCanvas *>();
        QVERIFY(canvas);
        QVERIFY(page.editor()->showView(canvas));
        QVERIFY(canvas->targetItem(QStringLiteral("SKUInfo.Stock")));
        QVERIFY(canvas->targetItem(QStringLiteral("SKUInfo.Stock"))->row().mapped);
        QVERIFY(canvas->sourceItem(QStringLiteral("$.balances")));
        QVERIFY(canvas->sourceItem(QStringLiteral("$.balances[0].AV01"))); // from the MI metadata, no sample
        for (const auto &r : page.editor()->draft()->document().sections.at(0).rules)
            QVERIFY2(canvas->ruleLink(r.id), qPrintable(r.id));
        // The stock formula reads the balances and two parameters: three lines into one box.
        const QString stock = page.editor()->draft()->document().sections.at(0).rules.at(2).id;
        QCOMPARE(canvas->ruleLink(stock)->label(), QStringLiteral("max(…)"));
        QVERIFY(canvas->sourceItem(QStringLiteral("$params.buffer"))->row().mapped);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        canvas->hideUnmappedBox()->setChecked(true);
        test::shot(&page, "mapping_canvas_balance");
    }

    void connectByDragAndUndo()
    {
        test::TempStore t;
        test::seedOrderItems(t);
        ui::MappingsPage page(t.store);
        auto *canvas = openOrder(page);
        QVERIFY(canvas);
        auto *editor = page.editor();
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!ruleFor(editor, QStringLiteral("OREF")));
        auto *from = canvas->sourceItem(QStringLiteral("$.BillingEmail"));
        auto *to = canvas->targetItem(QStringLiteral("OREF"));
        QVERIFY(from && to);
        // Both ends on screen.
        canvas->view()->centerOn(from->sceneBoundingRect().united(to->sceneBoundingRect()).center());
        const QRect shown = canvas->view()->viewport()->rect();
        QVERIFY(shown.contains(viewPos(canvas, from)));
        QVERIFY(shown.contains(viewPos(canvas, to)));
        QWidget *vp = canvas->view()->viewport();
        const QPoint a = viewPos(canvas, from);
        const QPoint b = viewPos(canvas, to);
        QTest::mousePress(vp, Qt::LeftButton, {}, a);
        QTest::mouseMove(vp, a + QPoint(20, 0));
        QTest::mouseMove(vp, b);
        QTest::mouseRelease(vp, Qt::LeftButton, {}, b);
        const auto *rule = ruleFor(editor, QStringLiteral("OREF"));
        QVERIFY(rule);
        QCOMPARE(rule->expr, QStringLiteral("$.BillingEmail"));
        QCOMPARE(editor->draft()->undoStack()->undoText(), QStringLiteral("Connect $.BillingEmail → OREF"));
        QVERIFY(canvas->ruleLink(rule->id));
        QVERIFY(canvas->ruleLink(rule->id)->isSelected());

        editor->draft()->undoStack()->undo();
        QVERIFY(!ruleFor(editor, QStringLiteral("OREF")));
        QVERIFY(!canvas->targetItem(QStringLiteral("OREF"))->row().mapped);
        editor->draft()->undoStack()->redo();
        QVERIFY(ruleFor(editor, QStringLiteral("OREF")));
        QVERIFY(canvas->targetItem(QStringLiteral("OREF"))->row().mapped);

        // Connecting onto a chain re-wires it: the functions stay, the source changes.
        const QString before = ruleFor(editor, QStringLiteral("PYCD"))->expr;
        QCOMPARE(before, QStringLiteral("trim($.BillingPaymentMethod)"));
        QVERIFY(canvas->connectFields(QStringLiteral("$.BillingPaymentMethodID"), QStringLiteral("PYCD")));
        QCOMPARE(ruleFor(editor, QStringLiteral("PYCD"))->expr,
                 QStringLiteral("trim($.BillingPaymentMethodID)"));
    }

    void connectByKeyboardAndDelete()
    {
        test::TempStore t;
        test::seedOrderItems(t);
        ui::MappingsPage page(t.store);
        auto *canvas = openOrder(page);
        QVERIFY(canvas);
        auto *editor = page.editor();
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Find the source, find the target (Enter steps to the target among the matches), Ctrl+L.
        canvas->searchField()->setFocus();
        QTest::keyClicks(canvas->searchField(), QStringLiteral("BillingCompany"));
        QCOMPARE(canvas->scene()->selectedItems().size(), 1);
        QCOMPARE(canvas->scene()->selectedItems().first(),
                 canvas->sourceItem(QStringLiteral("$.BillingCompany")));
        QTest::keyClick(canvas->searchField(), Qt::Key_Return); // takes the match
        canvas->searchField()->clear();
        QTest::keyClicks(canvas->searchField(), QStringLiteral("Our referens"));
        QCOMPARE(canvas->scene()->selectedItems().first(), canvas->targetItem(QStringLiteral("OREF")));
        QTest::keyClick(canvas->searchField(), Qt::Key_Return);
        QTest::keyClick(canvas->searchField(), Qt::Key_L, Qt::ControlModifier);
        const auto *rule = ruleFor(editor, QStringLiteral("OREF"));
        QVERIFY2(rule, qPrintable(canvas->statusText()));
        QCOMPARE(rule->expr, QStringLiteral("$.BillingCompany"));

        // Arrows walk the fields: Down to the next source, Right across to the nearest target.
        canvas->view()->setFocus();
        canvas->scene()->clearSelection();
        canvas->sourceItem(QStringLiteral("$.BillingCity"))->setSelected(true);
        QTest::keyClick(canvas->view(), Qt::Key_Down);
        QVERIFY(canvas->sourceItem(QStringLiteral("$.BillingCompany"))->isSelected());
        QTest::keyClick(canvas->view(), Qt::Key_Right);
        QCOMPARE(canvas->scene()->selectedItems().size(), 1);
        QCOMPARE(static_cast<ui::FieldItem *>(canvas->scene()->selectedItems().first())->row().side,
                 ui::FieldItem::Target);
        canvas->scene()->clearSelection();
        canvas->ruleLink(ruleFor(editor, QStringLiteral("OREF"))->id)->setSelected(true);

        // Delete on the selected line removes the rule, undoably.
        const QString id = rule->id;
        const int count = int(editor->draft()->document().sections.at(0).rules.size());
        canvas->view()->setFocus();
        QVERIFY(canvas->ruleLink(id)->isSelected());
        QTest::keyClick(canvas->view(), Qt::Key_Delete);
        QCOMPARE(editor->draft()->document().sections.at(0).rules.size(), count - 1);
        QVERIFY(!canvas->ruleLink(id));
        editor->draft()->undoStack()->undo();
        QVERIFY(canvas->ruleLink(id));
    }

    void functionChain()
    {
        test::TempStore t;
        test::seedOrderItems(t);
        ui::MappingsPage page(t.store);
        auto *canvas = openOrder(page);
        QVERIFY(canvas);
        auto *editor = page.editor();
        auto rulesTester = watch(editor->rules());
        QVERIFY(canvas->connectFields(QStringLiteral("$.BillingEmail"), QStringLiteral("OREF")));
        const QString id = ruleFor(editor, QStringLiteral("OREF"))->id;
        QVERIFY(canvas->ruleLink(id)->isSelected());
        // Enter on the selected line opens its chain.
        canvas->view()->setFocus();
        QTest::keyClick(canvas->view(), Qt::Key_Return);
        auto *dialog = canvas->findChild<ui::FunctionChainDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->setFilter(QStringLiteral("trunc"));
        QVERIFY(dialog->isChain());
        QCOMPARE(dialog->previewText(), QStringLiteral(" Jane.Doe@Example.COM "));
        QVERIFY(dialog->addStep(QStringLiteral("trim")));
        QVERIFY(dialog->addStep(QStringLiteral("lower")));
        QCOMPARE(dialog->expression(), QStringLiteral("lower(trim($.BillingEmail))"));
        QCOMPARE(dialog->previewText(), QStringLiteral("jane.doe@example.com"));
        // A function with arguments: invalid until they are given.
        QVERIFY(dialog->addStep(QStringLiteral("truncate")));
        QVERIFY(!dialog->errorText().isEmpty());
        QVERIFY(!dialog->setArguments(2, QStringLiteral("8,")));
        QVERIFY(dialog->setArguments(2, QStringLiteral("8")));
        QCOMPARE(dialog->expression(), QStringLiteral("truncate(lower(trim($.BillingEmail)), 8)"));
        QCOMPARE(dialog->previewText(), QStringLiteral("jane.doe"));
        dialog->moveStep(1, -1); // lower first, then trim
        QCOMPARE(dialog->expression(), QStringLiteral("truncate(trim(lower($.BillingEmail)), 8)"));
        dialog->removeStep(1);
        QCOMPARE(dialog->expression(), QStringLiteral("truncate(lower($.BillingEmail), 8)"));
        QCOMPARE(dialog->previewText(), QStringLiteral("jane.do")); // truncate() drops the blanks
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        test::shot(dialog, "mapping_chain_dialog");
        const int undoBefore = editor->draft()->undoStack()->index();
        dialog->accept();
        QCOMPARE(ruleFor(editor, QStringLiteral("OREF"))->expr,
                 QStringLiteral("truncate(lower($.BillingEmail), 8)"));
        QCOMPARE(editor->draft()->undoStack()->index(), undoBefore + 1);
        QCOMPARE(canvas->ruleLink(id)->label(), QStringLiteral("lower → truncate(8)"));

        // Not a chain: read-only.
        canvas->scene()->clearSelection();
        canvas->ruleLink(ruleFor(editor, QStringLiteral("CUNO"))->id)->setSelected(true);
        auto *other = canvas->editSelectedChain();
        QVERIFY(other);
        QVERIFY(!other->isChain());
        QVERIFY(!other->addStep(QStringLiteral("trim")));
        other->close();
    }

    void searchAndHideUnmapped()
    {
        test::TempStore t;
        test::seedOrderItems(t);
        ui::MappingsPage page(t.store);
        auto *canvas = openOrder(page);
        QVERIFY(canvas);
        canvas->searchField()->setText(QStringLiteral("ShipmentCity"));
        QVERIFY(canvas->matches().size() >= 1);
        QVERIFY(canvas->sourceItem(QStringLiteral("$.ShipmentList[0].ShipmentCity"))->isMatch());
        QVERIFY(!canvas->sourceItem(QStringLiteral("$.BillingCity"))->isMatch());
        canvas->searchField()->setText(QStringLiteral("Billing"));
        const auto matches = canvas->matches();
        QVERIFY(matches.size() > 3);
        QVERIFY(matches.first()->isSelected());
        QTest::keyClick(canvas->searchField(), Qt::Key_Return); // takes the first
        QVERIFY(matches.first()->isSelected());
        QTest::keyClick(canvas->searchField(), Qt::Key_Return); // goes to the next
        QVERIFY(matches.at(1)->isSelected());
        QVERIFY(!matches.first()->isSelected());

        canvas->searchField()->clear();
        canvas->hideUnmappedBox()->setChecked(true);
        QVERIFY(canvas->targetItem(QStringLiteral("CUNO")));
        QVERIFY(!canvas->targetItem(QStringLiteral("PROJ")));
        QVERIFY(canvas->sourceItem(QStringLiteral("$.OrderID")));
        QVERIFY(!canvas->sourceItem(QStringLiteral("$.BillingEmail")));
        QVERIFY(canvas->sourceItem(QStringLiteral("$.ShipmentList"))); // the group of a used field stays
        canvas->hideUnmappedBox()->setChecked(false);
        QVERIFY(canvas->targetItem(QStringLiteral("PROJ")));
        QVERIFY(canvas->sourceItem(QStringLiteral("$.BillingEmail")));
    }

    void zoomAndPan()
    {
        test::TempStore t;
        ui::MappingsPage page(t.store);
        auto *canvas = openOrder(page);
        QVERIFY(canvas);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *view = canvas->view();
        view->setFocus();
        const qreal start = view->zoom();
        QVERIFY(start >= 0.6 && start <= 1.0); // the width fits
        QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(view->zoom() > start);
        QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(view->zoom() < start);
        const qreal before = view->zoom();
        QWheelEvent wheel(QPointF(50, 50), view->viewport()->mapToGlobal(QPointF(50, 50)), QPoint(),
                          QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &wheel);
        QVERIFY(view->zoom() > before);
        QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier); // fit: everything on screen
        const QRect all = view->mapFromScene(canvas->scene()->itemsBoundingRect()).boundingRect();
        QVERIFY(view->viewport()->rect().adjusted(-2, -2, 2, 2).contains(all));

        // Dragging the background (a header row) pans.
        QTest::keyClick(view, Qt::Key_9, Qt::ControlModifier); // back to the width
        view->verticalScrollBar()->setValue(0);
        QGraphicsItem *header = nullptr;
        for (QGraphicsItem *i : canvas->scene()->items())
            if (i->type() == ui::FieldItemType && static_cast<ui::FieldItem *>(i)->row().header &&
                (!header || i->y() < header->y() || (i->y() == header->y() && i->x() < header->x())))
                header = i;
        QVERIFY(header);
        const QPoint p = view->mapFromScene(header->sceneBoundingRect().center());
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, p);
        QTest::mouseMove(view->viewport(), p - QPoint(0, 60));
        QTest::mouseMove(view->viewport(), p - QPoint(0, 120));
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, p - QPoint(0, 120));
        QVERIFY(view->verticalScrollBar()->value() > 0);
    }

    void suggestions()
    {
        test::TempStore t;
        test::seedOrderItems(t);
        ui::MappingsPage page(t.store);
        auto *canvas = openOrder(page, false);
        QVERIFY(canvas);
        auto *editor = page.editor();
        auto *model = canvas->suggestions();
        auto tester = watch(model);
        // No sample (the shipped example was loaded on open: take it away): the canvas says what is missing.
        editor->draft()->setSample(QJsonValue(QJsonValue::Null));
        QVERIFY(!editor->draft()->hasSample());
        canvas->runSuggestions();
        QVERIFY(canvas->statusText().contains(QStringLiteral("sample")));
        QCOMPARE(model->rowCount(), 0);

        QVERIFY(editor->draft()->loadSampleFile(kSample));
        // The shipped head maps nearly everything: take a few rules away for the assistant to find.
        const QStringList removed{QStringLiteral("CUOR"), QStringLiteral("ORDT"), QStringLiteral("CUDT"),
                                  QStringLiteral("YREF"), QStringLiteral("OTBA"), QStringLiteral("MODL")};
        QVERIFY(editor->draft()->edit(QStringLiteral("Remove rules"), [&](mapping::MappingDocument &doc) {
            doc.sections[0].rules.removeIf(
                [&](const mapping::RuleDef &r) { return removed.contains(r.target); });
        }));
        canvas->runSuggestions();
        QVERIFY(model->rowCount() >= 3);
        for (int r = 0; r < model->rowCount(); ++r) {
            const auto &g = model->suggestion(r);
            QVERIFY2(!ruleFor(editor, g.targetField),
                     qPrintable(g.targetField)); // mapped fields are left out
            QVERIFY(canvas->proposalLink(g.targetField));
            QVERIFY(canvas->proposalLink(g.targetField)->label().contains(QStringLiteral("%")));
        }

        // Accept the selected dashed line with A: one undo step, the line becomes a rule.
        const QString first = model->suggestion(0).targetField;
        const QString expr = model->suggestion(0).expr;
        const int undo = editor->draft()->undoStack()->index();
        canvas->proposalLink(first)->setSelected(true);
        canvas->view()->setFocus();
        QTest::keyClick(canvas->view(), Qt::Key_A);
        QVERIFY(ruleFor(editor, first));
        QCOMPARE(ruleFor(editor, first)->expr, expr);
        QCOMPARE(editor->draft()->undoStack()->index(), undo + 1);
        QVERIFY(!canvas->proposalLink(first));
        QCOMPARE(model->rowForTarget(first), -1);
        editor->draft()->undoStack()->undo(); // the proposal comes back
        QVERIFY(model->rowForTarget(first) >= 0);
        editor->draft()->undoStack()->redo();

        // Reject with R: gone, the document unchanged.
        const QString second = model->suggestion(0).targetField;
        const int rows = model->rowCount();
        canvas->scene()->clearSelection();
        canvas->proposalLink(second)->setSelected(true);
        QTest::keyClick(canvas->view(), Qt::Key_R);
        QCOMPARE(model->rowCount(), rows - 1);
        QVERIFY(!ruleFor(editor, second));
        QCOMPARE(editor->draft()->undoStack()->index(), undo + 1);

        // Accept all at or above the threshold: one step.
        int above = 0;
        for (int r = 0; r < model->rowCount(); ++r)
            above += model->suggestion(r).confidence >= 0.5 ? 1 : 0;
        QVERIFY(above > 0);
        QVERIFY(above < model->rowCount() || model->rowCount() > 0);
        canvas->thresholdBox()->setValue(50);
        QCOMPARE(canvas->acceptAboveThreshold(), above);
        QCOMPARE(editor->draft()->undoStack()->index(), undo + 2);
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY(model->suggestion(r).confidence < 0.5);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        test::shot(&page, "mapping_canvas_suggestions");

        // In the repeated lines section the proposals read the element (@), as the section repeats.
        editor->selectSection(section(editor, QStringLiteral("lines")));
        QCOMPARE(model->rowCount(), 0); // a new section forgets the old proposals
        canvas->runSuggestions();
        QVERIFY(model->rowCount() > 0);
        bool element = false;
        for (int r = 0; r < model->rowCount(); ++r) {
            element = element || model->suggestion(r).sourcePath.startsWith(QLatin1Char('@'));
            QVERIFY(canvas->proposalLink(model->suggestion(r).targetField));
        }
        QVERIFY(element);
        test::shot(&page, "mapping_canvas_lines_suggestions");
    }
};

QTEST_MAIN(TstMappingCanvas)
#include "tst_mapping_canvas.moc"
