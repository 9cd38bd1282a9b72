// Durable append throughput: one by one, batched, and group commit from many threads, next to the raw
// SQLite insert rate on the same machine in the same run. Prints figures; not part of pass/fail.
//   bench_store [N]

#include "store/event_repository.h"
#include "store/event_writer.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>

using namespace m3cart;

namespace {

NewEvent sample(int i)
{
    NewEvent e;
    e.source = QStringLiteral("3dcart");
    e.kind = QStringLiteral("cart.order.new");
    e.key = QStringLiteral("order-%1").arg(i % 1000);
    e.payload = QByteArray(R"([{"OrderID":)") + QByteArray::number(i) +
                R"(,"InvoiceNumber":"AB-1001","OrderStatusID":1,"BillingEmail":"someone@example.com",)"
                R"("OrderItemList":[{"ItemID":"SKU-1","ItemQuantity":2,"ItemUnitPrice":19.99}]}])";
    return e;
}

void report(const char *what, int n, qint64 ns)
{
    std::printf("%-44s %8d events %9.1f ms %10.0f events/s\n", what, n, double(ns) / 1e6, n / (double(ns) / 1e9));
}

std::shared_ptr<Store> fresh(QTemporaryDir &dir, const char *name, Store::Durability durability = Store::Durability::Normal)
{
    Store::Options o;
    o.path = dir.filePath(QLatin1String(name));
    o.durability = durability;
    return Store::open(o).value();
}

void raw(QTemporaryDir &dir, int n, bool oneTransaction)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
    db.setDatabaseName(dir.filePath(oneTransaction ? QStringLiteral("raw1.db") : QStringLiteral("rawN.db")));
    db.open();
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT, payload TEXT)"));
        const QString payload = QString::fromUtf8(sample(0).payload);
        QElapsedTimer t;
        t.start();
        if (oneTransaction)
            q.exec(QStringLiteral("BEGIN"));
        q.prepare(QStringLiteral("INSERT INTO t (k, payload) VALUES (?, ?)"));
        for (int i = 0; i < n; ++i) {
            q.addBindValue(QStringLiteral("order-%1").arg(i));
            q.addBindValue(payload);
            q.exec();
        }
        if (oneTransaction)
            q.exec(QStringLiteral("COMMIT"));
        report(oneTransaction ? "raw SQLite insert, one transaction" : "raw SQLite insert, autocommit each", n,
               t.nsecsElapsed());
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(100, atoi(argv[1])) : 20000;
    QTemporaryDir dir;
    std::printf("m3cart store benchmark, %d events, %d cores, SQLite WAL\n", n, QThread::idealThreadCount());

    raw(dir, n, false);
    raw(dir, n, true);
    {
        auto s = fresh(dir, "one.db");
        EventRepository repo(s);
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < n; ++i)
            repo.append(sample(i));
        report("durable append, one by one (NORMAL)", n, t.nsecsElapsed());
    }
    {
        auto s = fresh(dir, "full.db", Store::Durability::Full);
        EventRepository repo(s);
        const int m = std::min(n, 5000);
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < m; ++i)
            repo.append(sample(i));
        report("durable append, one by one (FULL)", m, t.nsecsElapsed());
    }
    {
        auto s = fresh(dir, "many.db");
        EventRepository repo(s);
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < n; i += 500) {
            QList<NewEvent> batch;
            for (int j = i; j < std::min(n, i + 500); ++j)
                batch << sample(j);
            repo.appendMany(batch);
        }
        report("durable appendMany, batches of 500", n, t.nsecsElapsed());
    }
    for (int threads : {1, 4, 16}) {
        auto s = fresh(dir, qPrintable(QStringLiteral("group%1.db").arg(threads)));
        EventWriter writer(s);
        QElapsedTimer t;
        t.start();
        QList<QThread *> workers;
        for (int w = 0; w < threads; ++w) {
            workers << QThread::create([&writer, w, threads, n] {
                for (int i = w; i < n; i += threads)
                    writer.append(sample(i));
            });
            workers.last()->start();
        }
        for (QThread *w : workers) {
            w->wait();
            delete w;
        }
        const qint64 ns = t.nsecsElapsed();
        const QByteArray label = QStringLiteral("group commit, %1 appending threads").arg(threads).toUtf8();
        report(label.constData(), n, ns);
        std::printf("%-44s %8llu commits (%.1f events per commit)\n", "", (unsigned long long)writer.commits(),
                    double(n) / double(std::max<quint64>(1, writer.commits())));
    }
    return 0;
}
