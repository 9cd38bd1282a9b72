#pragma once
// A page that says what it will hold, until its issue lands.

#include <QWidget>

namespace m3cart::ui {

class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &text, QWidget *parent = nullptr);
};

} // namespace m3cart::ui
