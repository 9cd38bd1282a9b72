#include "event_browser.h"

#include "event_detail.h"
#include "ui/models/event_table_model.h"
#include "ui/session/async.h"
#include "ui/widgets/filter_header.h"
#include "ui/widgets/payload_view.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace m3cart::ui {

namespace {
QString placeholderFor(EventField f)
{
    // Examples of the syntax, not words: the same in every language.
    switch (f) {
    case EventField::Time:
        return QStringLiteral("-2h, >2026-11-29");
    case EventField::Status:
        return QStringLiteral("dead,retry");
    case EventField::Kind:
        return QStringLiteral("cart.order.*");
    case EventField::Attempts:
    case EventField::Holding:
        return QStringLiteral(">0");
    case EventField::Error:
        return QStringLiteral("/time.?out/");
    default:
        return EventBrowser::tr("filter");
    }
}

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n'))
        return s;
    return u'"' + QString(s).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}
} // namespace

EventBrowser::EventBrowser(std::shared_ptr<const Store> store, const QList<EventField> &columns,
                           QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_payloadFilter = new QLineEdit(this);
    m_payloadFilter->setObjectName(QStringLiteral("payloadFilter"));
    m_payloadFilter->setPlaceholderText(tr("Text in the payload (Ctrl+Shift+F)"));
    m_payloadFilter->setClearButtonEnabled(true);
    auto *clear = new QPushButton(tr("Clear filters"), this);
    clear->setObjectName(QStringLiteral("clearFilters"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("rowCount"));
    bar->addWidget(m_payloadFilter, 2);
    bar->addWidget(clear);
    bar->addWidget(m_count, 1, Qt::AlignRight);
    layout->addLayout(bar);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("eventTable"));
    m_store = store;
    m_model = new EventTableModel(store, columns, this);
    m_header = new FilterHeader(m_table);
    m_table->setHorizontalHeader(m_header);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_header->setStretchLastSection(true);
    QStringList placeholders;
    for (EventField f : columns)
        placeholders << placeholderFor(f);
    m_header->setEditors(int(columns.size()), placeholders);
    connect(m_table->horizontalScrollBar(), &QScrollBar::valueChanged, m_header, &FilterHeader::placeEditors);
    for (int c = 0; c < columns.size(); ++c) {
        const EventField f = columns[c];
        m_table->setColumnWidth(
            c, f == EventField::Time                                                              ? 140
               : f == EventField::Attempts || f == EventField::Source || f == EventField::Holding ? 70
               : f == EventField::Kind || f == EventField::Error                                  ? 130
                                                                                                  : 100);
    }
    m_detail = new EventDetailView(std::move(store), split);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({640, 360});
    layout->addWidget(split, 1);

    connect(m_header, &FilterHeader::filterChanged, this, [this](int column, const QString &text) {
        m_model->setFilter(m_model->columns().value(column), text);
    });
    connect(m_payloadFilter, &QLineEdit::editingFinished, this,
            [this] { m_model->setFilter(EventField::Payload, m_payloadFilter->text()); });
    connect(clear, &QPushButton::clicked, this, [this] { setFilterString({}); });
    connect(m_model, &EventTableModel::loaded, this, &EventBrowser::updateCount);
    connect(m_model, &EventTableModel::loaded, this, [this](qint64 rows) {
        if (rows > 0 && !m_table->currentIndex().isValid() && m_wanted == 0)
            m_table->selectRow(0); // the newest: its detail shows at once
    });
    connect(m_model, &EventTableModel::failed, this, &EventBrowser::updateCount);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_wanted > 0)
            selectId(m_wanted);
        followCurrent(); // the current row's page may just have arrived
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_wanted > 0)
            selectId(m_wanted);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EventBrowser::followCurrent);
    connect(m_detail, &EventDetailView::eventLinkActivated, this, [this](qint64 id) {
        // A linked event may be outside the filter: show it in the detail whatever the table shows.
        m_detail->setEvent(id);
        selectId(id);
    });

    // Events appended by another process on the same store ('m3cart serve', the CLI) reach no signal here:
    // while the table is shown, a cheap look at the newest id every few seconds catches them.
    auto *poll = new QTimer(this);
    poll->setInterval(3000);
    connect(poll, &QTimer::timeout, this, &EventBrowser::checkForNewEvents);
    poll->start();

    addShortcut(QKeySequence::Find, [this] { m_header->focusFilter(0); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), [this] { m_payloadFilter->setFocus(); });
    addShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { selectNext(1); });
    addShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { selectNext(-1); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { copySelectionCsv(); });
    m_model->reload();
}

