// m3cart dlq list | show | retry | discard | export

#include "cli.h"

#include "engine/dead_letters.h"
#include "store/audit_log.h"
#include "store/store.h"

#include <QFileInfo>
#include <QJsonArray>

namespace m3cart::cli {

namespace {

const QCommandLineOption kAll(QStringLiteral("all"), QStringLiteral("Retry every dead letter (narrow with --kind / --key)."));
const QCommandLineOption kReason(QStringLiteral("reason"), QStringLiteral("Why (kept in the audit log; required to discard)."), QStringLiteral("TEXT"));
const QCommandLineOption kRetryKind(QStringLiteral("kind"), QStringLiteral("With --all: only this kind (a trailing * matches a prefix)."), QStringLiteral("K"));
const QCommandLineOption kRetryKey(QStringLiteral("key"), QStringLiteral("With --all: only this key."), QStringLiteral("K"));
const QCommandLineOption kId(QStringLiteral("id"), QStringLiteral("Export only this dead letter (repeatable)."), QStringLiteral("ID"));

Result<QList<qint64>> parseIds(const QStringList &texts)
{
    QList<qint64> ids;
    for (const QString &t : texts) {
        qint64 id = 0;
        if (!parseId(t, &id))
            return Error::data(QStringLiteral("event id must be a positive whole number (got '%1')").arg(t));
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

QJsonArray toArray(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a << double(id);
    return a;
}

} // namespace

QList<Command> dlqCommands()
{
    Command list;
    list.words = QStringLiteral("dlq list");
    list.synopsis = QStringLiteral("[--kind K] [--key K] [--limit N] [--json]");
    list.summary = QStringLiteral("List dead-lettered events, newest first.");
    list.options = filterOptions();
    list.run = [](const Invocation &inv) -> int {
        EventFilter f;
        if (const int c = filterFromOptions(inv, QStringLiteral("dlq list"), &f); c != Success)
            return c;
        int code = Success;
        auto store = inv.openStore(&code);
        if (!store)
            return code;
        auto dead = DeadLetters(store).list(f);
        if (!dead)
            return failure(dead.error().message);
        return printEventList(inv, dead.value(), QStringLiteral("dead_letters"));
    };

    Command show;
    show.words = QStringLiteral("dlq show");
    show.synopsis = QStringLiteral("ID [--json]");
    show.summary = QStringLiteral("Show a dead letter: the error, every attempt, payload revisions, events it holds.");
    show.minArgs = show.maxArgs = 1;
    show.run = [](const Invocation &inv) -> int {
        qint64 id = 0;
        if (!parseId(inv.args.first(), &id))
            return usageError(QStringLiteral("dlq show"),
                              QStringLiteral("event id must be a positive whole number (got '%1')").arg(inv.args.first()));
        return printEventDetail(inv, id);
    };

    Command retry;
    retry.words = QStringLiteral("dlq retry");
    retry.synopsis = QStringLiteral("ID... | --all [--kind K] [--key K]  [--reason TEXT] [--json]");
    retry.summary = QStringLiteral("Send dead letters back to the engine with a fresh set of tries.");
    retry.options = {kAll, kRetryKind, kRetryKey, kReason};
    retry.maxArgs = -1;
    retry.run = [](const Invocation &inv) -> int {
        const QString cmd = QStringLiteral("dlq retry");
        const bool all = inv.parser->isSet(kAll);
        if (all && !inv.args.isEmpty())
            return usageError(cmd, QStringLiteral("give event ids or --all, not both"));
        if (!all && inv.args.isEmpty())
            return usageError(cmd, QStringLiteral("give the ids of the events to retry, or --all"));
        if (!all && (inv.parser->isSet(kRetryKind) || inv.parser->isSet(kRetryKey)))
            return usageError(cmd, QStringLiteral("--kind and --key narrow --all; with ids they are not used"));
        auto ids = parseIds(inv.args);
        if (!ids)
            return usageError(cmd, ids.error().message);
        int code = Success;
        auto store = inv.openStore(&code);
        if (!store)
            return code;
        DeadLetters dlq(store);
        const QString reason = inv.parser->value(kReason);
        QList<qint64> retried;
        if (all) {
            EventFilter f;
            f.kind = inv.parser->value(kRetryKind);
            f.key = inv.parser->value(kRetryKey);
            f.limit = 0;
            f.newestFirst = false;
            auto dead = dlq.list(f);
            if (!dead)
                return failure(dead.error().message);
            for (const Event &e : dead.value())
                retried << e.id;
        } else {
            retried = ids.value();
        }
        if (!retried.isEmpty()) {
            auto n = dlq.retry(retried, AuditLog::defaultActor(), reason);
            if (!n)
                return failure(n.error().message);
        }
        if (inv.json)
            printJson(QJsonObject{{QStringLiteral("retried"), toArray(retried)}, {QStringLiteral("count"), retried.size()}});
        else
            out(retried.isEmpty() ? QStringLiteral("no dead letters match")
                                  : QStringLiteral("%1 event(s) sent back to the engine").arg(retried.size()));
        return Success;
    };

    Command discard;
    discard.words = QStringLiteral("dlq discard");
    discard.synopsis = QStringLiteral("ID --reason TEXT [--json]");
    discard.summary = QStringLiteral("Give up on a dead letter; the reason goes to the audit log.");
    discard.options = {kReason};
    discard.minArgs = discard.maxArgs = 1;
    discard.run = [](const Invocation &inv) -> int {
        const QString cmd = QStringLiteral("dlq discard");
        qint64 id = 0;
        if (!parseId(inv.args.first(), &id))
            return usageError(cmd, QStringLiteral("event id must be a positive whole number (got '%1')").arg(inv.args.first()));
        const QString reason = inv.parser->value(kReason).trimmed();
        if (reason.isEmpty())
            return usageError(cmd, QStringLiteral("discarding needs --reason TEXT (it is kept in the audit log)"));
        int code = Success;
        auto store = inv.openStore(&code);
        if (!store)
            return code;
        if (const Status s = DeadLetters(store).discard(id, reason, AuditLog::defaultActor()); !s)
            return failure(s.error().message);
        if (inv.json)
            printJson(QJsonObject{{QStringLiteral("discarded"), double(id)}, {QStringLiteral("reason"), reason}});
        else
            out(QStringLiteral("event %1 discarded").arg(id));
        return Success;
    };

    Command exportCmd;
    exportCmd.words = QStringLiteral("dlq export");
    exportCmd.synopsis = QStringLiteral("FILE [--id ID]... [--json]");
    exportCmd.summary = QStringLiteral("Write dead letters (all, or the given ids) with attempts and revisions to a JSON file.");
    exportCmd.options = {kId};
    exportCmd.minArgs = exportCmd.maxArgs = 1;
    exportCmd.run = [](const Invocation &inv) -> int {
        const QString cmd = QStringLiteral("dlq export");
        auto ids = parseIds(inv.parser->values(kId));
        if (!ids)
            return usageError(cmd, ids.error().message);
        const QString path = inv.args.first();
        if (QFileInfo(path).isDir())
            return usageError(cmd, QStringLiteral("%1 is a directory; give a file name").arg(path));
        int code = Success;
        auto store = inv.openStore(&code);
        if (!store)
            return code;
        auto n = DeadLetters(store).exportTo(path, ids.value());
        if (!n)
            return failure(n.error().message);
        if (inv.json)
            printJson(QJsonObject{{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()}, {QStringLiteral("count"), n.value()}});
        else
            out(QStringLiteral("%1 dead letter(s) written to %2").arg(n.value()).arg(path));
        return Success;
    };

    return {list, show, retry, discard, exportCmd};
}

} // namespace m3cart::cli
