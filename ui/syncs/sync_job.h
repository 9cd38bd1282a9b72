#pragma once
// An on-demand sync the Syncs page can start: a name, whether it can run yet, and a blocking run (on a pool
// thread) with progress lines and a cancel flag that returns a report.

#include "common/error.h"
#include "ui/syncs/api_configs.h"

#include <QDateTime>
#include <QJsonObject>
#include <atomic>
#include <functional>
#include <memory>

namespace m3cart {
class Store;
namespace ui {

struct SyncRequest
{
    QDateTime since; // for jobs that take one
    bool dryRun = false;
};

using SyncProgress = std::function<void(const QString &line)>;

class SyncJob
{
public:
    virtual ~SyncJob() = default;
    virtual QString name() const = 0;    // "orders": stable, for object names and settings
    virtual QString title() const = 0;   // shown on the page
    virtual QString runKind() const = 0; // its runs in the RunLog: "sync.orders"
    virtual bool takesSince() const { return false; }
    virtual bool available(QString *why) const = 0;
    // The report: {"counts": {...}, "orders"|"items": [...], "calls": [...] (dry run)}.
    virtual Result<QJsonObject> run(const std::shared_ptr<const Store> &store, const ApiConfigs &configs,
                                    const SyncRequest &request, const SyncProgress &progress,
                                    const std::atomic_bool *cancel) const = 0;
};

// Orders changed in 3dcart since a time, through the poller and the engine (or dry: the calls).
class OrdersSinceJob : public SyncJob
{
public:
    QString name() const override { return QStringLiteral("orders"); }
    QString title() const override;
    QString runKind() const override { return QStringLiteral("sync.orders"); }
    bool takesSince() const override { return true; }
    bool available(QString *) const override { return true; }
    Result<QJsonObject> run(const std::shared_ptr<const Store> &store, const ApiConfigs &configs,
                            const SyncRequest &request, const SyncProgress &progress,
                            const std::atomic_bool *cancel) const override;
};

// A sync that runs one of the core's on-demand syncs; the report's rows are normalised for the page
// ({"rows": [{"key", "outcome", "status", "m3", "note"}]}) next to the core's own fields.
class FlowSyncJob : public SyncJob
{
public:
    enum class Kind { Stock, Items, Status, Payments };
    explicit FlowSyncJob(Kind kind) : m_kind(kind) {}
    QString name() const override;
    QString title() const override;
    QString runKind() const override;
    bool takesSince() const override { return m_kind == Kind::Items; }
    bool available(QString *) const override { return true; }
    Result<QJsonObject> run(const std::shared_ptr<const Store> &store, const ApiConfigs &configs,
                            const SyncRequest &request, const SyncProgress &progress,
                            const std::atomic_bool *cancel) const override;

private:
    Kind m_kind;
};

QList<std::shared_ptr<const SyncJob>> defaultSyncJobs();

} // namespace ui
} // namespace m3cart
