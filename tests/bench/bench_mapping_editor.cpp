// The mapping editor's figures with the shipped order mapping (order-batch-order): one preview refresh
// (validate + evaluate) with the shipped example and with a large order, alone and with the whole editor
// listening; the canvas rebuild of the head and lines sections; a replay of stored cart.order.new events;
// opening the Mappings page and the order mapping. Goals: refresh < 50 ms per keystroke with a normal
// order, canvas rebuild < 100 ms, replay > 1,000 events/s. Prints figures; not part of pass/fail.
//   [BENCH_ONLY=abcd] bench_mapping_editor [runs] [replay events] [order lines]   (offscreen platform)

#include "flows/mapping_replay.h"
#include "mapping/default_mappings.h"
#include "mapping/lookup_source.h"
#include "mapping/mapping_document.h"
#include "store/event_repository.h"
#include "temp_store.h"
#include "ui/mapping/mapping_canvas.h"
#include "ui/mapping/mapping_draft.h"
#include "ui/mapping/mapping_editor.h"
#include "ui/mapping/mappings_page.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QLoggingCategory>
#include <QTabWidget>
#include <algorithm>
#include <cstdio>

using namespace m3cart;
using namespace m3cart::mapping;
using m3cart::test::TempStore;

namespace {

const QString kOrder = QStringLiteral("order-batch-order");
const QString kSkuTable = QStringLiteral("sku_itno");

struct Stats
{
    double median = 0, p95 = 0, max = 0;
};

Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Stats s;
    if (ms.isEmpty())
        return s;
    s.median = ms.at(ms.size() / 2);
    s.p95 = ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.95)));
    s.max = ms.last();
    return s;
}

template <typename F> Stats timeRuns(int runs, F &&f)
{
    QList<double> ms;
    f(); // warm: caches, first lookups
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ms << double(t.nsecsElapsed()) / 1e6;
    }
    return stats(ms);
}

void print(const char *what, const Stats &s)
{
    std::printf("%-52s median %8.2f ms   p95 %8.2f ms   max %8.2f ms\n", what, s.median, s.p95, s.max);
}

MappingDocument shippedOrder()
{
    auto d = MappingDocument::fromJson(defaultMapping(kOrder).json);
    if (!d)
        qFatal("%s", qPrintable(d.error().message));
    return d.value();
}

QJsonObject shippedOrderSample()
{
    const QJsonValue v = shippedSample(QStringLiteral("cart.order"));
    return v.isArray() ? v.toArray().first().toObject() : v.toObject();
}

// The shipped order with `lines` order lines (SKU-0 .. SKU-n, every one in sku_itno) and its own id.
QJsonObject largeOrder(int lines, int orderId = 90000)
{
    QJsonObject order = shippedOrderSample();
    const QJsonObject item = order.value(QStringLiteral("OrderItemList")).toArray().first().toObject();
    QJsonArray items;
    for (int i = 0; i < lines; ++i) {
        QJsonObject it = item;
        it.insert(QStringLiteral("ItemIndexID"), i + 1);
        it.insert(QStringLiteral("ItemID"), QStringLiteral("SKU-%1").arg(i));
        it.insert(QStringLiteral("ItemQuantity"), 1 + i % 5);
        it.insert(QStringLiteral("ItemUnitPrice"), 5.0 + i % 17);
        items << it;
    }
    order.insert(QStringLiteral("OrderItemList"), items);
    order.insert(QStringLiteral("OrderID"), orderId);
    order.insert(QStringLiteral("InvoiceNumber"), orderId);
    return order;
}

void seedSkus(const TempStore &t, int n)
{
    QHash<QString, QString> skus;
    for (int i = 0; i < n; ++i)
        skus.insert(QStringLiteral("SKU-%1").arg(i), QStringLiteral("ITM-%1").arg(i));
    for (const QJsonValue &it : shippedOrderSample().value(QStringLiteral("OrderItemList")).toArray()) {
        const QString sku = it.toObject().value(QStringLiteral("ItemID")).toString();
        skus.insert(sku, QStringLiteral("ITM-") + sku);
    }
    if (auto s = LookupRepository(t.store).setMany(kSkuTable, skus); !s)
        qFatal("%s", qPrintable(s.error().message));
}

int sectionIndex(const MappingDocument &d, const QString &id)
{
    for (int i = 0; i < d.sections.size(); ++i)
        if (d.sections.at(i).id == id)
            return i;
    qFatal("no section %s", qPrintable(id));
}

