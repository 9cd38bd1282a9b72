// Orders mapped per second with the default order mapping (order-batch-order: head, ship-to address,
// lines with SKU lookups, discount and shipping lines, comment text), next to jq doing an equivalent
// transform of the same input in the same run. Prints figures; asserts nothing about time.
//
//   bench_mapping [ORDERS=20000]

#include "mapping/compiled_mapping.h"
#include "mapping/default_mappings.h"
#include "mapping/lookup_source.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtConcurrent>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

using namespace m3cart::mapping;

namespace {

// CPU seconds of this thread / of finished children: robust when other builds share the cores.
double threadCpu()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + ts.tv_nsec / 1e9;
}
double childrenCpu()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// jq program equivalent to resources/mappings/order_batch.json (same sections, same conversions where jq
// has them: trims, padding, dates, value maps, SKU lookup with upper-case and strip-suffix fallbacks,
// HTML stripping, discount/shipping lines, money rounding).
const char *kJq = R"JQ(
def trim: sub("^\\s+"; "") | sub("\\s+$"; "");
def pad9: tostring | ("000000000" + .) | .[-9:];
def m3date: .[0:10] | gsub("-"; "");
def strip_html: gsub("<(br|p|div|li)[^>]*>"; " "; "i") | gsub("<[^>]*>"; "") | gsub("&nbsp;"; " ") | gsub("&amp;"; "&") | gsub("\\s+"; " ") | trim;
def num: if type == "number" then . else (tostring | trim | tonumber? // 0) end;
def fmt: if . == (. | floor) then (. | floor | tostring) else tostring end;
def r4: (. * 10000 | round) / 10000;
def r2: (. * 100 | round) / 100;
def lookup: . as $k | ($skus[$k] // $skus[$k | ascii_upcase]
    // (if ($k | test("-")) then $skus[$k | sub("-[^-]*$"; "")] else null end)
    // error("lookup itemBySku has no entry for " + $k));
def isdisc: ((.ItemUnitPrice | num) == 0) and ((.ItemOptionPrice | num) != 0) and ((.ItemDescription // "") | ascii_downcase | contains("discount"));
def country: trim | ascii_upcase | if . == "UNITED STATES" or . == "USA" then "US" elif . == "SWEDEN" then "SE" else .[0:2] end;
def phone($c): (gsub("\\s*(x|ext\\.?)\\s*\\d+\\s*$"; "") | gsub("[^0-9+]"; "")) as $d
    | if $d == "" then null elif ($d | startswith("+")) then $d elif ($c == "US" and ($d | length) == 10) then "+1" + $d else $d end;
def nonempty: with_entries(select(.value != null and .value != ""));
.[] | . as $o | {
  head: ({
    CUNO: (if .CustomerID == 0 then "WEBGUEST" else "W" + (.CustomerID | pad9) end),
    ORTP: "WEB",
    CUOR: ((.InvoiceNumberPrefix | trim) + (if (.InvoiceNumber | num) > 0 then .InvoiceNumber else .OrderID end | tostring)),
    YREF: ("3DC-" + (.OrderID | tostring)),
    ORDT: (.OrderDate | m3date), CUDT: (.OrderDate | m3date), WHLO: "100",
    OTBA: (if (.OrderDiscount | num) > 0 then (.OrderDiscount | r2 | fmt) else null end),
    PYCD: ((.BillingPaymentMethod | trim | ascii_downcase) as $p | if $p == "" then null else
           ({"secure online payment": "CC", "credit card": "CC", "paypal express": "PP", "money order": "MO"}[$p] // "WEB") end),
    MODL: ((.ShipmentList[0].ShipmentMethodName // "" | ascii_upcase | [match("(USPS|UPS|FEDEX|DHL|FREE|PICKUP)").captures[0].string][0]) as $c
           | ({"USPS": "USP", "UPS": "UPS", "FEDEX": "FDX", "DHL": "DHL", "FREE": "STD"}[$c // ""] // "STD"))
  } | nonempty),
  address: (if (.ShipmentList | length) > 0 then (.ShipmentList[0] | (.ShipmentCountry | country) as $c | {
    ORNO: $ctx, ADRT: "1",
    CUNM: (((.ShipmentCompany | trim) as $co | if $co != "" then $co else ([.ShipmentFirstName, .ShipmentLastName] | map(trim) | map(select(. != "")) | join(" ")) end) | .[0:36]),
    CUA1: (.ShipmentAddress | trim | .[0:36]), CUA2: (.ShipmentAddress2 | trim | .[0:36]),
    PONO: (.ShipmentZipCode | trim | ascii_upcase), TOWN: (.ShipmentCity | trim | .[0:20]), CSCD: $c,
    ECAR: (if $c == "US" then (.ShipmentState | trim | ascii_upcase) else null end), PHNO: (.ShipmentPhone | phone($c))
  } | nonempty) else null end),
  lines: ([.OrderItemList[] | select(isdisc | not)] | to_entries | map(.key as $k | .value | {
    ORNO: $ctx, ITNO: (.ItemID | trim | lookup), ORQT: (.ItemQuantity | num | fmt),
    SAPR: (((.ItemUnitPrice | num) + (.ItemOptionPrice | num)) | r4 | fmt), WHLO: "100", CUPO: ($k + 1 | tostring),
    ITDS: (.ItemDescription | split("<br>")[0] | strip_html | .[0:30])
  } | nonempty)),
  discounts: ([.OrderItemList[] | select(isdisc)] | map({
    ORNO: $ctx, ITNO: "DISCOUNT", ORQT: (.ItemQuantity | num | fmt),
    SAPR: (((.ItemUnitPrice | num) + (.ItemOptionPrice | num)) | r2 | fmt), WHLO: "100", ITDS: (.ItemDescription | strip_html | .[0:30])
  })),
  shipping: (([.ShipmentList[].ShipmentCost | num] | add // 0) as $s | if $s > 0 then {
    ORNO: $ctx, ITNO: "FREIGHT", ORQT: "1", SAPR: ($s | r2 | fmt), WHLO: "100", ITDS: (.ShipmentList[0].ShipmentMethodName | strip_html | .[0:30])
  } else null end),
  comments: (if (.CustomerComments // "" | trim) != "" then {ORNO: $ctx, TYPE: "1", TYTR: "1", PARM: (.CustomerComments | strip_html | .[0:60])} else null end)
}
)JQ";

QJsonArray makeOrders(int n, QJsonObject *skus)
{
    QFile f(QStringLiteral(M3CART_MAPPING_TEST_DATA "/order_registered.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("test data missing");
    const QJsonObject base = QJsonDocument::fromJson(f.readAll()).array().first().toObject();
    const QJsonArray baseItems = base.value("OrderItemList").toArray();
    for (int s = 0; s < 500; ++s)
        skus->insert(QStringLiteral("SKU-%1").arg(s),
                     QStringLiteral("ITM%1").arg(s, 5, 10, QLatin1Char('0')));
    QJsonArray orders;
    for (int i = 0; i < n; ++i) {
        QJsonObject o = base;
        o.insert("OrderID", 100000 + i);
        o.insert("InvoiceNumber", 5000 + i);
        o.insert("CustomerID", i % 7 == 0 ? 0 : 1000 + i % 900);
        QJsonArray items;
        const int lines = 1 + i % 5;
        for (int l = 0; l < lines; ++l) {
            QJsonObject it = baseItems.at(0).toObject();
            it.insert("ItemID", QStringLiteral("SKU-%1%2")
                                    .arg((i * 7 + l) % 500)
                                    .arg(l % 2 ? QStringLiteral("-XL") : QString()));
            it.insert("ItemQuantity", 1 + (i + l) % 3);
            it.insert("ItemUnitPrice", 5 + ((i + l) % 40) * 1.25);
            items << it;
        }
        if (i % 4 == 0)
            items << baseItems.at(2); // a discount line
        o.insert("OrderItemList", items);
        orders << o;
    }
    return orders;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 20000;
    QJsonObject skus;
    const QJsonArray orders = makeOrders(n, &skus);
    QTemporaryDir dir;
    const QString input = dir.filePath("orders.json");
    {
        QFile f(input);
        f.open(QIODevice::WriteOnly);
        f.write(QJsonDocument(orders).toJson(QJsonDocument::Compact));
    }
    const qint64 bytes = QFileInfo(input).size();

    auto doc = MappingDocument::fromJson(defaultMapping("order-batch-order").json);
    QElapsedTimer compileTimer;
    compileTimer.start();
    auto compiled = MappingCompiler::compile(doc.value());
    const double compileMs = compileTimer.nsecsElapsed() / 1e6;
    if (!compiled)
        qFatal("%s", qPrintable(compiled.error().message));
    MemoryLookupSource lookups;
    for (auto it = skus.begin(); it != skus.end(); ++it)
        lookups.set("sku_itno", it.key(), it.value().toString());
    EvalOptions opts;
    opts.lookups = &lookups;
    opts.context = QJsonObject{{"ORNO", "T1"}};

    std::printf("bench_mapping: %d orders (%.1f MB of JSON), default mapping 'order-batch-order' (compiled "
                "in %.2f ms)\n",
                n, bytes / 1048576.0, compileMs);

    // m3cart, one thread, like jq: read and parse the file, map every order, write one JSON line per order.
    // Figures are CPU time (this thread; jq's process), so builds running next to the benchmark do not skew
    // the comparison; wall time is printed too.
    QElapsedTimer wall;
    wall.start();
    const double cpu0 = threadCpu();
    QFile f(input);
    f.open(QIODevice::ReadOnly);
    const QJsonArray parsed = QJsonDocument::fromJson(f.readAll()).array();
    const double parseCpu = threadCpu() - cpu0;
    QFile outFile(dir.filePath("m3cart-out.json"));
    outFile.open(QIODevice::WriteOnly);
    qint64 records = 0;
    double mapCpu = 0;
    for (const QJsonValue &o : parsed) {
        const double m0 = threadCpu();
        auto out = compiled.value()->evaluate(o, opts);
        mapCpu += threadCpu() - m0;
        if (!out)
            qFatal("%s", qPrintable(out.error().message));
        for (const MappedSection &s : out->sections)
            records += s.records.size();
        outFile.write(QJsonDocument(out->toJson()).toJson(QJsonDocument::Compact));
        outFile.write("\n");
    }
    outFile.close();
    const double oneCpu = threadCpu() - cpu0;
    const double oneWall = wall.nsecsElapsed() / 1e9;
    std::printf("  m3cart, 1 thread : %9.0f orders/s end to end (CPU %.3f s: parse %.3f, map %.3f, write "
                "%.3f; wall %.3f s; "
                "%lld MI records)\n",
                n / oneCpu, oneCpu, parseCpu, mapCpu, oneCpu - parseCpu - mapCpu, oneWall,
                static_cast<long long>(records));
    std::printf("  m3cart, map only : %9.0f orders/s (evaluate() alone)\n", n / mapCpu);

    // m3cart, all cores, the same compiled mapping shared (wall time).
    const int threads = QThread::idealThreadCount();
    QList<QJsonValue> list(parsed.begin(), parsed.end());
    wall.restart();
    QtConcurrent::blockingMap(list, [&](const QJsonValue &o) {
        auto out = compiled.value()->evaluate(o, opts);
        if (!out)
            qFatal("%s", qPrintable(out.error().message));
    });
    const double multiWall = wall.nsecsElapsed() / 1e9;
    std::printf(
        "  m3cart, %d threads: %9.0f orders/s (map only, wall time, cores shared with whatever else runs)\n",
        threads, n / multiWall);

    // jq on the same file, same run.
    const QString jq = qEnvironmentVariableIsSet("BENCH_NO_JQ")
                           ? QString()
                           : QStandardPaths::findExecutable(QStringLiteral("jq"));
    if (jq.isEmpty()) {
        std::printf("  jq               : not run (not installed, or BENCH_NO_JQ set)\n");
        return 0;
    }
    QFile prog(dir.filePath("order.jq"));
    prog.open(QIODevice::WriteOnly);
    prog.write(kJq);
    prog.close();
    QProcess p;
    p.setStandardOutputFile(dir.filePath("jq-out.json"));
    const double jq0 = childrenCpu();
    wall.restart();
    p.start(jq,
            {"-c", "--argjson", "skus", QString::fromUtf8(QJsonDocument(skus).toJson(QJsonDocument::Compact)),
             "--arg", "ctx", "T1", "-f", prog.fileName(), input});
    p.waitForFinished(-1);
    const double jqWall = wall.nsecsElapsed() / 1e9;
    const double jqCpu = childrenCpu() - jq0;
    if (p.exitCode() != 0) {
        std::printf("  jq failed: %s\n", p.readAllStandardError().constData());
        return 1;
    }
    QFile jqOut(dir.filePath("jq-out.json"));
    jqOut.open(QIODevice::ReadOnly);
    int jqLines = 0;
    while (!jqOut.atEnd()) {
        jqOut.readLine();
        ++jqLines;
    }
    QProcess v;
    v.start(jq, {"--version"});
    v.waitForFinished();
    std::printf("  %-16s : %9.0f orders/s end to end (CPU %.3f s; wall %.3f s; %d results)\n",
                v.readAllStandardOutput().trimmed().constData(), n / jqCpu, jqCpu, jqWall, jqLines);
    std::printf("  ratio (CPU)      : m3cart end to end = %.1fx jq; evaluate() alone = %.1fx jq\n",
                jqCpu / oneCpu, jqCpu / mapCpu);
    return 0;
}
