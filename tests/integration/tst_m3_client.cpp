// The M3 client against the M3 simulator over real HTTP: .ionapi, OAuth token reuse, expiry and the single
// renewal after a 401, v1/v2/bulk parsing, NOK and partial NOK, gateway faults, direct Basic auth, metadata.

#include "config/connections.h"
#include "m3/m3_client.h"
#include "sandbox_thread.h"

#include <QTest>

using namespace m3cart;
using namespace m3cart::m3;

class TstM3Client : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxThread> m_sb;

    M3Config config() const
    {
        auto connections = config::fromSandboxReady(m_sb->ready());
        if (!connections)
            qFatal("sandbox: %s", qPrintable(connections.error().message));
        M3Config c = connections->m3;
        c.timeoutMs = 5000;
        return c;
    }
    void faults(const QString &spec)
    {
        m_sb->run([spec](sandbox::Sandbox &s) {
            QString err;
            s.m3()->faults().setRules(sandbox::FaultInjector::parse(spec, &err));
            if (!err.isEmpty())
                qFatal("bad fault spec: %s", qPrintable(err));
        });
    }

private slots:
    void init()
    {
        m_sb = std::make_unique<test::SandboxThread>();
        QVERIFY2(m_sb->ok(), qPrintable(m_sb->error()));
    }
    void cleanup() { m_sb.reset(); }

    void ionapiFileOfTheSandbox()
    {
        const M3Config c = config();
        QVERIFY(c.ionapi.hasServiceAccount());
        QCOMPARE(c.ionapi.ti, m_sb->ready().value(QStringLiteral("m3")).toObject().value(QStringLiteral("tenant")).toString());
        QVERIFY(!c.ionapi.publicPart().contains(QStringLiteral("cs")));
        QVERIFY(!c.ionapi.publicPart().contains(QStringLiteral("sask")));
        QVERIFY(c.restBase().toString().endsWith(QLatin1String("/M3/m3api-rest/")));
        QVERIFY(!IonApiFile::parse(R"({"ti":"X"})"));
        QVERIFY(IonApiFile::parse(R"({"ti":"X"})").error().message.contains(QLatin1String("lacks ci, cs, iu, pu")));
    }

    void tokenIsFetchedOnceAndReused()
    {
        const M3Client client(config());
        for (int i = 0; i < 3; ++i) {
            auto r = client.execute(QStringLiteral("CRS610MI"), QStringLiteral("LstByNumber"));
            M3_VERIFY_OK(r);
            QVERIFY(!r->records.isEmpty());
        }
        QCOMPARE(client.tokenFetches(), 1);
    }

    void expiredTokenIsRenewedOnceAfter401()
    {
        const M3Client client(config());
        M3_VERIFY_OK(client.execute(QStringLiteral("GENERAL"), QStringLiteral("GetUserInfo")));
        m_sb->run([](sandbox::Sandbox &s) { s.m3()->expireAllTokens(); });
        auto r = client.execute(QStringLiteral("GENERAL"), QStringLiteral("GetUserInfo"));
        M3_VERIFY_OK(r);
        QCOMPARE(client.tokenFetches(), 2);
    }

    void shortLivedTokensAreRenewedBeforeExpiry()
    {
        m_sb->run([](sandbox::Sandbox &s) { s.m3()->setTokenLifetime(1); });
        const M3Client client(config());
        M3_VERIFY_OK(client.execute(QStringLiteral("GENERAL"), QStringLiteral("GetServerTime")));
        QTest::qWait(1100); // the token's whole life: the next call must not use it
        M3_VERIFY_OK(client.execute(QStringLiteral("GENERAL"), QStringLiteral("GetServerTime")));
        QCOMPARE(client.tokenFetches(), 2);
    }

    void wrongServiceAccountIsAnAuthError()
    {
        M3Config c = config();
        c.ionapi.sask = QStringLiteral("wrong");
        auto r = M3Client(c).execute(QStringLiteral("GENERAL"), QStringLiteral("GetUserInfo"));
        QVERIFY(!r);
        QCOMPARE(r.error().errorClass, ErrorClass::Auth);
    }

    void v1AndV2ReturnTheSameTrimmedRecords()
    {
        M3Config c = config();
        const M3Client client(c);
        ExecOptions v1;
        v1.apiVersion = 1;
        v1.maxrecs = 0;
        ExecOptions v2 = v1;
        v2.apiVersion = 2;
        auto a = client.execute(QStringLiteral("CRS610MI"), QStringLiteral("LstByNumber"), {}, v1);
        auto b = client.execute(QStringLiteral("CRS610MI"), QStringLiteral("LstByNumber"), {}, v2);
        M3_VERIFY_OK(a);
        M3_VERIFY_OK(b);
        QCOMPARE(a->records.size(), b->records.size());
        for (int i = 0; i < a->records.size(); ++i) {
            QCOMPARE(a->records[i].value(QStringLiteral("CUNO")), b->records[i].value(QStringLiteral("CUNO")));
            QCOMPARE(a->records[i].value(QStringLiteral("CUNM")), b->records[i].value(QStringLiteral("CUNM")));
            QVERIFY(!a->records[i].value(QStringLiteral("CUNO")).endsWith(QLatin1Char(' ')));
        }
        ExecOptions few = v2;
        few.maxrecs = 2;
        QCOMPARE(client.execute(QStringLiteral("CRS610MI"), QStringLiteral("LstByNumber"), {}, few)->records.size(), 2);
        ExecOptions cols = v2;
        cols.returncols = {QStringLiteral("CUNO"), QStringLiteral("CUNM")};
        auto narrow = client.execute(QStringLiteral("CRS610MI"), QStringLiteral("GetBasicData"), {{QStringLiteral("CUNO"), QStringLiteral("10001")}}, cols);
        M3_VERIFY_OK(narrow);
        QCOMPARE(narrow->records.first().fields.size(), 2);
    }

    void nokCarriesCodeAndField_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("v1") << 1;
        QTest::newRow("v2") << 2;
    }
    void nokCarriesCodeAndField()
    {
        QFETCH(int, version);
        ExecOptions o;
        o.apiVersion = version;
        auto r = M3Client(config()).execute(QStringLiteral("CRS610MI"), QStringLiteral("GetBasicData"),
                                            {{QStringLiteral("CUNO"), QStringLiteral("NOSUCHCUST")}}, o);
        QVERIFY(!r);
        QCOMPARE(r.error().errorClass, ErrorClass::Data);
        QVERIFY(!r.error().code.isEmpty());
        QCOMPARE(r.error().field, QStringLiteral("CUNO"));
        // A value longer than the field is refused too.
        auto tooLong = M3Client(config()).execute(QStringLiteral("CRS610MI"), QStringLiteral("GetBasicData"),
                                                  {{QStringLiteral("CUNO"), QStringLiteral("ABCDEFGHIJKLMNOP")}}, o);
        QVERIFY(!tooLong);
        QCOMPARE(tooLong.error().errorClass, ErrorClass::Data);
    }

    void partialNokOnAList()
    {
        faults(QStringLiteral("m3@*LstByNumber*:partial"));
        ExecOptions o;
        o.apiVersion = 1;
        auto r = M3Client(config()).execute(QStringLiteral("CRS610MI"), QStringLiteral("LstByNumber"), {}, o);
        QVERIFY(!r);
        QCOMPARE(r.error().errorClass, ErrorClass::Data);
        QVERIFY2(r.error().message.contains(QLatin1String("after")), qPrintable(r.error().message));
    }

    void bulkResultsAreIndexAligned()
    {
        const M3Client client(config());
        const QList<BulkItem> items{
            {QStringLiteral("GetBasicData"), {{QStringLiteral("CUNO"), QStringLiteral("10001")}}, {}},
            {QStringLiteral("GetBasicData"), {{QStringLiteral("CUNO"), QStringLiteral("NOSUCHCUST")}}, {}},
            {QStringLiteral("GetBasicData"), {{QStringLiteral("CUNO"), QStringLiteral("10002")}}, {}},
        };
        auto r = client.executeBulk(QStringLiteral("CRS610MI"), items);
        M3_VERIFY_OK(r);
        QCOMPARE(r->size(), 3);
        QVERIFY(r->at(0));
        QCOMPARE(r->at(0)->records.first().value(QStringLiteral("CUNO")), QStringLiteral("10001"));
        QVERIFY(!r->at(1));
        QCOMPARE(r->at(1).error().field, QStringLiteral("CUNO"));
        QVERIFY(r->at(2));
        QCOMPARE(r->at(2)->records.first().value(QStringLiteral("CUNO")), QStringLiteral("10002"));

        M3Config small = config();
        small.bulkChunk = 2; // three items in two posts, still index-aligned
        auto chunked = M3Client(small).executeBulk(QStringLiteral("CRS610MI"), items);
        M3_VERIFY_OK(chunked);
        QCOMPARE(chunked->size(), 3);
        QVERIFY(!chunked->at(1));
        QCOMPARE(chunked->at(2)->records.first().value(QStringLiteral("CUNO")), QStringLiteral("10002"));
    }

    void gatewayFaultsAreClassified_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("cls");
        QTest::newRow("429") << QStringLiteral("m3@*/execute/*:429,retry-after=3") << int(ErrorClass::RateLimited);
        QTest::newRow("500") << QStringLiteral("m3@*/execute/*:500") << int(ErrorClass::Transient);
        QTest::newRow("drop") << QStringLiteral("m3@*/execute/*:drop") << int(ErrorClass::Transient);
        QTest::newRow("malformed") << QStringLiteral("m3@*/execute/*:malformed") << int(ErrorClass::Transient);
        QTest::newRow("403") << QStringLiteral("m3@*/execute/*:status=403") << int(ErrorClass::Auth);
    }
    void gatewayFaultsAreClassified()
    {
        QFETCH(QString, spec);
        QFETCH(int, cls);
        faults(spec);
        const M3Client client(config());
        auto r = client.execute(QStringLiteral("GENERAL"), QStringLiteral("GetUserInfo"));
        QVERIFY(!r);
        QCOMPARE(int(r.error().errorClass), cls);
        if (cls == int(ErrorClass::RateLimited))
            QCOMPARE(r.error().retryAfterMs, 3000);
    }

    void directBasicAuth()
    {
        M3Config c;
        c.mode = M3Config::Mode::Direct;
        QUrl root(m_sb->ready().value(QStringLiteral("m3")).toObject().value(QStringLiteral("baseUrl")).toString());
        root.setPath(QStringLiteral("/"));
        c.directBaseUrl = root;
        c.user = QStringLiteral("SBXAPI");
        c.password = QStringLiteral("sandbox");
        auto r = M3Client(c).execute(QStringLiteral("GENERAL"), QStringLiteral("GetUserInfo"));
        M3_VERIFY_OK(r);
        c.password = QStringLiteral("nope");
        auto bad = M3Client(c).execute(QStringLiteral("GENERAL"), QStringLiteral("GetUserInfo"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().errorClass, ErrorClass::Auth);
    }

    void metadataIsFetchedAndCached()
    {
        const M3Client client(config());
        auto f = client.fields(QStringLiteral("CRS610MI"), QStringLiteral("Add"));
        M3_VERIFY_OK(f);
        QVERIFY(!f->isEmpty());
        bool cunmMandatory = false;
        for (const MiField &x : f.value())
            if (x.name == QLatin1String("CUNM"))
                cunmMandatory = x.mandatory;
        QVERIFY(cunmMandatory);
        const quint64 before = [&] {
            quint64 n = 0;
            m_sb->run([&n](sandbox::Sandbox &s) { n = s.m3()->requestCount(); });
            return n;
        }();
        M3_VERIFY_OK(client.fields(QStringLiteral("CRS610MI"), QStringLiteral("Add")));
        quint64 after = 0;
        m_sb->run([&after](sandbox::Sandbox &s) { after = s.m3()->requestCount(); });
        QCOMPARE(after, before); // served from the cache
    }
};

QTEST_GUILESS_MAIN(TstM3Client)
#include "tst_m3_client.moc"
