#include "order_to_m3_flow.h"

#include "cart/cart_client.h"
#include "flows/customer_ensurer.h"
#include "flows/flow_io.h"
#include "flows/mapping_cache.h"
#include "m3/m3_client.h"
#include "mapping/compiled_mapping.h"
#include "mapping/lookup_source.h"
#include "store/alert_log.h"
#include "store/store.h"
#include "store/xref_repository.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>

namespace m3cart::flows {

namespace {

bool isLineSection(const mapping::MappedSection &s)
{
    return s.target.transaction == QLatin1String("AddBatchLine");
}

// What a dry run says instead of the numbers M3 would give.
const QString kDryTempOrno = QStringLiteral("(temporary ORNO)");
const QString kDryOrno = QStringLiteral("(new ORNO)");

} // namespace

// Items M3 has confirmed lately: an order's lines need not ask again for each order. Only hits are kept
// (an item created in M3 a minute ago must be seen at once), for ten minutes.
struct OrderToM3Flow::KnownItems
{
    QMutex mutex;
    QHash<QString, qint64> until;

    bool known(const QString &itno)
    {
        QMutexLocker lock(&mutex);
        return until.value(itno) > QDateTime::currentMSecsSinceEpoch();
    }
    void remember(const QString &itno)
    {
        QMutexLocker lock(&mutex);
        if (until.size() > 50'000)
            until.clear();
        until.insert(itno, QDateTime::currentMSecsSinceEpoch() + 10 * 60'000);
    }
};

// One run of the flow for one event: the order, its mapped output and the clients.
struct OrderToM3Flow::Run
{
    const OrderToM3Flow &flow;
    FlowContext &ctx;
    FlowIo io;
    QJsonObject order;
    QString orderId;
    mapping::MappingOutput batch;

    Run(const OrderToM3Flow &f, FlowContext &c)
        : flow(f), ctx(c), io(f.m_cart.get(), f.m_m3.get(), c.dryRun())
    {
    }

    void alert(const QString &severity, const QString &message)
    {
        if (!io.dryRun())
            AlertLog(ctx.store()).raise(severity, QStringLiteral("order-to-m3"), message);
    }

    Status loadOrder()
    {
        const QJsonDocument doc = QJsonDocument::fromJson(ctx.event().payload);
        order = doc.isArray() ? doc.array().at(0).toObject() : doc.object(); // [] reads as an order without OrderID
        orderId = order.value(QStringLiteral("OrderID")).toVariant().toString();
        if (orderId.isEmpty() || orderId == QLatin1String("0")) {
            Error e = Error::data(QStringLiteral("the order payload has no OrderID"));
            e.field = QStringLiteral("OrderID");
            return e;
        }
        if (ctx.isDone(QStringLiteral("fetch"))) {
            order = ctx.stepResult(QStringLiteral("fetch")).value(QStringLiteral("order")).toObject();
            return ok();
        }
        // Webhooks may omit fields; without its lines the order cannot be entered.
        if (order.contains(QStringLiteral("OrderItemList")))
            return ok();
        auto full = io.cartGetOne(QStringLiteral("Orders/%1").arg(orderId));
        if (!full)
            return full.error();
        order = full.value();
        return ctx.markDone(QStringLiteral("fetch"), {{QStringLiteral("order"), order}});
    }

    // The 3dcart SKU behind a mapped line (CUPO is the 1-based position in OrderItemList).
    QString skuOf(const QJsonObject &line) const
    {
        const int cupo = line.value(QStringLiteral("CUPO")).toVariant().toInt();
        const QJsonArray items = order.value(QStringLiteral("OrderItemList")).toArray();
        if (cupo >= 1 && cupo <= items.size())
            return items.at(cupo - 1).toObject().value(QStringLiteral("ItemID")).toString().trimmed();
        return {};
    }

    // Before the first write: every line's item must exist in M3, or the batch order would be left half made.
    Status checkItems()
    {
        if (!flow.m_options.checkItems || ctx.isDone(QStringLiteral("items")))
            return ok();
        QStringList replaced;
        for (mapping::MappedSection &s : batch.sections) {
            if (!isLineSection(s) || s.skipped)
                continue;
            for (QJsonObject &line : s.records) {
                const QString itno = line.value(QStringLiteral("ITNO")).toString();
                if (itno.isEmpty() || flow.m_items->known(itno))
                    continue;
                auto got = io.m3Read(QStringLiteral("MMS200MI"), QStringLiteral("Get"), {{QStringLiteral("ITNO"), itno}});
                if (got) {
                    flow.m_items->remember(itno);
                    continue;
                }
                if (got.error().errorClass != ErrorClass::Data)
                    return got.error();
                const QString sku = skuOf(line);
                const QString what = sku.isEmpty() || sku == itno
                                         ? QStringLiteral("item %1 is not in M3 (MMS001)").arg(itno)
                                         : QStringLiteral("SKU %1 (M3 item %2) is not in M3 (MMS001)").arg(sku, itno);
                if (!flow.m_options.placeholderItem.isEmpty()) {
                    line.insert(QStringLiteral("ITNO"), flow.m_options.placeholderItem);
                    replaced << what;
                    continue;
                }
                alert(QStringLiteral("error"), QStringLiteral("3dcart order %1: %2; add the item or map the SKU (lookup sku_itno), then retry the dead letter")
                                                   .arg(orderId, what));
                Error e = Error::data(QStringLiteral("3dcart order %1: %2").arg(orderId, what));
                e.field = QStringLiteral("ITNO");
                e.code = got.error().code;
                return e;
            }
        }
        if (!replaced.isEmpty())
            alert(QStringLiteral("warning"), QStringLiteral("3dcart order %1: %2; entered as placeholder item %3 for review")
                                                 .arg(orderId, replaced.join(QStringLiteral("; ")), flow.m_options.placeholderItem));
        // Not recorded as a step: the placeholder replacement must be redone on a retry from the mapping.
        return ok();
    }

    // The M3 order for this 3dcart order, when one already exists (xref, else CUOR in M3).
    Result<QString> existingOrder(const QString &cuor)
    {
        XrefRepository xref(ctx.store());
        auto known = xref.m3Id(QStringLiteral("order"), orderId);
        if (!known)
            return known.error();
        if (known->has_value())
            return known->value();
        if (cuor.isEmpty())
            return QString();
        auto found = io.m3Read(QStringLiteral("OIS100MI"), QStringLiteral("SearchHead"),
                               {{QStringLiteral("SQRY"), QStringLiteral("CUOR:\"%1\"").arg(cuor)}});
        if (!found) {
            if (found.error().errorClass == ErrorClass::Data)
                return QString(); // no hit is a NOK on some M3 versions
            return found.error();
        }
        for (const m3::MiRecord &r : found->records)
            if (r.value(QStringLiteral("CUOR")) == cuor && !r.value(QStringLiteral("ORNO")).isEmpty())
                return r.value(QStringLiteral("ORNO"));
        return QString();
    }

    Status addLines(const QString &orno)
    {
        if (ctx.isDone(QStringLiteral("lines")))
            return ok();
        QList<QJsonObject> lines;
        for (const mapping::MappedSection &s : batch.sections)
            if (isLineSection(s) && !s.skipped)
                for (QJsonObject r : s.records) {
                    r.insert(QStringLiteral("ORNO"), orno);
                    lines << r;
                }
        // Lines an interrupted try already added are in the batch order: add only the rest, in order.
        int present = 0;
        if (ctx.isDone(QStringLiteral("lines.started"))) {
            auto existing = io.m3Read(QStringLiteral("OIS275MI"), QStringLiteral("LstBatchLine"), {{QStringLiteral("ORNO"), orno}});
            if (!existing)
                return existing.error();
            present = int(existing->records.size());
        } else if (const Status s = ctx.markDone(QStringLiteral("lines.started")); !s) {
            return s;
        }
        for (int i = present; i < lines.size(); ++i) {
            auto r = io.m3Write(QStringLiteral("OIS100MI"), QStringLiteral("AddBatchLine"), lines.at(i));
            if (!r) {
                Error e = r.error();
                const QString sku = skuOf(lines.at(i));
                e.message = QStringLiteral("line %1 (%2%3): %4")
                                .arg(i + 1)
                                .arg(lines.at(i).value(QStringLiteral("ITNO")).toString(),
                                     sku.isEmpty() ? QString() : QStringLiteral(", SKU ") + sku, e.message);
                return e;
            }
        }
        return ctx.markDone(QStringLiteral("lines"), {{QStringLiteral("count"), int(lines.size())}});
    }

    Result<QString> confirm(const QString &orno)
    {
        if (ctx.isDone(QStringLiteral("confirm")))
            return ctx.stepResult(QStringLiteral("confirm")).value(QStringLiteral("ORNO")).toString();
        auto stat = [&]() { return io.m3Read(QStringLiteral("OIS275MI"), QStringLiteral("GetTmpOrderStat"), {{QStringLiteral("ORNO"), orno}}); };
        if (ctx.isDone(QStringLiteral("confirm.started"))) {
            auto s = stat(); // confirmed by the interrupted try?
            if (!s)
                return s.error();
            if (s->records.value(0).value(QStringLiteral("STAT")) == QLatin1String("90"))
                return finishConfirm(s->records.value(0).value(QStringLiteral("ORNR")));
        } else if (const Status s = ctx.markDone(QStringLiteral("confirm.started")); !s) {
            return s.error();
        }
        auto c = io.m3Write(QStringLiteral("OIS100MI"), QStringLiteral("Confirm"), {{QStringLiteral("ORNO"), orno}});
        if (!c)
            return c.error();
        if (io.dryRun())
            return finishConfirm(kDryOrno); // the status after a Confirm that was not sent says nothing
        auto s = stat();
        if (!s)
            return s.error();
        const QString status = s->records.value(0).value(QStringLiteral("STAT"));
        if (status == QLatin1String("90"))
            return finishConfirm(s->records.value(0).value(QStringLiteral("ORNR")));
        // 15/25/...: M3 kept the batch order; its messages say why.
        QStringList messages;
        auto errs = io.m3Read(QStringLiteral("OIS100MI"), QStringLiteral("LstErrMsgOrder"), {{QStringLiteral("ORNO"), orno}});
        if (errs)
            for (const m3::MiRecord &r : errs->records)
                messages << r.value(QStringLiteral("MSID")) + QLatin1Char(' ') + r.value(QStringLiteral("MSGL")) + r.value(QStringLiteral("MSG"));
        return Error::data(QStringLiteral("M3 did not accept batch order %1 (status %2): %3")
                               .arg(orno, status, messages.isEmpty() ? QStringLiteral("no messages") : messages.join(QStringLiteral("; "))));
    }

    Result<QString> finishConfirm(const QString &finalOrno)
    {
        if (finalOrno.isEmpty())
            return Error::transient(QStringLiteral("M3 confirmed the batch order but returned no order number yet"));
        if (const Status s = ctx.markDone(QStringLiteral("confirm"), {{QStringLiteral("ORNO"), finalOrno}}); !s)
            return s.error();
        return finalOrno;
    }

    // AddBatchAddress, AddBatchText and any other section between the head and the lines.
    Status sendSections(const QString &temp)
    {
        for (const mapping::MappedSection &s : batch.sections) {
            if (s.id == QLatin1String("head") || isLineSection(s) || s.skipped)
                continue;
            const QString step = QStringLiteral("section.") + s.id;
            if (ctx.isDone(step))
                continue;
            // An interrupted try may have sent this already; M3 then refuses the repeat, which is fine:
            // Confirm checks the whole batch order.
            const bool inDoubt = ctx.isDone(step + QStringLiteral(".started"));
            if (!inDoubt)
                if (const Status st = ctx.markDone(step + QStringLiteral(".started")); !st)
                    return st;
            for (QJsonObject r : s.records) {
                r.insert(QStringLiteral("ORNO"), temp);
                auto done = io.m3Write(s.target.program, s.target.transaction, r);
                if (!done && !(inDoubt && done.error().errorClass == ErrorClass::Data))
                    return done.error();
            }
            if (const Status st = ctx.markDone(step); !st)
                return st;
        }
        return ok();
    }

    // The batch order from AddBatchHead to Confirm; the final ORNO.
    Result<QString> enterOrder(const QJsonObject &headRecord, const QString &cuor)
    {
        if (!ctx.isDone(QStringLiteral("head"))) {
            if (ctx.isDone(QStringLiteral("head.started")))
                alert(QStringLiteral("warning"), QStringLiteral("3dcart order %1: an interrupted try may have left an unconfirmed batch "
                                                                "order for CUOR %2 in OIS275; it never becomes a customer order.")
                                                     .arg(orderId, cuor));
            else if (const Status s = ctx.markDone(QStringLiteral("head.started")); !s)
                return s.error();
            auto added = io.m3Write(QStringLiteral("OIS100MI"), QStringLiteral("AddBatchHead"), headRecord);
            if (!added)
                return added.error();
            const QString temp = io.dryRun() ? kDryTempOrno : added->records.value(0).value(QStringLiteral("ORNO"));
            if (temp.isEmpty())
                return Error::transient(QStringLiteral("AddBatchHead returned no temporary order number"));
            if (const Status s = ctx.markDone(QStringLiteral("head"), {{QStringLiteral("ORNO"), temp}}); !s)
                return s.error();
        }
        const QString temp = ctx.stepResult(QStringLiteral("head")).value(QStringLiteral("ORNO")).toString();
        if (const Status st = sendSections(temp); !st)
            return st.error();
        if (const Status st = addLines(temp); !st)
            return st.error();
        return confirm(temp);
    }

    Status setCartStatus()
    {
        const int status = flow.m_options.cartStatusAfterM3;
        if (status <= 0 || ctx.isDone(QStringLiteral("cart-status")))
            return ok();
        auto put = io.cartPut(QStringLiteral("Orders/%1").arg(orderId), QJsonObject{{QStringLiteral("OrderStatusID"), status}});
        if (!put)
            return put.error();
        if (!put->isEmpty() && !put->first().ok())
            return Error::data(QStringLiteral("3dcart refused the status of order %1: %2").arg(orderId, put->first().message));
        return ctx.markDone(QStringLiteral("cart-status"), {{QStringLiteral("OrderStatusID"), status}});
    }

    Status run()
    {
        if (const Status s = loadOrder(); !s)
            return s;
        if (const int status = order.value(QStringLiteral("OrderStatusID")).toInt(); flow.m_options.skipStatuses.contains(status)) {
            const QString why = status == 7 ? QStringLiteral("OrderStatusID 7 (Not Completed, an abandoned checkout)")
                              : status == 5 ? QStringLiteral("OrderStatusID 5 (Cancel)")
                                            : QStringLiteral("OrderStatusID %1 (skipped by the flow.orders setting)").arg(status);
            ctx.setResponseSummary(QStringLiteral("skipped: ") + why);
            return ctx.markDone(QStringLiteral("skipped"), {{QStringLiteral("reason"), why}});
        }
        // Map everything before the first write, so a bad SKU or field stops the order before M3 sees it.
        auto compiled = flow.m_mappings->get(flow.m_options.orderMapping);
        if (!compiled)
            return compiled.error();
        mapping::StoreLookupSource lookups(ctx.store());
        mapping::EvalOptions eo;
        eo.lookups = &lookups;
        QJsonObject context{{QStringLiteral("ORNO"), QStringLiteral("PENDING")}};
        if (ctx.isDone(QStringLiteral("customer")))
            context.insert(QStringLiteral("CUNO"), ctx.stepResult(QStringLiteral("customer")).value(QStringLiteral("CUNO")));
        eo.context = context;
        auto mapped = compiled.value()->evaluate(order, eo);
        if (!mapped) {
            // An unmapped SKU, a field no cleansing rule can fix: the operator must act, so say so.
            if (mapped.error().errorClass == ErrorClass::Data)
                alert(QStringLiteral("error"), QStringLiteral("3dcart order %1 cannot be entered in M3: %2").arg(orderId, mapped.error().message));
            return mapped.error();
        }
        batch = mapped.value();
        const mapping::MappedSection *head = batch.section(QStringLiteral("head"));
        if (!head || head->records.isEmpty())
            return Error::data(QStringLiteral("mapping %1 produced no order head").arg(flow.m_options.orderMapping));
        QJsonObject headRecord = head->records.first();
        const QString cuor = headRecord.value(QStringLiteral("CUOR")).toString();

        QString finalOrno;
        if (!ctx.isDone(QStringLiteral("head")) && !ctx.isDone(QStringLiteral("confirm"))) {
            // Never a second order: what exists already (from another path or an interrupted try) wins.
            auto existing = existingOrder(cuor);
            if (!existing)
                return existing.error();
            if (!existing->isEmpty()) {
                finalOrno = existing.value();
                if (const Status s = ctx.markDone(QStringLiteral("confirm"), {{QStringLiteral("ORNO"), finalOrno}, {QStringLiteral("found"), true}}); !s)
                    return s;
            }
        }
        if (finalOrno.isEmpty() && !ctx.isDone(QStringLiteral("confirm"))) {
            if (const Status s = checkItems(); !s)
                return s;
            CustomerEnsurer customers(io, ctx, *flow.m_mappings, flow.m_options);
            // The generic web customer: the order mapping's guestCustomer parameter (what guests get).
            QString generic = compiled.value()->params().value(QStringLiteral("guestCustomer")).toString();
            if (generic.isEmpty())
                generic = headRecord.value(QStringLiteral("CUNO")).toString();
            auto cuno = customers.ensure({order, order.value(QStringLiteral("CustomerID")).toVariant().toString(),
                                          flow.m_options.customerMapping, generic, orderId});
            if (!cuno)
                return cuno.error();
            headRecord.insert(QStringLiteral("CUNO"), cuno.value());
            auto confirmed = enterOrder(headRecord, cuor);
            if (!confirmed)
                return confirmed.error();
            finalOrno = confirmed.value();
        } else if (finalOrno.isEmpty()) {
            finalOrno = ctx.stepResult(QStringLiteral("confirm")).value(QStringLiteral("ORNO")).toString();
        }

        if (!ctx.isDone(QStringLiteral("xref"))) {
            const Status s = ctx.markDoneWith(QStringLiteral("xref"), {{QStringLiteral("ORNO"), finalOrno}}, [&](QSqlDatabase &db) {
                return XrefRepository::put(db, QStringLiteral("order"), orderId, finalOrno);
            });
            if (!s)
                return s;
        }
        if (const Status s = setCartStatus(); !s)
            return s;
        ctx.setResponseSummary(QStringLiteral("M3 order %1 for 3dcart order %2 (CUOR %3)").arg(finalOrno, orderId, cuor));
        return ok();
    }
};

OrderToM3Flow::OrderToM3Flow(std::shared_ptr<const cart::CartClient> cart, std::shared_ptr<const m3::M3Client> m3,
                             std::shared_ptr<MappingCache> mappings, OrderFlowOptions options)
    : m_items(std::make_unique<KnownItems>()), m_cart(std::move(cart)), m_m3(std::move(m3)),
      m_mappings(std::move(mappings)), m_options(std::move(options))
{
}

OrderToM3Flow::~OrderToM3Flow() = default;

Status OrderToM3Flow::run(FlowContext &ctx)
{
    Run run(*this, ctx);
    const Status s = run.run();
    ctx.setRequestSummary(run.io.summary());
    return s;
}

Result<QJsonArray> OrderToM3Flow::dryRun(FlowContext &ctx)
{
    ctx.setDryRun(true);
    Run run(*this, ctx);
    const Status s = run.run();
    if (!s)
        return s.error();
    return run.io.calls();
}

} // namespace m3cart::flows
