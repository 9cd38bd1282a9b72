#include "mapping_replay.h"

#include "flows/event_mapping.h"
#include "flows/mapping_cache.h"
#include "mapping/compiled_mapping.h"
#include "mapping/lookup_source.h"
#include "mapping/mapping_repository.h"
#include "store/event_repository.h"
#include "store/flow_progress.h"

#include <QJsonArray>

#include <algorithm>

namespace m3cart::flows {

using namespace m3cart::mapping;

namespace {

QJsonValue orNull(const QJsonValue &v)
{
    return v.isUndefined() ? QJsonValue() : v;
}

QList<QJsonObject> recordsOf(const MappedSection *s)
{
    return s && !s->skipped ? s->records : QList<QJsonObject>{};
}

} // namespace

QString replayOutcomeName(ReplayOutcome o)
{
    switch (o) {
    case ReplayOutcome::Unchanged:
        return QStringLiteral("unchanged");
    case ReplayOutcome::Changed:
        return QStringLiteral("changed");
    case ReplayOutcome::NewlyFailing:
        return QStringLiteral("newlyFailing");
    case ReplayOutcome::Fixed:
        return QStringLiteral("fixed");
    case ReplayOutcome::StillFailing:
        return QStringLiteral("stillFailing");
    case ReplayOutcome::NotApplicable:
        break;
    }
    return QStringLiteral("notApplicable");
}

QString ReplayEventResult::summary() const
{
    switch (outcome) {
    case ReplayOutcome::Unchanged:
        return QStringLiteral("unchanged");
    case ReplayOutcome::Changed: {
        QStringList parts;
        if (!fields.isEmpty())
            parts << QStringLiteral("changed %1 field(s)").arg(fields.size());
        if (!records.isEmpty())
            parts << QStringLiteral("%1 record(s) added or removed").arg(records.size());
        return parts.join(QStringLiteral(", "));
    }
    case ReplayOutcome::NewlyFailing:
        return QStringLiteral("newly failing: ") + draftError;
    case ReplayOutcome::Fixed:
        return QStringLiteral("fixed (the active version fails: %1)").arg(activeError);
    case ReplayOutcome::StillFailing:
        return QStringLiteral("still failing: ") + draftError;
    case ReplayOutcome::NotApplicable:
        break;
    }
    return QStringLiteral("not applicable: ") + reason;
}

QJsonObject ReplayEventResult::toJson() const
{
    QJsonObject o{{QStringLiteral("event"), eventId},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("key"), key},
                  {QStringLiteral("outcome"), replayOutcomeName(outcome)},
                  {QStringLiteral("summary"), summary()}};
    if (!fields.isEmpty()) {
        QJsonArray a;
        for (const FieldChange &f : fields)
            a << QJsonObject{{QStringLiteral("section"), f.section},
                             {QStringLiteral("record"), f.record},
                             {QStringLiteral("field"), f.field},
                             {QStringLiteral("active"), orNull(f.active)},
                             {QStringLiteral("draft"), orNull(f.draft)}};
        o.insert(QStringLiteral("fields"), a);
    }
    if (!records.isEmpty()) {
        QJsonArray a;
        for (const RecordChange &r : records)
            a << QJsonObject{
                {QStringLiteral("section"), r.section},
                {QStringLiteral("record"), r.record},
                {QStringLiteral("change"), r.added ? QStringLiteral("added") : QStringLiteral("removed")}};
        o.insert(QStringLiteral("records"), a);
    }
    if (!activeError.isEmpty())
        o.insert(QStringLiteral("activeError"), activeError);
    if (!draftError.isEmpty())
        o.insert(QStringLiteral("draftError"), draftError);
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    return o;
}

int ReplayReport::count(ReplayOutcome o) const
{
    return int(std::count_if(events.begin(), events.end(),
                             [o](const ReplayEventResult &r) { return r.outcome == o; }));
}

QString ReplayReport::comparedWith() const
{
    return activeOrigin.startsWith(QLatin1String("version")) ? activeOrigin
                                                             : QStringLiteral("the ") + activeOrigin;
}

QJsonObject ReplayReport::toJson() const
{
    QJsonArray list;
    QJsonObject counts;
    for (ReplayOutcome o : {ReplayOutcome::Unchanged, ReplayOutcome::Changed, ReplayOutcome::NewlyFailing,
                            ReplayOutcome::Fixed, ReplayOutcome::StillFailing, ReplayOutcome::NotApplicable})
        counts.insert(replayOutcomeName(o), count(o));
    for (const ReplayEventResult &r : events)
        list << r.toJson();
    return {{QStringLiteral("mapping"), mapping},
            {QStringLiteral("comparedWith"), activeOrigin},
            {QStringLiteral("cancelled"), cancelled},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("events"), list}};
}

