#include "flow_io.h"

#include "m3/m3_client.h"

#include <QJsonDocument>

namespace m3cart::flows {

namespace {

QJsonObject withoutNulls(const QJsonObject &fields)
{
    QJsonObject out;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (!it.value().isNull() && !it.value().isUndefined())
            out.insert(it.key(), it.value().isString() ? it.value() : QJsonValue(it.value().toVariant().toString()));
    return out;
}

m3::MiFields miFields(const QJsonObject &fields)
{
    m3::MiFields out;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        out << qMakePair(it.key(), it.value().toString());
    return out;
}

QString compact(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return v.toVariant().toString();
}

QString cartPath(const QString &path)
{
    return path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path;
}

} // namespace

FlowIo::FlowIo(const cart::CartClient *cart, const m3::M3Client *m3, bool dryRun)
    : m_cart(cart), m_m3(m3), m_dryRun(dryRun)
{
}

void FlowIo::recordM3(const QString &program, const QString &transaction, const QJsonObject &fields, bool read)
{
    QJsonObject call{{QStringLiteral("system"), QStringLiteral("m3")},
                     {QStringLiteral("program"), program},
                     {QStringLiteral("transaction"), transaction},
                     {QStringLiteral("fields"), fields}};
    if (read)
        call.insert(QStringLiteral("read"), true);
    else
        ++m_writes;
    m_calls.append(call);
    m_lines << QStringLiteral("%1/%2 %3").arg(program, transaction, compact(fields));
}

void FlowIo::recordCart(const QString &method, const QString &path, const QJsonValue &body, bool read)
{
    QJsonObject call{{QStringLiteral("system"), QStringLiteral("cart")},
                     {QStringLiteral("method"), method},
                     {QStringLiteral("path"), cartPath(path)}};
    if (!body.isUndefined())
        call.insert(QStringLiteral("body"), body);
    if (read)
        call.insert(QStringLiteral("read"), true);
    else
        ++m_writes;
    m_calls.append(call);
    m_lines << QStringLiteral("3dcart %1 %2 %3").arg(method, cartPath(path), compact(body)).trimmed();
}

Result<m3::MiResult> FlowIo::m3Read(const QString &program, const QString &transaction, const QJsonObject &fields)
{
    const QJsonObject f = withoutNulls(fields);
    recordM3(program, transaction, f, true);
    return m_m3->execute(program, transaction, miFields(f));
}

Result<m3::MiResult> FlowIo::m3Write(const QString &program, const QString &transaction, const QJsonObject &fields)
{
    const QJsonObject f = withoutNulls(fields);
    recordM3(program, transaction, f, false);
    if (m_dryRun)
        return m3::MiResult{program, transaction, {}, {}};
    return m_m3->executeOnce(program, transaction, miFields(f));
}

Result<QJsonObject> FlowIo::cartGetOne(const QString &path)
{
    recordCart(QStringLiteral("GET"), path, QJsonValue::Undefined, true);
    return m_cart->getOne(path);
}

Result<QList<cart::WriteResult>> FlowIo::cartPut(const QString &path, const QJsonValue &body)
{
    recordCart(QStringLiteral("PUT"), path, body, false);
    if (m_dryRun)
        return QList<cart::WriteResult>{};
    return m_cart->put(path, body);
}

QString FlowIo::summary(int maxChars) const
{
    return m_lines.join(QLatin1Char('\n')).left(maxChars);
}

} // namespace m3cart::flows
