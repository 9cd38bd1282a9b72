#include "payment_sync.h"

#include "flows/mapping_cache.h"
#include "mapping/compiled_mapping.h"
#include "store/alert_log.h"
#include "store/run_log.h"
#include "store/settings_repository.h"
#include "store/store.h"
#include "store/xref_repository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMutex>
#include <QSqlQuery>
#include <QVariant>

namespace m3cart::flows {

namespace {

struct Invoice
{
    int yea4 = 0;
    qint64 ivno = 0;
    QString orno, cartOrderId, date, currency, method, gatewayId, status, message;
    double amount = 0;
    std::optional<double> captured;
    qint64 pbid = 0;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("ivno"), ivno}, {QStringLiteral("yea4"), yea4}, {QStringLiteral("orno"), orno},
                {QStringLiteral("cart_order_id"), cartOrderId}, {QStringLiteral("invoice_date"), date},
                {QStringLiteral("amount"), amount}, {QStringLiteral("currency"), currency},
                {QStringLiteral("captured"), captured ? QJsonValue(*captured) : QJsonValue()},
                {QStringLiteral("method"), method}, {QStringLiteral("gateway_id"), gatewayId},
                {QStringLiteral("status"), status}, {QStringLiteral("pbid"), pbid ? QJsonValue(pbid) : QJsonValue()},
                {QStringLiteral("message"), message}};
    }
};

// The status an invoice already has in the store ("posted", "posting", "review"), empty when new.
Result<QString> knownStatus(const Store &store, int yea4, qint64 ivno)
{
    QSqlQuery q(store.db());
    q.prepare(QStringLiteral("SELECT status FROM invoices WHERE yea4 = ? AND ivno = ?"));
    q.addBindValue(yea4);
    q.addBindValue(ivno);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading invoice %1").arg(ivno));
    return q.next() ? q.value(0).toString() : QString();
}

Status save(const Store &store, const Invoice &i)
{
    return store.write([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO invoices (yea4, ivno, orno, cart_order_id, invoice_date, amount, currency, captured, method, "
            "gateway_id, status, pbid, message, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (yea4, ivno) DO UPDATE SET captured = excluded.captured, method = excluded.method, "
            "gateway_id = excluded.gateway_id, status = excluded.status, pbid = excluded.pbid, "
            "message = excluded.message, updated_at = excluded.updated_at"));
        for (const QVariant &v : {QVariant(i.yea4), QVariant(i.ivno), QVariant(i.orno), QVariant(i.cartOrderId), QVariant(i.date),
                                  QVariant(i.amount), QVariant(i.currency), i.captured ? QVariant(*i.captured) : QVariant(),
                                  QVariant(i.method), QVariant(i.gatewayId), QVariant(i.status),
                                  i.pbid ? QVariant(i.pbid) : QVariant(), QVariant(i.message), QVariant(nowMs())})
            q.addBindValue(v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral("")) : v);
        return exec(q, QStringLiteral("recording invoice %1").arg(i.ivno));
    });
}

} // namespace

Result<PaymentSettings> PaymentSettings::fromJson(const QJsonObject &o)
{
    PaymentSettings p;
    for (auto it = o.begin(); it != o.end(); ++it) {
        Error e = Error::data(QString());
        e.field = it.key();
        if (it.key() == QLatin1String("compare")) {
            if (it.value() != QJsonValue(QStringLiteral("net_of_tax")) && it.value() != QJsonValue(QStringLiteral("gross"))) {
                e.message = QStringLiteral("setting flow.payments: \"compare\" must be \"net_of_tax\" or \"gross\"");
                return e;
            }
            p.netOfTax = it.value().toString() == QLatin1String("net_of_tax");
        } else if (it.key() == QLatin1String("batch_type")) {
            p.batchType = it.value().toString().trimmed();
            if (p.batchType.isEmpty() || p.batchType.size() > 3) {
                e.message = QStringLiteral("setting flow.payments: \"batch_type\" must be a payment batch type (BOPE), 1 to 3 characters");
                return e;
            }
        } else if (it.key() == QLatin1String("tolerance")) {
            if (!it.value().isDouble() || it.value().toDouble() < 0) {
                e.message = QStringLiteral("setting flow.payments: \"tolerance\" must be an amount, 0 or more");
                return e;
            }
            p.tolerance = it.value().toDouble();
        } else {
            e.message = QStringLiteral("setting flow.payments: \"%1\" is not a known key (compare, batch_type, tolerance)").arg(it.key());
            return e;
        }
    }
    return p;
}

