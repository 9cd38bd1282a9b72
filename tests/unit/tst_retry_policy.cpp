// The retry policy: backoff schedule with full jitter and cap, and each error class's route.

#include "engine/retry_policy.h"
#include "store/settings_repository.h"
#include "temp_store.h"

#include <QTest>

using namespace m3cart;
using Action = RetryDecision::Action;

class TstRetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void backoffDoublesUpToTheCap()
    {
        const ClassPolicy p{10, 1000, 30'000, true};
        const double top = 0.9999999;
        const qint64 expected[] = {1000, 2000, 4000, 8000, 16000, 30000, 30000};
        for (int attempt = 1; attempt <= 7; ++attempt) {
            const qint64 ceiling = expected[attempt - 1];
            QCOMPARE(RetryPolicy::backoffMs(p, attempt, 0.0), 0);
            const qint64 high = RetryPolicy::backoffMs(p, attempt, top);
            QVERIFY2(high <= ceiling && high >= ceiling - 1, qPrintable(QString::number(high)));
            QCOMPARE(RetryPolicy::backoffMs(p, attempt, 0.5), ceiling / 2);
        }
        // Huge attempt counts neither overflow nor exceed the cap.
        QCOMPARE(RetryPolicy::backoffMs(p, 10'000, top) <= 30'000, true);
        QVERIFY(RetryPolicy::backoffMs(p, 10'000, top) > 29'000);
    }

    void jitterSpreadsOverTheWholeRange()
    {
        RetryPolicy policy;
        const Error e = Error::transient(QStringLiteral("timeout"));
        const qint64 ceiling = std::min<qint64>(policy.policy(ErrorClass::Transient).capMs,
                                                policy.policy(ErrorClass::Transient).baseDelayMs * 4);
        qint64 lo = ceiling, hi = 0;
        for (int i = 0; i < 2000; ++i) {
            const RetryDecision d = policy.decide(e, 3);
            QCOMPARE(d.action, Action::Retry);
            QVERIFY(d.delayMs >= 0 && d.delayMs <= ceiling);
            lo = std::min(lo, d.delayMs);
            hi = std::max(hi, d.delayMs);
        }
        QVERIFY(lo < ceiling / 10); // full jitter reaches near zero...
        QVERIFY(hi > ceiling * 9 / 10); // ...and near the ceiling
    }

    void transientRetriesThenDeadLetters()
    {
        RetryPolicy policy;
        policy.setPolicy(ErrorClass::Transient, {3, 10, 100, true});
        const Error e = Error::transient(QStringLiteral("HTTP 503"));
        auto half = [] { return 0.5; };
        QCOMPARE(policy.decide(e, 1, half).action, Action::Retry);
        QCOMPARE(policy.decide(e, 1, half).delayMs, 5);
        QCOMPARE(policy.decide(e, 2, half).delayMs, 10);
        const RetryDecision last = policy.decide(e, 3, half);
        QCOMPARE(last.action, Action::DeadLetter);
        QVERIFY(last.reason.contains(QLatin1String("3 attempts")));
    }

    void rateLimitedWaitsAtLeastRetryAfter()
    {
        RetryPolicy policy;
        Error e = Error::rateLimited(QStringLiteral("429"), 7000);
        for (double r : {0.0, 0.3, 0.99}) {
            const RetryDecision d = policy.decide(e, 1, [r] { return r; });
            QCOMPARE(d.action, Action::Retry);
            QVERIFY(d.delayMs >= 7000);
            QVERIFY(d.delayMs < 7000 + 1000);
        }
        // No Retry-After header: exponential backoff of the rate_limited class.
        e.retryAfterMs = -1;
        const ClassPolicy p = policy.policy(ErrorClass::RateLimited);
        QCOMPARE(policy.decide(e, 2, [] { return 0.5; }).delayMs, RetryPolicy::backoffMs(p, 2, 0.5));
    }

    void authPausesWithoutRetrying()
    {
        RetryPolicy policy;
        const RetryDecision d = policy.decide(Error::auth(QStringLiteral("401")), 1, [] { return 0.5; });
        QCOMPARE(d.action, Action::PauseConnection);
        // However many times it happened: still a pause, never a dead letter.
        QCOMPARE(policy.decide(Error::auth(QStringLiteral("401")), 50).action, Action::PauseConnection);
    }

    void dataNotFoundAndConflictDeadLetterAtOnce()
    {
        RetryPolicy policy;
        for (ErrorClass c : {ErrorClass::Data, ErrorClass::NotFound, ErrorClass::Conflict}) {
            const RetryDecision d = policy.decide(Error{c, QStringLiteral("bad")}, 1);
            QCOMPARE(d.action, Action::DeadLetter);
        }
    }

    void jsonRoundTripAndSettings()
    {
        RetryPolicy policy;
        policy.setPolicy(ErrorClass::Transient, {4, 25, 400, true});
        const RetryPolicy back = RetryPolicy::fromJson(policy.toJson());
        QCOMPARE(back.policy(ErrorClass::Transient).maxAttempts, 4);
        QCOMPARE(back.policy(ErrorClass::Transient).baseDelayMs, 25);
        QCOMPARE(back.policy(ErrorClass::Transient).capMs, 400);

        test::TempStore t;
        SettingsRepository settings(t.store);
        auto defaults = RetryPolicy::load(settings);
        QVERIFY(defaults);
        QCOMPARE(defaults->policy(ErrorClass::Transient).maxAttempts, RetryPolicy().policy(ErrorClass::Transient).maxAttempts);
        M3_VERIFY_OK(settings.set(RetryPolicy::settingName(), policy.toJson()));
        auto loaded = RetryPolicy::load(settings);
        QVERIFY(loaded);
        QCOMPARE(loaded->policy(ErrorClass::Transient).capMs, 400);

        M3_VERIFY_OK(settings.set(RetryPolicy::settingName(), QJsonObject{{QStringLiteral("transiant"), QJsonObject{}}}));
        auto typo = RetryPolicy::load(settings);
        QVERIFY(!typo);
        QVERIFY(typo.error().message.contains(QLatin1String("transiant")));
    }
};

QTEST_GUILESS_MAIN(TstRetryPolicy)
#include "tst_retry_policy.moc"
