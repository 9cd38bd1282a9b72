#include "lookup_source.h"

#include "csv_table.h"
#include "store/store.h"

#include <QSqlQuery>
#include <QVariant>

namespace m3cart::mapping {

Result<std::optional<QString>> MemoryLookupSource::find(const QString &table, const QString &key) const
{
    const auto t = m_tables.constFind(table);
    if (t == m_tables.cend())
        return std::optional<QString>();
    const auto it = t->constFind(key);
    if (it == t->cend())
        return std::optional<QString>();
    return std::optional<QString>(*it);
}

StoreLookupSource::StoreLookupSource(std::shared_ptr<const Store> store, int cacheLimit)
    : m_store(std::move(store)), m_cacheLimit(cacheLimit)
{
}

Result<std::optional<QString>> StoreLookupSource::find(const QString &table, const QString &key) const
{
    const QString ck = table + QChar(0x1F) + key;
    {
        QReadLocker lock(&m_lock);
        const auto it = m_cache.constFind(ck);
        if (it != m_cache.cend())
            return *it;
    }
    QSqlQuery q(m_store->db()); // this thread's own connection
    q.prepare(QStringLiteral("SELECT value FROM lookup_entries WHERE table_name = ? AND lookup_key = ?"));
    q.addBindValue(table);
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading lookup table %1").arg(table));
    std::optional<QString> value;
    if (q.next())
        value = q.value(0).toString();
    QWriteLocker lock(&m_lock);
    ++m_reads;
    if (m_cache.size() >= m_cacheLimit)
        m_cache.clear(); // crude but bounded; tables are re-read on demand
    m_cache.insert(ck, value);
    return value;
}

void StoreLookupSource::clearCache()
{
    QWriteLocker lock(&m_lock);
    m_cache.clear();
}

qint64 StoreLookupSource::storeReads() const
{
    QReadLocker lock(&m_lock);
    return m_reads;
}

LookupRepository::LookupRepository(std::shared_ptr<const Store> store) : m_store(std::move(store)) {}

Status LookupRepository::set(const QString &table, const QString &key, const QString &value) const
{
    auto n = setMany(table, {{key, value}});
    if (!n)
        return n.error();
    return ok();
}

Result<int> LookupRepository::setMany(const QString &table, const QHash<QString, QString> &entries,
                                      bool replaceTable) const
{
    if (table.trimmed().isEmpty())
        return Error::data(QStringLiteral("a lookup table needs a name"));
    int count = 0;
    const Status s = m_store->write([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        if (replaceTable) {
            q.prepare(QStringLiteral("DELETE FROM lookup_entries WHERE table_name = ?"));
            q.addBindValue(table);
            if (const Status st = exec(q, QStringLiteral("clearing lookup table %1").arg(table)); !st)
                return st;
        }
        q.prepare(QStringLiteral(
            "INSERT INTO lookup_entries (table_name, lookup_key, value, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (table_name, lookup_key) DO UPDATE SET value = excluded.value, "
            "updated_at = excluded.updated_at"));
        const qint64 now = nowMs();
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            q.addBindValue(table);
            q.addBindValue(it.key());
            q.addBindValue(it.value());
            q.addBindValue(now);
            if (const Status st = exec(q, QStringLiteral("writing lookup table %1").arg(table)); !st)
                return st;
            ++count;
        }
        return ok();
    });
    if (!s)
        return s.error();
    return count;
}

Status LookupRepository::remove(const QString &table, const QString &key) const
{
    return m_store->write([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM lookup_entries WHERE table_name = ? AND lookup_key = ?"));
        q.addBindValue(table);
        q.addBindValue(key);
        return exec(q, QStringLiteral("removing from lookup table %1").arg(table));
    });
}

Result<QHash<QString, QString>> LookupRepository::entries(const QString &table) const
{
    QSqlQuery q(m_store->db());
    q.prepare(QStringLiteral("SELECT lookup_key, value FROM lookup_entries WHERE table_name = ?"));
    q.addBindValue(table);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading lookup table %1").arg(table));
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

Result<QHash<QString, QString>> LookupRepository::entriesWithValues(const QString &table,
                                                                    const QStringList &values) const
{
    return entriesWhere(table, "value", values);
}

Result<QHash<QString, QString>> LookupRepository::entriesWithKeys(const QString &table,
                                                                  const QStringList &keys) const
{
    return entriesWhere(table, "lookup_key", keys);
}

Result<QHash<QString, QString>> LookupRepository::entriesWhere(const QString &table, const char *column,
                                                               const QStringList &in) const
{
    QHash<QString, QString> out;
    constexpr qsizetype kChunk = 500; // well under SQLite's bound-parameter limit
    for (qsizetype start = 0; start < in.size(); start += kChunk) {
        const QStringList chunk = in.mid(start, kChunk);
        QSqlQuery q(m_store->db());
        q.prepare(
            QStringLiteral("SELECT lookup_key, value FROM lookup_entries WHERE table_name = ? AND %1 IN (%2)")
                .arg(QLatin1String(column),
                     QStringList(chunk.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        q.addBindValue(table);
        for (const QString &v : chunk)
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(q, QStringLiteral("reading lookup table %1").arg(table));
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    }
    return out;
}

Result<QStringList> LookupRepository::tables() const
{
    QSqlQuery q(m_store->db());
    if (!q.exec(QStringLiteral("SELECT DISTINCT table_name FROM lookup_entries ORDER BY table_name")))
        return sqlError(q, QStringLiteral("listing lookup tables"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

namespace {
// LIKE with the user's text taken literally.
QString likePattern(const QString &text)
{
    QString t = text;
    t.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    t.replace(QLatin1Char('%'), QLatin1String("\\%"));
    t.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + t + QLatin1Char('%');
}
} // namespace

Result<int> LookupRepository::count(const QString &table, const QString &keyContains) const
{
    QSqlQuery q(m_store->db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM lookup_entries WHERE table_name = ? AND "
                             "lookup_key LIKE ? ESCAPE '\\'"));
    q.addBindValue(table);
    q.addBindValue(likePattern(keyContains));
    if (!q.exec() || !q.next())
        return sqlError(q, QStringLiteral("counting lookup table %1").arg(table));
    return q.value(0).toInt();
}

Result<QList<std::pair<QString, QString>>> LookupRepository::page(const QString &table, int offset, int limit,
                                                                  const QString &keyContains) const
{
    QSqlQuery q(m_store->db());
    q.prepare(QStringLiteral("SELECT lookup_key, value FROM lookup_entries WHERE table_name = ? AND "
                             "lookup_key LIKE ? ESCAPE '\\' ORDER BY lookup_key LIMIT ? OFFSET ?"));
    q.addBindValue(table);
    q.addBindValue(likePattern(keyContains));
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading lookup table %1").arg(table));
    QList<std::pair<QString, QString>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

Result<int> LookupRepository::importDelimited(const QString &table, const QString &path,
                                              bool replaceTable) const
{
    auto csv = readKeyValueCsv(path);
    if (!csv)
        return csv.error();
    if (!csv->ok()) // nothing is stored from a file with bad lines
        return Error::data(QStringLiteral("%1: %2").arg(path, csv->errorText()));
    return setMany(table, csv->toHash(), replaceTable);
}

} // namespace m3cart::mapping
