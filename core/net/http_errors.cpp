#include "http_errors.h"

#include <QDateTime>
#include <QRegularExpression>

namespace m3cart::net {

QString textExcerpt(const QByteArray &body, int max)
{
    QString text = QString::fromUtf8(body.left(8192));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    text.replace(tags, QStringLiteral(" "));
    text.replace(spaces, QStringLiteral(" "));
    text = text.trimmed();
    if (text.size() > max)
        text = text.left(max - 1) + QChar(0x2026);
    return text;
}

Error classify(const HttpResponse &r, const QString &system, const QString &detail)
{
    const QString tail = detail.isEmpty() ? QString() : QStringLiteral(": ") + detail;
    Error e;
    e.httpStatus = r.status;
    if (r.transportFailed()) {
        e.errorClass = ErrorClass::Transient;
        e.message = r.timedOut ? QStringLiteral("%1 did not answer in time (%2)").arg(system, r.errorString)
                               : QStringLiteral("cannot reach %1: %2").arg(system, r.errorString);
        return e;
    }
    const int s = r.status;
    if (s == 401 || s == 403) {
        e.errorClass = ErrorClass::Auth;
        e.message = QStringLiteral("%1 refused the credentials (HTTP %2)%3").arg(system).arg(s).arg(tail);
    } else if (s == 404) {
        e.errorClass = ErrorClass::NotFound;
        e.message = QStringLiteral("%1 has no such record (HTTP 404)%2").arg(system, tail);
    } else if (s == 429) {
        e.errorClass = ErrorClass::RateLimited;
        e.retryAfterMs = retryAfterMs(r.header("Retry-After"), QDateTime::currentDateTimeUtc());
        e.message = QStringLiteral("%1 asked us to slow down (HTTP 429%2)%3")
                        .arg(system,
                             e.retryAfterMs >= 0 ? QStringLiteral(", retry after %1 s").arg(double(e.retryAfterMs) / 1000.0)
                                                 : QString(),
                             tail);
    } else if (s == 408 || s >= 500) {
        e.errorClass = ErrorClass::Transient;
        e.message = QStringLiteral("%1 failed on its side (HTTP %2)%3").arg(system).arg(s).arg(tail);
    } else if (s == 409) {
        e.errorClass = ErrorClass::Conflict;
        e.message = QStringLiteral("%1 reports a conflict (HTTP 409)%2").arg(system, tail);
    } else {
        e.errorClass = ErrorClass::Data;
        e.message = QStringLiteral("%1 rejected the request (HTTP %2)%3").arg(system).arg(s).arg(tail);
    }
    return e;
}

} // namespace m3cart::net
