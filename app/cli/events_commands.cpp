// m3cart events list | show

#include "cli.h"

#include "domain/event.h"
#include "engine/dead_letters.h"
#include "store/event_json.h"
#include "store/event_repository.h"
#include "store/store.h"

#include <QJsonArray>

namespace m3cart::cli {

namespace {

const QCommandLineOption kStatus(QStringLiteral("status"), QStringLiteral("Only events in this status (pending, running, retry, held, done, dead, discarded; comma-separated for several)."), QStringLiteral("S"));
const QCommandLineOption kKind(QStringLiteral("kind"), QStringLiteral("Only events of this kind (a trailing * matches a prefix)."), QStringLiteral("K"));
const QCommandLineOption kKey(QStringLiteral("key"), QStringLiteral("Only events with this key."), QStringLiteral("K"));
const QCommandLineOption kLimit(QStringLiteral("limit"), QStringLiteral("At most N events, newest first (default 50)."), QStringLiteral("N"));

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("-");
}

} // namespace

// Shared by 'events list' and 'dlq list': fills a filter from --kind/--key/--limit; returns Success or Usage.
int filterFromOptions(const Invocation &inv, const QString &command, EventFilter *f)
{
    f->kind = inv.parser->value(kKind);
    f->key = inv.parser->value(kKey);
    f->limit = 50;
    if (inv.parser->isSet(kLimit)) {
        bool okay = false;
        const int n = inv.parser->value(kLimit).toInt(&okay);
        if (!okay || n <= 0)
            return usageError(command, QStringLiteral("--limit must be a positive whole number (got '%1')")
                                           .arg(inv.parser->value(kLimit)));
        f->limit = n;
    }
    return Success;
}

QList<QCommandLineOption> filterOptions() { return {kKind, kKey, kLimit}; }

int printEventList(const Invocation &inv, const QList<Event> &events, const QString &arrayName)
{
    if (inv.json) {
        QJsonArray arr;
        for (const Event &e : events)
            arr << json::toJson(e);
        printJson(QJsonObject{{arrayName, arr}, {QStringLiteral("count"), arr.size()}});
        return Success;
    }
    if (events.isEmpty()) {
        out(QStringLiteral("no events match"));
        return Success;
    }
    QList<QStringList> rows;
    for (const Event &e : events) {
        QString status = e.status;
        if (e.heldBy > 0)
            status += QStringLiteral(" (behind #%1)").arg(e.heldBy);
        rows << QStringList{QString::number(e.id), when(e.receivedAt), e.source, e.kind, e.key, status,
                            QString::number(e.attempts),
                            e.lastErrorClass.isEmpty() ? QString() : e.lastErrorClass + QStringLiteral(": ") + e.lastError};
    }
    out(table({QStringLiteral("ID"), QStringLiteral("RECEIVED"), QStringLiteral("SOURCE"), QStringLiteral("KIND"),
               QStringLiteral("KEY"), QStringLiteral("STATUS"), QStringLiteral("TRIES"), QStringLiteral("LAST ERROR")},
              rows));
    return Success;
}

int printEventDetail(const Invocation &inv, qint64 id)
{
    int code = Success;
    auto store = inv.openStore(&code);
    if (!store)
        return code;
    auto detail = DeadLetters(store).show(id);
    if (!detail)
        return failure(detail.error().message);
    if (inv.json) {
        printJson(DeadLetters::toJson(detail.value()));
        return Success;
    }
    const Event &e = detail->event;
    QStringList lines;
    lines << QStringLiteral("Event #%1  %2  key %3").arg(e.id).arg(e.kind, e.key)
          << QStringLiteral("  status:    %1%2").arg(e.status, e.heldBy > 0 ? QStringLiteral(" (behind #%1)").arg(e.heldBy) : QString())
          << QStringLiteral("  source:    %1").arg(e.source)
          << QStringLiteral("  received:  %1").arg(when(e.receivedAt))
          << QStringLiteral("  attempts:  %1").arg(e.attempts)
          << QStringLiteral("  trace id:  %1").arg(e.traceId);
    if (e.nextAttemptAt.isValid() && e.status == QLatin1String(EventStatus::Retry))
        lines << QStringLiteral("  next try:  %1").arg(when(e.nextAttemptAt));
    if (!e.lastErrorClass.isEmpty())
        lines << QStringLiteral("  error:     %1: %2").arg(e.lastErrorClass, e.lastError);
    if (!detail->holding.isEmpty()) {
        QStringList ids;
        for (qint64 h : detail->holding)
            ids << QStringLiteral("#%1").arg(h);
        lines << QStringLiteral("  holding:   %1").arg(ids.join(QStringLiteral(", ")));
    }
    lines << QString() << QStringLiteral("Attempts:");
    if (detail->attempts.isEmpty())
        lines << QStringLiteral("  none yet");
    for (const Attempt &a : detail->attempts)
        lines << QStringLiteral("  %1. %2  %3%4").arg(a.number).arg(when(a.startedAt), a.outcome.isEmpty() ? QStringLiteral("running") : a.outcome,
                                                    a.errorClass.isEmpty() ? QString() : QStringLiteral("  %1: %2").arg(a.errorClass, a.message));
    if (!detail->revisions.isEmpty()) {
        lines << QString() << QStringLiteral("Payload revisions:");
        for (const PayloadRevision &r : detail->revisions)
            lines << QStringLiteral("  r%1 by %2 at %3: %4").arg(r.revision).arg(r.author, when(r.createdAt), r.reason);
    }
    lines << QString() << QStringLiteral("Payload%1:").arg(e.revision > 0 ? QStringLiteral(" (revision %1)").arg(e.revision) : QString())
          << QString::fromUtf8(e.payload);
    out(lines.join(QLatin1Char('\n')));
    return Success;
}

QList<Command> eventsCommands()
{
    Command list;
    list.words = QStringLiteral("events list");
    list.synopsis = QStringLiteral("[--status S] [--kind K] [--key K] [--limit N] [--json]");
    list.summary = QStringLiteral("List events, newest first.");
    list.options = {kStatus, kKind, kKey, kLimit};
    list.run = [](const Invocation &inv) -> int {
        EventFilter f;
        if (const int c = filterFromOptions(inv, QStringLiteral("events list"), &f); c != Success)
            return c;
        if (inv.parser->isSet(kStatus)) {
            for (const QString &s : inv.parser->value(kStatus).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!isKnownEventStatus(s.trimmed()))
                    return usageError(QStringLiteral("events list"),
                                      QStringLiteral("unknown status '%1'; expected pending, running, retry, held, "
                                                     "done, dead or discarded").arg(s));
                f.statuses << s.trimmed();
            }
        }
        int code = Success;
        auto store = inv.openStore(&code);
        if (!store)
            return code;
        auto events = EventRepository(store).list(f);
        if (!events)
            return failure(events.error().message);
        return printEventList(inv, events.value(), QStringLiteral("events"));
    };

    Command show;
    show.words = QStringLiteral("events show");
    show.synopsis = QStringLiteral("ID [--json]");
    show.summary = QStringLiteral("Show one event: payload, every attempt, payload revisions.");
    show.minArgs = show.maxArgs = 1;
    show.run = [](const Invocation &inv) -> int {
        qint64 id = 0;
        if (!parseId(inv.args.first(), &id))
            return usageError(QStringLiteral("events show"),
                              QStringLiteral("event id must be a positive whole number (got '%1')").arg(inv.args.first()));
        return printEventDetail(inv, id);
    };
    return {list, show};
}

} // namespace m3cart::cli
