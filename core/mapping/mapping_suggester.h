#pragma once
// The mapping assistant: given a source sample and a target (MI transaction or 3dcart object), proposes
// rules with a confidence and a human reason, from field-name and description similarity (M3 descriptions
// come from the MI metadata), known synonyms (price -> SAPR, quantity -> ORQT, e-mail -> MAIL) and value
// patterns (e-mail, ISO country, date, money, phone, postal code, HTML). Runs locally and explains itself.

#include "common/error.h"
#include "mapping_document.h"
#include "target_schema.h"

#include <QJsonValue>
#include <memory>

namespace m3cart::mapping {

struct Suggestion
{
    QString targetField;
    QString targetDescription;
    bool mandatory = false;
    QString sourcePath; // "$.BillingEmail", or "@.ItemQuantity" inside the suggested group
    QString expr;       // the proposed rule expression (with conversions)
    QJsonValue sampleValue;
    double confidence = 0; // 0..1
    QString reason;
};

struct SuggestionSet
{
    TargetRef target;
    QString foreach; // a list of the source to repeat over ("$.OrderItemList"), when line fields fit better
    QList<Suggestion> suggestions; // mandatory first, then by confidence
    QStringList unmatchedMandatory;
    QJsonObject toJson() const;
    MappingDocument draft(const QString &name, const QString &sourceKind, double minConfidence = 0.5) const;
};

class MappingSuggester
{
public:
    explicit MappingSuggester(std::shared_ptr<const TargetSchema> schema = {});
    Result<SuggestionSet> suggest(const QJsonValue &sample, const TargetRef &target,
                                  const QString &sourceKind = {}) const;

private:
    std::shared_ptr<const TargetSchema> m_schema;
};

} // namespace m3cart::mapping
