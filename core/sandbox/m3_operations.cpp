// M3 business operations behind the admin API and the clock (allocate, pick, ship, invoice, set stock),
// the record builders shared by the MI programs, and BOD publication.

#include "m3_simulator.h"
#include "outbound_poster.h"

#include <QUuid>

namespace m3cart::sandbox {

MiRecord M3Simulator::headRecord(const M3Order &o) const
{
    MiRecord r = o.head;
    const QString net = m3Number(o.netAmount());
    r[QStringLiteral("ORNO")] = o.orno;
    r[QStringLiteral("STAT")] = o.orst();
    r[QStringLiteral("ORSL")] = o.orsl();
    r[QStringLiteral("ORST")] = o.orst();
    r[QStringLiteral("NTAM")] = net;
    r[QStringLiteral("ONET")] = net;
    r[QStringLiteral("ORVA")] = net;
    r[QStringLiteral("TOAM")] = net;
    r[QStringLiteral("TOPY")] = net;
    r[QStringLiteral("BRAM")] = net;
    r[QStringLiteral("VTAM")] = QStringLiteral("0");
    r[QStringLiteral("DIVI")] = m_state.divi;
    r[QStringLiteral("OBLC")] = QStringLiteral("0");
    return r;
}

MiRecord M3Simulator::lineRecord(const M3Order &o, const M3OrderLine &l) const
{
    const double net = qRound64(l.orqt * l.sapr * (1.0 - l.dip1 / 100.0) * 100) / 100.0;
    return MiRecord{{QStringLiteral("ITNO"), l.itno},
                    {QStringLiteral("ITDS"), l.itds},
                    {QStringLiteral("ORQT"), m3Number(l.orqt)},
                    {QStringLiteral("ORQA"), m3Number(l.orqt)},
                    {QStringLiteral("D1QT"), QStringLiteral("1")},
                    {QStringLiteral("WHLO"), l.whlo},
                    {QStringLiteral("CUPO"), l.cupo},
                    {QStringLiteral("DWDT"), l.dwdt},
                    {QStringLiteral("CODT"), l.dwdt},
                    {QStringLiteral("SAPR"), m3Number(l.sapr)},
                    {QStringLiteral("NEPR"), m3Number(l.sapr * (1.0 - l.dip1 / 100.0))},
                    {QStringLiteral("NLAM"), m3Number(net)},
                    {QStringLiteral("LNA2"), m3Number(net)},
                    {QStringLiteral("DIP1"), m3Number(l.dip1)},
                    {QStringLiteral("PONR"), QString::number(l.ponr)},
                    {QStringLiteral("POSX"), QString::number(l.posx)},
                    {QStringLiteral("ORST"), l.orst},
                    {QStringLiteral("ALQT"), m3Number(l.alqt)},
                    {QStringLiteral("DLQT"), m3Number(l.dlqt)},
                    {QStringLiteral("IVQT"), m3Number(l.ivqt)},
                    {QStringLiteral("ALUN"), QStringLiteral("EA")},
                    {QStringLiteral("SPUN"), QStringLiteral("EA")},
                    {QStringLiteral("SACD"), QStringLiteral("1")},
                    {QStringLiteral("CUCD"), o.head.value(QStringLiteral("CUCD"))},
                    {QStringLiteral("CUOR"), o.head.value(QStringLiteral("CUOR"))}};
}

MiRecord M3Simulator::balanceRecord(const QString &whlo, const QString &itno, const M3Balance &b) const
{
    return MiRecord{{QStringLiteral("CONO"), QString::number(m_state.cono)},
                    {QStringLiteral("WHLO"), whlo},
                    {QStringLiteral("ITNO"), itno},
                    {QStringLiteral("STQT"), m3Number(b.stqt)},
                    {QStringLiteral("ALQT"), m3Number(b.alqt)},
                    {QStringLiteral("AV01"), m3Number(b.av01())},
                    {QStringLiteral("AVAL"), m3Number(b.stqt)},
                    {QStringLiteral("AV02"), m3Number(b.av02())},
                    {QStringLiteral("PLQT"), m3Number(b.plqt)},
                    {QStringLiteral("REQT"), m3Number(b.reqt)},
                    {QStringLiteral("IDDT"), b.iddt.isEmpty() ? QStringLiteral("0") : b.iddt},
                    {QStringLiteral("ODDT"), b.oddt.isEmpty() ? QStringLiteral("0") : b.oddt},
                    {QStringLiteral("LMDT"), b.lmdt},
                    {QStringLiteral("LTDT"), today()},
                    {QStringLiteral("PFDT"), today()},
                    {QStringLiteral("FACI"), m_state.faci}};
}

void M3Simulator::touchBalance(M3Balance &b)
{
    // LMTS must grow strictly so delta readers never miss a change made in the same millisecond.
    b.lmts = qMax(nowMs(), b.lmts + 1);
    b.lmdt = today();
}

bool M3Simulator::setStock(const QString &whlo, const QString &itno, double stqt, QString *error)
{
    if (!m_state.items.contains(itno)) {
        *error = QStringLiteral("unknown item %1").arg(itno);
        return false;
    }
    if (!m_state.warehouses.contains(whlo)) {
        *error = QStringLiteral("unknown warehouse %1").arg(whlo);
        return false;
    }
    M3Balance &b = m_state.balances[whlo + QLatin1Char('|') + itno];
    if (stqt > b.stqt)
        b.iddt = today();
    b.stqt = stqt;
    touchBalance(b);
    publishBalanceBod(whlo, itno, b);
    persist();
    return true;
}

bool M3Simulator::changeItem(const QString &itno, const QJsonObject &fields, QString *error)
{
    if (!m_state.items.contains(itno)) {
        *error = QStringLiteral("unknown item %1").arg(itno);
        return false;
    }
    MiRecord &item = m_state.items[itno];
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key() == QLatin1String("ITNO") || it.key() == QLatin1String("CONO")) {
            *error = QStringLiteral("%1 cannot be changed").arg(it.key());
            return false;
        }
        if (!item.contains(it.key())) {
            *error = QStringLiteral("item has no field %1").arg(it.key());
            return false;
        }
        item[it.key()] = it.value().isDouble() ? m3Number(it.value().toDouble()) : it.value().toString();
    }
    item[QStringLiteral("LMDT")] = today();
    publishItemBod(itno, item);
    persist();
    return true;
}

