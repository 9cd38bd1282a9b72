// The event monitor's model over a large store: seeds N events (default 1,000,000; one transaction, one
// prepared insert), then prints the time to open the table (count + first page), to apply filters, to jump
// to a deep page and to apply a live batch, and the process's memory. Goals: open < 1 s, filter < 300 ms,
// RSS < 300 MB. Prints figures; not part of pass/fail.
//   bench_monitor [N] [--keep PATH]

#include "store/store.h"
#include "ui/models/event_table_model.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>

using namespace m3cart;
using ui::EventTableModel;

namespace {

long rssKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLong();
    return -1;
}

bool seed(const std::shared_ptr<Store> &store, int n)
{
    const char *kinds[] = {"cart.order.new", "cart.order.new", "cart.order.new", "cart.customer.new",
                           "m3.bod.SyncSalesOrder"};
    const qint64 start = nowMs() - qint64(n) * 50; // one event every 50 ms up to now
    const Status s = store->write([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        if (!q.prepare(QStringLiteral(
                "INSERT INTO events (received_at, source, kind, key, payload, headers, status, "
                "attempts, next_attempt_at, last_error_class, last_error, trace_id, updated_at) "
                "VALUES (?, ?, ?, ?, ?, '{}', ?, ?, 0, ?, ?, ?, ?)")))
            return sqlError(q, QStringLiteral("preparing"));
        for (int i = 0; i < n; ++i) {
            const qint64 at = start + qint64(i) * 50;
            const int r = i % 100;
            const QString status = r == 0   ? QStringLiteral("dead")
                                   : r == 1 ? QStringLiteral("retry")
                                   : r == 2 ? QStringLiteral("pending")
                                            : QStringLiteral("done");
            const bool failed = r < 2;
            q.bindValue(0, at);
            q.bindValue(1, i % 5 == 4 ? QStringLiteral("m3") : QStringLiteral("3dcart"));
            q.bindValue(2, QLatin1String(kinds[i % 5]));
            q.bindValue(3, QStringLiteral("order-%1").arg(i % 200000));
            q.bindValue(
                4, QStringLiteral("{\"OrderID\":%1,\"InvoiceNumber\":\"AB-%1\",\"OrderStatusID\":1,"
                                  "\"BillingEmail\":\"buyer%1@example.com\",\"OrderItemList\":[{\"ItemID\":"
                                  "\"SKU-%2\",\"ItemQuantity\":2,\"ItemUnitPrice\":19.99}]}")
                       .arg(i)
                       .arg(i % 997));
            q.bindValue(5, status);
            q.bindValue(6, failed ? 3 : 1);
            q.bindValue(7, failed ? (i % 3 == 0 ? QStringLiteral("transient") : QStringLiteral("data"))
                                  : QString());
            q.bindValue(8, failed ? QStringLiteral("M3 answered NOK: order type XYZ does not exist")
                                  : QString());
            q.bindValue(9, QStringLiteral("trace-%1").arg(i));
            q.bindValue(10, at);
            if (!q.exec())
                return sqlError(q, QStringLiteral("inserting"));
        }
        return ok();
    });
    if (!s)
        std::fprintf(stderr, "seeding failed: %s\n", qPrintable(s.error().message));
    return bool(s);
}

void waitIdle(const EventTableModel &m)
{
    while (!m.isIdle())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
}

// Applies a filter and waits for the count and the first page: what the operator waits for.
void filter(EventTableModel &m, const char *what, EventField field, const QString &text)
{
    QElapsedTimer t;
    t.start();
    m.setFilters({{field, text}});
    waitIdle(m);
    m.rowAt(0);
    waitIdle(m);
    std::printf("filter %-34s %9.1f ms  %8d rows\n", what, double(t.nsecsElapsed()) / 1e6, m.rowCount());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int n = args.size() > 1 && !args[1].startsWith(QLatin1String("--")) ? args[1].toInt() : 1'000'000;
    QTemporaryDir dir;
    const int keep = int(args.indexOf(QStringLiteral("--keep")));
    const QString path =
        keep > 0 && keep + 1 < args.size() ? args[keep + 1] : dir.filePath(QStringLiteral("monitor.db"));
    const bool reuse = keep > 0 && QFile::exists(path);
    auto store = Store::open(path);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    if (!reuse) {
        QElapsedTimer t;
        t.start();
        if (!seed(store.value(), n))
            return 1;
        std::printf("seeded %d events in %.1f s (one transaction, one prepared insert)\n", n,
                    double(t.elapsed()) / 1000.0);
    }
    std::printf("RSS before the model: %ld MB\n", rssKb("VmRSS:") / 1024);

    EventTableModel model(store.value(), EventTableModel::monitorColumns());
    QElapsedTimer t;
    t.start();
    model.reload();
    waitIdle(model);
    for (int r = 0; r < 40; ++r) // a screenful, as the view asks for it
        model.index(r, 0).data();
    std::printf("open (count + first page)                 %9.1f ms  %8d rows\n",
                double(t.nsecsElapsed()) / 1e6, model.rowCount());

    t.restart();
    model.rowAt(model.rowCount() - 100);
    waitIdle(model);
    std::printf("jump to the last page                     %9.1f ms\n", double(t.nsecsElapsed()) / 1e6);
    t.restart();
    model.rowAt(model.rowCount() / 2);
    waitIdle(model);
    std::printf("jump to the middle                        %9.1f ms\n", double(t.nsecsElapsed()) / 1e6);

    filter(model, "status=dead", EventField::Status, QStringLiteral("dead"));
    filter(model, "kind=cart.customer.new", EventField::Kind, QStringLiteral("=cart.customer.new"));
    filter(model, "kind=cart.order.* (prefix)", EventField::Kind, QStringLiteral("cart.order.*"));
    filter(model, "key==order-4242", EventField::Key, QStringLiteral("=order-4242"));
    filter(model, "error_class=transient", EventField::ErrorClass, QStringLiteral("transient"));
    filter(model, "time=-1h", EventField::Time, QStringLiteral("-1h"));
    filter(model, "key contains 4242 (scan)", EventField::Key, QStringLiteral("4242"));
    filter(model, "key=/^order-4242[0-9]$/ (regex scan)", EventField::Key,
           QStringLiteral("/^order-4242[0-9]$/"));
    filter(model, "payload contains buyer999999@ (scan)", EventField::Payload,
           QStringLiteral("buyer999999@"));
    filter(model, "no filter", EventField::Key, QString());

    // A live batch: new rows on top, the loaded pages read again.
    t.restart();
    model.eventsChanged({1});
    waitIdle(model);
    std::printf("live batch applied (after its 500 ms wait) %8.1f ms\n", double(t.nsecsElapsed()) / 1e6);

    std::printf("RSS now: %ld MB, peak: %ld MB\n", rssKb("VmRSS:") / 1024, rssKb("VmHWM:") / 1024);
    return 0;
}
