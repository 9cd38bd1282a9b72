#include "default_mappings.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace m3cart::mapping {

QList<DefaultMapping> defaultMappings()
{
    QList<DefaultMapping> out;
    const QDir dir(QStringLiteral(":/mappings"));
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        DefaultMapping d;
        d.fileName = file;
        d.json = f.readAll();
        d.name = QJsonDocument::fromJson(d.json).object().value(QLatin1String("name")).toString();
        if (!d.name.isEmpty())
            out << d;
    }
    return out;
}

DefaultMapping defaultMapping(const QString &name)
{
    for (const DefaultMapping &d : defaultMappings())
        if (d.name == name)
            return d;
    return {};
}

QJsonValue shippedSample(const QString &sourceKind)
{
    QFile f(QStringLiteral(":/mappings/samples/%1.json")
                .arg(QString(sourceKind).replace(QLatin1Char('.'), QLatin1Char('_'))));
    if (sourceKind.isEmpty() || !f.open(QIODevice::ReadOnly))
        return QJsonValue::Undefined;
    const QJsonDocument d = QJsonDocument::fromJson(f.readAll());
    if (d.isArray())
        return d.array();
    if (d.isObject())
        return d.object();
    return QJsonValue::Undefined;
}

} // namespace m3cart::mapping
