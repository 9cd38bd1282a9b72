#include "event_monitor_page.h"

#include "event_browser.h"
#include "ui/models/event_table_model.h"
#include "ui/widgets/page_heading.h"

#include <QLabel>
#include <QVBoxLayout>

namespace m3cart::ui {

EventMonitorPage::EventMonitorPage(std::shared_ptr<const Store> store, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeHeading(tr("Events"), this));
    auto *hint = new QLabel(tr("Every webhook, BOD and poll result, live. Filter under each column: text, "
                               "=exact, >, <, %like%, /regex/, a..b. Ctrl+F filter · Alt+↓/↑ next/previous · "
                               "Ctrl+Shift+C copy as CSV · F5 reload."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_browser = new EventBrowser(std::move(store), EventTableModel::monitorColumns(), this);
    layout->addWidget(m_browser, 1);
}

void EventMonitorPage::setFilter(const QString &filter)
{
    m_browser->setFilterString(filter);
}

} // namespace m3cart::ui
