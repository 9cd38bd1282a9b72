#include "event_detail.h"

#include "ui/session/async.h"
#include "ui/widgets/payload_view.h"
#include "ui/widgets/text_diff.h"

#include "store/event_repository.h"
#include "store/flow_progress.h"
#include "store/xref_repository.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace m3cart::ui {

namespace {
QString localTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) : QString();
}

// The cross reference an event's key points at: "order-47620" is 3dcart order 47620; a BOD for a sales
// order ("SalesOrder:0000123...") names the M3 order.
void findXref(const std::shared_ptr<const Store> &store, EventDetails &d)
{
    const QString key = d.event.key;
    const XrefRepository xref(store);
    for (const char *entity : {"order", "customer"}) {
        const QString prefix = QLatin1String(entity) + QLatin1Char('-');
        if (key.startsWith(prefix)) {
            d.xrefEntity = QLatin1String(entity);
            d.cartId = key.mid(prefix.size());
            if (auto m3 = xref.m3Id(d.xrefEntity, d.cartId); m3 && m3->has_value())
                d.m3Id = m3->value();
            return;
        }
    }
    if (key.startsWith(QLatin1String("SalesOrder:"))) {
        d.xrefEntity = QStringLiteral("order");
        d.m3Id = key.section(u':', 1, 1);
        if (auto cart = xref.cartId(d.xrefEntity, d.m3Id); cart && cart->has_value())
            d.cartId = cart->value();
    }
}
} // namespace

EventDetails EventDetails::load(const std::shared_ptr<const Store> &store, qint64 id)
{
    EventDetails d;
    const EventRepository events(store);
    auto e = events.get(id);
    if (!e) {
        d.error = e.error().message;
        return d;
    }
    d.event = e.value();
    auto original = events.originalPayload(id);
    d.originalPayload = original ? original.value() : d.event.payload;
    if (auto a = events.attempts(id))
        d.attempts = a.value();
    if (auto r = events.revisions(id))
        d.revisions = r.value();
    if (auto s = FlowProgress(store).steps(id))
        d.steps = s.value();
    if (auto h = events.heldBehind(id))
        d.holding = h.value();
    findXref(store, d);
    return d;
}

EventDetailView::EventDetailView(std::shared_ptr<const Store> store, QWidget *parent)
    : QWidget(parent), m_store(std::move(store))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_links = new QLabel(this);
    m_links->setObjectName(QStringLiteral("detailLinks"));
    m_links->setWordWrap(true);
    m_links->setTextFormat(Qt::RichText);
    connect(m_links, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("event:")))
            emit eventLinkActivated(link.mid(6).toLongLong());
    });
    layout->addWidget(m_title);
    layout->addWidget(m_links);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_payload = new PayloadView(m_tabs);
    m_tabs->addTab(m_payload, tr("Payload"));
    m_attempts = new QTreeWidget(m_tabs);
    m_attempts->setObjectName(QStringLiteral("attempts"));
    m_attempts->setHeaderLabels(
        {tr("#"), tr("Started"), tr("Duration"), tr("Outcome"), tr("Class"), tr("Message")});
    m_attempts->setRootIsDecorated(true);
    m_attempts->header()->setStretchLastSection(true);
    m_tabs->addTab(m_attempts, tr("Attempts"));
    m_steps = new QTextBrowser(m_tabs);
    m_steps->setObjectName(QStringLiteral("steps"));
    m_tabs->addTab(m_steps, tr("Flow"));
    auto *revisions = new QSplitter(Qt::Vertical, m_tabs);
    m_revisions = new QListWidget(revisions);
    m_revisions->setObjectName(QStringLiteral("revisions"));
    m_diff = new QTextBrowser(revisions);
    m_diff->setObjectName(QStringLiteral("revisionDiff"));
    revisions->setStretchFactor(1, 3);
    revisions->setSizes({70, 300});
    connect(m_revisions, &QListWidget::currentRowChanged, this, &EventDetailView::showRevision);
    m_tabs->addTab(revisions, tr("Revisions"));
    layout->addWidget(m_tabs, 1);
    setEvent(0);
}

void EventDetailView::setEvent(qint64 id)
{
    m_id = id;
    if (id <= 0) {
        display(EventDetails{});
        m_title->setText(tr("Select an event to see its payload, attempts and links."));
        return;
    }
    ++m_loading;
    runAsync(
        this, [store = m_store, id] { return EventDetails::load(store, id); },
        [this, id](const EventDetails &d) {
            --m_loading;
            if (id != m_id)
                return; // the selection moved on
            display(d);
            emit loaded(id);
        });
}

