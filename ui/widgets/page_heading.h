#pragma once
// The bold title every page starts with, so all pages look alike.

#include <QLabel>

namespace m3cart::ui {

inline QLabel *makeHeading(const QString &text, QWidget *parent)
{
    auto *heading = new QLabel(text, parent);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    heading->setFont(f);
    return heading;
}

} // namespace m3cart::ui
