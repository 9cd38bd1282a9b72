#include "m3_simulator.h"

#include "json_text.h"
#include "outbound_poster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>

namespace m3cart::sandbox {

Q_LOGGING_CATEGORY(lcSandboxM3, "m3cart.sandbox.m3", QtWarningMsg)

namespace {

const QRegularExpression kFieldName(QStringLiteral("^[A-Z0-9@]{2,6}$"));

bool truthy(const QString &v)
{
    return v.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 || v == QLatin1String("1");
}

QString convertDate(const QString &ymd8, const QString &format)
{
    if (ymd8.size() != 8 || format.isEmpty() ||
        format.compare(QLatin1String("YMD8"), Qt::CaseInsensitive) == 0)
        return ymd8;
    const QString y4 = ymd8.left(4), y2 = ymd8.mid(2, 2), m = ymd8.mid(4, 2), d = ymd8.mid(6, 2);
    const QString f = format.toUpper();
    if (f == QLatin1String("YMD6"))
        return y2 + m + d;
    if (f == QLatin1String("MDY6"))
        return m + d + y2;
    if (f == QLatin1String("DMY6"))
        return d + m + y2;
    if (f == QLatin1String("MDY8"))
        return m + d + y4;
    if (f == QLatin1String("DMY8"))
        return d + m + y4;
    return ymd8;
}

} // namespace

MiOutcome MiOutcome::nok(const QString &code, const QString &field, const QString &message)
{
    MiOutcome o;
    o.ok = false;
    o.code = code;
    o.field = field;
    o.message = message;
    return o;
}

M3Simulator::M3Simulator(const M3Config &config, QObject *parent)
    : QObject(parent), m_config(config), m_server(new SimHttpServer(this)),
      m_poster(new OutboundPoster(this)), m_faults(config.seed + 1)
{
    m_faults.setGlobalLatency(m_config.latencyMs);
    m_server->setHandler([this](const HttpRequest &req) { return handle(req); });
    registerPrograms();
    bool restored = false;
    if (!m_config.stateDir.isEmpty()) {
        QFile f(QDir(m_config.stateDir).filePath(QStringLiteral("m3_state.json")));
        if (f.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            if (!o.isEmpty()) {
                m_state.fromJson(o);
                restored = true;
            }
        }
    }
    if (!restored)
        m_state.seed(SeedData::generate(m_config.seed, m_config.products), today(), nowMs());
    if (m_config.clockIntervalMs > 0) {
        m_clock = new QTimer(this);
        connect(m_clock, &QTimer::timeout, this, &M3Simulator::tick);
        m_clock->start(m_config.clockIntervalMs);
    }
}

M3Simulator::~M3Simulator() = default;

quint16 M3Simulator::listen(const QHostAddress &address, quint16 port)
{
    m_port = m_server->listen(address, port);
    return m_port;
}

QUrl M3Simulator::rootUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QUrl M3Simulator::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(m_config.tenant));
}

QUrl M3Simulator::tokenUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/%2/as/token.oauth2").arg(m_port).arg(m_config.tenant));
}

QUrl M3Simulator::adminUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/__sandbox/").arg(m_port));
}

quint64 M3Simulator::requestCount() const
{
    return m_server->requestCount();
}

QString M3Simulator::today() const
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd"));
}

qint64 M3Simulator::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

QJsonObject M3Simulator::ionapi() const
{
    const QString iu = rootUrl().toString();
    return QJsonObject{{QStringLiteral("ti"), m_config.tenant},
                       {QStringLiteral("cn"), m_config.clientName},
                       {QStringLiteral("dt"), QStringLiteral("12")},
                       {QStringLiteral("ci"), m_config.clientId},
                       {QStringLiteral("cs"), m_config.clientSecret},
                       {QStringLiteral("iu"), iu},
                       {QStringLiteral("pu"), QStringLiteral("%1/%2/as/").arg(iu, m_config.tenant)},
                       {QStringLiteral("oa"), QStringLiteral("authorization.oauth2")},
                       {QStringLiteral("ot"), QStringLiteral("token.oauth2")},
                       {QStringLiteral("or"), QStringLiteral("revoke_token.oauth2")},
                       {QStringLiteral("ev"), QStringLiteral("U1700000000")},
                       {QStringLiteral("v"), QStringLiteral("1.0")},
                       {QStringLiteral("saak"), m_config.serviceAccessKey},
                       {QStringLiteral("sask"), m_config.serviceSecretKey}};
}

