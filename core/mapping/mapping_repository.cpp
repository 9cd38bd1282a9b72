#include "mapping_repository.h"

#include "compiled_mapping.h"
#include "default_mappings.h"
#include "store/audit_log.h"
#include "store/store.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>
#include <QVariant>

namespace m3cart::mapping {

namespace {

const char *kColumns = "id, name, version, author, created_at, note, active";

MappingVersion row(const QSqlQuery &q, bool withDocument)
{
    MappingVersion v;
    v.id = q.value(0).toLongLong();
    v.name = q.value(1).toString();
    v.version = q.value(2).toInt();
    v.author = q.value(3).toString();
    v.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
    v.note = q.value(5).toString();
    v.active = q.value(6).toInt() != 0;
    if (withDocument)
        v.document = q.value(7).toString().toUtf8();
    return v;
}

Status validForActivation(const QByteArray &json, const QString &name, int version)
{
    auto doc = MappingDocument::fromJson(json);
    if (!doc)
        return doc.error();
    QList<ValidationIssue> issues;
    auto compiled = MappingCompiler::compile(doc.value(), {}, &issues);
    if (!compiled) {
        QStringList errors;
        for (const ValidationIssue &i : issues)
            if (i.severity == ValidationIssue::Severity::Error)
                errors << i.text();
        return Error::data(QStringLiteral("mapping %1 version %2 cannot be activated: %3")
                               .arg(name)
                               .arg(version)
                               .arg(errors.join(QStringLiteral("; "))));
    }
    return ok();
}

Status setActive(QSqlDatabase &db, const QString &name, int version)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE mapping_versions SET active = CASE WHEN version = ? THEN 1 ELSE 0 END WHERE name = ?"));
    q.addBindValue(version);
    q.addBindValue(name);
    return exec(q, QStringLiteral("activating mapping %1").arg(name));
}

} // namespace

MappingRepository::MappingRepository(std::shared_ptr<const Store> store) : m_store(std::move(store)) {}

Result<MappingVersion> MappingRepository::save(const MappingDocument &doc, const QString &author,
                                               const QString &note, bool activate) const
{
    const QByteArray json = doc.toJsonBytes();
    if (activate)
        if (const Status s = validForActivation(json, doc.name, 0); !s)
            return s.error();
    MappingVersion v;
    v.name = doc.name;
    v.author = author.isEmpty() ? AuditLog::defaultActor() : author;
    v.note = note;
    v.document = json;
    v.active = activate;
    const qint64 now = nowMs();
    v.createdAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    const Status s = m_store->write([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM mapping_versions WHERE name = ?"));
        q.addBindValue(doc.name);
        if (!q.exec() || !q.next())
            return sqlError(q, QStringLiteral("numbering mapping %1").arg(doc.name));
        v.version = q.value(0).toInt() + 1;
        q.prepare(QStringLiteral(
            "INSERT INTO mapping_versions (name, version, document, author, created_at, note, active) "
            "VALUES (?, ?, ?, ?, ?, ?, 0)"));
        q.addBindValue(v.name);
        q.addBindValue(v.version);
        q.addBindValue(QString::fromUtf8(json));
        q.addBindValue(v.author);
        q.addBindValue(now);
        q.addBindValue(v.note);
        if (const Status st = exec(q, QStringLiteral("saving mapping %1").arg(doc.name)); !st)
            return st;
        v.id = q.lastInsertId().toLongLong();
        if (activate)
            if (const Status st = setActive(db, v.name, v.version); !st)
                return st;
        AuditEntry a;
        a.actor = v.author;
        a.action = QStringLiteral("mapping.save");
        a.target = QStringLiteral("mapping:%1").arg(v.name);
        a.reason = note;
        a.details =
            QJsonObject{{QStringLiteral("version"), v.version}, {QStringLiteral("activated"), activate}};
        return AuditLog::record(db, a);
    });
    if (!s)
        return s.error();
    return v;
}

