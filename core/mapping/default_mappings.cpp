#include "default_mappings.h"

#include <QDir>
#include <QFile>
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

} // namespace m3cart::mapping
