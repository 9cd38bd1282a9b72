#pragma once
// A page that says what it will hold, until its issue lands; shows the filter a dashboard tile asked for.

#include <QWidget>

class QLabel;

namespace m3cart::ui {

class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &text, QWidget *parent = nullptr);
    void setFilter(const QString &filter);
    QString filter() const { return m_filterText; }

private:
    QLabel *m_filter = nullptr;
    QString m_filterText;
};

} // namespace m3cart::ui
