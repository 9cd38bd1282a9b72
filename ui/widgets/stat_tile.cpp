#include "stat_tile.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace m3cart::ui {

StatTile::StatTile(const QString &name, const QString &caption, QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("tile_") + name);
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::TabFocus);
    setToolTip(tr("Open the page behind this number"));
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(12, 8, 12, 8);
    v->setSpacing(2);
    m_value = new QLabel(QStringLiteral("–"), this);
    m_value->setObjectName(QStringLiteral("value_") + name);
    QFont vf = m_value->font();
    vf.setPointSizeF(vf.pointSizeF() * 2.0);
    vf.setBold(true);
    m_value->setFont(vf);
    v->addWidget(m_value);
    auto *label = new QLabel(caption, this);
    label->setWordWrap(true);
    v->addWidget(label);
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    QPalette p = m_detail->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    m_detail->setPalette(p);
    m_detail->hide();
    v->addWidget(m_detail);
}

void StatTile::setValue(const QString &value, const QString &detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

QString StatTile::value() const
{
    return m_value->text();
}

void StatTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit activated();
    QFrame::mouseReleaseEvent(event);
}

void StatTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)
        emit activated();
    else
        QFrame::keyPressEvent(event);
}

} // namespace m3cart::ui
