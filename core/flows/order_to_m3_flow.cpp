#include "order_to_m3_flow.h"

#include "cart/cart_client.h"
#include "flows/mapping_cache.h"
#include "m3/m3_client.h"
#include "mapping/compiled_mapping.h"
#include "mapping/lookup_source.h"
#include "store/alert_log.h"
#include "store/store.h"
#include "store/xref_repository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace m3cart::flows {

namespace {

m3::MiFields fieldsOf(const QJsonObject &record)
{
    m3::MiFields out;
    for (auto it = record.begin(); it != record.end(); ++it) {
        if (it.value().isNull() || it.value().isUndefined())
            continue;
        const QString v = it.value().isString() ? it.value().toString() : it.value().toVariant().toString();
        out << qMakePair(it.key(), v);
    }
    return out;
}

QString summary(const QString &program, const QString &transaction, const QJsonObject &record)
{
    return QStringLiteral("%1/%2 %3").arg(program, transaction,
                                          QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
}

bool isLineSection(const mapping::MappedSection &s)
{
    return s.target.transaction == QLatin1String("AddBatchLine");
}

} // namespace

// One run of the flow for one event: the order, its mapped output and the clients.
struct OrderToM3Flow::Run
{
    const OrderToM3Flow &flow;
    FlowContext &ctx;
    QJsonObject order;
    QString orderId;
    mapping::MappingOutput batch;
    QStringList calls; // attempt summary

    Result<m3::MiResult> mi(const QString &program, const QString &transaction, const QJsonObject &record)
    {
        calls << summary(program, transaction, record);
        return flow.m_m3->execute(program, transaction, fieldsOf(record));
    }

    Status loadOrder()
    {
        const QJsonDocument doc = QJsonDocument::fromJson(ctx.event().payload);
        order = doc.isArray() ? doc.array().first().toObject() : doc.object();
        orderId = order.value(QStringLiteral("OrderID")).toVariant().toString();
        if (orderId.isEmpty() || orderId == QLatin1String("0"))
            return Error::data(QStringLiteral("the order payload has no OrderID"));
        if (ctx.isDone(QStringLiteral("fetch"))) {
            order = ctx.stepResult(QStringLiteral("fetch")).value(QStringLiteral("order")).toObject();
            return ok();
        }
        // Webhooks may omit fields; without its lines the order cannot be entered.
        if (order.contains(QStringLiteral("OrderItemList")))
            return ok();
        auto full = flow.m_cart->getOne(QStringLiteral("Orders/%1").arg(orderId));
        if (!full)
            return full.error();
        order = full.value();
        return ctx.markDone(QStringLiteral("fetch"), {{QStringLiteral("order"), order}});
    }

