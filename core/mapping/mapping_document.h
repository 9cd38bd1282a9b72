#pragma once
// A mapping document: the JSON a person (or the visual editor) writes, parsed into plain structs.
// It reads as a source tree -> target tree: sections (one per MI transaction or 3dcart object, optionally
// repeated per element of a source list), each with rules (target field <- source path | constant |
// expression, default, value map, lookup), plus named value maps, lookups, parameters and flow context.
// The format is documented in core/mapping/README.md. Parsing checks structure only; meaning (paths,
// functions, fields, types) is checked by MappingCompiler.

#include "common/error.h"
#include "target_schema.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace m3cart::mapping {

enum class MissPolicy { Error, Default, PassThrough, Empty };
QString missPolicyName(MissPolicy p);

struct ValueMapDef
{
    QString name;
    QString description;
    QList<std::pair<QString, QJsonValue>> entries; // in document order (the editor shows a table)
    MissPolicy onMissing = MissPolicy::Error;
    QJsonValue defaultValue = QJsonValue::Undefined;
    bool ignoreCase = false;
};

struct LookupVariantDef
{
    QString kind;         // exact | upper | stripSuffix | pattern
    QString separator;    // stripSuffix: strip from the last separator ("CORSET-XS" -> "CORSET")
    QStringList suffixes; // stripSuffix: or strip one of these endings
    QString pattern;      // pattern: regex applied to the key
    QString replacement;  // pattern: the candidate key (\\1 ...)
    bool asValue = false; // pattern: the replacement is the answer itself, no table read
};

struct LookupDef
{
    QString name;
    QString description;
    QString table;                    // lookup_entries.table_name in the store (large tables live there)
    QJsonObject entries;              // small inline table, consulted before the store
    QList<LookupVariantDef> variants; // tried in order; empty = exact only
    MissPolicy onMissing = MissPolicy::Error;
    QJsonValue defaultValue = QJsonValue::Undefined;
};

struct RuleDef
{
    QString id;
    QString target;                           // field name; 3dcart nested fields dotted ("SKUInfo.Stock")
    QString from;                             // a source path
    QJsonValue value = QJsonValue::Undefined; // a constant (Undefined when not given)
    QString expr;                             // an expression
    QJsonValue defaultValue = QJsonValue::Undefined; // when the value is empty (Undefined when not given)
    QString valueMap;
    QString lookup;
    bool required = false;
    QString note;
    QJsonObject extra; // keys starting with '_' (editor layout, comments), kept as they are
};

struct SectionDef
{
    QString id;
    QString description;
    TargetRef target;
    QString foreach; // expression giving a list: one record per element (@ is the element)
    QString where;   // per element: skip when false
    QString when;    // whole section: skip when false
    QList<RuleDef> rules;
    QJsonObject extra; // keys starting with '_'
};

struct ParamDef
{
    QString name;
    QJsonValue value;
    QString description;
};

struct ContextDef
{
    QString name;
    QString description;
    QJsonValue sample = QJsonValue::Undefined; // used by 'mapping apply' when the flow's value is not at hand
};

struct MappingDocument
{
    QString name;
    QString description;
    int version = 0; // informational; the store numbers versions
    QString sourceKind;
    QList<ParamDef> params;
    QList<ContextDef> context;
    QList<ValueMapDef> valueMaps;
    QList<LookupDef> lookups;
    QList<SectionDef> sections;
    QJsonObject extra; // keys starting with '_'

    static Result<MappingDocument> fromJson(const QByteArray &json);
    static Result<MappingDocument> fromJsonObject(const QJsonObject &o);
    QJsonObject toJson() const;
    QByteArray toJsonBytes() const; // indented
};

} // namespace m3cart::mapping
