// MI response parsing: Infor's own v1 fixtures (KB 2159861) and the v2 shapes from the reference.

#include "m3/mi_result.h"

#include <QFile>
#include <QTest>

using namespace m3cart;
using namespace m3cart::m3;

namespace {
QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(M3CART_TEST_DATA "/m3/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}
} // namespace

class TstMiResult : public QObject
{
    Q_OBJECT
private slots:
    void v1ListWithMetadata()
    {
        auto r = mi::parseV1(fixture("v1-list-ok.kb2159861.json"), QStringLiteral("TST001MI"), QStringLiteral("Lst10Out"));
        QVERIFY(r);
        QCOMPARE(r->program, QStringLiteral("TST001MI"));
        QCOMPARE(r->records.size(), 5);
        QCOMPARE(r->records[0].value(QStringLiteral("F001")), QStringLiteral("00000001"));
        QCOMPARE(r->metadata.size(), r->records[0].fields.size());
        QCOMPARE(r->metadata[0].name, QStringLiteral("F001"));
        QCOMPARE(r->metadata[0].type, QStringLiteral("A"));
        QCOMPARE(r->metadata[0].length, 8);
    }

    void v1NokIsADataErrorWithCodeAndField()
    {
        auto r = mi::parseV1(fixture("v1-error-nok.kb2159861.json"), QStringLiteral("TST001MI"), QStringLiteral("Fail"));
        QVERIFY(!r);
        QCOMPARE(r.error().errorClass, ErrorClass::Data);
        QCOMPARE(r.error().code, QStringLiteral("CPF9898"));
        QCOMPARE(r.error().field, QStringLiteral("RETT"));
        QVERIFY(r.error().message.contains(QLatin1String("Designed to fail!")));
        QVERIFY(!r.error().message.endsWith(QLatin1Char(' '))); // M3 pads; we trim
    }

    void v1PartialNokAfterRecords()
    {
        auto r = mi::parseV1(fixture("v1-partial-nok-after-5-records.kb2159861.json"), QStringLiteral("TST001MI"),
                             QStringLiteral("LstRecords"));
        QVERIFY(!r);
        QCOMPARE(r.error().errorClass, ErrorClass::Data);
        QCOMPARE(r.error().field, QStringLiteral("RCNT")); // "RCNT      " trimmed
        QVERIFY2(r.error().message.contains(QLatin1String("after 5 records")), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QLatin1String("Record count was:'-5")));
    }

    void v1ValuesAreRightTrimmedAndSingleFieldMetadataIsAnObject()
    {
        const QByteArray body = R"({"Program":"CRS610MI","Transaction":"GetBasicData",
            "Metadata":{"Field":{"@name":"CUNM","@type":"A","@length":36,"@description":"Name"}},
            "MIRecord":[{"RowIndex":0,"NameValue":[{"Name":"CUNM","Value":"Acme Outdoor      "}]}]})";
        auto r = mi::parseV1(body, QStringLiteral("CRS610MI"), QStringLiteral("GetBasicData"));
        QVERIFY(r);
        QCOMPARE(r->records[0].value(QStringLiteral("CUNM")), QStringLiteral("Acme Outdoor"));
        QCOMPARE(r->metadata.size(), 1);
        QCOMPARE(r->metadata[0].length, 36);
    }

    void v2Success()
    {
        const QByteArray body = R"({"results":[{"transaction":"LstByNumber","records":[
            {"CUNO":"C0001     ","CUNM":"Acme"},{"CUNO":"C0002","CUNM":"Beta  "}]}],
            "wasTerminated":false,"nrOfSuccessfullTransactions":1,"nrOfFailedTransactions":0})";
        auto r = mi::parseV2(body, QStringLiteral("CRS610MI"), QStringLiteral("LstByNumber"));
        QVERIFY(r);
        QCOMPARE(r->records.size(), 2);
        QCOMPARE(r->records[0].value(QStringLiteral("CUNO")), QStringLiteral("C0001"));
        QCOMPARE(r->records[1].value(QStringLiteral("CUNM")), QStringLiteral("Beta"));
        QCOMPARE(r->records[1].toJson().value(QStringLiteral("CUNO")).toString(), QStringLiteral("C0002"));
    }

    void v2ErrorsInResultsAtTopLevelAndTerminated()
    {
        const QByteArray inResults = R"({"results":[{"transaction":"GetBasicData","errorMessage":"Customer number is invalid   ",
            "errorType":"ServerReturnedNOK","errorCode":"XIM0002","errorField":"CUNO","records":[]}],
            "wasTerminated":false,"nrOfSuccessfullTransactions":0,"nrOfFailedTransactions":1})";
        auto a = mi::parseV2(inResults, QStringLiteral("CRS610MI"), QStringLiteral("GetBasicData"));
        QVERIFY(!a);
        QCOMPARE(a.error().errorClass, ErrorClass::Data);
        QCOMPARE(a.error().code, QStringLiteral("XIM0002"));
        QCOMPARE(a.error().field, QStringLiteral("CUNO"));
        QVERIFY(a.error().message.contains(QLatin1String("Customer number is invalid")));

        auto b = mi::parseV2(R"({"errorMessage":"Item does not exist","errorCode":"WIT0103","errorField":"ITNO"})",
                             QStringLiteral("MMS200MI"), QStringLiteral("GetItmBasic"));
        QVERIFY(!b);
        QCOMPARE(b.error().field, QStringLiteral("ITNO"));

        auto c = mi::parseV2(R"({"results":[],"wasTerminated":"true","terminationReason":"Program not found",
            "terminationErrorType":"ServerReturnedNOK"})", QStringLiteral("XXX999MI"), QStringLiteral("Get"));
        QVERIFY(!c);
        QVERIFY(c.error().message.contains(QLatin1String("Program not found")));

        auto d = mi::parseV2("<html>Bad gateway</html>", QStringLiteral("CRS610MI"), QStringLiteral("Get"));
        QVERIFY(!d);
        QCOMPARE(d.error().errorClass, ErrorClass::Transient);
        QVERIFY(d.error().message.contains(QLatin1String("Bad gateway")));
    }

    void v2BulkIsIndexAlignedAndAShortAnswerIsNoSuccess()
    {
        const QByteArray body = R"({"results":[
            {"transaction":"AddBatchLine","records":[]},
            {"transaction":"AddBatchLine","errorMessage":"Item number does not exist","errorCode":"WIT0103","errorField":"ITNO"}],
            "wasTerminated":false,"nrOfSuccessfullTransactions":1,"nrOfFailedTransactions":1})";
        const QStringList sent{QStringLiteral("AddBatchLine"), QStringLiteral("AddBatchLine"), QStringLiteral("AddBatchLine")};
        auto r = mi::parseV2Bulk(body, QStringLiteral("OIS100MI"), sent);
        QVERIFY(r);
        QCOMPARE(r->size(), 3);
        QVERIFY(r->at(0));
        QVERIFY(!r->at(1));
        QCOMPARE(r->at(1).error().code, QStringLiteral("WIT0103"));
        QVERIFY(!r->at(2));
        QCOMPARE(r->at(2).error().errorClass, ErrorClass::Transient);
        QVERIFY(r->at(2).error().message.contains(QLatin1String("no result returned")));
    }
};

QTEST_GUILESS_MAIN(TstMiResult)
#include "tst_mi_result.moc"
