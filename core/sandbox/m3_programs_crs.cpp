// CRS610MI (customers), CRS111MI (e-mail addresses), GENERAL and MRS001MI, and the program table.

#include "m3_programs.h"

namespace m3cart::sandbox {

using namespace mi;

void M3Simulator::registerPrograms()
{
    const struct
    {
        const char *name;
        Handler fn;
    } table[] = {
        {"CRS610MI/Add", &M3Simulator::crs610Add},
        {"CRS610MI/GetBasicData", &M3Simulator::crs610Get},
        {"CRS610MI/GetOrderInfo", &M3Simulator::crs610Get},
        {"CRS610MI/ChgBasicData", &M3Simulator::crs610Chg},
        {"CRS610MI/LstByNumber", &M3Simulator::crs610LstByNumber},
        {"CRS610MI/SearchCustomer", &M3Simulator::crs610Search},
        {"CRS111MI/Add", &M3Simulator::crs111Add},
        {"CRS111MI/Change", &M3Simulator::crs111Change},
        {"CRS111MI/Get", &M3Simulator::crs111Get},
        {"CRS111MI/List", &M3Simulator::crs111List},
        {"OIS100MI/AddBatchHead", &M3Simulator::ois100AddBatchHead},
        {"OIS100MI/AddBatchAddress", &M3Simulator::ois100AddBatchAddress},
        {"OIS100MI/AddBatchLine", &M3Simulator::ois100AddBatchLine},
        {"OIS100MI/AddBatchText", &M3Simulator::ois100AddBatchText},
        {"OIS100MI/Confirm", &M3Simulator::ois100Confirm},
        {"OIS100MI/LstErrMsgOrder", &M3Simulator::ois100LstErrMsgOrder},
        {"OIS100MI/GetOrderNo", &M3Simulator::ois100GetOrderNo},
        {"OIS100MI/GetBatchHead", &M3Simulator::ois100GetBatchHead},
        {"OIS100MI/GetHead", &M3Simulator::ois100GetHead},
        {"OIS100MI/LstHead", &M3Simulator::ois100LstHead},
        {"OIS100MI/SearchHead", &M3Simulator::ois100SearchHead},
        {"OIS100MI/GetLine", &M3Simulator::ois100GetLine},
        {"OIS100MI/LstLine", &M3Simulator::ois100LstLine},
        {"OIS100MI/GetAddress", &M3Simulator::ois100GetAddress},
        {"OIS100MI/LstWarehBalance", &M3Simulator::ois100LstWarehBalance},
        {"OIS100MI/LstNewBalances", &M3Simulator::ois100LstNewBalances},
        {"OIS100MI/GetATP", &M3Simulator::ois100GetATP},
        {"OIS275MI/GetTmpOrderStat", &M3Simulator::ois275GetTmpOrderStat},
        {"OIS275MI/GetBatchHead", &M3Simulator::ois275GetBatchHead},
        {"OIS275MI/LstBatchLine", &M3Simulator::ois275LstBatchLine},
        {"OIS175MI/LstHeadByRef", &M3Simulator::ois175LstHeadByRef},
        {"OIS175MI/LstHeadByCust", &M3Simulator::ois175LstHeadByCust},
        {"MMS200MI/Get", &M3Simulator::mms200Get},
        {"MMS200MI/GetItmBasic", &M3Simulator::mms200Get},
        {"MMS200MI/LstItmByItm", &M3Simulator::mms200LstItmByItm},
        {"MMS200MI/LstItmByChgDate", &M3Simulator::mms200LstItmByChgDate},
        {"MMS200MI/GetItmWhsBal", &M3Simulator::mms200GetItmWhsBal},
        {"MMS200MI/LstItmWhsByItm", &M3Simulator::mms200LstItmWhsByItm},
        {"MMS200MI/GetItmPrice", &M3Simulator::mms200GetItmPrice},
        {"MWS411MI/LstDelLnByOrd", &M3Simulator::mws411LstDelLnByOrd},
        {"MWS410MI/GetHead", &M3Simulator::mws410GetHead},
        {"DRS100MI/GetShipment", &M3Simulator::drs100GetShipment},
        {"OIS350MI/LstInvHeadByCo", &M3Simulator::ois350LstInvHeadByCo},
        {"OIS350MI/GetInvHead", &M3Simulator::ois350GetInvHead},
        {"ARS200MI/LstInvoices", &M3Simulator::ars200LstInvoices},
        {"ARS040MI/AddBatchHead", &M3Simulator::ars040AddBatchHead},
        {"ARS040MI/AddBatchLine", &M3Simulator::ars040AddBatchLine},
        {"ARS040MI/ControlBatch", &M3Simulator::ars040ControlBatch},
        {"GENERAL/GetUserInfo", &M3Simulator::generalGetUserInfo},
        {"GENERAL/GetServerTime", &M3Simulator::generalGetServerTime},
        {"MRS001MI/LstTransactions", &M3Simulator::mrs001LstTransactions},
        {"MRS001MI/LstFields", &M3Simulator::mrs001LstFields},
    };
    for (const auto &e : table)
        m_handlers.insert(QLatin1String(e.name), e.fn);
}

MiOutcome M3Simulator::crs610Add(const MiRecord &in, const MiContext &)
{
    const QString cutm = in.value(QStringLiteral("CUTM"));
    if (!m_state.customers.contains(cutm))
        return MiOutcome::nok(wcode(QStringLiteral("CUTM"), "0203"), QStringLiteral("CUTM"),
                              QStringLiteral("Customer template %1 does not exist").arg(cutm));
    QString cuno = in.value(QStringLiteral("CUNO")).trimmed();
    if (!cuno.isEmpty() && m_state.customers.contains(cuno))
        return MiOutcome::nok(wcode(QStringLiteral("CUNO"), "0201"), QStringLiteral("CUNO"),
                              QStringLiteral("Customer number %1 already exists").arg(cuno));
    const QString stat = in.value(QStringLiteral("STAT"), QStringLiteral("20"));
    if (!stat.isEmpty() && stat != QLatin1String("10") && stat != QLatin1String("20") &&
        stat != QLatin1String("90"))
        return MiOutcome::nok(wcode(QStringLiteral("STAT"), "0202"), QStringLiteral("STAT"),
                              QStringLiteral("Customer status %1 is invalid").arg(stat));
    while (cuno.isEmpty() || m_state.customers.contains(cuno))
        cuno = QStringLiteral("WEB%1").arg(m_state.nextCustomer++, 7, 10, QLatin1Char('0'));
    MiRecord c = m_state.customers.value(cutm);
    for (auto it = in.begin(); it != in.end(); ++it)
        if (it.key() != QLatin1String("CUTM") && !it.value().isEmpty())
            c.insert(it.key(), it.value());
    c[QStringLiteral("CUNO")] = cuno;
    c[QStringLiteral("PYNO")] = cuno;
    c[QStringLiteral("STAT")] = stat.isEmpty() ? QStringLiteral("20") : stat;
    c[QStringLiteral("RGDT")] = today();
    c[QStringLiteral("LMDT")] = today();
    c[QStringLiteral("CHID")] = m_config.m3User;
    m_state.customers.insert(cuno, c);
    return one(MiRecord{{QStringLiteral("CUNO"), cuno}, {QStringLiteral("ERRM"), QString()}});
}

MiOutcome M3Simulator::crs610Get(const MiRecord &in, const MiContext &)
{
    const QString cuno = in.value(QStringLiteral("CUNO"));
    if (!m_state.customers.contains(cuno))
        return notExist(QStringLiteral("CUNO"), QStringLiteral("Customer number"), cuno);
    return one(m_state.customers.value(cuno));
}

MiOutcome M3Simulator::crs610Chg(const MiRecord &in, const MiContext &)
{
    const QString cuno = in.value(QStringLiteral("CUNO"));
    if (!m_state.customers.contains(cuno))
        return notExist(QStringLiteral("CUNO"), QStringLiteral("Customer number"), cuno);
    MiRecord &c = m_state.customers[cuno];
    for (auto it = in.begin(); it != in.end(); ++it)
        if (!it.value().isEmpty())
            c.insert(it.key(), it.value());
    c[QStringLiteral("LMDT")] = today();
    c[QStringLiteral("CHID")] = m_config.m3User;
    return one(MiRecord{{QStringLiteral("CUNO"), cuno}});
}

MiOutcome M3Simulator::crs610LstByNumber(const MiRecord &in, const MiContext &)
{
    const QString from = in.value(QStringLiteral("CUNO"));
    QList<MiRecord> out;
    for (auto it = m_state.customers.lowerBound(from); it != m_state.customers.end(); ++it)
        out.append(it.value());
    return many(out);
}

MiOutcome M3Simulator::crs610Search(const MiRecord &in, const MiContext &)
{
    const QString q = in.value(QStringLiteral("SQRY")).trimmed();
    if (q.isEmpty())
        return MiOutcome::nok(wcode(QStringLiteral("SQRY"), "0102"), QStringLiteral("SQRY"),
                              QStringLiteral("Search query must be entered"));
    QList<MiRecord> out;
    for (const MiRecord &c : m_state.customers)
        if (sqryMatches(q, c, QStringLiteral("CUNM")))
            out.append(c);
    return many(out);
}

MiOutcome M3Simulator::crs111Add(const MiRecord &in, const MiContext &)
{
    const QString key =
        in.value(QStringLiteral("EMTP")) + QLatin1Char('|') + in.value(QStringLiteral("EMKY"));
    if (m_state.emails.contains(key))
        return MiOutcome::nok(
            wcode(QStringLiteral("EMKY"), "0201"), QStringLiteral("EMKY"),
            QStringLiteral("E-mail address for %1 already exists").arg(in.value(QStringLiteral("EMKY"))));
    if (!in.value(QStringLiteral("EMAL")).contains(QLatin1Char('@')))
        return MiOutcome::nok(
            wcode(QStringLiteral("EMAL"), "0202"), QStringLiteral("EMAL"),
            QStringLiteral("Electronic mail address %1 is invalid").arg(in.value(QStringLiteral("EMAL"))));
    m_state.emails.insert(key, MiRecord{{QStringLiteral("EMTP"), in.value(QStringLiteral("EMTP"))},
                                        {QStringLiteral("EMKY"), in.value(QStringLiteral("EMKY"))},
                                        {QStringLiteral("EMAL"), in.value(QStringLiteral("EMAL"))}});
    return none();
}

MiOutcome M3Simulator::crs111Change(const MiRecord &in, const MiContext &)
{
    const QString key =
        in.value(QStringLiteral("EMTP")) + QLatin1Char('|') + in.value(QStringLiteral("EMKY"));
    if (!m_state.emails.contains(key))
        return notExist(QStringLiteral("EMKY"), QStringLiteral("E-mail key value"),
                        in.value(QStringLiteral("EMKY")));
    m_state.emails[key][QStringLiteral("EMAL")] = in.value(QStringLiteral("EMAL"));
    return none();
}

MiOutcome M3Simulator::crs111Get(const MiRecord &in, const MiContext &)
{
    const QString key =
        in.value(QStringLiteral("EMTP")) + QLatin1Char('|') + in.value(QStringLiteral("EMKY"));
    if (!m_state.emails.contains(key))
        return notExist(QStringLiteral("EMKY"), QStringLiteral("E-mail key value"),
                        in.value(QStringLiteral("EMKY")));
    return one(m_state.emails.value(key));
}

MiOutcome M3Simulator::crs111List(const MiRecord &in, const MiContext &)
{
    QList<MiRecord> out;
    for (const MiRecord &e : m_state.emails)
        if (e.value(QStringLiteral("EMTP")) == in.value(QStringLiteral("EMTP")) &&
            e.value(QStringLiteral("EMKY")) >= in.value(QStringLiteral("EMKY")))
            out.append(e);
    return many(out);
}

MiOutcome M3Simulator::generalGetUserInfo(const MiRecord &, const MiContext &)
{
    return one(MiRecord{{QStringLiteral("ZZUSID"), m_config.m3User},
                        {QStringLiteral("ZDCONO"), QString::number(m_state.cono)},
                        {QStringLiteral("ZDDIVI"), m_state.divi},
                        {QStringLiteral("ZDFACI"), m_state.faci},
                        {QStringLiteral("ZZWHLO"), m_state.warehouses.value(0)},
                        {QStringLiteral("ZDAUPF"), QString()},
                        {QStringLiteral("ZDREPF"), QString()},
                        {QStringLiteral("ZDLANC"), QStringLiteral("GB")},
                        {QStringLiteral("ZDDTFM"), QStringLiteral("YMD")},
                        {QStringLiteral("DSEP"), QStringLiteral("-")},
                        {QStringLiteral("TSEP"), QStringLiteral(":")},
                        {QStringLiteral("TIZO"), QStringLiteral("UTC")},
                        {QStringLiteral("USFN"), QStringLiteral("m3cart sandbox API user")}});
}

MiOutcome M3Simulator::generalGetServerTime(const MiRecord &, const MiContext &)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return one(MiRecord{{QStringLiteral("DATE"), now.toString(QStringLiteral("yyyyMMdd"))},
                        {QStringLiteral("TIME"), now.toString(QStringLiteral("HHmmss"))},
                        {QStringLiteral("LMTS"), QString::number(nowMs())}});
}

