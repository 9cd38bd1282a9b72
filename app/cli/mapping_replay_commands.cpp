// m3cart mapping diff | replay: what a new version changes, in the document and in the output of past events.

#include "cli.h"

#include "flows/mapping_replay.h"
#include "mapping/default_mappings.h"
#include "mapping/mapping_diff.h"
#include "mapping/mapping_repository.h"
#include "store/store.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace m3cart::cli {

using namespace m3cart::mapping;

namespace {

const QCommandLineOption kDraft(QStringLiteral("draft"), QStringLiteral("The draft mapping document (JSON)."),
                                QStringLiteral("FILE"));
const QCommandLineOption
    kFilter(QStringLiteral("filter"),
            QStringLiteral("Which events (repeatable): FIELD=EXPR in the event monitor's syntax, e.g. "
                           "kind=cart.order.*, time=-7d, status=dead,done, key=order-1."),
            QStringLiteral("FIELD=EXPR"));
const QCommandLineOption kReplayLimit(QStringLiteral("limit"),
                                      QStringLiteral("At most N events, newest first (default 200)."),
                                      QStringLiteral("N"));

Result<MappingDocument> documentFromFile(const QString &path)
{
    auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    auto doc = MappingDocument::fromJson(bytes.value());
    if (!doc)
        return Error::data(QStringLiteral("%1: %2").arg(path, doc.error().message));
    return doc;
}

// One side of a diff: a file, a version number, "active" or "default" (the shipped document).
Result<MappingDocument> side(const std::shared_ptr<Store> &store, const QString &name, const QString &what)
{
    if (QFileInfo(what).isFile())
        return documentFromFile(what);
    MappingRepository repo(store);
    QByteArray json;
    qint64 number = 0;
    if (what == QLatin1String("default")) {
        json = defaultMapping(name).json;
        if (json.isEmpty())
            return Error::notFound(QStringLiteral("no shipped default named '%1'").arg(name));
    } else if (what == QLatin1String("active")) {
        auto v = repo.active(name);
        if (!v)
            return v.error();
        json = v->document;
    } else if (parseId(what, &number)) {
        auto v = repo.get(name, int(number));
        if (!v)
            return v.error();
        json = v->document;
    } else {
        return Error::data(
            QStringLiteral("'%1' is neither a version number, 'active', 'default' nor a file").arg(what));
    }
    return MappingDocument::fromJson(json);
}

QString sign(MappingChange::Kind k)
{
    return k == MappingChange::Kind::Added     ? QStringLiteral("+")
           : k == MappingChange::Kind::Removed ? QStringLiteral("-")
                                               : QStringLiteral("~");
}

QString valueText(const QJsonValue &v)
{
    if (v.isUndefined())
        return QStringLiteral("(not sent)");
    if (v.isString())
        return v.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

} // namespace

QList<Command> mappingReplayCommands()
{
    Command diff;
    diff.words = QStringLiteral("mapping diff");
    diff.synopsis = QStringLiteral("NAME V1 V2 [--json]");
    diff.summary =
        QStringLiteral("What changed from V1 to V2 (a version number, 'active', 'default' or a file): "
                       "sections, rules, value maps, lookups, parameters.");
    diff.minArgs = diff.maxArgs = 3;
    diff.run = [](const Invocation &inv) -> int {
        int code = Success;
        auto store = inv.openStore(&code);
        if (!store)
            return code;
        const QString name = inv.args.first();
        auto a = side(store, name, inv.args.at(1));
        if (!a)
            return failure(a.error().message);
        auto b = side(store, name, inv.args.at(2));
        if (!b)
            return failure(b.error().message);
        const MappingDiff d = diffMappings(a.value(), b.value());
        if (inv.json) {
            QJsonObject o = d.toJson();
            o.insert(QStringLiteral("name"), name);
            o.insert(QStringLiteral("from"), inv.args.at(1));
            o.insert(QStringLiteral("to"), inv.args.at(2));
            printJson(o);
            return Success;
        }
        for (const MappingChange &c : d.changes)
            out(sign(c.kind) + QLatin1Char(' ') + c.text());
        using W = MappingChange::What;
        using K = MappingChange::Kind;
        out(QStringLiteral("%1 change(s); rules: %2 added, %3 removed, %4 changed")
                .arg(d.changes.size())
                .arg(d.count(W::Rule, K::Added))
                .arg(d.count(W::Rule, K::Removed))
                .arg(d.count(W::Rule, K::Changed)));
        return Success;
    };

    Command replay;
    replay.words = QStringLiteral("mapping replay");
    replay.synopsis = QStringLiteral("NAME --draft FILE [--filter FIELD=EXPR]... [--limit N] [--json]");
    replay.summary =
        QStringLiteral("Run past events through a draft and the active version; print what would "
                       "change per event. Exit 1 when an event would newly fail.");
    replay.options = {kDraft, kFilter, kReplayLimit};
    replay.minArgs = replay.maxArgs = 1;
    replay.run = [](const Invocation &inv) -> int {
        const QString cmd = QStringLiteral("mapping replay");
        if (!inv.parser->isSet(kDraft))
            return usageError(cmd, QStringLiteral("give the draft document with --draft FILE"));
        int limit = 200;
        if (inv.parser->isSet(kReplayLimit)) {
            bool okay = false;
            limit = inv.parser->value(kReplayLimit).toInt(&okay);
            if (!okay || limit <= 0)
                return usageError(cmd, QStringLiteral("--limit must be a positive whole number (got '%1')")
                                           .arg(inv.parser->value(kReplayLimit)));
        }
        auto query = flows::eventQueryFromFilters(inv.parser->values(kFilter));
        if (!query)
            return usageError(cmd, query.error().message);
        auto draft = documentFromFile(inv.parser->value(kDraft));
        if (!draft)
            return failure(draft.error().message);
        const QString name = inv.args.first();
        if (draft->name != name)
            return failure(QStringLiteral("the draft is mapping '%1', not '%2'").arg(draft->name, name));
        int code = Success;
        auto store = inv.openStore(&code);
        if (!store)
            return code;
        auto report = flows::MappingReplay(store).run(draft.value(), query.value(), limit);
        if (!report)
            return failure(report.error().message);
        const int newlyFailing = report->count(flows::ReplayOutcome::NewlyFailing);
        if (inv.json) {
            printJson(report->toJson());
            return newlyFailing == 0 ? Success : Failure;
        }
        QList<QStringList> rows;
        for (const flows::ReplayEventResult &r : report->events)
            rows << QStringList{QString::number(r.eventId), r.kind, r.key, r.summary()};
        out(table({QStringLiteral("EVENT"), QStringLiteral("KIND"), QStringLiteral("KEY"),
                   QStringLiteral("OUTCOME")},
                  rows));
        // The table cuts long cells: the details follow in full.
        for (const flows::ReplayEventResult &r : report->events) {
            const bool failed = !r.activeError.isEmpty() || !r.draftError.isEmpty();
            if (r.fields.isEmpty() && r.records.isEmpty() && !failed)
                continue;
            out(QStringLiteral("event %1 (%2):").arg(r.eventId).arg(r.key));
            for (const flows::FieldChange &f : r.fields)
                out(QStringLiteral("  %1[%2].%3: %4 -> %5")
                        .arg(f.section)
                        .arg(f.record)
                        .arg(f.field, valueText(f.active), valueText(f.draft)));
            for (const flows::RecordChange &c : r.records)
                out(QStringLiteral("  %1[%2] %3")
                        .arg(c.section)
                        .arg(c.record)
                        .arg(c.added ? QStringLiteral("added") : QStringLiteral("removed")));
            if (failed) {
                out(QStringLiteral("  active: %1")
                        .arg(r.activeError.isEmpty() ? QStringLiteral("ok") : r.activeError));
                out(QStringLiteral("  draft: %1")
                        .arg(r.draftError.isEmpty() ? QStringLiteral("ok") : r.draftError));
            }
        }
        out(QStringLiteral(
                "%1 event(s) compared with %2: %3 changed, %4 newly failing, %5 fixed, %6 unchanged, "
                "%7 not applicable")
                .arg(report->events.size())
                .arg(report->comparedWith())
                .arg(report->count(flows::ReplayOutcome::Changed))
                .arg(newlyFailing)
                .arg(report->count(flows::ReplayOutcome::Fixed))
                .arg(report->count(flows::ReplayOutcome::Unchanged))
                .arg(report->count(flows::ReplayOutcome::NotApplicable)));
        return newlyFailing == 0 ? Success : Failure;
    };

    return {diff, replay};
}

} // namespace m3cart::cli
