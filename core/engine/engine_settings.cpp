#include "engine_settings.h"

#include "store/settings_repository.h"

namespace m3cart {

QJsonObject EngineSettings::toJson() const
{
    return QJsonObject{{QStringLiteral("workers"), workers},
                       {QStringLiteral("poll_interval_ms"), pollIntervalMs}};
}

EngineSettings EngineSettings::fromJson(const QJsonObject &o)
{
    EngineSettings e;
    e.workers = o.value(QStringLiteral("workers")).toInt(e.workers);
    e.pollIntervalMs = o.value(QStringLiteral("poll_interval_ms")).toInt(e.pollIntervalMs);
    return e;
}

Result<EngineSettings> EngineSettings::load(const SettingsRepository &settings)
{
    auto v = settings.get(settingName());
    if (!v)
        return v.error();
    const EngineSettings e = fromJson(v->toObject());
    if (const QString problem = e.validate(); !problem.isEmpty())
        return Error::data(problem);
    return e;
}

QString EngineSettings::validate() const
{
    if (workers < 1 || workers > 256)
        return QStringLiteral("workers must be 1 to 256");
    if (pollIntervalMs < 50 || pollIntervalMs > 60'000)
        return QStringLiteral("the poll interval must be 50 to 60000 ms");
    return {};
}

} // namespace m3cart
