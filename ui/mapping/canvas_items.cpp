#include "canvas_items.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

namespace m3cart::ui {

namespace {

const QColor kLine(0x3b, 0x6f, 0xb6);
const QColor kError(0xc6, 0x28, 0x28);
const QColor kProposal(0xe0, 0x8a, 0x00);
const QColor kMatch(0xff, 0xf1, 0x76);
const QColor kMandatory(0xc6, 0x28, 0x28);
const qreal kDot = 4;

// A smooth S-curve between two points left to right.
void curve(QPainterPath *path, QPointF a, QPointF b)
{
    const qreal dx = qMax<qreal>(30, (b.x() - a.x()) / 2);
    path->moveTo(a);
    path->cubicTo(a + QPointF(dx, 0), b - QPointF(dx, 0), b);
}

} // namespace

FieldItem::FieldItem(Row row, qreal width, qreal height)
    : m_row(std::move(row)), m_width(width), m_height(height)
{
    if (connectable())
        setFlag(ItemIsSelectable);
    setToolTip(m_row.tooltip);
}

QRectF FieldItem::boundingRect() const
{
    return {0, 0, m_width, m_height};
}

QPointF FieldItem::anchor() const
{
    return mapToScene(m_row.side == Source ? QPointF(m_width, m_height / 2) : QPointF(0, m_height / 2));
}

void FieldItem::setMatch(bool match)
{
    if (m_match != match) {
        m_match = match;
        update();
    }
}

void FieldItem::setPending(bool pending)
{
    if (m_pending != pending) {
        m_pending = pending;
        update();
    }
}

void FieldItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget)
    const QPalette pal = option->palette;
    const QRectF r = boundingRect().adjusted(0, 1, 0, -1);
    p->setRenderHint(QPainter::Antialiasing);
    QFont font = p->font();
    if (m_row.header) {
        p->fillRect(r, pal.color(QPalette::AlternateBase).darker(104));
        font.setBold(true);
        p->setFont(font);
        p->setPen(pal.color(QPalette::Text));
        p->drawText(r.adjusted(8, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft,
                    QFontMetrics(font).elidedText(m_row.label, Qt::ElideRight, int(r.width()) - 16));
        return;
    }
    const bool selected = isSelected();
    QColor bg = pal.color(QPalette::Base);
    if (m_match)
        bg = kMatch;
    if (selected)
        bg = pal.color(QPalette::Highlight).lighter(170);
    p->setPen(QPen(pal.color(QPalette::Mid), 0.5));
    p->setBrush(bg);
    p->drawRoundedRect(r, 3, 3);
    if (m_pending || selected) {
        p->setPen(QPen(pal.color(QPalette::Highlight), 2));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(r.adjusted(1, 1, -1, -1), 3, 3);
    }
    // The connection dot: filled when a rule uses the field.
    const QPointF dot =
        m_row.side == Source ? QPointF(m_width - kDot - 2, m_height / 2) : QPointF(kDot + 2, m_height / 2);
    p->setPen(QPen(kLine, 1.2));
    p->setBrush(m_row.mapped ? QBrush(kLine) : QBrush(bg));
    p->drawEllipse(dot, kDot, kDot);

    const QColor text = m_row.known ? pal.color(QPalette::Text) : kError;
    const QColor dim = pal.color(QPalette::PlaceholderText);
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.9);
    const QFontMetrics fm(font);
    const QFontMetrics sfm(small);
    if (m_row.side == Source) {
        const qreal left = 8 + 14 * qMax(0, m_row.depth - 1);
        // The path first; the sample value or type gets what is left (at least a hint of it).
        const int room = int(m_width - left - 26);
        const int labelW =
            qMin(fm.horizontalAdvance(m_row.label), room - qMin(sfm.horizontalAdvance(m_row.detail), 48));
        const int detailW = qMax(0, qMin(sfm.horizontalAdvance(m_row.detail), room - labelW - 8));
        const QRectF textR(left, r.top(), labelW + 1, r.height());
        QFont f = font;
        f.setItalic(!m_row.known);
        p->setFont(f);
        p->setPen(text);
        p->drawText(textR, Qt::AlignVCenter | Qt::AlignLeft,
                    fm.elidedText(m_row.label, Qt::ElideMiddle, int(textR.width())));
        p->setFont(small);
        p->setPen(dim);
        p->drawText(QRectF(m_width - detailW - 18, r.top(), detailW, r.height()),
                    Qt::AlignVCenter | Qt::AlignRight, sfm.elidedText(m_row.detail, Qt::ElideRight, detailW));
        return;
    }
    // Target: "CUNO *  description …  A10"
    const qreal left = 18 + 14 * m_row.depth;
    QFont bold = font;
    bold.setBold(m_row.mandatory);
    const QFontMetrics bfm(bold);
    p->setFont(bold);
    p->setPen(text);
    const int nameW = bfm.horizontalAdvance(m_row.label);
    p->drawText(QRectF(left, r.top(), nameW + 2, r.height()), Qt::AlignVCenter | Qt::AlignLeft, m_row.label);
    qreal x = left + nameW + 2;
    if (m_row.mandatory) {
        p->setPen(kMandatory);
        p->drawText(QRectF(x, r.top(), 14, r.height()), Qt::AlignVCenter | Qt::AlignLeft,
                    QStringLiteral(" *"));
        x += bfm.horizontalAdvance(QStringLiteral(" *"));
    }
    const int typeW = sfm.horizontalAdvance(m_row.detail);
    p->setFont(small);
    p->setPen(dim);
    p->drawText(QRectF(m_width - typeW - 8, r.top(), typeW, r.height()), Qt::AlignVCenter | Qt::AlignRight,
                m_row.detail);
    const qreal descLeft = qMax(x + 8, left + 62);
    const int descW = int(m_width - typeW - 16 - descLeft);
    if (descW > 20)
        p->drawText(QRectF(descLeft, r.top(), descW, r.height()), Qt::AlignVCenter | Qt::AlignLeft,
                    sfm.elidedText(m_row.description, Qt::ElideRight, descW));
}

