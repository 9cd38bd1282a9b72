#pragma once
// Runs of polls and syncs (orders since a date, stock, items): when, dry or not, the counts, the outcome.
// What the console's history shows and where a poll keeps its watermark.

#include "common/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <memory>
#include <optional>

namespace m3cart {

class Store;

struct Run
{
    qint64 id = 0;
    QString kind; // "poll.orders", "sync.orders", "sync.stock", ...
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while running
    QString status;       // "running", "ok", "partial", "failed", "cancelled"
    bool dryRun = false;
    QJsonObject counts;
    QString message;
    QJsonObject toJson() const;
};

class RunLog
{
public:
    explicit RunLog(std::shared_ptr<const Store> store);
    Result<qint64> start(const QString &kind, bool dryRun = false) const;
    Status finish(qint64 id, const QString &status, const QJsonObject &counts, const QString &message = {}) const;
    Result<QList<Run>> list(const QString &kind = {}, int limit = 50) const; // newest first; kind empty: all
    // The newest finished run of a kind with one of these statuses (an empty list: any status).
    Result<std::optional<Run>> last(const QString &kind, const QStringList &statuses = {}) const;

private:
    std::shared_ptr<const Store> m_store;
};

} // namespace m3cart
