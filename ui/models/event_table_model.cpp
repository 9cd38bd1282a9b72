#include "event_table_model.h"

#include "ui/session/async.h"

#include "store/store.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QtConcurrent>

namespace m3cart::ui {

namespace {
constexpr int kPageSize = 200;
constexpr int kMaxPages = 40; // at most 8,000 rows in memory, whatever the table holds

struct Counted
{
    Result<qint64> rows = qint64(0);
    Result<QList<EventRow>> first = QList<EventRow>();
    qint64 topId = 0;
};

bool newestFirstById(const EventQuery &q)
{
    return q.descending && (q.sortField == EventField::Id || q.sortField == EventField::Time);
}
} // namespace

struct EventTableModel::Refresh
{
    Result<qint64> rows = qint64(0);
    qint64 newer = 0;
    qint64 topId = 0;
    QHash<int, QList<EventRow>> pages;
};

EventTableModel::EventTableModel(std::shared_ptr<const Store> store, QList<EventField> columns,
                                 QObject *parent)
    : QAbstractTableModel(parent), m_store(std::move(store)), m_columns(std::move(columns))
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(500); // with the dispatcher's own batching, a change shows within a second
    connect(&m_batch, &QTimer::timeout, this, &EventTableModel::refresh);
}

EventTableModel::~EventTableModel() = default;

QList<EventField> EventTableModel::monitorColumns()
{
    return {EventField::Time,   EventField::Source,   EventField::Kind,       EventField::Key,
            EventField::Status, EventField::Attempts, EventField::ErrorClass, EventField::Step};
}

QList<EventField> EventTableModel::deadLetterColumns()
{
    // What an operator decides on first: what failed, why, and what waits behind it.
    return {EventField::Time,       EventField::Kind,   EventField::Key,
            EventField::ErrorClass, EventField::Error,  EventField::Holding,
            EventField::Attempts,   EventField::Source, EventField::Step};
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(qMin<qint64>(m_rows, std::numeric_limits<int>::max()));
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

const EventRow *EventTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    const int page = row / kPageSize;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        requestPage(page);
        return nullptr;
    }
    m_used.insert(page, ++m_clock);
    const int i = row % kPageSize;
    return i < it->size() ? &it->at(i) : nullptr;
}

const EventRow *EventTableModel::loadedRow(int row) const
{
    const auto it = m_pages.constFind(row / kPageSize);
    if (row < 0 || row >= m_rows || it == m_pages.constEnd())
        return nullptr;
    const int i = row % kPageSize;
    return i < it->size() ? &it->at(i) : nullptr;
}

qint64 EventTableModel::idAt(int row) const
{
    const EventRow *r = rowAt(row);
    return r ? r->id : 0;
}

