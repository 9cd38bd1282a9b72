#include "cli.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <cstdio>

namespace m3cart::cli {

namespace {

const QCommandLineOption kStore(QStringLiteral("store"), QStringLiteral("Store file (default: $M3CART_STORE, else the app data folder)."), QStringLiteral("PATH"));
const QCommandLineOption kJson(QStringLiteral("json"), QStringLiteral("Print JSON (stable shapes, see README)."));
const QCommandLineOption kHelp(QStringList{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show help."));
const QCommandLineOption kVersion(QStringLiteral("version"), QStringLiteral("Print the version."));

QList<Command> allCommands()
{
    return eventsCommands() + dlqCommands() + connectorCommands() + settingsCommands() + mappingCommands() +
           mappingReplayCommands() +
           sandboxCommands() + serveCommands() + syncCommands();
}

QString usageLine(const Command &c)
{
    return QStringLiteral("m3cart %1 %2").arg(c.words, c.synopsis).trimmed();
}

void printOverview()
{
    QString text = QStringLiteral("m3cart %1: keeps a 3dcart (Shift4Shop) store and Infor M3 in sync.\n\n"
                                  "Usage: m3cart [--store PATH] COMMAND [OPTIONS]\n\nCommands:\n")
                       .arg(QStringLiteral(M3CART_VERSION));
    for (const Command &c : allCommands())
        text += QStringLiteral("  %1\n      %2\n").arg(usageLine(c), c.summary);
    text += QStringLiteral("  m3cart help [COMMAND]\n      Show help for a command.\n"
                           "  m3cart --version\n      Print the version.\n\n"
                           "Every command takes --store PATH; most take --json.\n"
                           "Exit codes: 0 done, 1 failed, 2 usage error.");
    out(text);
}

void printCommandHelp(const Command &c)
{
    QString text = QStringLiteral("Usage: %1\n\n%2\n\nOptions:\n").arg(usageLine(c), c.summary);
    QList<QCommandLineOption> opts = c.options;
    opts << kStore << kJson;
    for (const QCommandLineOption &o : opts) {
        QString names = QStringLiteral("--") + o.names().join(QStringLiteral(", --"));
        if (!o.valueName().isEmpty())
            names += QLatin1Char(' ') + o.valueName();
        text += QStringLiteral("  %1\n      %2\n").arg(names, o.description());
    }
    out(text.trimmed());
}

// Finds the command named by the leading positional words.
const Command *findCommand(const QList<Command> &commands, const QStringList &positional, int *words)
{
    const Command *best = nullptr;
    for (const Command &c : commands) {
        const QStringList w = c.words.split(QLatin1Char(' '));
        if (positional.size() >= w.size() && positional.mid(0, w.size()) == w) {
            if (!best || w.size() > *words) {
                best = &c;
                *words = int(w.size());
            }
        }
    }
    return best;
}

} // namespace

void out(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
}

void err(const QString &text)
{
    std::fprintf(stderr, "m3cart: %s\n", text.toUtf8().constData());
}

void printJson(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Indented).constData(), stdout);
}

int usageError(const QString &command, const QString &message)
{
    err(message);
    err(QStringLiteral("see 'm3cart help%1'").arg(command.isEmpty() ? QString() : QLatin1Char(' ') + command));
    return Usage;
}

int failure(const QString &message)
{
    err(message);
    return Failure;
}

bool parseId(const QString &text, qint64 *id)
{
    bool okay = false;
    const qint64 v = text.toLongLong(&okay);
    if (!okay || v <= 0)
        return false;
    *id = v;
    return true;
}

QString table(const QStringList &header, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &h : header)
        widths << int(h.size());
    for (const QStringList &r : rows)
        for (int i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], int(std::min<qsizetype>(r[i].size(), 60)));
    auto line = [&](const QStringList &cells) {
        QStringList parts;
        for (int i = 0; i < cells.size(); ++i) {
            QString c = cells[i];
            if (c.size() > 60)
                c = c.left(59) + QChar(0x2026);
            parts << (i + 1 == cells.size() ? c : c.leftJustified(widths[i]));
        }
        return parts.join(QStringLiteral("  "));
    };
    QStringList lines{line(header)};
    for (const QStringList &r : rows)
        lines << line(r);
    return lines.join(QLatin1Char('\n'));
}

std::shared_ptr<Store> Invocation::openStore(int *exitCode) const
{
    auto store = Store::open(Store::defaultPath(storePath));
    if (!store) {
        *exitCode = failure(store.error().message);
        return nullptr;
    }
    return store.value();
}

