#include "stock_sync.h"

#include "mapping/lookup_source.h"
#include "store/run_log.h"
#include "store/settings_repository.h"
#include "store/stock_state.h"
#include "store/store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMutex>
#include <QThreadPool>
#include <QSet>
#include <cmath>

namespace m3cart::flows {

namespace {
// M3's clock and ours differ a little; reading a few minutes again costs nothing (unchanged values are not sent).
constexpr qint64 kWatermarkOverlapMs = 5 * 60'000; // when M3's own clock cannot be read
constexpr qint64 kServerOverlapMs = 2'000;          // transactions still committing when M3 told us its time
constexpr int kBalanceBulk = 80;

Error bad(const QString &key, const QString &what)
{
    Error e = Error::data(QStringLiteral("setting flow.stock: \"%1\" %2").arg(key, what));
    e.field = key;
    return e;
}
} // namespace

Result<StockSettings> StockSettings::fromJson(const QJsonObject &o)
{
    StockSettings s;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString k = it.key();
        if (k == QLatin1String("warehouses")) {
            if (!it.value().isArray())
                return bad(k, QStringLiteral("must be a list of warehouse codes, e.g. [\"100\", \"200\"]"));
            for (const QJsonValue &w : it.value().toArray()) {
                if (!w.isString() || w.toString().trimmed().isEmpty() || w.toString().trimmed().size() > 3)
                    return bad(k, QStringLiteral("holds something that is not a warehouse code (WHLO, up to 3 characters)"));
                s.warehouses << w.toString().trimmed();
            }
        } else if (k == QLatin1String("field")) {
            s.field = it.value().toString().toUpper();
            if (s.field != QLatin1String("AV01") && s.field != QLatin1String("AV02") && s.field != QLatin1String("ATP"))
                return bad(k, QStringLiteral("must be \"AV01\" (allocatable net), \"AV02\" (on hand minus reserved) or \"ATP\" (OIS100MI/GetATP)"));
        } else if (k == QLatin1String("buffer")) {
            if (!it.value().isDouble() || it.value().toDouble() < 0)
                return bad(k, QStringLiteral("must be a number of units, 0 or more"));
            s.buffer = it.value().toDouble();
        } else {
            return bad(k, QStringLiteral("is not a known key (warehouses, field, buffer)"));
        }
    }
    return s;
}

Result<StockSettings> StockSettings::load(const SettingsRepository &settings)
{
    auto v = settings.get(QStringLiteral("flow.stock"));
    if (!v)
        return v.error();
    if (v->isUndefined() || v->isNull())
        return StockSettings{};
    if (!v->isObject())
        return Error::data(QStringLiteral("setting flow.stock must be a JSON object"));
    return fromJson(v->toObject());
}

struct StockSync::Impl
{
    std::shared_ptr<const Store> store;
    std::shared_ptr<cart::CartClient> cart;
    std::shared_ptr<m3::M3Client> m3;
    StockSettings settings;
    const StockSyncOptions *o = nullptr;
    QHash<QString, double> available; // ITNO → sum over the warehouses
    QList<QPair<QString, QString>> atpPairs; // (ITNO, WHLO) to ask GetATP for
    QJsonObject counts;

    void say(const QString &line) const
    {
        if (o->progress)
            o->progress(line);
    }
    bool cancelled() const { return o->cancel && o->cancel->load(); }

    // LstWarehBalance answers without ITNO (it is the input), LstNewBalances with it: the caller says whose.
    void add(const QString &itno, const m3::MiRecord &r)
    {
        const QString whlo = r.value(QStringLiteral("WHLO"));
        if (!settings.warehouses.isEmpty() && !settings.warehouses.contains(whlo))
            return;
        if (settings.field == QLatin1String("ATP")) {
            atpPairs << qMakePair(itno, whlo); // asked for afterwards, one GetATP per item and warehouse
            available.insert(itno, available.value(itno));
            return;
        }
        available[itno] += r.value(settings.field).toDouble();
    }

