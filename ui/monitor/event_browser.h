#pragma once
// A filterable event table over the store with the detail of the current event beside it: what the event
// monitor and the dead-letter inspector share. Keyboard: Ctrl+F filter row, Ctrl+Shift+F payload search,
// Alt+Down / Alt+Up next and previous event, Ctrl+Shift+C copy the selection as CSV
// (F5, the window's refresh, reloads it).

#include "store/event_query.h"

#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QTableView;

namespace m3cart {
class Store;
namespace ui {

class EventDetailView;
class EventTableModel;
class FilterHeader;

class EventBrowser : public QWidget
{
    Q_OBJECT
public:
    EventBrowser(std::shared_ptr<const Store> store, const QList<EventField> &columns,
                 QWidget *parent = nullptr);

    EventTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    FilterHeader *filterHeader() const { return m_header; }
    EventDetailView *detail() const { return m_detail; }
    QLineEdit *payloadFilter() const { return m_payloadFilter; }

    // "status=retry", "kind=cart.order.*&key=order-1" (as the dashboard's tiles ask): fills the filter row.
    void setFilterString(const QString &filter);
    QString filterString() const;
    void setFilter(EventField field, const QString &text); // as typed into the filter row

    qint64 currentId() const;
    QList<qint64> selectedIds() const; // of loaded rows (pages already read), in table order
    QString selectionCsv() const;
    void copySelectionCsv() const;
    void selectNext(int step); // +1 next, -1 previous
    void selectId(qint64 id);  // when its row is loaded (after a filter, once the first page arrives)

public slots:
    void eventsChanged(const QList<qint64> &ids);

signals:
    void currentEventChanged(qint64 id);

private:
    QList<int> selectedLoadedRows() const;
    void addShortcut(const QKeySequence &keys, const std::function<void()> &fn);
    void updateCount();
    void followCurrent();
    void checkForNewEvents();

    std::shared_ptr<const Store> m_store;
    EventTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    FilterHeader *m_header = nullptr;
    EventDetailView *m_detail = nullptr;
    QLineEdit *m_payloadFilter = nullptr;
    QLabel *m_count = nullptr;
    qint64 m_wanted = 0; // an id to select once its row is loaded
    bool m_checking = false;
};

} // namespace ui
} // namespace m3cart