bool M3Simulator::advanceOrder(const QString &orno, const QString &toStatus, QString *error)
{
    if (!m_state.orders.contains(orno)) {
        *error = QStringLiteral("no such order %1").arg(orno);
        return false;
    }
    if (toStatus == QLatin1String("66"))
        return shipOrder(orno, QString(), error) != 0;
    if (toStatus == QLatin1String("77"))
        return invoiceOrder(orno, error) != 0;
    if (toStatus != QLatin1String("33") && toStatus != QLatin1String("44")) {
        *error = QStringLiteral("status must be 33, 44, 66 or 77");
        return false;
    }
    M3Order &o = m_state.orders[orno];
    for (M3OrderLine &l : o.lines) {
        if (l.orst >= toStatus)
            continue;
        M3Balance &b = m_state.balances[l.whlo + QLatin1Char('|') + l.itno];
        if (l.alqt < l.orqt) {
            b.alqt += l.orqt - l.alqt;
            l.alqt = l.orqt;
        }
        if (toStatus == QLatin1String("44"))
            b.plqt += l.orqt;
        l.orst = toStatus;
        touchBalance(b);
        publishBalanceBod(l.whlo, l.itno, b);
    }
    publishOrderBod(o);
    persist();
    return true;
}

qint64 M3Simulator::shipOrder(const QString &orno, const QString &trackingNumber, QString *error, const QList<int> &positions)
{
    if (!m_state.orders.contains(orno)) {
        *error = QStringLiteral("no such order %1").arg(orno);
        return 0;
    }
    M3Order &o = m_state.orders[orno];
    M3Delivery d;
    d.dlix = m_state.nextDlix++;
    d.orno = orno;
    d.conn = m_state.nextConn++;
    d.whlo = o.head.value(QStringLiteral("WHLO"));
    d.modl = o.head.value(QStringLiteral("MODL"));
    d.etrn = trackingNumber.isEmpty()
                 ? QStringLiteral("1Z%1").arg(d.dlix * 7 + 100000000LL, 16, 10, QLatin1Char('0'))
                 : trackingNumber.left(30);
    d.dsdt = today();
    d.dshm =
        QDateTime::currentDateTimeUtc().time().hour() * 100 + QDateTime::currentDateTimeUtc().time().minute();
    for (M3OrderLine &l : o.lines) {
        if (l.orst >= QLatin1String("66") || (!positions.isEmpty() && !positions.contains(l.ponr)))
            continue;
        const double qty = l.orqt - l.dlqt;
        M3Balance &b = m_state.balances[l.whlo + QLatin1Char('|') + l.itno];
        if (l.alqt < l.orqt)
            b.alqt += l.orqt - l.alqt; // allocate what was not yet
        if (l.orst >= QLatin1String("44"))
            b.plqt = qMax(0.0, b.plqt - qty);
        b.stqt -= qty;
        b.alqt = qMax(0.0, b.alqt - qty);
        b.reqt = qMax(0.0, b.reqt - qty);
        b.oddt = today();
        touchBalance(b);
        l.alqt = 0;
        l.dlqt = l.orqt;
        l.orst = QStringLiteral("66");
        d.lines.append(M3DeliveryLine{l.ponr, l.posx, l.itno, qty});
        publishBalanceBod(l.whlo, l.itno, b);
    }
    if (d.lines.isEmpty()) {
        *error = QStringLiteral("order %1 has no lines left to deliver").arg(orno);
        --m_state.nextDlix;
        --m_state.nextConn;
        return 0;
    }
    m_state.deliveries.insert(d.dlix, d);
    publishOrderBod(o);
    persist();
    return d.dlix;
}

