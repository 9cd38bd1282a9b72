#pragma once
// A token bucket: the cart simulator's per-credential throttle (rate tokens per second, burst capacity).

#include <QElapsedTimer>

namespace m3cart::sandbox {

class TokenBucket
{
public:
    TokenBucket(double ratePerSecond = 2.0, double burst = 2.0);
    void configure(double ratePerSecond, double burst);
    // Takes one token. When none is left returns false and the seconds until one is available.
    bool take(double *retryAfterSeconds = nullptr);

private:
    void refill();
    double m_rate;
    double m_burst;
    double m_tokens;
    QElapsedTimer m_clock;
};

} // namespace m3cart::sandbox
