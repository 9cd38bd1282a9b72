#pragma once
// The detail of one event, for the monitor and the dead-letter inspector: the payload (pretty, searchable),
// every attempt with its request and response summaries and timing, the flow's finished steps and what they
// produced, payload revisions with a diff against the original, and links: the order on the other side
// (xref) and the events held behind this one, or the one it is held behind. Read off the GUI thread.

#include "domain/event.h"

#include <QJsonObject>
#include <QMap>
#include <QWidget>
#include <memory>

class QLabel;
class QListWidget;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace m3cart {
class Store;
namespace ui {

class PayloadView;

struct EventDetails
{
    Event event;
    QByteArray originalPayload;
    QList<Attempt> attempts;
    QList<PayloadRevision> revisions;
    QMap<QString, QJsonObject> steps;
    QList<qint64> holding;
    QString xrefEntity; // "order", "customer"
    QString cartId, m3Id;
    QString error; // reading failed

    static EventDetails load(const std::shared_ptr<const Store> &store, qint64 id); // blocking
};

class EventDetailView : public QWidget
{
    Q_OBJECT
public:
    EventDetailView(std::shared_ptr<const Store> store, QWidget *parent = nullptr);
    void setEvent(qint64 id); // 0 clears
    void reload() { setEvent(m_id); }
    qint64 eventId() const { return m_id; }
    const EventDetails &details() const { return m_details; }
    bool isLoading() const { return m_loading > 0; }
    PayloadView *payloadView() const { return m_payload; }

signals:
    void eventLinkActivated(qint64 id);
    void loaded(qint64 id);

private:
    void display(const EventDetails &d);
    void showRevision(int row);

    std::shared_ptr<const Store> m_store;
    qint64 m_id = 0;
    int m_loading = 0;
    EventDetails m_details;
    QLabel *m_title = nullptr;
    QLabel *m_links = nullptr;
    QTabWidget *m_tabs = nullptr;
    PayloadView *m_payload = nullptr;
    QTreeWidget *m_attempts = nullptr;
    QTextBrowser *m_steps = nullptr;
    QListWidget *m_revisions = nullptr;
    QTextBrowser *m_diff = nullptr;
};

} // namespace ui
} // namespace m3cart
