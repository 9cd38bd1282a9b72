#pragma once
// Client-side pacing for one connection: a token bucket (requests per second with a small burst), a limit on
// requests in flight, and a slow-down after the server answers 429 (nothing goes out until Retry-After has
// passed, then the rate is reduced and recovers after a quiet period). Thread-safe; acquire() blocks.

#include <QtGlobal>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace m3cart::net {

class Pacer
{
public:
    struct Options
    {
        double ratePerSecond = 2.0;
        int burst = 2;
        int maxConcurrent = 2;
        double slowDownFactor = 0.5;   // rate multiplier after each 429
        double minRatePerSecond = 0.2;
        qint64 recoveryMs = 60'000;    // back to the configured rate after this long without a 429
        qint64 minBlockMs = 1000;      // after a 429 nothing goes out for at least this long (Retry-After: 0 too)
    };

    class Permit
    {
    public:
        explicit Permit(Pacer *p) : m_pacer(p) {}
        Permit(Permit &&o) noexcept : m_pacer(o.m_pacer) { o.m_pacer = nullptr; }
        Permit(const Permit &) = delete;
        Permit &operator=(const Permit &) = delete;
        Permit &operator=(Permit &&) = delete;
        ~Permit()
        {
            if (m_pacer)
                m_pacer->release();
        }

    private:
        Pacer *m_pacer;
    };

    Pacer() : Pacer(Options{}) {}
    explicit Pacer(Options options);
    Permit acquire(); // waits for a token and a free slot
    void onRateLimited(qint64 retryAfterMs);

    double currentRate() const;
    qint64 blockedForMs() const; // how long nothing may go out because of a 429
    qint64 totalWaitMs() const;  // time callers spent waiting, for figures

private:
    using Clock = std::chrono::steady_clock;
    void release();
    void refill(Clock::time_point now);

    Options m_options;
    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    double m_rate;
    double m_tokens;
    int m_inFlight = 0;
    Clock::time_point m_last;
    Clock::time_point m_blockedUntil;
    Clock::time_point m_lastPenalty;
    qint64 m_waitedMs = 0;
};

} // namespace m3cart::net
