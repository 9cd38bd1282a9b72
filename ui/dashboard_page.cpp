#include "dashboard_page.h"

#include "domain/event.h"
#include "store/event_repository.h"

#include <QFrame>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace m3cart::ui {

namespace {
struct Tile
{
    const char *status;
    const char *label;
};
const Tile kTiles[] = {
    {EventStatus::Pending, QT_TRANSLATE_NOOP("m3cart::ui::DashboardPage", "Waiting")},
    {EventStatus::Running, QT_TRANSLATE_NOOP("m3cart::ui::DashboardPage", "Running")},
    {EventStatus::Retry, QT_TRANSLATE_NOOP("m3cart::ui::DashboardPage", "Retrying")},
    {EventStatus::Held, QT_TRANSLATE_NOOP("m3cart::ui::DashboardPage", "Held")},
    {EventStatus::Dead, QT_TRANSLATE_NOOP("m3cart::ui::DashboardPage", "Dead letters")},
    {EventStatus::Done, QT_TRANSLATE_NOOP("m3cart::ui::DashboardPage", "Done")},
};
} // namespace

DashboardPage::DashboardPage(std::shared_ptr<const Store> store, QWidget *parent)
    : QWidget(parent), m_store(std::move(store))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    auto *heading = new QLabel(tr("Dashboard"), this);
    QFont hf = heading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.6);
    hf.setBold(true);
    heading->setFont(hf);
    layout->addWidget(heading);
    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    int i = 0;
    for (const Tile &t : kTiles) {
        auto *frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *v = new QVBoxLayout(frame);
        auto *value = new QLabel(QStringLiteral("–"), frame);
        QFont vf = value->font();
        vf.setPointSizeF(vf.pointSizeF() * 2.2);
        vf.setBold(true);
        value->setFont(vf);
        value->setObjectName(QStringLiteral("tile_") + QLatin1String(t.status));
        v->addWidget(value);
        v->addWidget(new QLabel(tr(t.label), frame));
        m_values.insert(QLatin1String(t.status), value);
        grid->addWidget(frame, i / 3, i % 3);
        ++i;
    }
    layout->addLayout(grid);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);
}

void DashboardPage::refresh()
{
    // One read at a time: on a slow or locked store the 2-second timer must not pile up queries.
    if (m_refreshing)
        return;
    m_refreshing = true;
    auto *watcher = new QFutureWatcher<Result<QMap<QString, qint64>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_refreshing = false;
        const auto counts = watcher->result();
        if (!counts) {
            m_error->setText(tr("Cannot read the store: %1").arg(counts.error().message));
            m_error->show();
            return;
        }
        m_error->hide();
        qint64 backlog = 0;
        for (auto it = m_values.begin(); it != m_values.end(); ++it) {
            const qint64 n = counts->value(it.key());
            it.value()->setText(QLocale().toString(n));
            if (it.key() != QLatin1String(EventStatus::Done))
                backlog += n;
        }
        emit refreshed(tr("Backlog: %1").arg(QLocale().toString(backlog)));
    });
    watcher->setFuture(QtConcurrent::run([store = m_store] { return EventRepository(store).countByStatus(); }));
}

} // namespace m3cart::ui
