#pragma once
// A flow scripted by its event's payload, for engine tests:
//   {"steps": 3, "sleep_ms": 0,
//    "fail": [{"attempt": 1, "class": "transient", "after_step": 0, "retry_after_ms": 50, "message": "..."}],
//    "needs_login": true}   <- fails with an auth error while authBroken is set
// Each step writes one row to test_effects in the same transaction that marks the step done, so the table
// shows exactly which steps ran, in what order, and how often.

#include "engine/flow.h"

#include <QString>
#include <atomic>
#include <memory>

namespace m3cart {
class Store;
}

namespace m3cart::test {

class TestFlow : public Flow
{
public:
    explicit TestFlow(QString connection = {}) : m_connection(std::move(connection)) {}
    QString name() const override { return QStringLiteral("test"); }
    QString connection() const override { return m_connection; }
    Status run(FlowContext &ctx) override;

    static Status prepare(const Store &store); // creates test_effects

    std::atomic_bool authBroken{false};
    static QString kind() { return QStringLiteral("test.run"); }

private:
    QString m_connection;
};

struct Effect
{
    qint64 seq = 0;
    qint64 eventId = 0;
    QString key;
    QString step;
};
QList<Effect> effects(const Store &store);

} // namespace m3cart::test
