#pragma once
// The Infor M3 simulator: MI REST v1 (/m3api-rest/execute) and v2 (/m3api-rest/v2/execute, plus bulk POST),
// with or without the ION API gateway prefix /{TENANT}/M3, the ION API OAuth 2.0 token and revoke endpoints,
// the order-to-cash MI programs validated against the field catalogue, BOD publication and the
// /__sandbox/ admin API. It also writes the matching .ionapi credentials file.

#include "fault_injector.h"
#include "m3_state.h"
#include "mi_catalogue.h"
#include "sim_http_server.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

class QTimer;

namespace m3cart::sandbox {

class OutboundPoster;

struct M3Config
{
    QString tenant = QStringLiteral("M3CART_TST");
    QString clientName = QStringLiteral("m3cart sandbox backend");
    QString clientId = QStringLiteral("M3CART_TST~sbxClientId0123456789abcdefghijklmnopqrstuvw");
    QString clientSecret = QStringLiteral("sbxClientSecret-0123456789abcdefghijklmnopqrstuvwxyz");
    QString serviceAccessKey = QStringLiteral("M3CART_TST#sbxServiceAccessKey0123456789abcdefghijklmnop");
    QString serviceSecretKey = QStringLiteral("sbxServiceSecretKey-0123456789abcdefghijklmnopqrstu");
    QString m3User = QStringLiteral("SBXAPI"); // Basic auth on the direct /m3api-rest path
    QString m3Password = QStringLiteral("sandbox");
    int tokenLifetimeSeconds = 7200;
    bool issueRefreshToken = true;
    int spikeArrestPerMinute = 0; // gateway spike arrest per token; 0 = off
    quint32 seed = 1;
    int products = 40;
    int latencyMs = 0;
    bool autoAllocate = true; // Confirm allocates when AV01 covers the line (33), else 22
    int clockIntervalMs = 0;  // > 0: every tick moves each open order one status step
    int maxBodyBytes = 10 * 1024 * 1024;
    QString stateDir;
};

struct MiContext
{
    bool v2 = false;
    bool metadata = false;
    int maxrecs = 100; // 0 = all
    QStringList returncols;
    bool excludeEmpty = false;
    bool rightTrim = true; // v2 only; v1 always pads
    QString dateFormat = QStringLiteral("YMD8");
    QString cono;
    QString divi;
};

struct MiOutcome
{
    QList<MiRecord> records;
    bool ok = true;
    QString code;
    QString field;
    QString message;
    bool partial = false; // records are valid and an ErrorMessage follows (KB 2159861)
    int httpStatus = 200; // transport-level failures (unknown program: 404)

    static MiOutcome nok(const QString &code, const QString &field, const QString &message);
};

class M3Simulator : public QObject
{
    Q_OBJECT
public:
    explicit M3Simulator(const M3Config &config = {}, QObject *parent = nullptr);
    ~M3Simulator() override;

    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl rootUrl() const;  // iu: http://127.0.0.1:PORT
    QUrl baseUrl() const;  // iu/ti: the ION API base, then /M3/m3api-rest/...
    QUrl tokenUrl() const; // pu + ot
    QUrl adminUrl() const;
    const M3Config &config() const { return m_config; }
    FaultInjector &faults() { return m_faults; }
    OutboundPoster *bodPoster() const { return m_poster; }
    quint64 requestCount() const;

    QJsonObject ionapi() const;                         // the .ionapi credentials document
    QString writeIonApiFile(const QString &path) const; // returns the absolute path, empty on failure

    void reset();
    void setTokenLifetime(int seconds) { m_config.tokenLifetimeSeconds = seconds; }
    void expireAllTokens();
    void addBodSubscriber(const QUrl &url) { m_bodSubscribers.append(url); }