qint64 M3Simulator::invoiceOrder(const QString &orno, QString *error)
{
    if (!m_state.orders.contains(orno)) {
        *error = QStringLiteral("no such order %1").arg(orno);
        return 0;
    }
    M3Order &o = m_state.orders[orno];
    bool undelivered = false;
    for (const M3OrderLine &l : o.lines)
        undelivered = undelivered || l.orst < QLatin1String("66");
    if (undelivered && !shipOrder(orno, QString(), error))
        return 0;
    M3Invoice inv;
    inv.ivno = m_state.nextIvno++;
    inv.yea4 = QDate::currentDate().year();
    inv.orno = orno;
    inv.cuno = o.head.value(QStringLiteral("CUNO"));
    inv.ivdt = today();
    inv.dudt = QDate::currentDate().addDays(30).toString(QStringLiteral("yyyyMMdd"));
    inv.cucd = o.head.value(QStringLiteral("CUCD"), QStringLiteral("USD"));
    double amount = 0;
    for (M3OrderLine &l : o.lines) {
        if (l.orst != QLatin1String("66"))
            continue;
        l.ivqt = l.dlqt;
        l.orst = QStringLiteral("77");
        amount += l.dlqt * l.sapr * (1.0 - l.dip1 / 100.0);
    }
    if (amount == 0 && o.lines.isEmpty()) {
        *error = QStringLiteral("order %1 has nothing to invoice").arg(orno);
        --m_state.nextIvno;
        return 0;
    }
    inv.amt1 = inv.amt2 = inv.rafc = qRound64(amount * 100) / 100.0;
    for (M3Delivery &d : m_state.deliveries) {
        if (d.orno == orno && d.ivno == 0) {
            d.ivno = inv.ivno;
            d.ivdt = inv.ivdt;
            d.pgrs = QStringLiteral("70");
            inv.dlix = d.dlix;
        }
    }
    m_state.invoices.insert(inv.ivno, inv);
    publishOrderBod(o);
    persist();
    return inv.ivno;
}

