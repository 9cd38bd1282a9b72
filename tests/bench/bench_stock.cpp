// Stock sync figures against the sandbox: a full sync of N products (a quarter with 2-4 variants) × 3
// warehouses, then a sync after 1% of the balances changed. Goal: 100,000 SKUs full < 30 s, delta < 2 s.
// Run on purpose: bench_stock [products]. Prints figures; asserts nothing.

#include "config/connections.h"
#include "flows/stock_sync.h"
#include "mapping/lookup_source.h"
#include "sandbox/m3_simulator.h"
#include "sandbox/seed_data.h"
#include "sandbox_thread.h"
#include "temp_store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>
#include <cstdio>

using namespace m3cart;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int products = argc > 1 ? std::max(10, atoi(argv[1])) : 100000;
    QElapsedTimer clock;
    clock.start();
    sandbox::SandboxOptions so;
    so.products = products;
    so.cartThrottlePerSecond = 0;
    test::SandboxThread sb(so);
    if (!sb.ok()) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(sb.error()));
        return 1;
    }
    test::TempStore temp;
    QStringList itemSkus;
    for (const sandbox::SeedProduct &p : sandbox::SeedData::generate(so.seed, products).products) {
        if (p.inM3 == sandbox::SeedProduct::InM3::Missing)
            continue;
        if (p.variants.isEmpty())
            itemSkus << p.sku;
        for (const sandbox::SeedVariant &v : p.variants)
            itemSkus << v.sku;
    }
    std::printf("setup: %d products, %lld SKUs with an M3 item, %.1f s\n", products, qlonglong(itemSkus.size()), clock.elapsed() / 1000.0);

    auto ready = config::fromSandboxReady(sb.ready()).value();
    config::useSandboxPacing(ready);
    ready.cart.pacing.maxConcurrent = 8; // the simulator has no quota; a real store allows far less (see README)
    ready.cart.pacing.ratePerSecond = 100000;
    ready.cart.pacing.burst = 100;
    flows::StockSync sync(temp.store, ready.cart, ready.m3);
    flows::StockSyncOptions o;
    QElapsedTimer phase;
    phase.start();
    QString last;
    o.progress = [&](const QString &line) { // phases with their times; page counts only when they start
        const QString kind = line.section(QLatin1Char(' '), 1);
        if (kind == last)
            return;
        last = kind;
        std::printf("  %7.2f s  %s\n", phase.elapsed() / 1000.0, qPrintable(line));
    };
    auto run = [&](const char *what) {
        clock.restart();
        phase.restart();
        last.clear();
        auto r = sync.run(o);
        if (!r) {
            std::fprintf(stderr, "%s: %s\n", what, qPrintable(r.error().message));
            return;
        }
        const QJsonObject c = r->value(QStringLiteral("counts")).toObject();
        std::printf("%-6s %-5s %7.2f s  balances %d, items %d, skus %d, changed %d, pushed %d, failed %d\n", what,
                    qPrintable(r->value(QStringLiteral("mode")).toString()), clock.elapsed() / 1000.0,
                    c.value(QStringLiteral("balances")).toInt(), c.value(QStringLiteral("items")).toInt(),
                    c.value(QStringLiteral("skus")).toInt(), c.value(QStringLiteral("changed")).toInt(),
                    c.value(QStringLiteral("pushed")).toInt(), c.value(QStringLiteral("failed")).toInt());
    };
    // Seeding stamped every balance just now: start the first run a little later, so that its watermark (M3's
    // clock at its start, minus 2 s) lies after the seed, as it would in a real shop.
    QThread::msleep(2500);
    run("full");
    // 1% of the balances change in M3.
    QRandomGenerator rng(7);
    const int changes = std::max(1, int(itemSkus.size() * 3 / 100));
    sb.run([&](sandbox::Sandbox &s) {
        QString err;
        const QStringList warehouses{QStringLiteral("100"), QStringLiteral("200"), QStringLiteral("300")};
        for (int i = 0; i < changes; ++i)
            s.m3()->setStock(warehouses.at(i % 3), itemSkus.at(int(rng.bounded(qsizetype(itemSkus.size())))), 500 + i, &err);
    });
    std::printf("changed %d balances in M3\n", changes);
    run("delta");
    run("again");
    return 0;
}
