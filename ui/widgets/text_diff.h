#pragma once
// A line diff of two texts as HTML: removed lines red with "-", added lines green with "+", the rest plain.

#include <QString>

namespace m3cart::ui {

QString lineDiffHtml(const QString &before, const QString &after);

} // namespace m3cart::ui
