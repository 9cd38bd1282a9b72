#pragma once
// How hard the engine works: events processed at once and how often it looks for due events. Stored in the
// "engine.options" setting; read when the engine starts (the console's Settings page edits it).

#include "common/error.h"

#include <QJsonObject>

namespace m3cart {

class SettingsRepository;

struct EngineSettings
{
    int workers = 4;
    int pollIntervalMs = 500;

    static QString settingName() { return QStringLiteral("engine.options"); }
    QJsonObject toJson() const;
    static EngineSettings fromJson(const QJsonObject &o);
    static Result<EngineSettings> load(const SettingsRepository &settings); // defaults where unset
    QString validate() const;                                               // empty when fine
};

} // namespace m3cart