void M3Simulator::publishBod(const QString &noun, const QString &documentId, const QString &location,
                             const QString &body)
{
    if (m_bodSubscribers.isEmpty())
        return;
    const QString entity = QStringLiteral("%1_%2").arg(m_state.cono).arg(m_state.divi);
    const QString xml =
        QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<Sync%1 xmlns=\"http://schema.infor.com/InforOAGIS/2\" releaseID=\"9.2\" versionID=\"2.14.3\" "
            "systemEnvironmentCode=\"Production\" languageCode=\"en-US\">"
            "<ApplicationArea><Sender><LogicalID>lid://infor.m3.m3</LogicalID><ComponentID>M3BE</ComponentID>"
            "<ConfirmationCode>OnError</ConfirmationCode></Sender><CreationDateTime>%2</CreationDateTime>"
            "<BODID>%3</BODID></ApplicationArea>"
            "<DataArea><Sync><AccountingEntityID>%4</AccountingEntityID><LocationID>%5</LocationID>"
            "<ActionCriteria><ActionExpression actionCode=\"Replace\"/></ActionCriteria></Sync>"
            "<%1><%1Header><DocumentID><ID accountingEntity=\"%4\" location=\"%5\" variationID=\"1\" "
            "lid=\"lid://infor.m3.m3\">%6</ID></DocumentID>%7</%1Header></%1></DataArea></Sync%1>")
            .arg(noun, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                 QUuid::createUuid().toString(QUuid::WithoutBraces), entity, location.toHtmlEscaped(),
                 documentId.toHtmlEscaped(), body);
    const FaultDecision f = m_faults.decide(QStringLiteral("m3"), "POST", QStringLiteral("bod"));
    for (const QUrl &u : m_bodSubscribers)
        m_poster->post(u, "application/xml; charset=utf-8", xml.toUtf8(), QStringLiteral("Sync.%1").arg(noun),
                       f.duplicate, f.reorder);
}

static QString prop(const QString &name, const QString &value)
{
    return QStringLiteral("<Property><NameValue name=\"%1\">%2</NameValue></Property>")
        .arg(name, value.toHtmlEscaped());
}

void M3Simulator::publishOrderBod(const M3Order &o)
{
    if (m_bodSubscribers.isEmpty())
        return;
    const QString body =
        QStringLiteral("<Status><Code>%1</Code></Status><UserArea>%2%3%4%5</UserArea>")
            .arg(o.orst(), prop(QStringLiteral("ORSL"), o.orsl()), prop(QStringLiteral("ORST"), o.orst()),
                 prop(QStringLiteral("CUNO"), o.head.value(QStringLiteral("CUNO"))),
                 prop(QStringLiteral("CUOR"), o.head.value(QStringLiteral("CUOR"))));
    publishBod(QStringLiteral("SalesOrder"), o.orno, m_state.faci, body);
}

void M3Simulator::publishBalanceBod(const QString &whlo, const QString &itno, const M3Balance &b)
{
    if (m_bodSubscribers.isEmpty())
        return;
    const QString body =
        QStringLiteral("<UserArea>%1%2%3%4%5</UserArea>")
            .arg(prop(QStringLiteral("ITNO"), itno), prop(QStringLiteral("STQT"), m3Number(b.stqt)),
                 prop(QStringLiteral("ALQT"), m3Number(b.alqt)),
                 prop(QStringLiteral("AV01"), m3Number(b.av01())),
                 prop(QStringLiteral("AV02"), m3Number(b.av02())));
    publishBod(QStringLiteral("InventoryBalance"), itno, whlo, body);
}

void M3Simulator::publishItemBod(const QString &itno, const MiRecord &item)
{
    if (m_bodSubscribers.isEmpty())
        return;
    const QString body =
        QStringLiteral("<Description>%1</Description><Status><Code>%2</Code></Status><UserArea>%3%4</UserArea>")
            .arg(item.value(QStringLiteral("ITDS")).toHtmlEscaped(), item.value(QStringLiteral("STAT")),
                 prop(QStringLiteral("SAPR"), item.value(QStringLiteral("SAPR"))),
                 prop(QStringLiteral("LMDT"), item.value(QStringLiteral("LMDT"))));
    publishBod(QStringLiteral("ItemMaster"), itno, m_state.faci, body);
}

} // namespace m3cart::sandbox
