#pragma once
// Versioned mapping documents in the store (table mapping_versions): every save is a new version with
// author, time and note; one version per name is active, and only a document that validates can be
// activated. Import/export as files; the shipped defaults are installed from the resources.

#include "common/error.h"
#include "mapping_document.h"

#include <QDateTime>
#include <QList>
#include <memory>

namespace m3cart {
class Store;
}

namespace m3cart::mapping {

struct MappingVersion
{
    qint64 id = 0;
    QString name;
    int version = 0;
    QString author;
    QDateTime createdAt;
    QString note;
    bool active = false;
    QByteArray document; // the JSON as saved
};

class MappingRepository
{
public:
    explicit MappingRepository(std::shared_ptr<const Store> store);

    // Saves a new version (numbered after the latest); the document must parse. With activate, the new
    // version also becomes the active one (only when it validates). Audited.
    Result<MappingVersion> save(const MappingDocument &doc, const QString &author, const QString &note,
                                bool activate = false) const;
    // Makes one version the active one; refuses a document with validation errors (the message names them).
    Status activate(const QString &name, int version, const QString &author) const;

    Result<MappingVersion> active(const QString &name) const;           // NotFound when none is active
    Result<MappingVersion> get(const QString &name, int version) const; // version <= 0: the latest
    Result<QList<MappingVersion>> versions(const QString &name) const;  // newest first, without documents
    // One row per mapping name: the active version (or the latest when none is active).
    Result<QList<MappingVersion>> list() const;

    // Files: export writes the active (or given) version's JSON; import saves a new version.
    Status exportTo(const QString &name, const QString &path, int version = 0) const;
    Result<MappingVersion> importFrom(const QString &path, const QString &author, const QString &note = {},
                                      bool activate = false) const;
    // Installs every shipped default (resources/mappings) whose name has no version yet; returns how many.
    Result<int> installDefaults(const QString &author) const;

private:
    std::shared_ptr<const Store> m_store;
};

} // namespace m3cart::mapping
