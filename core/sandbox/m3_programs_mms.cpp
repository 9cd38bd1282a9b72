// Items and stock (MMS200MI, OIS100MI balances), deliveries (MWS410MI, MWS411MI, DRS100MI), invoices
// (OIS350MI, ARS200MI) and payments (ARS040MI).

#include "m3_programs.h"

namespace m3cart::sandbox {

using namespace mi;

MiOutcome M3Simulator::mms200Get(const MiRecord &in, const MiContext &)
{
    const QString itno = in.value(QStringLiteral("ITNO"));
    if (!m_state.items.contains(itno))
        return notExist(QStringLiteral("ITNO"), QStringLiteral("Item number"), itno);
    return one(m_state.items.value(itno));
}

MiOutcome M3Simulator::mms200LstItmByItm(const MiRecord &in, const MiContext &)
{
    QList<MiRecord> out;
    for (auto it = m_state.items.lowerBound(in.value(QStringLiteral("ITNO"))); it != m_state.items.end();
         ++it)
        out.append(it.value());
    return many(out);
}

MiOutcome M3Simulator::mms200LstItmByChgDate(const MiRecord &in, const MiContext &)
{
    const QString from = in.value(QStringLiteral("FLMD"));
    const QString to = in.value(QStringLiteral("TLMD"));
    QList<MiRecord> out;
    for (const MiRecord &i : m_state.items) {
        const QString lmdt = i.value(QStringLiteral("LMDT"));
        if ((!from.isEmpty() && lmdt < from) || (!to.isEmpty() && lmdt > to))
            continue;
        out.append(i);
    }
    return many(out);
}

MiOutcome M3Simulator::mms200GetItmWhsBal(const MiRecord &in, const MiContext &)
{
    const QString whlo = in.value(QStringLiteral("WHLO"));
    const QString itno = in.value(QStringLiteral("ITNO"));
    if (!m_state.warehouses.contains(whlo))
        return notExist(QStringLiteral("WHLO"), QStringLiteral("Warehouse"), whlo);
    const auto it = m_state.balances.constFind(whlo + QLatin1Char('|') + itno);
    if (!m_state.items.contains(itno) || it == m_state.balances.constEnd())
        return notExist(QStringLiteral("ITNO"), QStringLiteral("Item number"), itno);
    return one(balanceRecord(whlo, itno, *it));
}

MiOutcome M3Simulator::mms200LstItmWhsByItm(const MiRecord &in, const MiContext &)
{
    QList<MiRecord> out;
    for (auto it = m_state.balances.begin(); it != m_state.balances.end(); ++it) {
        const QString whlo = it.key().section(QLatin1Char('|'), 0, 0);
        const QString itno = it.key().section(QLatin1Char('|'), 1);
        if (!in.value(QStringLiteral("ITNO")).isEmpty() && itno < in.value(QStringLiteral("ITNO")))
            continue;
        if (!in.value(QStringLiteral("WHLO")).isEmpty() && whlo != in.value(QStringLiteral("WHLO")))
            continue;
        const MiRecord item = m_state.items.value(itno);
        out.append(MiRecord{{QStringLiteral("CONO"), QString::number(m_state.cono)},
                            {QStringLiteral("WHLO"), whlo},
                            {QStringLiteral("ITNO"), itno},
                            {QStringLiteral("ITDS"), item.value(QStringLiteral("ITDS"))},
                            {QStringLiteral("WHNM"), QStringLiteral("Warehouse %1").arg(whlo)},
                            {QStringLiteral("RESP"), m_config.m3User},
                            {QStringLiteral("WHTY"), QStringLiteral("01")}});
    }
    std::sort(out.begin(), out.end(), [](const MiRecord &a, const MiRecord &b) {
        return a.value(QStringLiteral("ITNO")) + a.value(QStringLiteral("WHLO")) <
               b.value(QStringLiteral("ITNO")) + b.value(QStringLiteral("WHLO"));
    });
    return many(out);
}

MiOutcome M3Simulator::mms200GetItmPrice(const MiRecord &in, const MiContext &)
{
    const QString itno = in.value(QStringLiteral("ITNO"));
    if (!m_state.items.contains(itno))
        return notExist(QStringLiteral("ITNO"), QStringLiteral("Item number"), itno);
    const MiRecord i = m_state.items.value(itno);
    return one(MiRecord{{QStringLiteral("PPUN"), QStringLiteral("EA")},
                        {QStringLiteral("DS01"), QStringLiteral("Each")},
                        {QStringLiteral("PUPR"), i.value(QStringLiteral("PUPR"))},
                        {QStringLiteral("PUCD"), QStringLiteral("1")},
                        {QStringLiteral("CUCD"), QStringLiteral("USD")},
                        {QStringLiteral("SAPR"), i.value(QStringLiteral("SAPR"))},
                        {QStringLiteral("SACD"), QStringLiteral("1")},
                        {QStringLiteral("CUCS"), QStringLiteral("USD")},
                        {QStringLiteral("SPUN"), QStringLiteral("EA")},
                        {QStringLiteral("DS07"), QStringLiteral("Each")},
                        {QStringLiteral("VTCS"), i.value(QStringLiteral("VTCS"))},
                        {QStringLiteral("SAPB"), i.value(QStringLiteral("SAPR"))},
                        {QStringLiteral("LMDT"), i.value(QStringLiteral("LMDT"))},
                        {QStringLiteral("PDCC"), QStringLiteral("2")},
                        {QStringLiteral("SPDT"), i.value(QStringLiteral("LMDT"))}});
}

MiOutcome M3Simulator::ois100LstWarehBalance(const MiRecord &in, const MiContext &)
{
    const QString itno = in.value(QStringLiteral("ITNO"));
    if (!m_state.items.contains(itno))
        return notExist(QStringLiteral("ITNO"), QStringLiteral("Item number"), itno);
    QList<MiRecord> out;
    for (const QString &whlo : m_state.warehouses) {
        const auto it = m_state.balances.constFind(whlo + QLatin1Char('|') + itno);
        if (it != m_state.balances.constEnd())
            out.append(balanceRecord(whlo, itno, *it));
    }
    return many(out);
}

MiOutcome M3Simulator::ois100LstNewBalances(const MiRecord &in, const MiContext &)
{
    const qint64 since = in.value(QStringLiteral("LMTS")).toLongLong();
    QList<QPair<qint64, MiRecord>> rows;
    for (auto it = m_state.balances.begin(); it != m_state.balances.end(); ++it)
        if (it->lmts >= since)
            rows.append({it->lmts, balanceRecord(it.key().section(QLatin1Char('|'), 0, 0),
                                                 it.key().section(QLatin1Char('|'), 1), *it)});
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<MiRecord> out;
    for (const auto &r : rows)
        out.append(r.second);
    return many(out);
}

MiOutcome M3Simulator::ois100GetATP(const MiRecord &in, const MiContext &)
{
    const QString whlo = in.value(QStringLiteral("WHLO"));
    const QString itno = in.value(QStringLiteral("ITNO"));
    const auto it = m_state.balances.constFind(whlo + QLatin1Char('|') + itno);
    if (it == m_state.balances.constEnd())
        return notExist(QStringLiteral("ITNO"), QStringLiteral("Item number"), itno);
    return one(MiRecord{{QStringLiteral("AVTQ"), m3Number(qMax(0.0, it->av01()))},
                        {QStringLiteral("UNMS"), QStringLiteral("EA")},
                        {QStringLiteral("AVTD"), QStringLiteral("0")}});
}

MiOutcome M3Simulator::mws411LstDelLnByOrd(const MiRecord &in, const MiContext &)
{
    const QString rorc = in.value(QStringLiteral("RORC"), QStringLiteral("3"));
    const QString ridn = in.value(QStringLiteral("RIDN"));
    QList<MiRecord> out;
    if (rorc != QLatin1String("3"))
        return many(out); // only customer orders are delivered in the sandbox
    for (const M3Delivery &d : m_state.deliveries) {
        if (!ridn.isEmpty() && d.orno != ridn)
            continue;
        for (const M3DeliveryLine &l : d.lines) {
            if (!in.value(QStringLiteral("RIDL")).isEmpty() &&
                l.ponr != in.value(QStringLiteral("RIDL")).toInt())
                continue;
            out.append(MiRecord{{QStringLiteral("DLIX"), QString::number(d.dlix)},
                                {QStringLiteral("RORC"), QStringLiteral("3")},
                                {QStringLiteral("RIDN"), d.orno},
                                {QStringLiteral("RIDL"), QString::number(l.ponr)},
                                {QStringLiteral("RIDX"), QString::number(l.posx)},
                                {QStringLiteral("ITNO"), l.itno},
                                {QStringLiteral("FACI"), m_state.faci},
                                {QStringLiteral("TRQT"), m3Number(l.trqt)},
                                {QStringLiteral("PLQT"), QStringLiteral("0")},
                                {QStringLiteral("RGDT"), d.dsdt},
                                {QStringLiteral("LMDT"), d.dsdt},
                                {QStringLiteral("CHID"), m_config.m3User}});
        }
    }
    return many(out);
}

MiOutcome M3Simulator::mws410GetHead(const MiRecord &in, const MiContext &)
{
    const QString dlixText = in.value(QStringLiteral("DLIX"));
    const auto it = m_state.deliveries.constFind(dlixText.toLongLong());
    if (dlixText.isEmpty() || it == m_state.deliveries.constEnd())
        return notExist(QStringLiteral("DLIX"), QStringLiteral("Delivery number"), dlixText);
    const M3Delivery &d = *it;
    const M3Order o = m_state.orders.value(d.orno);
    const MiRecord c = m_state.customers.value(o.head.value(QStringLiteral("CUNO")));
    return one(MiRecord{{QStringLiteral("DLIX"), QString::number(d.dlix)},
                        {QStringLiteral("CONN"), QString::number(d.conn)},
                        {QStringLiteral("IVNO"), QString::number(d.ivno)},
                        {QStringLiteral("IVDT"), d.ivdt.isEmpty() ? QStringLiteral("0") : d.ivdt},
                        {QStringLiteral("CUOR"), o.head.value(QStringLiteral("CUOR"))},
                        {QStringLiteral("YREF"), o.head.value(QStringLiteral("YREF"))},
                        {QStringLiteral("MODL"), d.modl},
                        {QStringLiteral("TEDL"), o.head.value(QStringLiteral("TEDL"))},
                        {QStringLiteral("NRUL"), QString::number(d.nrul)},
                        {QStringLiteral("RORC"), QStringLiteral("3")},
                        {QStringLiteral("WHLO"), d.whlo},
                        {QStringLiteral("RIDN"), d.orno},
                        {QStringLiteral("TRDT"), d.dsdt},
                        {QStringLiteral("DTDT"), d.dsdt},
                        {QStringLiteral("DSDT"), d.dsdt}, // departure date: when the goods left
                        {QStringLiteral("PGRS"), d.pgrs},
                        {QStringLiteral("PIST"), d.pist},
                        {QStringLiteral("IVSS"), d.ivno ? QStringLiteral("1") : QStringLiteral("0")},
                        {QStringLiteral("CSCD"), c.value(QStringLiteral("CSCD"))},
                        {QStringLiteral("ECAR"), c.value(QStringLiteral("ECAR"))},
                        {QStringLiteral("PONO"), c.value(QStringLiteral("PONO"))},
                        {QStringLiteral("ETRN"), d.etrn}});
}

MiOutcome M3Simulator::drs100GetShipment(const MiRecord &in, const MiContext &)
{
    const qint64 conn = in.value(QStringLiteral("CONN")).toLongLong();
    for (const M3Delivery &d : m_state.deliveries)
        if (d.conn == conn)
            return one(MiRecord{{QStringLiteral("CONO"), QString::number(m_state.cono)},
                                {QStringLiteral("DIVI"), m_state.divi},
                                {QStringLiteral("CONN"), QString::number(conn)},
                                {QStringLiteral("DSDT"), d.dsdt},
                                {QStringLiteral("DSHM"), QString::number(d.dshm)},
                                {QStringLiteral("CSTH"), QStringLiteral("90")},
                                {QStringLiteral("CSTL"), QStringLiteral("90")},
                                {QStringLiteral("WHLO"), d.whlo},
                                {QStringLiteral("CLOS"), QStringLiteral("1")},
                                {QStringLiteral("MMDL"), d.modl}});
    return notExist(QStringLiteral("CONN"), QStringLiteral("Shipment"), in.value(QStringLiteral("CONN")));
}

static MiRecord invoiceHead(const M3Invoice &i, const M3Order &o, const MiRecord &customer,
                            const QString &whlo)
{
    return MiRecord{{QStringLiteral("ORNO"), i.orno},
                    {QStringLiteral("WHLO"), whlo},
                    {QStringLiteral("DLIX"), QString::number(i.dlix)},
                    {QStringLiteral("IVNO"), QString::number(i.ivno)},
                    {QStringLiteral("IVDT"), i.ivdt},
                    {QStringLiteral("IDAT"), i.ivdt},
                    {QStringLiteral("CUNO"), i.cuno},
                    {QStringLiteral("CUN1"), customer.value(QStringLiteral("CUNM"))},
                    {QStringLiteral("CUNM"), customer.value(QStringLiteral("CUNM"))},
                    {QStringLiteral("PYNO"), i.cuno},
                    {QStringLiteral("ORST"), o.orst()},
                    {QStringLiteral("TEPY"), o.head.value(QStringLiteral("TEPY"))},
                    {QStringLiteral("AMT1"), m3Number(i.amt1)},
                    {QStringLiteral("AMT2"), m3Number(i.amt2)},
                    {QStringLiteral("CUCD"), i.cucd},
                    {QStringLiteral("CUC1"), i.cucd},
                    {QStringLiteral("CUC2"), i.cucd},
                    {QStringLiteral("YEA4"), QString::number(i.yea4)},
                    {QStringLiteral("DUDT"), i.dudt},
                    {QStringLiteral("RAFC"), m3Number(i.rafc)},
                    {QStringLiteral("EXIN"), QString::number(i.ivno)},
                    {QStringLiteral("INPX"), QString()},
                    {QStringLiteral("INST"), i.reco == 9 ? QStringLiteral("90") : QStringLiteral("10")}};
}

MiOutcome M3Simulator::ois350LstInvHeadByCo(const MiRecord &in, const MiContext &)
{
    const QString orno = in.value(QStringLiteral("ORNO"));
    if (!m_state.orders.contains(orno))
        return notExist(QStringLiteral("ORNO"), QStringLiteral("Customer order number"), orno);
    const bool openOnly = in.value(QStringLiteral("OOIN")) == QLatin1String("1");
    QList<MiRecord> out;
    for (const M3Invoice &i : m_state.invoices)
        if (i.orno == orno && (!openOnly || i.reco != 9))
            out.append(invoiceHead(i, m_state.orders[orno], m_state.customers.value(i.cuno),
                                   m_state.orders[orno].head.value(QStringLiteral("WHLO"))));
    return many(out);
}

MiOutcome M3Simulator::ois350GetInvHead(const MiRecord &in, const MiContext &)
{
    const auto it = m_state.invoices.constFind(in.value(QStringLiteral("IVNO")).toLongLong());
    if (it == m_state.invoices.constEnd() || it->yea4 != in.value(QStringLiteral("YEA4")).toInt())
        return notExist(QStringLiteral("IVNO"), QStringLiteral("Invoice number"),
                        in.value(QStringLiteral("IVNO")));
    const M3Order o = m_state.orders.value(it->orno);
    return one(invoiceHead(*it, o, m_state.customers.value(it->cuno), o.head.value(QStringLiteral("WHLO"))));
}

MiOutcome M3Simulator::ars200LstInvoices(const MiRecord &in, const MiContext &)
{
    const QString cuno = in.value(QStringLiteral("CUNO"));
    if (!m_state.customers.contains(cuno))
        return notExist(QStringLiteral("CUNO"), QStringLiteral("Customer number"), cuno);
    const bool openOnly = in.value(QStringLiteral("AAC0")) == QLatin1String("1");
    QList<MiRecord> out;
    int jsno = 1;
    for (const M3Invoice &i : m_state.invoices) {
        if (i.cuno != cuno || (openOnly && i.reco == 9))
            continue;
        out.append(MiRecord{{QStringLiteral("YEA4"), QString::number(i.yea4)},
                            {QStringLiteral("JRNO"), QString::number(i.ivno % 10000000)},
                            {QStringLiteral("JSNO"), QString::number(jsno++)},
                            {QStringLiteral("CINO"), QString::number(i.ivno)},
                            {QStringLiteral("TRCD"), QStringLiteral("10")},
                            {QStringLiteral("INYR"), QString::number(i.yea4)},
                            {QStringLiteral("RECO"), QString::number(i.reco)},
                            {QStringLiteral("REDE"), i.rede.isEmpty() ? QStringLiteral("0") : i.rede},
                            {QStringLiteral("PYNO"), cuno},
                            {QStringLiteral("IVDT"), i.ivdt},
                            {QStringLiteral("DUDT"), i.dudt},
                            {QStringLiteral("TDSC"), QStringLiteral("Invoice")}});
    }
    return many(out);
}

MiOutcome M3Simulator::ars040AddBatchHead(const MiRecord &in, const MiContext &)
{
    const qint64 pbid = in.value(QStringLiteral("PBID")).toLongLong();
    if (m_state.payments.contains(pbid))
        return MiOutcome::nok(wcode(QStringLiteral("PBID"), "0201"), QStringLiteral("PBID"),
                              QStringLiteral("Payment batch %1 already exists").arg(pbid));
    M3PaymentBatch b;
    b.pbid = pbid;
    b.bope = in.value(QStringLiteral("BOPE"));
    m_state.payments.insert(pbid, b);
    return one(MiRecord{{QStringLiteral("PBID"), QString::number(pbid)}});
}

MiOutcome M3Simulator::ars040AddBatchLine(const MiRecord &in, const MiContext &)
{
    const qint64 pbid = in.value(QStringLiteral("PBID")).toLongLong();
    if (!m_state.payments.contains(pbid) || m_state.payments[pbid].controlled)
        return notExist(QStringLiteral("PBID"), QStringLiteral("Payment batch"),
                        in.value(QStringLiteral("PBID")));
    const auto inv = m_state.invoices.constFind(in.value(QStringLiteral("CINO")).toLongLong());
    if (inv == m_state.invoices.constEnd() || inv->yea4 != in.value(QStringLiteral("INYR")).toInt() ||
        inv->cuno != in.value(QStringLiteral("CUNO")))
        return notExist(QStringLiteral("CINO"), QStringLiteral("Invoice number"),
                        in.value(QStringLiteral("CINO")));
    m_state.payments[pbid].lines.append(in);
    return none();
}

MiOutcome M3Simulator::ars040ControlBatch(const MiRecord &in, const MiContext &)
{
    const qint64 pbid = in.value(QStringLiteral("PBID")).toLongLong();
    if (!m_state.payments.contains(pbid))
        return notExist(QStringLiteral("PBID"), QStringLiteral("Payment batch"),
                        in.value(QStringLiteral("PBID")));
    M3PaymentBatch &b = m_state.payments[pbid];
    if (b.controlled)
        return MiOutcome::nok(wcode(QStringLiteral("PBID"), "0201"), QStringLiteral("PBID"),
                              QStringLiteral("Payment batch %1 is already controlled").arg(pbid));
    for (const MiRecord &l : b.lines) {
        M3Invoice &i = m_state.invoices[l.value(QStringLiteral("CINO")).toLongLong()];
        i.rafc = qRound64((i.rafc - l.value(QStringLiteral("PYAM")).toDouble()) * 100) / 100.0;
        if (i.rafc <= 0.005) {
            i.reco = 9;
            i.rede = today();
        }
    }
    b.controlled = true;
    return none();
}

} // namespace m3cart::sandbox
