// Replaying stored events through a draft mapping against the active version (else the shipped default):
// a changed rule shows as a changed field per order event; a draft that breaks a lookup makes events newly
// fail, one that relaxes it fixes them; records added/removed; events of other kinds, and every event for
// a mapping fed by M3 reads, are not applicable; filters, limit and cancel; the flow's context (ORNO
// "PENDING", the CUNO of a finished customer step).

#include "flows/event_mapping.h"
#include "flows/mapping_replay.h"
#include "flows/order_flow_options.h"
#include "mapping/default_mappings.h"
#include "mapping/lookup_source.h"
#include "mapping/mapping_repository.h"
#include "store/event_repository.h"
#include "store/flow_progress.h"
#include "temp_store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace m3cart;
using namespace m3cart::flows;
using namespace m3cart::mapping;
using m3cart::test::TempStore;

namespace {

const QString kOrder = QStringLiteral("order-batch-order");

QJsonObject sample(const char *file)
{
    QFile f(QStringLiteral(M3CART_MAPPING_TEST_DATA "/") + QLatin1String(file));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", file);
    const QJsonDocument d = QJsonDocument::fromJson(f.readAll());
    return d.isArray() ? d.array().first().toObject() : d.object();
}

NewEvent newEvent(const QString &kind, const QString &key, const QByteArray &payload)
{
    NewEvent e;
    e.source = kind.startsWith(QLatin1String("m3.")) ? QStringLiteral("m3") : QStringLiteral("3dcart");
    e.kind = kind;
    e.key = key;
    e.payload = payload;
    return e;
}

// A webhook body element as the listener stores it; wrapped in an array as 3dcart sends them, to check
// that the replay reads the first element as the flow does.
QByteArray orderPayload(const QJsonObject &order, bool asArray)
{
    return asArray ? QJsonDocument(QJsonArray{order}).toJson(QJsonDocument::Compact)
                   : QJsonDocument(order).toJson(QJsonDocument::Compact);
}

MappingDocument shipped(const QString &name = kOrder)
{
    auto d = MappingDocument::fromJson(defaultMapping(name).json);
    if (!d)
        qFatal("%s", qPrintable(d.error().message));
    return d.value();
}

RuleDef &rule(MappingDocument &d, const QString &id)
{
    for (SectionDef &s : d.sections)
        for (RuleDef &r : s.rules)
            if (r.id == id)
                return r;
    qFatal("no rule %s", qPrintable(id));
}

const ReplayEventResult *resultFor(const ReplayReport &report, qint64 id)
{
    for (const ReplayEventResult &r : report.events)
        if (r.eventId == id)
            return &r;
    return nullptr;
}

} // namespace

class TstMappingReplay : public QObject
{
    Q_OBJECT

    struct Seeded
    {
        qint64 registered = 0, guest = 0, unknownSku = 0, customer = 0, bod = 0;
    };

