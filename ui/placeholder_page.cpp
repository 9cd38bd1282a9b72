#include "placeholder_page.h"

#include "widgets/page_heading.h"

#include <QLabel>
#include <QVBoxLayout>

namespace m3cart::ui {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &text, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    auto *body = new QLabel(text, this);
    body->setWordWrap(true);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filter = new QLabel(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filter->hide();
    layout->addWidget(makeHeading(title, this));
    layout->addSpacing(8);
    layout->addWidget(body);
    layout->addWidget(m_filter);
    layout->addStretch(1);
}

void PlaceholderPage::setFilter(const QString &filter)
{
    m_filterText = filter;
    m_filter->setText(tr("Filter: %1").arg(filter));
    m_filter->setVisible(!filter.isEmpty());
}

} // namespace m3cart::ui
