#include "run_log.h"

#include "store.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace m3cart {

namespace {
QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toString(Qt::ISODateWithMs) : QString();
}

Run fromRow(const QSqlQuery &q)
{
    Run r;
    r.id = q.value(0).toLongLong();
    r.kind = q.value(1).toString();
    r.startedAt = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    if (!q.value(3).isNull())
        r.finishedAt = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
    r.status = q.value(4).toString();
    r.dryRun = q.value(5).toInt() != 0;
    r.counts = QJsonDocument::fromJson(q.value(6).toByteArray()).object();
    r.message = q.value(7).toString();
    return r;
}

const QString kColumns = QStringLiteral("id, kind, started_at, finished_at, status, dry_run, counts, message");
} // namespace

QJsonObject Run::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("started_at"), iso(startedAt)},
            {QStringLiteral("finished_at"), finishedAt.isValid() ? QJsonValue(iso(finishedAt)) : QJsonValue()},
            {QStringLiteral("status"), status},
            {QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("message"), message}};
}

RunLog::RunLog(std::shared_ptr<const Store> store) : m_store(std::move(store)) {}

Result<qint64> RunLog::start(const QString &kind, bool dryRun) const
{
    qint64 id = 0;
    const Status s = m_store->write([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO runs (kind, started_at, status, dry_run) VALUES (?, ?, 'running', ?)"));
        q.addBindValue(kind);
        q.addBindValue(nowMs());
        q.addBindValue(dryRun ? 1 : 0);
        if (const Status e = exec(q, QStringLiteral("recording the start of a %1 run").arg(kind)); !e)
            return e;
        id = q.lastInsertId().toLongLong();
        return ok();
    });
    if (!s)
        return s.error();
    return id;
}

Status RunLog::finish(qint64 id, const QString &status, const QJsonObject &counts, const QString &message) const
{
    return m_store->write([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE runs SET finished_at = ?, status = ?, counts = ?, message = ? WHERE id = ?"));
        q.addBindValue(nowMs());
        q.addBindValue(status);
        q.addBindValue(QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact)));
        q.addBindValue(message.isNull() ? QStringLiteral("") : message); // NOT NULL: a null QString binds as NULL
        q.addBindValue(id);
        return exec(q, QStringLiteral("recording the end of run %1").arg(id));
    });
}

Result<QList<Run>> RunLog::list(const QString &kind, int limit) const
{
    QSqlQuery q(m_store->db());
    q.prepare(QStringLiteral("SELECT %1 FROM runs %2 ORDER BY id DESC LIMIT %3")
                  .arg(kColumns, kind.isEmpty() ? QString() : QStringLiteral("WHERE kind = ?"))
                  .arg(qMax(1, limit)));
    if (!kind.isEmpty())
        q.addBindValue(kind);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading runs"));
    QList<Run> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

Result<std::optional<Run>> RunLog::last(const QString &kind, const QStringList &statuses) const
{
    QString where = QStringLiteral("kind = ? AND finished_at IS NOT NULL");
    if (!statuses.isEmpty())
        where += QStringLiteral(" AND status IN (%1)").arg(QStringList(statuses.size(), QStringLiteral("?")).join(QLatin1Char(',')));
    QSqlQuery q(m_store->db());
    q.prepare(QStringLiteral("SELECT %1 FROM runs WHERE %2 ORDER BY id DESC LIMIT 1").arg(kColumns, where));
    q.addBindValue(kind);
    for (const QString &s : statuses)
        q.addBindValue(s);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading the last %1 run").arg(kind));
    if (!q.next())
        return std::optional<Run>();
    return std::optional<Run>(fromRow(q));
}

} // namespace m3cart
