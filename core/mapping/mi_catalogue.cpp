#include "mi_catalogue.h"

#include "mapping_log.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace m3cart::mapping {

namespace {

FieldSpec miField(const QJsonObject &o)
{
    FieldSpec f;
    f.name = o.value(QLatin1String("name")).toString();
    f.description = o.value(QLatin1String("description")).toString();
    f.mandatory = o.value(QLatin1String("mandatory")).toBool();
    f.maxLength = o.value(QLatin1String("length")).toInt();
    const QString t = o.value(QLatin1String("type")).toString();
    if (!t.isEmpty())
        f.m3Type = t.at(0);
    f.kind = t == QLatin1String("N")   ? FieldKind::Number
             : t == QLatin1String("D") ? FieldKind::Date
             : t == QLatin1String("A") ? FieldKind::Text
                                       : FieldKind::Unknown;
    return f;
}

} // namespace

Result<std::shared_ptr<MiCatalogue>> MiCatalogue::fromJson(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject())
        return Error::data(QStringLiteral("MI catalogue is not a JSON object: %1").arg(pe.errorString()));
    auto cat = std::make_shared<MiCatalogue>();
    const QJsonObject programs = doc.object().value(QLatin1String("programs")).toObject();
    for (auto p = programs.begin(); p != programs.end(); ++p) {
        const QJsonObject po = p.value().toObject();
        cat->m_programDesc.insert(p.key(), po.value(QLatin1String("description")).toString());
        const QJsonObject txns = po.value(QLatin1String("transactions")).toObject();
        for (auto t = txns.begin(); t != txns.end(); ++t) {
            const QJsonObject to = t.value().toObject();
            MiTransactionSpec spec;
            spec.program = p.key();
            spec.transaction = t.key();
            spec.description = to.value(QLatin1String("description")).toString();
            spec.in.key = spec.out.key = spec.program + QLatin1Char('/') + spec.transaction;
            spec.in.description = spec.out.description = spec.description;
            for (const QJsonValue &f : to.value(QLatin1String("in")).toArray())
                spec.in.add(miField(f.toObject()));
            for (const QJsonValue &f : to.value(QLatin1String("out")).toArray()) {
                FieldSpec fs = miField(f.toObject());
                fs.mandatory = false;
                spec.out.add(fs);
            }
            cat->insert(std::move(spec));
        }
    }
    return cat;
}

std::shared_ptr<const MiCatalogue> MiCatalogue::builtIn()
{
    static const std::shared_ptr<const MiCatalogue> cat = [] {
        QFile f(QStringLiteral(":/m3/m3_catalogue.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            qCWarning(lcMapping) << "built-in MI catalogue missing";
            return std::make_shared<const MiCatalogue>();
        }
        auto c = fromJson(f.readAll());
        if (!c) {
            qCWarning(lcMapping) << c.error().message;
            return std::make_shared<const MiCatalogue>();
        }
        return std::shared_ptr<const MiCatalogue>(c.value());
    }();
    return cat;
}

MiTransactionSpec MiCatalogue::fromLstFields(const QString &program, const QString &transaction,
                                             const QList<QJsonObject> &inputRecords,
                                             const QList<QJsonObject> &outputRecords)
{
    auto field = [](const QJsonObject &r, bool input) {
        const auto text = [&](const char *k) {
            return r.value(QLatin1String(k)).toVariant().toString().trimmed();
        };
        FieldSpec f = miField(QJsonObject{{QStringLiteral("name"), text("FLNM")},
                                          {QStringLiteral("description"), text("FLDS")},
                                          {QStringLiteral("type"), text("TYPE")},
                                          {QStringLiteral("length"), text("LENG").toInt()}});
        f.mandatory = input && (text("MAND") == QLatin1String("1") ||
                                text("MAND").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0);
        return f;
    };
    MiTransactionSpec spec;
    spec.program = program;
    spec.transaction = transaction;
    spec.in.key = spec.out.key = program + QLatin1Char('/') + transaction;
    for (const QJsonObject &r : inputRecords)
        spec.in.add(field(r, true));
    for (const QJsonObject &r : outputRecords)
        spec.out.add(field(r, false));
    return spec;
}

void MiCatalogue::insert(MiTransactionSpec spec)
{
    if (!m_programDesc.contains(spec.program))
        m_programDesc.insert(spec.program, QString());
    const QString key = spec.program + QLatin1Char('/') + spec.transaction;
    m_txns.insert(key, std::move(spec));
}

const MiTransactionSpec *MiCatalogue::transaction(const QString &program, const QString &transaction) const
{
    const auto it = m_txns.constFind(program + QLatin1Char('/') + transaction);
    return it == m_txns.cend() ? nullptr : &*it;
}

QStringList MiCatalogue::programs() const
{
    QStringList p = m_programDesc.keys();
    p.sort();
    return p;
}

QStringList MiCatalogue::transactions(const QString &program) const
{
    QStringList out;
    for (auto it = m_txns.cbegin(); it != m_txns.cend(); ++it)
        if (it->program == program)
            out << it->transaction;
    out.sort();
    return out;
}

} // namespace m3cart::mapping