LinkItem::LinkItem(Kind kind, int index, const QList<QPointF> &from, QPointF to, const QString &label,
                   QRectF box)
    : m_kind(kind), m_index(index), m_label(label), m_box(box)
{
    setFlag(ItemIsSelectable);
    setFlag(ItemIsFocusable);
    setAcceptHoverEvents(true);
    setZValue(kind == Proposal ? 1 : 2);
    const QPointF into = box.isNull() ? to : QPointF(box.left(), box.center().y());
    for (const QPointF &a : from)
        curve(&m_lines, a, into);
    if (!box.isNull()) {
        m_lines.moveTo(box.right(), box.center().y());
        m_lines.lineTo(to);
    }
    // The stroke's width (10) around the lines, and the box: what shape() covers, and a margin for the pen.
    m_bounds = m_lines.boundingRect().adjusted(-5, -5, 5, 5);
    if (!box.isNull())
        m_bounds = m_bounds.united(box);
    m_bounds.adjust(-2, -2, 2, 2);
}

void LinkItem::setError(bool error)
{
    m_error = error;
    update();
}

QRectF LinkItem::boundingRect() const
{
    return m_bounds;
}

// Simplifying the stroke (so overlapping curves and the box do not cancel out in hit tests) costs far
// more than drawing: a scene rebuild made every line's shape up front and spent half its time here.
QPainterPath LinkItem::shape() const
{
    if (!m_shapeMade) {
        QPainterPathStroker stroker;
        stroker.setWidth(10);
        m_shape = stroker.createStroke(m_lines);
        if (!m_box.isNull())
            m_shape.addRoundedRect(m_box, 4, 4);
        m_shape = m_shape.simplified();
        m_shapeMade = true;
    }
    return m_shape;
}

void LinkItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hover = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void LinkItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hover = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

void LinkItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget)
    p->setRenderHint(QPainter::Antialiasing);
    const QColor color = m_kind == Proposal ? kProposal : m_error ? kError : kLine;
    const bool strong = isSelected() || m_hover;
    QPen pen(isSelected() ? color.darker(130) : color, strong ? 3 : 1.5);
    if (m_kind == Proposal)
        pen.setStyle(Qt::DashLine);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    p->drawPath(m_lines);
    if (m_box.isNull())
        return;
    QPen boxPen(pen.color(), strong ? 2 : 1);
    if (m_kind == Proposal)
        boxPen.setStyle(Qt::DashLine);
    p->setPen(boxPen);
    p->setBrush(isSelected() ? color.lighter(185) : option->palette.color(QPalette::Base));
    p->drawRoundedRect(m_box, 4, 4);
    QFont f = p->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    p->setFont(f);
    p->setPen(option->palette.color(QPalette::Text));
    p->drawText(m_box.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignHCenter,
                QFontMetrics(f).elidedText(m_label, Qt::ElideRight, int(m_box.width()) - 12));
}

} // namespace m3cart::ui
