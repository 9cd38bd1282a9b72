#pragma once
// A table header with a filter field under every section (as DB Browser for SQLite does it): typing waits a
// moment, then filterChanged(column, text) is emitted once.

#include <QHeaderView>

class QLineEdit;
class QTimer;

namespace m3cart::ui {

class FilterHeader : public QHeaderView
{
    Q_OBJECT
public:
    explicit FilterHeader(QWidget *parent = nullptr);
    void setEditors(int count, const QStringList &placeholders); // call after the model is set
    void setFilterText(int column, const QString &text);         // without waiting
    QString filterText(int column) const;
    QLineEdit *editor(int column) const;
    void clearFilters();
    void focusFilter(int column = 0);

    QSize sizeHint() const override;
    void placeEditors(); // under their sections, after a resize or a horizontal scroll

signals:
    void filterChanged(int column, const QString &text);

protected:
    void updateGeometries() override;

private:
    QList<QLineEdit *> m_editors;
    QTimer *m_delay = nullptr;
    int m_pendingColumn = -1;
};

} // namespace m3cart::ui