int run(const QStringList &arguments)
{
    const QList<Command> commands = allCommands();

    // Pass 1: every option any command knows, only to find the command words.
    QCommandLineParser scan;
    scan.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    QSet<QString> seen;
    QList<QCommandLineOption> union_{kStore, kJson, kHelp, kVersion};
    for (const Command &c : commands)
        for (const QCommandLineOption &o : c.options)
            if (!seen.contains(o.names().first())) {
                seen.insert(o.names().first());
                union_ << o;
            }
    scan.addOptions(union_);
    const bool scanned = scan.parse(arguments);
    const QStringList positional = scan.positionalArguments();

    if (positional.isEmpty()) {
        if (scanned && scan.isSet(kVersion)) {
            out(QStringLiteral("m3cart %1").arg(QStringLiteral(M3CART_VERSION)));
            return Success;
        }
        if (scanned && scan.isSet(kHelp)) {
            printOverview();
            return Success;
        }
        if (!scanned)
            return usageError({}, scan.errorText());
        printOverview();
        return Usage;
    }

    if (positional.first() == QLatin1String("help")) {
        const QStringList rest = positional.mid(1);
        if (rest.isEmpty()) {
            printOverview();
            return Success;
        }
        int words = 0;
        const Command *c = findCommand(commands, rest, &words);
        if (!c) {
            // "help dlq" lists the dlq commands.
            bool any = false;
            for (const Command &cmd : commands)
                if (cmd.words.startsWith(rest.join(QLatin1Char(' ')) + QLatin1Char(' '))) {
                    out(QStringLiteral("%1\n    %2").arg(usageLine(cmd), cmd.summary));
                    any = true;
                }
            if (!any)
                return usageError({}, QStringLiteral("no command '%1'").arg(rest.join(QLatin1Char(' '))));
            return Success;
        }
        printCommandHelp(*c);
        return Success;
    }

    int words = 0;
    const Command *command = findCommand(commands, positional, &words);
    if (!command) {
        QStringList groups;
        for (const Command &c : commands)
            if (c.words.startsWith(positional.first() + QLatin1Char(' ')))
                groups << c.words.section(QLatin1Char(' '), 1, 1);
        if (!groups.isEmpty())
            return usageError(positional.first(),
                              positional.size() < 2
                                  ? QStringLiteral("'%1' needs a subcommand: %2").arg(positional.first(), groups.join(QStringLiteral(", ")))
                                  : QStringLiteral("unknown subcommand '%1 %2'; expected one of: %3")
                                        .arg(positional.first(), positional.at(1), groups.join(QStringLiteral(", "))));
        return usageError({}, QStringLiteral("unknown command '%1'").arg(positional.first()));
    }

    // Pass 2: only this command's options, so a misplaced option is named.
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOptions(command->options);
    parser.addOption(kStore);
    parser.addOption(kJson);
    parser.addOption(kHelp);
    if (!parser.parse(arguments))
        return usageError(command->words, QStringLiteral("%1: %2").arg(command->words, parser.errorText()));
    if (parser.isSet(kHelp)) {
        printCommandHelp(*command);
        return Success;
    }
    // "--limit --store x" takes "--store" as the limit; name the real problem.
    QList<QCommandLineOption> valued = command->options;
    valued << kStore;
    for (const QCommandLineOption &o : std::as_const(valued)) {
        if (o.valueName().isEmpty() || !parser.isSet(o))
            continue;
        for (const QString &v : parser.values(o))
            if (v.startsWith(QLatin1String("--")))
                return usageError(command->words, QStringLiteral("--%1 needs a value (got the option '%2')")
                                                      .arg(o.names().constFirst(), v));
    }
    Invocation inv;
    inv.parser = &parser;
    inv.args = parser.positionalArguments().mid(words);
    inv.json = parser.isSet(kJson);
    inv.storePath = parser.value(kStore);
    if (parser.isSet(kStore) && inv.storePath.trimmed().isEmpty())
        return usageError(command->words, QStringLiteral("--store needs a path"));
    if (inv.args.size() < command->minArgs)
        return usageError(command->words, QStringLiteral("%1: missing argument; usage: %2").arg(command->words, usageLine(*command)));
    if (command->maxArgs >= 0 && inv.args.size() > command->maxArgs)
        return usageError(command->words, QStringLiteral("%1: unexpected argument '%2'")
                                               .arg(command->words, inv.args.at(command->maxArgs)));
    return command->run(inv);
}

} // namespace m3cart::cli
