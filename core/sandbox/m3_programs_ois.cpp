// OIS100MI batch order entry and order reads, OIS275MI batch-order inquiry and OIS175MI order inquiry.

#include "m3_programs.h"

namespace m3cart::sandbox {

using namespace mi;

namespace {

MiRecord errorMessage(const QString &level, const QString &msid, const QString &text, const QString &data)
{
    return MiRecord{{QStringLiteral("LEVL"), level},
                    {QStringLiteral("MSID"), msid},
                    {QStringLiteral("TX60"), text.left(60)},
                    {QStringLiteral("MDTA"), data.left(132)}};
}

} // namespace

MiOutcome M3Simulator::ois100AddBatchHead(const MiRecord &in, const MiContext &)
{
    const QString cuno = in.value(QStringLiteral("CUNO"));
    if (!m_state.customers.contains(cuno))
        return notExist(QStringLiteral("CUNO"), QStringLiteral("Customer number"), cuno);
    const MiRecord &c = m_state.customers[cuno];
    const QString whlo = in.value(QStringLiteral("WHLO"), c.value(QStringLiteral("WHLO")));
    if (!whlo.isEmpty() && !m_state.warehouses.contains(whlo))
        return notExist(QStringLiteral("WHLO"), QStringLiteral("Warehouse"), whlo);
    M3BatchOrder b;
    b.orno = QString::number(m_state.nextTempOrno++);
    b.head = in;
    for (const char *k : {"ORTP", "FACI", "MODL", "TEDL", "TEPY", "CUCD", "LNCD", "PYNO"})
        if (b.head.value(QLatin1String(k)).isEmpty())
            b.head.insert(QLatin1String(k), c.value(QLatin1String(k)));
    b.head[QStringLiteral("WHLO")] = whlo;
    if (b.head.value(QStringLiteral("ORDT")).isEmpty())
        b.head[QStringLiteral("ORDT")] = today();
    if (b.head.value(QStringLiteral("RLDT")).isEmpty())
        b.head[QStringLiteral("RLDT")] = b.head.value(QStringLiteral("ORDT"));
    b.head[QStringLiteral("ORNO")] = b.orno;
    b.head[QStringLiteral("CUNO")] = cuno;
    b.stat = QStringLiteral("20"); // head OK, lines missing
    m_state.batches.insert(b.orno, b);
    return one(MiRecord{{QStringLiteral("ORNO"), b.orno}});
}

MiOutcome M3Simulator::ois100AddBatchAddress(const MiRecord &in, const MiContext &)
{
    const QString orno = in.value(QStringLiteral("ORNO"));
    auto it = m_state.batches.find(orno);
    if (it == m_state.batches.end() || it->stat == QLatin1String("90"))
        return notExist(QStringLiteral("ORNO"), QStringLiteral("Batch order"), orno);
    for (const MiRecord &a : it->addresses)
        if (a.value(QStringLiteral("ADRT")) == in.value(QStringLiteral("ADRT")))
            return MiOutcome::nok(wcode(QStringLiteral("ADRT"), "0201"), QStringLiteral("ADRT"),
                                  QStringLiteral("Address type %1 already exists for order %2")
                                      .arg(in.value(QStringLiteral("ADRT")), orno));
    it->addresses.append(in);
    return none();
}

MiOutcome M3Simulator::ois100AddBatchLine(const MiRecord &in, const MiContext &)
{
    const QString orno = in.value(QStringLiteral("ORNO"));
    auto it = m_state.batches.find(orno);
    if (it == m_state.batches.end() || it->stat == QLatin1String("90"))
        return notExist(QStringLiteral("ORNO"), QStringLiteral("Batch order"), orno);
    const QString itno = in.value(QStringLiteral("ITNO"));
    if (!m_state.items.contains(itno))
        return notExist(QStringLiteral("ITNO"), QStringLiteral("Item number"), itno);
    const QString whlo = in.value(QStringLiteral("WHLO"), it->head.value(QStringLiteral("WHLO")));
    if (!m_state.warehouses.contains(whlo))
        return notExist(QStringLiteral("WHLO"), QStringLiteral("Warehouse"), whlo);
    MiRecord line = in;
    line[QStringLiteral("WHLO")] = whlo;
    const int ponr = int(it->lines.size()) + 1;
    line[QStringLiteral("PONR")] = QString::number(ponr);
    line[QStringLiteral("POSX")] = QStringLiteral("0");
    if (line.value(QStringLiteral("ITDS")).isEmpty())
        line[QStringLiteral("ITDS")] = m_state.items[itno].value(QStringLiteral("ITDS"));
    it->lines.append(line);
    return one(MiRecord{{QStringLiteral("PONR"), QString::number(ponr)},
                        {QStringLiteral("POSX"), QStringLiteral("0")},
                        {QStringLiteral("ATNR"), QStringLiteral("0")}});
}

MiOutcome M3Simulator::ois100AddBatchText(const MiRecord &in, const MiContext &)
{
    const QString orno = in.value(QStringLiteral("ORNO"));
    auto it = m_state.batches.find(orno);
    if (it == m_state.batches.end() || it->stat == QLatin1String("90"))
        return notExist(QStringLiteral("ORNO"), QStringLiteral("Batch order"), orno);
    const QString type = in.value(QStringLiteral("TYPE"));
    if (type != QLatin1String("1") && type != QLatin1String("2"))
        return MiOutcome::nok(wcode(QStringLiteral("TYPE"), "0202"), QStringLiteral("TYPE"),
                              QStringLiteral("Text type %1 is invalid").arg(type));
    const QString tytr = in.value(QStringLiteral("TYTR"));
    if (tytr != QLatin1String("1") && tytr != QLatin1String("2") && tytr != QLatin1String("3"))
        return MiOutcome::nok(wcode(QStringLiteral("TYTR"), "0202"), QStringLiteral("TYTR"),
                              QStringLiteral("Type of text %1 is invalid").arg(tytr));
    it->texts.append(in);
    return none();
}

MiOutcome M3Simulator::ois100Confirm(const MiRecord &in, const MiContext &)
{
    const QString orno = in.value(QStringLiteral("ORNO"));
    auto it = m_state.batches.find(orno);
    if (it == m_state.batches.end())
        return notExist(QStringLiteral("ORNO"), QStringLiteral("Batch order"), orno);
    M3BatchOrder &b = *it;
    if (b.stat == QLatin1String("90"))
        return MiOutcome::nok(
            wcode(QStringLiteral("ORNO"), "0201"), QStringLiteral("ORNO"),
            QStringLiteral("Batch order %1 is already confirmed as order %2").arg(orno, b.finalOrno));
    b.errors.clear();
    const QString cuno = b.head.value(QStringLiteral("CUNO"));
    const MiRecord customer = m_state.customers.value(cuno);
    QString stat = QStringLiteral("90");
    if (customer.value(QStringLiteral("STAT")) != QLatin1String("20")) {
        b.errors.append(errorMessage(QStringLiteral("1"), QStringLiteral("WCU0303"),
                                     QStringLiteral("Customer %1 is not definite (status %2)")
                                         .arg(cuno, customer.value(QStringLiteral("STAT"))),
                                     cuno));
        stat = QStringLiteral("15");
    }
    if (b.lines.isEmpty() && stat == QLatin1String("90"))
        stat = QStringLiteral("20");
    for (const MiRecord &l : b.lines) {
        const QString itno = l.value(QStringLiteral("ITNO"));
        const MiRecord item = m_state.items.value(itno);
        const QString ponr = l.value(QStringLiteral("PONR"));
        QString problem, msid;
        if (item.value(QStringLiteral("STAT")) != QLatin1String("20")) {
            msid = QStringLiteral("WIT0303");
            problem = QStringLiteral("Item %1 has status %2 and cannot be sold")
                          .arg(itno, item.value(QStringLiteral("STAT")));
        } else if (item.value(QStringLiteral("SALE")) != QLatin1String("1")) {
            msid = QStringLiteral("WIT0304");
            problem = QStringLiteral("Item %1 is not a sales item").arg(itno);
        } else if (l.value(QStringLiteral("ORQT"), QStringLiteral("0")).toDouble() <= 0) {
            msid = QStringLiteral("WOR0302");
            problem = QStringLiteral("Ordered quantity must be greater than zero, line %1").arg(ponr);
        }
        if (!problem.isEmpty()) {
            b.errors.append(errorMessage(QStringLiteral("2"), msid, problem, ponr));
            if (stat == QLatin1String("90") || stat == QLatin1String("20"))
                stat = QStringLiteral("25");
        }
    }
    b.stat = stat;
    if (stat != QLatin1String("90"))
        return one(MiRecord{{QStringLiteral("ORNO"), orno}, {QStringLiteral("STAT"), stat}});

    M3Order o;
    o.orno = QString::number(m_state.nextOrno++);
    o.tempOrno = orno;
    o.head = b.head;
    o.head[QStringLiteral("ORNO")] = o.orno;
    o.addresses = b.addresses;
    o.texts = b.texts;
    for (const MiRecord &l : b.lines) {
        M3OrderLine line;
        line.ponr = l.value(QStringLiteral("PONR")).toInt();
        line.itno = l.value(QStringLiteral("ITNO"));
        line.itds = l.value(QStringLiteral("ITDS"));
        line.whlo = l.value(QStringLiteral("WHLO"));
        line.orqt = l.value(QStringLiteral("ORQT")).toDouble();
        const MiRecord item = m_state.items.value(line.itno);
        line.sapr = l.value(QStringLiteral("SAPR")).isEmpty() ? item.value(QStringLiteral("SAPR")).toDouble()
                                                              : l.value(QStringLiteral("SAPR")).toDouble();
        line.dip1 = l.value(QStringLiteral("DIP1")).toDouble();
        line.dwdt = l.value(QStringLiteral("DWDT"), o.head.value(QStringLiteral("RLDT")));
        line.cupo = l.value(QStringLiteral("CUPO"));
        M3Balance &bal = m_state.balances[line.whlo + QLatin1Char('|') + line.itno];
        bal.reqt += line.orqt;
        if (m_config.autoAllocate && bal.av01() >= line.orqt) {
            bal.alqt += line.orqt;
            line.alqt = line.orqt;
            line.orst = QStringLiteral("33");
        } else {
            line.orst = QStringLiteral("22");
        }
        touchBalance(bal);
        publishBalanceBod(line.whlo, line.itno, bal);
        o.lines.append(line);
    }
    m_state.orders.insert(o.orno, o);
    b.finalOrno = o.orno;
    publishOrderBod(o);
    return one(MiRecord{{QStringLiteral("ORNO"), o.orno}, {QStringLiteral("STAT"), stat}});
}

MiOutcome M3Simulator::ois100LstErrMsgOrder(const MiRecord &in, const MiContext &)
{
    const QString orno = in.value(QStringLiteral("ORNO"));
    if (!m_state.batches.contains(orno))
        return notExist(QStringLiteral("ORNO"), QStringLiteral("Batch order"), orno);
    return many(m_state.batches.value(orno).errors);
}

MiOutcome M3Simulator::ois100GetOrderNo(const MiRecord &in, const MiContext &)
{
    const QString orno = in.value(QStringLiteral("ORNO"));
    if (!m_state.batches.contains(orno))
        return notExist(QStringLiteral("ORNO"), QStringLiteral("Batch order"), orno);
    return one(MiRecord{{QStringLiteral("ORNR"), m_state.batches.value(orno).finalOrno}});
}

MiOutcome M3Simulator::ois100GetBatchHead(const MiRecord &in, const MiContext &)
{
    const QString orno = in.value(QStringLiteral("ORNO"));
    if (!m_state.batches.contains(orno))
        return notExist(QStringLiteral("ORNO"), QStringLiteral("Batch order"), orno);
    const M3BatchOrder &b = m_state.batches[orno];
    MiRecord r = b.head;
    r[QStringLiteral("STAT")] = b.stat;
    double net = 0;
    for (const MiRecord &l : b.lines)
        net += l.value(QStringLiteral("ORQT")).toDouble() * l.value(QStringLiteral("SAPR")).toDouble();
    r[QStringLiteral("NTAM")] = m3Number(net);
    return one(r);
}

MiOutcome M3Simulator::ois100GetHead(const MiRecord &in, const MiContext &)
{
    const QString orno = in.value(QStringLiteral("ORNO"));
    if (!m_state.orders.contains(orno))
        return notExist(QStringLiteral("ORNO"), QStringLiteral("Order number"), orno);
    return one(headRecord(m_state.orders[orno]));
}

MiOutcome M3Simulator::ois100LstHead(const MiRecord &in, const MiContext &)
{
    const QString cuno = in.value(QStringLiteral("CUNO"));
    if (!m_state.customers.contains(cuno))
        return notExist(QStringLiteral("CUNO"), QStringLiteral("Customer number"), cuno);
    const QString from = in.value(QStringLiteral("ORSL"));
    const QString to = in.value(QStringLiteral("ORST"));
    QList<MiRecord> out;
    for (const M3Order &o : m_state.orders) {
        if (o.head.value(QStringLiteral("CUNO")) != cuno)
            continue;
        if ((!from.isEmpty() && o.orst() < from) || (!to.isEmpty() && o.orst() > to))
            continue;
        out.append(headRecord(o));
    }
    return many(out);
}

MiOutcome M3Simulator::ois100SearchHead(const MiRecord &in, const MiContext &)
{
    QList<MiRecord> out;
    for (const M3Order &o : m_state.orders) {
        const MiRecord r = headRecord(o);
        if (sqryMatches(in.value(QStringLiteral("SQRY")), r, QStringLiteral("CUOR")))
            out.append(r);
    }
    return many(out);
}

MiOutcome M3Simulator::ois100GetLine(const MiRecord &in, const MiContext &)
{
    const QString orno = in.value(QStringLiteral("ORNO"));
    if (!m_state.orders.contains(orno))
        return notExist(QStringLiteral("ORNO"), QStringLiteral("Order number"), orno);
    const M3Order &o = m_state.orders[orno];
    for (const M3OrderLine &l : o.lines)
        if (l.ponr == in.value(QStringLiteral("PONR")).toInt() &&
            l.posx == in.value(QStringLiteral("POSX")).toInt())
            return one(lineRecord(o, l));
    return notExist(QStringLiteral("PONR"), QStringLiteral("Order line"), in.value(QStringLiteral("PONR")));
}

MiOutcome M3Simulator::ois100LstLine(const MiRecord &in, const MiContext &)
{
    const QString orno = in.value(QStringLiteral("ORNO"));
    if (!m_state.orders.contains(orno))
        return notExist(QStringLiteral("ORNO"), QStringLiteral("Order number"), orno);
    const M3Order &o = m_state.orders[orno];
    QList<MiRecord> out;
    for (const M3OrderLine &l : o.lines) {
        if (!in.value(QStringLiteral("ITNO")).isEmpty() && l.itno != in.value(QStringLiteral("ITNO")))
            continue;
        if (!in.value(QStringLiteral("ORST")).isEmpty() && l.orst > in.value(QStringLiteral("ORST")))
            continue;
        out.append(lineRecord(o, l));
    }
    return many(out);
}

MiOutcome M3Simulator::ois100GetAddress(const MiRecord &in, const MiContext &)
{
    const QString orno = in.value(QStringLiteral("ORNO"));
    if (!m_state.orders.contains(orno))
        return notExist(QStringLiteral("ORNO"), QStringLiteral("Order number"), orno);
    for (const MiRecord &a : m_state.orders[orno].addresses)
        if (a.value(QStringLiteral("ADRT")).toInt() == in.value(QStringLiteral("ADRT")).toInt())
            return one(a);
    return notExist(QStringLiteral("ADRT"), QStringLiteral("Address type"), in.value(QStringLiteral("ADRT")));
}

MiOutcome M3Simulator::ois275GetTmpOrderStat(const MiRecord &in, const MiContext &)
{
    const QString orno = in.value(QStringLiteral("ORNO"));
    if (!m_state.batches.contains(orno))
        return notExist(QStringLiteral("ORNO"), QStringLiteral("Batch order"), orno);
    const M3BatchOrder &b = m_state.batches[orno];
    return one(MiRecord{{QStringLiteral("ORNO"), orno},
                        {QStringLiteral("ORNR"), b.finalOrno},
                        {QStringLiteral("STAT"), b.stat}});
}

MiOutcome M3Simulator::ois275GetBatchHead(const MiRecord &in, const MiContext &ctx)
{
    return ois100GetBatchHead(in, ctx);
}

MiOutcome M3Simulator::ois275LstBatchLine(const MiRecord &in, const MiContext &)
{
    const QString orno = in.value(QStringLiteral("ORNO"));
    if (!m_state.batches.contains(orno))
        return notExist(QStringLiteral("ORNO"), QStringLiteral("Batch order"), orno);
    return many(m_state.batches.value(orno).lines);
}

MiOutcome M3Simulator::ois175LstHeadByRef(const MiRecord &in, const MiContext &)
{
    QList<MiRecord> out;
    const QString from = in.value(QStringLiteral("ORSL"));
    const QString to = in.value(QStringLiteral("ORST"));
    for (const M3Order &o : m_state.orders) {
        if (!in.value(QStringLiteral("CUNO")).isEmpty() &&
            o.head.value(QStringLiteral("CUNO")) != in.value(QStringLiteral("CUNO")))
            continue;
        if (!in.value(QStringLiteral("YREF")).isEmpty() &&
            o.head.value(QStringLiteral("YREF")) != in.value(QStringLiteral("YREF")))
            continue;
        if ((!from.isEmpty() && o.orsl() < from) || (!to.isEmpty() && o.orst() > to))
            continue;
        out.append(headRecord(o));
    }
    return many(out);
}

MiOutcome M3Simulator::ois175LstHeadByCust(const MiRecord &in, const MiContext &ctx)
{
    MiRecord q = in;
    q.remove(QStringLiteral("YREF"));
    return ois175LstHeadByRef(q, ctx);
}

} // namespace m3cart::sandbox
