#include "migrations.h"

#include <QString>

namespace m3cart::migrations {

namespace {

// v1: what the engine needs to accept and run events.
const char *const kV1[] = {
    R"(CREATE TABLE events (
        id {{ID}},
        received_at BIGINT NOT NULL,
        source TEXT NOT NULL,
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        payload TEXT NOT NULL,
        headers TEXT NOT NULL DEFAULT '{}',
        status TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at BIGINT NOT NULL DEFAULT 0,
        last_error_class TEXT,
        last_error TEXT,
        held_by BIGINT,
        trace_id TEXT NOT NULL,
        updated_at BIGINT NOT NULL))",
    "CREATE INDEX idx_events_due ON events(status, next_attempt_at, id)",
    "CREATE INDEX idx_events_key ON events(key, id)",
    // The dispatcher's ordering check reads only unfinished events of a key, however long its history.
    "CREATE INDEX idx_events_open_key ON events(key, id) WHERE status NOT IN ('done', 'discarded')",
    "CREATE INDEX idx_events_kind ON events(kind, id)",
    // Partial: new events have no held_by, so appends do not pay for this index.
    "CREATE INDEX idx_events_held_by ON events(held_by) WHERE held_by IS NOT NULL",
    R"(CREATE TABLE attempts (
        id {{ID}},
        event_id BIGINT NOT NULL REFERENCES events(id),
        number INTEGER NOT NULL,
        started_at BIGINT NOT NULL,
        finished_at BIGINT,
        outcome TEXT,
        error_class TEXT,
        message TEXT,
        request TEXT,
        response TEXT))",
    "CREATE INDEX idx_attempts_event ON attempts(event_id, number)",
    R"(CREATE TABLE payload_revisions (
        id {{ID}},
        event_id BIGINT NOT NULL REFERENCES events(id),
        revision INTEGER NOT NULL,
        author TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        reason TEXT NOT NULL,
        payload TEXT NOT NULL,
        UNIQUE (event_id, revision)))",
    R"(CREATE TABLE audit (
        id {{ID}},
        at BIGINT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        target TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        details TEXT NOT NULL DEFAULT '{}'))",
    "CREATE INDEX idx_audit_at ON audit(at)",
    R"(CREATE TABLE settings (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at BIGINT NOT NULL))",
};

// v2: what flows and syncs need: progress for resumable flows, cross references, runs, alerts,
// and the current payload revision on the event row (so reads need no join).
const char *const kV2[] = {
    "ALTER TABLE events ADD COLUMN revision INTEGER NOT NULL DEFAULT 0",
    R"(CREATE TABLE flow_progress (
        event_id BIGINT NOT NULL REFERENCES events(id),
        step TEXT NOT NULL,
        result TEXT NOT NULL DEFAULT '{}',
        done_at BIGINT NOT NULL,
        PRIMARY KEY (event_id, step)))",
    R"(CREATE TABLE xref (
        entity TEXT NOT NULL,
        cart_id TEXT NOT NULL,
        m3_id TEXT NOT NULL,
        updated_at BIGINT NOT NULL,
        PRIMARY KEY (entity, cart_id)))",
    "CREATE INDEX idx_xref_m3 ON xref(entity, m3_id)",
    R"(CREATE TABLE runs (
        id {{ID}},
        kind TEXT NOT NULL,
        started_at BIGINT NOT NULL,
        finished_at BIGINT,
        status TEXT NOT NULL,
        dry_run INTEGER NOT NULL DEFAULT 0,
        counts TEXT NOT NULL DEFAULT '{}',
        message TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE alerts (
        id {{ID}},
        at BIGINT NOT NULL,
        severity TEXT NOT NULL,
        source TEXT NOT NULL,
        message TEXT NOT NULL,
        acknowledged INTEGER NOT NULL DEFAULT 0))",
};

// v3: mapping documents (every save a new version, one active per name) and large lookup tables
// (SKU -> ITNO and the like) that do not belong inside a document.
const char *const kV3[] = {
    R"(CREATE TABLE mapping_versions (
        id {{ID}},
        name TEXT NOT NULL,
        version INTEGER NOT NULL,
        document TEXT NOT NULL,
        author TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 0,
        UNIQUE (name, version)))",
    R"(CREATE TABLE lookup_entries (
        table_name TEXT NOT NULL,
        lookup_key TEXT NOT NULL,
        value TEXT NOT NULL,
        updated_at BIGINT NOT NULL,
        PRIMARY KEY (table_name, lookup_key)))",
};

// v4: deliveries seen by the listener, so a webhook or BOD delivered twice is recognised and counted.
const char *const kV4[] = {
    R"(CREATE TABLE deliveries (
        dedup_key TEXT PRIMARY KEY,
        event_id BIGINT NOT NULL REFERENCES events(id),
        first_seen BIGINT NOT NULL,
        last_seen BIGINT NOT NULL,
        count INTEGER NOT NULL DEFAULT 1))",
};

// v5 (issue 7): the stock sync's memory and the invoices. stock_state: each 3dcart SKU (a simple product or a variant), where it lives in 3dcart, and
// the quantity last pushed, so that only changes are sent.
const char *const kV5[] = {
    R"(CREATE TABLE stock_state (
        sku TEXT PRIMARY KEY,
        catalog_id BIGINT NOT NULL,
        option_code TEXT NOT NULL DEFAULT '',
        cart_stock DOUBLE PRECISION,
        pushed DOUBLE PRECISION,
        pushed_at BIGINT))",
    // Invoices M3 made for 3dcart orders and how their payment was settled: posted (ARS040MI batch) or left
    // for review with both figures.
    R"(CREATE TABLE invoices (
        yea4 INTEGER NOT NULL,
        ivno BIGINT NOT NULL,
        orno TEXT NOT NULL,
        cart_order_id TEXT NOT NULL,
        invoice_date TEXT NOT NULL,
        amount DOUBLE PRECISION NOT NULL,
        currency TEXT NOT NULL DEFAULT '',
        captured DOUBLE PRECISION,
        method TEXT NOT NULL DEFAULT '',
        gateway_id TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL,
        pbid BIGINT,
        message TEXT NOT NULL DEFAULT '',
        updated_at BIGINT NOT NULL,
        PRIMARY KEY (yea4, ivno)))",
    // The stock delta finds the SKUs of the items that changed: the SKU map read backwards.
    "CREATE INDEX idx_lookup_value ON lookup_entries(table_name, value)",
    // The console's event filters by time and by error class (a million events would otherwise be scanned).
    "CREATE INDEX idx_events_received ON events(received_at)",
    "CREATE INDEX idx_events_error_class ON events(last_error_class, id) WHERE last_error_class IS NOT NULL",
};

template <size_t N>
QStringList toList(const char *const (&arr)[N])
{
    QStringList out;
    for (const char *s : arr)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

int latest() { return 5; }

QStringList statements(int version, const QString &driver)
{
    QStringList list;
    if (version == 1)
        list = toList(kV1);
    else if (version == 2)
        list = toList(kV2);
    else if (version == 3)
        list = toList(kV3);
    else if (version == 4)
        list = toList(kV4);
    else if (version == 5)
        list = toList(kV5);
    const QString id = driver == QLatin1String("QPSQL") ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                                                       : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    for (QString &s : list)
        s.replace(QLatin1String("{{ID}}"), id);
    return list;
}

} // namespace m3cart::migrations
