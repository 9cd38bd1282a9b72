#pragma once
// The event monitor: every event in the store, live (the engine's batched changes, applied within a
// second), with a filter row, sorting, and the detail of the selected event, whose payload can open as a
// mapping sample.

#include <QWidget>
#include <memory>

namespace m3cart {
class Store;
namespace ui {

class EventBrowser;

class EventMonitorPage : public QWidget
{
    Q_OBJECT
public:
    explicit EventMonitorPage(std::shared_ptr<const Store> store, QWidget *parent = nullptr);
    EventBrowser *browser() const { return m_browser; }
    void setFilter(const QString &filter);

signals:
    void openMappingRequested(qint64 eventId); // "Open in mapping editor" on the selected event

private:
    EventBrowser *m_browser = nullptr;
};

} // namespace ui
} // namespace m3cart
