#pragma once
// Pictures of the console from the widget tests, with live data, when asked for.

#include <QPixmap>
#include <QString>
#include <QWidget>

namespace m3cart::test {

// With M3CART_SHOT_DIR set, saves the widget as NAME.png there (to look at the screens with live data).
inline void shot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("M3CART_SHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

} // namespace m3cart::test
