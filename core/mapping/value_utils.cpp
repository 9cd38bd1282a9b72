#include "value_utils.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <cfloat>
#include <cmath>

namespace m3cart::mapping {

bool isEmptyValue(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    case QJsonValue::String:
        return v.toString().isEmpty();
    case QJsonValue::Array:
        return v.toArray().isEmpty();
    default:
        return false;
    }
}

namespace {
double pow10(int d)
{
    static const double table[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    return d >= 0 && d < 16 ? table[d] : std::pow(10.0, d);
}
} // namespace

double roundHalfAway(double v, int decimals)
{
    const double f = pow10(decimals);
    const double scaled = v * f;
    if (std::fabs(scaled) >= 4503599627370496.0) // 2^52: no fraction left to round
        return v;
    // The nudge absorbs binary noise (2.675 is stored as 2.67499999...).
    const double nudge = std::copysign(std::max(std::fabs(scaled) * 4 * DBL_EPSILON, 1e-12), scaled);
    return std::round(scaled + nudge) / f;
}

QString formatNumber(double v, int decimals)
{
    if (!std::isfinite(v))
        return QStringLiteral("0");
    // Whole numbers (quantities, ids, statuses) are the common case: no rounding, no trimming.
    if (decimals <= 0 && std::fabs(v) < 1e15 && v == std::floor(v)) {
        const qint64 whole = qint64(v);
        return QString::number(whole == 0 ? 0 : whole); // never "-0"
    }
    QString s;
    if (decimals >= 0) {
        s = QString::number(roundHalfAway(v, decimals), 'f', decimals);
    } else {
        s = QString::number(roundHalfAway(v, 10), 'f', 10);
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    if (s.startsWith(QLatin1Char('-'))) {
        bool allZero = true;
        for (qsizetype i = 1; i < s.size(); ++i)
            if (s.at(i) != QLatin1Char('0') && s.at(i) != QLatin1Char('.'))
                allZero = false;
        if (allZero)
            s.remove(0, 1);
    }
    return s;
}

QString toText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return formatNumber(v.toDouble());
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &e : v.toArray())
            parts << toText(e);
        return parts.join(QLatin1Char(','));
    }
    default:
        return QString();
    }
}

std::optional<double> toNumber(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Double:
        return v.toDouble();
    case QJsonValue::Bool:
        return v.toBool() ? 1.0 : 0.0;
    case QJsonValue::String: {
        const QString s = v.toString().trimmed();
        if (s.isEmpty())
            return std::nullopt;
        bool okay = false;
        const double d = QLocale::c().toDouble(s, &okay);
        if (!okay)
            return std::nullopt;
        return d;
    }
    default:
        return std::nullopt;
    }
}

bool toBool(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool();
    case QJsonValue::Double:
        return v.toDouble() != 0.0;
    case QJsonValue::String: {
        const QString s = v.toString().trimmed().toLower();
        return !(s.isEmpty() || s == QLatin1String("0") || s == QLatin1String("false") ||
                 s == QLatin1String("no"));
    }
    case QJsonValue::Array:
        return !v.toArray().isEmpty();
    case QJsonValue::Object:
        return true;
    default:
        return false;
    }
}

QString describeValue(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return QLatin1Char('\'') + v.toString() + QLatin1Char('\'');
    case QJsonValue::Double:
        return formatNumber(v.toDouble());
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QStringLiteral("[%1 items]").arg(v.toArray().size());
    case QJsonValue::Object:
        return QStringLiteral("{object}");
    default:
        return QStringLiteral("null");
    }
}

bool valuesEqual(const QJsonValue &a, const QJsonValue &b)
{
    if (isEmptyValue(a) || isEmptyValue(b))
        return isEmptyValue(a) && isEmptyValue(b);
    if (a.isDouble() || b.isDouble() || a.isBool() || b.isBool()) {
        const auto x = toNumber(a);
        const auto y = toNumber(b);
        if (x && y)
            return *x == *y;
    }
    if (a.isString() || b.isString())
        return toText(a) == toText(b);
    return a == b;
}

} // namespace m3cart::mapping
