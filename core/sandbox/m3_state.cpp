#include "m3_state.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace m3cart::sandbox {

QString m3Number(double v)
{
    QString s = QString::number(v, 'f', 6);
    while (s.contains(QLatin1Char('.')) && (s.endsWith(QLatin1Char('0')) || s.endsWith(QLatin1Char('.'))))
        s.chop(1);
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    return s;
}

QString M3Order::orsl() const
{
    QString s;
    for (const M3OrderLine &l : lines)
        if (s.isEmpty() || l.orst < s)
            s = l.orst;
    return s.isEmpty() ? QStringLiteral("05") : s;
}

QString M3Order::orst() const
{
    QString s;
    for (const M3OrderLine &l : lines)
        if (s.isEmpty() || l.orst > s)
            s = l.orst;
    return s.isEmpty() ? QStringLiteral("05") : s;
}

double M3Order::netAmount() const
{
    double sum = 0;
    for (const M3OrderLine &l : lines)
        sum += l.orqt * l.sapr * (1.0 - l.dip1 / 100.0);
    return qRound64(sum * 100) / 100.0;
}

void M3State::seed(const SeedData &data, const QString &today, qint64 lmts)
{
    *this = M3State();
    warehouses = data.warehouses;
    auto customer = [&](const QString &cuno, const QString &name, const QString &stat, const QString &mail) {
        MiRecord c{{QStringLiteral("CONO"), QString::number(cono)},
                   {QStringLiteral("DIVI"), divi},
                   {QStringLiteral("LNCD"), QStringLiteral("GB")},
                   {QStringLiteral("CUNO"), cuno},
                   {QStringLiteral("CUNM"), name},
                   {QStringLiteral("CUA1"), QStringLiteral("100 Commerce Blvd")},
                   {QStringLiteral("PONO"), QStringLiteral("33602")},
                   {QStringLiteral("TOWN"), QStringLiteral("Tampa")},
                   {QStringLiteral("CSCD"), QStringLiteral("US")},
                   {QStringLiteral("ECAR"), QStringLiteral("FL")},
                   {QStringLiteral("PHNO"), QStringLiteral("555-0100")},
                   {QStringLiteral("MAIL"), mail},
                   {QStringLiteral("STAT"), stat},
                   {QStringLiteral("CUTP"), QStringLiteral("0")},
                   {QStringLiteral("CUCD"), QStringLiteral("USD")},
                   {QStringLiteral("ORTP"), QStringLiteral("WEB")},
                   {QStringLiteral("WHLO"), warehouses.value(0)},
                   {QStringLiteral("MODL"), QStringLiteral("UPS")},
                   {QStringLiteral("TEDL"), QStringLiteral("FOB")},
                   {QStringLiteral("TEPY"), QStringLiteral("30")},
                   {QStringLiteral("FACI"), faci},
                   {QStringLiteral("LMDT"), today},
                   {QStringLiteral("RGDT"), today},
                   {QStringLiteral("PYNO"), cuno}};
        customers.insert(cuno, c);
    };
    customer(templateCustomer, QStringLiteral("Web shop customer template"), QStringLiteral("20"), QString());
    customer(QStringLiteral("WEBGUEST"), QStringLiteral("Web shop guest checkout"), QStringLiteral("20"),
             QString());
    for (int i = 0; i < 5; ++i)
        customer(QStringLiteral("1000%1").arg(i + 1), QStringLiteral("Wholesale Partner %1").arg(i + 1),
                 QStringLiteral("20"), QStringLiteral("buyer%1@partner.example.com").arg(i + 1));
    customer(QStringLiteral("10006"), QStringLiteral("Prospect Preliminary Inc"), QStringLiteral("10"),
             QStringLiteral("prospect@example.com"));

    QRandomGenerator rng(data.seed * 104729u + 7u);
    auto item = [&](const QString &itno, const QString &name, const SeedProduct &p, double price) {
        const bool inactive = p.inM3 == SeedProduct::InM3::Inactive;
        MiRecord it{{QStringLiteral("CONO"), QString::number(cono)},
                    {QStringLiteral("ITNO"), itno},
                    {QStringLiteral("STAT"), inactive ? QStringLiteral("90") : QStringLiteral("20")},
                    {QStringLiteral("ITDS"), name.left(30)},
                    {QStringLiteral("FUDS"), name.left(60)},
                    {QStringLiteral("UNMS"), QStringLiteral("EA")},
                    {QStringLiteral("DS01"), QStringLiteral("Each")},
                    {QStringLiteral("ITGR"), QStringLiteral("WEB")},
                    {QStringLiteral("ITCL"), QStringLiteral("P%1").arg(p.catalogId % 5)},
                    {QStringLiteral("ITTY"), QStringLiteral("FG")},
                    {QStringLiteral("RESP"), user},
                    {QStringLiteral("SALE"),
                     p.inM3 == SeedProduct::InM3::NotSalesItem ? QStringLiteral("0") : QStringLiteral("1")},
                    {QStringLiteral("SPUN"), QStringLiteral("EA")},
                    {QStringLiteral("PPUN"), QStringLiteral("EA")},
                    {QStringLiteral("GRWE"), m3Number(p.weight)},
                    {QStringLiteral("NEWE"), m3Number(p.weight)},
                    {QStringLiteral("LMDT"), today},
                    {QStringLiteral("SAPR"), m3Number(price)},
                    {QStringLiteral("PUPR"), m3Number(p.cost)},
                    {QStringLiteral("CUCD"), QStringLiteral("USD")},
                    {QStringLiteral("CUCS"), QStringLiteral("USD")},
                    {QStringLiteral("VTCS"), QStringLiteral("1")}};
        items.insert(itno, it);
        for (int w = 0; w < warehouses.size(); ++w) {
            M3Balance b;
            b.stqt = w == 0 ? rng.bounded(0, 250) : rng.bounded(0, 40);
            b.alqt = qMin(b.stqt, double(rng.bounded(0, 10)));
            b.reqt = b.alqt + rng.bounded(0, 5);
            b.lmts = lmts;
            b.lmdt = today;
            b.iddt = today;
            balances.insert(warehouses[w] + QLatin1Char('|') + itno, b);
        }
    };
    // Non-stocked service items that web orders need for shipping and discount lines (the default
    // order mapping's shippingItem / discountItem); no warehouse balances.
    for (const auto &[itno, name] : {std::pair{"FREIGHT", "Freight charge"}, std::pair{"DISCOUNT", "Discount"}}) {
        MiRecord it{{QStringLiteral("CONO"), QString::number(cono)}, {QStringLiteral("ITNO"), QLatin1String(itno)},
                    {QStringLiteral("STAT"), QStringLiteral("20")}, {QStringLiteral("ITDS"), QLatin1String(name)},
                    {QStringLiteral("FUDS"), QLatin1String(name)}, {QStringLiteral("UNMS"), QStringLiteral("EA")},
                    {QStringLiteral("DS01"), QStringLiteral("Each")}, {QStringLiteral("ITGR"), QStringLiteral("SRV")},
                    {QStringLiteral("ITCL"), QStringLiteral("SRV")}, {QStringLiteral("ITTY"), QStringLiteral("SV")},
                    {QStringLiteral("RESP"), user}, {QStringLiteral("SALE"), QStringLiteral("1")},
                    {QStringLiteral("SPUN"), QStringLiteral("EA")}, {QStringLiteral("PPUN"), QStringLiteral("EA")},
                    {QStringLiteral("GRWE"), QStringLiteral("0")}, {QStringLiteral("NEWE"), QStringLiteral("0")},
                    {QStringLiteral("LMDT"), today}, {QStringLiteral("SAPR"), QStringLiteral("0")},
                    {QStringLiteral("PUPR"), QStringLiteral("0")}, {QStringLiteral("CUCD"), QStringLiteral("USD")},
                    {QStringLiteral("CUCS"), QStringLiteral("USD")}, {QStringLiteral("VTCS"), QStringLiteral("1")}};
        items.insert(QLatin1String(itno), it);
    }
    for (const SeedProduct &p : data.products) {
        if (p.inM3 == SeedProduct::InM3::Missing)
            continue;
        item(p.sku, p.name, p, p.price);
        for (const SeedVariant &v : p.variants)
            item(v.sku, p.name + QLatin1Char(' ') + v.optionName, p, p.price + v.priceDelta);
    }
}

