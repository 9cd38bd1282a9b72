#pragma once
// The MI metadata the M3 simulator serves and validates against: programs, transactions, input fields
// (mandatory marks) and output layouts (type, length), loaded from the catalogue generated from
// reference/m3-api-fields.md (resources/sandbox/m3_catalogue.json).

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace m3cart::sandbox {

struct MiField
{
    QString name;
    QString description;
    QChar type = QLatin1Char('A'); // A, N, D; '?' when the catalogue gives none
    int length = 0;                // 0 = unknown
    bool mandatory = false;
};

struct MiTransaction
{
    QString program;
    QString name;
    QString description;
    QList<MiField> in;
    QList<MiField> out;
    bool multiple = false; // Lst*/Sel*/Search* answer many records
    const MiField *inField(const QString &name) const;
    const MiField *outField(const QString &name) const;
};

class MiCatalogue
{
public:
    static const MiCatalogue &instance();

    const MiTransaction *find(const QString &program, const QString &transaction) const;
    bool hasProgram(const QString &program) const { return m_programs.contains(program); }
    QStringList programs() const;
    QList<const MiTransaction *> transactions(const QString &program) const;
    QString programDescription(const QString &program) const { return m_programDesc.value(program); }

private:
    MiCatalogue();
    QHash<QString, QList<MiTransaction>> m_programs;
    QHash<QString, QString> m_programDesc;
};

} // namespace m3cart::sandbox
