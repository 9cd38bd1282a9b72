#include "fault_injector.h"

namespace m3cart::sandbox {

bool globMatch(const QString &pattern, const QString &text)
{
    if (pattern == QLatin1String("*"))
        return true;
    // '*' matches anything including '/', '?' one character (QRegularExpression's wildcards treat '/' as a
    // path separator in Qt 6.4).
    QString re;
    for (const QChar c : pattern) {
        if (c == QLatin1Char('*'))
            re += QLatin1String(".*");
        else if (c == QLatin1Char('?'))
            re += QLatin1Char('.');
        else
            re += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(re),
                              QRegularExpression::CaseInsensitiveOption)
        .match(text)
        .hasMatch();
}

QJsonObject FaultRule::toJson() const
{
    QJsonObject o{{QStringLiteral("target"), target},
                  {QStringLiteral("pattern"), pattern},
                  {QStringLiteral("rate"), rate}};
    if (!method.isEmpty())
        o[QStringLiteral("method")] = method;
    if (status)
        o[QStringLiteral("status")] = status;
    if (status == 429)
        o[QStringLiteral("retryAfter")] = retryAfter;
    if (latencyMs)
        o[QStringLiteral("latencyMs")] = latencyMs;
    if (drop)
        o[QStringLiteral("drop")] = true;
    if (malformed)
        o[QStringLiteral("malformed")] = true;
    if (duplicate)
        o[QStringLiteral("duplicate")] = true;
    if (reorder)
        o[QStringLiteral("reorder")] = true;
    if (nok)
        o[QStringLiteral("nok")] = true;
    if (partial)
        o[QStringLiteral("partial")] = true;
    if (remaining >= 0)
        o[QStringLiteral("count")] = remaining;
    return o;
}

FaultRule FaultRule::fromJson(const QJsonObject &o, QString *error)
{
    FaultRule r;
    r.target = o.value(QStringLiteral("target")).toString(QStringLiteral("*"));
    r.pattern = o.value(QStringLiteral("pattern")).toString(QStringLiteral("*"));
    r.method = o.value(QStringLiteral("method")).toString().toUpper();
    r.rate = o.value(QStringLiteral("rate")).toDouble(1.0);
    r.status = o.value(QStringLiteral("status")).toInt(0);
    r.retryAfter = o.value(QStringLiteral("retryAfter")).toInt(1);
    r.latencyMs = o.value(QStringLiteral("latencyMs")).toInt(0);
    r.drop = o.value(QStringLiteral("drop")).toBool();
    r.malformed = o.value(QStringLiteral("malformed")).toBool();
    r.duplicate = o.value(QStringLiteral("duplicate")).toBool();
    r.reorder = o.value(QStringLiteral("reorder")).toBool();
    r.nok = o.value(QStringLiteral("nok")).toBool();
    r.partial = o.value(QStringLiteral("partial")).toBool();
    r.remaining = o.value(QStringLiteral("count")).toInt(-1);
    if (r.rate < 0 || r.rate > 1)
        *error = QStringLiteral("rate must be between 0 and 1");
    else if (r.status && (r.status < 100 || r.status > 599))
        *error = QStringLiteral("status must be an HTTP status code");
    else if (r.target != QLatin1String("*") && r.target != QLatin1String("cart") &&
             r.target != QLatin1String("m3"))
        *error = QStringLiteral("target must be cart, m3 or *");
    return r;
}

QList<FaultRule> FaultInjector::parse(const QString &spec, QString *error)
{
    QList<FaultRule> rules;
    const QStringList parts = spec.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (QString part : parts) {
        part = part.trimmed();
        FaultRule r;
        const int colon = part.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0) {
            *error = QStringLiteral("fault rule '%1' needs PATTERN:ACTION").arg(part);
            return {};
        }
        QString where = part.left(colon).trimmed();
        const QString actions = part.mid(colon + 1);
        const int at = where.indexOf(QLatin1Char('@'));
        if (at > 0) {
            r.target = where.left(at).trimmed().toLower();
            where = where.mid(at + 1).trimmed();
        }
        const int space = where.indexOf(QLatin1Char(' '));
        if (space > 0) {
            r.method = where.left(space).toUpper();
            where = where.mid(space + 1).trimmed();
        }
        r.pattern = where.isEmpty() ? QStringLiteral("*") : where;
        if (r.target != QLatin1String("*") && r.target != QLatin1String("cart") &&
            r.target != QLatin1String("m3")) {
            *error = QStringLiteral("fault target '%1' must be cart, m3 or *").arg(r.target);
            return {};
        }
        for (const QString &a : actions.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString act = a.trimmed().toLower();
            const QString key = act.section(QLatin1Char('='), 0, 0);
            const QString val = act.section(QLatin1Char('='), 1);
            bool ok = true;
            if (act == QLatin1String("drop"))
                r.drop = true;
            else if (act == QLatin1String("malformed"))
                r.malformed = true;
            else if (act == QLatin1String("duplicate"))
                r.duplicate = true;
            else if (act == QLatin1String("reorder"))
                r.reorder = true;
            else if (act == QLatin1String("nok"))
                r.nok = true;
            else if (act == QLatin1String("partial"))
                r.partial = true;
            else if (!act.contains(QLatin1Char('=')) && act.toInt(&ok) && ok)
                r.status = act.toInt();
            else if (key == QLatin1String("status"))
                r.status = val.toInt(&ok);
            else if (key == QLatin1String("latency"))
                r.latencyMs = val.toInt(&ok);
            else if (key == QLatin1String("rate"))
                r.rate = val.toDouble(&ok);
            else if (key == QLatin1String("count"))
                r.remaining = val.toInt(&ok);
            else if (key == QLatin1String("retry-after"))
                r.retryAfter = val.toInt(&ok);
            else
                ok = false;
            if (!ok || r.rate < 0 || r.rate > 1 || (r.status && (r.status < 100 || r.status > 599))) {
                *error = QStringLiteral("bad fault action '%1' in '%2'").arg(a.trimmed(), part);
                return {};
            }
        }
        rules.append(r);
    }
    return rules;
}

