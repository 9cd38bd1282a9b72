#pragma once
// Where lookup tables (SKU -> ITNO, ITNO -> SKU, carrier codes ...) are read from during evaluation.
// Large tables live in the store (lookup_entries); StoreLookupSource reads them through each thread's
// own connection and keeps a bounded, lock-protected cache, so many workers can evaluate at once.

#include "common/error.h"

#include <QHash>
#include <QReadWriteLock>
#include <QString>
#include <memory>
#include <optional>

namespace m3cart {
class Store;
}

namespace m3cart::mapping {

class LookupSource
{
public:
    virtual ~LookupSource() = default;
    // nullopt: no such key. An error: the table could not be read (transient).
    virtual Result<std::optional<QString>> find(const QString &table, const QString &key) const = 0;
};

// For tests and for tables given in memory; fill it before sharing it between threads.
class MemoryLookupSource : public LookupSource
{
public:
    void set(const QString &table, const QString &key, const QString &value)
    {
        m_tables[table].insert(key, value);
    }
    Result<std::optional<QString>> find(const QString &table, const QString &key) const override;

private:
    QHash<QString, QHash<QString, QString>> m_tables;
};

class StoreLookupSource : public LookupSource
{
public:
    explicit StoreLookupSource(std::shared_ptr<const Store> store, int cacheLimit = 100000);
    Result<std::optional<QString>> find(const QString &table, const QString &key) const override;
    void clearCache();         // after the tables changed
    qint64 storeReads() const; // for tests: how often the store was asked

private:
    std::shared_ptr<const Store> m_store;
    int m_cacheLimit;
    mutable QReadWriteLock m_lock;
    mutable QHash<QString, std::optional<QString>> m_cache; // "table\x1Fkey"
    mutable qint64 m_reads = 0;
};

// Writes lookup tables in the store (import from a file, the console's table editor).
class LookupRepository
{
public:
    explicit LookupRepository(std::shared_ptr<const Store> store);
    Status set(const QString &table, const QString &key, const QString &value) const;
    Result<int> setMany(const QString &table, const QHash<QString, QString> &entries,
                        bool replaceTable = false) const;
    Status remove(const QString &table, const QString &key) const;
    Result<QHash<QString, QString>> entries(const QString &table) const;
    // The entries whose value is one of these (key → value): a table read backwards, for a few values.
    Result<QHash<QString, QString>> entriesWithValues(const QString &table, const QStringList &values) const;
    Result<QHash<QString, QString>> entriesWithKeys(const QString &table, const QStringList &keys) const;
    Result<QStringList> tables() const;
    // For the editor's table view, which never loads a whole table: how many entries (whose key contains
    // keyContains, ignoring case), and one page of them ordered by key.
    Result<int> count(const QString &table, const QString &keyContains = {}) const;
    Result<QList<std::pair<QString, QString>>> page(const QString &table, int offset, int limit,
                                                    const QString &keyContains = {}) const;
    // CSV or TSV "key,value" lines (csv_table.h; a header line is skipped); returns how many were stored.
    // Nothing is stored when a line is bad: the error lists the bad lines.
    Result<int> importDelimited(const QString &table, const QString &path, bool replaceTable = false) const;

private:
    Result<QHash<QString, QString>> entriesWhere(const QString &table, const char *column,
                                                 const QStringList &in) const;
    std::shared_ptr<const Store> m_store;
};

} // namespace m3cart::mapping
