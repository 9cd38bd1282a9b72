#include "dashboard_data.h"

#include "domain/event.h"
#include "flows/order_to_m3_flow.h"
#include "flows/status_to_cart_flow.h"
#include "store/event_repository.h"

#include <QTimeZone>

namespace m3cart::ui {

QStringList DashboardData::flowKinds()
{
    return {flows::OrderToM3Flow::kind(), flows::StatusToCartFlow::kind()};
}

Result<DashboardData> readDashboard(const std::shared_ptr<const Store> &store, const QDateTime &now)
{
    const EventRepository events(store);
    DashboardData d;
    auto byStatus = events.countByStatus();
    if (!byStatus)
        return byStatus.error();
    d.byStatus = byStatus.value();
    for (const char *s : {EventStatus::Pending, EventStatus::Running, EventStatus::Retry, EventStatus::Held})
        d.backlog += d.byStatus.value(QLatin1String(s));

    const auto count = [&events](EventFilter f) -> qint64 {
        f.limit = 0;
        auto n = events.count(f);
        return n ? n.value() : 0;
    };
    const QDateTime today = QDateTime(now.date(), QTime(0, 0), now.timeZone());
    EventFilter orders;
    orders.kind = flows::OrderToM3Flow::kind();
    orders.statuses = {QLatin1String(EventStatus::Done)};
    orders.sinceMs = today.toMSecsSinceEpoch();
    d.ordersToday = count(orders);
    orders.sinceMs = now.addSecs(-3600).toMSecsSinceEpoch();
    d.ordersLastHour = count(orders);
    EventFilter stock;
    stock.kind = DashboardData::stockKindPattern();
    stock.sinceMs = today.toMSecsSinceEpoch();
    d.stockToday = count(stock);

    for (const ErrorClass c : {ErrorClass::Transient, ErrorClass::RateLimited, ErrorClass::Auth,
                               ErrorClass::Data, ErrorClass::NotFound, ErrorClass::Conflict}) {
        EventFilter f;
        f.errorClass = errorClassName(c);
        f.statuses = {QLatin1String(EventStatus::Retry), QLatin1String(EventStatus::Dead),
                      QLatin1String(EventStatus::Held)};
        d.errorsByClass.insert(errorClassName(c), count(f));
    }

    const QDateTime thisHour(now.date(), QTime(now.time().hour(), 0), now.timeZone());
    for (int i = 23; i >= 0; --i) {
        const QDateTime from = thisHour.addSecs(-3600 * i);
        EventFilter f;
        f.sinceMs = from.toMSecsSinceEpoch();
        f.untilMs = from.addSecs(3600).toMSecsSinceEpoch();
        d.hours << from;
        d.receivedPerHour << count(f);
        f.statuses = {QLatin1String(EventStatus::Done)};
        d.donePerHour << count(f);
    }

    for (const QString &kind : DashboardData::flowKinds()) {
        EventFilter f;
        f.kind = kind;
        f.limit = 1;
        f.statuses = {QLatin1String(EventStatus::Done), QLatin1String(EventStatus::Dead),
                      QLatin1String(EventStatus::Retry)};
        FlowRun run;
        run.kind = kind;
        auto list = events.list(f);
        if (list && !list->isEmpty()) {
            const Event &e = list->first();
            run.status = e.status;
            run.at = e.updatedAt;
            run.error = e.lastError;
        }
        d.lastRuns << run;
    }
    return d;
}

} // namespace m3cart::ui