QJsonArray FaultInjector::toJson() const
{
    QJsonArray a;
    for (const FaultRule &r : m_rules)
        a.append(r.toJson());
    return a;
}

FaultDecision FaultInjector::decide(const QString &target, const QByteArray &method, const QString &path)
{
    FaultDecision d;
    d.latencyMs = m_globalLatencyMs;
    for (FaultRule &r : m_rules) {
        if (r.remaining == 0)
            continue;
        if (r.target != QLatin1String("*") && r.target != target)
            continue;
        if (!r.method.isEmpty() && r.method.toLatin1() != method)
            continue;
        if (!globMatch(r.pattern, path))
            continue;
        if (r.rate < 1.0 && m_rng.generateDouble() >= r.rate)
            continue;
        if (r.remaining > 0)
            --r.remaining;
        d.latencyMs += r.latencyMs;
        if (r.status && !d.status) {
            d.status = r.status;
            d.retryAfter = r.retryAfter;
        }
        d.drop = d.drop || r.drop;
        d.malformed = d.malformed || r.malformed;
        d.duplicate = d.duplicate || r.duplicate;
        d.reorder = d.reorder || r.reorder;
        d.nok = d.nok || r.nok;
        d.partial = d.partial || r.partial;
    }
    return d;
}

} // namespace m3cart::sandbox

#include "sim_http_server.h"

#include <QJsonDocument>

namespace m3cart::sandbox {

HttpResponse faultsAdmin(FaultInjector &faults, const HttpRequest &req)
{
    if (req.method == "GET")
        return HttpResponse::json(faults.toJson());
    if (req.method == "DELETE") {
        faults.clear();
        return HttpResponse::json(QJsonArray());
    }
    if (req.method != "PUT" && req.method != "POST")
        return HttpResponse::json(
            QJsonObject{{QStringLiteral("error"), QStringLiteral("method not allowed")}}, 405);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(req.body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return HttpResponse::json(QJsonObject{{QStringLiteral("error"), pe.errorString()}}, 400);
    QList<FaultRule> rules;
    QString err;
    if (doc.isObject() && doc.object().contains(QStringLiteral("spec"))) {
        rules = FaultInjector::parse(doc.object().value(QStringLiteral("spec")).toString(), &err);
    } else {
        const QJsonArray a = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
        for (const QJsonValue &v : a) {
            rules.append(FaultRule::fromJson(v.toObject(), &err));
            if (!err.isEmpty())
                break;
        }
    }
    if (!err.isEmpty())
        return HttpResponse::json(QJsonObject{{QStringLiteral("error"), err}}, 400);
    if (req.method == "PUT")
        faults.setRules(rules);
    else
        for (const FaultRule &r : rules)
            faults.add(r);
    return HttpResponse::json(faults.toJson());
}

} // namespace m3cart::sandbox
