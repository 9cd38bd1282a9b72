#pragma once
// What an MI transaction returns, in either API version: records of right-trimmed string fields in the
// transaction's output order, plus field metadata when asked for.

#include "common/error.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace m3cart::m3 {

using MiFields = QList<QPair<QString, QString>>; // input fields, in order

struct MiRecord
{
    MiFields fields;
    QString value(const QString &name) const;
    bool has(const QString &name) const;
    QJsonObject toJson() const;
};

struct MiField
{
    QString name;
    QString type; // "A", "N", "D"
    int length = 0;
    QString description;
    bool mandatory = false;
};

struct MiResult
{
    QString program;
    QString transaction;
    QList<MiRecord> records;
    QList<MiField> metadata;
};

// Response parsing, separate from transport so the quirks are tested on their own.
namespace mi {
// v1 body (HTTP 200): MIRecord/NameValue, NOK at top level, partial NOK in ErrorMessage.
Result<MiResult> parseV1(const QByteArray &body, const QString &program, const QString &transaction);
// v2 single-call body (HTTP 200 or 400): results[0].records, errors at top level or in results[0].
Result<MiResult> parseV2(const QByteArray &body, const QString &program, const QString &transaction);
// v2 bulk body: one Result per requested transaction, index-aligned; missing tail entries are errors.
Result<QList<Result<MiResult>>> parseV2Bulk(const QByteArray &body, const QString &program,
                                            const QStringList &transactions);
QString rtrim(const QString &s);
} // namespace mi

} // namespace m3cart::m3
