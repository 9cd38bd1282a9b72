// Products, SKU info and advanced options (variants) of the 3dcart simulator.

#include "cart_json.h"
#include "cart_simulator.h"

namespace m3cart::sandbox {

using namespace cartjson;

namespace {

const FieldSpec kSkuFields[] = {
    {"SKU", 's', 255},    {"Name", 's', 255}, {"Cost", 'd'},   {"Price", 'd'},
    {"RetailPrice", 'd'}, {"SalePrice", 'd'}, {"OnSale", 'b'}, {"Stock", 'd'},
};

const FieldSpec kProductFields[] = {
    {"MFGID", 's', 50},
    {"ShortDescription", 's'},
    {"ManufacturerID", 'i'},
    {"GTIN", 's', 50},
    {"NonTaxable", 'b'},
    {"NotForSale", 'b'},
    {"Hide", 'b'},
    {"GiftCertificate", 'b'},
    {"HomeSpecial", 'b'},
    {"CategorySpecial", 'b'},
    {"NonSearchable", 'b'},
    {"ShipCost", 'd'},
    {"Weight", 'd'},
    {"Height", 'd'},
    {"Width", 'd'},
    {"Depth", 'd'},
    {"SelfShip", 'b'},
    {"FreeShipping", 'b'},
    {"StockAlert", 'd'},
    {"ReorderQuantity", 'd'},
    {"InStockMessage", 's'},
    {"OutOfStockMessage", 's'},
    {"BackOrderMessage", 's'},
    {"InventoryControl", 'i'},
    {"WarehouseLocation", 's'},
    {"WarehouseBin", 's'},
    {"WarehouseAisle", 's'},
    {"WarehouseCustom", 's'},
    {"Description", 's'},
    {"Keywords", 's'},
    {"Title", 's'},
    {"MetaTags", 's'},
};

const FieldSpec kOptionFields[] = {
    {"AdvancedOptionSufix", 's', 50}, {"AdvancedOptionName", 's', 255}, {"AdvancedOptionCost", 'd'},
    {"AdvancedOptionStock", 'i'},     {"AdvancedOptionWeight", 'd'},    {"AdvancedOptionPrice", 'd'},
    {"AdvancedOptionGTIN", 's', 50},
};

} // namespace

QJsonObject CartSimulator::makeProduct(const SeedProduct &p) const
{
    const QString stamp = nowText();
    QJsonObject sku{
        {QStringLiteral("CatalogID"), p.catalogId}, {QStringLiteral("SKU"), p.sku},
        {QStringLiteral("Name"), p.name},           {QStringLiteral("Cost"), p.cost},
        {QStringLiteral("Price"), p.price},         {QStringLiteral("RetailPrice"), p.retailPrice},
        {QStringLiteral("SalePrice"), 0.0},         {QStringLiteral("OnSale"), false},
        {QStringLiteral("Stock"), p.stock}};
    QJsonObject o;
    o[QStringLiteral("SKUInfo")] = sku;
    o[QStringLiteral("MFGID")] = QStringLiteral("MFG-%1").arg(p.catalogId);
    o[QStringLiteral("ShortDescription")] = QStringLiteral("<p>%1</p>").arg(p.name);
    o[QStringLiteral("ManufacturerID")] = 0;
    o[QStringLiteral("ManufacturerName")] = QString();
    o[QStringLiteral("DistributorList")] = QJsonArray();
    o[QStringLiteral("LastUpdate")] = stamp;
    o[QStringLiteral("UserID")] = QString();
    o[QStringLiteral("GTIN")] = QString();
    o[QStringLiteral("CategoryList")] = QJsonArray{QJsonObject{
        {QStringLiteral("CategoryID"), 1 + p.catalogId % 5},
        {QStringLiteral("CategoryName"), QStringLiteral("Category %1").arg(1 + p.catalogId % 5)}}};
    for (const char *f :
         {"NonTaxable", "NotForSale", "Hide", "GiftCertificate", "HomeSpecial", "CategorySpecial",
          "NonSearchable", "GiftWrapItem", "SelfShip", "FreeShipping", "DisableRewards"})
        o.insert(QLatin1String(f), false);
    for (const char *f : {"ShipCost", "Height", "Width", "Depth", "RewardPoints", "RedeemPoints",
                          "StockAlert", "ReorderQuantity", "ReviewAverage"})
        o.insert(QLatin1String(f), 0.0);
    o[QStringLiteral("Weight")] = p.weight;
    o[QStringLiteral("ReviewCount")] = 0;
    o[QStringLiteral("InventoryControl")] = -1;
    for (const char *f :
         {"InStockMessage", "OutOfStockMessage", "BackOrderMessage", "WarehouseLocation", "WarehouseBin",
          "WarehouseAisle", "WarehouseCustom", "Keywords", "Title", "MetaTags", "CustomFileName",
          "RedirectLink", "SpecialInstructions", "ThumbnailFile", "MainImageFile"})
        o.insert(QLatin1String(f), QString());
    o[QStringLiteral("Description")] =
        QStringLiteral("<p>The %1 &mdash; seeded by the m3cart sandbox.</p>").arg(p.name);
    for (int i = 1; i <= 13; ++i)
        o.insert(QStringLiteral("ExtraField%1").arg(i), QString());
    o[QStringLiteral("FeatureList")] = QJsonArray();
    o[QStringLiteral("PluginList")] = QJsonObject();
    o[QStringLiteral("ImageGalleryList")] = QJsonArray();
    o[QStringLiteral("RelatedProductList")] = QJsonArray();
    o[QStringLiteral("UpSellingItemList")] = QJsonArray();
    o[QStringLiteral("DiscountList")] = QJsonArray();
    o[QStringLiteral("DateCreated")] = stamp;
    QJsonArray optionSets;
    QJsonArray advanced;
    if (!p.variants.isEmpty()) {
        QJsonArray options;
        int sort = 1;
        for (const SeedVariant &v : p.variants) {
            options.append(QJsonObject{{QStringLiteral("OptionID"), v.optionId},
                                       {QStringLiteral("OptionName"), v.optionName},
                                       {QStringLiteral("OptionSelected"), false},
                                       {QStringLiteral("OptionHide"), false},
                                       {QStringLiteral("OptionValue"), v.priceDelta},
                                       {QStringLiteral("OptionPartNumber"), v.sku},
                                       {QStringLiteral("OptionSorting"), sort++},
                                       {QStringLiteral("OptionImagePath"), QString()},
                                       {QStringLiteral("OptionBundleCatalogId"), 0},
                                       {QStringLiteral("OptionBundleQuantity"), 0}});
            advanced.append(QJsonObject{{QStringLiteral("AdvancedOptionCode"), QString::number(v.optionId)},
                                        {QStringLiteral("AdvancedOptionSufix"), v.sku},
                                        {QStringLiteral("AdvancedOptionName"), v.optionName},
                                        {QStringLiteral("AdvancedOptionCost"), p.cost},
                                        {QStringLiteral("AdvancedOptionStock"), v.stock},
                                        {QStringLiteral("AdvancedOptionWeight"), p.weight},
                                        {QStringLiteral("AdvancedOptionPrice"), v.priceDelta},
                                        {QStringLiteral("AdvancedOptionGTIN"), QString()}});
        }
        optionSets.append(QJsonObject{{QStringLiteral("OptionSetID"), p.catalogId * 10},
                                      {QStringLiteral("OptionSetName"), p.optionSetName},
                                      {QStringLiteral("OptionSorting"), 1},
                                      {QStringLiteral("OptionRequired"), true},
                                      {QStringLiteral("OptionType"), QStringLiteral("Dropdown")},
                                      {QStringLiteral("OptionURL"), QString()},
                                      {QStringLiteral("OptionAdditionalInformation"), QString()},
                                      {QStringLiteral("OptionSizeLimit"), 0},
                                      {QStringLiteral("OptionList"), options}});
    }
    o[QStringLiteral("OptionSetList")] = optionSets;
    o[QStringLiteral("AdvancedOptionList")] = advanced;
    return o;
}

bool CartSimulator::applyAdvancedOptionUpdate(QJsonObject &option, const QJsonObject &patch, QString *error)
{
    return applyFields(option, patch, kOptionFields, int(std::size(kOptionFields)),
                       QStringLiteral("AdvancedOptionList"), error);
}

bool CartSimulator::applyProductUpdate(QJsonObject &product, const QJsonObject &patch, QString *error,
                                       bool *stockChanged, bool *otherChanged)
{
    QJsonObject p = product;
    QStringList changed;
    if (patch.contains(QStringLiteral("SKUInfo"))) {
        const QJsonValue sv = patch.value(QStringLiteral("SKUInfo"));
        if (!sv.isObject()) {
            *error = conversionError(sv, "ProductSKU", QStringLiteral("SKUInfo"));
            return false;
        }
        QJsonObject sku = p.value(QStringLiteral("SKUInfo")).toObject();
        if (!applyFields(sku, sv.toObject(), kSkuFields, int(std::size(kSkuFields)),
                         QStringLiteral("SKUInfo"), error, &changed))
            return false;
        p[QStringLiteral("SKUInfo")] = sku;
    }
    if (!applyFields(p, patch, kProductFields, int(std::size(kProductFields)), QString(), error, &changed))
        return false;
    bool optionStock = false;
    if (patch.contains(QStringLiteral("AdvancedOptionList"))) {
        QJsonArray opts = p.value(QStringLiteral("AdvancedOptionList")).toArray();
        for (const QJsonValue &v : patch.value(QStringLiteral("AdvancedOptionList")).toArray()) {
            const QJsonObject op = v.toObject();
            for (int i = 0; i < opts.size(); ++i) {
                QJsonObject o = opts[i].toObject();
                if (o.value(QStringLiteral("AdvancedOptionCode")).toString() !=
                        op.value(QStringLiteral("AdvancedOptionCode")).toVariant().toString() &&
                    o.value(QStringLiteral("AdvancedOptionSufix")).toString() !=
                        op.value(QStringLiteral("AdvancedOptionSufix")).toString())
                    continue;
                const int before = o.value(QStringLiteral("AdvancedOptionStock")).toInt();
                if (!applyAdvancedOptionUpdate(o, op, error))
                    return false;
                optionStock = optionStock || before != o.value(QStringLiteral("AdvancedOptionStock")).toInt();
                opts[i] = o;
            }
        }
        p[QStringLiteral("AdvancedOptionList")] = opts;
    }
    *stockChanged = changed.contains(QStringLiteral("Stock")) || optionStock;
    changed.removeAll(QStringLiteral("Stock"));
    *otherChanged = !changed.isEmpty();
    if (*stockChanged || *otherChanged)
        p[QStringLiteral("LastUpdate")] = nowText();
    product = p;
    return true;
}

HttpResponse CartSimulator::productsRoute(const HttpRequest &req, const QStringList &segs)
{
    auto skuOf = [](const QJsonObject &p) { return p.value(QStringLiteral("SKUInfo")).toObject(); };
    auto afterWrite = [this](const QJsonObject &p, bool stock, bool other) {
        if (other)
            fireWebhook(ProductChanged, p);
        if (stock)
            fireWebhook(ProductStockChanged, p);
    };
    if (segs.isEmpty() || segs[0].compare(QLatin1String("skuinfo"), Qt::CaseInsensitive) == 0) {
        const bool skuInfo = !segs.isEmpty();
        if (req.method == "GET") {
            const QString sku = req.queryValue(QStringLiteral("sku"));
            const QString name = req.queryValue(QStringLiteral("name"));
            const QString catalog = req.queryValue(QStringLiteral("catalogid"));
            const QDateTime luStart = parseQueryDate(req.queryValue(QStringLiteral("lastupdatestart")));
            const QDateTime luEnd = parseQueryDate(req.queryValue(QStringLiteral("lastupdateend")));
            bool okFrom = false, okTo = false;
            const double priceFrom = req.queryValue(QStringLiteral("pricefrom")).toDouble(&okFrom);
            const double priceTo = req.queryValue(QStringLiteral("priceto")).toDouble(&okTo);
            bool okSf = false, okSt = false;
            const double stockFrom = req.queryValue(QStringLiteral("stockfrom")).toDouble(&okSf);
            const double stockTo = req.queryValue(QStringLiteral("stockto")).toDouble(&okSt);
            QList<QJsonObject> rows;
            rows.reserve(m_products.size());
            // No filter: every product, without looking inside each (a 100,000-product catalogue is read
            // page by page, and each page would otherwise open every product).
            const bool unfiltered = !skuInfo && sku.isEmpty() && name.isEmpty() && (catalog.isEmpty() || catalog == QLatin1String("0")) &&
                                    !luStart.isValid() && !luEnd.isValid() && !okFrom && !okTo && !okSf && !okSt;
            if (unfiltered) {
                for (const QJsonObject &p : m_products)
                    rows.append(p);
                return list(req, rows, 200);
            }
            for (const QJsonObject &p : m_products) {
                const QJsonObject si = skuOf(p);
                if (!sku.isEmpty() &&
                    si.value(QStringLiteral("SKU")).toString().compare(sku, Qt::CaseInsensitive) != 0)
                    continue;
                if (!name.isEmpty() &&
                    !si.value(QStringLiteral("Name")).toString().contains(name, Qt::CaseInsensitive))
                    continue;
                if (!catalog.isEmpty() && catalog != QLatin1String("0") &&
                    si.value(QStringLiteral("CatalogID")).toInt() != catalog.toInt())
                    continue;
                if (luStart.isValid() || luEnd.isValid()) {
                    const QDateTime lu = parseStoreTime(p.value(QStringLiteral("LastUpdate")).toString());
                    if ((luStart.isValid() && lu < luStart) || (luEnd.isValid() && lu > luEnd))
                        continue;
                }
                const double price = si.value(QStringLiteral("Price")).toDouble();
                const double stock = si.value(QStringLiteral("Stock")).toDouble();
                if ((okFrom && price < priceFrom) || (okTo && price > priceTo) ||
                    (okSf && stock < stockFrom) || (okSt && stock > stockTo))
                    continue;
                rows.append(skuInfo ? si : p);
            }
            return list(req, rows, 200);
        }
        if (skuInfo)
            return HttpResponse::raw(405, {}, {});
        QJsonDocument doc;
        HttpResponse err;
        if (req.method == "PUT") {
            if (!parseBody(req, &doc, &err))
                return err;
            const QJsonArray arr = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
            if (arr.size() > 100)
                return error(400, QStringLiteral("The maximum number of records per request is 100."));
            QJsonArray results;
            for (const QJsonValue &v : arr) {
                const QJsonObject patch = v.toObject();
                qint64 id = 0;
                QJsonValue idv =
                    patch.value(QStringLiteral("SKUInfo")).toObject().value(QStringLiteral("CatalogID"));
                if (idv.isUndefined())
                    idv = patch.value(QStringLiteral("CatalogID"));
                if (!toInt(idv, &id) || !m_products.contains(int(id))) {
                    results.append(result(QStringLiteral("CatalogID"), QString::number(id), 404,
                                          QStringLiteral("Product not found"))[0]);
                    continue;
                }
                QString e;
                bool stock = false, other = false;
                if (!applyProductUpdate(m_products[int(id)], patch, &e, &stock, &other)) {
                    results.append(result(QStringLiteral("CatalogID"), QString::number(id), 400, e)[0]);
                    continue;
                }
                afterWrite(m_products[int(id)], stock, other);
                results.append(result(QStringLiteral("CatalogID"), QString::number(id), 200,
                                      QStringLiteral("updated successfully"))[0]);
            }
            return HttpResponse::json(results);
        }
        if (req.method == "POST") {
            if (!parseBody(req, &doc, &err))
                return err;
            const QJsonArray arr = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
            QJsonArray results;
            for (const QJsonValue &v : arr) {
                const QJsonObject patch = v.toObject();
                const QJsonObject si = patch.value(QStringLiteral("SKUInfo")).toObject();
                if (si.value(QStringLiteral("SKU")).toString().isEmpty() ||
                    si.value(QStringLiteral("Name")).toString().isEmpty())
                    return error(400, QStringLiteral("SKUInfo.SKU and SKUInfo.Name are required."));
                SeedProduct sp;
                sp.catalogId = m_nextCatalogId++;
                sp.sku = si.value(QStringLiteral("SKU")).toString();
                sp.name = si.value(QStringLiteral("Name")).toString();
                QJsonObject p = makeProduct(sp);
                QString e;
                bool stock = false, other = false;
                QJsonObject patchNoId = patch;
                QJsonObject siNoId = si;
                siNoId.remove(QStringLiteral("CatalogID"));
                patchNoId[QStringLiteral("SKUInfo")] = siNoId;
                if (!applyProductUpdate(p, patchNoId, &e, &stock, &other))
                    return error(400, e);
                m_products.insert(sp.catalogId, p);
                fireWebhook(ProductNew, p);
                results.append(result(QStringLiteral("CatalogID"), QString::number(sp.catalogId), 201,
                                      QStringLiteral("Created successfully"))[0]);
            }
            return HttpResponse::json(results, 201);
        }
        return HttpResponse::raw(405, {}, {});
    }
    bool ok = false;
    const int id = segs[0].toInt(&ok);
    if (!ok || !m_products.contains(id))
        return error(404, QStringLiteral("No records found"));
    QJsonObject &product = m_products[id];
    if (segs.size() == 1) {
        if (req.method == "GET")
            return rows({product});
        if (req.method == "DELETE") {
            const QJsonObject gone = product;
            m_products.remove(id);
            fireWebhook(ProductDeleted, gone);
            return HttpResponse::json(result(QStringLiteral("CatalogID"), QString::number(id), 200,
                                             QStringLiteral("deleted successfully")));
        }
        if (req.method == "PUT") {
            QJsonDocument doc;
            HttpResponse err;
            if (!parseBody(req, &doc, &err))
                return err;
            if (!doc.isObject())
                return error(400, QStringLiteral("The request is invalid. Expected a Product object."));
            QString e;
            bool stock = false, other = false;
            if (!applyProductUpdate(product, doc.object(), &e, &stock, &other))
                return error(400, e);
            afterWrite(product, stock, other);
            return HttpResponse::json(result(QStringLiteral("CatalogID"), QString::number(id), 200,
                                             QStringLiteral("updated successfully")));
        }
        return HttpResponse::raw(405, {}, {});
    }
    const QString sub = segs[1].toLower();
    if (sub == QLatin1String("skuinfo") && segs.size() == 2) {
        if (req.method != "GET")
            return HttpResponse::raw(405, {}, {});
        return HttpResponse::json(QJsonArray{skuOf(product)});
    }
    if (sub != QLatin1String("advancedoptions"))
        return error(404, QStringLiteral("Not Found"));
    QJsonArray opts = product.value(QStringLiteral("AdvancedOptionList")).toArray();
    if (req.method == "GET" && segs.size() == 2) {
        QList<QJsonObject> rows;
        for (const QJsonValue &v : opts)
            rows.append(v.toObject());
        return list(req, rows, 500);
    }
    if (req.method != "PUT")
        return HttpResponse::raw(405, {}, {});
    QJsonDocument doc;
    HttpResponse err;
    if (!parseBody(req, &doc, &err))
        return err;
    QJsonArray patches;
    if (segs.size() == 3) {
        if (!doc.isObject())
            return error(400, QStringLiteral("The request is invalid. Expected an AdvancedOption object."));
        QJsonObject one = doc.object();
        one[QStringLiteral("AdvancedOptionCode")] = segs[2];
        patches.append(one);
    } else {
        patches = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    }
    if (patches.size() > 100)
        return error(400, QStringLiteral("The maximum number of records per request is 100."));
    QJsonArray results;
    bool anyStock = false, anyOther = false;
    for (const QJsonValue &v : patches) {
        const QJsonObject op = v.toObject();
        const QString code = op.value(QStringLiteral("AdvancedOptionCode")).toVariant().toString();
        int found = -1;
        for (int i = 0; i < opts.size(); ++i) {
            const QJsonObject o = opts[i].toObject();
            if ((!code.isEmpty() && o.value(QStringLiteral("AdvancedOptionCode")).toString() == code) ||
                (code.isEmpty() && o.value(QStringLiteral("AdvancedOptionSufix")).toString() ==
                                       op.value(QStringLiteral("AdvancedOptionSufix")).toString()))
                found = i;
        }
        if (found < 0) {
            if (segs.size() == 3)
                return error(404, QStringLiteral("No records found"));
            results.append(result(QStringLiteral("AdvancedOptionCode"), code, 404,
                                  QStringLiteral("Advanced option not found"))[0]);
            continue;
        }
        QJsonObject o = opts[found].toObject();
        const QJsonObject before = o;
        QString e;
        if (!applyAdvancedOptionUpdate(o, op, &e)) {
            if (segs.size() == 3)
                return error(400, e);
            results.append(result(QStringLiteral("AdvancedOptionCode"), code, 400, e)[0]);
            continue;
        }
        anyStock = anyStock || before.value(QStringLiteral("AdvancedOptionStock")) !=
                                   o.value(QStringLiteral("AdvancedOptionStock"));
        QJsonObject a = before, b = o;
        a.remove(QStringLiteral("AdvancedOptionStock"));
        b.remove(QStringLiteral("AdvancedOptionStock"));
        anyOther = anyOther || a != b;
        opts[found] = o;
        results.append(result(QStringLiteral("AdvancedOptionCode"),
                              o.value(QStringLiteral("AdvancedOptionCode")).toString(), 200,
                              QStringLiteral("updated successfully"))[0]);
    }
    product[QStringLiteral("AdvancedOptionList")] = opts;
    if (anyStock || anyOther)
        product[QStringLiteral("LastUpdate")] = nowText();
    afterWrite(product, anyStock, anyOther);
    return HttpResponse::json(results);
}

} // namespace m3cart::sandbox