    // The business operations behind /__sandbox/ (also used by the optional clock).
    bool advanceOrder(const QString &orno, const QString &toStatus, QString *error);
    // Delivers the lines not yet delivered, or only those positions (PONR) when given: a partial delivery.
    qint64 shipOrder(const QString &orno, const QString &trackingNumber, QString *error, const QList<int> &positions = {});
    qint64 invoiceOrder(const QString &orno, QString *error);
    bool setStock(const QString &whlo, const QString &itno, double stqt, QString *error);
    // Changes item fields (ITDS, FUDS, STAT, SAPR, GRWE, ...), stamps LMDT and publishes SyncItemMaster.
    bool changeItem(const QString &itno, const QJsonObject &fields, QString *error);
    const M3State &state() const { return m_state; }
    QJsonObject received() const;

    // Runs one MI transaction as the HTTP layer does (validation included).
    MiOutcome execute(const QString &program, const QString &transaction, const MiRecord &input,
                      const MiContext &ctx);

    QString today() const; // YYYYMMDD, server clock
    qint64 nowMs() const;  // LMTS

private:
    struct Token
    {
        qint64 expiresMs = 0;
        QString user;
        QString clientId;
        bool refresh = false;
        QString grant;
    };

    HttpResponse handle(const HttpRequest &req);
    HttpResponse admin(const HttpRequest &req, const QStringList &segs);
    HttpResponse tokenEndpoint(const HttpRequest &req);
    HttpResponse revokeEndpoint(const HttpRequest &req);
    bool authorize(const HttpRequest &req, bool gateway, HttpResponse *deny);
    HttpResponse executeSingle(const HttpRequest &req, const QString &program, const QString &trnAndMatrix,
                               bool v2, const FaultDecision &fault);
    HttpResponse executeBulk(const HttpRequest &req, const FaultDecision &fault);
    QByteArray v2Result(const MiTransaction *t, const QString &transaction, const MiOutcome &out,
                        const MiContext &ctx, const QStringList &selected) const;
    // Appends one output record in the MI layout's field order: v1 NameValue objects or v2 "F":"v" pairs.
    void appendRecord(QByteArray &out, const MiTransaction &t, const MiRecord &r, const MiContext &ctx,
                      bool pad, const QStringList &columns, bool nameValue) const;
    MiOutcome validate(const MiTransaction &t, const MiRecord &input, const MiContext &ctx) const;
    void persist();
    void tick();

