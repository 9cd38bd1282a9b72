#include "cart_json.h"

#include <cmath>

namespace m3cart::sandbox::cartjson {

bool toInt(const QJsonValue &v, qint64 *out)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::floor(d) != d || std::abs(d) > 9e15)
            return false;
        *out = qint64(d);
        return true;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            *out = n;
        return ok;
    }
    if (v.isBool()) {
        *out = v.toBool() ? 1 : 0;
        return true;
    }
    return false;
}

bool toDecimal(const QJsonValue &v, double *out)
{
    if (v.isDouble()) {
        *out = v.toDouble();
        return true;
    }
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            *out = d;
        return ok && std::isfinite(d);
    }
    return false;
}

bool toBool(const QJsonValue &v, bool *out)
{
    if (v.isBool()) {
        *out = v.toBool();
        return true;
    }
    if (v.isDouble()) {
        *out = v.toDouble() != 0;
        return true;
    }
    if (v.isString()) {
        const QString s = v.toString().trimmed().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("1")) {
            *out = true;
            return true;
        }
        if (s == QLatin1String("false") || s == QLatin1String("0")) {
            *out = false;
            return true;
        }
    }
    return false;
}

QString conversionError(const QJsonValue &v, const char *dotnetType, const QString &path)
{
    QString shown;
    if (v.isString())
        shown = v.toString();
    else if (v.isObject() || v.isArray())
        return QStringLiteral("Unexpected character encountered while parsing value. Path '%1'.").arg(path);
    else if (v.isBool())
        shown = v.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    else if (v.isDouble())
        shown = QString::number(v.toDouble());
    return QStringLiteral("Error converting value \"%1\" to type '%2'. Path '%3'.")
        .arg(shown, QLatin1String(dotnetType), path);
}

bool parseBody(const HttpRequest &req, QJsonDocument *doc, HttpResponse *error)
{
    const QByteArray ct = req.header("Content-Type").toLower();
    if (ct.contains("xml")) {
        // m3cart speaks JSON only; the simulator does not serialise DataContract XML.
        *error = HttpResponse::json(
            QJsonObject{
                {QStringLiteral("Message"),
                 QStringLiteral("The request entity's media type '%1' is not supported for this resource.")
                     .arg(QString::fromLatin1(ct.split(';').first()))}},
            415);
        return false;
    }
    if (req.body.trimmed().isEmpty()) {
        *error = HttpResponse::json(
            QJsonArray{QJsonObject{{QStringLiteral("Key"), QStringLiteral("Error")},
                                   {QStringLiteral("Value"), QString()},
                                   {QStringLiteral("Status"), QStringLiteral("400")},
                                   {QStringLiteral("Message"),
                                    QStringLiteral("The request is invalid. The request body is empty.")}}},
            400);
        return false;
    }
    QJsonParseError pe;
    *doc = QJsonDocument::fromJson(req.body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = HttpResponse::json(
            QJsonArray{QJsonObject{{QStringLiteral("Key"), QStringLiteral("Error")},
                                   {QStringLiteral("Value"), QString()},
                                   {QStringLiteral("Status"), QStringLiteral("400")},
                                   {QStringLiteral("Message"),
                                    QStringLiteral("The request is invalid. Unexpected character encountered "
                                                   "while parsing value at position %1 (%2).")
                                        .arg(pe.offset)
                                        .arg(pe.errorString())}}},
            400);
        return false;
    }
    return true;
}

QDateTime parseQueryDate(const QString &text, bool dateOnly)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const char *const formats[] = {"M/d/yyyy H:mm:ss", "M/d/yyyy h:mm:ss AP", "M/d/yyyy H:mm",
                                          "M/d/yyyy",         "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss",
                                          "yyyy-MM-dd"};
    for (const char *f : formats) {
        QDateTime dt = QDateTime::fromString(t, QLatin1String(f));
        if (!dt.isValid()) {
            const QDate d = QDate::fromString(t, QLatin1String(f));
            if (d.isValid())
                dt = QDateTime(d, QTime(0, 0));
        }
        if (dt.isValid()) {
            dt.setTimeSpec(Qt::UTC); // store-local wall time, compared as such
            if (dateOnly)
                dt.setTime(QTime(0, 0));
            return dt;
        }
    }
    return {};
}

QDateTime parseStoreTime(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    if (dt.isValid())
        dt.setTimeSpec(Qt::UTC);
    return dt;
}

bool applyFields(QJsonObject &target, const QJsonObject &patch, const FieldSpec *specs, int count,
                 const QString &pathPrefix, QString *error, QStringList *changed)
{
    for (int i = 0; i < count; ++i) {
        const FieldSpec &s = specs[i];
        const QString name = QLatin1String(s.name);
        if (!patch.contains(name))
            continue;
        const QJsonValue v = patch.value(name);
        const QString path = pathPrefix.isEmpty() ? name : pathPrefix + QLatin1Char('.') + name;
        QJsonValue nv;
        if (v.isNull()) {
            continue; // nulls are omitted by clients and ignored by the model binder
        } else if (s.kind == 's') {
            if (v.isObject() || v.isArray()) {
                *error = conversionError(v, "System.String", path);
                return false;
            }
            QString str = v.isString() ? v.toString()
                          : v.isBool() ? (v.toBool() ? QStringLiteral("True") : QStringLiteral("False"))
                                       : QString::number(v.toDouble());
            if (s.maxLength > 0 && str.size() > s.maxLength) {
                *error = QStringLiteral("%1 exceeds the maximum length of %2 characters.")
                             .arg(name)
                             .arg(s.maxLength);
                return false;
            }
            nv = str;
        } else if (s.kind == 'i') {
            qint64 n = 0;
            if (!toInt(v, &n)) {
                *error = conversionError(v, "System.Int32", path);
                return false;
            }
            nv = double(n);
        } else if (s.kind == 'd') {
            double d = 0;
            if (!toDecimal(v, &d)) {
                *error = conversionError(v, "System.Decimal", path);
                return false;
            }
            nv = d;
        } else if (s.kind == 'b') {
            bool b = false;
            if (!toBool(v, &b)) {
                *error = conversionError(v, "System.Boolean", path);
                return false;
            }
            nv = b;
        }
        if (target.value(name) != nv) {
            target.insert(name, nv);
            if (changed)
                changed->append(name);
        }
    }
    return true;
}

QJsonObject emptyOrderItem()
{
    QJsonObject i;
    for (const char *s :
         {"ItemID", "ItemDescription", "ItemAdditionalField1", "ItemAdditionalField2", "ItemAdditionalField3",
          "ItemPageAdded", "ItemAvailability", "ItemOptions", "ItemCatalogIDOptions", "ItemSerial",
          "ItemImage1", "ItemImage2", "ItemImage3", "ItemImage4", "ItemWarehouseLocation", "ItemWarehouseBin",
          "ItemWarehouseAisle", "ItemWarehouseCustom"})
        i.insert(QLatin1String(s), QString());
    for (const char *s : {"CatalogID", "ItemIndexID", "ItemShipmentID", "ItemWarehouseID", "ItemUnitStock",
                          "RecurringOrderFrequency"})
        i.insert(QLatin1String(s), 0);
    for (const char *s : {"ItemQuantity", "ItemUnitPrice", "ItemWeight", "ItemOptionPrice", "ItemUnitCost"})
        i.insert(QLatin1String(s), 0.0);
    return i;
}

} // namespace m3cart::sandbox::cartjson
