#include "store.h"

#include "migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>
#include <atomic>
#include <map>


namespace m3cart {

Q_LOGGING_CATEGORY(lcStore, "m3cart.store", QtWarningMsg)

namespace {

std::atomic<quint64> g_nextInstance{1};

// Connection names that are still registered with QSqlDatabase, so a thread's exit and a store's
// destruction can each remove what the other has not.
QMutex g_registryMutex;
QSet<QString> g_liveConnections;

void dropConnection(const QString &name)
{
    {
        QMutexLocker lock(&g_registryMutex);
        if (!g_liveConnections.remove(name))
            return;
    }
    // Threads of Qt's global pool end during static destruction, after Qt Sql's connection registry may be
    // gone; the process is exiting then and the OS closes the files.
    if (!QCoreApplication::instance())
        return;
    // No database() call here: that warns when made from another thread. The connection closes when its
    // last handle goes.
    QSqlDatabase::removeDatabase(name);
}

// Per thread: store instance -> connection name. Removes its connections when the thread ends.
struct ThreadConnections
{
    std::map<quint64, QString> names;
    ~ThreadConnections()
    {
        for (const auto &[instance, name] : names)
            dropConnection(name);
    }
};
thread_local ThreadConnections t_connections;

} // namespace

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

Error sqlError(const QSqlQuery &q, const QString &what)
{
    return Error::transient(QStringLiteral("store: %1 failed: %2").arg(what, q.lastError().text()));
}

Status exec(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        return sqlError(q, what);
    return ok();
}

QString Store::defaultPath(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return explicitPath;
    const QString env = qEnvironmentVariable("M3CART_STORE");
    if (!env.isEmpty())
        return env;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/m3cart");
    return dir + QStringLiteral("/m3cart.db");
}

Store::Store(Options options) : m_options(std::move(options)), m_instance(g_nextInstance++) {}

Store::~Store()
{
    // Connections of threads that are still alive; removing them from here is what Qt allows.
    QStringList mine;
    {
        QMutexLocker lock(&g_registryMutex);
        const QString prefix = QStringLiteral("m3cart-%1-").arg(m_instance);
        for (const QString &n : std::as_const(g_liveConnections))
            if (n.startsWith(prefix))
                mine << n;
    }
    for (const QString &n : mine)
        dropConnection(n);
    t_connections.names.erase(m_instance);
}

Result<std::shared_ptr<Store>> Store::open(const QString &path)
{
    Options o;
    o.path = path;
    return open(o);
}

Result<std::shared_ptr<Store>> Store::open(const Options &options)
{
    if (options.path.isEmpty())
        return Error::data(QStringLiteral("store: no path given"));
    const QFileInfo fi(options.path);
    if (fi.exists() && fi.isDir())
        return Error::data(QStringLiteral("store: %1 is a directory, not a store file").arg(options.path));
    if (!QDir().mkpath(fi.absolutePath()))
        return Error::data(QStringLiteral("store: cannot create directory %1").arg(fi.absolutePath()));

    std::shared_ptr<Store> store(new Store(options));
    QSqlDatabase db = store->db();
    if (!db.isOpen())
        return Error::data(
            QStringLiteral("store: cannot open %1: %2").arg(options.path, db.lastError().text()));
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next())
            return sqlError(q, QStringLiteral("enabling WAL"));
        if (q.value(0).toString().toLower() != QLatin1String("wal"))
            return Error::data(QStringLiteral("store: %1 does not support WAL (got %2)")
                                   .arg(options.path, q.value(0).toString()));
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_meta (version INTEGER NOT NULL)")))
            return sqlError(q, QStringLiteral("creating schema_meta"));
    }
    // A file that is not SQLite fails here, with SQLite's own words.
    const int target = options.targetVersion < 0 ? latestVersion() : options.targetVersion;
    const int current = store->schemaVersion();
    if (current < 0)
        return Error::data(QStringLiteral("store: %1 is not an m3cart store").arg(options.path));
    if (current > latestVersion())
        return Error::data(QStringLiteral("store: %1 has schema version %2, newer than this m3cart (%3)")
                               .arg(options.path)
                               .arg(current)
                               .arg(latestVersion()));
    if (const Status s = store->migrateTo(target); !s)
        return s.error();
    return store;
}

int Store::latestVersion() { return migrations::latest(); }

QSqlDatabase Store::openConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_options.path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    if (!db.open()) {
        qCWarning(lcStore) << "cannot open" << m_options.path << db.lastError().text();
        return db;
    }
    QSqlQuery q(db);
    q.exec(m_options.durability == Durability::Full ? QStringLiteral("PRAGMA synchronous=FULL")
                                                    : QStringLiteral("PRAGMA synchronous=NORMAL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    return db;
}

QSqlDatabase Store::db() const
{
    auto it = t_connections.names.find(m_instance);
    if (it != t_connections.names.end())
        return QSqlDatabase::database(it->second, false);
    const QString name = QStringLiteral("m3cart-%1-%2")
                             .arg(m_instance)
                             .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
    {
        QMutexLocker lock(&g_registryMutex);
        g_liveConnections.insert(name);
    }
    t_connections.names.emplace(m_instance, name);
    return openConnection(name);
}

int Store::schemaVersion() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_meta")))
        return -1;
    if (!q.next() || q.value(0).isNull())
        return 0;
    return q.value(0).toInt();
}

Status Store::migrateTo(int version)
{
    if (version > latestVersion())
        return Error::data(QStringLiteral("store: no migration to version %1").arg(version));
    for (int v = schemaVersion() + 1; v <= version; ++v) {
        const Status s = write([&](QSqlDatabase &db) -> Status {
            QSqlQuery q(db);
            for (const QString &sql : migrations::statements(v, db.driverName())) {
                if (!q.exec(sql))
                    return Error::data(QStringLiteral("store: migration to version %1 failed: %2")
                                           .arg(v)
                                           .arg(q.lastError().text()));
            }
            q.prepare(QStringLiteral("INSERT INTO schema_meta (version) VALUES (?)"));
            q.addBindValue(v);
            return exec(q, QStringLiteral("recording schema version"));
        });
        if (!s)
            return s;
        qCInfo(lcStore) << "migrated" << m_options.path << "to schema version" << v;
    }
    return ok();
}

Status Store::write(const std::function<Status(QSqlDatabase &)> &fn) const
{
    QSqlDatabase d = db();
    QSqlQuery q(d);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(q, QStringLiteral("beginning a write"));
    Status s = fn(d);
    if (!s) {
        q.exec(QStringLiteral("ROLLBACK"));
        return s;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        Error e = sqlError(q, QStringLiteral("commit"));
        q.exec(QStringLiteral("ROLLBACK"));
        return e;
    }
    return ok();
}

} // namespace m3cart
