#include "order_sync.h"

#include "engine/flow.h"
#include "flows/mapping_cache.h"
#include "flows/order_flow_options.h"
#include "flows/order_poller.h"
#include "flows/order_to_m3_flow.h"
#include "flows/runtime.h"
#include "ingest/inbound_payload.h"
#include "store/event_repository.h"
#include "store/run_log.h"
#include "store/settings_repository.h"
#include "store/store.h"
#include "store/xref_repository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

namespace m3cart::flows {

struct OrderSync::Impl
{
    std::shared_ptr<const Store> store;
    cart::CartConfig cartConfig;
    m3::M3Config m3Config;
    std::shared_ptr<cart::CartClient> cart;
    std::shared_ptr<m3::M3Client> m3;

    // Every order the flow would handle, dry: the calls per order.
    Status dryRun(QJsonArray *rows, QJsonArray *allCalls)
    {
        auto options = OrderFlowOptions::load(SettingsRepository(store));
        if (!options)
            return options.error();
        OrderToM3Flow flow(cart, m3, std::make_shared<MappingCache>(store), options.value());
        for (qsizetype i = 0; i < rows->size(); ++i) {
            QJsonObject row = rows->at(i).toObject();
            if (row.value(QStringLiteral("outcome")).toString() != QLatin1String("queued"))
                continue;
            Event e;
            e.kind = OrderToM3Flow::kind();
            e.key = QStringLiteral("order-") + row.value(QStringLiteral("order_id")).toString();
            e.payload = QJsonDocument(row.take(QStringLiteral("order")).toObject()).toJson(QJsonDocument::Compact);
            FlowContext ctx(store, e, {}, nullptr);
            auto calls = flow.dryRun(ctx);
            row.insert(QStringLiteral("outcome"), QStringLiteral("would_send"));
            if (!calls) {
                row.insert(QStringLiteral("outcome"), QStringLiteral("would_fail"));
                row.insert(QStringLiteral("error"), calls.error().message);
                row.insert(QStringLiteral("error_class"), errorClassName(calls.error().errorClass));
            } else {
                row.insert(QStringLiteral("calls"), calls.value());
                for (const QJsonValue &c : calls.value())
                    allCalls->append(c);
            }
            rows->replace(i, row);
        }
        for (qsizetype i = 0; i < rows->size(); ++i) {
            QJsonObject row = rows->at(i).toObject();
            row.remove(QStringLiteral("order"));
            rows->replace(i, row);
        }
        return ok();
    }

    // Runs the engine until every queued event has finished (or the wait is over, or cancelled).
    Status process(QJsonArray *rows, const OrderSyncOptions &o, QJsonObject *counts)
    {
        QList<qint64> ids;
        for (const QJsonValue &r : std::as_const(*rows))
            if (r[QStringLiteral("event_id")].toInteger() > 0 && r[QStringLiteral("outcome")].toString() == QLatin1String("queued"))
                ids << r[QStringLiteral("event_id")].toInteger();
        const EventRepository events(store);
        if (!ids.isEmpty()) {
            RuntimeOptions ro;
            ro.workers = o.workers;
            ro.listen = false;
            ro.poll = false;
            Runtime runtime(store, cartConfig, m3Config, {}, ro);
            if (const Status s = runtime.start(); !s)
                return s;
            runtime.dispatcher().wake();
            QElapsedTimer clock;
            clock.start();
            QEventLoop loop;
            QTimer check;
            int lastDone = -1;
            QObject::connect(&check, &QTimer::timeout, &loop, [&] {
                int finished = 0;
                for (qint64 id : ids) {
                    auto e = events.get(id);
                    if (e && (e->status == QLatin1String("done") || e->status == QLatin1String("dead") ||
                              e->status == QLatin1String("discarded")))
                        ++finished;
                }
                if (o.progress && finished != lastDone)
                    o.progress(QStringLiteral("%1 of %2 orders finished").arg(finished).arg(ids.size()));
                lastDone = finished;
                if (finished == ids.size() || clock.elapsed() > o.waitSeconds * 1000LL || (o.cancel && o.cancel->load()))
                    loop.quit();
            });
            check.start(100);
            loop.exec();
            runtime.stop();
        }
        const XrefRepository xref(store);
        int done = 0, dead = 0, unfinished = 0;
        for (qsizetype i = 0; i < rows->size(); ++i) {
            QJsonObject row = rows->at(i).toObject();
            row.remove(QStringLiteral("order"));
            const qint64 id = row.value(QStringLiteral("event_id")).toInteger();
            if (id > 0 && row.value(QStringLiteral("outcome")).toString() == QLatin1String("queued")) {
                auto e = events.get(id);
                if (!e)
                    return e.error();
                row.insert(QStringLiteral("status"), e->status);
                if (e->status == QLatin1String("done"))
                    ++done;
                else if (e->status == QLatin1String("dead"))
                    ++dead;
                else
                    ++unfinished;
                if (!e->lastError.isEmpty() && e->status != QLatin1String("done"))
                    row.insert(QStringLiteral("error"), e->lastError);
                auto orno = xref.m3Id(QStringLiteral("order"), row.value(QStringLiteral("order_id")).toString());
                if (orno && orno->has_value())
                    row.insert(QStringLiteral("m3_order"), orno->value());
            }
            rows->replace(i, row);
        }
        counts->insert(QStringLiteral("done"), done);
        counts->insert(QStringLiteral("dead"), dead);
        counts->insert(QStringLiteral("unfinished"), unfinished);
        return ok();
    }