QString M3Simulator::writeIonApiFile(const QString &path) const
{
    QFileInfo fi(path);
    QDir().mkpath(fi.absolutePath());
    QSaveFile f(fi.absoluteFilePath());
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QJsonDocument(ionapi()).toJson(QJsonDocument::Indented));
    return f.commit() ? fi.absoluteFilePath() : QString();
}

void M3Simulator::reset()
{
    m_state.seed(SeedData::generate(m_config.seed, m_config.products), today(), nowMs());
    m_faults.clear();
    m_tokens.clear();
    m_spike.clear();
    m_poster->clearLog();
    persist();
}

void M3Simulator::expireAllTokens()
{
    for (Token &t : m_tokens)
        if (!t.refresh)
            t.expiresMs = 0;
}

void M3Simulator::persist()
{
    if (m_config.stateDir.isEmpty())
        return;
    QDir().mkpath(m_config.stateDir);
    QSaveFile f(QDir(m_config.stateDir).filePath(QStringLiteral("m3_state.json")));
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(m_state.toJson()).toJson(QJsonDocument::Compact));
        f.commit();
    }
}

// ---------------------------------------------------------------------------------------------- HTTP

HttpResponse M3Simulator::handle(const HttpRequest &req)
{
    const QStringList segs = req.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!segs.isEmpty() && segs.first() == QLatin1String("__sandbox"))
        return admin(req, segs.mid(1));
    if (req.body.size() > m_config.maxBodyBytes)
        return HttpResponse::raw(413, "text/plain", "Request Entity Too Large");

    bool gateway = false;
    QStringList rest = segs;
    if (segs.size() >= 2 && segs[0] == m_config.tenant) {
        if (segs[1] == QLatin1String("as") && segs.size() == 3) {
            if (segs[2] == QLatin1String("token.oauth2"))
                return tokenEndpoint(req);
            if (segs[2] == QLatin1String("revoke_token.oauth2"))
                return revokeEndpoint(req);
        }
        if (segs[1] != QLatin1String("M3"))
            return HttpResponse::raw(404, "text/plain", "Not Found");
        gateway = true;
        rest = segs.mid(2);
    }
    if (rest.isEmpty() || rest[0] != QLatin1String("m3api-rest"))
        return HttpResponse::raw(404, "text/plain", "Not Found");

    const FaultDecision fault = m_faults.decide(QStringLiteral("m3"), req.method, req.path);
    HttpResponse resp;
    if (fault.status) {
        if (fault.status == 429)
            resp =
                HttpResponse::json(QJsonObject{{QStringLiteral("error"), QStringLiteral("too_many_requests")},
                                               {QStringLiteral("error_description"),
                                                QStringLiteral("Spike arrest violation")}},
                                   429)
                    .withHeader("Retry-After", QByteArray::number(fault.retryAfter));
        else
            resp = HttpResponse::raw(fault.status, "text/plain; charset=utf-8", reasonPhrase(fault.status));
    } else if (!authorize(req, gateway, &resp)) {
        // resp holds the 401 / 429
    } else if (rest.size() == 2 && rest[1] == QLatin1String("csrf") && req.method == "GET") {
        resp = HttpResponse::raw(200, "text/plain",
                                 QByteArray::number(QRandomGenerator::global()->generate64(), 16));
    } else if (rest.size() == 4 && rest[1] == QLatin1String("execute") &&
               (req.method == "GET" || req.method == "POST")) {
        resp = executeSingle(req, rest[2], rest[3], false, fault);
    } else if (rest.size() == 5 && rest[1] == QLatin1String("v2") && rest[2] == QLatin1String("execute") &&
               (req.method == "GET" || req.method == "POST")) {
        resp = executeSingle(req, rest[3], rest[4], true, fault);
    } else if (rest.size() == 3 && rest[1] == QLatin1String("v2") && rest[2] == QLatin1String("execute") &&
               req.method == "POST") {
        resp = executeBulk(req, fault);
    } else {
        resp = HttpResponse::raw(404, "text/plain", "Not Found");
    }
    resp.delayMs = fault.latencyMs;
    resp.dropConnection = fault.drop;
    if (fault.malformed)
        resp.body = resp.body.left(qMax<qsizetype>(1, resp.body.size() / 2)) + "\x00\xff";
    return resp;
}

