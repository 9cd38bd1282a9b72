#pragma once
// The view of the mapping canvas: Ctrl+wheel zooms, dragging the background pans, dragging from a source
// field onto a target field asks for a connection; the editing keys (Delete, Enter, A, R, arrows) go to
// the canvas as commands.

#include <QGraphicsView>

class QGraphicsPathItem;

namespace m3cart::ui {

class FieldItem;

class CanvasView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit CanvasView(QGraphicsScene *scene, QWidget *parent = nullptr);

    void zoomBy(qreal factor);
    void zoomToFit();
    // The whole width at most at 100 %, not below 60 %; kept on resizes until the user zooms.
    void fitWidth();
    qreal zoom() const { return transform().m11(); }
    bool isDragging() const { return m_dragFrom != nullptr; }
    void forgetItems(); // the scene is about to be rebuilt: drop pointers to its items

signals:
    void connectRequested(const QString &sourcePath, const QString &targetField);
    void dragEnded();
    void commandKey(int key, Qt::KeyboardModifiers modifiers);
    void activated(QGraphicsItem *item); // double-click
    void contextMenuAt(QGraphicsItem *item, const QPoint &globalPos);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    FieldItem *fieldAt(const QPoint &viewPos) const;
    void endDrag();

    FieldItem *m_dragFrom = nullptr;
    FieldItem *m_dropTarget = nullptr;
    QGraphicsPathItem *m_dragLine = nullptr;
    QPoint m_pressPos;
    bool m_fitWidth = true;
};

} // namespace m3cart::ui
