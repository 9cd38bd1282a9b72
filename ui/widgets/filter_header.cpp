#include "filter_header.h"

#include <QLineEdit>
#include <QScrollBar>
#include <QTimer>

namespace m3cart::ui {

FilterHeader::FilterHeader(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setSortIndicatorShown(true);
    setHighlightSections(false);
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(300);
    connect(m_delay, &QTimer::timeout, this, [this] {
        if (m_pendingColumn >= 0 && m_pendingColumn < m_editors.size())
            emit filterChanged(m_pendingColumn, m_editors[m_pendingColumn]->text());
        m_pendingColumn = -1;
    });
    connect(this, &QHeaderView::sectionResized, this, &FilterHeader::placeEditors);
    connect(this, &QHeaderView::sectionMoved, this, &FilterHeader::placeEditors);
}

void FilterHeader::setEditors(int count, const QStringList &placeholders)
{
    qDeleteAll(m_editors);
    m_editors.clear();
    for (int i = 0; i < count; ++i) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QStringLiteral("filter_%1").arg(i));
        e->setPlaceholderText(placeholders.value(i));
        e->setClearButtonEnabled(true);
        e->setToolTip(
            tr("Filter: text, =exact, >, <, %like%, /regex/, a..b; times as 2026-11-29, -2h or a..b"));
        connect(e, &QLineEdit::textEdited, this, [this, i] {
            if (m_pendingColumn >= 0 && m_pendingColumn != i)
                emit filterChanged(m_pendingColumn, m_editors[m_pendingColumn]->text());
            m_pendingColumn = i;
            m_delay->start();
        });
        // Return applies at once (the clear button counts as an edit).
        connect(e, &QLineEdit::returnPressed, this, [this, i] {
            m_delay->stop();
            m_pendingColumn = -1;
            emit filterChanged(i, m_editors[i]->text());
        });
        e->show();
        m_editors << e;
    }
    updateGeometries();
}

void FilterHeader::setFilterText(int column, const QString &text)
{
    if (QLineEdit *e = editor(column)) {
        const QSignalBlocker block(e);
        e->setText(text);
    }
}

QString FilterHeader::filterText(int column) const
{
    const QLineEdit *e = editor(column);
    return e ? e->text() : QString();
}

QLineEdit *FilterHeader::editor(int column) const
{
    return m_editors.value(column);
}

void FilterHeader::clearFilters()
{
    for (int i = 0; i < m_editors.size(); ++i)
        setFilterText(i, {});
}

void FilterHeader::focusFilter(int column)
{
    if (QLineEdit *e = editor(column)) {
        e->setFocus(Qt::ShortcutFocusReason);
        e->selectAll();
    }
}

QSize FilterHeader::sizeHint() const
{
    QSize s = QHeaderView::sizeHint();
    if (!m_editors.isEmpty())
        s.setHeight(s.height() + m_editors.first()->sizeHint().height() + 4);
    return s;
}

void FilterHeader::updateGeometries()
{
    if (!m_editors.isEmpty())
        setViewportMargins(0, 0, 0, m_editors.first()->sizeHint().height() + 4);
    else
        setViewportMargins(0, 0, 0, 0);
    QHeaderView::updateGeometries();
    placeEditors();
}

void FilterHeader::placeEditors()
{
    if (m_editors.isEmpty())
        return;
    // Under the labels: the editors take the bottom of the header, the labels the rest.
    const int top = height() - m_editors.first()->sizeHint().height() - 2;
    for (int i = 0; i < m_editors.size(); ++i) {
        QLineEdit *e = m_editors[i];
        if (i >= count() || isSectionHidden(i)) {
            e->hide();
            continue;
        }
        e->move(sectionPosition(i) - offset() + 1, top);
        e->resize(sectionSize(i) - 2, e->sizeHint().height());
        e->show();
    }
}

} // namespace m3cart::ui