    // m3_programs_*.cpp
    using Handler = MiOutcome (M3Simulator::*)(const MiRecord &in, const MiContext &ctx);
    void registerPrograms();
    MiOutcome crs610Add(const MiRecord &in, const MiContext &ctx);
    MiOutcome crs610Get(const MiRecord &in, const MiContext &ctx);
    MiOutcome crs610Chg(const MiRecord &in, const MiContext &ctx);
    MiOutcome crs610LstByNumber(const MiRecord &in, const MiContext &ctx);
    MiOutcome crs610Search(const MiRecord &in, const MiContext &ctx);
    MiOutcome crs111Add(const MiRecord &in, const MiContext &ctx);
    MiOutcome crs111Change(const MiRecord &in, const MiContext &ctx);
    MiOutcome crs111Get(const MiRecord &in, const MiContext &ctx);
    MiOutcome crs111List(const MiRecord &in, const MiContext &ctx);
    MiOutcome ois100AddBatchHead(const MiRecord &in, const MiContext &ctx);
    MiOutcome ois100AddBatchAddress(const MiRecord &in, const MiContext &ctx);
    MiOutcome ois100AddBatchLine(const MiRecord &in, const MiContext &ctx);
    MiOutcome ois100AddBatchText(const MiRecord &in, const MiContext &ctx);
    MiOutcome ois100Confirm(const MiRecord &in, const MiContext &ctx);
    MiOutcome ois100LstErrMsgOrder(const MiRecord &in, const MiContext &ctx);
    MiOutcome ois100GetOrderNo(const MiRecord &in, const MiContext &ctx);
    MiOutcome ois100GetBatchHead(const MiRecord &in, const MiContext &ctx);
    MiOutcome ois100GetHead(const MiRecord &in, const MiContext &ctx);
    MiOutcome ois100LstHead(const MiRecord &in, const MiContext &ctx);
    MiOutcome ois100SearchHead(const MiRecord &in, const MiContext &ctx);
    MiOutcome ois100GetLine(const MiRecord &in, const MiContext &ctx);
    MiOutcome ois100LstLine(const MiRecord &in, const MiContext &ctx);
    MiOutcome ois100GetAddress(const MiRecord &in, const MiContext &ctx);
    MiOutcome ois100LstWarehBalance(const MiRecord &in, const MiContext &ctx);
    MiOutcome ois100LstNewBalances(const MiRecord &in, const MiContext &ctx);
    MiOutcome ois100GetATP(const MiRecord &in, const MiContext &ctx);
    MiOutcome ois275GetTmpOrderStat(const MiRecord &in, const MiContext &ctx);
    MiOutcome ois275GetBatchHead(const MiRecord &in, const MiContext &ctx);
    MiOutcome ois275LstBatchLine(const MiRecord &in, const MiContext &ctx);
    MiOutcome ois175LstHeadByRef(const MiRecord &in, const MiContext &ctx);
    MiOutcome ois175LstHeadByCust(const MiRecord &in, const MiContext &ctx);
    MiOutcome mms200Get(const MiRecord &in, const MiContext &ctx);
    MiOutcome mms200LstItmByItm(const MiRecord &in, const MiContext &ctx);
    MiOutcome mms200LstItmByChgDate(const MiRecord &in, const MiContext &ctx);
    MiOutcome mms200GetItmWhsBal(const MiRecord &in, const MiContext &ctx);
    MiOutcome mms200LstItmWhsByItm(const MiRecord &in, const MiContext &ctx);
    MiOutcome mms200GetItmPrice(const MiRecord &in, const MiContext &ctx);
    MiOutcome mws411LstDelLnByOrd(const MiRecord &in, const MiContext &ctx);
    MiOutcome mws410GetHead(const MiRecord &in, const MiContext &ctx);
    MiOutcome drs100GetShipment(const MiRecord &in, const MiContext &ctx);
    MiOutcome ois350LstInvHeadByCo(const MiRecord &in, const MiContext &ctx);
    MiOutcome ois350GetInvHead(const MiRecord &in, const MiContext &ctx);
    MiOutcome ars200LstInvoices(const MiRecord &in, const MiContext &ctx);
    MiOutcome ars040AddBatchHead(const MiRecord &in, const MiContext &ctx);
    MiOutcome ars040AddBatchLine(const MiRecord &in, const MiContext &ctx);
    MiOutcome ars040ControlBatch(const MiRecord &in, const MiContext &ctx);
    MiOutcome generalGetUserInfo(const MiRecord &in, const MiContext &ctx);
    MiOutcome generalGetServerTime(const MiRecord &in, const MiContext &ctx);
    MiOutcome mrs001LstTransactions(const MiRecord &in, const MiContext &ctx);
    MiOutcome mrs001LstFields(const MiRecord &in, const MiContext &ctx);

    MiRecord headRecord(const M3Order &o) const;
    MiRecord lineRecord(const M3Order &o, const M3OrderLine &l) const;
    MiRecord balanceRecord(const QString &whlo, const QString &itno, const M3Balance &b) const;
    void touchBalance(M3Balance &b);
    void publishBod(const QString &noun, const QString &documentId, const QString &location,
                    const QString &body);
    void publishOrderBod(const M3Order &o);
    void publishBalanceBod(const QString &whlo, const QString &itno, const M3Balance &b);
    void publishItemBod(const QString &itno, const MiRecord &item);

    M3Config m_config;
    SimHttpServer *m_server;
    OutboundPoster *m_poster;
    QTimer *m_clock = nullptr;
    FaultInjector m_faults;
    quint16 m_port = 0;
    M3State m_state;
    QHash<QString, Handler> m_handlers; // "PGM/TRN" →
    QHash<QString, Token> m_tokens;     // access and refresh tokens
    QHash<QString, QList<qint64>> m_spike;
    QList<QUrl> m_bodSubscribers;
    qint64 m_tokenCounter = 0;
};

} // namespace m3cart::sandbox
