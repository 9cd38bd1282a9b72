#include "test_flow.h"

#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace m3cart::test {

Status TestFlow::prepare(const Store &store)
{
    return store.write([](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS test_effects (seq INTEGER PRIMARY KEY "
                                   "AUTOINCREMENT, event_id BIGINT NOT NULL, key TEXT NOT NULL, step TEXT NOT NULL)")))
            return sqlError(q, QStringLiteral("creating test_effects"));
        return ok();
    });
}

Status TestFlow::run(FlowContext &ctx)
{
    const QJsonObject script = QJsonDocument::fromJson(ctx.event().payload).object();
    const int steps = script.value(QStringLiteral("steps")).toInt(1);
    const int sleepMs = script.value(QStringLiteral("sleep_ms")).toInt(0);
    QJsonObject failure;
    for (const QJsonValue v : script.value(QStringLiteral("fail")).toArray())
        if (v.toObject().value(QStringLiteral("attempt")).toInt() == ctx.event().attempts)
            failure = v.toObject();
    const int failAfter = failure.isEmpty() ? -1 : failure.value(QStringLiteral("after_step")).toInt(0);

    ctx.setRequestSummary(QStringLiteral("test flow, %1 steps").arg(steps));
    if (script.value(QStringLiteral("needs_login")).toBool() && authBroken)
        return Error::auth(QStringLiteral("scripted login failure: 401 Unauthorized"));
    for (int i = 0; i < steps; ++i) {
        if (i == failAfter) {
            const auto cls = errorClassFromName(failure.value(QStringLiteral("class")).toString());
            Error e{cls.value_or(ErrorClass::Transient),
                    failure.value(QStringLiteral("message")).toString(QStringLiteral("scripted failure"))};
            e.retryAfterMs = qint64(failure.value(QStringLiteral("retry_after_ms")).toDouble(-1));
            return e;
        }
        const QString step = QStringLiteral("step-%1").arg(i);
        if (ctx.isDone(step))
            continue;
        if (sleepMs > 0)
            QThread::msleep(ulong(sleepMs));
        const Status s = ctx.markDoneWith(step, {{QStringLiteral("n"), i}}, [&](QSqlDatabase &db) -> Status {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO test_effects (event_id, key, step) VALUES (?, ?, ?)"));
            q.addBindValue(ctx.event().id);
            q.addBindValue(ctx.event().key);
            q.addBindValue(step);
            return exec(q, QStringLiteral("recording a test effect"));
        });
        if (!s)
            return s;
    }
    if (failAfter >= steps) {
        const auto cls = errorClassFromName(failure.value(QStringLiteral("class")).toString());
        return Error{cls.value_or(ErrorClass::Transient), QStringLiteral("scripted failure after all steps")};
    }
    ctx.setResponseSummary(QStringLiteral("%1 steps done").arg(steps));
    return ok();
}

QList<Effect> effects(const Store &store)
{
    QList<Effect> out;
    QSqlQuery q(store.db());
    if (!q.exec(QStringLiteral("SELECT seq, event_id, key, step FROM test_effects ORDER BY seq")))
        return out;
    while (q.next())
        out << Effect{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()};
    return out;
}

} // namespace m3cart::test