// ---------------------------------------------------------------------------------------- MI engine

MiOutcome M3Simulator::validate(const MiTransaction &t, const MiRecord &input, const MiContext &ctx) const
{
    auto code = [](const QString &field, const char *suffix) {
        return QLatin1Char('W') + field.left(2) + QLatin1String(suffix);
    };
    for (auto it = input.begin(); it != input.end(); ++it) {
        const MiField *f = t.inField(it.key());
        if (!f)
            return MiOutcome::nok(QStringLiteral("WFI0001"), it.key(),
                                  QStringLiteral("Field %1 does not exist in the input of %2/%3")
                                      .arg(it.key(), t.program, t.name));
        const QString v = it.value();
        if (v.isEmpty())
            continue;
        if (f->length > 0 && f->type != QLatin1Char('N') && v.size() > f->length)
            return MiOutcome::nok(
                code(f->name, "0202"), f->name,
                QStringLiteral("%1 %2 is too long, max %3 characters").arg(f->description, v).arg(f->length));
        if (f->type == QLatin1Char('N')) {
            static const QRegularExpression num(QStringLiteral("^-?\\d*(\\.\\d+)?$"));
            QString digits = v;
            digits.remove(QLatin1Char('-')).remove(QLatin1Char('.'));
            if (!num.match(v).hasMatch() || digits.isEmpty() || (f->length > 0 && digits.size() > f->length))
                return MiOutcome::nok(code(f->name, "0202"), f->name,
                                      QStringLiteral("%1 %2 is invalid").arg(f->description, v));
        }
        if (f->type == QLatin1Char('D') && v != QLatin1String("0")) {
            if (v.size() != 8 || !QDate::fromString(v, QStringLiteral("yyyyMMdd")).isValid())
                return MiOutcome::nok(code(f->name, "0202"), f->name,
                                      QStringLiteral("%1 %2 is invalid").arg(f->description, v));
        }
    }
    for (const MiField &f : t.in)
        if (f.mandatory && input.value(f.name).trimmed().isEmpty())
            return MiOutcome::nok(code(f.name, "0102"), f.name,
                                  QStringLiteral("%1 must be entered").arg(f.description));
    const QString cono = input.value(QStringLiteral("CONO"), ctx.cono);
    if (!cono.isEmpty() && cono.toInt() != m_state.cono)
        return MiOutcome::nok(QStringLiteral("XAU0008"), QStringLiteral("CONO"),
                              QStringLiteral("Not authorized for company %1").arg(cono));
    return {};
}

MiOutcome M3Simulator::execute(const QString &program, const QString &transaction, const MiRecord &input,
                               const MiContext &ctx)
{
    const MiTransaction *t = MiCatalogue::instance().find(program, transaction);
    if (!t) {
        MiOutcome o = MiOutcome::nok(
            QStringLiteral("SBX0404"), QString(),
            MiCatalogue::instance().hasProgram(program)
                ? QStringLiteral("Transaction %1 does not exist in program %2").arg(transaction, program)
                : QStringLiteral("Program %1 does not exist").arg(program));
        o.httpStatus = 404;
        return o;
    }
    MiOutcome v = validate(*t, input, ctx);
    if (!v.ok)
        return v;
    const Handler h = m_handlers.value(program + QLatin1Char('/') + transaction);
    if (!h)
        return MiOutcome::nok(
            QStringLiteral("SBX0001"), QString(),
            QStringLiteral("%1/%2 is not simulated by the m3cart sandbox").arg(program, transaction));
    MiOutcome out = (this->*h)(input, ctx);
    if (out.ok && !transaction.startsWith(QLatin1String("Get")) &&
        !transaction.startsWith(QLatin1String("Lst")) && !transaction.startsWith(QLatin1String("Search")) &&
        !transaction.startsWith(QLatin1String("List")))
        persist();
    return out;
}

