#include "event_monitor_page.h"

#include "event_browser.h"
#include "ui/models/event_table_model.h"
#include "ui/widgets/page_heading.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
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
    auto *openMapping = new QAction(tr("Open in mapping editor"), this);
    openMapping->setObjectName(QStringLiteral("openMapping"));
    openMapping->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    openMapping->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    openMapping->setToolTip(tr("The selected event's payload as the sample of the mapping that reads it (%1)")
                                .arg(openMapping->shortcut().toString(QKeySequence::NativeText)));
    addAction(openMapping);
    auto *button = new QToolButton(this);
    button->setDefaultAction(openMapping);
    auto *top = new QHBoxLayout;
    top->addWidget(hint, 1);
    top->addWidget(button);
    layout->addLayout(top);
    m_browser = new EventBrowser(std::move(store), EventTableModel::monitorColumns(), this);
    layout->addWidget(m_browser, 1);
    connect(openMapping, &QAction::triggered, this, [this] {
        if (const qint64 id = m_browser->currentId(); id > 0)
            emit openMappingRequested(id);
    });
}

void EventMonitorPage::setFilter(const QString &filter)
{
    m_browser->setFilterString(filter);
}

} // namespace m3cart::ui
