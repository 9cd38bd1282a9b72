#include "text_diff.h"

#include <QStringList>
#include <vector>

namespace m3cart::ui {

QString lineDiffHtml(const QString &before, const QString &after)
{
    const QStringList a = before.split(u'\n'), b = after.split(u'\n');
    // Longest common subsequence of lines; payloads are small, and huge ones are cut to keep this quadratic
    // table bounded.
    const qsizetype n = qMin<qsizetype>(a.size(), 3000), m = qMin<qsizetype>(b.size(), 3000);
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] =
                a[i] == b[j] ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                             : qMax(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
    QString html = QStringLiteral("<pre style=\"margin:0\">");
    const auto line = [&html](const QString &mark, const QString &text, const char *color) {
        html +=
            color ? QStringLiteral("<span style=\"background:%1\">").arg(QLatin1String(color)) : QString();
        html += (mark + text).toHtmlEscaped();
        html += color ? QStringLiteral("</span>\n") : QStringLiteral("\n");
    };
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        if (a[i] == b[j]) {
            line(QStringLiteral("  "), a[i], nullptr);
            ++i;
            ++j;
        } else if (lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)]) {
            line(QStringLiteral("- "), a[i++], "#ffcdd2");
        } else {
            line(QStringLiteral("+ "), b[j++], "#c8e6c9");
        }
    }
    while (i < n)
        line(QStringLiteral("- "), a[i++], "#ffcdd2");
    while (j < m)
        line(QStringLiteral("+ "), b[j++], "#c8e6c9");
    return html + QStringLiteral("</pre>");
}

} // namespace m3cart::ui
