#pragma once
// Runs the m3cart CLI (path in M3CART_CLI, set by ctest) as a real process, for the CLI tests.

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace m3cart::test {

// Writes an input file for a command into dir and returns its path.
inline QString writeInputFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(name));
    f.write(content);
    return f.fileName();
}

struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// input, when given, is written to standard input (which is then closed).
inline CliRun runCli(const QStringList &args, const QByteArray &input = QByteArray(), int timeoutMs = 60000)
{
    QProcess p;
    p.start(qEnvironmentVariable("M3CART_CLI"), args);
    if (!p.waitForStarted())
        qFatal("cannot start m3cart (M3CART_CLI=%s)", qPrintable(qEnvironmentVariable("M3CART_CLI")));
    if (!input.isNull())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs))
        qFatal("m3cart %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
    return CliRun{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace m3cart::test
