#include "pacer.h"

#include <algorithm>

namespace m3cart::net {

using namespace std::chrono;

Pacer::Pacer(Options options)
    : m_options(options), m_rate(std::max(0.01, options.ratePerSecond)), m_tokens(std::max(1, options.burst)),
      m_last(Clock::now()), m_blockedUntil(Clock::time_point::min()), m_lastPenalty(Clock::time_point::min())
{
    m_options.burst = std::max(1, options.burst);
    m_options.maxConcurrent = std::max(1, options.maxConcurrent);
}

void Pacer::refill(Clock::time_point now)
{
    if (m_rate < m_options.ratePerSecond && m_lastPenalty != Clock::time_point::min() &&
        now - m_lastPenalty > milliseconds(m_options.recoveryMs))
        m_rate = m_options.ratePerSecond;
    const double elapsed = duration<double>(now - m_last).count();
    m_tokens = std::min<double>(m_options.burst, m_tokens + elapsed * m_rate);
    m_last = now;
}

Pacer::Permit Pacer::acquire()
{
    std::unique_lock lock(m_mutex);
    const auto started = Clock::now();
    for (;;) {
        const auto now = Clock::now();
        refill(now);
        if (now < m_blockedUntil) {
            m_cv.wait_until(lock, m_blockedUntil);
            continue;
        }
        if (m_inFlight >= m_options.maxConcurrent) {
            m_cv.wait(lock);
            continue;
        }
        if (m_tokens >= 1.0) {
            m_tokens -= 1.0;
            ++m_inFlight;
            m_waitedMs += duration_cast<milliseconds>(Clock::now() - started).count();
            return Permit(this);
        }
        const auto missing = duration<double>((1.0 - m_tokens) / m_rate);
        m_cv.wait_for(lock, duration_cast<microseconds>(missing) + microseconds(100));
    }
}

void Pacer::release()
{
    {
        std::lock_guard lock(m_mutex);
        --m_inFlight;
    }
    m_cv.notify_all();
}

void Pacer::onRateLimited(qint64 retryAfterMs)
{
    {
        std::lock_guard lock(m_mutex);
        const auto now = Clock::now();
        m_blockedUntil = std::max(m_blockedUntil, now + milliseconds(std::max<qint64>(retryAfterMs, m_options.minBlockMs)));
        m_rate = std::max(m_options.minRatePerSecond, m_rate * m_options.slowDownFactor);
        m_tokens = 0;
        m_lastPenalty = now;
    }
    m_cv.notify_all();
}

double Pacer::currentRate() const
{
    std::lock_guard lock(m_mutex);
    return m_rate;
}

qint64 Pacer::blockedForMs() const
{
    std::lock_guard lock(m_mutex);
    const auto now = Clock::now();
    return now < m_blockedUntil ? duration_cast<milliseconds>(m_blockedUntil - now).count() : 0;
}

qint64 Pacer::totalWaitMs() const
{
    std::lock_guard lock(m_mutex);
    return m_waitedMs;
}

} // namespace m3cart::net