    Status ensureCustomer(const QString &headCuno, QString *cuno)
    {
        if (ctx.isDone(QStringLiteral("customer"))) {
            *cuno = ctx.stepResult(QStringLiteral("customer")).value(QStringLiteral("CUNO")).toString();
            return ok();
        }
        const QString customerId = order.value(QStringLiteral("CustomerID")).toVariant().toString();
        auto record = [&](const QString &value, const QString &how) {
            *cuno = value;
            return ctx.markDone(QStringLiteral("customer"), {{QStringLiteral("CUNO"), value}, {QStringLiteral("how"), how}});
        };
        if (customerId.isEmpty() || customerId == QLatin1String("0"))
            return record(headCuno, QStringLiteral("guest")); // the generic web customer from the mapping
        XrefRepository xref(ctx.store());
        auto known = xref.m3Id(QStringLiteral("customer"), customerId);
        if (!known)
            return known.error();
        if (known->has_value())
            return record(known->value(), QStringLiteral("xref"));

        auto mapped = flow.m_mappings->get(flow.m_options.customerMapping);
        if (!mapped)
            return mapped.error();
        mapping::StoreLookupSource lookups(ctx.store());
        mapping::EvalOptions eo;
        eo.lookups = &lookups;
        auto out = mapped.value()->evaluate(order, eo);
        if (!out)
            return out.error();
        const mapping::MappedSection *section = out->section(QStringLiteral("customer"));
        if (!section || section->skipped || section->records.isEmpty())
            return record(headCuno, QStringLiteral("mapping skipped"));
        const QJsonObject add = section->records.first();
        const QString wanted = add.value(QStringLiteral("CUNO")).toString();
        const auto check = [&]() -> Result<bool> {
            auto got = mi(QStringLiteral("CRS610MI"), QStringLiteral("GetBasicData"), {{QStringLiteral("CUNO"), wanted}});
            if (got) {
                const QString stat = got->records.value(0).value(QStringLiteral("STAT"));
                if (!stat.isEmpty() && stat != QLatin1String("20"))
                    return Error::data(QStringLiteral("M3 customer %1 (3dcart customer %2) has status %3, not 20 (definite): "
                                                      "review the customer in CRS610")
                                           .arg(wanted, customerId, stat));
                return true;
            }
            if (got.error().errorClass == ErrorClass::Data && got.error().field == QLatin1String("CUNO"))
                return false; // not there
            return got.error();
        };
        auto exists = check();
        if (!exists)
            return exists.error();
        if (!exists.value()) {
            auto added = mi(QStringLiteral("CRS610MI"), QStringLiteral("Add"), add);
            if (!added) {
                // Added by an interrupted earlier try? Then it is there now.
                auto again = check();
                if (!again || !again.value())
                    return added.error();
            }
        }
        if (const Status s = xref.put(QStringLiteral("customer"), customerId, wanted); !s)
            return s;
        return record(wanted, exists.value() ? QStringLiteral("found") : QStringLiteral("added"));
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
        auto found = mi(QStringLiteral("OIS100MI"), QStringLiteral("SearchHead"),
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
            auto existing = mi(QStringLiteral("OIS275MI"), QStringLiteral("LstBatchLine"), {{QStringLiteral("ORNO"), orno}});
            if (!existing)
                return existing.error();
            present = int(existing->records.size());
        } else if (const Status s = ctx.markDone(QStringLiteral("lines.started")); !s) {
            return s;
        }
        for (int i = present; i < lines.size(); ++i) {
            auto r = mi(QStringLiteral("OIS100MI"), QStringLiteral("AddBatchLine"), lines.at(i));
            if (!r) {
                Error e = r.error();
                e.message = QStringLiteral("line %1 (%2): %3").arg(i + 1).arg(lines.at(i).value(QStringLiteral("ITNO")).toString(), e.message);
                return e;
            }
        }
        return ctx.markDone(QStringLiteral("lines"), {{QStringLiteral("count"), int(lines.size())}});
    }

