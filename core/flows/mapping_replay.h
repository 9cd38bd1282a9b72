#pragma once
// Replays past events through a draft mapping and through the version the flows use now (the active one in
// the store, else the shipped default), and reports per event what the draft would change in the output:
// fields, records added or removed, events that would newly fail or be fixed. Nothing is sent anywhere.
// Which events feed the mapping, and with what context, comes from event_mapping.h; lookups read the
// store's tables; $ctx values the event cannot give take the document's samples.

#include "common/error.h"
#include "mapping/mapping_document.h"
#include "store/event_query.h"

#include <QJsonObject>
#include <QJsonValue>
#include <functional>
#include <memory>

namespace m3cart {
class Store;
namespace mapping {
struct MappingOutput;
}
namespace flows {

struct FieldChange
{
    QString section;
    int record = 0; // 0-based
    QString field;
    QJsonValue active; // Undefined: the field is not in the active output
    QJsonValue draft;  // Undefined: the field is not in the draft output
};

struct RecordChange
{
    QString section;
    int record = 0;
    bool added = false; // else removed
};

enum class ReplayOutcome { Unchanged, Changed, NewlyFailing, Fixed, StillFailing, NotApplicable };
QString replayOutcomeName(ReplayOutcome o); // "unchanged", "changed", "newlyFailing", ...

struct ReplayEventResult
{
    qint64 eventId = 0;
    QString kind;
    QString key;
    ReplayOutcome outcome = ReplayOutcome::Unchanged;
    QList<FieldChange> fields;
    QList<RecordChange> records;
    QString activeError;     // the active version failed on this event
    QString draftError;      // the draft failed on it
    QString reason;          // NotApplicable: why
    QString summary() const; // "changed 2 fields", "newly failing: ...", "not applicable: ..."
    QJsonObject toJson() const;
};

struct ReplayReport
{
    QString mapping;
    QString activeOrigin; // "version 3" | "shipped default"
    QList<ReplayEventResult> events;
    bool cancelled = false;
    int count(ReplayOutcome o) const;
    QString comparedWith() const; // "version 3" | "the shipped default", for sentences
    QJsonObject toJson() const;
};

// The two outputs of one event compared (exposed for tests and the editor).
void compareOutputs(const mapping::MappingOutput &active, const mapping::MappingOutput &draft,
                    ReplayEventResult *result);

class MappingReplay
{
public:
    explicit MappingReplay(std::shared_ptr<const Store> store);

    // Called after each event with (done, total); returning false stops the replay (report.cancelled).
    using Progress = std::function<bool(int done, int total)>;

    // The events matching query (newest first, at most limit) replayed through draft (whose name says
    // which active version to compare with). Errors: the query (a bad filter), the store, or a draft or
    // active version that does not compile.
    Result<ReplayReport> run(const mapping::MappingDocument &draft, const EventQuery &query, int limit,
                             const Progress &progress = {}) const;

private:
    std::shared_ptr<const Store> m_store;
};

// "kind=cart.order.*" style filters (as 'events' navigation and the CLI take them) into a query; a bad
// field name is an error naming it and the known ones.
Result<EventQuery> eventQueryFromFilters(const QStringList &filters);

} // namespace flows
} // namespace m3cart
