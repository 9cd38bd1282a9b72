#include "dashboard_page.h"

#include "dashboard_data.h"
#include "sandbox_panel.h"

#include "ui/session/async.h"
#include "ui/widgets/page_heading.h"
#include "ui/widgets/stat_tile.h"

#include "domain/event.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPointer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace m3cart::ui {

namespace {
QString statusFilter(const char *status)
{
    return QStringLiteral("status=") + QLatin1String(status);
}

QString flowTitle(const QString &kind)
{
    if (kind == QLatin1String("cart.order.new"))
        return DashboardPage::tr("3dcart order → M3");
    if (kind == QLatin1String("m3.bod.SyncSalesOrder"))
        return DashboardPage::tr("M3 order status → 3dcart");
    return kind;
}

QString statusTitle(const QString &status)
{
    if (status == QLatin1String(EventStatus::Done))
        return DashboardPage::tr("done");
    if (status == QLatin1String(EventStatus::Dead))
        return DashboardPage::tr("dead-lettered");
    if (status == QLatin1String(EventStatus::Retry))
        return DashboardPage::tr("failed, will retry");
    return status;
}
} // namespace

DashboardPage::DashboardPage(std::shared_ptr<const Store> store, ConsoleSession *session, QWidget *parent)
    : QWidget(parent), m_store(std::move(store))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 12);
    layout->addWidget(makeHeading(tr("Dashboard"), this));
    m_sandbox = new SandboxPanel(session, this);
    connect(m_sandbox, &SandboxPanel::setUpConnections, this,
            [this] { emit navigate(QStringLiteral("connections"), {}); });
    layout->addWidget(m_sandbox);

    m_grid = new QGridLayout;
    m_grid->setSpacing(10);
    addTile(QStringLiteral("orders"), tr("Orders synced today"), QStringLiteral("events"),
            QStringLiteral("kind=cart.order.new status=done since=today"));
    addTile(QStringLiteral("stock"), tr("Stock pushes today"), QStringLiteral("events"),
            QStringLiteral("kind=") + DashboardData::stockKindPattern() + QStringLiteral(" since=today"));
    addTile(QStringLiteral("backlog"), tr("Backlog"), QStringLiteral("events"),
            QStringLiteral("status=pending,running,retry,held"));
    addTile(QLatin1String(EventStatus::Dead), tr("Dead letters"), QStringLiteral("deadletters"), {});
    addTile(QLatin1String(EventStatus::Pending), tr("Waiting"), QStringLiteral("events"),
            statusFilter(EventStatus::Pending));
    addTile(QLatin1String(EventStatus::Retry), tr("Retrying"), QStringLiteral("events"),
            statusFilter(EventStatus::Retry));
    addTile(QLatin1String(EventStatus::Held), tr("Held"), QStringLiteral("events"),
            statusFilter(EventStatus::Held));
    addTile(QLatin1String(EventStatus::Done), tr("Done"), QStringLiteral("events"),
            statusFilter(EventStatus::Done));
    layout->addLayout(m_grid);

    auto *row = new QHBoxLayout;
    m_chart = new QChart;
    m_chart->setTitle(tr("Events per hour, last 24 hours"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    // Bars side by side: received and done per hour stay readable when they are equal.
    m_received = new QBarSet(tr("received"));
    m_done = new QBarSet(tr("done"));
    for (int i = 0; i < 24; ++i) {
        *m_received << 0;
        *m_done << 0;
    }
    auto *series = new QBarSeries;
    series->append(m_received);
    series->append(m_done);
    series->setBarWidth(0.9);
    m_chart->addSeries(series);
    m_hourAxis = new QBarCategoryAxis;
    m_hourAxis->setGridLineVisible(false);
    // 24 hour labels (and even an axis title) are elided at this width; the chart title names the span.
    m_hourAxis->setLabelsVisible(false);
    m_countAxis = new QValueAxis;
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_countAxis->setMin(0);
    m_chart->addAxis(m_hourAxis, Qt::AlignBottom);
    m_chart->addAxis(m_countAxis, Qt::AlignLeft);
    series->attachAxis(m_hourAxis);
    series->attachAxis(m_countAxis);
    auto *view = new QChartView(m_chart, this);
    view->setObjectName(QStringLiteral("throughputChart"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    row->addWidget(view, 3);

    auto *side = new QVBoxLayout;
    auto *errors = new QGroupBox(tr("Errors by class"), this);
    auto *ev = new QVBoxLayout(errors);
    m_errors = new QLabel(errors);
    m_errors->setObjectName(QStringLiteral("errorsByClass"));
    m_errors->setTextFormat(Qt::RichText);
    connect(m_errors, &QLabel::linkActivated, this, [this](const QString &cls) {
        emit navigate(QStringLiteral("events"), QStringLiteral("error_class=") + cls);
    });
    ev->addWidget(m_errors);
    side->addWidget(errors);
    auto *runs = new QGroupBox(tr("Last run per flow"), this);
    auto *rv = new QVBoxLayout(runs);
    m_runs = new QLabel(runs);
    m_runs->setObjectName(QStringLiteral("lastRuns"));
    m_runs->setWordWrap(true);
    m_runs->setTextFormat(Qt::RichText);
    connect(m_runs, &QLabel::linkActivated, this, [this](const QString &kind) {
        emit navigate(QStringLiteral("events"), QStringLiteral("kind=") + kind);
    });
    rv->addWidget(m_runs);
    side->addWidget(runs);
    side->addStretch(1);
    row->addLayout(side, 2);
    layout->addLayout(row, 1);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
}

StatTile *DashboardPage::addTile(const QString &name, const QString &caption, const QString &page,
                                 const QString &filter)
{
    auto *tile = new StatTile(name, caption, this);
    connect(tile, &StatTile::activated, this, [this, page, filter] { emit navigate(page, filter); });
    m_grid->addWidget(tile, m_tileCount / 4, m_tileCount % 4);
    ++m_tileCount;
    m_tiles.insert(name, tile);
    return tile;
}

void DashboardPage::refresh()
{
    // One read at a time: on a slow or locked store the timer must not pile up queries.
    if (m_refreshing)
        return;
    m_refreshing = true;
    QPointer<DashboardPage> self(this);
    runAsync(
        this, [store = m_store] { return readDashboard(store, QDateTime::currentDateTime()); },
        [self](const Result<DashboardData> &d) {
            if (!self)
                return;
            self->m_refreshing = false;
            if (!d) {
                self->m_error->setText(tr("Cannot read the store: %1").arg(d.error().message));
                self->m_error->show();
                return;
            }
            self->m_error->hide();
            self->show(d.value());
        });
}

void DashboardPage::show(const DashboardData &d)
{
    const QLocale l;
    m_tiles.value(QStringLiteral("orders"))
        ->setValue(l.toString(d.ordersToday), tr("%1 in the last hour").arg(l.toString(d.ordersLastHour)));
    m_tiles.value(QStringLiteral("stock"))->setValue(l.toString(d.stockToday));
    m_tiles.value(QStringLiteral("backlog"))->setValue(l.toString(d.backlog));
    for (const char *s :
         {EventStatus::Dead, EventStatus::Pending, EventStatus::Retry, EventStatus::Held, EventStatus::Done})
        m_tiles.value(QLatin1String(s))->setValue(l.toString(d.byStatus.value(QLatin1String(s))));

    QStringList errorRows;
    for (auto it = d.errorsByClass.begin(); it != d.errorsByClass.end(); ++it)
        errorRows << QStringLiteral(
                         "<tr><td><a href=\"%1\">%1</a></td><td align=right>&nbsp;&nbsp;%2</td></tr>")
                         .arg(it.key(), l.toString(it.value()));
    m_errors->setText(QStringLiteral("<table>") + errorRows.join(QString()) + QStringLiteral("</table>"));

    QStringList runs;
    for (const FlowRun &r : d.lastRuns) {
        const QString state =
            r.status.isEmpty()
                ? tr("not run yet")
                : tr("%1 at %2")
                      .arg(statusTitle(r.status), l.toString(r.at.toLocalTime(), QLocale::ShortFormat));
        runs << QStringLiteral("<a href=\"%1\">%2</a>: %3")
                    .arg(r.kind, flowTitle(r.kind).toHtmlEscaped(), state.toHtmlEscaped());
    }
    m_runs->setText(runs.join(QStringLiteral("<br>")));

    QStringList hours;
    qint64 peak = 1;
    for (int i = 0; i < d.hours.size() && i < m_received->count(); ++i) {
        hours << d.hours.at(i).toString(QStringLiteral("HH:00"));
        m_received->replace(i, qreal(d.receivedPerHour.at(i)));
        m_done->replace(i, qreal(d.donePerHour.at(i)));
        peak = std::max(peak, d.receivedPerHour.at(i));
    }
    m_hourAxis->setCategories(hours);
    if (!d.hours.isEmpty())
        m_chart->setTitle(
            tr("Events per hour since %1").arg(l.toString(d.hours.first(), QLocale::ShortFormat)));
    // Whole numbers on the axis: five steps of a whole size.
    const qint64 step = (peak + 4) / 5;
    m_countAxis->setTickCount(6);
    m_countAxis->setRange(0, double(step * 5));
    emit refreshed(d.backlog);
}

} // namespace m3cart::ui