    static Seeded seed(const TempStore &t)
    {
        const auto stored = LookupRepository(t.store).setMany(
            QStringLiteral("sku_itno"), {{QStringLiteral("CAP-2"), QStringLiteral("ITM-CAP2")},
                                         {QStringLiteral("CORSET"), QStringLiteral("ITM-CORSET")},
                                         {QStringLiteral("mug"), QStringLiteral("ITM-MUG")}});
        if (!stored)
            qFatal("%s", qPrintable(stored.error().message));
        QJsonObject unknown = sample("order_guest.json");
        unknown.insert(QStringLiteral("OrderID"), 47699);
        QJsonArray items = unknown.value(QStringLiteral("OrderItemList")).toArray();
        QJsonObject item = items.first().toObject();
        item.insert(QStringLiteral("ItemID"), QStringLiteral("NOPE-1"));
        items.replace(0, item);
        unknown.insert(QStringLiteral("OrderItemList"), items);
        const QList<NewEvent> events{
            newEvent(QStringLiteral("cart.order.new"), QStringLiteral("order-47620"),
                     orderPayload(sample("order_registered.json"), true)),
            newEvent(QStringLiteral("cart.order.new"), QStringLiteral("order-47621"),
                     orderPayload(sample("order_guest.json"), false)),
            newEvent(QStringLiteral("cart.order.status"), QStringLiteral("order-47699"),
                     orderPayload(unknown, true)),
            newEvent(QStringLiteral("cart.customer.new"), QStringLiteral("customer-318"),
                     orderPayload(sample("customer.json"), true)),
            newEvent(QStringLiteral("m3.bod.SyncSalesOrder"), QStringLiteral("order-M3-1"),
                     QByteArrayLiteral("<SyncSalesOrder/>"))};
        auto ids = EventRepository(t.store).appendMany(events);
        if (!ids)
            qFatal("%s", qPrintable(ids.error().message));
        return {ids->at(0), ids->at(1), ids->at(2), ids->at(3), ids->at(4)};
    }

private slots:
    void changedRuleShowsPerOrderEvent()
    {
        TempStore t;
        const Seeded s = seed(t);
        MappingDocument draft = shipped();
        rule(draft, QStringLiteral("head.yref")).expr = QStringLiteral("concat('WEB-', $.OrderID)");
        auto report = MappingReplay(t.store).run(draft, {}, 50);
        M3_VERIFY_OK(report);
        QCOMPARE(report->mapping, kOrder);
        QCOMPARE(report->activeOrigin, QStringLiteral("shipped default"));
        QCOMPARE(report->events.size(), 5);

        const ReplayEventResult *registered = resultFor(report.value(), s.registered);
        QVERIFY(registered);
        QCOMPARE(registered->outcome, ReplayOutcome::Changed);
        QCOMPARE(registered->fields.size(), 1);
        const FieldChange &f = registered->fields.first();
        QCOMPARE(f.section, QStringLiteral("head"));
        QCOMPARE(f.record, 0);
        QCOMPARE(f.field, QStringLiteral("YREF"));
        QCOMPARE(f.active.toString(), QStringLiteral("3DC-47620"));
        QCOMPARE(f.draft.toString(), QStringLiteral("WEB-47620"));
        QCOMPARE(registered->summary(), QStringLiteral("changed 1 field(s)"));
        QVERIFY2(resultFor(report.value(), s.guest)->outcome == ReplayOutcome::Changed,
                 qPrintable(resultFor(report.value(), s.guest)->draftError));
        // An unknown SKU fails with both versions alike.
        const ReplayEventResult *unknown = resultFor(report.value(), s.unknownSku);
        QCOMPARE(unknown->outcome, ReplayOutcome::StillFailing);
        QVERIFY2(unknown->draftError.contains(QStringLiteral("NOPE-1")), qPrintable(unknown->draftError));

        const ReplayEventResult *customer = resultFor(report.value(), s.customer);
        QCOMPARE(customer->outcome, ReplayOutcome::NotApplicable);
        QVERIFY2(customer->reason.contains(QStringLiteral("does not feed a cart.order mapping")),
                 qPrintable(customer->reason));
        QCOMPARE(resultFor(report.value(), s.bod)->outcome, ReplayOutcome::NotApplicable);
        QCOMPARE(report->count(ReplayOutcome::Changed), 2);
        QCOMPARE(report->count(ReplayOutcome::NotApplicable), 2);

        const QJsonObject json = report->toJson();
        QCOMPARE(json.value("counts").toObject().value("changed").toInt(), 2);
        const QJsonObject first = json.value("events").toArray().last().toObject(); // newest first
        QCOMPARE(first.value("event").toInteger(), s.registered);
        QCOMPARE(first.value("fields").toArray().first().toObject().value("draft").toString(),
                 QStringLiteral("WEB-47620"));
    }

    void brokenLookupFailsRelaxedLookupFixes()
    {
        TempStore t;
        const Seeded s = seed(t);
        MappingDocument strict = shipped();
        strict.lookups.first().variants.removeLast(); // no stripSuffix: CORSET-S and mug-01 are unknown
        auto report = MappingReplay(t.store).run(strict, {}, 50);
        M3_VERIFY_OK(report);
        const ReplayEventResult *registered = resultFor(report.value(), s.registered);
        QCOMPARE(registered->outcome, ReplayOutcome::NewlyFailing);
        QVERIFY(registered->activeError.isEmpty());
        QVERIFY2(registered->draftError.contains(QStringLiteral("CORSET-S")),
                 qPrintable(registered->draftError));
        QVERIFY(registered->summary().startsWith(QStringLiteral("newly failing: ")));

        MappingDocument relaxed = shipped();
        relaxed.lookups.first().onMissing = MissPolicy::PassThrough;
        report = MappingReplay(t.store).run(relaxed, {}, 50);
        M3_VERIFY_OK(report);
        const ReplayEventResult *unknown = resultFor(report.value(), s.unknownSku);
        QCOMPARE(unknown->outcome, ReplayOutcome::Fixed);
        QVERIFY(!unknown->activeError.isEmpty());
        QCOMPARE(resultFor(report.value(), s.registered)->outcome, ReplayOutcome::Unchanged);
    }

    void recordsAddedAndRemoved()
    {
        TempStore t;
        const Seeded s = seed(t);
        MappingDocument draft = shipped();
        for (SectionDef &sec : draft.sections)
            if (sec.id == QLatin1String("lines"))
                sec.where = QStringLiteral("false"); // no line at all
        auto report = MappingReplay(t.store).run(draft, {}, 50);
        M3_VERIFY_OK(report);
        const ReplayEventResult *guest = resultFor(report.value(), s.guest);
        QCOMPARE(guest->outcome, ReplayOutcome::Changed);
        QVERIFY(!guest->records.isEmpty());
        QCOMPARE(guest->records.first().section, QStringLiteral("lines"));
        QVERIFY(!guest->records.first().added);
    }