void M3Simulator::appendRecord(QByteArray &out, const MiTransaction &t, const MiRecord &r,
                               const MiContext &ctx, bool pad, const QStringList &columns,
                               bool nameValue) const
{
    static const QString zero = QStringLiteral("0");
    static const QString empty;
    const bool convertDates =
        !ctx.dateFormat.isEmpty() && ctx.dateFormat.compare(QLatin1String("YMD8"), Qt::CaseInsensitive) != 0;
    bool first = true;
    for (const MiField &f : t.out) {
        if (!columns.isEmpty() && !columns.contains(f.name))
            continue;
        const auto it = r.constFind(f.name);
        QString v = it != r.constEnd() ? *it : (f.type == QLatin1Char('A') ? empty : zero);
        if (convertDates && f.type == QLatin1Char('D'))
            v = convertDate(v, ctx.dateFormat);
        if (ctx.excludeEmpty && v.trimmed().isEmpty())
            continue;
        if (!first)
            out += ',';
        first = false;
        if (nameValue) {
            out += "{\"Name\":";
            jsontext::appendString(out, f.name);
            out += ",\"Value\":";
            jsontext::appendString(out, v, pad ? f.length : 0);
            out += '}';
        } else {
            jsontext::appendString(out, f.name);
            out += ':';
            jsontext::appendString(out, v, pad ? f.length : 0);
        }
    }
}

static QString padMessage(const QString &m)
{
    return m.leftJustified(qMax(132, int(m.size())), QLatin1Char(' '));
}

