#include "settings_repository.h"

#include "audit_log.h"
#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace m3cart {

namespace {
// Stored wrapped in an array so scalars round-trip through QJsonDocument.
QString encode(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}
QJsonValue decode(const QString &s)
{
    const QJsonArray a = QJsonDocument::fromJson(s.toUtf8()).array();
    return a.isEmpty() ? QJsonValue(QJsonValue::Undefined) : a.first();
}
} // namespace

SettingsRepository::SettingsRepository(std::shared_ptr<const Store> store) : m_store(std::move(store)) {}

Result<QJsonValue> SettingsRepository::get(const QString &name) const
{
    QSqlQuery q(m_store->db());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading setting %1").arg(name));
    if (!q.next())
        return QJsonValue(QJsonValue::Undefined);
    return decode(q.value(0).toString());
}

Status SettingsRepository::set(const QString &name, const QJsonValue &value, const QString &actor) const
{
    return m_store->write([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO settings (name, value, updated_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT (name) DO UPDATE SET value = excluded.value, "
                                 "updated_at = excluded.updated_at"));
        q.addBindValue(name);
        q.addBindValue(encode(value));
        q.addBindValue(nowMs());
        if (const Status s = exec(q, QStringLiteral("writing setting %1").arg(name)); !s)
            return s;
        AuditEntry a;
        a.actor = actor;
        a.action = QStringLiteral("settings.change");
        a.target = QStringLiteral("setting:") + name;
        a.details = QJsonObject{{QStringLiteral("value"), value}};
        return AuditLog::record(db, a);
    });
}

} // namespace m3cart
