#include "event_mapping.h"

#include "flows/customer_to_m3_flow.h"
#include "flows/order_flow_options.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace m3cart::flows {

QString sourceKindOfEvent(const QString &eventKind)
{
    for (const char *prefix : {"cart.order", "cart.customer", "cart.product"})
        if (eventKind.startsWith(QString::fromLatin1(prefix) + u'.'))
            return QLatin1String(prefix);
    return {};
}

bool eventsCarryInput(const QString &sourceKind)
{
    return sourceKind.startsWith(QLatin1String("cart."));
}

QString notApplicableReason(const QString &eventKind, const QString &sourceKind)
{
    if (!eventsCarryInput(sourceKind))
        return QStringLiteral("the mapping reads %1 data, which the flow reads from M3 when it runs; "
                              "the event does not carry it")
            .arg(sourceKind.isEmpty() ? QStringLiteral("unknown") : sourceKind);
    if (sourceKindOfEvent(eventKind) != sourceKind)
        return QStringLiteral("a %1 event does not feed a %2 mapping").arg(eventKind, sourceKind);
    return {};
}

QString mappingForEventKind(const QString &eventKind, const OrderFlowOptions &options)
{
    const QString kind = sourceKindOfEvent(eventKind);
    if (kind == QLatin1String("cart.order"))
        return options.orderMapping;
    if (kind == QLatin1String("cart.customer"))
        return CustomerToM3Flow::mappingName();
    return {};
}

Result<MappingInput> mappingInputOf(const Event &event, const QMap<QString, QJsonObject> &steps)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(event.payload, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error::data(
            QStringLiteral("event %1: the payload is not JSON: %2").arg(event.id).arg(pe.errorString()));
    const QJsonValue first =
        doc.isArray() ? doc.array().at(0) : QJsonValue(doc.object()); // at(): empty arrays too
    if (!first.isObject())
        return Error::data(QStringLiteral("event %1: the payload is not a JSON object (nor an array of them)")
                               .arg(event.id));
    MappingInput in;
    in.source = first;
    if (sourceKindOfEvent(event.kind) == QLatin1String("cart.order")) {
        // A webhook without its lines made the flow fetch the whole order (step "fetch"): it mapped that.
        const QJsonValue fetched = steps.value(QStringLiteral("fetch")).value(QStringLiteral("order"));
        if (fetched.isObject())
            in.source = fetched;
        in.context.insert(QStringLiteral("ORNO"), QStringLiteral("PENDING"));
        const QJsonValue cuno = steps.value(QStringLiteral("customer")).value(QStringLiteral("CUNO"));
        if (!cuno.isUndefined() && !cuno.isNull())
            in.context.insert(QStringLiteral("CUNO"), cuno);
    }
    return in;
}

} // namespace m3cart::flows