    void theActiveVersionIsTheBaseline()
    {
        TempStore t;
        const Seeded s = seed(t);
        MappingDocument v1 = shipped();
        rule(v1, QStringLiteral("head.yref")).expr = QStringLiteral("concat('OLD-', $.OrderID)");
        M3_VERIFY_OK(MappingRepository(t.store).save(v1, "alice", "old prefix", true));
        auto report = MappingReplay(t.store).run(shipped(), {}, 50);
        M3_VERIFY_OK(report);
        QCOMPARE(report->activeOrigin, QStringLiteral("version 1"));
        const FieldChange &f = resultFor(report.value(), s.registered)->fields.first();
        QCOMPARE(f.active.toString(), QStringLiteral("OLD-47620"));
        QCOMPARE(f.draft.toString(), QStringLiteral("3DC-47620"));
    }

    void mappingFedByM3ReadsIsNotApplicable()
    {
        TempStore t;
        seed(t);
        auto report = MappingReplay(t.store).run(shipped(QStringLiteral("status-order")), {}, 50);
        M3_VERIFY_OK(report);
        QCOMPARE(report->count(ReplayOutcome::NotApplicable), 5);
        QVERIFY2(report->events.first().reason.contains(QStringLiteral("reads m3.orderStatus data")),
                 qPrintable(report->events.first().reason));
    }

    void filtersLimitAndCancel()
    {
        TempStore t;
        const Seeded s = seed(t);
        auto query =
            eventQueryFromFilters({QStringLiteral("kind=cart.order.*"), QStringLiteral("key=47620")});
        M3_VERIFY_OK(query);
        auto report = MappingReplay(t.store).run(shipped(), query.value(), 50);
        M3_VERIFY_OK(report);
        QCOMPARE(report->events.size(), 1);
        QCOMPARE(report->events.first().eventId, s.registered);

        report = MappingReplay(t.store).run(shipped(), {}, 2);
        M3_VERIFY_OK(report);
        QCOMPARE(report->events.size(), 2);

        auto bad = eventQueryFromFilters({QStringLiteral("colour=red")});
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("colour=red")));
        QVERIFY(bad.error().message.contains(QStringLiteral("kind")));
        auto badRegex = eventQueryFromFilters({QStringLiteral("key=/(/")});
        M3_VERIFY_OK(badRegex);
        QVERIFY(!MappingReplay(t.store).run(shipped(), badRegex.value(), 50));

        int calls = 0;
        report = MappingReplay(t.store).run(shipped(), {}, 50, [&](int done, int total) {
            ++calls;
            return !(done == 1 && total == 5);
        });
        M3_VERIFY_OK(report);
        QCOMPARE(calls, 1);
        QVERIFY(report->cancelled);
        QCOMPARE(report->events.size(), 1);
    }

    void inputAndContextAsTheFlowBuildsThem()
    {
        TempStore t;
        const Seeded s = seed(t);
        auto e = EventRepository(t.store).get(s.registered);
        M3_VERIFY_OK(e);
        QVERIFY(FlowProgress(t.store).record(s.registered, QStringLiteral("customer"),
                                             {{QStringLiteral("CUNO"), QStringLiteral("C000123")}}));
        auto steps = FlowProgress(t.store).steps(s.registered);
        M3_VERIFY_OK(steps);
        auto in = mappingInputOf(e.value(), steps.value());
        M3_VERIFY_OK(in);
        QCOMPARE(in->source.toObject().value("OrderID").toInt(), 47620); // the array's first element
        QCOMPARE(in->context.value("ORNO").toString(), QStringLiteral("PENDING"));
        QCOMPARE(in->context.value("CUNO").toString(), QStringLiteral("C000123"));
        // A webhook without lines made the flow fetch the order: the fetched order is what it mapped.
        QJsonObject full = in->source.toObject();
        full.insert(QStringLiteral("OrderID"), 47621);
        QVERIFY(FlowProgress(t.store).record(s.registered, QStringLiteral("fetch"),
                                             {{QStringLiteral("order"), full}}));
        steps = FlowProgress(t.store).steps(s.registered);
        M3_VERIFY_OK(steps);
        in = mappingInputOf(e.value(), steps.value());
        M3_VERIFY_OK(in);
        QCOMPARE(in->source.toObject().value("OrderID").toInt(), 47621);
        QCOMPARE(in->context.value("CUNO").toString(), QStringLiteral("C000123"));
        QCOMPARE(mappingForEventKind(QStringLiteral("cart.order.status"), OrderFlowOptions{}), kOrder);
        QCOMPARE(mappingForEventKind(QStringLiteral("cart.customer.new"), OrderFlowOptions{}),
                 QStringLiteral("customer"));
        QVERIFY(mappingForEventKind(QStringLiteral("m3.bod.SyncSalesOrder"), OrderFlowOptions{}).isEmpty());
        auto bod = EventRepository(t.store).get(s.bod);
        QVERIFY(!mappingInputOf(bod.value()));
    }
};

QTEST_GUILESS_MAIN(TstMappingReplay)
#include "tst_mapping_replay.moc"
