// m3cart mapping list | validate | apply | suggest | export | import | versions | activate | lookup-import |
// install-defaults (diff and replay: mapping_replay_commands.cpp)

#include "cli.h"

#include "mapping/compiled_mapping.h"
#include "mapping/default_mappings.h"
#include "mapping/lookup_source.h"
#include "mapping/mapping_repository.h"
#include "mapping/mapping_suggester.h"
#include "store/audit_log.h"
#include "store/store.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

namespace m3cart::cli {

using namespace m3cart::mapping;

namespace {

const QCommandLineOption
    kInput(QStringLiteral("input"),
           QStringLiteral("Source payload (JSON object, or an array of them as webhooks send)."),
           QStringLiteral("FILE"));
const QCommandLineOption
    kParamOpt(QStringLiteral("param"),
              QStringLiteral("Override a mapping parameter (repeatable; the value is JSON or text)."),
              QStringLiteral("K=V"));
const QCommandLineOption
    kContext(QStringLiteral("context"),
             QStringLiteral("A flow context value such as ORNO (repeatable; else the document's samples)."),
             QStringLiteral("K=V"));
const QCommandLineOption kSource(QStringLiteral("source"), QStringLiteral("A sample source payload (JSON)."),
                                 QStringLiteral("FILE"));
const QCommandLineOption kTarget(QStringLiteral("target"),
                                 QStringLiteral("PROGRAM/TRANSACTION (M3) or cart:Object (3dcart)."),
                                 QStringLiteral("T"));
const QCommandLineOption
    kSourceKind(QStringLiteral("source-kind"),
                QStringLiteral("Source kind for field descriptions (cart.order, m3.item ...)."),
                QStringLiteral("KIND"));
const QCommandLineOption kNote(QStringLiteral("note"), QStringLiteral("Why this version (kept with it)."),
                               QStringLiteral("TEXT"));
const QCommandLineOption
    kActivate(QStringLiteral("activate"),
              QStringLiteral("Also make the new version the active one (it must validate)."));
const QCommandLineOption kReplace(QStringLiteral("replace"),
                                  QStringLiteral("Replace the whole table instead of adding/updating keys."));
const QCommandLineOption kAuthor(QStringLiteral("author"),
                                 QStringLiteral("Author of the version (default: the OS user)."),
                                 QStringLiteral("NAME"));

Result<QJsonValue> readJson(const QString &path)
{
    auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    QJsonParseError pe;
    const QJsonDocument d = QJsonDocument::fromJson(bytes.value(), &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error::data(QStringLiteral("%1 is not valid JSON: %2 at offset %3")
                               .arg(path, pe.errorString())
                               .arg(pe.offset));
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

// K=V pairs; V is JSON when it parses as JSON (numbers, arrays, true), else text.
bool parsePairs(const QStringList &pairs, QJsonObject *out, QString *error)
{
    for (const QString &p : pairs) {
        const qsizetype eq = p.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = QStringLiteral("expected K=V, got '%1'").arg(p);
            return false;
        }
        const QString v = p.mid(eq + 1);
        const QJsonDocument d = QJsonDocument::fromJson(QByteArray("[") + v.toUtf8() + "]");
        out->insert(p.left(eq), d.isArray() && d.array().size() == 1 ? d.array().first() : QJsonValue(v));
    }
    return true;
}

QJsonArray issuesJson(const QList<ValidationIssue> &issues)
{
    QJsonArray a;
    for (const ValidationIssue &i : issues)
        a << i.toJson();
    return a;
}

QString severity(const ValidationIssue &i)
{
    return i.severity == ValidationIssue::Severity::Error ? QStringLiteral("error")
                                                          : QStringLiteral("warning");
}

QString versionDate(const MappingVersion &v)
{
    return v.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QJsonObject versionJson(const MappingVersion &v)
{
    return QJsonObject{{QStringLiteral("name"), v.name},
                       {QStringLiteral("version"), v.version},
                       {QStringLiteral("active"), v.active},
                       {QStringLiteral("author"), v.author},
                       {QStringLiteral("created_at"), v.createdAt.toString(Qt::ISODate)},
                       {QStringLiteral("note"), v.note}};
}

void printOutputText(const MappingOutput &o)
{
    for (const MappedSection &s : o.sections) {
        out(QStringLiteral("%1  %2%3")
                .arg(s.id, s.target.label(),
                     s.skipped ? QStringLiteral("  (skipped: 'when' is false)")
                               : QStringLiteral("  (%1 record(s))").arg(s.records.size())));
        for (int i = 0; i < s.records.size(); ++i) {
            const QJsonObject &r = s.records.at(i);
            if (s.records.size() > 1)
                out(QStringLiteral("  [%1]").arg(i));
            for (auto it = r.begin(); it != r.end(); ++it) {
                const QString v =
                    it.value().isString()
                        ? it.value().toString()
                        : QString::fromUtf8(
                              QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact))
                              .mid(1)
                              .chopped(1);
                out(QStringLiteral("    %1 = %2").arg(it.key(), v));
            }
        }
    }
}

} // namespace

Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::data(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    return f.readAll();
}

QList<Command> mappingCommands()
{
    Command list;
    list.words = QStringLiteral("mapping list");
    list.synopsis = QStringLiteral("[--json]");
    list.summary =
        QStringLiteral("List mappings in the store (active or latest version) and the shipped defaults.");
    list.run = [](const Invocation &inv) -> int {
        int code = Success;
        auto store = inv.openStore(&code);
        if (!store)
            return code;
        auto rows = MappingRepository(store).list();
        if (!rows)
            return failure(rows.error().message);
        QSet<QString> stored;
        QJsonArray arr;
        QList<QStringList> table_;
        for (const MappingVersion &v : rows.value()) {
            stored.insert(v.name);
            QJsonObject o = versionJson(v);
            o.insert(QStringLiteral("origin"), QStringLiteral("store"));
            arr << o;
            table_ << QStringList{v.name,
                                  QString::number(v.version),
                                  v.active ? QStringLiteral("yes") : QStringLiteral("no"),
                                  v.author,
                                  versionDate(v),
                                  v.note};
        }
        for (const DefaultMapping &d : defaultMappings()) {
            if (stored.contains(d.name))
                continue;
            arr << QJsonObject{{QStringLiteral("name"), d.name},
                               {QStringLiteral("origin"), QStringLiteral("shipped")},
                               {QStringLiteral("file"), d.fileName}};
            table_ << QStringList{d.name,
                                  QStringLiteral("-"),
                                  QStringLiteral("shipped"),
                                  QString(),
                                  QString(),
                                  QStringLiteral("default (%1), not in the store").arg(d.fileName)};
        }
        if (inv.json)
            printJson(QJsonObject{{QStringLiteral("mappings"), arr}});
        else
            out(table({QStringLiteral("NAME"), QStringLiteral("VERSION"), QStringLiteral("ACTIVE"),
                       QStringLiteral("AUTHOR"), QStringLiteral("SAVED"), QStringLiteral("NOTE")},
                      table_));
        return Success;
    };

    Command validate;
    validate.words = QStringLiteral("mapping validate");
    validate.synopsis = QStringLiteral("FILE [--json]");
    validate.summary = QStringLiteral(
        "Check a mapping document: paths, functions, types, target fields vs the MI / 3dcart metadata.");
    validate.minArgs = validate.maxArgs = 1;
    validate.run = [](const Invocation &inv) -> int {
        auto bytes = readFile(inv.args.first());
        if (!bytes)
            return failure(bytes.error().message);
        auto doc = MappingDocument::fromJson(bytes.value());
        if (!doc) {
            if (inv.json)
                printJson(
                    QJsonObject{{QStringLiteral("valid"), false},
                                {QStringLiteral("issues"),
                                 QJsonArray{QJsonObject{{QStringLiteral("severity"), QStringLiteral("error")},
                                                        {QStringLiteral("message"), doc.error().message}}}}});
            return failure(doc.error().message);
        }
        const QList<ValidationIssue> issues = MappingCompiler::validate(doc.value());
        int errors = 0;
        for (const ValidationIssue &i : issues)
            errors += i.severity == ValidationIssue::Severity::Error ? 1 : 0;
        if (inv.json) {
            printJson(QJsonObject{{QStringLiteral("name"), doc->name},
                                  {QStringLiteral("valid"), errors == 0},
                                  {QStringLiteral("issues"), issuesJson(issues)}});
        } else {
            for (const ValidationIssue &i : issues)
                out(QStringLiteral("%1: %2").arg(severity(i), i.text()));
            out(errors == 0 ? QStringLiteral("%1: valid (%2 warning(s))").arg(doc->name).arg(issues.size())
                            : QStringLiteral("%1: %2 error(s)").arg(doc->name).arg(errors));
        }
        return errors == 0 ? Success : Failure;
    };

    Command apply;
    apply.words = QStringLiteral("mapping apply");
    apply.synopsis =
        QStringLiteral("NAME|FILE --input FILE.json [--param K=V]... [--context K=V]... [--json]");
    apply.summary = QStringLiteral(
        "Map a payload and print the result (MI records / 3dcart fields); problems go to stderr, exit 1.");
    apply.options = {kInput, kParamOpt, kContext};
    apply.minArgs = apply.maxArgs = 1;
    apply.run = [](const Invocation &inv) -> int {
        const QString cmd = QStringLiteral("mapping apply");
        if (!inv.parser->isSet(kInput))
            return usageError(cmd, QStringLiteral("give the payload to map with --input FILE.json"));
        EvalOptions opts;
        QString pairError;
        if (!parsePairs(inv.parser->values(kParamOpt), &opts.params, &pairError) ||
            !parsePairs(inv.parser->values(kContext), &opts.context, &pairError))
            return usageError(cmd, pairError);
        const QString what = inv.args.first();
        std::shared_ptr<Store> store;
        QByteArray json;
        if (QFileInfo(what).isFile()) {
            auto bytes = readFile(what);
            if (!bytes)
                return failure(bytes.error().message);
            json = bytes.value();
            if (!inv.storePath.isEmpty()) { // lookups read the store's tables when one is given
                int code = Success;
                store = inv.openStore(&code);
                if (!store)
                    return code;
            }
        } else {
            int code = Success;
            store = inv.openStore(&code);
            if (!store)
                return code;
            auto v = MappingRepository(store).active(what);
            if (v) {
                json = v->document;
            } else if (v.error().errorClass == ErrorClass::NotFound && !defaultMapping(what).json.isEmpty()) {
                json = defaultMapping(what).json; // not installed yet: the shipped default
            } else {
                return failure(
                    v.error().errorClass == ErrorClass::NotFound
                        ? QStringLiteral("no file and no mapping named '%1' (see 'm3cart mapping list')")
                              .arg(what)
                        : v.error().message);
            }
        }
        auto doc = MappingDocument::fromJson(json);
        if (!doc)
            return failure(doc.error().message);
        auto compiled = MappingCompiler::compile(doc.value());
        if (!compiled)
            return failure(compiled.error().message);
        auto input = readJson(inv.parser->value(kInput));
        if (!input)
            return failure(input.error().message);
        std::unique_ptr<StoreLookupSource> lookups;
        if (store) {
            lookups = std::make_unique<StoreLookupSource>(store);
            opts.lookups = lookups.get();
        }
        opts.useContextSamples = true;
        opts.collectViolations = true;
        const QJsonArray inputs = input->isArray() ? input->toArray() : QJsonArray{input.value()};
        QJsonArray results;
        int problems = 0;
        for (int i = 0; i < inputs.size(); ++i) {
            auto o = compiled.value()->evaluate(inputs.at(i), opts);
            const QString label = inputs.size() > 1 ? QStringLiteral("input %1: ").arg(i) : QString();
            if (!o) {
                ++problems;
                err(label + o.error().message);
                results << QJsonObject{{QStringLiteral("mapping"), doc->name},
                                       {QStringLiteral("error"), o.error().message}};
                continue;
            }
            for (const ValidationIssue &v : o->violations)
                err(label + v.text());
            problems += int(o->violations.size());
            results << o->toJson();
            if (!inv.json) {
                if (inputs.size() > 1)
                    out(QStringLiteral("== input %1").arg(i));
                printOutputText(o.value());
            }
        }
        if (inv.json)
            printJson(inputs.size() == 1 ? results.first().toObject()
                                         : QJsonObject{{QStringLiteral("results"), results}});
        return problems == 0 ? Success : Failure;
    };

    Command suggest;
    suggest.words = QStringLiteral("mapping suggest");
    suggest.synopsis = QStringLiteral(
        "--source FILE.json --target PROGRAM/TRANSACTION|cart:Object [--source-kind KIND] [--json]");
    suggest.summary = QStringLiteral("The mapping assistant: proposed rules with a confidence and a reason.");
    suggest.options = {kSource, kTarget, kSourceKind};
    suggest.run = [](const Invocation &inv) -> int {
        const QString cmd = QStringLiteral("mapping suggest");
        if (!inv.parser->isSet(kSource) || !inv.parser->isSet(kTarget))
            return usageError(
                cmd,
                QStringLiteral("give --source FILE.json and --target PROGRAM/TRANSACTION (or cart:Object)"));
        const QString t = inv.parser->value(kTarget);
        TargetRef target;
        if (t.startsWith(QLatin1String("cart:"))) {
            target.system = TargetRef::System::Cart;
            target.object = t.mid(5);
        } else if (t.count(QLatin1Char('/')) == 1 && !t.startsWith(QLatin1Char('/')) &&
                   !t.endsWith(QLatin1Char('/'))) {
            target.program = t.section(QLatin1Char('/'), 0, 0).toUpper();
            target.transaction = t.section(QLatin1Char('/'), 1);
        } else {
            return usageError(cmd, QStringLiteral("--target must be PROGRAM/TRANSACTION (e.g. "
                                                  "OIS100MI/AddBatchLine) or cart:Object, got '%1'")
                                       .arg(t));
        }
        auto sample = readJson(inv.parser->value(kSource));
        if (!sample)
            return failure(sample.error().message);
        auto set = MappingSuggester().suggest(sample.value(), target, inv.parser->value(kSourceKind));
        if (!set)
            return failure(set.error().message);
        if (inv.json) {
            printJson(set->toJson());
            return Success;
        }
        if (!set->foreach.isEmpty())
            out(QStringLiteral("repeat per element of %1 (@ = one element)").arg(set->foreach));
        QList<QStringList> rows;
        for (const Suggestion &s : set->suggestions)
            rows << QStringList{s.targetField + (s.mandatory ? QStringLiteral("*") : QString()),
                                QString::number(s.confidence, 'f', 2), s.expr, s.reason};
        out(table(
            {QStringLiteral("FIELD"), QStringLiteral("CONF"), QStringLiteral("RULE"), QStringLiteral("WHY")},
            rows));
        if (!set->unmatchedMandatory.isEmpty())
            out(QStringLiteral("mandatory fields without a proposal: %1")
                    .arg(set->unmatchedMandatory.join(QStringLiteral(", "))));
        return Success;
    };

    Command exportCmd;
    exportCmd.words = QStringLiteral("mapping export");
    exportCmd.synopsis = QStringLiteral("NAME [FILE] [--json]");
    exportCmd.summary =
        QStringLiteral("Write the active (else latest) version of a mapping to FILE, or print it.");
    exportCmd.minArgs = 1;
    exportCmd.maxArgs = 2;
    exportCmd.run = [](const Invocation &inv) -> int {
        int code = Success;
        auto store = inv.openStore(&code);
        if (!store)
            return code;
        const QString name = inv.args.first();
        MappingRepository repo(store);
        if (inv.args.size() == 2) {
            if (QFileInfo(inv.args.at(1)).isDir())
                return usageError(QStringLiteral("mapping export"),
                                  QStringLiteral("%1 is a directory; give a file name").arg(inv.args.at(1)));
            if (const Status s = repo.exportTo(name, inv.args.at(1)); !s)
                return failure(s.error().message);
            if (inv.json)
                printJson(
                    QJsonObject{{QStringLiteral("name"), name},
                                {QStringLiteral("file"), QFileInfo(inv.args.at(1)).absoluteFilePath()}});
            else
                out(QStringLiteral("mapping %1 written to %2").arg(name, inv.args.at(1)));
            return Success;
        }
        auto v = repo.active(name);
        if (!v && v.error().errorClass == ErrorClass::NotFound)
            v = repo.get(name, 0);
        if (!v)
            return failure(v.error().message);
        std::fputs(v->document.constData(), stdout);
        return Success;
    };

    Command importCmd;
    importCmd.words = QStringLiteral("mapping import");
    importCmd.synopsis = QStringLiteral("FILE [--note TEXT] [--author NAME] [--activate] [--json]");
    importCmd.summary =
        QStringLiteral("Save a mapping document as a new version (activate it with --activate).");
    importCmd.options = {kNote, kAuthor, kActivate};
    importCmd.minArgs = importCmd.maxArgs = 1;
    importCmd.run = [](const Invocation &inv) -> int {
        int code = Success;
        auto store = inv.openStore(&code);
        if (!store)
            return code;
        const QString author =
            inv.parser->isSet(kAuthor) ? inv.parser->value(kAuthor) : AuditLog::defaultActor();
        auto v = MappingRepository(store).importFrom(inv.args.first(), author, inv.parser->value(kNote),
                                                     inv.parser->isSet(kActivate));
        if (!v)
            return failure(v.error().message);
        if (inv.json)
            printJson(versionJson(v.value()));
        else
            out(QStringLiteral("mapping %1 saved as version %2%3")
                    .arg(v->name)
                    .arg(v->version)
                    .arg(v->active ? QStringLiteral(" (active)") : QString()));
        return Success;
    };

    Command versions;
    versions.words = QStringLiteral("mapping versions");
    versions.synopsis = QStringLiteral("NAME [--json]");
    versions.summary = QStringLiteral("List the saved versions of a mapping, newest first.");
    versions.minArgs = versions.maxArgs = 1;
    versions.run = [](const Invocation &inv) -> int {
        int code = Success;
        auto store = inv.openStore(&code);
        if (!store)
            return code;
        auto vs = MappingRepository(store).versions(inv.args.first());
        if (!vs)
            return failure(vs.error().message);
        if (vs->isEmpty())
            return failure(QStringLiteral("no mapping named '%1' in the store").arg(inv.args.first()));
        QJsonArray arr;
        QList<QStringList> rows;
        for (const MappingVersion &v : vs.value()) {
            arr << versionJson(v);
            rows << QStringList{QString::number(v.version), v.active ? QStringLiteral("yes") : QString(),
                                v.author, versionDate(v), v.note};
        }
        if (inv.json)
            printJson(
                QJsonObject{{QStringLiteral("name"), inv.args.first()}, {QStringLiteral("versions"), arr}});
        else
            out(table({QStringLiteral("VERSION"), QStringLiteral("ACTIVE"), QStringLiteral("AUTHOR"),
                       QStringLiteral("SAVED"), QStringLiteral("NOTE")},
                      rows));
        return Success;
    };

    Command activate;
    activate.words = QStringLiteral("mapping activate");
    activate.synopsis = QStringLiteral("NAME VERSION [--json]");
    activate.summary =
        QStringLiteral("Make a saved version the active one (refused when it does not validate).");
    activate.options = {kAuthor};
    activate.minArgs = activate.maxArgs = 2;
    activate.run = [](const Invocation &inv) -> int {
        qint64 version = 0;
        if (!parseId(inv.args.at(1), &version))
            return usageError(
                QStringLiteral("mapping activate"),
                QStringLiteral("version must be a positive whole number (got '%1')").arg(inv.args.at(1)));
        int code = Success;
        auto store = inv.openStore(&code);
        if (!store)
            return code;
        const QString author =
            inv.parser->isSet(kAuthor) ? inv.parser->value(kAuthor) : AuditLog::defaultActor();
        if (const Status s = MappingRepository(store).activate(inv.args.first(), int(version), author); !s)
            return failure(s.error().message);
        if (inv.json)
            printJson(QJsonObject{{QStringLiteral("name"), inv.args.first()},
                                  {QStringLiteral("active"), int(version)}});
        else
            out(QStringLiteral("mapping %1 version %2 is active").arg(inv.args.first()).arg(version));
        return Success;
    };

    Command lookupImport;
    lookupImport.words = QStringLiteral("mapping lookup-import");
    lookupImport.synopsis = QStringLiteral("TABLE FILE [--replace] [--json]");
    lookupImport.summary =
        QStringLiteral("Load a lookup table (SKU -> ITNO ...) into the store from 'key,value' lines (CSV "
                       "with ',' or ';', or "
                       "TSV; quoted fields; an optional header). A file with a bad line stores nothing.");
    lookupImport.options = {kReplace};
    lookupImport.minArgs = lookupImport.maxArgs = 2;
    lookupImport.run = [](const Invocation &inv) -> int {
        int code = Success;
        auto store = inv.openStore(&code);
        if (!store)
            return code;
        auto n = LookupRepository(store).importDelimited(inv.args.at(0), inv.args.at(1),
                                                         inv.parser->isSet(kReplace));
        if (!n)
            return failure(n.error().message);
        if (inv.json)
            printJson(QJsonObject{{QStringLiteral("table"), inv.args.at(0)},
                                  {QStringLiteral("entries"), n.value()}});
        else
            out(QStringLiteral("%1 entr%2 stored in lookup table %3")
                    .arg(n.value())
                    .arg(n.value() == 1 ? QStringLiteral("y") : QStringLiteral("ies"), inv.args.at(0)));
        return Success;
    };

    Command install;
    install.words = QStringLiteral("mapping install-defaults");
    install.synopsis = QStringLiteral("[--json]");
    install.summary =
        QStringLiteral("Save and activate every shipped default mapping that is not in the store yet.");
    install.run = [](const Invocation &inv) -> int {
        int code = Success;
        auto store = inv.openStore(&code);
        if (!store)
            return code;
        auto n = MappingRepository(store).installDefaults(AuditLog::defaultActor());
        if (!n)
            return failure(n.error().message);
        if (inv.json)
            printJson(QJsonObject{{QStringLiteral("installed"), n.value()}});
        else
            out(QStringLiteral("%1 default mapping(s) installed").arg(n.value()));
        return Success;
    };

    return {list, validate, apply, suggest, exportCmd, importCmd, versions, activate, lookupImport, install};
}

} // namespace m3cart::cli