void EventDetailView::display(const EventDetails &d)
{
    m_details = d;
    const Event &e = d.event;
    if (!d.error.isEmpty())
        m_title->setText(d.error);
    else if (e.id > 0)
        m_title->setText(tr("<b>#%1</b> %2 · %3 · <b>%4</b> · received %5 from %6")
                             .arg(e.id)
                             .arg(e.kind.toHtmlEscaped(), e.key.toHtmlEscaped(), e.status.toHtmlEscaped(),
                                  localTime(e.receivedAt), e.source.toHtmlEscaped()) +
                         (e.lastError.isEmpty()
                              ? QString()
                              : QStringLiteral("<br><span style=\"color:#c62828\">%1: %2</span>")
                                    .arg(e.lastErrorClass.toHtmlEscaped(), e.lastError.toHtmlEscaped())));
    QStringList links;
    if (!d.xrefEntity.isEmpty()) {
        const QString none = tr("not yet");
        links << tr("3dcart %1 %2 ↔ M3 %1 %3")
                     .arg(d.xrefEntity == QLatin1String("order") ? tr("order") : tr("customer"),
                          d.cartId.isEmpty() ? none : d.cartId, d.m3Id.isEmpty() ? none : d.m3Id);
    }
    if (e.heldBy > 0)
        links << tr("held behind <a href=\"event:%1\">#%1</a>").arg(e.heldBy);
    if (!d.holding.isEmpty()) {
        QStringList held;
        for (qint64 h : d.holding)
            held << QStringLiteral("<a href=\"event:%1\">#%1</a>").arg(h);
        links << tr("holding back %1").arg(held.join(QStringLiteral(", ")));
    }
    m_links->setText(links.join(QStringLiteral(" · ")));
    m_links->setVisible(!links.isEmpty());
    m_payload->setPayload(e.payload);

    m_attempts->clear();
    for (const Attempt &a : d.attempts) {
        const qint64 ms = a.finishedAt.isValid() ? a.startedAt.msecsTo(a.finishedAt) : -1;
        auto *item = new QTreeWidgetItem(m_attempts, {QString::number(a.number), localTime(a.startedAt),
                                                      ms < 0 ? tr("running") : tr("%1 ms").arg(ms), a.outcome,
                                                      a.errorClass, a.message.section(u'\n', 0, 0)});
        item->setToolTip(5, a.message);
        if (!a.request.isEmpty())
            new QTreeWidgetItem(item, {QString(), tr("request"), QString(), QString(), QString(), a.request});
        if (!a.response.isEmpty())
            new QTreeWidgetItem(item,
                                {QString(), tr("response"), QString(), QString(), QString(), a.response});
    }
    m_attempts->expandAll();
    for (int c = 0; c < 5; ++c)
        m_attempts->resizeColumnToContents(c);

    QString steps;
    for (auto it = d.steps.begin(); it != d.steps.end(); ++it)
        steps += QStringLiteral("<h4>%1</h4><pre>%2</pre>")
                     .arg(it.key().toHtmlEscaped(),
                          QString::fromUtf8(QJsonDocument(it.value()).toJson(QJsonDocument::Indented))
                              .toHtmlEscaped());
    m_steps->setHtml(steps.isEmpty() ? tr("No flow step has finished for this event.") : steps);

    m_revisions->clear();
    m_diff->clear();
    for (const PayloadRevision &r : d.revisions)
        m_revisions->addItem(tr("Revision %1 by %2 at %3: %4")
                                 .arg(r.revision)
                                 .arg(r.author, localTime(r.createdAt), r.reason));
    m_tabs->setTabText(3, d.revisions.isEmpty() ? tr("Revisions")
                                                : tr("Revisions (%1)").arg(d.revisions.size()));
    if (!d.revisions.isEmpty())
        m_revisions->setCurrentRow(int(d.revisions.size()) - 1);
}

void EventDetailView::showRevision(int row)
{
    if (row < 0 || row >= m_details.revisions.size()) {
        m_diff->clear();
        return;
    }
    m_diff->setHtml(lineDiffHtml(PayloadView::pretty(m_details.originalPayload),
                                 PayloadView::pretty(m_details.revisions.at(row).payload)));
}

} // namespace m3cart::ui
