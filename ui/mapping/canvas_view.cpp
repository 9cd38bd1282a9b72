#include "canvas_view.h"

#include "canvas_items.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QGraphicsPathItem>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

namespace m3cart::ui {

CanvasView::CanvasView(QGraphicsScene *scene, QWidget *parent) : QGraphicsView(scene, parent)
{
    setObjectName(QStringLiteral("canvasView"));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(ScrollHandDrag); // the background pans; items take their own clicks
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setFocusPolicy(Qt::StrongFocus);
}

void CanvasView::zoomBy(qreal factor)
{
    m_fitWidth = false;
    const qreal next = qBound<qreal>(0.2, zoom() * factor, 3.0);
    scale(next / zoom(), next / zoom());
}

void CanvasView::zoomToFit()
{
    m_fitWidth = false;
    if (scene())
        fitInView(scene()->itemsBoundingRect(), Qt::KeepAspectRatio);
}

void CanvasView::fitWidth()
{
    m_fitWidth = true;
    const qreal width = scene() ? scene()->sceneRect().width() : 0;
    const qreal z = width > 0 ? qBound<qreal>(0.6, (viewport()->width() - 4) / width, 1.0) : 1.0;
    setTransform(QTransform::fromScale(z, z));
}

void CanvasView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitWidth)
        fitWidth();
}

void CanvasView::forgetItems()
{
    m_dragFrom = nullptr;
    m_dropTarget = nullptr;
    m_dragLine = nullptr;
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

FieldItem *CanvasView::fieldAt(const QPoint &viewPos) const
{
    for (QGraphicsItem *i : items(viewPos))
        if (i->type() == FieldItemType)
            return static_cast<FieldItem *>(i);
    return nullptr;
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    FieldItem *f = event->button() == Qt::LeftButton ? fieldAt(event->position().toPoint()) : nullptr;
    if (f && f->connectable() && f->row().side == FieldItem::Source) {
        // A press on a source field chooses it and may start a connection.
        scene()->clearSelection();
        f->setSelected(true);
        m_dragFrom = f;
        m_pressPos = event->position().toPoint();
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragFrom) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (!m_dragLine && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    if (!m_dragLine) {
        m_dragLine = scene()->addPath({}, QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
        m_dragLine->setZValue(10);
    }
    const QPointF a = m_dragFrom->anchor();
    const QPointF b = mapToScene(pos);
    QPainterPath path(a);
    const qreal dx = qMax<qreal>(30, (b.x() - a.x()) / 2);
    path.cubicTo(a + QPointF(dx, 0), b - QPointF(dx, 0), b);
    m_dragLine->setPath(path);
    FieldItem *over = fieldAt(pos);
    if (over && (!over->connectable() || over->row().side != FieldItem::Target))
        over = nullptr;
    if (over != m_dropTarget) {
        if (m_dropTarget)
            m_dropTarget->setPending(false);
        m_dropTarget = over;
        if (m_dropTarget)
            m_dropTarget->setPending(true);
    }
    event->accept();
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragFrom) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    const QString from = m_dragFrom->row().path;
    const QString to = m_dragLine && m_dropTarget ? m_dropTarget->row().key : QString();
    endDrag();
    event->accept();
    if (!to.isEmpty())
        emit connectRequested(from, to);
}

void CanvasView::endDrag()
{
    if (m_dropTarget)
        m_dropTarget->setPending(false);
    delete m_dragLine;
    forgetItems();
    emit dragEnded();
}

void CanvasView::mouseDoubleClickEvent(QMouseEvent *event)
{
    QGraphicsItem *item = itemAt(event->position().toPoint());
    if (item && item->type() == LinkItemType) {
        emit activated(item);
        event->accept();
        return;
    }
    if (FieldItem *f = fieldAt(event->position().toPoint())) {
        emit activated(f);
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Right: {
        // Arrows walk the fields (from the first source when nothing is selected); a selected line
        // lets them scroll.
        const auto selected = scene()->selectedItems();
        if (!selected.isEmpty() && (selected.size() != 1 || selected.first()->type() != FieldItemType))
            break;
        emit commandKey(event->key(), event->modifiers());
        event->accept();
        return;
    }
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_A:
    case Qt::Key_R:
        if (!(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            emit commandKey(event->key(), event->modifiers());
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::contextMenuEvent(QContextMenuEvent *event)
{
    // From the keyboard (the menu key) the menu is about the selection, shown at it.
    const auto selected = scene()->selectedItems();
    if (event->reason() == QContextMenuEvent::Keyboard && !selected.isEmpty()) {
        QGraphicsItem *item = selected.first();
        emit contextMenuAt(item, viewport()->mapToGlobal(mapFromScene(item->sceneBoundingRect().center())));
        event->accept();
        return;
    }
    QGraphicsItem *item = itemAt(event->pos());
    if (item && !item->isSelected()) {
        scene()->clearSelection();
        item->setSelected(true);
    }
    emit contextMenuAt(item, event->globalPos());
    event->accept();
}

} // namespace m3cart::ui
