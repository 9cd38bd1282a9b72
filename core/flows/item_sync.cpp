#include "item_sync.h"

#include "flows/mapping_cache.h"
#include "mapping/compiled_mapping.h"
#include "mapping/lookup_source.h"
#include "store/run_log.h"
#include "store/store.h"
#include "store/xref_repository.h"

#include <QJsonArray>

namespace m3cart::flows {

namespace {
constexpr int kPriceBulk = 80;

// Where a SKU lives in 3dcart: a product, or a variant of one.
struct Place
{
    qint64 catalogId = 0;
    QString optionCode; // empty: the product itself
    QJsonObject current; // the product, or the AdvancedOption
};

// True when every field of want (nested objects field by field) is already so in have. Numbers compare as
// numbers (3dcart writes 20 and 20.0 alike).
bool contains(const QJsonObject &have, const QJsonObject &want)
{
    for (auto it = want.begin(); it != want.end(); ++it) {
        const QJsonValue h = have.value(it.key());
        if (it.value().isObject()) {
            if (!contains(h.toObject(), it.value().toObject()))
                return false;
        } else if (it.value().isDouble() || h.isDouble()) {
            if (qAbs(h.toDouble() - it.value().toDouble()) > 1e-9)
                return false;
        } else if (h != it.value()) {
            return false;
        }
    }
    return true;
}
} // namespace

struct ItemSync::Impl
{
    std::shared_ptr<const Store> store;
    std::shared_ptr<cart::CartClient> cart;
    std::shared_ptr<m3::M3Client> m3;
    const ItemSyncOptions *o = nullptr;

    void say(const QString &line) const
    {
        if (o->progress)
            o->progress(line);
    }

    Result<QHash<QString, Place>> catalogue()
    {
        auto products = cart->listParallel(QStringLiteral("Products"), {}, cart->config().pacing.maxConcurrent);
        if (!products)
            return products.error();
        QHash<QString, Place> out;
        for (const QJsonValue &v : products.value()) {
            const QJsonObject p = v.toObject();
            const QJsonObject si = p.value(QStringLiteral("SKUInfo")).toObject();
            const qint64 id = si.value(QStringLiteral("CatalogID")).toVariant().toLongLong();
            out.insert(si.value(QStringLiteral("SKU")).toString().trimmed(), Place{id, {}, p});
            for (const QJsonValue &ov : p.value(QStringLiteral("AdvancedOptionList")).toArray()) {
                const QJsonObject ao = ov.toObject();
                out.insert(ao.value(QStringLiteral("AdvancedOptionSufix")).toString().trimmed(),
                           Place{id, ao.value(QStringLiteral("AdvancedOptionCode")).toVariant().toString(), ao});
            }
        }
        return out;
    }