void compareOutputs(const MappingOutput &active, const MappingOutput &draft, ReplayEventResult *result)
{
    QStringList ids; // the draft's sections in order, then those only the active version has
    for (const MappedSection &s : draft.sections)
        ids << s.id;
    for (const MappedSection &s : active.sections)
        if (!ids.contains(s.id))
            ids << s.id;
    for (const QString &id : ids) {
        const QList<QJsonObject> a = recordsOf(active.section(id));
        const QList<QJsonObject> d = recordsOf(draft.section(id));
        for (qsizetype i = 0; i < qMax(a.size(), d.size()); ++i) {
            if (i >= a.size() || i >= d.size()) {
                result->records << RecordChange{id, int(i), i >= a.size()};
                continue;
            }
            QStringList keys = d.at(i).keys(); // sorted, as QJsonObject keeps them
            for (const QString &k : a.at(i).keys())
                if (!d.at(i).contains(k))
                    keys << k;
            for (const QString &k : keys)
                if (a.at(i).value(k) != d.at(i).value(k))
                    result->fields << FieldChange{id, int(i), k, a.at(i).value(k), d.at(i).value(k)};
        }
    }
    result->outcome = result->fields.isEmpty() && result->records.isEmpty() ? ReplayOutcome::Unchanged
                                                                            : ReplayOutcome::Changed;
}

MappingReplay::MappingReplay(std::shared_ptr<const Store> store) : m_store(std::move(store)) {}

Result<ReplayReport> MappingReplay::run(const MappingDocument &draft, const EventQuery &query, int limit,
                                        const Progress &progress) const
{
    auto compiledDraft = MappingCompiler::compile(draft);
    if (!compiledDraft)
        return Error::data(
            QStringLiteral("the draft does not compile: %1").arg(compiledDraft.error().message));
    // What the flows use now, by the same rule as theirs (active version, else the shipped default).
    auto compiledActive = MappingCache(m_store).get(draft.name);
    if (!compiledActive)
        return compiledActive.error();
    ReplayReport report;
    report.mapping = draft.name;
    auto active = MappingRepository(m_store).active(draft.name);
    report.activeOrigin =
        active ? QStringLiteral("version %1").arg(active->version) : QStringLiteral("shipped default");

    auto ids = EventQueries(m_store).ids(query, limit);
    if (!ids)
        return ids.error();
    EventRepository events(m_store);
    FlowProgress progressRepo(m_store);
    StoreLookupSource lookups(m_store);
    const bool applicableKind = eventsCarryInput(draft.sourceKind);
    // Read in batches: one statement per event cost a fifth of a replay.
    constexpr qsizetype kBatch = 200;
    QHash<qint64, Event> batch;
    for (qsizetype i = 0; i < ids->size(); ++i) {
        if (i % kBatch == 0) {
            auto read = events.getMany(ids->mid(i, kBatch));
            if (!read)
                return read.error();
            batch = std::move(read.value());
        }
        const auto found = batch.constFind(ids->at(i));
        if (found == batch.cend())
            return Error::notFound(QStringLiteral("no event with id %1").arg(ids->at(i)));
        const Event *event = &*found;
        ReplayEventResult r;
        r.eventId = event->id;
        r.kind = event->kind;
        r.key = event->key;
        r.reason = notApplicableReason(event->kind, draft.sourceKind);
        QMap<QString, QJsonObject> steps;
        if (r.reason.isEmpty() && applicableKind) {
            if (auto s = progressRepo.steps(event->id); s)
                steps = s.value();
        }
        auto input =
            r.reason.isEmpty() ? mappingInputOf(*event, steps) : Result<MappingInput>(MappingInput{});
        if (!input)
            r.reason = input.error().message;
        if (!r.reason.isEmpty()) {
            r.outcome = ReplayOutcome::NotApplicable;
        } else {
            EvalOptions o;
            o.lookups = &lookups;
            o.context = input->context;
            o.useContextSamples = true; // $ctx values no event can give (a CUNO before the customer step)
            auto a = compiledActive.value()->evaluate(input->source, o);
            auto d = compiledDraft.value()->evaluate(input->source, o);
            if (!a)
                r.activeError = a.error().message;
            if (!d)
                r.draftError = d.error().message;
            if (a && d)
                compareOutputs(a.value(), d.value(), &r);
            else
                r.outcome = a   ? ReplayOutcome::NewlyFailing
                            : d ? ReplayOutcome::Fixed
                                : ReplayOutcome::StillFailing;
        }
        report.events << r;
        if (progress && !progress(int(i + 1), int(ids->size()))) {
            report.cancelled = i + 1 < ids->size();
            break;
        }
    }
    return report;
}

Result<EventQuery> eventQueryFromFilters(const QStringList &filters)
{
    EventQuery q;
    for (const QString &f : filters) {
        const qsizetype eq = f.indexOf(QLatin1Char('='));
        const auto field = eq > 0 ? eventFieldFromName(f.left(eq).trimmed()) : std::nullopt;
        if (!field) {
            QStringList known;
            for (int i = int(EventField::Id); i <= int(EventField::Holding); ++i)
                known << eventFieldName(EventField(i));
            return Error::data(QStringLiteral("bad filter '%1': expected FIELD=EXPR with FIELD one of %2")
                                   .arg(f, known.join(QStringLiteral(", "))));
        }
        q.filters.insert(*field, f.mid(eq + 1));
    }
    return q;
}

} // namespace m3cart::flows
