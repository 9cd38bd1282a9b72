#include "inbound_payload.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

namespace m3cart::ingest {

const QList<CartWebhookEvent> &cartWebhookEvents()
{
    static const QList<CartWebhookEvent> events{
        {"order-new", "cart.order.new"},
        {"order-status", "cart.order.status"},
        {"customer-new", "cart.customer.new"},
        {"product-new", "cart.product.new"},
        {"product-changed", "cart.product.changed"},
        {"product-deleted", "cart.product.deleted"},
        {"product-stock", "cart.product.stock"},
    };
    return events;
}

const CartWebhookEvent *findCartWebhookEvent(const QString &urlName)
{
    for (const CartWebhookEvent &e : cartWebhookEvents())
        if (urlName == QLatin1String(e.urlName))
            return &e;
    return nullptr;
}

namespace {

QString idOf(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString().trimmed();
}

QString contentHash(const QJsonObject &o)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact), QCryptographicHash::Sha1).toHex());
}

} // namespace

Result<QList<NewEvent>> cartWebhookToEvents(const CartWebhookEvent &event, const QByteArray &body)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return Error::data(QStringLiteral("body is not valid JSON: %1 at offset %2").arg(err.errorString()).arg(err.offset));
    // 3dcart sends an array; accept a bare object too.
    const QJsonArray items = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    if (items.isEmpty())
        return Error::data(QStringLiteral("body is an empty array: nothing to record"));
    const QString kind = QLatin1String(event.kind);
    QList<NewEvent> out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject())
            return Error::data(QStringLiteral("element %1 of the body is not an object").arg(i));
        const QJsonObject o = items.at(i).toObject();
        NewEvent e;
        e.source = QStringLiteral("3dcart");
        e.kind = kind;
        e.payload = QJsonDocument(o).toJson(QJsonDocument::Compact);
        const QString lastUpdate = o.value(QStringLiteral("LastUpdate")).toString();
        if (kind.startsWith(QLatin1String("cart.order."))) {
            const QString id = idOf(o.value(QStringLiteral("OrderID")));
            if (id.isEmpty() || id == QLatin1String("0"))
                return Error::data(QStringLiteral("element %1 has no OrderID").arg(i));
            e.key = QStringLiteral("order-") + id;
            // The same order id and LastUpdate is the same delivery (reference §5).
            e.dedupKey = kind + QLatin1Char(':') + id + QLatin1Char(':') + (lastUpdate.isEmpty() ? contentHash(o) : lastUpdate);
        } else if (kind == QLatin1String("cart.customer.new")) {
            const QString id = idOf(o.value(QStringLiteral("CustomerID")));
            if (id.isEmpty() || id == QLatin1String("0"))
                return Error::data(QStringLiteral("element %1 has no CustomerID").arg(i));
            e.key = QStringLiteral("customer-") + id;
            e.dedupKey = kind + QLatin1Char(':') + id;
        } else {
            const QJsonObject sku = o.value(QStringLiteral("SKUInfo")).toObject();
            QString id = idOf(sku.value(QStringLiteral("CatalogID")));
            if (id.isEmpty())
                id = idOf(o.value(QStringLiteral("CatalogID")));
            if (id.isEmpty())
                return Error::data(QStringLiteral("element %1 has no SKUInfo.CatalogID").arg(i));
            e.key = QStringLiteral("product-") + id;
            e.dedupKey = kind + QLatin1Char(':') + id + QLatin1Char(':') + (lastUpdate.isEmpty() ? contentHash(o) : lastUpdate);
        }
        out << e;
    }
    return out;
}

Result<Bod> parseBod(const QByteArray &xml)
{
    static const char *const verbs[] = {"Acknowledge", "Process", "Sync", "Show", "Get", "Load", "Notify",
                                        "Cancel", "Confirm", "Post", "Respond", "Update", "Change"};
    QXmlStreamReader r(xml);
    Bod bod;
    QStringList path;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const QString name = r.name().toString();
            if (path.isEmpty()) {
                bod.rootName = name;
                for (const char *v : verbs) {
                    if (name.startsWith(QLatin1String(v)) && name.size() > int(qstrlen(v))) {
                        bod.verb = QLatin1String(v);
                        bod.noun = name.mid(int(qstrlen(v)));
                        break;
                    }
                }
            }
            path << name;
            if (name == QLatin1String("BODID") && path.contains(QLatin1String("ApplicationArea"))) {
                bod.bodId = r.readElementText().trimmed();
                path.removeLast();
            } else if (name == QLatin1String("AccountingEntityID") && bod.accountingEntity.isEmpty()) {
                bod.accountingEntity = r.readElementText().trimmed();
                path.removeLast();
            } else if (name == QLatin1String("ID") && bod.documentId.isEmpty() && path.size() >= 2 &&
                       path.at(path.size() - 2) == QLatin1String("DocumentID") && path.contains(QLatin1String("DataArea"))) {
                bod.documentId = r.readElementText().trimmed();
                path.removeLast();
            }
        } else if (r.isEndElement()) {
            if (!path.isEmpty())
                path.removeLast();
        }
    }
    if (r.hasError())
        return Error::data(QStringLiteral("body is not well-formed XML: %1 (line %2, column %3)")
                               .arg(r.errorString())
                               .arg(r.lineNumber())
                               .arg(r.columnNumber()));
    if (bod.rootName.isEmpty())
        return Error::data(QStringLiteral("body has no XML root element"));
    if (bod.bodId.isEmpty())
        return Error::data(QStringLiteral("%1 has no ApplicationArea/BODID").arg(bod.rootName));
    return bod;
}

Result<QByteArray> unwrapImsMessage(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonObject o = QJsonDocument::fromJson(json, &err).object();
    if (err.error != QJsonParseError::NoError)
        return Error::data(QStringLiteral("body is not valid JSON: %1 at offset %2").arg(err.errorString()).arg(err.offset));
    const QJsonObject document = o.value(QStringLiteral("document")).toObject();
    const QString value = document.value(QStringLiteral("value")).toString();
    if (value.isEmpty())
        return Error::data(QStringLiteral("IMS message has no document.value"));
    const QString encoding = document.value(QStringLiteral("encoding")).toString(QStringLiteral("NONE")).toUpper();
    if (encoding == QLatin1String("BASE64")) {
        auto decoded = QByteArray::fromBase64Encoding(value.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return Error::data(QStringLiteral("IMS message document.value is not valid base64"));
        return *decoded;
    }
    if (encoding == QLatin1String("NONE"))
        return value.toUtf8();
    return Error::data(QStringLiteral("IMS message encoding '%1' is not supported (BASE64 or NONE)").arg(encoding));
}

NewEvent bodToEvent(const Bod &bod, const QByteArray &xml)
{
    NewEvent e;
    e.source = QStringLiteral("m3");
    e.kind = QStringLiteral("m3.bod.") + bod.rootName;
    e.key = (bod.noun.isEmpty() ? bod.rootName : bod.noun) + QLatin1Char(':') +
            (bod.documentId.isEmpty() ? bod.bodId : bod.documentId);
    e.payload = xml;
    e.dedupKey = QStringLiteral("bod:") + bod.bodId;
    e.headers.insert(QStringLiteral("bod_id"), bod.bodId);
    if (!bod.accountingEntity.isEmpty())
        e.headers.insert(QStringLiteral("accounting_entity"), bod.accountingEntity);
    return e;
}

} // namespace m3cart::ingest