int EventTableModel::rowOfId(qint64 id) const
{
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it)
        for (int i = 0; i < it->size(); ++i)
            if (it->at(i).id == id)
                return it.key() * kPageSize + i;
    return -1;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= m_columns.size())
        return {};
    const EventRow *r = rowAt(index.row());
    const EventField field = m_columns.at(index.column());
    if (!r)
        return role == Qt::DisplayRole && index.column() == 0 ? QVariant(QStringLiteral("…")) : QVariant();
    if (role == Qt::UserRole)
        return r->id;
    if (role == Qt::TextAlignmentRole && (field == EventField::Attempts || field == EventField::Holding))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && field == EventField::Holding)
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role == Qt::ForegroundRole && field == EventField::Status) {
        if (r->status == QLatin1String("dead"))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (r->status == QLatin1String("retry"))
            return QBrush(QColor(0xef, 0x6c, 0x00));
        if (r->status == QLatin1String("done"))
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (field) {
    case EventField::Id:
        return r->id;
    case EventField::Time: {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(r->receivedMs).toLocalTime();
        return role == Qt::ToolTipRole
                   ? QVariant(tr("#%1 received %2").arg(r->id).arg(at.toString(Qt::ISODateWithMs)))
                   : QVariant(at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }
    case EventField::Source:
        return r->source;
    case EventField::Kind:
        return r->kind;
    case EventField::Key:
        return r->key;
    case EventField::Status:
        return r->status == QLatin1String("held") && r->heldBy > 0 ? tr("held behind #%1").arg(r->heldBy)
                                                                   : r->status;
    case EventField::Attempts:
        return r->attempts;
    case EventField::ErrorClass:
        return r->errorClass;
    case EventField::Error:
        return role == Qt::ToolTipRole ? r->error : r->error.section(u'\n', 0, 0);
    case EventField::Step:
        return r->step;
    case EventField::Holding:
        return r->holding > 0 ? tr("%1 held").arg(r->holding) : QString();
    case EventField::Payload:
        return {};
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (m_columns.at(section)) {
    case EventField::Id:
        return tr("Id");
    case EventField::Time:
        return tr("Time");
    case EventField::Source:
        return tr("Source");
    case EventField::Kind:
        return tr("Kind");
    case EventField::Key:
        return tr("Key");
    case EventField::Status:
        return tr("Status");
    case EventField::Attempts:
        return tr("Attempts");
    case EventField::ErrorClass:
        return tr("Error class");
    case EventField::Error:
        return tr("Reason");
    case EventField::Payload:
        return tr("Payload");
    case EventField::Step:
        return tr("Flow step");
    case EventField::Holding:
        return tr("Holding back");
    }
    return {};
}

void EventTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size())
        return;
    m_query.sortField = m_columns.at(column);
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

void EventTableModel::setFixedStatuses(const QStringList &statuses)
{
    m_query.statuses = statuses;
    reload();
}

void EventTableModel::setFilter(EventField field, const QString &text)
{
    if (text.trimmed().isEmpty())
        m_query.filters.remove(field);
    else
        m_query.filters.insert(field, text.trimmed());
    reload();
}

void EventTableModel::setFilters(const QMap<EventField, QString> &filters)
{
    m_query.filters.clear();
    for (auto it = filters.begin(); it != filters.end(); ++it)
        if (!it.value().trimmed().isEmpty())
            m_query.filters.insert(it.key(), it.value().trimmed());
    reload();
}

void EventTableModel::reload()
{
    const int generation = ++m_generation; // every page and refresh under way is stale from now on
    m_requested.clear();
    m_pendingRefresh = false;
    ++m_inFlight;
    runAsync(
        this,
        [store = m_store, query = m_query] {
            Counted c;
            const EventQueries q(store);
            auto top = q.maxId(); // first: rows that arrive while counting show up as new at the next refresh
            c.topId = top ? top.value() : 0;
            // Count on a second pool thread while this one reads the first page: a filter that has to scan
            // the table (payload text, a regex) scans it twice at once instead of one scan after the other.
            QFuture<Result<qint64>> counting =
                QtConcurrent::run([store, query] { return EventQueries(store).count(query); });
            c.first = q.page(query, 0, kPageSize);
            c.rows = counting.result();
            return c;
        },
        [this, generation](const Counted &c) {
            --m_inFlight;
            if (generation == m_generation) {
                beginResetModel();
                m_pages.clear();
                m_used.clear();
                m_rows = 0;
                m_error.clear();
                if (!c.rows || !c.first)
                    m_error = !c.rows ? c.rows.error().message : c.first.error().message;
                else {
                    m_rows = c.rows.value();
                    m_topId = c.topId;
                    if (!c.first->isEmpty())
                        m_pages.insert(0, c.first.value());
                }
                endResetModel();
                if (m_error.isEmpty())
                    emit loaded(m_rows);
                else
                    emit failed(m_error);
            }
            finished();
        });
}

void EventTableModel::requestPage(int page) const
{
    if (m_requested.contains(page))
        return;
    m_requested.insert(page);
    ++m_inFlight;
    auto *self = const_cast<EventTableModel *>(this);
    const int generation = m_generation;
    runAsync(
        self,
        [store = m_store, query = m_query, page] {
            return EventQueries(store).page(query, qint64(page) * kPageSize, kPageSize);
        },
        [self, generation, page](const Result<QList<EventRow>> &rows) {
            --self->m_inFlight;
            if (generation == self->m_generation) {
                self->m_requested.remove(page);
                if (rows) {
                    self->m_pages.insert(page, rows.value());
                    self->m_used.insert(page, ++self->m_clock);
                    self->evict();
                    const int first = page * kPageSize;
                    const int last = int(qMin<qint64>(self->m_rows, first + kPageSize)) - 1;
                    if (last >= first)
                        emit self->dataChanged(self->index(first, 0),
                                               self->index(last, self->columnCount() - 1));
                } else {
                    emit self->failed(rows.error().message);
                }
            }
            self->finished();
        });
}

void EventTableModel::evict() const
{
    while (m_pages.size() > kMaxPages) {
        int oldest = -1;
        quint64 at = std::numeric_limits<quint64>::max();
        for (auto it = m_used.constBegin(); it != m_used.constEnd(); ++it)
            if (it.value() < at) {
                at = it.value();
                oldest = it.key();
            }
        m_pages.remove(oldest);
        m_used.remove(oldest);
    }
}

void EventTableModel::eventsChanged(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    for (qint64 id : ids)
        m_changed.insert(id);
    if (!m_batch.isActive() && !m_pendingRefresh)
        m_batch.start();
}

void EventTableModel::refresh()
{
    if (m_changed.isEmpty())
        return;
    m_changed.clear();
    m_pendingRefresh = true;
    const int generation = m_generation;
    runAsync(
        this,
        [store = m_store, query = m_query, topId = m_topId, pages = m_pages.keys()] {
            Refresh r;
            const EventQueries q(store);
            auto top = q.maxId();
            r.topId = top ? top.value() : topId;
            r.rows = q.count(query);
            if (!r.rows)
                return r;
            if (newestFirstById(query)) {
                auto newer = q.count(query, topId);
                r.newer = newer ? newer.value() : 0;
            }
            for (int p : pages) {
                auto rows = q.page(query, qint64(p) * kPageSize, kPageSize);
                if (rows)
                    r.pages.insert(p, rows.value());
            }
            return r;
        },
        [this, generation](const Refresh &r) {
            const bool current = generation == m_generation && m_pendingRefresh;
            m_pendingRefresh = false;
            if (current) {
                if (r.rows)
                    applyRefresh(r);
                else
                    emit failed(r.rows.error().message);
            }
            if (!m_changed.isEmpty())
                m_batch.start();
            finished();
        });
}

void EventTableModel::applyRefresh(const Refresh &r)
{
    ++m_generation; // pages read before this refresh may be shifted: read them again when asked
    m_requested.clear();
    const qint64 rows = r.rows.value();
    const qint64 atTop = qMin(r.newer, rows);
    if (atTop > 0) {
        beginInsertRows({}, 0, int(atTop) - 1);
        m_pages = r.pages;
        m_rows += atTop;
        endInsertRows();
    } else {
        m_pages = r.pages;
    }
    m_used.clear();
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it)
        m_used.insert(it.key(), ++m_clock);
    if (rows > m_rows) {
        beginInsertRows({}, int(m_rows), int(rows) - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows) {
        beginRemoveRows({}, int(rows), int(m_rows) - 1);
        m_rows = rows;
        endRemoveRows();
    }
    m_topId = r.topId;
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(int(m_rows) - 1, columnCount() - 1));
    emit loaded(m_rows);
}

void EventTableModel::finished() const
{
    if (isIdle())
        emit const_cast<EventTableModel *>(this)->idle();
}

} // namespace m3cart::ui