MiOutcome M3Simulator::mrs001LstTransactions(const MiRecord &in, const MiContext &)
{
    const QString minm = in.value(QStringLiteral("MINM"));
    if (!MiCatalogue::instance().hasProgram(minm))
        return notExist(QStringLiteral("MINM"), QStringLiteral("Program name"), minm);
    QList<MiRecord> out;
    for (const MiTransaction *t : MiCatalogue::instance().transactions(minm))
        out.append(
            MiRecord{{QStringLiteral("MINM"), minm},
                     {QStringLiteral("TRNM"), t->name},
                     {QStringLiteral("TRDS"), t->description},
                     {QStringLiteral("VERS"), QStringLiteral("15")},
                     {QStringLiteral("STAT"), QStringLiteral("20")},
                     {QStringLiteral("SIMU"), t->multiple ? QStringLiteral("M") : QStringLiteral("S")}});
    return many(out);
}

MiOutcome M3Simulator::mrs001LstFields(const MiRecord &in, const MiContext &)
{
    const QString minm = in.value(QStringLiteral("MINM"));
    const QString trnm = in.value(QStringLiteral("TRNM"));
    const QString trtp = in.value(QStringLiteral("TRTP")).toUpper();
    const MiTransaction *t = MiCatalogue::instance().find(minm, trnm);
    if (!t)
        return notExist(QStringLiteral("TRNM"), QStringLiteral("Transaction name"), trnm);
    if (trtp != QLatin1String("I") && trtp != QLatin1String("O"))
        return MiOutcome::nok(wcode(QStringLiteral("TRTP"), "0202"), QStringLiteral("TRTP"),
                              QStringLiteral("Layout type %1 is invalid, use I or O").arg(trtp));
    QList<MiRecord> out;
    int pos = 16; // MI records start after the 15-character transaction name
    for (const MiField &f : trtp == QLatin1String("I") ? t->in : t->out) {
        const int len = f.length > 0 ? f.length : 10;
        out.append(MiRecord{
            {QStringLiteral("MINM"), minm},
            {QStringLiteral("TRNM"), trnm},
            {QStringLiteral("TRTP"), trtp},
            {QStringLiteral("FLNM"), f.name},
            {QStringLiteral("FLDS"), f.description},
            {QStringLiteral("FRPO"), QString::number(pos)},
            {QStringLiteral("TOPO"), QString::number(pos + len - 1)},
            {QStringLiteral("LENG"), QString::number(len)},
            {QStringLiteral("TYPE"), f.type == QLatin1Char('N') ? QStringLiteral("N") : QStringLiteral("A")},
            {QStringLiteral("MAND"), f.mandatory ? QStringLiteral("1") : QStringLiteral("0")}});
        pos += len;
    }
    return many(out);
}

} // namespace m3cart::sandbox
