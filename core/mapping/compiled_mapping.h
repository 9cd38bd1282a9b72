#pragma once
// A mapping document compiled once into an immutable program (expressions parsed into function-pointer
// trees, paths resolved into steps, value maps hashed, regexes compiled, target fields resolved against
// the MI / 3dcart metadata) and evaluated many times. evaluate() is const and keeps all its state on the
// stack: one CompiledMapping is shared by every worker thread.

#include "common/error.h"
#include "expression.h"
#include "mapping_document.h"
#include "target_schema.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <memory>

namespace m3cart::mapping {

class LookupSource;
namespace detail {
class CompilerImpl;
}

// One problem in a document (compile/validate) or in an output (a field vs its metadata).
struct ValidationIssue
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString section;
    QString rule;
    QString field;
    QString message;
    int record = -1;      // an output violation: the record of its section (the editor marks that field)
    QString text() const; // "rule 'head.cuor' (OIS100MI/AddBatchHead CUOR): ..."
    QJsonObject toJson() const;
};

struct MappedSection
{
    QString id;
    TargetRef target;
    QList<QJsonObject> records; // M3: all values are strings (the MI wire format); 3dcart: typed JSON
    bool skipped = false;       // "when" was false
};

struct MappingOutput
{
    QString mapping;
    QList<MappedSection> sections;
    QList<ValidationIssue> violations; // only filled with EvalOptions::collectViolations
    const MappedSection *section(const QString &id) const;
    QJsonObject toJson() const;
};

struct EvalOptions
{
    QJsonObject params;  // overrides the document's parameters
    QJsonObject context; // $ctx values from the flow (ORNO from AddBatchHead, CUNO ...)
    const LookupSource *lookups = nullptr;
    bool useContextSamples = false; // missing $ctx values take the document's samples (CLI 'apply')
    bool collectViolations = false; // output problems go to MappingOutput::violations instead of failing
};

struct CompiledRule
{
    QString id;
    QString target;
    QString label;          // "OIS100MI/AddBatchLine ITNO" (M3) or the field (3dcart), for messages
    QStringList targetPath; // 3dcart nested fields
    std::shared_ptr<const Node> expr;
    QJsonValue defaultValue;
    bool hasDefault = false;
    int valueMap = -1;
    int lookup = -1;
    bool required = false;
    const FieldSpec *spec = nullptr; // owned by the schema the mapping keeps alive
};

struct CompiledSection
{
    QString id;
    TargetRef target;
    std::shared_ptr<const Node> foreach;
    std::shared_ptr<const Node> where;
    std::shared_ptr<const Node> when;
    QList<CompiledRule> rules;
    QList<int> insertOrder; // rule indexes by target name (records are built in key order)
};

struct CompiledValueMap
{
    QString name;
    QHash<QString, QJsonValue> entries;
    MissPolicy onMissing = MissPolicy::Error;
    QJsonValue defaultValue;
    bool ignoreCase = false;
};

struct CompiledLookupVariant
{
    enum Kind { Exact, Upper, StripSuffix, Pattern };
    Kind kind = Exact;
    QString separator;
    QStringList suffixes;
    QRegularExpression regex;
    QString replacement;
    bool asValue = false;
};

struct CompiledLookup
{
    QString name;
    QString table;
    QHash<QString, QString> entries;
    QList<CompiledLookupVariant> variants;
    MissPolicy onMissing = MissPolicy::Error;
    QJsonValue defaultValue;
};

class CompiledMapping
{
public:
    const QString &name() const { return m_name; }
    const QString &sourceKind() const { return m_sourceKind; }
    const QJsonObject &params() const { return m_params; }
    const QList<CompiledSection> &sections() const { return m_sections; }

    Result<MappingOutput> evaluate(const QJsonValue &input, const EvalOptions &options = {}) const;

    // Used by the evaluator (and the map()/lookup() nodes).
    const CompiledValueMap &valueMap(int i) const { return m_valueMaps.at(i); }
    const CompiledLookup &lookup(int i) const { return m_lookups.at(i); }

private:
    friend class detail::CompilerImpl;
    QString m_name;
    QString m_sourceKind;
    QJsonObject m_params;
    QJsonObject m_contextSamples;
    QList<CompiledSection> m_sections;
    QList<CompiledValueMap> m_valueMaps;
    QList<CompiledLookup> m_lookups;
    std::shared_ptr<const TargetSchema> m_schema;
};

class MappingCompiler
{
public:
    // Compiles and checks the document: unknown source paths, unknown functions, unknown target fields,
    // type mismatches, two rules writing one field, mandatory MI fields without a rule, unknown value
    // maps / lookups / parameters / context names. Every problem goes to *issues (when given); errors
    // make the result an Error (class data) that names the first rule and field.
    static Result<std::shared_ptr<const CompiledMapping>>
    compile(const MappingDocument &doc, std::shared_ptr<const TargetSchema> schema = {},
            QList<ValidationIssue> *issues = nullptr);
    static QList<ValidationIssue> validate(const MappingDocument &doc,
                                           std::shared_ptr<const TargetSchema> schema = {});
};

// Evaluation environment of one record (internal, used by the function implementations that need it).
struct EvalEnv
{
    const QJsonValue *source = nullptr;
    const QJsonValue *item = nullptr;
    int index = 0;
    const QJsonObject *params = nullptr;
    const QJsonObject *context = nullptr;
    const CompiledMapping *mapping = nullptr;
    const LookupSource *lookups = nullptr;
};

// Evaluates one expression tree (exposed for tests and the editor's preview).
Result<QJsonValue> evaluateNode(const Node &node, const EvalEnv &env);

} // namespace m3cart::mapping
