// The key,value table reader behind lookup and value-map imports (csv_table.h): separators, header,
// quoting, bad lines with their numbers; and LookupRepository's import (nothing stored from a bad file)
// and its paged reading for the editor.

#include "mapping/csv_table.h"
#include "mapping/lookup_source.h"
#include "temp_store.h"
#include "verify.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace m3cart;
using namespace m3cart::mapping;

using Rows = QList<std::pair<QString, QString>>;

class TstMappingCsv : public QObject
{
    Q_OBJECT

private slots:
    void separatorsAndHeader_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QChar>("separator");
        QTest::addColumn<bool>("header");
        QTest::newRow("comma, header")
            << QByteArray("key,value\nA-1,ITM-A\nB-2 , ITM-B\n") << QChar(',') << true;
        QTest::newRow("semicolon, decimal comma")
            << QByteArray("A-1;1,5\r\nB-2;ITM-B\r\n") << QChar(';') << false;
        QTest::newRow("tab, from/to header, BOM") << QByteArray("\xEF\xBB\xBF"
                                                                "from\tto\nA-1\tITM-A\nB-2\tITM-B")
                                                  << QChar('\t') << true;
    }
    void separatorsAndHeader()
    {
        QFETCH(QByteArray, text);
        QFETCH(QChar, separator);
        QFETCH(bool, header);
        const KeyValueTable t = parseKeyValueCsv(text);
        QVERIFY2(t.ok(), qPrintable(t.errorText()));
        QCOMPARE(t.separator, separator);
        QCOMPARE(t.hadHeader, header);
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(t.rows.at(0).first, QStringLiteral("A-1"));
        QCOMPARE(t.rows.at(1), (std::pair<QString, QString>{"B-2", "ITM-B"}));
    }

    void quotedFields()
    {
        const KeyValueTable t = parseKeyValueCsv("\"Paypal, Express\",PP\n"
                                                 "\"say \"\"hi\"\"\",\" padded \"\n"
                                                 "# a comment, skipped\n"
                                                 "\n"
                                                 "\"two\nlines\",X\n"
                                                 "after,Y\n");
        QVERIFY2(t.ok(), qPrintable(t.errorText()));
        QCOMPARE(t.separator, QChar(','));
        QCOMPARE(
            t.rows,
            (Rows{
                {"Paypal, Express", "PP"}, {"say \"hi\"", " padded "}, {"two\nlines", "X"}, {"after", "Y"}}));
    }

    void badLinesNamed()
    {
        const KeyValueTable t = parseKeyValueCsv("A,1\n"
                                                 "A,1\n"        // line 2: the same pair again, skipped
                                                 "B\n"          // line 3: one field
                                                 "C,3,extra\n"  // line 4: three fields
                                                 ",4\n"         // line 5: empty key
                                                 "A,5\n"        // line 6: another value for line 1's key
                                                 "\"open,6\n"); // line 7: unterminated quote
        QVERIFY(!t.ok());
        QList<int> lines;
        for (const CsvLineError &e : t.errors)
            lines << e.line;
        QCOMPARE(lines, (QList<int>{3, 4, 5, 6, 7}));
        QVERIFY(t.errors.at(3).message.contains(QLatin1String("'A'")));
        QVERIFY(t.errors.at(3).message.contains(QLatin1String("line 1")));
        QVERIFY(t.errorText(2).contains(QLatin1String("and 3 more")));
        QCOMPARE(t.rows.size(), 1); // only the good line
    }

    void repositoryImportRefusesBadFileAndPages()
    {
        test::TempStore s;
        const LookupRepository repo(s.store);
        QTemporaryDir dir;
        const QString path = dir.filePath("skus.csv");
        auto write = [&](const QByteArray &text) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text);
        };
        write("key;value\nCAP-2;ITM-CAP2\nbroken\n");
        auto bad = repo.importDelimited("sku_itno", path);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QLatin1String("line 3")), qPrintable(bad.error().message));
        QCOMPARE(repo.count("sku_itno").value(), 0); // nothing stored

        write("key;value\nCAP-2;ITM-CAP2\nCORSET;ITM-CORSET\nMUG_1;ITM-MUG\n");
        auto n = repo.importDelimited("sku_itno", path);
        M3_VERIFY_OK(n);
        QCOMPARE(n.value(), 3);
        QCOMPARE(repo.count("sku_itno").value(), 3);
        QCOMPARE(repo.count("sku_itno", "cap").value(), 1); // case-insensitive search
        QCOMPARE(repo.count("sku_itno", "_").value(), 1);   // '_' is literal, not a wildcard
        auto page = repo.page("sku_itno", 1, 1);
        M3_VERIFY_OK(page);
        QCOMPARE(page.value(), (Rows{{"CORSET", "ITM-CORSET"}}));
    }
};

QTEST_GUILESS_MAIN(TstMappingCsv)
#include "tst_mapping_csv.moc"
