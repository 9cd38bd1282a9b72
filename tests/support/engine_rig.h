#pragma once
// A dispatcher on a temporary store with the scripted TestFlow and delays shrunk to milliseconds.

#include "engine/dispatcher.h"
#include "store/event_repository.h"
#include "temp_store.h"
#include "test_flow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace m3cart::test {

inline RetryPolicy fastPolicy()
{
    RetryPolicy p;
    p.setPolicy(ErrorClass::Transient, {4, 5, 20, true});
    p.setPolicy(ErrorClass::RateLimited, {5, 5, 50, true});
    return p;
}

struct EngineRig
{
    TempStore temp;
    std::shared_ptr<TestFlow> flow = std::make_shared<TestFlow>(QStringLiteral("m3"));
    std::shared_ptr<FlowRegistry> flows = std::make_shared<FlowRegistry>();
    std::unique_ptr<Dispatcher> dispatcher;

    explicit EngineRig(int workers = 4)
    {
        if (!TestFlow::prepare(*temp.store))
            qFatal("cannot prepare test flow");
        flows->add(TestFlow::kind(), flow);
        DispatcherOptions o;
        o.workers = workers;
        o.pollIntervalMs = 10;
        o.observerIntervalMs = 20;
        dispatcher = std::make_unique<Dispatcher>(temp.store, flows, fastPolicy(), o);
    }

    qint64 add(const QString &key, const QJsonObject &script = {}, const QString &kind = TestFlow::kind())
    {
        NewEvent e;
        e.source = QStringLiteral("test");
        e.kind = kind;
        e.key = key;
        e.payload = QJsonDocument(script).toJson(QJsonDocument::Compact);
        auto id = EventRepository(temp.store).append(e);
        if (!id)
            qFatal("append failed: %s", qPrintable(id.error().message));
        return id.value();
    }

    Event event(qint64 id) const { return EventRepository(temp.store).get(id).value(); }
    QString status(qint64 id) const { return event(id).status; }
    qint64 count(const QString &status) const
    {
        EventFilter f;
        f.statuses = {status};
        return EventRepository(temp.store).count(f).value();
    }
    QList<Attempt> attempts(qint64 id) const { return EventRepository(temp.store).attempts(id).value(); }
};

// {"fail": [{"attempt": n, "class": c, ...}, ...]} for the given attempts.
inline QJsonObject failing(const QString &cls, QList<int> attempts, int afterStep = 0, int steps = 1,
                           qint64 retryAfterMs = -1)
{
    QJsonArray fails;
    for (int a : attempts)
        fails << QJsonObject{{QStringLiteral("attempt"), a},
                             {QStringLiteral("class"), cls},
                             {QStringLiteral("after_step"), afterStep},
                             {QStringLiteral("retry_after_ms"), double(retryAfterMs)}};
    return QJsonObject{{QStringLiteral("steps"), steps}, {QStringLiteral("fail"), fails}};
}

} // namespace m3cart::test
