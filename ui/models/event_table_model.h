#pragma once
// A lazy table over the events in the store: counts the matching rows, then reads only the pages the view
// asks for, on pool threads, a bounded number of pages kept. Results of an older filter or refresh are
// dropped. Changed event ids (the dispatcher's batches) are gathered and applied at most once a second.

#include "store/event_query.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <memory>

namespace m3cart {
class Store;
namespace ui {

class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    EventTableModel(std::shared_ptr<const Store> store, QList<EventField> columns, QObject *parent = nullptr);
    ~EventTableModel() override;

    static QList<EventField> monitorColumns(); // time, source, kind, key, status, attempts, error class, flow
    // The same without status, plus the reason (the last error) and how many events it holds back.
    static QList<EventField> deadLetterColumns();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QList<EventField> columns() const { return m_columns; }
    EventQuery query() const { return m_query; }
    void setFixedStatuses(const QStringList &statuses); // the dead-letter list: "dead" only
    void setFilter(EventField field, const QString &text);
    void setFilters(const QMap<EventField, QString> &filters);
    QString filterError() const { return m_error; } // the last query's error (a bad regex, a bad time)

    // The row's event id when its page is loaded, else 0.
    qint64 idAt(int row) const;
    const EventRow *rowAt(int row) const;       // asks for the row's page when it is not loaded
    const EventRow *loadedRow(int row) const;   // never asks: for walking a large selection
    int rowOfId(qint64 id) const;               // among loaded pages; -1 when not loaded
    qint64 newestId() const { return m_topId; } // the newest event in the store when last counted
    bool isIdle() const { return m_inFlight == 0 && !m_pendingRefresh && m_changed.isEmpty(); }

public slots:
    void reload();                                // count again from scratch (a new filter, F5)
    void eventsChanged(const QList<qint64> &ids); // batched: applied within a second

signals:
    void loaded(qint64 rows); // after a count: the number of matching rows
    void failed(const QString &message);
    void idle();

private:
    struct Refresh;
    void requestPage(int page) const;
    void refresh();
    void applyRefresh(const Refresh &r);
    void finished() const;
    void evict() const;

    std::shared_ptr<const Store> m_store;
    QList<EventField> m_columns;
    EventQuery m_query;
    QString m_error;
    qint64 m_rows = 0;
    qint64 m_topId = 0; // newest id when last counted: rows above it are new
    int m_generation = 0;
    mutable QHash<int, QList<EventRow>> m_pages;
    mutable QHash<int, quint64> m_used; // page -> last use, for eviction
    mutable quint64 m_clock = 0;
    mutable QSet<int> m_requested;
    mutable int m_inFlight = 0;
    bool m_pendingRefresh = false;
    QSet<qint64> m_changed;
    QTimer m_batch;
};

} // namespace ui
} // namespace m3cart