struct PaymentSync::Impl
{
    std::shared_ptr<const Store> store;
    std::shared_ptr<cart::CartClient> cart;
    std::shared_ptr<m3::M3Client> m3;
    const PaymentSyncOptions *o = nullptr;
    PaymentSettings settings;
    std::shared_ptr<const mapping::CompiledMapping> compiled;
    QMutex mutex; // one settlement at a time: the status flow calls in from several workers

    // ARS040MI: head, a line per captured transaction, control. The invoice is "posting" until the batch is
    // controlled, so an interrupted try is seen (and left for a person) instead of posted twice.
    Status post(Invoice &inv, const QJsonObject &invoiceJson, const QJsonObject &order, const mapping::CompiledMapping &m)
    {
        inv.pbid = qint64(inv.yea4 % 100) * 100'000'000LL + inv.ivno % 100'000'000LL;
        inv.status = QStringLiteral("posting");
        if (const Status s = save(*store, inv); !s)
            return s;
        mapping::EvalOptions eo;
        eo.context = QJsonObject{{QStringLiteral("PBID"), QString::number(inv.pbid)}};
        auto out = m.evaluate(QJsonObject{{QStringLiteral("invoice"), invoiceJson}, {QStringLiteral("order"), order}}, eo);
        if (!out)
            return out.error();
        auto head = m3->executeOnce(QStringLiteral("ARS040MI"), QStringLiteral("AddBatchHead"),
                                    {{QStringLiteral("PBID"), QString::number(inv.pbid)}, {QStringLiteral("BOPE"), settings.batchType}});
        if (!head)
            return head.error();
        QList<QJsonObject> lines;
        if (const mapping::MappedSection *s = out->section(QStringLiteral("payments")))
            lines = s->records;
        // The invoice is what is settled: the lines carry the captured amounts, the last one what remains of the
        // invoice (so a net-of-tax comparison posts the invoice amount, not the gross capture).
        double rest = inv.amount;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const double pyam = i + 1 < lines.size() ? std::min(rest, lines[i].value(QStringLiteral("PYAM")).toVariant().toDouble()) : rest;
            lines[i].insert(QStringLiteral("PYAM"), QString::number(pyam, 'f', 2));
            rest -= pyam;
        }
        for (const QJsonObject &r : std::as_const(lines)) {
            m3::MiFields f;
            for (auto it = r.begin(); it != r.end(); ++it)
                if (!it.value().isNull())
                    f << qMakePair(it.key(), it.value().isString() ? it.value().toString() : it.value().toVariant().toString());
            auto line = m3->executeOnce(QStringLiteral("ARS040MI"), QStringLiteral("AddBatchLine"), f);
            if (!line)
                return line.error();
        }
        auto control = m3->executeOnce(QStringLiteral("ARS040MI"), QStringLiteral("ControlBatch"), {{QStringLiteral("PBID"), QString::number(inv.pbid)}});
        if (!control)
            return control.error();
        inv.status = QStringLiteral("posted");
        inv.message = QStringLiteral("payment batch %1").arg(inv.pbid);
        if (const Status s = save(*store, inv); !s)
            return s;
        // The note on the 3dcart order is a courtesy: its failure does not undo the posting.
        if (const mapping::MappedSection *note = out->section(QStringLiteral("order_note")); note && !note->records.isEmpty()) {
            QJsonObject body = note->records.first();
            body.remove(QStringLiteral("OrderID"));
            cart->put(QStringLiteral("Orders/%1").arg(inv.cartOrderId), body);
        }
        return ok();
    }
    // Records, reconciles and (when matched) posts the invoices of these orders: (3dcart id, ORNO) pairs.
    Result<QJsonObject> settle(const QList<QPair<QString, QString>> &orders, const mapping::CompiledMapping &m)
    {
        QJsonArray rows;
        int invoices = 0, posted = 0, review = 0, before = 0;
        AlertLog alerts(store);
        for (const auto &[cartId, orno] : orders) {
            if (o->cancel && o->cancel->load())
                break;
            auto heads = m3->execute(QStringLiteral("OIS350MI"), QStringLiteral("LstInvHeadByCo"), {{QStringLiteral("ORNO"), orno}});
            if (!heads) {
                if (heads.error().errorClass == ErrorClass::Data)
                    continue; // no such order any more in M3: the reconciliation report shows it
                return (heads.error());
            }
            if (heads->records.isEmpty())
                continue; // not invoiced yet
            QJsonObject order;
            for (const m3::MiRecord &h : heads->records) {
                ++invoices;
                Invoice inv;
                inv.yea4 = h.value(QStringLiteral("YEA4")).toInt();
                inv.ivno = h.value(QStringLiteral("IVNO")).toLongLong();
                auto known = knownStatus(*store, inv.yea4, inv.ivno);
                if (!known)
                    return (known.error());
                if (known.value() == QLatin1String("posted") || known.value() == QLatin1String("review")) {
                    ++before;
                    continue;
                }
                if (order.isEmpty()) {
                    auto got = cart->getOne(QStringLiteral("Orders/%1").arg(cartId));
                    if (!got)
                        return (got.error());
                    order = got.value();
                }
                inv.orno = orno;
                inv.cartOrderId = cartId;
                inv.date = h.value(QStringLiteral("IVDT"));
                inv.amount = h.value(QStringLiteral("AMT1")).toDouble();
                inv.currency = h.value(QStringLiteral("CUCD"));
                double captured = 0;
                bool any = false;
                for (const QJsonValue &t : order.value(QStringLiteral("TransactionList")).toArray()) {
                    const QJsonObject tx = t.toObject();
                    if (tx.value(QStringLiteral("TransactionCaptured")).toVariant().toInt() != 1)
                        continue;
                    any = true;
                    captured += tx.value(QStringLiteral("TransactionAmount")).toDouble();
                    if (inv.method.isEmpty()) {
                        inv.method = tx.value(QStringLiteral("TransactionMethod")).toString();
                        inv.gatewayId = tx.value(QStringLiteral("TransactionGatewayID")).toVariant().toString();
                    }
                }
                if (any)
                    inv.captured = captured;
                double tax = 0;
                for (const char *k : {"SalesTax", "SalesTax2", "SalesTax3"})
                    tax += order.value(QLatin1String(k)).toDouble();
                const double compared = settings.netOfTax ? captured - tax : captured;
                const bool matched = any && qAbs(compared - inv.amount) <= settings.tolerance;
                if (known.value() == QLatin1String("posting")) {
                    inv.status = QStringLiteral("review");
                    inv.message = QStringLiteral("an earlier try was interrupted while posting payment batch %1: check it in ARS040 and settle by hand")
                                      .arg(qint64(inv.yea4 % 100) * 100'000'000LL + inv.ivno % 100'000'000LL);
                } else if (!matched) {
                    inv.status = QStringLiteral("review");
                    inv.message = any ? QStringLiteral("3dcart captured %1%2, M3 invoiced %3 %4")
                                            .arg(captured, 0, 'f', 2)
                                            .arg(settings.netOfTax ? QStringLiteral(" (%1 without its %2 sales tax)").arg(compared, 0, 'f', 2).arg(tax, 0, 'f', 2) : QString())
                                            .arg(inv.amount, 0, 'f', 2)
                                            .arg(inv.currency)
                                      : QStringLiteral("3dcart shows no captured payment; M3 invoiced %1 %2").arg(inv.amount, 0, 'f', 2).arg(inv.currency);
                } else if (o->dryRun) {
                    inv.status = QStringLiteral("would_post");
                } else if (const Status s = post(inv, h.toJson(), order, m); !s) {
                    return (s.error());
                }
                if (inv.status == QLatin1String("review")) {
                    ++review;
                    if (!o->dryRun) {
                        if (const Status s = save(*store, inv); !s)
                            return (s.error());
                        alerts.raise(QStringLiteral("warning"), QStringLiteral("payments"),
                                     QStringLiteral("invoice %1 (3dcart order %2, M3 order %3): %4").arg(inv.ivno).arg(cartId, orno, inv.message));
                    }
                }
                posted += inv.status == QLatin1String("posted") ? 1 : 0;
                rows << inv.toJson();
            }
        }

        return QJsonObject{{QStringLiteral("invoices"), rows},
                           {QStringLiteral("counts"), QJsonObject{{QStringLiteral("orders"), int(orders.size())}, {QStringLiteral("invoices"), invoices},
                                                                  {QStringLiteral("posted"), posted}, {QStringLiteral("review"), review},
                                                                  {QStringLiteral("settled_before"), before}}}};
    }

    Result<const mapping::CompiledMapping *> prepare()
    {
        auto setting = SettingsRepository(store).get(QStringLiteral("flow.payments"));
        if (!setting)
            return setting.error();
        auto parsed = PaymentSettings::fromJson(setting->toObject());
        if (!parsed)
            return parsed.error();
        settings = parsed.value();
        auto mapping = MappingCache(store).get(QStringLiteral("invoice-payment"));
        if (!mapping)
            return mapping.error();
        compiled = mapping.value();
        return compiled.get();
    }
};

