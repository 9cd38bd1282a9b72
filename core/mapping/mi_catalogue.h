#pragma once
// MI transaction metadata (input fields with mandatory marks, output fields with type and length) the
// mapping engine validates against. Built in from resources/sandbox/m3_catalogue.json (generated from
// reference/m3-api-fields.md); the M3 client can insert live MRS001MI/LstFields metadata later.

#include "target_schema.h"

#include <QByteArray>
#include <QJsonObject>

namespace m3cart::mapping {

struct MiTransactionSpec
{
    QString program;
    QString transaction;
    QString description;
    FieldSet in;
    FieldSet out;
};

class MiCatalogue
{
public:
    static std::shared_ptr<const MiCatalogue> builtIn(); // ":/m3/m3_catalogue.json", loaded once
    static Result<std::shared_ptr<MiCatalogue>> fromJson(const QByteArray &json);

    void insert(MiTransactionSpec spec); // replaces a transaction (live metadata wins)
    // A transaction from MRS001MI/LstFields records (FLNM, FLDS, TYPE, LENG, MAND; values may be padded),
    // called once with TRTP=I and once with TRTP=O: how the M3 client feeds live metadata.
    static MiTransactionSpec fromLstFields(const QString &program, const QString &transaction,
                                           const QList<QJsonObject> &inputRecords,
                                           const QList<QJsonObject> &outputRecords);
    const MiTransactionSpec *transaction(const QString &program, const QString &transaction) const;
    QStringList programs() const;
    QStringList transactions(const QString &program) const;
    QString programDescription(const QString &program) const { return m_programDesc.value(program); }

private:
    QHash<QString, MiTransactionSpec> m_txns; // "PGM/TXN"
    QHash<QString, QString> m_programDesc;
};

} // namespace m3cart::mapping
