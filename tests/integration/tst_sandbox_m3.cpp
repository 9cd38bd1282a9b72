// Contract tests of the M3 simulator: ION API OAuth, MI REST v1/v2/bulk shapes from reference/m3-api.md and
// the KB 2159861 samples, catalogue validation, and the order-to-cash programs end to end.

#include "sandbox/m3_simulator.h"
#include "sandbox/outbound_poster.h"
#include "sandbox/sim_http_server.h"
#include "sandbox_client.h"

#include <QTest>
#include <QUrlQuery>

using namespace m3cart::sandbox;

class TstSandboxM3 : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<M3Simulator> m_sim;
    SandboxClient m_http;
    QByteArray m_bearer;

    SandboxReply token(const QList<QPair<QString, QString>> &fields, const QByteArray &basic = {})
    {
        QUrlQuery form;
        for (const auto &f : fields)
            form.addQueryItem(f.first, QString::fromUtf8(QUrl::toPercentEncoding(f.second)));
        SandboxClient c;
        QList<QPair<QByteArray, QByteArray>> extra;
        if (!basic.isEmpty())
            extra.append({"Authorization", "Basic " + basic.toBase64()});
        return c.send("POST", m_sim->tokenUrl(), form.toString(QUrl::FullyEncoded).toUtf8(),
                      "application/x-www-form-urlencoded", extra);
    }
    SandboxReply passwordToken()
    {
        const M3Config &c = m_sim->config();
        return token({{QStringLiteral("grant_type"), QStringLiteral("password")},
                      {QStringLiteral("username"), c.serviceAccessKey},
                      {QStringLiteral("password"), c.serviceSecretKey},
                      {QStringLiteral("client_id"), c.clientId},
                      {QStringLiteral("client_secret"), c.clientSecret}});
    }
    QUrl mi(const QString &pathAndQuery, bool v2 = true) const
    {
        return QUrl(
            m_sim->baseUrl().toString() +
            (v2 ? QStringLiteral("/M3/m3api-rest/v2/execute/") : QStringLiteral("/M3/m3api-rest/execute/")) +
            pathAndQuery);
    }
    // v2 single call, first record (fails the test on an error).
    QJsonObject rec(const QString &pathAndQuery)
    {
        const SandboxReply r = m_http.get(mi(pathAndQuery));
        if (r.status != 200)
            qWarning() << pathAndQuery << r.body;
        return r.object()
            .value(QStringLiteral("results"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("records"))
            .toArray()
            .first()
            .toObject();
    }
    QJsonArray recs(const QString &pathAndQuery)
    {
        return m_http.get(mi(pathAndQuery))
            .object()
            .value(QStringLiteral("results"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("records"))
            .toArray();
    }
    QJsonObject admin(const QString &path, const QJsonObject &body)
    {
        return m_http.post(QUrl(m_sim->adminUrl().toString() + path), QJsonDocument(body)).object();
    }

private slots:
    void initTestCase()
    {
        M3Config c;
        c.products = 80; // more than 100 items, so maxrecs defaults show
        m_sim = std::make_unique<M3Simulator>(c);
        QVERIFY(m_sim->listen() > 0);
        const SandboxReply t = passwordToken();
        QCOMPARE(t.status, 200);
        m_bearer = "Bearer " + t.object().value(QStringLiteral("access_token")).toString().toUtf8();
        m_http.headers = {{"Authorization", m_bearer}, {"Accept", "application/json"}};
    }

    void init() { m_sim->faults().clear(); }

    void passwordGrant()
    {
        const SandboxReply t = passwordToken();
        QCOMPARE(t.status, 200);
        const QJsonObject o = t.object();
        QCOMPARE(o.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(o.value(QStringLiteral("expires_in")).toInt(), 7200);
        QVERIFY(!o.value(QStringLiteral("access_token")).toString().isEmpty());
        QVERIFY(!o.value(QStringLiteral("refresh_token")).toString().isEmpty());
        QCOMPARE(t.header("Cache-Control"), QByteArray("no-store"));
        // Refresh: client authenticated with HTTP Basic, the old refresh token is rotated away.
        const QByteArray basic =
            (m_sim->config().clientId + QLatin1Char(':') + m_sim->config().clientSecret).toUtf8();
        const QString rt = o.value(QStringLiteral("refresh_token")).toString();
        const SandboxReply refreshed = token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                              {QStringLiteral("refresh_token"), rt}},
                                             basic);
        QCOMPARE(refreshed.status, 200);
        QVERIFY(refreshed.object().value(QStringLiteral("access_token")).toString() !=
                o.value(QStringLiteral("access_token")).toString());
        const SandboxReply again = token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                          {QStringLiteral("refresh_token"), rt}},
                                         basic);
        QCOMPARE(again.status, 400);
        QCOMPARE(again.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    }

    void clientCredentialsAndErrors()
    {
        const M3Config &c = m_sim->config();
        const SandboxReply cc = token({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                       {QStringLiteral("client_id"), c.clientId},
                                       {QStringLiteral("client_secret"), c.clientSecret}});
        QCOMPARE(cc.status, 200);
        QVERIFY(!cc.object().contains(QStringLiteral("refresh_token")));
        const SandboxReply badClient =
            token({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                   {QStringLiteral("client_id"), c.clientId},
                   {QStringLiteral("client_secret"), QStringLiteral("wrong")}});
        QCOMPARE(badClient.status, 401);
        QCOMPARE(badClient.object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_client"));
        const SandboxReply badUser = token({{QStringLiteral("grant_type"), QStringLiteral("password")},
                                            {QStringLiteral("username"), c.serviceAccessKey},
                                            {QStringLiteral("password"), QStringLiteral("nope")},
                                            {QStringLiteral("client_id"), c.clientId},
                                            {QStringLiteral("client_secret"), c.clientSecret}});
        QCOMPARE(badUser.status, 400);
        QCOMPARE(badUser.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
        const SandboxReply badGrant = token({{QStringLiteral("grant_type"), QStringLiteral("implicit")},
                                             {QStringLiteral("client_id"), c.clientId},
                                             {QStringLiteral("client_secret"), c.clientSecret}});
        QCOMPARE(badGrant.object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("unsupported_grant_type"));
    }

    void bearerRequiredExpiryAndRevoke()
    {
        SandboxClient anon;
        const SandboxReply none = anon.get(mi(QStringLiteral("GENERAL/GetServerTime")));
        QCOMPARE(none.status, 401);
        QVERIFY(none.header("WWW-Authenticate").startsWith("Bearer"));
        QCOMPARE(anon.send("GET", mi(QStringLiteral("GENERAL/GetServerTime")), {}, {},
                           {{"Authorization", "Bearer made-up"}})
                     .status,
                 401);

        const QString t = passwordToken().object().value(QStringLiteral("access_token")).toString();
        SandboxClient c;
        c.headers = {{"Authorization", "Bearer " + t.toUtf8()}};
        QCOMPARE(c.get(mi(QStringLiteral("GENERAL/GetServerTime"))).status, 200);
        // Revoke (form POST, client via Basic) → 401 afterwards.
        const QByteArray basic =
            (m_sim->config().clientId + QLatin1Char(':') + m_sim->config().clientSecret).toUtf8().toBase64();
        const SandboxReply revoked =
            anon.send("POST", QUrl(m_sim->baseUrl().toString() + QStringLiteral("/as/revoke_token.oauth2")),
                      "token=" + QUrl::toPercentEncoding(t) + "&token_type_hint=access_token",
                      "application/x-www-form-urlencoded", {{"Authorization", "Basic " + basic}});
        QCOMPARE(revoked.status, 200);
        QCOMPARE(c.get(mi(QStringLiteral("GENERAL/GetServerTime"))).status, 401);

        // Expiry: a token minted with a 1 s lifetime, then expired through the admin API.
        m_sim->setTokenLifetime(1);
        const SandboxReply shortLived = passwordToken();
        QCOMPARE(shortLived.object().value(QStringLiteral("expires_in")).toInt(), 1);
        m_sim->setTokenLifetime(7200);
        SandboxClient s;
        s.headers = {
            {"Authorization",
             "Bearer " + shortLived.object().value(QStringLiteral("access_token")).toString().toUtf8()}};
        QCOMPARE(s.get(mi(QStringLiteral("GENERAL/GetServerTime"))).status, 200);
        QCOMPARE(m_http
                     .post(QUrl(m_sim->adminUrl().toString() + QStringLiteral("tokens/expire")),
                           QJsonDocument(QJsonObject{}))
                     .status,
                 200);
        const SandboxReply expired = s.get(mi(QStringLiteral("GENERAL/GetServerTime")));
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_token"));
        // Our own client re-authenticates like a real one would after a 401.
        m_bearer =
            "Bearer " + passwordToken().object().value(QStringLiteral("access_token")).toString().toUtf8();
        m_http.headers[0].second = m_bearer;
        QCOMPARE(m_http.get(mi(QStringLiteral("GENERAL/GetServerTime"))).status, 200);
    }

    void directPathUsesBasicAuth()
    {
        SandboxClient c;
        const QUrl u(m_sim->rootUrl().toString() + QStringLiteral("/m3api-rest/execute/GENERAL/GetUserInfo"));
        QCOMPARE(c.get(u).status, 401);
        c.headers = {{"Authorization", "Basic " + QByteArray("SBXAPI:sandbox").toBase64()}};
        const SandboxReply r = c.get(u);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("Program")).toString(), QStringLiteral("GENERAL"));
    }

    void v1SuccessShapeWithMetadataAndPadding()
    {
        const SandboxReply r = m_http.get(
            mi(QStringLiteral("CRS610MI/GetBasicData;metadata=true;maxrecs=100;excludempty=false?CUNO=10001"),
               false));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object();
        QCOMPARE(o.value(QStringLiteral("Program")).toString(), QStringLiteral("CRS610MI"));
        QCOMPARE(o.value(QStringLiteral("Transaction")).toString(), QStringLiteral("GetBasicData"));
        const QJsonArray fields =
            o.value(QStringLiteral("Metadata")).toObject().value(QStringLiteral("Field")).toArray();
        QVERIFY(!fields.isEmpty());
        QJsonObject cunm;
        for (const QJsonValue &f : fields)
            if (f[QStringLiteral("@name")].toString() == QLatin1String("CUNM"))
                cunm = f.toObject();
        QCOMPARE(cunm, (QJsonObject{{QStringLiteral("@name"), QStringLiteral("CUNM")},
                                    {QStringLiteral("@type"), QStringLiteral("A")},
                                    {QStringLiteral("@length"), 36},
                                    {QStringLiteral("@description"), QStringLiteral("Customer name")}}));
        const QJsonArray records = o.value(QStringLiteral("MIRecord")).toArray();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first()[QStringLiteral("RowIndex")].toInt(), 0);
        const QJsonArray nv = records.first()[QStringLiteral("NameValue")].toArray();
        QString cuno, name;
        for (const QJsonValue &p : nv) {
            if (p[QStringLiteral("Name")].toString() == QLatin1String("CUNO"))
                cuno = p[QStringLiteral("Value")].toString();
            if (p[QStringLiteral("Name")].toString() == QLatin1String("CUNM"))
                name = p[QStringLiteral("Value")].toString();
        }
        QCOMPARE(cuno, QStringLiteral("10001     ")); // right-padded to A10
        QCOMPARE(name.size(), 36);
        QCOMPARE(name.trimmed(), QStringLiteral("Wholesale Partner 1"));
        QVERIFY(!m_http.get(mi(QStringLiteral("CRS610MI/GetBasicData?CUNO=10001"), false))
                     .object()
                     .contains(QStringLiteral("Metadata")));
    }

    void fieldOrderFollowsTheMiLayoutAndTextIsEscaped()
    {
        const SandboxReply v1 =
            m_http.get(mi(QStringLiteral("CRS610MI/GetBasicData;metadata=true?CUNO=10001"), false));
        QVERIFY(v1.body.startsWith("{\"Program\":\"CRS610MI\",\"Transaction\":\"GetBasicData\",\"Metadata\":{"
                                   "\"Field\":[{\"@name\":"));
        const SandboxReply v2 = m_http.get(mi(QStringLiteral("CRS610MI/GetBasicData?CUNO=10001")));
        QVERIFY(v2.body.startsWith(
            "{\"results\":[{\"transaction\":\"GetBasicData\",\"records\":[{\"CONO\":\"100\",\"DIVI\":"));
        QVERIFY(v2.body.indexOf("\"CUNM\"") < v2.body.indexOf("\"CUA1\""));
        const QString name = QStringLiteral("O\"Brien \\ Söhne\t€");
        const QString cuno = rec(QStringLiteral("CRS610MI/Add?CUTM=WEBTMPL&CUA1=x&CUNM=") +
                                 QString::fromUtf8(QUrl::toPercentEncoding(name)))
                                 .value(QStringLiteral("CUNO"))
                                 .toString();
        QCOMPARE(rec(QStringLiteral("CRS610MI/GetBasicData?CUNO=") + cuno)
                     .value(QStringLiteral("CUNM"))
                     .toString(),
                 name);
        const SandboxReply v1Name =
            m_http.get(mi(QStringLiteral("CRS610MI/GetBasicData;returncols=CUNM?CUNO=") + cuno, false));
        QCOMPARE(v1Name.object()
                     .value(QStringLiteral("MIRecord"))
                     .toArray()
                     .first()[QStringLiteral("NameValue")]
                     .toArray()
                     .first()[QStringLiteral("Value")]
                     .toString()
                     .trimmed(),
                 name);
    }

    void v1NokIsHttp200ServerReturnedNok()
    {
        const SandboxReply r = m_http.get(mi(QStringLiteral("CRS610MI/GetBasicData?CUNO=NOSUCH"), false));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object();
        QCOMPARE(o.keys(),
                 (QStringList{QStringLiteral("@cfg"), QStringLiteral("@code"), QStringLiteral("@field"),
                              QStringLiteral("@type"), QStringLiteral("Message")}));
        QCOMPARE(o.value(QStringLiteral("@type")).toString(), QStringLiteral("ServerReturnedNOK"));
        QCOMPARE(o.value(QStringLiteral("@code")).toString(), QStringLiteral("WCU0203"));
        QCOMPARE(o.value(QStringLiteral("@field")).toString(), QStringLiteral("CUNO"));
        QVERIFY(o.value(QStringLiteral("@cfg")).isNull());
        QVERIFY(o.value(QStringLiteral("Message")).toString().size() >= 132);
        QVERIFY(o.value(QStringLiteral("Message"))
                    .toString()
                    .startsWith(QStringLiteral("Customer number NOSUCH does not exist")));
        const QJsonObject missing = m_http.get(mi(QStringLiteral("CRS610MI/GetBasicData"), false)).object();
        QCOMPARE(missing.value(QStringLiteral("@code")).toString(), QStringLiteral("WCU0102"));
        QCOMPARE(missing.value(QStringLiteral("@field")).toString(), QStringLiteral("CUNO"));
    }

    void v2SuccessAndErrorShapes()
    {
        const SandboxReply ok = m_http.get(mi(QStringLiteral("CRS610MI/GetBasicData?CUNO=10001")));
        QCOMPARE(ok.status, 200);
        const QJsonObject o = ok.object();
        QCOMPARE(o.value(QStringLiteral("wasTerminated")), QJsonValue(false));
        QCOMPARE(o.value(QStringLiteral("nrOfSuccessfullTransactions")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("nrOfFailedTransactions")).toInt(), 0);
        const QJsonObject result = o.value(QStringLiteral("results")).toArray().first().toObject();
        QCOMPARE(result.value(QStringLiteral("transaction")).toString(), QStringLiteral("GetBasicData"));
        const QJsonObject record = result.value(QStringLiteral("records")).toArray().first().toObject();
        QCOMPARE(record.value(QStringLiteral("CUNO")).toString(),
                 QStringLiteral("10001")); // trimmed by default
        QVERIFY(record.value(QStringLiteral("CONO")).isString());
        QCOMPARE(record.value(QStringLiteral("CONO")).toString(), QStringLiteral("100"));
        QCOMPARE(rec(QStringLiteral("CRS610MI/GetBasicData?CUNO=10001&righttrim=false"))
                     .value(QStringLiteral("CUNO"))
                     .toString(),
                 QStringLiteral("10001     "));

        const SandboxReply bad = m_http.get(mi(QStringLiteral("CRS610MI/GetBasicData?CUNO=NOSUCH")));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.object(),
                 (QJsonObject{{QStringLiteral("results"),
                               QJsonArray{QJsonObject{
                                   {QStringLiteral("transaction"), QStringLiteral("GetBasicData")},
                                   {QStringLiteral("errorMessage"),
                                    QStringLiteral("Customer number NOSUCH does not exist")},
                                   {QStringLiteral("errorType"), QStringLiteral("ServerReturnedNOK")},
                                   {QStringLiteral("errorCode"), QStringLiteral("WCU0203")},
                                   {QStringLiteral("errorField"), QStringLiteral("CUNO")},
                                   {QStringLiteral("records"), QJsonArray()}}}},
                              {QStringLiteral("wasTerminated"), false},
                              {QStringLiteral("nrOfSuccessfullTransactions"), 0},
                              {QStringLiteral("nrOfFailedTransactions"), 1}}));
        const SandboxReply unknown = m_http.get(mi(QStringLiteral("XYZ999MI/Foo")));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.object().value(QStringLiteral("wasTerminated")).toBool(), true);
    }

    void bulkIsIndexAligned()
    {
        const QJsonObject body{
            {QStringLiteral("program"), QStringLiteral("MMS200MI")},
            {QStringLiteral("cono"), 100},
            {QStringLiteral("transactions"),
             QJsonArray{QJsonObject{{QStringLiteral("transaction"), QStringLiteral("GetItmBasic")},
                                    {QStringLiteral("record"),
                                     QJsonObject{{QStringLiteral("ITNO"), QStringLiteral("SKU-1001")}}},
                                    {QStringLiteral("selectedColumns"),
                                     QJsonArray{QStringLiteral("ITNO"), QStringLiteral("STAT")}}},
                        QJsonObject{{QStringLiteral("transaction"), QStringLiteral("GetItmBasic")},
                                    {QStringLiteral("record"),
                                     QJsonObject{{QStringLiteral("ITNO"), QStringLiteral("NOPE")}}}},
                        QJsonObject{{QStringLiteral("transaction"), QStringLiteral("GetItmWhsBal")},
                                    {QStringLiteral("record"),
                                     QJsonObject{{QStringLiteral("ITNO"), QStringLiteral("SKU-1001")},
                                                 {QStringLiteral("WHLO"), QStringLiteral("100")}}}}}}};
        const SandboxReply r =
            m_http.post(QUrl(m_sim->baseUrl().toString() + QStringLiteral("/M3/m3api-rest/v2/execute")),
                        QJsonDocument(body));
        QCOMPARE(r.status, 200);
        const QJsonArray results = r.object().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 3);
        QCOMPARE(r.object().value(QStringLiteral("nrOfSuccessfullTransactions")).toInt(), 2);
        QCOMPARE(r.object().value(QStringLiteral("nrOfFailedTransactions")).toInt(), 1);
        QCOMPARE(results.at(0)[QStringLiteral("records")].toArray().first().toObject(),
                 (QJsonObject{{QStringLiteral("ITNO"), QStringLiteral("SKU-1001")},
                              {QStringLiteral("STAT"), QStringLiteral("20")}}));
        QCOMPARE(results.at(1)[QStringLiteral("errorCode")].toString(), QStringLiteral("WIT0203"));
        QCOMPARE(results.at(2)[QStringLiteral("transaction")].toString(), QStringLiteral("GetItmWhsBal"));
        const SandboxReply broken = m_http.send(
            "POST", QUrl(m_sim->baseUrl().toString() + QStringLiteral("/M3/m3api-rest/v2/execute")),
            "{\"program\":");
        QCOMPARE(broken.status, 400);
        QCOMPARE(broken.object().value(QStringLiteral("wasTerminated")).toBool(), true);
        QVERIFY(broken.object().contains(QStringLiteral("terminationReason")));
    }

    void maxrecsReturncolsExcludeEmptyDateformat()
    {
        QCOMPARE(recs(QStringLiteral("MMS200MI/LstItmByItm;maxrecs=5?ITNO=SKU")).size(), 5);
        const int all = recs(QStringLiteral("MMS200MI/LstItmByItm;maxrecs=0?ITNO=SKU")).size();
        QVERIFY(all > 100);
        QCOMPARE(recs(QStringLiteral("MMS200MI/LstItmByItm?ITNO=SKU")).size(), 100); // default maxrecs
        QCOMPARE(recs(QStringLiteral("MMS200MI/LstItmByItm?ITNO=SKU&maxrecs=7")).size(), 7);
        const QJsonObject cols = rec(QStringLiteral("CRS610MI/GetBasicData;returncols=CUNO,CUNM?CUNO=10001"));
        QCOMPARE(cols.keys(), (QStringList{QStringLiteral("CUNM"), QStringLiteral("CUNO")}));
        const QJsonObject full = rec(QStringLiteral("CRS610MI/GetBasicData?CUNO=10001"));
        QVERIFY(full.contains(QStringLiteral("CUA2")));
        QVERIFY(!rec(QStringLiteral("CRS610MI/GetBasicData;excludempty=true?CUNO=10001"))
                     .contains(QStringLiteral("CUA2")));
        QVERIFY(!rec(QStringLiteral("CRS610MI/GetBasicData?CUNO=10001&excludeempty=true"))
                     .contains(QStringLiteral("CUA2")));
        const QString ymd = full.value(QStringLiteral("LMDT")).toString();
        QCOMPARE(ymd.size(), 8);
        QCOMPARE(rec(QStringLiteral("CRS610MI/GetBasicData?CUNO=10001&dateformat=DMY8"))
                     .value(QStringLiteral("LMDT"))
                     .toString(),
                 ymd.mid(6, 2) + ymd.mid(4, 2) + ymd.left(4));
    }

    void validationFromTheCatalogue()
    {
        auto nok = [this](const QString &q) {
            return m_http.get(mi(q)).object().value(QStringLiteral("results")).toArray().first().toObject();
        };
        QJsonObject e =
            nok(QStringLiteral("CRS610MI/Add?CUTM=WEBTMPL&CUA1=x&CUNM=") + QString(37, QLatin1Char('n')));
        QCOMPARE(e.value(QStringLiteral("errorCode")).toString(), QStringLiteral("WCU0202"));
        QCOMPARE(e.value(QStringLiteral("errorField")).toString(), QStringLiteral("CUNM"));
        e = nok(QStringLiteral("CRS610MI/Add?CUTM=WEBTMPL&CUNM=x"));
        QCOMPARE(e.value(QStringLiteral("errorCode")).toString(), QStringLiteral("WCU0102"));
        QCOMPARE(e.value(QStringLiteral("errorField")).toString(), QStringLiteral("CUA1"));
        e = nok(QStringLiteral("MMS200MI/GetItmWhsBal?WHLO=100&ITNO=SKU-1001&CONO=abc"));
        QCOMPARE(e.value(QStringLiteral("errorCode")).toString(), QStringLiteral("WCO0202"));
        e = nok(QStringLiteral("MMS200MI/GetItmBasic?ITNO=SKU-1001&BOGUS=1"));
        QCOMPARE(e.value(QStringLiteral("errorCode")).toString(), QStringLiteral("WFI0001"));
        QCOMPARE(e.value(QStringLiteral("errorField")).toString(), QStringLiteral("BOGUS"));
        e = nok(QStringLiteral("MMS200MI/GetItmBasic;cono=999?ITNO=SKU-1001"));
        QCOMPARE(e.value(QStringLiteral("errorCode")).toString(), QStringLiteral("XAU0008"));
        QCOMPARE(e.value(QStringLiteral("errorField")).toString(), QStringLiteral("CONO"));
        e = nok(QStringLiteral("OIS100MI/AddBatchHead?CUNO=10001&RLDT=20261399"));
        QCOMPARE(e.value(QStringLiteral("errorCode")).toString(), QStringLiteral("WRL0202"));
        QCOMPARE(rec(QStringLiteral("MMS200MI/GetItmBasic;cono=100?ITNO=SKU-1001&_rid=123"))
                     .value(QStringLiteral("ITNO"))
                     .toString(),
                 QStringLiteral("SKU-1001"));
    }

    void orderToCash()
    {
        // Customer with e-mail, then a batch order with address, two lines and a text.
        const QString cuno = rec(QStringLiteral("CRS610MI/"
                                                "Add?CUTM=WEBTMPL&CUNM=Ada%20Lovelace&CUA1=12%20Analytical%"
                                                "20Way&TOWN=Austin&PONO=73301&CSCD=US&MAIL=ada@example.com"))
                                 .value(QStringLiteral("CUNO"))
                                 .toString();
        QVERIFY(cuno.startsWith(QStringLiteral("WEB")));
        QCOMPARE(rec(QStringLiteral("CRS610MI/GetBasicData?CUNO=") + cuno)
                     .value(QStringLiteral("STAT"))
                     .toString(),
                 QStringLiteral("20"));
        QCOMPARE(m_http.get(mi(QStringLiteral("CRS111MI/Add?EMTP=01&EMKY=%1&EMAL=ada@example.com").arg(cuno)))
                     .status,
                 200);
        QCOMPARE(
            rec(QStringLiteral("CRS111MI/Get?EMTP=01&EMKY=") + cuno).value(QStringLiteral("EMAL")).toString(),
            QStringLiteral("ada@example.com"));
        QCOMPARE(recs(QStringLiteral("CRS610MI/SearchCustomer?SQRY=CUNM:lovelace~"))
                     .first()
                     .toObject()
                     .value(QStringLiteral("CUNO"))
                     .toString(),
                 cuno);

        const QString temp =
            rec(QStringLiteral("OIS100MI/AddBatchHead?CUNO=%1&CUOR=100321&YREF=WEB-100321&ORTP=WEB")
                    .arg(cuno))
                .value(QStringLiteral("ORNO"))
                .toString();
        QVERIFY(!temp.isEmpty());
        QCOMPARE(m_http
                     .get(mi(QStringLiteral("OIS100MI/"
                                            "AddBatchAddress?ORNO=%1&ADRT=1&CUNM=Ada&CUA1=12%20Analytical%"
                                            "20Way&TOWN=Austin&PONO=73301&CSCD=US")
                                 .arg(temp)))
                     .status,
                 200);
        const QJsonObject l1 =
            rec(QStringLiteral("OIS100MI/AddBatchLine?ORNO=%1&ITNO=SKU-1001&ORQT=2&SAPR=19.99").arg(temp));
        QCOMPARE(l1.value(QStringLiteral("PONR")).toString(), QStringLiteral("1"));
        QCOMPARE(l1.value(QStringLiteral("POSX")).toString(), QStringLiteral("0"));
        QCOMPARE(rec(QStringLiteral("OIS100MI/AddBatchLine?ORNO=%1&ITNO=SKU-1003&ORQT=1").arg(temp))
                     .value(QStringLiteral("PONR"))
                     .toString(),
                 QStringLiteral("2"));
        QCOMPARE(
            m_http
                .get(mi(QStringLiteral("OIS100MI/AddBatchText?ORNO=%1&TYPE=1&TYTR=1&PARM=Leave%20at%20door")
                            .arg(temp)))
                .status,
            200);
        const QJsonObject unknownItem =
            m_http.get(mi(QStringLiteral("OIS100MI/AddBatchLine?ORNO=%1&ITNO=NOPE&ORQT=1").arg(temp)))
                .object()
                .value(QStringLiteral("results"))
                .toArray()
                .first()
                .toObject();
        QCOMPARE(unknownItem.value(QStringLiteral("errorCode")).toString(), QStringLiteral("WIT0203"));
        QCOMPARE(unknownItem.value(QStringLiteral("errorField")).toString(), QStringLiteral("ITNO"));

        const QJsonObject confirmed = rec(QStringLiteral("OIS100MI/Confirm?ORNO=") + temp);
        QCOMPARE(confirmed.value(QStringLiteral("STAT")).toString(), QStringLiteral("90"));
        const QString orno = confirmed.value(QStringLiteral("ORNO")).toString();
        QVERIFY(orno != temp);
        const QJsonObject tmpStat = rec(QStringLiteral("OIS275MI/GetTmpOrderStat?ORNO=") + temp);
        QCOMPARE(tmpStat, (QJsonObject{{QStringLiteral("ORNO"), temp},
                                       {QStringLiteral("ORNR"), orno},
                                       {QStringLiteral("STAT"), QStringLiteral("90")}}));
        QCOMPARE(
            rec(QStringLiteral("OIS100MI/GetOrderNo?ORNO=") + temp).value(QStringLiteral("ORNR")).toString(),
            orno);
        QVERIFY(recs(QStringLiteral("OIS100MI/LstErrMsgOrder?ORNO=") + temp).isEmpty());
        QCOMPARE(m_http.get(mi(QStringLiteral("OIS100MI/Confirm?ORNO=") + temp)).status, 400); // not twice

        const QJsonObject head = rec(QStringLiteral("OIS100MI/GetHead?ORNO=") + orno);
        QCOMPARE(head.value(QStringLiteral("CUOR")).toString(), QStringLiteral("100321"));
        QCOMPARE(head.value(QStringLiteral("CUNO")).toString(), cuno);
        QVERIFY(head.value(QStringLiteral("ORSL")).toString() >= QLatin1String("22"));
        const QJsonArray lines = recs(QStringLiteral("OIS100MI/LstLine?ORNO=") + orno);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0)[QStringLiteral("SAPR")].toString(), QStringLiteral("19.99"));
        QCOMPARE(recs(QStringLiteral("OIS100MI/SearchHead?SQRY=CUOR:100321"))
                     .first()
                     .toObject()
                     .value(QStringLiteral("ORNO"))
                     .toString(),
                 orno);
        QCOMPARE(recs(QStringLiteral("OIS175MI/LstHeadByRef?CUNO=%1&YREF=WEB-100321").arg(cuno))
                     .first()
                     .toObject()
                     .value(QStringLiteral("ORNO"))
                     .toString(),
                 orno);
        QCOMPARE(rec(QStringLiteral("OIS100MI/GetAddress?ORNO=%1&ADRT=1").arg(orno))
                     .value(QStringLiteral("TOWN"))
                     .toString(),
                 QStringLiteral("Austin"));

        // Warehouse moves it on: allocate → pick → ship with tracking → invoice → payment.
        QCOMPARE(admin(QStringLiteral("orders/%1/advance").arg(orno),
                       {{QStringLiteral("status"), QStringLiteral("44")}})
                     .value(QStringLiteral("ORST"))
                     .toString(),
                 QStringLiteral("44"));
        const QJsonObject shipped =
            admin(QStringLiteral("orders/%1/ship").arg(orno),
                  {{QStringLiteral("trackingNumber"), QStringLiteral("1ZTRACK0001")}});
        QCOMPARE(shipped.value(QStringLiteral("ORSL")).toString(), QStringLiteral("66"));
        const QJsonArray delLines = recs(QStringLiteral("MWS411MI/LstDelLnByOrd?RORC=3&RIDN=") + orno);
        QCOMPARE(delLines.size(), 2);
        const QString dlix = delLines.first()[QStringLiteral("DLIX")].toString();
        const QJsonObject delivery = rec(QStringLiteral("MWS410MI/GetHead?DLIX=") + dlix);
        QCOMPARE(delivery.value(QStringLiteral("ETRN")).toString(), QStringLiteral("1ZTRACK0001"));
        QCOMPARE(delivery.value(QStringLiteral("RIDN")).toString(), orno);
        QCOMPARE(rec(QStringLiteral("DRS100MI/GetShipment?CONN=") +
                     delivery.value(QStringLiteral("CONN")).toString())
                     .value(QStringLiteral("CONN")),
                 delivery.value(QStringLiteral("CONN")));
        QCOMPARE(
            admin(QStringLiteral("orders/%1/invoice").arg(orno), {}).value(QStringLiteral("ORST")).toString(),
            QStringLiteral("77"));
        const QJsonObject inv = rec(QStringLiteral("OIS350MI/LstInvHeadByCo?ORNO=") + orno);
        QCOMPARE(inv.value(QStringLiteral("AMT1")).toString(),
                 m3Number(2 * 19.99 + m_sim->state()
                                          .items.value(QStringLiteral("SKU-1003"))
                                          .value(QStringLiteral("SAPR"))
                                          .toDouble()));
        const QString ivno = inv.value(QStringLiteral("IVNO")).toString();
        const QString year = inv.value(QStringLiteral("YEA4")).toString();
        QJsonObject ar = recs(QStringLiteral("ARS200MI/LstInvoices?CUNO=") + cuno).first().toObject();
        QCOMPARE(ar.value(QStringLiteral("CINO")).toString(), ivno);
        QCOMPARE(ar.value(QStringLiteral("RECO")).toString(), QStringLiteral("0"));
        QCOMPARE(rec(QStringLiteral("ARS040MI/AddBatchHead?PBID=4711&BOPE=1"))
                     .value(QStringLiteral("PBID"))
                     .toString(),
                 QStringLiteral("4711"));
        QCOMPARE(m_http
                     .get(mi(QStringLiteral(
                                 "ARS040MI/AddBatchLine?PBID=4711&TRNO=1&CINO=%1&INYR=%2&CUNO=%3&PYAM=%4")
                                 .arg(ivno, year, cuno, inv.value(QStringLiteral("AMT1")).toString())))
                     .status,
                 200);
        QCOMPARE(m_http.get(mi(QStringLiteral("ARS040MI/ControlBatch?PBID=4711"))).status, 200);
        ar = recs(QStringLiteral("ARS200MI/LstInvoices?CUNO=") + cuno).first().toObject();
        QCOMPARE(ar.value(QStringLiteral("RECO")).toString(), QStringLiteral("9"));

        const QJsonObject received =
            m_http.get(QUrl(m_sim->adminUrl().toString() + QStringLiteral("received"))).object();
        QVERIFY(received.value(QStringLiteral("customers")).toObject().contains(cuno));
        bool seen = false;
        for (const QJsonValue &b : received.value(QStringLiteral("batchOrders")).toArray())
            seen = seen ||
                   (b[QStringLiteral("ORNO")].toString() == temp &&
                    b[QStringLiteral("lines")].toArray().size() == 2 &&
                    b[QStringLiteral("head")][QStringLiteral("CUOR")].toString() == QLatin1String("100321"));
        QVERIFY(seen);
    }

    void rejectedBatchOrderKeepsMessages()
    {
        // An inactive item (STAT 90) passes AddBatchLine and fails at Confirm with status 25.
        QString inactive;
        for (auto it = m_sim->state().items.begin(); it != m_sim->state().items.end(); ++it)
            if (it.value().value(QStringLiteral("STAT")) != QLatin1String("20"))
                inactive = it.key();
        QVERIFY(!inactive.isEmpty());
        const QString temp =
            rec(QStringLiteral("OIS100MI/AddBatchHead?CUNO=10002")).value(QStringLiteral("ORNO")).toString();
        QCOMPARE(
            m_http.get(mi(QStringLiteral("OIS100MI/AddBatchLine?ORNO=%1&ITNO=%2&ORQT=1").arg(temp, inactive)))
                .status,
            200);
        const QJsonObject c = rec(QStringLiteral("OIS100MI/Confirm?ORNO=") + temp);
        QCOMPARE(c.value(QStringLiteral("STAT")).toString(), QStringLiteral("25"));
        QCOMPARE(c.value(QStringLiteral("ORNO")).toString(), temp);
        const QJsonObject msg =
            recs(QStringLiteral("OIS100MI/LstErrMsgOrder?ORNO=") + temp).first().toObject();
        QCOMPARE(msg.value(QStringLiteral("MSID")).toString(), QStringLiteral("WIT0303"));
        QVERIFY(msg.value(QStringLiteral("TX60")).toString().contains(inactive));
        QCOMPARE(rec(QStringLiteral("OIS275MI/GetTmpOrderStat?ORNO=") + temp)
                     .value(QStringLiteral("ORNR"))
                     .toString(),
                 QString());
        // A preliminary customer (STAT 10) is an error in the head: status 15.
        const QString temp2 =
            rec(QStringLiteral("OIS100MI/AddBatchHead?CUNO=10006")).value(QStringLiteral("ORNO")).toString();
        QCOMPARE(
            m_http.get(mi(QStringLiteral("OIS100MI/AddBatchLine?ORNO=%1&ITNO=SKU-1001&ORQT=1").arg(temp2)))
                .status,
            200);
        QCOMPARE(
            rec(QStringLiteral("OIS100MI/Confirm?ORNO=") + temp2).value(QStringLiteral("STAT")).toString(),
            QStringLiteral("15"));
    }

    void stockBalancesAndDeltas()
    {
        const QJsonObject b = rec(QStringLiteral("MMS200MI/GetItmWhsBal?WHLO=100&ITNO=SKU-1005"));
        const double stqt = b.value(QStringLiteral("STQT")).toString().toDouble();
        QCOMPARE(b.value(QStringLiteral("AV01")).toString().toDouble(),
                 stqt - b.value(QStringLiteral("ALQT")).toString().toDouble());
        QCOMPARE(b.value(QStringLiteral("AV02")).toString().toDouble(),
                 stqt - b.value(QStringLiteral("REQT")).toString().toDouble());
        QCOMPARE(recs(QStringLiteral("OIS100MI/LstWarehBalance?ITNO=SKU-1005")).size(), 3);
        const QString lmts =
            rec(QStringLiteral("GENERAL/GetServerTime")).value(QStringLiteral("LMTS")).toString();
        QVERIFY(lmts.toLongLong() > 0);
        QTest::qWait(5);
        QCOMPARE(m_http
                     .put(QUrl(m_sim->adminUrl().toString() + QStringLiteral("stock")),
                          QJsonDocument(QJsonObject{{QStringLiteral("WHLO"), QStringLiteral("200")},
                                                    {QStringLiteral("ITNO"), QStringLiteral("SKU-1005")},
                                                    {QStringLiteral("STQT"), 321}}))
                     .status,
                 200);
        const QJsonArray delta = recs(QStringLiteral("OIS100MI/LstNewBalances;maxrecs=0?LMTS=") + lmts);
        QCOMPARE(delta.size(), 1);
        QCOMPARE(delta.first()[QStringLiteral("WHLO")].toString(), QStringLiteral("200"));
        QCOMPARE(delta.first()[QStringLiteral("ITNO")].toString(), QStringLiteral("SKU-1005"));
        QCOMPARE(rec(QStringLiteral("MMS200MI/GetItmWhsBal?WHLO=200&ITNO=SKU-1005"))
                     .value(QStringLiteral("STQT"))
                     .toString(),
                 QStringLiteral("321"));
        QCOMPARE(
            rec(QStringLiteral("MMS200MI/GetItmPrice?ITNO=SKU-1005")).value(QStringLiteral("SAPR")),
            QJsonValue(m_sim->state().items.value(QStringLiteral("SKU-1005")).value(QStringLiteral("SAPR"))));
        // Seeded mismatches: SKU-1008 is not an M3 item.
        QCOMPARE(m_http.get(mi(QStringLiteral("MMS200MI/GetItmBasic?ITNO=SKU-1008"))).status, 400);
        QVERIFY(!recs(QStringLiteral("MMS200MI/LstItmByChgDate;maxrecs=0?FLMD=") + m_sim->today()).isEmpty());
    }

    void generalAndRepository()
    {
        const QJsonObject u = rec(QStringLiteral("GENERAL/GetUserInfo"));
        QCOMPARE(u.value(QStringLiteral("ZDCONO")).toString(), QStringLiteral("100"));
        QCOMPARE(u.value(QStringLiteral("ZDDIVI")).toString(), QStringLiteral("AAA"));
        const QJsonObject t = rec(QStringLiteral("GENERAL/GetServerTime"));
        QCOMPARE(t.value(QStringLiteral("DATE")).toString().size(), 8);
        QCOMPARE(t.value(QStringLiteral("TIME")).toString().size(), 6);
        const QJsonArray trns = recs(QStringLiteral("MRS001MI/LstTransactions;maxrecs=0?MINM=OIS100MI"));
        QVERIFY(trns.size() >= 20);
        bool confirm = false;
        for (const QJsonValue &v : trns)
            confirm = confirm || (v[QStringLiteral("TRNM")].toString() == QLatin1String("Confirm") &&
                                  v[QStringLiteral("SIMU")].toString() == QLatin1String("S"));
        QVERIFY(confirm);
        const QJsonArray fields =
            recs(QStringLiteral("MRS001MI/LstFields;maxrecs=0?MINM=OIS100MI&TRNM=AddBatchHead&TRTP=I"));
        QCOMPARE(fields.first()[QStringLiteral("FLNM")].toString(), QStringLiteral("CUNO"));
        QCOMPARE(fields.first()[QStringLiteral("MAND")].toString(), QStringLiteral("1"));
        QCOMPARE(fields.first()[QStringLiteral("LENG")].toString(), QStringLiteral("10"));
    }

    void partialNokAndBusinessFaults()
    {
        m_sim->faults().setRules(
            FaultInjector::parse(QStringLiteral("m3@*LstItmByItm*:partial,count=1"), nullptr));
        const SandboxReply r =
            m_http.get(mi(QStringLiteral("MMS200MI/LstItmByItm;maxrecs=10?ITNO=SKU"), false));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("MIRecord")).toArray().size(), 5);
        const QJsonObject e = r.object().value(QStringLiteral("ErrorMessage")).toObject();
        QCOMPARE(e.value(QStringLiteral("@type")).toString(), QStringLiteral("ServerReturnedNOK"));
        QCOMPARE(e.value(QStringLiteral("@field")).toString(), QStringLiteral("RCNT      "));
        m_sim->faults().setRules(FaultInjector::parse(QStringLiteral("m3@*GetServerTime*:nok"), nullptr));
        QCOMPARE(m_http.get(mi(QStringLiteral("GENERAL/GetServerTime"), false))
                     .object()
                     .value(QStringLiteral("@code"))
                     .toString(),
                 QStringLiteral("CPF9898"));
    }

    void bodPublishedOnOrderItemAndBalanceChanges()
    {
        SimHttpServer receiver;
        QList<QByteArray> bods;
        receiver.setHandler([&](const HttpRequest &req) {
            bods.append(req.body);
            return HttpResponse::raw(202, {}, {});
        });
        const quint16 port = receiver.listen(QHostAddress::LocalHost, 0);
        admin(QStringLiteral("bod/subscribers"),
              {{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1/bod").arg(port)}});
        const QString temp =
            rec(QStringLiteral("OIS100MI/AddBatchHead?CUNO=10003")).value(QStringLiteral("ORNO")).toString();
        rec(QStringLiteral("OIS100MI/AddBatchLine?ORNO=%1&ITNO=SKU-1001&ORQT=1").arg(temp));
        const QString orno =
            rec(QStringLiteral("OIS100MI/Confirm?ORNO=") + temp).value(QStringLiteral("ORNO")).toString();
        QTRY_VERIFY_WITH_TIMEOUT(bods.size() >= 2, 10000);
        QByteArray order;
        for (const QByteArray &b : bods)
            if (b.contains("<SyncSalesOrder"))
                order = b;
        QVERIFY(order.contains("<LogicalID>lid://infor.m3.m3</LogicalID>"));
        QVERIFY(order.contains("<AccountingEntityID>100_AAA</AccountingEntityID>"));
        QVERIFY(order.contains(orno.toUtf8()));
        QVERIFY(order.contains("xmlns=\"http://schema.infor.com/InforOAGIS/2\""));

        // An item change publishes SyncItemMaster and shows in MMS200MI.
        bods.clear();
        admin(QStringLiteral("items/SKU-1001"), {{QStringLiteral("ITDS"), QStringLiteral("Renamed & better")},
                                                  {QStringLiteral("SAPR"), 12.5}});
        QTRY_VERIFY_WITH_TIMEOUT(!bods.isEmpty(), 10000);
        QVERIFY(bods.first().contains("<SyncItemMaster"));
        QVERIFY(bods.first().contains(">SKU-1001</ID>"));
        QVERIFY(bods.first().contains("Renamed &amp; better"));
        QCOMPARE(rec(QStringLiteral("MMS200MI/GetItmBasic?ITNO=SKU-1001")).value(QStringLiteral("ITDS")).toString(),
                 QStringLiteral("Renamed & better"));
    }

    void ionapiFileMatches()
    {
        const QJsonObject i = m_sim->ionapi();
        for (const char *k :
             {"ti", "cn", "dt", "ci", "cs", "iu", "pu", "oa", "ot", "or", "ev", "v", "saak", "sask"})
            QVERIFY2(i.contains(QLatin1String(k)), k);
        QCOMPARE(QUrl(i.value(QStringLiteral("pu")).toString() + i.value(QStringLiteral("ot")).toString()),
                 m_sim->tokenUrl());
        QCOMPARE(i.value(QStringLiteral("iu")).toString() + QLatin1Char('/') +
                     i.value(QStringLiteral("ti")).toString(),
                 m_sim->baseUrl().toString());
    }
};

QTEST_GUILESS_MAIN(TstSandboxM3)
#include "tst_sandbox_m3.moc"
