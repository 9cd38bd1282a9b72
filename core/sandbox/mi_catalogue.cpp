#include "mi_catalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace m3cart::sandbox {

const MiField *MiTransaction::inField(const QString &n) const
{
    for (const MiField &f : in)
        if (f.name == n)
            return &f;
    return nullptr;
}

const MiField *MiTransaction::outField(const QString &n) const
{
    for (const MiField &f : out)
        if (f.name == n)
            return &f;
    return nullptr;
}

const MiCatalogue &MiCatalogue::instance()
{
    static const MiCatalogue catalogue;
    return catalogue;
}

MiCatalogue::MiCatalogue()
{
    QFile f(QStringLiteral(":/sandbox/m3_catalogue.json"));
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QJsonObject programs =
        QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("programs")).toObject();
    auto readFields = [](const QJsonArray &a) {
        QList<MiField> fields;
        for (const QJsonValue &v : a) {
            const QJsonObject o = v.toObject();
            MiField fld;
            fld.name = o.value(QStringLiteral("name")).toString();
            fld.description = o.value(QStringLiteral("description")).toString();
            const QString t = o.value(QStringLiteral("type")).toString();
            fld.type = t.isEmpty() ? QLatin1Char('?') : t.at(0);
            fld.length = o.value(QStringLiteral("length")).toInt();
            fld.mandatory = o.value(QStringLiteral("mandatory")).toBool();
            fields.append(fld);
        }
        return fields;
    };
    for (auto it = programs.begin(); it != programs.end(); ++it) {
        const QJsonObject p = it.value().toObject();
        m_programDesc.insert(it.key(), p.value(QStringLiteral("description")).toString());
        QList<MiTransaction> list;
        const QJsonObject trns = p.value(QStringLiteral("transactions")).toObject();
        for (auto t = trns.begin(); t != trns.end(); ++t) {
            const QJsonObject to = t.value().toObject();
            MiTransaction tr;
            tr.program = it.key();
            tr.name = t.key();
            tr.description = to.value(QStringLiteral("description")).toString();
            tr.in = readFields(to.value(QStringLiteral("in")).toArray());
            tr.out = readFields(to.value(QStringLiteral("out")).toArray());
            tr.multiple = tr.name.startsWith(QLatin1String("Lst")) ||
                          tr.name.startsWith(QLatin1String("Sel")) ||
                          tr.name.startsWith(QLatin1String("Search")) || tr.name == QLatin1String("List");
            list.append(tr);
        }
        m_programs.insert(it.key(), list);
    }
}

const MiTransaction *MiCatalogue::find(const QString &program, const QString &transaction) const
{
    const auto it = m_programs.constFind(program);
    if (it == m_programs.constEnd())
        return nullptr;
    for (const MiTransaction &t : *it)
        if (t.name == transaction)
            return &t;
    return nullptr;
}

QStringList MiCatalogue::programs() const
{
    QStringList p = m_programs.keys();
    p.sort();
    return p;
}

QList<const MiTransaction *> MiCatalogue::transactions(const QString &program) const
{
    QList<const MiTransaction *> out;
    const auto it = m_programs.constFind(program);
    if (it != m_programs.constEnd())
        for (const MiTransaction &t : *it)
            out.append(&t);
    return out;
}

} // namespace m3cart::sandbox
