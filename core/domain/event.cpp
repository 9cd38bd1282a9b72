#include "event.h"

namespace m3cart {

bool isKnownEventStatus(const QString &status)
{
    for (const char *s : {EventStatus::Pending, EventStatus::Running, EventStatus::Retry, EventStatus::Held,
                          EventStatus::Done, EventStatus::Dead, EventStatus::Discarded})
        if (status == QLatin1String(s))
            return true;
    return false;
}

} // namespace m3cart
