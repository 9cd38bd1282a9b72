#include "token_bucket.h"

#include <QtGlobal>

namespace m3cart::sandbox {

TokenBucket::TokenBucket(double ratePerSecond, double burst)
    : m_rate(ratePerSecond), m_burst(qMax(1.0, burst)), m_tokens(m_burst)
{
    m_clock.start();
}

void TokenBucket::configure(double ratePerSecond, double burst)
{
    refill();
    m_rate = ratePerSecond;
    m_burst = qMax(1.0, burst);
    m_tokens = qMin(m_tokens, m_burst);
}

void TokenBucket::refill()
{
    const double elapsed = m_clock.nsecsElapsed() / 1e9;
    m_clock.restart();
    m_tokens = qMin(m_burst, m_tokens + elapsed * m_rate);
}

bool TokenBucket::take(double *retryAfterSeconds)
{
    if (m_rate <= 0)
        return true; // throttle off
    refill();
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return true;
    }
    if (retryAfterSeconds)
        *retryAfterSeconds = (1.0 - m_tokens) / m_rate;
    return false;
}

} // namespace m3cart::sandbox
