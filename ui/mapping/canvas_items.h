#pragma once
// The graphics items of the mapping canvas: a field row of the source tree or of the target list
// (FieldItem) and a rule or proposed rule drawn as lines from its source paths, through a box naming its
// function chain, to its target field (LinkItem).

#include <QGraphicsItem>
#include <QString>

namespace m3cart::ui {

enum CanvasItemType { FieldItemType = QGraphicsItem::UserType + 101, LinkItemType };

class FieldItem : public QGraphicsItem
{
public:
    enum Side { Source, Target };
    struct Row
    {
        Side side = Source;
        bool header = false;
        QString key;  // source: canonical key; target: the field name
        QString path; // source: the path a connection writes
        QString label;
        QString detail;      // source: sample value or type; target: type
        QString description; // target
        QString tooltip;
        int depth = 0;
        bool mandatory = false;
        bool known = true;
        bool mapped = false;
    };

    FieldItem(Row row, qreal width, qreal height);

    const Row &row() const { return m_row; }
    bool connectable() const { return !m_row.header; }
    QPointF anchor() const; // where lines attach, in scene coordinates
    void setMatch(bool match);
    bool isMatch() const { return m_match; }
    void setPending(bool pending); // chosen for Ctrl+L (or the drop target under a drag)

    int type() const override { return FieldItemType; }
    QRectF boundingRect() const override;
    void paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Row m_row;
    qreal m_width;
    qreal m_height;
    bool m_match = false;
    bool m_pending = false;
};

class LinkItem : public QGraphicsItem
{
public:
    enum Kind { Rule, Proposal };
    // from: the source anchors; box: the label's place (null: a plain line without a label).
    LinkItem(Kind kind, int index, const QList<QPointF> &from, QPointF to, const QString &label, QRectF box);

    Kind kind() const { return m_kind; }
    int index() const { return m_index; } // rule index in the section, or suggestion row
    QString label() const { return m_label; }
    void setError(bool error);

    int type() const override { return LinkItemType; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    Kind m_kind;
    int m_index;
    QString m_label;
    QRectF m_box;
    QPainterPath m_lines;
    QRectF m_bounds;
    mutable QPainterPath m_shape; // made on the first hit test: most lines are never hit
    mutable bool m_shapeMade = false;
    bool m_error = false;
    bool m_hover = false;
};

} // namespace m3cart::ui