void EventBrowser::addShortcut(const QKeySequence &keys, const std::function<void()> &fn)
{
    auto *a = new QAction(this);
    a->setShortcut(keys);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(a, &QAction::triggered, this, fn);
    addAction(a);
}

void EventBrowser::setFilter(EventField field, const QString &text)
{
    const int column = int(m_model->columns().indexOf(field));
    if (column >= 0)
        m_header->setFilterText(column, text);
    else if (field == EventField::Payload)
        m_payloadFilter->setText(text);
    m_model->setFilter(field, text);
}

void EventBrowser::setFilterString(const QString &filter)
{
    QMap<EventField, QString> filters;
    m_header->clearFilters();
    m_payloadFilter->clear();
    const QUrlQuery query(QString(filter).replace(u';', u'&'));
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        const auto field = eventFieldFromName(name);
        if (!field)
            continue;
        const int column = int(m_model->columns().indexOf(*field));
        if (column >= 0)
            m_header->setFilterText(column, value);
        else if (*field == EventField::Payload)
            m_payloadFilter->setText(value);
        else
            continue; // not a column of this table (status on the dead-letter list)
        filters.insert(*field, value);
    }
    m_model->setFilters(filters);
}

QString EventBrowser::filterString() const
{
    QStringList parts;
    const EventQuery q = m_model->query();
    for (auto it = q.filters.begin(); it != q.filters.end(); ++it)
        parts << eventFieldName(it.key()) + u'=' + it.value();
    return parts.join(u'&');
}

void EventBrowser::updateCount()
{
    const QString error = m_model->filterError();
    m_count->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("color: #c62828"));
    m_count->setText(error.isEmpty() ? tr("%1 events").arg(QLocale().toString(qint64(m_model->rowCount())))
                                     : error);
}

qint64 EventBrowser::currentId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? m_model->idAt(i.row()) : 0;
}

// Rows of the selection whose page is loaded, in table order. Walks the selection's ranges, never one index
// per row, and never asks for pages: a select-all over a million rows stays cheap.
QList<int> EventBrowser::selectedLoadedRows() const
{
    QList<int> rows;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection())
        for (int r = range.top(); r <= range.bottom(); ++r)
            if (m_model->loadedRow(r))
                rows << r;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

QList<qint64> EventBrowser::selectedIds() const
{
    QList<qint64> ids;
    for (int r : selectedLoadedRows())
        ids << m_model->loadedRow(r)->id;
    return ids;
}

QString EventBrowser::selectionCsv() const
{
    QStringList lines;
    QStringList header{QStringLiteral("id")};
    for (int c = 0; c < m_model->columnCount(); ++c)
        header << csvField(m_model->headerData(c, Qt::Horizontal).toString());
    lines << header.join(u',');
    for (int r : selectedLoadedRows()) {
        QStringList fields{QString::number(m_model->loadedRow(r)->id)};
        for (int c = 0; c < m_model->columnCount(); ++c)
            fields << csvField(m_model->index(r, c).data().toString());
        lines << fields.join(u',');
    }
    return lines.join(u'\n') + u'\n';
}

void EventBrowser::copySelectionCsv() const
{
    QApplication::clipboard()->setText(selectionCsv());
}

void EventBrowser::selectNext(int step)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int current =
        m_table->currentIndex().isValid() ? m_table->currentIndex().row() : (step > 0 ? -1 : rows);
    const int next = qBound(0, current + step, rows - 1);
    m_table->setCurrentIndex(m_model->index(next, 0));
    m_table->selectRow(next);
}

void EventBrowser::selectId(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0) {
        m_wanted = id;
        return;
    }
    m_wanted = 0;
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
}

void EventBrowser::followCurrent()
{
    const QModelIndex i = m_table->currentIndex();
    const qint64 id = i.isValid() ? m_model->idAt(i.row()) : 0;
    if (id == m_detail->eventId())
        return;
    m_detail->setEvent(id);
    emit currentEventChanged(id);
}

void EventBrowser::checkForNewEvents()
{
    if (!isVisible() || m_checking || !m_model->isIdle())
        return;
    m_checking = true;
    runAsync(
        this, [store = m_store] { return EventQueries(store).maxId(); },
        [this](const Result<qint64> &newest) {
            m_checking = false;
            if (newest && newest.value() > m_model->newestId())
                m_model->eventsChanged({newest.value()});
        });
}

void EventBrowser::eventsChanged(const QList<qint64> &ids)
{
    m_model->eventsChanged(ids);
    if (m_detail->eventId() > 0 && ids.contains(m_detail->eventId()))
        m_detail->reload();
}

} // namespace m3cart::ui