Status MappingRepository::activate(const QString &name, int version, const QString &author) const
{
    auto v = get(name, version);
    if (!v)
        return v.error();
    if (const Status s = validForActivation(v->document, name, v->version); !s)
        return s;
    return m_store->write([&](QSqlDatabase &db) -> Status {
        if (const Status s = setActive(db, name, v->version); !s)
            return s;
        AuditEntry a;
        a.actor = author.isEmpty() ? AuditLog::defaultActor() : author;
        a.action = QStringLiteral("mapping.activate");
        a.target = QStringLiteral("mapping:%1").arg(name);
        a.details = QJsonObject{{QStringLiteral("version"), v->version}};
        return AuditLog::record(db, a);
    });
}

Result<MappingVersion> MappingRepository::active(const QString &name) const
{
    QSqlQuery q(m_store->db());
    q.prepare(QStringLiteral("SELECT %1, document FROM mapping_versions WHERE name = ? AND active = 1")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading mapping %1").arg(name));
    if (!q.next())
        return Error::notFound(QStringLiteral("mapping '%1' has no active version").arg(name));
    return row(q, true);
}

Result<MappingVersion> MappingRepository::get(const QString &name, int version) const
{
    QSqlQuery q(m_store->db());
    if (version > 0) {
        q.prepare(QStringLiteral("SELECT %1, document FROM mapping_versions WHERE name = ? AND version = ?")
                      .arg(QLatin1String(kColumns)));
        q.addBindValue(name);
        q.addBindValue(version);
    } else {
        q.prepare(
            QStringLiteral(
                "SELECT %1, document FROM mapping_versions WHERE name = ? ORDER BY version DESC LIMIT 1")
                .arg(QLatin1String(kColumns)));
        q.addBindValue(name);
    }
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading mapping %1").arg(name));
    if (!q.next())
        return Error::notFound(version > 0
                                   ? QStringLiteral("mapping '%1' has no version %2").arg(name).arg(version)
                                   : QStringLiteral("no mapping named '%1'").arg(name));
    return row(q, true);
}

Result<QList<MappingVersion>> MappingRepository::versions(const QString &name) const
{
    QSqlQuery q(m_store->db());
    q.prepare(QStringLiteral("SELECT %1 FROM mapping_versions WHERE name = ? ORDER BY version DESC")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q, QStringLiteral("listing versions of %1").arg(name));
    QList<MappingVersion> out;
    while (q.next())
        out << row(q, false);
    return out;
}

Result<QList<MappingVersion>> MappingRepository::list() const
{
    QSqlQuery q(m_store->db());
    // Per name: the active row, else the newest.
    if (!q.exec(QStringLiteral("SELECT %1 FROM mapping_versions m WHERE m.id = ("
                               "SELECT id FROM mapping_versions x WHERE x.name = m.name ORDER BY x.active "
                               "DESC, x.version DESC LIMIT 1) "
                               "ORDER BY m.name")
                    .arg(QLatin1String(kColumns))))
        return sqlError(q, QStringLiteral("listing mappings"));
    QList<MappingVersion> out;
    while (q.next())
        out << row(q, false);
    return out;
}

Status MappingRepository::exportTo(const QString &name, const QString &path, int version) const
{
    auto v = version > 0 ? get(name, version) : active(name);
    if (!v && version <= 0 && v.error().errorClass == ErrorClass::NotFound)
        v = get(name, 0);
    if (!v)
        return v.error();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(v->document) != v->document.size() || !f.commit())
        return Error::data(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    return ok();
}

Result<MappingVersion> MappingRepository::importFrom(const QString &path, const QString &author,
                                                     const QString &note, bool activate) const
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::data(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    auto doc = MappingDocument::fromJson(f.readAll());
    if (!doc)
        return Error::data(QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), doc.error().message));
    return save(doc.value(), author,
                note.isEmpty() ? QStringLiteral("imported from %1").arg(QFileInfo(path).fileName()) : note,
                activate);
}

Result<int> MappingRepository::installDefaults(const QString &author) const
{
    int installed = 0;
    for (const DefaultMapping &d : defaultMappings()) {
        auto existing = get(d.name, 0);
        if (existing)
            continue;
        if (existing.error().errorClass != ErrorClass::NotFound)
            return existing.error();
        auto doc = MappingDocument::fromJson(d.json);
        if (!doc)
            return doc.error();
        auto v = save(doc.value(), author, QStringLiteral("shipped default"), true);
        if (!v)
            return v.error();
        ++installed;
    }
    return installed;
}

} // namespace m3cart::mapping