namespace {

QJsonObject recToJson(const MiRecord &r)
{
    QJsonObject o;
    for (auto it = r.begin(); it != r.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

MiRecord recFromJson(const QJsonObject &o)
{
    MiRecord r;
    for (auto it = o.begin(); it != o.end(); ++it)
        r.insert(it.key(), it.value().toString());
    return r;
}

QJsonArray recsToJson(const QList<MiRecord> &l)
{
    QJsonArray a;
    for (const MiRecord &r : l)
        a.append(recToJson(r));
    return a;
}

QList<MiRecord> recsFromJson(const QJsonArray &a)
{
    QList<MiRecord> l;
    for (const QJsonValue &v : a)
        l.append(recFromJson(v.toObject()));
    return l;
}

} // namespace

QJsonObject M3State::toJson() const
{
    QJsonObject o;
    auto map = [](const QMap<QString, MiRecord> &m) {
        QJsonObject j;
        for (auto it = m.begin(); it != m.end(); ++it)
            j.insert(it.key(), recToJson(it.value()));
        return j;
    };
    o[QStringLiteral("customers")] = map(customers);
    o[QStringLiteral("emails")] = map(emails);
    o[QStringLiteral("items")] = map(items);
    QJsonObject bal;
    for (auto it = balances.begin(); it != balances.end(); ++it)
        bal.insert(it.key(), QJsonObject{{QStringLiteral("STQT"), it->stqt},
                                         {QStringLiteral("ALQT"), it->alqt},
                                         {QStringLiteral("REQT"), it->reqt},
                                         {QStringLiteral("PLQT"), it->plqt},
                                         {QStringLiteral("AV01"), it->av01()},
                                         {QStringLiteral("AV02"), it->av02()},
                                         {QStringLiteral("LMTS"), double(it->lmts)},
                                         {QStringLiteral("LMDT"), it->lmdt},
                                         {QStringLiteral("IDDT"), it->iddt},
                                         {QStringLiteral("ODDT"), it->oddt}});
    o[QStringLiteral("balances")] = bal;
    QJsonArray b;
    for (const M3BatchOrder &bo : batches)
        b.append(QJsonObject{{QStringLiteral("ORNO"), bo.orno},
                             {QStringLiteral("STAT"), bo.stat},
                             {QStringLiteral("ORNR"), bo.finalOrno},
                             {QStringLiteral("head"), recToJson(bo.head)},
                             {QStringLiteral("addresses"), recsToJson(bo.addresses)},
                             {QStringLiteral("lines"), recsToJson(bo.lines)},
                             {QStringLiteral("texts"), recsToJson(bo.texts)},
                             {QStringLiteral("errors"), recsToJson(bo.errors)}});
    o[QStringLiteral("batchOrders")] = b;
    QJsonArray ords;
    for (const M3Order &ord : orders) {
        QJsonArray lines;
        for (const M3OrderLine &l : ord.lines)
            lines.append(QJsonObject{{QStringLiteral("PONR"), l.ponr},
                                     {QStringLiteral("POSX"), l.posx},
                                     {QStringLiteral("ITNO"), l.itno},
                                     {QStringLiteral("ITDS"), l.itds},
                                     {QStringLiteral("WHLO"), l.whlo},
                                     {QStringLiteral("ORST"), l.orst},
                                     {QStringLiteral("ORQT"), l.orqt},
                                     {QStringLiteral("SAPR"), l.sapr},
                                     {QStringLiteral("DIP1"), l.dip1},
                                     {QStringLiteral("ALQT"), l.alqt},
                                     {QStringLiteral("DLQT"), l.dlqt},
                                     {QStringLiteral("IVQT"), l.ivqt},
                                     {QStringLiteral("DWDT"), l.dwdt},
                                     {QStringLiteral("CUPO"), l.cupo}});
        ords.append(QJsonObject{{QStringLiteral("ORNO"), ord.orno},
                                {QStringLiteral("tempORNO"), ord.tempOrno},
                                {QStringLiteral("ORSL"), ord.orsl()},
                                {QStringLiteral("ORST"), ord.orst()},
                                {QStringLiteral("head"), recToJson(ord.head)},
                                {QStringLiteral("lines"), lines},
                                {QStringLiteral("addresses"), recsToJson(ord.addresses)},
                                {QStringLiteral("texts"), recsToJson(ord.texts)}});
    }
    o[QStringLiteral("orders")] = ords;
    QJsonArray dels;
    for (const M3Delivery &d : deliveries) {
        QJsonArray lines;
        for (const M3DeliveryLine &l : d.lines)
            lines.append(QJsonObject{{QStringLiteral("PONR"), l.ponr},
                                     {QStringLiteral("POSX"), l.posx},
                                     {QStringLiteral("ITNO"), l.itno},
                                     {QStringLiteral("TRQT"), l.trqt}});
        dels.append(QJsonObject{{QStringLiteral("DLIX"), double(d.dlix)},
                                {QStringLiteral("ORNO"), d.orno},
                                {QStringLiteral("CONN"), double(d.conn)},
                                {QStringLiteral("WHLO"), d.whlo},
                                {QStringLiteral("ETRN"), d.etrn},
                                {QStringLiteral("MODL"), d.modl},
                                {QStringLiteral("PGRS"), d.pgrs},
                                {QStringLiteral("PIST"), d.pist},
                                {QStringLiteral("DSDT"), d.dsdt},
                                {QStringLiteral("DSHM"), d.dshm},
                                {QStringLiteral("IVNO"), double(d.ivno)},
                                {QStringLiteral("IVDT"), d.ivdt},
                                {QStringLiteral("NRUL"), d.nrul},
                                {QStringLiteral("lines"), lines}});
    }
    o[QStringLiteral("deliveries")] = dels;
    QJsonArray inv;
    for (const M3Invoice &i : invoices)
        inv.append(QJsonObject{{QStringLiteral("IVNO"), double(i.ivno)},
                               {QStringLiteral("YEA4"), i.yea4},
                               {QStringLiteral("ORNO"), i.orno},
                               {QStringLiteral("CUNO"), i.cuno},
                               {QStringLiteral("DLIX"), double(i.dlix)},
                               {QStringLiteral("IVDT"), i.ivdt},
                               {QStringLiteral("DUDT"), i.dudt},
                               {QStringLiteral("AMT1"), i.amt1},
                               {QStringLiteral("AMT2"), i.amt2},
                               {QStringLiteral("RAFC"), i.rafc},
                               {QStringLiteral("CUCD"), i.cucd},
                               {QStringLiteral("RECO"), i.reco},
                               {QStringLiteral("REDE"), i.rede}});
    o[QStringLiteral("invoices")] = inv;
    QJsonArray pay;
    for (const M3PaymentBatch &p : payments)
        pay.append(QJsonObject{{QStringLiteral("PBID"), double(p.pbid)},
                               {QStringLiteral("BOPE"), p.bope},
                               {QStringLiteral("controlled"), p.controlled},
                               {QStringLiteral("lines"), recsToJson(p.lines)}});
    o[QStringLiteral("paymentBatches")] = pay;
    o[QStringLiteral("warehouses")] = QJsonArray::fromStringList(warehouses);
    o[QStringLiteral("next")] = QJsonObject{
        {QStringLiteral("tempOrno"), double(nextTempOrno)}, {QStringLiteral("orno"), double(nextOrno)},
        {QStringLiteral("customer"), nextCustomer},         {QStringLiteral("dlix"), double(nextDlix)},
        {QStringLiteral("conn"), double(nextConn)},         {QStringLiteral("ivno"), double(nextIvno)}};
    return o;
}

void M3State::fromJson(const QJsonObject &o)
{
    auto map = [](const QJsonObject &j) {
        QMap<QString, MiRecord> m;
        for (auto it = j.begin(); it != j.end(); ++it)
            m.insert(it.key(), recFromJson(it.value().toObject()));
        return m;
    };
    customers = map(o.value(QStringLiteral("customers")).toObject());
    emails = map(o.value(QStringLiteral("emails")).toObject());
    items = map(o.value(QStringLiteral("items")).toObject());
    warehouses.clear();
    for (const QJsonValue &v : o.value(QStringLiteral("warehouses")).toArray())
        warehouses.append(v.toString());
    balances.clear();
    const QJsonObject bal = o.value(QStringLiteral("balances")).toObject();
    for (auto it = bal.begin(); it != bal.end(); ++it) {
        const QJsonObject b = it.value().toObject();
        M3Balance x;
        x.stqt = b.value(QStringLiteral("STQT")).toDouble();
        x.alqt = b.value(QStringLiteral("ALQT")).toDouble();
        x.reqt = b.value(QStringLiteral("REQT")).toDouble();
        x.plqt = b.value(QStringLiteral("PLQT")).toDouble();
        x.lmts = qint64(b.value(QStringLiteral("LMTS")).toDouble());
        x.lmdt = b.value(QStringLiteral("LMDT")).toString();
        x.iddt = b.value(QStringLiteral("IDDT")).toString();
        x.oddt = b.value(QStringLiteral("ODDT")).toString();
        balances.insert(it.key(), x);
    }
    batches.clear();
    for (const QJsonValue &v : o.value(QStringLiteral("batchOrders")).toArray()) {
        const QJsonObject b = v.toObject();
        M3BatchOrder bo;
        bo.orno = b.value(QStringLiteral("ORNO")).toString();
        bo.stat = b.value(QStringLiteral("STAT")).toString();
        bo.finalOrno = b.value(QStringLiteral("ORNR")).toString();
        bo.head = recFromJson(b.value(QStringLiteral("head")).toObject());
        bo.addresses = recsFromJson(b.value(QStringLiteral("addresses")).toArray());
        bo.lines = recsFromJson(b.value(QStringLiteral("lines")).toArray());
        bo.texts = recsFromJson(b.value(QStringLiteral("texts")).toArray());
        bo.errors = recsFromJson(b.value(QStringLiteral("errors")).toArray());
        batches.insert(bo.orno, bo);
    }
    orders.clear();
    for (const QJsonValue &v : o.value(QStringLiteral("orders")).toArray()) {
        const QJsonObject j = v.toObject();
        M3Order ord;
        ord.orno = j.value(QStringLiteral("ORNO")).toString();
        ord.tempOrno = j.value(QStringLiteral("tempORNO")).toString();
        ord.head = recFromJson(j.value(QStringLiteral("head")).toObject());
        ord.addresses = recsFromJson(j.value(QStringLiteral("addresses")).toArray());
        ord.texts = recsFromJson(j.value(QStringLiteral("texts")).toArray());
        for (const QJsonValue &lv : j.value(QStringLiteral("lines")).toArray()) {
            const QJsonObject l = lv.toObject();
            M3OrderLine line;
            line.ponr = l.value(QStringLiteral("PONR")).toInt();
            line.posx = l.value(QStringLiteral("POSX")).toInt();
            line.itno = l.value(QStringLiteral("ITNO")).toString();
            line.itds = l.value(QStringLiteral("ITDS")).toString();
            line.whlo = l.value(QStringLiteral("WHLO")).toString();
            line.orst = l.value(QStringLiteral("ORST")).toString();
            line.orqt = l.value(QStringLiteral("ORQT")).toDouble();
            line.sapr = l.value(QStringLiteral("SAPR")).toDouble();
            line.dip1 = l.value(QStringLiteral("DIP1")).toDouble();
            line.alqt = l.value(QStringLiteral("ALQT")).toDouble();
            line.dlqt = l.value(QStringLiteral("DLQT")).toDouble();
            line.ivqt = l.value(QStringLiteral("IVQT")).toDouble();
            line.dwdt = l.value(QStringLiteral("DWDT")).toString();
            line.cupo = l.value(QStringLiteral("CUPO")).toString();
            ord.lines.append(line);
        }
        orders.insert(ord.orno, ord);
    }
    deliveries.clear();
    for (const QJsonValue &v : o.value(QStringLiteral("deliveries")).toArray()) {
        const QJsonObject j = v.toObject();
        M3Delivery d;
        d.dlix = qint64(j.value(QStringLiteral("DLIX")).toDouble());
        d.orno = j.value(QStringLiteral("ORNO")).toString();
        d.conn = qint64(j.value(QStringLiteral("CONN")).toDouble());
        d.whlo = j.value(QStringLiteral("WHLO")).toString();
        d.etrn = j.value(QStringLiteral("ETRN")).toString();
        d.modl = j.value(QStringLiteral("MODL")).toString();
        d.pgrs = j.value(QStringLiteral("PGRS")).toString();
        d.pist = j.value(QStringLiteral("PIST")).toString();
        d.dsdt = j.value(QStringLiteral("DSDT")).toString();
        d.dshm = j.value(QStringLiteral("DSHM")).toInt();
        d.ivno = qint64(j.value(QStringLiteral("IVNO")).toDouble());
        d.ivdt = j.value(QStringLiteral("IVDT")).toString();
        d.nrul = j.value(QStringLiteral("NRUL")).toInt(1);
        for (const QJsonValue &lv : j.value(QStringLiteral("lines")).toArray()) {
            const QJsonObject l = lv.toObject();
            d.lines.append(M3DeliveryLine{
                l.value(QStringLiteral("PONR")).toInt(), l.value(QStringLiteral("POSX")).toInt(),
                l.value(QStringLiteral("ITNO")).toString(), l.value(QStringLiteral("TRQT")).toDouble()});
        }
        deliveries.insert(d.dlix, d);
    }
    invoices.clear();
    for (const QJsonValue &v : o.value(QStringLiteral("invoices")).toArray()) {
        const QJsonObject j = v.toObject();
        M3Invoice i;
        i.ivno = qint64(j.value(QStringLiteral("IVNO")).toDouble());
        i.yea4 = j.value(QStringLiteral("YEA4")).toInt();
        i.orno = j.value(QStringLiteral("ORNO")).toString();
        i.cuno = j.value(QStringLiteral("CUNO")).toString();
        i.dlix = qint64(j.value(QStringLiteral("DLIX")).toDouble());
        i.ivdt = j.value(QStringLiteral("IVDT")).toString();
        i.dudt = j.value(QStringLiteral("DUDT")).toString();
        i.amt1 = j.value(QStringLiteral("AMT1")).toDouble();
        i.amt2 = j.value(QStringLiteral("AMT2")).toDouble();
        i.rafc = j.value(QStringLiteral("RAFC")).toDouble();
        i.cucd = j.value(QStringLiteral("CUCD")).toString();
        i.reco = j.value(QStringLiteral("RECO")).toInt();
        i.rede = j.value(QStringLiteral("REDE")).toString();
        invoices.insert(i.ivno, i);
    }
    payments.clear();
    for (const QJsonValue &v : o.value(QStringLiteral("paymentBatches")).toArray()) {
        const QJsonObject j = v.toObject();
        M3PaymentBatch p;
        p.pbid = qint64(j.value(QStringLiteral("PBID")).toDouble());
        p.bope = j.value(QStringLiteral("BOPE")).toString();
        p.controlled = j.value(QStringLiteral("controlled")).toBool();
        p.lines = recsFromJson(j.value(QStringLiteral("lines")).toArray());
        payments.insert(p.pbid, p);
    }
    const QJsonObject n = o.value(QStringLiteral("next")).toObject();
    nextTempOrno = qint64(n.value(QStringLiteral("tempOrno")).toDouble(double(nextTempOrno)));
    nextOrno = qint64(n.value(QStringLiteral("orno")).toDouble(double(nextOrno)));
    nextCustomer = n.value(QStringLiteral("customer")).toInt(nextCustomer);
    nextDlix = qint64(n.value(QStringLiteral("dlix")).toDouble(double(nextDlix)));
    nextConn = qint64(n.value(QStringLiteral("conn")).toDouble(double(nextConn)));
    nextIvno = qint64(n.value(QStringLiteral("ivno")).toDouble(double(nextIvno)));
}

} // namespace m3cart::sandbox
