// The M3 simulator's v2 bulk endpoint, the /__sandbox/ admin API and the optional status clock.

#include "m3_simulator.h"
#include "outbound_poster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace m3cart::sandbox {

HttpResponse M3Simulator::executeBulk(const HttpRequest &req, const FaultDecision &fault)
{
    auto terminated = [](const QString &reason) {
        return HttpResponse::json(
            QJsonObject{{QStringLiteral("results"), QJsonArray()},
                        {QStringLiteral("wasTerminated"), true},
                        {QStringLiteral("terminationReason"), reason},
                        {QStringLiteral("terminationErrorType"), QStringLiteral("ServerReturnedNOK")},
                        {QStringLiteral("nrOfSuccessfullTransactions"), 0},
                        {QStringLiteral("nrOfFailedTransactions"), 0}},
            400);
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(req.body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return terminated(QStringLiteral("Invalid JSON in request body: %1 at offset %2")
                              .arg(pe.errorString())
                              .arg(pe.offset));
    if (!doc.isObject())
        return terminated(QStringLiteral("The request body must be a JSON object"));
    const QJsonObject body = doc.object();
    const QJsonValue programValue = body.value(QStringLiteral("program"));
    const QJsonValue txValue = body.value(QStringLiteral("transactions"));
    if (!programValue.isString() || programValue.toString().isEmpty())
        return terminated(QStringLiteral("program is required"));
    if (!txValue.isArray())
        return terminated(QStringLiteral("transactions must be an array"));
    const QString program = programValue.toString();

    auto text = [](const QJsonValue &v) {
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return m3Number(v.toDouble());
        if (v.isBool())
            return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
        return QString();
    };
    MiContext ctx;
    ctx.v2 = true;
    ctx.maxrecs = body.contains(QStringLiteral("maxReturnedRecords"))
                      ? body.value(QStringLiteral("maxReturnedRecords")).toInt()
                      : 100;
    ctx.rightTrim = body.value(QStringLiteral("rightTrim")).toBool(true);
    ctx.excludeEmpty = body.value(QStringLiteral("excludeEmptyValues")).toBool(false);
    ctx.cono = text(body.value(QStringLiteral("cono")));
    ctx.divi = text(body.value(QStringLiteral("divi")));
    const auto items = req.query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        const QString k = item.first.toLower();
        if (k == QLatin1String("maxrecs"))
            ctx.maxrecs = item.second.toInt();
        else if (k == QLatin1String("righttrim"))
            ctx.rightTrim = item.second.compare(QLatin1String("false"), Qt::CaseInsensitive) != 0;
        else if (k == QLatin1String("excludeempty") || k == QLatin1String("excludempty"))
            ctx.excludeEmpty = item.second.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        else if (k == QLatin1String("cono"))
            ctx.cono = item.second;
        else if (k == QLatin1String("divi"))
            ctx.divi = item.second;
        else if (k == QLatin1String("dateformat"))
            ctx.dateFormat = item.second;
    }

    QByteArray results;
    int ok = 0, failed = 0;
    for (const QJsonValue &tv : txValue.toArray()) {
        const QJsonObject tx = tv.toObject();
        const QString transaction = tx.value(QStringLiteral("transaction")).toString();
        MiRecord input;
        const QJsonObject rec = tx.value(QStringLiteral("record")).toObject();
        for (auto it = rec.begin(); it != rec.end(); ++it)
            input.insert(it.key(), text(it.value()));
        QStringList selected;
        for (const QJsonValue &c : tx.value(QStringLiteral("selectedColumns")).toArray())
            selected.append(c.toString());
        MiOutcome out = fault.nok ? MiOutcome::nok(QStringLiteral("CPF9898"), QStringLiteral("RETT"),
                                                   QStringLiteral("Designed to fail!"))
                                  : execute(program, transaction, input, ctx);
        const MiTransaction *t = MiCatalogue::instance().find(program, transaction);
        if (out.ok && t && t->multiple && ctx.maxrecs > 0 && out.records.size() > ctx.maxrecs)
            out.records = out.records.mid(0, ctx.maxrecs);
        (out.ok ? ok : failed)++;
        if (!results.isEmpty())
            results += ',';
        results += v2Result(t, transaction, out, ctx, selected);
    }
    return HttpResponse::raw(
        200, "application/json; charset=utf-8",
        "{\"results\":[" + results + "],\"wasTerminated\":false,\"nrOfSuccessfullTransactions\":" +
            QByteArray::number(ok) + ",\"nrOfFailedTransactions\":" + QByteArray::number(failed) + '}');
}

QJsonObject M3Simulator::received() const
{
    const QJsonObject all = m_state.toJson();
    QJsonObject created;
    const QJsonObject customers = all.value(QStringLiteral("customers")).toObject();
    for (auto it = customers.begin(); it != customers.end(); ++it)
        if (it.value().toObject().value(QStringLiteral("CHID")).toString() == m_config.m3User)
            created.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("batchOrders"), all.value(QStringLiteral("batchOrders"))},
                       {QStringLiteral("orders"), all.value(QStringLiteral("orders"))},
                       {QStringLiteral("customers"), created},
                       {QStringLiteral("emails"), all.value(QStringLiteral("emails"))},
                       {QStringLiteral("deliveries"), all.value(QStringLiteral("deliveries"))},
                       {QStringLiteral("invoices"), all.value(QStringLiteral("invoices"))},
                       {QStringLiteral("paymentBatches"), all.value(QStringLiteral("paymentBatches"))}};
}