    // ATP: OIS100MI/GetATP (AVTQ) for every item and chosen warehouse that has a balance, 80 to a bulk call.
    Status readAtp()
    {
        m3::ExecOptions all;
        all.maxrecs = 0;
        for (qsizetype start = 0; start < atpPairs.size() && !cancelled(); start += kBalanceBulk) {
            QList<m3::BulkItem> batch;
            for (qsizetype i = start; i < qMin(atpPairs.size(), start + kBalanceBulk); ++i)
                batch << m3::BulkItem{QStringLiteral("GetATP"), {{QStringLiteral("ITNO"), atpPairs.at(i).first}, {QStringLiteral("WHLO"), atpPairs.at(i).second}}, {}};
            auto got = m3->executeBulk(QStringLiteral("OIS100MI"), batch, all);
            if (!got)
                return got.error();
            for (qsizetype i = 0; i < got->size(); ++i)
                if (got->at(i) && !got->at(i)->records.isEmpty())
                    available[atpPairs.at(start + i).first] += got->at(i)->records.first().value(QStringLiteral("AVTQ")).toDouble();
        }
        return ok();
    }

    // 3dcart's catalogue: every simple product and every variant, with what 3dcart shows now.
    Result<QList<StockEntry>> readCatalogue()
    {
        auto products = cart->listParallel(QStringLiteral("Products"), {}, cart->config().pacing.maxConcurrent, [&](int n) {
            say(QStringLiteral("%1 products read from 3dcart").arg(n));
            return !cancelled();
        });
        if (!products)
            return products.error();
        QList<StockEntry> out;
        for (const QJsonValue &v : products.value()) {
            const QJsonObject p = v.toObject();
            const QJsonObject si = p.value(QStringLiteral("SKUInfo")).toObject();
            const qint64 id = si.value(QStringLiteral("CatalogID")).toVariant().toLongLong();
            const QJsonArray options = p.value(QStringLiteral("AdvancedOptionList")).toArray();
            if (options.isEmpty()) {
                out << StockEntry{si.value(QStringLiteral("SKU")).toString().trimmed(), id, {},
                                  si.value(QStringLiteral("Stock")).toDouble(), std::nullopt};
                continue;
            }
            // Variants carry their own stock (AdvancedOptionSufix is where the variant SKU lives).
            for (const QJsonValue &ov : options) {
                const QJsonObject ao = ov.toObject();
                const QString sku = ao.value(QStringLiteral("AdvancedOptionSufix")).toString().trimmed();
                if (!sku.isEmpty())
                    out << StockEntry{sku, id, ao.value(QStringLiteral("AdvancedOptionCode")).toVariant().toString(),
                                      ao.value(QStringLiteral("AdvancedOptionStock")).toDouble(), std::nullopt};
            }
        }
        return out;
    }

    // Every balance (full) or the items whose balances changed since the watermark, all their warehouses.
    Result<QSet<QString>> readBalances(bool full, qint64 watermark)
    {
        m3::ExecOptions all;
        all.maxrecs = 0;
        auto changed = m3->execute(QStringLiteral("OIS100MI"), QStringLiteral("LstNewBalances"),
                                   {{QStringLiteral("LMTS"), QString::number(full ? 0 : watermark)}}, all);
        if (!changed)
            return changed.error();
        counts.insert(QStringLiteral("balances"), int(changed->records.size()));
        QSet<QString> items;
        for (const m3::MiRecord &r : changed->records)
            items.insert(r.value(QStringLiteral("ITNO")));
        if (full) {
            for (const m3::MiRecord &r : changed->records)
                add(r.value(QStringLiteral("ITNO")), r);
            return items;
        }
        // A changed balance in one warehouse: the item's sum needs the others too.
        const QStringList list(items.begin(), items.end());
        for (qsizetype start = 0; start < list.size(); start += kBalanceBulk) {
            QList<m3::BulkItem> batch;
            for (qsizetype i = start; i < qMin(list.size(), start + kBalanceBulk); ++i)
                batch << m3::BulkItem{QStringLiteral("LstWarehBalance"), {{QStringLiteral("ITNO"), list.at(i)}}, {}};
            auto got = m3->executeBulk(QStringLiteral("OIS100MI"), batch, all);
            if (!got)
                return got.error();
            for (qsizetype i = 0; i < got->size(); ++i) {
                const Result<m3::MiResult> &one = got->at(i);
                if (!one)
                    continue; // the item is gone from M3: nothing to sum
                available.insert(list.at(start + i), 0);
                for (const m3::MiRecord &r : one->records)
                    add(list.at(start + i), r);
            }
            if (cancelled())
                break;
        }
        return items;
    }