HttpResponse M3Simulator::executeSingle(const HttpRequest &req, const QString &program,
                                        const QString &trnAndMatrix, bool v2, const FaultDecision &fault)
{
    MiContext ctx;
    ctx.v2 = v2;
    const QStringList parts = trnAndMatrix.split(QLatin1Char(';'));
    const QString transaction = parts.first();
    MiRecord input;
    auto control = [&ctx](const QString &key, const QString &value) {
        const QString k = key.toLower();
        if (k == QLatin1String("metadata"))
            ctx.metadata = truthy(value);
        else if (k == QLatin1String("maxrecs"))
            ctx.maxrecs = value.toInt();
        else if (k == QLatin1String("returncols"))
            ctx.returncols = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (k == QLatin1String("excludempty") || k == QLatin1String("excludeempty"))
            ctx.excludeEmpty = truthy(value);
        else if (k == QLatin1String("righttrim"))
            ctx.rightTrim = truthy(value);
        else if (k == QLatin1String("dateformat"))
            ctx.dateFormat = value;
        else if (k == QLatin1String("cono"))
            ctx.cono = value;
        else if (k == QLatin1String("divi"))
            ctx.divi = value;
        else
            return false;
        return true;
    };
    for (int i = 1; i < parts.size(); ++i)
        control(parts[i].section(QLatin1Char('='), 0, 0), parts[i].section(QLatin1Char('='), 1));
    const auto items = req.query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (kFieldName.match(item.first).hasMatch())
            input.insert(item.first, item.second);
        else
            control(item.first, item.second); // _rid, format, extendedresult, m3user: accepted and ignored
    }

    MiOutcome out = fault.nok ? MiOutcome::nok(QStringLiteral("CPF9898"), QStringLiteral("RETT"),
                                               QStringLiteral("Designed to fail!"))
                              : execute(program, transaction, input, ctx);
    const MiTransaction *t = MiCatalogue::instance().find(program, transaction);
    if (out.ok && t && t->multiple && ctx.maxrecs > 0 && out.records.size() > ctx.maxrecs)
        out.records = out.records.mid(0, ctx.maxrecs);
    if (out.ok && fault.partial && t && t->multiple) {
        out.records = out.records.mid(0, out.records.size() / 2);
        out.partial = true;
        out.code = QStringLiteral("CPF9898");
        out.field = QStringLiteral("RCNT");
        out.message = QStringLiteral("Designed to fail! Record count was:'%1'").arg(out.records.size());
    }

    if (v2) {
        const bool failed = !out.ok || out.partial;
        QByteArray body = "{\"results\":[" + v2Result(t, transaction, out, ctx, ctx.returncols) + "],";
        if (out.httpStatus == 404) {
            body += "\"wasTerminated\":true,\"terminationReason\":" + jsontext::quoted(out.message) +
                    ",\"terminationErrorType\":\"ServerReturnedNOK\",";
        } else {
            body += "\"wasTerminated\":false,";
        }
        body += "\"nrOfSuccessfullTransactions\":" + QByteArray(failed ? "0" : "1") +
                ",\"nrOfFailedTransactions\":" + QByteArray(failed ? "1" : "0") + '}';
        return HttpResponse::raw(out.httpStatus != 200 ? out.httpStatus : (failed ? 400 : 200),
                                 "application/json; charset=utf-8", body);
    }

    // v1, keys in the order of the KB 2159861 samples.
    auto nokText = [](const MiOutcome &o, bool errorMessage) {
        QByteArray e = "{";
        if (!errorMessage)
            e += "\"Message\":" + jsontext::quoted(padMessage(o.message)) + ',';
        e += "\"@type\":\"ServerReturnedNOK\",\"@code\":" + jsontext::quoted(o.code) +
             ",\"@cfg\":null,\"@field\":" +
             jsontext::quoted(errorMessage ? o.field.leftJustified(10, QLatin1Char(' ')) : o.field);
        if (errorMessage)
            e += ",\"Message\":" + jsontext::quoted(padMessage(o.message));
        return e + '}';
    };
    if (!out.ok)
        return HttpResponse::raw(out.httpStatus, "application/json; charset=utf-8", nokText(out, false));
    QByteArray body =
        "{\"Program\":" + jsontext::quoted(program) + ",\"Transaction\":" + jsontext::quoted(transaction);
    if (ctx.metadata && t) {
        body += ",\"Metadata\":{\"Field\":[";
        bool first = true;
        for (const MiField &f : t->out) {
            if (!ctx.returncols.isEmpty() && !ctx.returncols.contains(f.name))
                continue;
            body += first ? "{" : ",{";
            first = false;
            body += "\"@name\":" + jsontext::quoted(f.name) +
                    ",\"@type\":" + jsontext::quoted(QString(f.type)) +
                    ",\"@length\":" + QByteArray::number(f.length) +
                    ",\"@description\":" + jsontext::quoted(f.description) + '}';
        }
        body += "]}";
    }
    if (!out.records.isEmpty() && t) {
        body += ",\"MIRecord\":[";
        int row = 0;
        for (const MiRecord &r : out.records) {
            body += row ? ",{\"NameValue\":[" : "{\"NameValue\":[";
            appendRecord(body, *t, r, ctx, true, ctx.returncols, true);
            body += "],\"RowIndex\":" + QByteArray::number(row++) + '}';
        }
        body += ']';
    }
    if (out.partial)
        body += ",\"ErrorMessage\":" + nokText(out, true);
    body += '}';
    return HttpResponse::raw(200, "application/json; charset=utf-8", body);
}

QByteArray M3Simulator::v2Result(const MiTransaction *t, const QString &transaction, const MiOutcome &out,
                                 const MiContext &ctx, const QStringList &selected) const
{
    QByteArray r = "{\"transaction\":" + jsontext::quoted(transaction) + ",\"records\":[";
    if (t) {
        bool firstRecord = true;
        for (const MiRecord &rec : out.records) {
            r += firstRecord ? "{" : ",{";
            firstRecord = false;
            appendRecord(r, *t, rec, ctx, !ctx.rightTrim, selected, false);
            r += '}';
        }
    }
    r += ']';
    if (!out.ok || out.partial) {
        r += ",\"errorMessage\":" + jsontext::quoted(out.message) +
             ",\"errorType\":\"ServerReturnedNOK\",\"errorCode\":" + jsontext::quoted(out.code) +
             ",\"errorField\":" + jsontext::quoted(out.field);
    }
    return r + '}';
}

} // namespace m3cart::sandbox