void M3Simulator::tick()
{
    const QStringList ornos = m_state.orders.keys();
    for (const QString &orno : ornos) {
        const QString lo = m_state.orders.value(orno).orsl();
        QString err;
        if (lo < QLatin1String("33"))
            advanceOrder(orno, QStringLiteral("33"), &err);
        else if (lo < QLatin1String("44"))
            advanceOrder(orno, QStringLiteral("44"), &err);
        else if (lo < QLatin1String("66"))
            shipOrder(orno, QString(), &err);
        else if (lo < QLatin1String("77"))
            invoiceOrder(orno, &err);
    }
}

HttpResponse M3Simulator::admin(const HttpRequest &req, const QStringList &segs)
{
    const QString what = segs.value(0).toLower();
    QJsonObject body;
    if ((req.method == "POST" || req.method == "PUT") && !req.body.trimmed().isEmpty() &&
        what != QLatin1String("faults")) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(req.body, &pe);
        if (pe.error != QJsonParseError::NoError)
            return HttpResponse::json(QJsonObject{{QStringLiteral("error"), pe.errorString()}}, 400);
        body = doc.object();
    }
    auto fail = [](int status, const QString &message) {
        return HttpResponse::json(QJsonObject{{QStringLiteral("error"), message}}, status);
    };
    if (what == QLatin1String("state") && req.method == "GET") {
        int live = 0;
        for (const Token &t : m_tokens)
            live += !t.refresh && t.expiresMs > nowMs();
        QJsonObject s{{QStringLiteral("tenant"), m_config.tenant},
                      {QStringLiteral("customers"), int(m_state.customers.size())},
                      {QStringLiteral("items"), int(m_state.items.size())},
                      {QStringLiteral("batchOrders"), int(m_state.batches.size())},
                      {QStringLiteral("orders"), int(m_state.orders.size())},
                      {QStringLiteral("deliveries"), int(m_state.deliveries.size())},
                      {QStringLiteral("invoices"), int(m_state.invoices.size())},
                      {QStringLiteral("liveTokens"), live},
                      {QStringLiteral("tokenLifetimeSeconds"), m_config.tokenLifetimeSeconds},
                      {QStringLiteral("requests"), double(requestCount())},
                      {QStringLiteral("faults"), m_faults.toJson()}};
        if (req.query.queryItemValue(QStringLiteral("full")) == QLatin1String("1"))
            s[QStringLiteral("data")] = m_state.toJson();
        return HttpResponse::json(s);
    }
    if (what == QLatin1String("received") && req.method == "GET")
        return HttpResponse::json(received());
    if (what == QLatin1String("ionapi") && req.method == "GET")
        return HttpResponse::json(ionapi());
    if (what == QLatin1String("reset") && req.method == "POST") {
        reset();
        return HttpResponse::json(QJsonObject{{QStringLiteral("reset"), true}});
    }
    if (what == QLatin1String("faults"))
        return faultsAdmin(m_faults, req);
    if (what == QLatin1String("tokens") && segs.value(1) == QLatin1String("expire") && req.method == "POST") {
        expireAllTokens();
        return HttpResponse::json(QJsonObject{{QStringLiteral("expired"), true}});
    }
    if (what == QLatin1String("config")) {
        if (req.method == "PUT" || req.method == "POST") {
            m_config.tokenLifetimeSeconds =
                body.value(QStringLiteral("tokenLifetimeSeconds")).toInt(m_config.tokenLifetimeSeconds);
            m_config.spikeArrestPerMinute =
                body.value(QStringLiteral("spikeArrestPerMinute")).toInt(m_config.spikeArrestPerMinute);
            m_config.autoAllocate = body.value(QStringLiteral("autoAllocate")).toBool(m_config.autoAllocate);
            m_config.issueRefreshToken =
                body.value(QStringLiteral("issueRefreshToken")).toBool(m_config.issueRefreshToken);
        }
        return HttpResponse::json(
            QJsonObject{{QStringLiteral("tokenLifetimeSeconds"), m_config.tokenLifetimeSeconds},
                        {QStringLiteral("spikeArrestPerMinute"), m_config.spikeArrestPerMinute},
                        {QStringLiteral("autoAllocate"), m_config.autoAllocate},
                        {QStringLiteral("issueRefreshToken"), m_config.issueRefreshToken}});
    }
    if (what == QLatin1String("stock") && (req.method == "PUT" || req.method == "POST")) {
        QString err;
        const QString whlo = body.value(QStringLiteral("WHLO")).toString(m_state.warehouses.value(0));
        const QString itno = body.value(QStringLiteral("ITNO")).toString();
        if (!setStock(whlo, itno, body.value(QStringLiteral("STQT")).toDouble(), &err))
            return fail(400, err);
        return HttpResponse::json(
            QJsonObject{{QStringLiteral("WHLO"), whlo},
                        {QStringLiteral("ITNO"), itno},
                        {QStringLiteral("balance"), m_state.toJson()
                                                        .value(QStringLiteral("balances"))
                                                        .toObject()
                                                        .value(whlo + QLatin1Char('|') + itno)}});
    }
    if (what == QLatin1String("items") && segs.size() == 2 && (req.method == "PUT" || req.method == "POST")) {
        QString err;
        if (!changeItem(segs[1], body, &err))
            return fail(400, err);
        return HttpResponse::json(m_state.toJson().value(QStringLiteral("items")).toObject().value(segs[1]));
    }
    if (what == QLatin1String("orders") && segs.size() == 3 && req.method == "POST") {
        const QString orno = segs[1];
        const QString action = segs[2].toLower();
        QString err;
        if (action == QLatin1String("advance")) {
            if (!advanceOrder(orno, body.value(QStringLiteral("status")).toString(), &err))
                return fail(400, err);
        } else if (action == QLatin1String("ship")) {
            QList<int> positions; // "lines": [PONR, ...] delivers only those (a partial delivery)
            for (const QJsonValue &v : body.value(QStringLiteral("lines")).toArray())
                positions << v.toInt();
            const qint64 dlix =
                shipOrder(orno, body.value(QStringLiteral("trackingNumber")).toString(), &err, positions);
            if (!dlix)
                return fail(400, err);
        } else if (action == QLatin1String("invoice")) {
            if (!invoiceOrder(orno, &err))
                return fail(400, err);
        } else {
            return fail(404, QStringLiteral("unknown order action"));
        }
        const QJsonObject all = m_state.toJson();
        for (const QJsonValue &o : all.value(QStringLiteral("orders")).toArray())
            if (o.toObject().value(QStringLiteral("ORNO")).toString() == orno)
                return HttpResponse::json(o.toObject());
        return fail(404, QStringLiteral("no such order"));
    }
    if (what == QLatin1String("bod")) {
        if (segs.value(1) == QLatin1String("subscribers")) {
            if (req.method == "POST") {
                const QUrl url(body.value(QStringLiteral("url")).toString());
                if (!url.isValid() || url.scheme().isEmpty())
                    return fail(400, QStringLiteral("url is required"));
                addBodSubscriber(url);
            } else if (req.method == "DELETE") {
                m_bodSubscribers.clear();
            }
            QJsonArray a;
            for (const QUrl &u : m_bodSubscribers)
                a.append(u.toString());
            return HttpResponse::json(a);
        }
        if (segs.value(1) == QLatin1String("deliveries"))
            return HttpResponse::json(m_poster->log());
    }
    return fail(404, QStringLiteral("unknown admin route"));
}

} // namespace m3cart::sandbox