    double target(const QString &itno) const
    {
        // Whole units: 3dcart variant stock is an integer, and half a shirt is not for sale.
        return std::max(0.0, std::floor(available.value(itno) - settings.buffer));
    }
};

StockSync::StockSync(std::shared_ptr<const Store> store, cart::CartConfig cart, m3::M3Config m3) : d(std::make_unique<Impl>())
{
    d->store = std::move(store);
    d->cart = std::make_shared<cart::CartClient>(std::move(cart));
    d->m3 = std::make_shared<m3::M3Client>(std::move(m3));
}

StockSync::~StockSync() = default;

Result<QJsonObject> StockSync::run(const StockSyncOptions &options)
{
    d->o = &options;
    d->counts = {};
    d->available.clear();
    d->atpPairs.clear();
    auto settings = StockSettings::load(SettingsRepository(d->store));
    if (!settings)
        return settings.error();
    d->settings = settings.value();

    RunLog runs(d->store);
    auto previous = runs.last(runKind(), {QStringLiteral("ok")});
    if (!previous)
        return previous.error();
    StockStateRepository state(d->store);
    auto empty = state.isEmpty();
    if (!empty)
        return empty.error();
    qint64 watermark = 0;
    if (previous->has_value() && !(*previous)->dryRun)
        watermark = (*previous)->counts.value(QStringLiteral("watermark")).toString().toLongLong();
    const bool full = options.full || watermark <= 0 || empty.value();
    // The next run starts where this one started, on M3's clock (GENERAL/GetServerTime LMTS); ours, with a wide
    // overlap, when M3 does not say.
    qint64 nextWatermark = QDateTime::currentMSecsSinceEpoch() - kWatermarkOverlapMs;
    if (auto t = d->m3->execute(QStringLiteral("GENERAL"), QStringLiteral("GetServerTime")); t && !t->records.isEmpty())
        if (const qint64 lmts = t->records.first().value(QStringLiteral("LMTS")).toLongLong(); lmts > 0)
            nextWatermark = lmts - kServerOverlapMs;
    auto runId = runs.start(runKind(), options.dryRun);
    if (!runId)
        return runId.error();
    auto fail = [&](const Error &e) -> Result<QJsonObject> {
        runs.finish(runId.value(), QStringLiteral("failed"), d->counts, e.message);
        return e;
    };

    // A full run reads everything; a delta only the items M3 changed, their SKUs (the SKU map read backwards,
    // and the item numbers themselves) and those SKUs' rows.
    QHash<QString, StockEntry> catalogue;
    QHash<QString, QString> skuMap;
    if (full) {
        auto known = state.all();
        if (!known)
            return fail(known.error());
        auto read = d->readCatalogue();
        if (!read)
            return fail(read.error());
        for (StockEntry e : read.value()) {
            e.pushed = known->value(e.sku).pushed;
            catalogue.insert(e.sku, e);
        }
        if (!options.dryRun)
            if (const Status s = state.saveCatalogue(read.value()); !s)
                return fail(s.error());
    }
    d->say(QStringLiteral("reading M3 balances (%1)").arg(full ? QStringLiteral("all") : QStringLiteral("changed since the last run")));
    auto items = d->readBalances(full, watermark);
    if (!items)
        return fail(items.error());
    if (const Status s = d->readAtp(); !s)
        return fail(s.error());
    d->counts.insert(QStringLiteral("items"), int(items->size()));
    const mapping::LookupRepository lookups(d->store);
    if (full) {
        auto all = lookups.entries(QStringLiteral("sku_itno"));
        if (!all)
            return fail(all.error());
        skuMap = all.value();
    } else {
        const QStringList changed(items->begin(), items->end());
        auto mapped = lookups.entriesWithValues(QStringLiteral("sku_itno"), changed);
        if (!mapped)
            return fail(mapped.error());
        skuMap = mapped.value();
        QStringList skus = skuMap.keys();
        QStringList same; // SKUs that may be their own item number, unless the map sends them elsewhere
        for (const QString &itno : changed)
            if (!skuMap.contains(itno))
                same << itno;
        auto elsewhere = lookups.entriesWithKeys(QStringLiteral("sku_itno"), same);
        if (!elsewhere)
            return fail(elsewhere.error());
        for (const QString &sku : std::as_const(same))
            if (!elsewhere->contains(sku))
                skus << sku;
        auto rows = state.bySku(skus);
        if (!rows)
            return fail(rows.error());
        catalogue = rows.value();
    }
    d->counts.insert(QStringLiteral("skus"), int(catalogue.size()));

    QJsonArray changes, withoutItem, failures, withoutProduct;
    QSet<QString> itemsWithProduct;
    QList<const StockEntry *> simple, variants;
    QHash<QString, double> to;
    for (auto it = catalogue.cbegin(); it != catalogue.cend(); ++it) {
        const StockEntry &e = it.value();
        const QString itno = skuMap.value(e.sku, e.sku);
        itemsWithProduct.insert(itno);
        if (!items->contains(itno)) {
            if (full) {
                if (withoutItem.size() < options.listLimit)
                    withoutItem << e.sku;
                d->counts.insert(QStringLiteral("sku_without_item"), d->counts.value(QStringLiteral("sku_without_item")).toInt() + 1);
            }
            continue;
        }
        const double want = d->target(itno);
        const std::optional<double> before = e.pushed && !options.againstCart ? e.pushed : e.cartStock;
        if (before && *before == want)
            continue;
        to.insert(e.sku, want);
        (e.isVariant() ? variants : simple) << &e;
        if (changes.size() < options.listLimit)
            changes << QJsonObject{{QStringLiteral("sku"), e.sku}, {QStringLiteral("itno"), itno},
                                   {QStringLiteral("from"), before ? QJsonValue(*before) : QJsonValue()}, {QStringLiteral("to"), want}};
    }
    if (full)
        for (const QString &itno : std::as_const(*items))
            if (!itemsWithProduct.contains(itno)) {
                if (withoutProduct.size() < options.listLimit)
                    withoutProduct << itno;
                d->counts.insert(QStringLiteral("item_without_product"), d->counts.value(QStringLiteral("item_without_product")).toInt() + 1);
            }
    d->counts.insert(QStringLiteral("changed"), int(to.size()));

    int pushed = 0, failed = 0;
    if (!options.dryRun && !to.isEmpty()) {
        QList<QPair<QString, double>> done;
        auto note = [&](const QString &sku, const cart::WriteResult &r) {
            if (r.ok()) {
                done << qMakePair(sku, to.value(sku));
                ++pushed;
            } else {
                ++failed;
                if (failures.size() < options.listLimit)
                    failures << QJsonObject{{QStringLiteral("sku"), sku}, {QStringLiteral("status"), r.status}, {QStringLiteral("message"), r.message}};
            }
        };
        d->say(QStringLiteral("pushing %1 product and %2 variant stock levels").arg(simple.size()).arg(variants.size()));
        // Simple products: bulk PUT /Products, SKUInfo with the absolute stock, 100 a call. Variants: PUT
        // /Products/{id}/AdvancedOptions per product (3dcart has no bulk form for them), at most 100 options
        // each. As many calls at once as the connection allows.
        QList<QList<const StockEntry *>> calls;
        for (qsizetype start = 0; start < simple.size(); start += cart::CartClient::kBulkMax)
            calls << simple.mid(start, cart::CartClient::kBulkMax);
        QMap<qint64, QList<const StockEntry *>> byProduct;
        for (const StockEntry *e : std::as_const(variants))
            byProduct[e->catalogId] << e;
        for (auto it = byProduct.cbegin(); it != byProduct.cend(); ++it)
            for (qsizetype start = 0; start < it.value().size(); start += cart::CartClient::kBulkMax)
                calls << it.value().mid(start, cart::CartClient::kBulkMax);
        QMutex mutex;
        QThreadPool pool;
        pool.setMaxThreadCount(qBound(1, d->cart->config().pacing.maxConcurrent, 16));
        for (const QList<const StockEntry *> &chunk : std::as_const(calls)) {
            pool.start([&, chunk] {
                if (d->cancelled())
                    return;
                const bool variant = chunk.first()->isVariant();
                QJsonArray body;
                for (const StockEntry *e : chunk)
                    body << (variant ? QJsonObject{{QStringLiteral("AdvancedOptionCode"), e->optionCode},
                                                   {QStringLiteral("AdvancedOptionStock"), int(to.value(e->sku))}}
                                     : QJsonObject{{QStringLiteral("SKUInfo"), QJsonObject{{QStringLiteral("CatalogID"), e->catalogId},
                                                                                          {QStringLiteral("SKU"), e->sku},
                                                                                          {QStringLiteral("Stock"), to.value(e->sku)}}}});
                auto put = d->cart->put(variant ? QStringLiteral("Products/%1/AdvancedOptions").arg(chunk.first()->catalogId)
                                                : QStringLiteral("Products"),
                                        body);
                QMutexLocker lock(&mutex);
                for (qsizetype i = 0; i < chunk.size(); ++i)
                    note(chunk.at(i)->sku, put && i < put->size() ? put->at(i)
                                                                   : cart::WriteResult{{}, {}, 0, put ? QStringLiteral("no result") : put.error().message});
            });
        }
        pool.waitForDone();
        if (const Status s = StockStateRepository(d->store).markPushed(done); !s)
            return fail(s.error());
    }
    d->counts.insert(QStringLiteral("pushed"), pushed);
    d->counts.insert(QStringLiteral("failed"), failed);
    QJsonObject recorded = d->counts;
    if (!options.dryRun)
        recorded.insert(QStringLiteral("watermark"), QString::number(nextWatermark));
    const QString status = d->cancelled() ? QStringLiteral("cancelled") : failed > 0 ? QStringLiteral("partial") : QStringLiteral("ok");
    runs.finish(runId.value(), status, recorded);
    for (const char *k : {"balances", "items", "skus", "changed", "pushed", "failed", "sku_without_item", "item_without_product"})
        if (!d->counts.contains(QLatin1String(k)))
            d->counts.insert(QLatin1String(k), 0);
    return QJsonObject{{QStringLiteral("run_id"), runId.value()},
                       {QStringLiteral("dry_run"), options.dryRun},
                       {QStringLiteral("mode"), full ? QStringLiteral("full") : QStringLiteral("delta")},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("counts"), d->counts},
                       {QStringLiteral("changes"), changes},
                       {QStringLiteral("failures"), failures},
                       {QStringLiteral("sku_without_item"), withoutItem},
                       {QStringLiteral("item_without_product"), withoutProduct}};
}

} // namespace m3cart::flows