void benchRefresh(const TempStore &t, int runs, int lines)
{
    std::printf("\n(a) MappingDraft::refreshNow() — validate + evaluate, %d runs\n", runs);
    const MappingDocument doc = shippedOrder();
    const QJsonObject normal = shippedOrderSample();
    const QJsonObject large = largeOrder(lines);
    const QByteArray largeLabel = QStringLiteral("draft alone, large order (%1 lines)").arg(lines).toUtf8();
    const QByteArray largeEditor =
        QStringLiteral("in the editor, large order (%1 lines)").arg(lines).toUtf8();
    {
        ui::MappingDraft draft(t.store);
        draft.load(doc);
        draft.setSample(normal);
        print("draft alone, shipped example", timeRuns(runs, [&] { draft.refreshNow(); }));
        draft.setSample(large);
        print(largeLabel.constData(), timeRuns(runs, [&] { draft.refreshNow(); }));
        if (!draft.output() || !draft.evalError().isEmpty())
            std::printf("  (the preview failed: %s)\n", qPrintable(draft.evalError()));
        else
            std::printf("  (%d line records, %d issues)\n",
                        draft.recordCount(sectionIndex(draft.document(), QStringLiteral("lines"))),
                        int(draft.issues().size()));
    }
    // The same with the editor's views listening to refreshed(): preview tree, issues, rules, canvas.
    ui::MappingEditor editor(t.store);
    editor.resize(1280, 760);
    editor.show();
    editor.open(doc, QStringLiteral("bench"));
    QApplication::processEvents();
    editor.draft()->setSample(normal);
    print("in the editor, shipped example", timeRuns(runs, [&] { editor.draft()->refreshNow(); }));
    editor.selectSection(sectionIndex(doc, QStringLiteral("lines")));
    print("in the editor (lines section), shipped example",
          timeRuns(runs, [&] { editor.draft()->refreshNow(); }));
    editor.draft()->setSample(large);
    print(largeEditor.constData(), timeRuns(runs, [&] { editor.draft()->refreshNow(); }));
    // A keystroke as the user makes it: an edit, then the debounced refresh.
    editor.draft()->setSample(normal);
    const int lineSection = sectionIndex(doc, QStringLiteral("lines"));
    int orqt = -1;
    for (int r = 0; r < doc.sections.at(lineSection).rules.size(); ++r)
        if (doc.sections.at(lineSection).rules.at(r).id == QStringLiteral("line.orqt"))
            orqt = r;
    int n = 0;
    print("in the editor, one expression edit + refresh", timeRuns(runs, [&] {
              editor.draft()->setExpression(lineSection, orqt,
                                            QStringLiteral("number(@.ItemQuantity) + %1").arg(++n % 7));
              editor.draft()->refreshNow();
          }));
}

void benchCanvas(const TempStore &t, int runs, int lines)
{
    std::printf("\n(b) canvas rebuild (MappingCanvas scene), %d runs\n", runs);
    const MappingDocument doc = shippedOrder();
    ui::MappingEditor editor(t.store);
    editor.resize(1280, 760);
    editor.show();
    editor.open(doc, QStringLiteral("bench"));
    auto *canvas = editor.findChild<ui::MappingCanvas *>();
    editor.views()->setCurrentWidget(canvas);
    QApplication::processEvents();
    const auto one = [&](const char *label, const QString &section) {
        const int s = sectionIndex(doc, section);
        editor.selectSection(s);
        QApplication::processEvents();
        // ruleChanged is what a rule edit sends: the canvas rebuilds its scene from the document.
        print(label, timeRuns(runs, [&] { emit editor.draft()->ruleChanged(s, 0); }));
        std::printf("  (%d items in the scene)\n", int(canvas->scene()->items().size()));
    };
    one("head section, shipped example", QStringLiteral("head"));
    one("lines section, shipped example", QStringLiteral("lines"));
    editor.draft()->setSample(largeOrder(lines));
    one("lines section, large order", QStringLiteral("lines"));
    print("switching head <-> lines (rules, preview, canvas)", timeRuns(runs, [&] {
              editor.selectSection(sectionIndex(doc, QStringLiteral("head")));
              editor.selectSection(sectionIndex(doc, QStringLiteral("lines")));
          }));
}