    Result<QString> confirm(const QString &orno)
    {
        if (ctx.isDone(QStringLiteral("confirm")))
            return ctx.stepResult(QStringLiteral("confirm")).value(QStringLiteral("ORNO")).toString();
        auto stat = [&]() { return mi(QStringLiteral("OIS275MI"), QStringLiteral("GetTmpOrderStat"), {{QStringLiteral("ORNO"), orno}}); };
        if (ctx.isDone(QStringLiteral("confirm.started"))) {
            auto s = stat(); // confirmed by the interrupted try?
            if (!s)
                return s.error();
            if (s->records.value(0).value(QStringLiteral("STAT")) == QLatin1String("90"))
                return finishConfirm(s->records.value(0).value(QStringLiteral("ORNR")));
        } else if (const Status s = ctx.markDone(QStringLiteral("confirm.started")); !s) {
            return s.error();
        }
        auto c = mi(QStringLiteral("OIS100MI"), QStringLiteral("Confirm"), {{QStringLiteral("ORNO"), orno}});
        if (!c)
            return c.error();
        auto s = stat();
        if (!s)
            return s.error();
        const QString status = s->records.value(0).value(QStringLiteral("STAT"));
        if (status == QLatin1String("90"))
            return finishConfirm(s->records.value(0).value(QStringLiteral("ORNR")));
        // 15/25/...: M3 kept the batch order; its messages say why.
        QStringList messages;
        auto errs = mi(QStringLiteral("OIS100MI"), QStringLiteral("LstErrMsgOrder"), {{QStringLiteral("ORNO"), orno}});
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

    Status run()
    {
        if (const Status s = loadOrder(); !s)
            return s;
        if (order.value(QStringLiteral("OrderStatusID")).toInt() == 7) {
            ctx.setResponseSummary(QStringLiteral("skipped: Not Completed (abandoned checkout)"));
            return ctx.markDone(QStringLiteral("skipped"), {{QStringLiteral("reason"), QStringLiteral("OrderStatusID 7 (Not Completed)")}});
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
        if (!mapped)
            return mapped.error();
        batch = mapped.value();
        const mapping::MappedSection *head = batch.section(QStringLiteral("head"));
        if (!head || head->records.isEmpty())
            return Error::data(QStringLiteral("mapping %1 produced no order head").arg(flow.m_options.orderMapping));
        QJsonObject headRecord = head->records.first();

        QString cuno;
        if (const Status s = ensureCustomer(headRecord.value(QStringLiteral("CUNO")).toString(), &cuno); !s)
            return s;
        headRecord.insert(QStringLiteral("CUNO"), cuno);
        const QString cuor = headRecord.value(QStringLiteral("CUOR")).toString();

        QString finalOrno;
        if (!ctx.isDone(QStringLiteral("head"))) {
            // Never a second order: what exists already (from another path or an interrupted try) wins.
            auto existing = existingOrder(cuor);
            if (!existing)
                return existing.error();
            if (!existing->isEmpty()) {
                finalOrno = existing.value();
                if (const Status s = ctx.markDone(QStringLiteral("confirm"), {{QStringLiteral("ORNO"), finalOrno}, {QStringLiteral("found"), true}}); !s)
                    return s;
            } else {
                if (ctx.isDone(QStringLiteral("head.started")))
                    AlertLog(ctx.store()).raise(QStringLiteral("warning"), QStringLiteral("order-to-m3"),
                                                QStringLiteral("3dcart order %1: an interrupted try may have left an unconfirmed batch "
                                                               "order for CUOR %2 in OIS275; it never becomes a customer order.")
                                                    .arg(orderId, cuor));
                else if (const Status s = ctx.markDone(QStringLiteral("head.started")); !s)
                    return s;
                auto added = mi(QStringLiteral("OIS100MI"), QStringLiteral("AddBatchHead"), headRecord);
                if (!added)
                    return added.error();
                const QString temp = added->records.value(0).value(QStringLiteral("ORNO"));
                if (temp.isEmpty())
                    return Error::transient(QStringLiteral("AddBatchHead returned no temporary order number"));
                if (const Status s = ctx.markDone(QStringLiteral("head"), {{QStringLiteral("ORNO"), temp}}); !s)
                    return s;
            }
        }
        if (finalOrno.isEmpty() && !ctx.isDone(QStringLiteral("confirm"))) {
            const QString temp = ctx.stepResult(QStringLiteral("head")).value(QStringLiteral("ORNO")).toString();
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
                    auto done = mi(s.target.program, s.target.transaction, r);
                    if (!done && !(inDoubt && done.error().errorClass == ErrorClass::Data))
                        return done.error();
                }
                if (const Status st = ctx.markDone(step); !st)
                    return st;
            }
            if (const Status st = addLines(temp); !st)
                return st;
            auto confirmed = confirm(temp);
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
        if (flow.m_options.cartStatusAfterM3 > 0 && !ctx.isDone(QStringLiteral("cart-status"))) {
            const int status = flow.m_options.cartStatusAfterM3;
            calls << QStringLiteral("3dcart PUT Orders/%1 OrderStatusID=%2").arg(orderId).arg(status);
            auto put = flow.m_cart->put(QStringLiteral("Orders/%1").arg(orderId), QJsonObject{{QStringLiteral("OrderStatusID"), status}});
            if (!put)
                return put.error();
            if (!put->isEmpty() && !put->first().ok())
                return Error::data(QStringLiteral("3dcart refused the status of order %1: %2").arg(orderId, put->first().message));
            if (const Status s = ctx.markDone(QStringLiteral("cart-status"), {{QStringLiteral("OrderStatusID"), status}}); !s)
                return s;
        }
        ctx.setResponseSummary(QStringLiteral("M3 order %1 for 3dcart order %2 (CUOR %3)").arg(finalOrno, orderId, cuor));
        return ok();
    }
};

OrderToM3Flow::OrderToM3Flow(std::shared_ptr<const cart::CartClient> cart, std::shared_ptr<const m3::M3Client> m3,
                             std::shared_ptr<MappingCache> mappings, OrderFlowOptions options)
    : m_cart(std::move(cart)), m_m3(std::move(m3)), m_mappings(std::move(mappings)), m_options(std::move(options))
{
}

OrderToM3Flow::~OrderToM3Flow() = default;

Status OrderToM3Flow::run(FlowContext &ctx)
{
    Run run{*this, ctx, {}, {}, {}, {}};
    const Status s = run.run();
    ctx.setRequestSummary(run.calls.join(QLatin1Char('\n')).left(8000));
    return s;
}

} // namespace m3cart::flows
