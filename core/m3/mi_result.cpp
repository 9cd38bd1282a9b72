#include "mi_result.h"

#include "net/http_errors.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace m3cart::m3 {

QString MiRecord::value(const QString &name) const
{
    for (const auto &[k, v] : fields)
        if (k == name)
            return v;
    return {};
}

bool MiRecord::has(const QString &name) const
{
    for (const auto &f : fields)
        if (f.first == name)
            return true;
    return false;
}

QJsonObject MiRecord::toJson() const
{
    QJsonObject o;
    for (const auto &[k, v] : fields)
        o.insert(k, v);
    return o;
}

namespace mi {

QString rtrim(const QString &s)
{
    qsizetype n = s.size();
    while (n > 0 && s.at(n - 1).isSpace())
        --n;
    return s.left(n);
}

namespace {

QString str(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return rtrim(v.toString());
}

// An MI business error (NOK): a data error carrying M3's code and field.
Error nok(const QString &program, const QString &transaction, const QString &code, const QString &field,
          const QString &message, int recordsBefore = -1)
{
    Error e;
    e.errorClass = ErrorClass::Data;
    e.code = rtrim(code);
    e.field = rtrim(field);
    QString text = rtrim(message).simplified();
    e.message = QStringLiteral("M3 %1/%2 refused").arg(program, transaction);
    if (!e.code.isEmpty())
        e.message += QStringLiteral(" [%1]").arg(e.code);
    if (!e.field.isEmpty())
        e.message += QStringLiteral(" field %1").arg(e.field);
    e.message += QStringLiteral(": ") + (text.isEmpty() ? QStringLiteral("no message") : text);
    if (recordsBefore >= 0)
        e.message += QStringLiteral(" (after %1 records)").arg(recordsBefore);
    return e;
}

Error nokFromV1(const QJsonObject &o, const QString &program, const QString &transaction, int before = -1)
{
    return nok(program, transaction, o.value(QStringLiteral("@code")).toString(),
               o.value(QStringLiteral("@field")).toString(), o.value(QStringLiteral("Message")).toString(), before);
}

QList<MiField> v1Metadata(const QJsonObject &root)
{
    QList<MiField> out;
    QJsonValue fields = root.value(QStringLiteral("Metadata")).toObject().value(QStringLiteral("Field"));
    QJsonArray list = fields.isArray() ? fields.toArray() : QJsonArray{fields}; // one field: an object
    for (const QJsonValue &v : list) {
        const QJsonObject f = v.toObject();
        if (f.isEmpty())
            continue;
        out << MiField{f.value(QStringLiteral("@name")).toString(), f.value(QStringLiteral("@type")).toString(),
                       f.value(QStringLiteral("@length")).toInt(), f.value(QStringLiteral("@description")).toString(),
                       false};
    }
    return out;
}

Result<QJsonObject> object(const QByteArray &body, const QString &program, const QString &transaction)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::transient(QStringLiteral("M3 %1/%2 answered with something that is not a JSON object: %3")
                                    .arg(program, transaction, net::textExcerpt(body)));
    return doc.object();
}

MiRecord v2Record(const QJsonObject &o)
{
    MiRecord r;
    for (auto it = o.begin(); it != o.end(); ++it)
        r.fields << qMakePair(it.key(), str(it.value()));
    return r;
}

// One entry of v2 "results": its records, or its error.
Result<MiResult> v2Entry(const QJsonObject &entry, const QString &program, const QString &transaction)
{
    const QString message = entry.value(QStringLiteral("errorMessage")).toString();
    const QString code = entry.value(QStringLiteral("errorCode")).toString();
    if (!message.trimmed().isEmpty() || !code.trimmed().isEmpty())
        return nok(program, entry.value(QStringLiteral("transaction")).toString(transaction), code,
                   entry.value(QStringLiteral("errorField")).toString(), message);
    MiResult r;
    r.program = program;
    r.transaction = entry.value(QStringLiteral("transaction")).toString(transaction);
    for (const QJsonValue &v : entry.value(QStringLiteral("records")).toArray())
        r.records << v2Record(v.toObject());
    return r;
}

bool isTrue(const QJsonValue &v)
{
    return v.isBool() ? v.toBool() : v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

} // namespace

Result<MiResult> parseV1(const QByteArray &body, const QString &program, const QString &transaction)
{
    auto root = object(body, program, transaction);
    if (!root)
        return root.error();
    const QJsonObject &o = root.value();
    if (o.value(QStringLiteral("@type")).toString() == QLatin1String("ServerReturnedNOK") ||
        (o.contains(QStringLiteral("Message")) && !o.contains(QStringLiteral("MIRecord"))))
        return nokFromV1(o, program, transaction);
    MiResult r;
    r.program = o.value(QStringLiteral("Program")).toString(program);
    r.transaction = o.value(QStringLiteral("Transaction")).toString(transaction);
    r.metadata = v1Metadata(o);
    for (const QJsonValue &rec : o.value(QStringLiteral("MIRecord")).toArray()) {
        MiRecord m;
        for (const QJsonValue &nv : rec.toObject().value(QStringLiteral("NameValue")).toArray()) {
            const QJsonObject p = nv.toObject();
            m.fields << qMakePair(p.value(QStringLiteral("Name")).toString(), str(p.value(QStringLiteral("Value"))));
        }
        r.records << m;
    }
    if (o.contains(QStringLiteral("ErrorMessage"))) // partial NOK: records, then an error
        return nokFromV1(o.value(QStringLiteral("ErrorMessage")).toObject(), program, transaction,
                         int(r.records.size()));
    return r;
}

Result<MiResult> parseV2(const QByteArray &body, const QString &program, const QString &transaction)
{
    auto root = object(body, program, transaction);
    if (!root)
        return root.error();
    const QJsonObject &o = root.value();
    if (isTrue(o.value(QStringLiteral("wasTerminated"))))
        return nok(program, transaction, o.value(QStringLiteral("terminationErrorType")).toString(), QString(),
                   o.value(QStringLiteral("terminationReason")).toString());
    // Some gateways put a single call's error at the top level.
    if (o.contains(QStringLiteral("errorMessage")) || o.contains(QStringLiteral("errorCode")))
        return v2Entry(o, program, transaction);
    const QJsonArray results = o.value(QStringLiteral("results")).toArray();
    if (results.isEmpty())
        return Error::transient(QStringLiteral("M3 %1/%2 answered without results").arg(program, transaction));
    return v2Entry(results.first().toObject(), program, transaction);
}

Result<QList<Result<MiResult>>> parseV2Bulk(const QByteArray &body, const QString &program,
                                            const QStringList &transactions)
{
    auto root = object(body, program, QStringLiteral("bulk"));
    if (!root)
        return root.error();
    const QJsonObject &o = root.value();
    if (isTrue(o.value(QStringLiteral("wasTerminated"))))
        return nok(program, QStringLiteral("bulk"), o.value(QStringLiteral("terminationErrorType")).toString(),
                   QString(), o.value(QStringLiteral("terminationReason")).toString());
    const QJsonArray results = o.value(QStringLiteral("results")).toArray();
    QList<Result<MiResult>> out;
    for (qsizetype i = 0; i < transactions.size(); ++i) {
        if (i < results.size())
            out << v2Entry(results.at(i).toObject(), program, transactions.at(i));
        else // "a short array means M3 dropped the tail"
            out << Result<MiResult>(Error::transient(
                QStringLiteral("M3 %1/%2: no result returned (the bulk answer stopped after %3 of %4)")
                    .arg(program, transactions.at(i))
                    .arg(results.size())
                    .arg(transactions.size())));
    }
    return out;
}

} // namespace mi
} // namespace m3cart::m3
