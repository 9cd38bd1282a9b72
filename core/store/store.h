#pragma once
// The one durable store: opens SQLite (default) with WAL, runs forward migrations, and hands each thread
// its own connection (Qt Sql connections belong to the thread that made them).

#include "common/error.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

class QSqlQuery;

namespace m3cart {

class Store
{
public:
    enum class Durability { Normal, Full }; // synchronous=NORMAL (default) or FULL

    struct Options
    {
        QString path;          // SQLite file
        int targetVersion = -1; // -1: latest; tests migrate step by step
        Durability durability = Durability::Normal;
    };

    // Resolves the store path: explicit argument, else M3CART_STORE, else AppDataLocation/m3cart.db.
    static QString defaultPath(const QString &explicitPath = {});

    static Result<std::shared_ptr<Store>> open(const Options &options);
    static Result<std::shared_ptr<Store>> open(const QString &path);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString path() const { return m_options.path; }
    static int latestVersion();
    int schemaVersion() const;
    Status migrateTo(int version); // forward only

    // This thread's connection to the store, opened on first use.
    QSqlDatabase db() const;

    // Runs fn inside a write transaction (BEGIN IMMEDIATE on SQLite so writers queue on the busy timeout
    // instead of failing on a lock upgrade). fn returns an error to roll back.
    Status write(const std::function<Status(QSqlDatabase &)> &fn) const;

private:
    explicit Store(Options options);
    QSqlDatabase openConnection(const QString &name) const;

    Options m_options;
    quint64 m_instance;
};

// Small helpers shared by the repositories.
Error sqlError(const QSqlQuery &q, const QString &what);
Status exec(QSqlQuery &q, const QString &what);
qint64 nowMs();

} // namespace m3cart