    Result<QJsonObject> finish(const QString &kind, PollResult polled, const OrderSyncOptions &o, QJsonObject report)
    {
        RunLog runs(store);
        auto run = runs.start(kind, o.dryRun);
        if (!run)
            return run.error();
        QJsonArray rows;
        for (const PolledOrder &p : polled.orders) {
            QJsonObject row{{QStringLiteral("order_id"), p.orderId},
                            {QStringLiteral("last_update"), p.lastUpdate},
                            {QStringLiteral("outcome"), p.outcome},
                            {QStringLiteral("order"), p.order}};
            if (p.eventId > 0)
                row.insert(QStringLiteral("event_id"), p.eventId);
            if (!p.m3Order.isEmpty())
                row.insert(QStringLiteral("m3_order"), p.m3Order);
            rows << row;
        }
        QJsonObject counts = polled.counts();
        counts.remove(QStringLiteral("watermark"));
        QJsonArray calls;
        const Status s = o.dryRun ? dryRun(&rows, &calls) : process(&rows, o, &counts);
        if (!s) {
            runs.finish(run.value(), QStringLiteral("failed"), counts, s.error().message);
            return s.error();
        }
        const bool complete = counts.value(QStringLiteral("dead")).toInt() == 0 && counts.value(QStringLiteral("unfinished")).toInt() == 0;
        const bool cancelled = o.cancel && o.cancel->load();
        runs.finish(run.value(), cancelled ? QStringLiteral("cancelled") : complete ? QStringLiteral("ok") : QStringLiteral("partial"), counts);
        report.insert(QStringLiteral("dry_run"), o.dryRun);
        report.insert(QStringLiteral("run_id"), run.value());
        report.insert(QStringLiteral("counts"), counts);
        report.insert(QStringLiteral("orders"), rows);
        if (o.dryRun)
            report.insert(QStringLiteral("calls"), calls);
        return report;
    }
};

OrderSync::OrderSync(std::shared_ptr<const Store> store, cart::CartConfig cart, m3::M3Config m3)
    : d(std::make_unique<Impl>())
{
    d->store = std::move(store);
    d->cartConfig = cart;
    d->m3Config = m3;
    d->cart = std::make_shared<cart::CartClient>(std::move(cart));
    d->m3 = std::make_shared<m3::M3Client>(std::move(m3));
}

OrderSync::~OrderSync() = default;

Result<QJsonObject> OrderSync::since(const QDateTime &sinceUtc, const OrderSyncOptions &options)
{
    OrderPoller poller(d->store, d->cart);
    auto polled = poller.poll(sinceUtc, !options.dryRun, [&](int fetched) {
        if (options.progress)
            options.progress(QStringLiteral("%1 orders read from 3dcart").arg(fetched));
        return !(options.cancel && options.cancel->load());
    });
    if (!polled)
        return polled.error();
    return d->finish(QStringLiteral("sync.orders"), polled.value(), options,
                     {{QStringLiteral("since"), sinceUtc.toString(Qt::ISODate)}});
}

Result<QJsonObject> OrderSync::given(const QList<QJsonObject> &orders, const OrderSyncOptions &options)
{
    PollResult polled;
    polled.read = int(orders.size());
    const EventRepository events(d->store);
    const ingest::CartWebhookEvent *orderNew = ingest::findCartWebhookEvent(QStringLiteral("order-new"));
    for (const QJsonObject &o : orders) {
        PolledOrder p{o.value(QStringLiteral("OrderID")).toVariant().toString(), o.value(QStringLiteral("LastUpdate")).toString(),
                      QStringLiteral("queued"), 0, {}, o};
        if (p.orderId.isEmpty() || p.orderId == QLatin1String("0"))
            return Error::data(QStringLiteral("an order in the input has no OrderID"));
        if (!options.dryRun) {
            auto made = ingest::cartWebhookToEvents(*orderNew, QJsonDocument(QJsonArray{o}).toJson(QJsonDocument::Compact));
            if (!made)
                return made.error();
            NewEvent e = made->first();
            e.source = QStringLiteral("operator");
            auto appended = events.appendOnce(e);
            if (!appended)
                return appended.error();
            p.eventId = appended->id;
            if (appended->duplicate)
                p.outcome = QStringLiteral("duplicate");
        }
        polled.orders << p;
    }
    return d->finish(QStringLiteral("sync.order"), polled, options, {});
}

} // namespace m3cart::flows
