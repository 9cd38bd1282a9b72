#include "dry_run.h"

#include "engine/flow.h"
#include "flows/mapping_cache.h"
#include "flows/order_flow_options.h"
#include "flows/order_to_m3_flow.h"
#include "store/flow_progress.h"
#include "store/settings_repository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace m3cart::ui {

QString describeCalls(const QJsonArray &calls)
{
    QStringList lines;
    for (const QJsonValue &v : calls) {
        const QJsonObject c = v.toObject();
        const bool read = c.value(QStringLiteral("read")).toBool();
        if (c.value(QStringLiteral("system")).toString() == QLatin1String("m3"))
            lines << QStringLiteral("%1 M3 %2/%3")
                         .arg(read ? QStringLiteral("read ") : QStringLiteral("WRITE"),
                              c.value(QStringLiteral("program")).toString(),
                              c.value(QStringLiteral("transaction")).toString());
        else
            lines << QStringLiteral("%1 3dcart %2 %3")
                         .arg(read ? QStringLiteral("read ") : QStringLiteral("WRITE"),
                              c.value(QStringLiteral("method")).toString(),
                              c.value(QStringLiteral("path")).toString());
    }
    return lines.join(u'\n') + QStringLiteral("\n\n") +
           QString::fromUtf8(QJsonDocument(calls).toJson(QJsonDocument::Indented));
}

bool dryRunAvailable(const QString &kind)
{
    return kind == flows::OrderToM3Flow::kind();
}

Result<QJsonArray> dryRunRetry(const std::shared_ptr<const Store> &store, const ApiConfigs &configs,
                               const Event &event)
{
    if (!dryRunAvailable(event.kind))
        return Error::data(
            QStringLiteral("a dry run is not available for events of kind %1").arg(event.kind));
    auto options = flows::OrderFlowOptions::load(SettingsRepository(store));
    if (!options)
        return options.error();
    auto steps = FlowProgress(store).steps(event.id);
    if (!steps)
        return steps.error();
    flows::OrderToM3Flow flow(std::make_shared<cart::CartClient>(configs.cart),
                              std::make_shared<m3::M3Client>(configs.m3),
                              std::make_shared<flows::MappingCache>(store), options.value());
    FlowContext ctx(store, event, steps.value(), nullptr);
    return flow.dryRun(ctx);
}

} // namespace m3cart::ui
