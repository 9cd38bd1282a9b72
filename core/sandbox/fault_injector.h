#pragma once
// Per-route fault injection shared by both simulators: error rates, fixed statuses, 429, latency, dropped
// connections, malformed bodies, and webhook duplication/reordering. Rules come from a spec string
// (CLI --fault, README "Fault injection") or from JSON on the /__sandbox/faults admin route.

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QString>

namespace m3cart::sandbox {

struct FaultRule
{
    QString target = QStringLiteral("*"); // "cart", "m3" or "*"
    QString pattern =
        QStringLiteral("*"); // glob on the request path, or "webhook" / "bod" for outbound posts
    QString method;          // empty = any
    double rate = 1.0;       // probability that a matching request is hit
    int status = 0;          // answer with this HTTP status (429 adds Retry-After)
    int retryAfter = 1;
    int latencyMs = 0;
    bool drop = false;
    bool malformed = false;
    bool duplicate = false; // outbound: deliver twice
    bool reorder = false;   // outbound: hold back and deliver after the next one
    bool nok = false;       // M3: answer a business NOK (CPF9898) instead of running the transaction
    bool partial = false;   // M3: list transactions return half the records, then an ErrorMessage
    int remaining = -1;     // -1 = unlimited, else apply to the next N hits only

    QJsonObject toJson() const;
    static FaultRule fromJson(const QJsonObject &o, QString *error);
};

struct FaultDecision
{
    int latencyMs = 0;
    int status = 0;
    int retryAfter = 1;
    bool drop = false;
    bool malformed = false;
    bool duplicate = false;
    bool reorder = false;
    bool nok = false;
    bool partial = false;
    bool any() const
    {
        return latencyMs > 0 || status > 0 || drop || malformed || duplicate || reorder || nok || partial;
    }
};

class FaultInjector
{
public:
    explicit FaultInjector(quint32 seed = 1) : m_rng(seed) {}

    // Spec: RULE (';' RULE)*, RULE = [TARGET '@'] [METHOD ' '] PATTERN ':' ACTION (',' ACTION)*
    // ACTION = status=N | 429 | 500 | 503 | latency=MS | drop | malformed | duplicate | reorder | rate=P |
    //          count=N | retry-after=S | nok | partial
    static QList<FaultRule> parse(const QString &spec, QString *error);

    void add(const FaultRule &rule) { m_rules.append(rule); }
    void setRules(const QList<FaultRule> &rules) { m_rules = rules; }
    void clear() { m_rules.clear(); }
    const QList<FaultRule> &rules() const { return m_rules; }
    QJsonArray toJson() const;
    void setGlobalLatency(int ms) { m_globalLatencyMs = ms; }
    int globalLatency() const { return m_globalLatencyMs; }

    FaultDecision decide(const QString &target, const QByteArray &method, const QString &path);

private:
    QList<FaultRule> m_rules;
    QRandomGenerator m_rng;
    int m_globalLatencyMs = 0;
};

bool globMatch(const QString &pattern, const QString &text);

} // namespace m3cart::sandbox

namespace m3cart::sandbox {
struct HttpRequest;
struct HttpResponse;
// The /__sandbox/faults admin route shared by both simulators: GET lists, PUT replaces, POST adds,
// DELETE clears; bodies are rule objects, an array of them, or {"spec": "<fault spec>"}.
HttpResponse faultsAdmin(FaultInjector &faults, const HttpRequest &req);
} // namespace m3cart::sandbox