    // GetItmPrice for every item, 80 to a bulk call; items without a price get none.
    Result<QHash<QString, QJsonObject>> prices(const QStringList &items)
    {
        QHash<QString, QJsonObject> out;
        for (qsizetype start = 0; start < items.size(); start += kPriceBulk) {
            QList<m3::BulkItem> batch;
            for (qsizetype i = start; i < qMin(items.size(), start + kPriceBulk); ++i)
                batch << m3::BulkItem{QStringLiteral("GetItmPrice"), {{QStringLiteral("ITNO"), items.at(i)}}, {}};
            auto got = m3->executeBulk(QStringLiteral("MMS200MI"), batch);
            if (!got)
                return got.error();
            for (qsizetype i = 0; i < got->size(); ++i)
                if (got->at(i) && !got->at(i)->records.isEmpty())
                    out.insert(items.at(start + i), got->at(i)->records.first().toJson());
        }
        return out;
    }
};

ItemSync::ItemSync(std::shared_ptr<const Store> store, cart::CartConfig cart, m3::M3Config m3) : d(std::make_unique<Impl>())
{
    d->store = std::move(store);
    d->cart = std::make_shared<cart::CartClient>(std::move(cart));
    d->m3 = std::make_shared<m3::M3Client>(std::move(m3));
}

ItemSync::~ItemSync() = default;

Result<QJsonObject> ItemSync::run(const ItemSyncOptions &options)
{
    d->o = &options;
    RunLog runs(d->store);
    QDate since = options.since;
    if (since.isNull()) {
        auto previous = runs.last(runKind(), {QStringLiteral("ok")});
        if (!previous)
            return previous.error();
        if (previous->has_value() && !(*previous)->dryRun)
            since = (*previous)->startedAt.date(); // LMDT is a date: the day of the last run, again
    }
    auto runId = runs.start(runKind(), options.dryRun);
    if (!runId)
        return runId.error();
    QJsonObject counts;
    auto fail = [&](const Error &e) -> Result<QJsonObject> {
        runs.finish(runId.value(), QStringLiteral("failed"), counts, e.message);
        return e;
    };
    auto mapping = MappingCache(d->store).get(QStringLiteral("item-product"));
    if (!mapping)
        return fail(mapping.error());

    d->say(QStringLiteral("reading M3 items changed since %1").arg(since.isNull() ? QStringLiteral("ever") : since.toString(Qt::ISODate)));
    m3::ExecOptions all;
    all.maxrecs = 0;
    m3::MiFields filter;
    if (!since.isNull())
        filter << qMakePair(QStringLiteral("FLMD"), since.toString(QStringLiteral("yyyyMMdd")));
    auto items = d->m3->execute(QStringLiteral("MMS200MI"), QStringLiteral("LstItmByChgDate"), filter, all);
    if (!items)
        return fail(items.error());
    QStringList itnos;
    for (const m3::MiRecord &r : items->records)
        itnos << r.value(QStringLiteral("ITNO"));
    counts.insert(QStringLiteral("items"), int(itnos.size()));
    auto prices = d->prices(itnos);
    if (!prices)
        return fail(prices.error());
    d->say(QStringLiteral("reading the 3dcart catalogue"));
    auto places = d->catalogue();
    if (!places)
        return fail(places.error());
    auto skuMap = mapping::LookupRepository(d->store).entries(QStringLiteral("sku_itno"));
    if (!skuMap)
        return fail(skuMap.error());
    QHash<QString, QString> skuOfItem; // ITNO → SKU: the SKU map read backwards, else the same text
    for (auto it = skuMap->cbegin(); it != skuMap->cend(); ++it)
        skuOfItem.insert(it.value(), it.key());

    QJsonArray productUpdates, creates, changes, failures;
    QList<QString> updateSkus, createSkus;
    QMap<qint64, QList<QPair<QString, QJsonObject>>> variantUpdates;
    int unchanged = 0, skipped = 0, hidden = 0;
    for (const m3::MiRecord &r : items->records) {
        const QString itno = r.value(QStringLiteral("ITNO"));
        const QString sku = skuOfItem.value(itno, itno);
        const auto place = places->constFind(sku);
        const bool isVariant = place != places->constEnd() && !place->optionCode.isEmpty();
        auto out = mapping.value()->evaluate(QJsonObject{{QStringLiteral("item"), r.toJson()},
                                                         {QStringLiteral("price"), prices->value(itno)},
                                                         {QStringLiteral("isVariant"), isVariant}});
        if (!out) {
            ++skipped;
            if (failures.size() < options.listLimit)
                failures << QJsonObject{{QStringLiteral("sku"), sku}, {QStringLiteral("status"), 0}, {QStringLiteral("message"), out.error().message}};
            continue;
        }
        const mapping::MappedSection *s = out->section(isVariant ? QStringLiteral("variant") : QStringLiteral("product"));
        if (!s || s->skipped || s->records.isEmpty()) {
            ++skipped;
            continue;
        }
        QJsonObject want = s->records.first();
        if (!isVariant) {
            QJsonObject si = want.value(QStringLiteral("SKUInfo")).toObject();
            si.insert(QStringLiteral("SKU"), sku); // the store's SKU, which may differ from the item number
            want.insert(QStringLiteral("SKUInfo"), si);
        } else {
            want.insert(QStringLiteral("AdvancedOptionSufix"), sku);
        }
        hidden += want.value(QStringLiteral("Hide")).toBool() ? 1 : 0;
        QString action;
        if (place == places->constEnd()) {
            const bool sellable = r.value(QStringLiteral("STAT")) == QLatin1String("20") && r.value(QStringLiteral("SALE")) != QLatin1String("0");
            if (!options.create || !sellable) {
                ++skipped;
                continue;
            }
            action = QStringLiteral("create");
            creates << want;
            createSkus << sku;
        } else if (contains(place->current, want)) {
            ++unchanged;
            continue;
        } else if (isVariant) {
            action = QStringLiteral("update");
            want.insert(QStringLiteral("AdvancedOptionCode"), place->optionCode);
            variantUpdates[place->catalogId] << qMakePair(sku, want);
        } else {
            action = QStringLiteral("update");
            QJsonObject si = want.value(QStringLiteral("SKUInfo")).toObject();
            si.insert(QStringLiteral("CatalogID"), place->catalogId);
            want.insert(QStringLiteral("SKUInfo"), si);
            productUpdates << want;
            updateSkus << sku;
        }
        if (changes.size() < options.listLimit)
            changes << QJsonObject{{QStringLiteral("sku"), sku}, {QStringLiteral("itno"), itno}, {QStringLiteral("action"), action}, {QStringLiteral("fields"), want}};
    }

    int updated = 0, created = 0, failed = 0;
    auto note = [&](const QString &sku, const cart::WriteResult &w, int *okCount) {
        if (w.ok()) {
            ++*okCount;
            return;
        }
        ++failed;
        if (failures.size() < options.listLimit)
            failures << QJsonObject{{QStringLiteral("sku"), sku}, {QStringLiteral("status"), w.status}, {QStringLiteral("message"), w.message}};
    };
    if (!options.dryRun) {
        d->say(QStringLiteral("updating %1 products, creating %2").arg(productUpdates.size()).arg(creates.size()));
        cart::BulkResult partial;
        if (!productUpdates.isEmpty()) {
            auto put = d->cart->putBulk(QStringLiteral("Products"), productUpdates, &partial);
            const cart::BulkResult &res = put ? put.value() : partial;
            for (qsizetype i = 0; i < updateSkus.size(); ++i)
                note(updateSkus.at(i), i < res.results.size() ? res.results.at(i) : cart::WriteResult{{}, {}, 0, put ? QString() : put.error().message}, &updated);
        }
        for (auto it = variantUpdates.cbegin(); it != variantUpdates.cend(); ++it) {
            QJsonArray body;
            for (const auto &[sku, rec] : it.value())
                body << rec;
            auto put = d->cart->put(QStringLiteral("Products/%1/AdvancedOptions").arg(it.key()), body);
            for (qsizetype i = 0; i < it.value().size(); ++i)
                note(it.value().at(i).first, put && i < put->size() ? put->at(i) : cart::WriteResult{{}, {}, 0, put ? QString() : put.error().message}, &updated);
        }
        XrefRepository xref(d->store);
        for (qsizetype start = 0; start < creates.size(); start += cart::CartClient::kBulkMax) {
            QJsonArray chunk;
            for (qsizetype i = start; i < qMin(creates.size(), start + cart::CartClient::kBulkMax); ++i)
                chunk << creates.at(i);
            auto post = d->cart->post(QStringLiteral("Products"), chunk);
            for (qsizetype i = 0; i < chunk.size(); ++i) {
                const QString sku = createSkus.at(start + i);
                const cart::WriteResult w = post && i < post->size() ? post->at(i) : cart::WriteResult{{}, {}, 0, post ? QString() : post.error().message};
                note(sku, w, &created);
                if (w.ok() && !w.value.isEmpty())
                    xref.put(QStringLiteral("product"), w.value, skuOfItem.key(sku, sku)); // CatalogID ↔ ITNO
            }
        }
    }
    counts.insert(QStringLiteral("updated"), updated);
    counts.insert(QStringLiteral("created"), created);
    counts.insert(QStringLiteral("unchanged"), unchanged);
    counts.insert(QStringLiteral("hidden"), hidden);
    counts.insert(QStringLiteral("skipped"), skipped);
    counts.insert(QStringLiteral("failed"), failed);
    qsizetype variantCount = 0;
    for (const auto &v : std::as_const(variantUpdates))
        variantCount += v.size();
    counts.insert(QStringLiteral("to_update"), int(productUpdates.size() + variantCount));
    counts.insert(QStringLiteral("to_create"), int(creates.size()));
    const QString status = failed > 0 ? QStringLiteral("partial") : QStringLiteral("ok");
    runs.finish(runId.value(), status, counts);
    return QJsonObject{{QStringLiteral("run_id"), runId.value()},
                       {QStringLiteral("dry_run"), options.dryRun},
                       {QStringLiteral("since"), since.isNull() ? QJsonValue() : QJsonValue(since.toString(Qt::ISODate))},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("counts"), counts},
                       {QStringLiteral("changes"), changes},
                       {QStringLiteral("failures"), failures}};
}

} // namespace m3cart::flows