void benchReplay(const TempStore &t, int events)
{
    std::printf("\n(c) MappingReplay over %d stored cart.order.new events\n", events);
    const QJsonObject base = shippedOrderSample();
    const QJsonArray baseItems = base.value(QStringLiteral("OrderItemList")).toArray();
    QList<NewEvent> batch;
    for (int i = 0; i < events; ++i) {
        QJsonObject order = base;
        const int id = 100000 + i;
        order.insert(QStringLiteral("OrderID"), id);
        order.insert(QStringLiteral("InvoiceNumber"), id);
        QJsonArray items;
        for (int l = 0; l < 1 + i % 6; ++l) { // 1..6 lines
            QJsonObject it = baseItems.at(l % baseItems.size()).toObject();
            it.insert(QStringLiteral("ItemID"), QStringLiteral("SKU-%1").arg((i * 7 + l) % 500));
            it.insert(QStringLiteral("ItemQuantity"), 1 + (i + l) % 4);
            items << it;
        }
        order.insert(QStringLiteral("OrderItemList"), items);
        NewEvent e;
        e.source = QStringLiteral("3dcart");
        e.kind = QStringLiteral("cart.order.new");
        e.key = QStringLiteral("order-%1").arg(id);
        e.payload = QJsonDocument(QJsonArray{order}).toJson(QJsonDocument::Compact);
        batch << e;
    }
    QElapsedTimer seedTimer;
    seedTimer.start();
    if (auto ids = EventRepository(t.store).appendMany(batch); !ids)
        qFatal("%s", qPrintable(ids.error().message));
    std::printf("  seeded in %lld ms\n", seedTimer.elapsed());

    MappingDocument draft = shippedOrder();
    for (SectionDef &s : draft.sections)
        for (RuleDef &r : s.rules)
            if (r.id == QStringLiteral("head.yref")) {
                r.expr = QStringLiteral("concat('WEB-', $.OrderID)");
                r.from.clear();
            }
    auto query = flows::eventQueryFromFilters({QStringLiteral("kind=cart.order.new")});
    if (!query)
        qFatal("%s", qPrintable(query.error().message));
    QElapsedTimer timer;
    timer.start();
    auto report = flows::MappingReplay(t.store).run(draft, query.value(), events);
    const qint64 ms = timer.elapsed();
    if (!report)
        qFatal("%s", qPrintable(report.error().message));
    std::printf("  %d events in %lld ms: %.0f events/s (changed %d, unchanged %d, newly failing %d, "
                "still failing %d)\n",
                int(report->events.size()), ms, report->events.size() * 1000.0 / std::max<qint64>(ms, 1),
                report->count(flows::ReplayOutcome::Changed), report->count(flows::ReplayOutcome::Unchanged),
                report->count(flows::ReplayOutcome::NewlyFailing),
                report->count(flows::ReplayOutcome::StillFailing));
}

void benchPage(const TempStore &t, int runs)
{
    std::printf("\n(d) the Mappings page (shipped defaults listed), %d runs\n", runs);
    QList<double> open, order;
    for (int i = 0; i <= runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        ui::MappingsPage page(t.store);
        page.resize(1280, 760);
        page.show();
        QApplication::processEvents();
        const double opened = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        if (!page.openMapping(kOrder))
            qFatal("no %s in the list", qPrintable(kOrder));
        QApplication::processEvents();
        if (i > 0) { // the first run warms the caches
            open << opened;
            order << double(timer.nsecsElapsed()) / 1e6;
        }
        if (i == runs)
            std::printf("  (%d mappings listed)\n", page.list()->count());
    }
    print("opening the page (list + first mapping, shown)", stats(open));
    print("opening order-batch-order", stats(order));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("m3cart.*.debug=false"));
    const int runs = argc > 1 ? QByteArray(argv[1]).toInt() : 50;
    const int events = argc > 2 ? QByteArray(argv[2]).toInt() : 10000;
    const int lines = argc > 3 ? QByteArray(argv[3]).toInt() : 200;
    TempStore t;
    seedSkus(t, std::max(lines, 500));
    // BENCH_ONLY=abcd (any of them): the parts to run, e.g. one at a time under perf.
    const QByteArray only = qgetenv("BENCH_ONLY").isEmpty() ? QByteArray("abcd") : qgetenv("BENCH_ONLY");
    if (only.contains('a'))
        benchRefresh(t, runs, lines);
    if (only.contains('b'))
        benchCanvas(t, runs, lines);
    if (only.contains('d'))
        benchPage(t, std::max(3, runs / 5));
    if (only.contains('c'))
        benchReplay(t, events);
    return 0;
}