PaymentSync::PaymentSync(std::shared_ptr<const Store> store, cart::CartConfig cart, m3::M3Config m3) : d(std::make_unique<Impl>())
{
    d->store = std::move(store);
    d->cart = std::make_shared<cart::CartClient>(std::move(cart));
    d->m3 = std::make_shared<m3::M3Client>(std::move(m3));
}

PaymentSync::~PaymentSync() = default;

Result<QJsonObject> PaymentSync::run(const PaymentSyncOptions &options)
{
    QMutexLocker lock(&d->mutex);
    d->o = &options;
    RunLog runs(d->store);
    auto runId = runs.start(runKind(), options.dryRun);
    if (!runId)
        return runId.error();
    auto fail = [&](const Error &e) -> Result<QJsonObject> {
        runs.finish(runId.value(), QStringLiteral("failed"), {}, e.message);
        return e;
    };
    auto m = d->prepare();
    if (!m)
        return fail(m.error());
    auto orders = XrefRepository(d->store).list(QStringLiteral("order"), QDateTime::currentMSecsSinceEpoch() - qint64(options.days) * 86'400'000LL);
    if (!orders)
        return fail(orders.error());
    auto settled = d->settle(orders.value(), *m.value());
    if (!settled)
        return fail(settled.error());
    QJsonObject report = settled.value();
    const QJsonObject counts = report.value(QStringLiteral("counts")).toObject();
    const QString status = counts.value(QStringLiteral("review")).toInt() > 0 ? QStringLiteral("partial") : QStringLiteral("ok");
    runs.finish(runId.value(), status, counts);
    report.insert(QStringLiteral("run_id"), runId.value());
    report.insert(QStringLiteral("dry_run"), options.dryRun);
    report.insert(QStringLiteral("status"), status);
    return report;
}

Result<QJsonObject> PaymentSync::settleOrder(const QString &cartOrderId, const QString &orno)
{
    QMutexLocker lock(&d->mutex);
    const PaymentSyncOptions options;
    d->o = &options;
    auto m = d->prepare();
    if (!m)
        return m.error();
    return d->settle({qMakePair(cartOrderId, orno)}, *m.value());
}
} // namespace m3cart::flows
