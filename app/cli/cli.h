#pragma once
// The m3cart CLI: a table of commands, each with its own options, parsed strictly (usage errors exit 2).

#include "common/error.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace m3cart {
class Store;
struct Event;
struct EventFilter;
} // namespace m3cart

namespace m3cart::cli {

enum Exit { Success = 0, Failure = 1, Usage = 2 };

struct Invocation
{
    QCommandLineParser *parser = nullptr;
    QStringList args; // positional arguments after the command words
    bool json = false;
    QString storePath;

    std::shared_ptr<Store> openStore(int *exitCode) const; // prints the error itself
};

struct Command
{
    QString words;    // "events list"
    QString synopsis; // "[--status S] [--kind K] ..."
    QString summary;
    QList<QCommandLineOption> options;
    int minArgs = 0;
    int maxArgs = 0; // -1: any
    std::function<int(const Invocation &)> run;
};

QList<Command> eventsCommands();
QList<Command> dlqCommands();
QList<Command> sandboxCommands();
QList<Command> mappingCommands();
QList<Command> mappingReplayCommands(); // mapping diff, mapping replay
QList<Command> connectorCommands();
QList<Command> settingsCommands();
QList<Command> serveCommands();
QList<Command> syncCommands();

int run(const QStringList &arguments);

// Output helpers.
void out(const QString &text);                                  // stdout, with a newline
void err(const QString &text);                                  // stderr, "m3cart: " prefix
void printJson(const QJsonObject &object);                      // stdout, indented
int usageError(const QString &command, const QString &message); // prints, returns Usage
int failure(const QString &message);                            // prints, returns Failure
bool parseId(const QString &text, qint64 *id);
QString table(const QStringList &header, const QList<QStringList> &rows);

Result<QByteArray> readFile(const QString &path); // a data error naming the file

// Shared by 'events' and 'dlq' (events_commands.cpp).
QList<QCommandLineOption> filterOptions(); // --kind, --key, --limit
int filterFromOptions(const Invocation &inv, const QString &command, EventFilter *filter);
int printEventList(const Invocation &inv, const QList<Event> &events, const QString &arrayName);
int printEventDetail(const Invocation &inv, qint64 id);

} // namespace m3cart::cli
