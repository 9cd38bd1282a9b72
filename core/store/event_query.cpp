#include "event_query.h"

#include "store.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <tuple>

namespace m3cart {

namespace {

const char *const kStep =
    "(SELECT p.step FROM flow_progress p WHERE p.event_id = e.id ORDER BY p.done_at DESC "
    "LIMIT 1)";

// Events of the same key waiting behind this one (the partial index on held_by answers it).
const char *const kHolding = "(SELECT COUNT(*) FROM events h WHERE h.held_by = e.id AND h.status = 'held')";

struct FieldInfo
{
    EventField field;
    const char *name;
    const char *column;
    enum Kind { Text, Exact, Number, Time } kind;
};

const FieldInfo kFields[] = {
    {EventField::Id, "id", "e.id", FieldInfo::Number},
    {EventField::Time, "time", "e.received_at", FieldInfo::Time},
    {EventField::Source, "source", "e.source", FieldInfo::Exact},
    {EventField::Kind, "kind", "e.kind", FieldInfo::Exact},
    {EventField::Key, "key", "e.key", FieldInfo::Text},
    {EventField::Status, "status", "e.status", FieldInfo::Exact},
    {EventField::Attempts, "attempts", "e.attempts", FieldInfo::Number},
    {EventField::ErrorClass, "error_class", "e.last_error_class", FieldInfo::Exact},
    {EventField::Error, "error", "e.last_error", FieldInfo::Text},
    {EventField::Payload, "payload", "e.payload", FieldInfo::Text},
    {EventField::Step, "step", kStep, FieldInfo::Text},
    {EventField::Holding, "holding", kHolding, FieldInfo::Number},
};

const FieldInfo &info(EventField f)
{
    for (const FieldInfo &i : kFields)
        if (i.field == f)
            return i;
    return kFields[0];
}

QString likeEscaped(QString t)
{
    t.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return t;
}

// A time bound in ms: ISO date or date-time (local time), or relative to now ("-2h"). end: a plain date
// means the end of that day.
std::optional<qint64> parseTime(const QString &text, qint64 nowMs, bool end, bool *wholeDay = nullptr)
{
    static const QRegularExpression relative(QStringLiteral("^-(\\d+)\\s*([smhdw])$"));
    const QString t = text.trimmed();
    if (const auto m = relative.match(t); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 scale = unit == u's'   ? 1000
                             : unit == u'm' ? 60'000
                             : unit == u'h' ? 3'600'000
                             : unit == u'd' ? 86'400'000
                                            : 604'800'000;
        return nowMs - n * scale;
    }
    const QDate day = QDate::fromString(t, Qt::ISODate);
    if (day.isValid()) {
        if (wholeDay)
            *wholeDay = true;
        return QDateTime(end ? day.addDays(1) : day, QTime(0, 0)).toMSecsSinceEpoch();
    }
    QDateTime at = QDateTime::fromString(t, Qt::ISODate);
    if (!at.isValid())
        at = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!at.isValid())
        return std::nullopt;
    return at.toMSecsSinceEpoch();
}

Result<SqlCondition> timeCondition(const QString &column, const QString &text, qint64 nowMs)
{
    SqlCondition c;
    const auto bad = [&] {
        return Error::data(QStringLiteral("time: '%1' is not a date, time or -2h").arg(text));
    };
    if (const int dots = text.indexOf(QLatin1String("..")); dots >= 0) {
        QStringList parts;
        // "a..b": from the start of a to the end of b; either side may be left open.
        for (const auto &[bound, end, op] : {std::tuple(text.left(dots).trimmed(), false, ">="),
                                             std::tuple(text.mid(dots + 2).trimmed(), true, "<")}) {
            if (bound.isEmpty())
                continue;
            const auto at = parseTime(bound, nowMs, end);
            if (!at)
                return bad();
            parts << column + QLatin1Char(' ') + QLatin1String(op) + QStringLiteral(" ?");
            c.values << *at;
        }
        c.sql = parts.join(QStringLiteral(" AND "));
        return c;
    }
    static const QRegularExpression op(QStringLiteral("^(>=|<=|>|<|=)?\\s*(.*)$"));
    const auto m = op.match(text);
    const QString o = m.captured(1);
    const QString value = m.captured(2);
    bool wholeDay = false;
    const auto start = parseTime(value, nowMs, false, &wholeDay);
    if (!start)
        return bad();
    const qint64 end = wholeDay ? *parseTime(value, nowMs, true) : *start;
    if (o == QLatin1String(">") || o == QLatin1String(">=")) {
        c.sql =
            column + (o == QLatin1String(">") && wholeDay ? QStringLiteral(" >= ?")
                                                          : QStringLiteral(" ") + o + QStringLiteral(" ?"));
        c.values << (o == QLatin1String(">") ? end : *start);
    } else if (o == QLatin1String("<") || o == QLatin1String("<=")) {
        c.sql = column + QStringLiteral(" < ?");
        c.values << (o == QLatin1String("<") ? *start : end + (wholeDay ? 0 : 1));
    } else if (wholeDay || o == QLatin1String("=")) {
        c.sql = wholeDay ? column + QStringLiteral(" >= ? AND ") + column + QStringLiteral(" < ?")
                         : column + QStringLiteral(" = ?");
        c.values << *start;
        if (wholeDay)
            c.values << end;
    } else {
        c.sql = column + QStringLiteral(" >= ?"); // "-2h": since then
        c.values << *start;
    }
    return c;
}

// The connection for a query: the store's own, or for REGEXP one of this thread's with Qt's REGEXP function.
struct RegexConnections
{
    QHash<QString, QString> names; // store path -> connection name
    ~RegexConnections()
    {
        for (const QString &n : std::as_const(names))
            QSqlDatabase::removeDatabase(n);
    }
};
thread_local RegexConnections t_regex;

QSqlDatabase connectionFor(const Store &store, bool regex)
{
    if (!regex)
        return store.db();
    if (const auto it = t_regex.names.constFind(store.path()); it != t_regex.names.constEnd())
        return QSqlDatabase::database(*it);
    static QAtomicInt serial;
    const QString name = QStringLiteral("m3cart-query-%1").arg(serial.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(store.path());
    db.setConnectOptions(
        QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000;QSQLITE_ENABLE_REGEXP;QSQLITE_OPEN_READONLY"));
    db.open();
    t_regex.names.insert(store.path(), name);
    return db;
}

struct Where
{
    QStringList clauses;
    QVariantList values;
    bool regex = false;
    QString sql() const
    {
        return clauses.isEmpty() ? QString()
                                 : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    }
};

Result<Where> whereFor(const EventQuery &q, qint64 afterId)
{
    Where w;
    if (!q.statuses.isEmpty()) {
        w.clauses << QStringLiteral("e.status IN (%1)")
                         .arg(QStringList(q.statuses.size(), QStringLiteral("?")).join(u','));
        for (const QString &s : q.statuses)
            w.values << s;
    }
    const qint64 now = nowMs();
    for (auto it = q.filters.begin(); it != q.filters.end(); ++it) {
        auto c = parseEventFilter(it.key(), it.value(), now);
        if (!c)
            return c.error();
        if (c->sql.isEmpty())
            continue;
        w.clauses << QLatin1Char('(') + c->sql + QLatin1Char(')');
        w.values << c->values;
        w.regex = w.regex || c->regex;
    }
    if (afterId > 0) {
        w.clauses << QStringLiteral("e.id > ?");
        w.values << afterId;
    }
    return w;
}

QString orderBy(const EventQuery &q)
{
    const QString dir = q.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // Ids grow with arrival: sorting by time is sorting by id, which the primary key answers at once.
    if (q.sortField == EventField::Id || q.sortField == EventField::Time ||
        q.sortField == EventField::Payload)
        return QStringLiteral(" ORDER BY e.id") + dir;
    return QStringLiteral(" ORDER BY ") + QLatin1String(info(q.sortField).column) + dir +
           QStringLiteral(", e.id") + dir;
}

QSqlQuery prepared(const Store &store, const Where &w, const QString &sql, Status *status)
{
    QSqlQuery q(connectionFor(store, w.regex));
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *status = sqlError(q, QStringLiteral("preparing an event query"));
        return q;
    }
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    if (!q.exec())
        *status = sqlError(q, QStringLiteral("querying events"));
    return q;
}

} // namespace

QString eventFieldName(EventField field)
{
    return QLatin1String(info(field).name);
}

std::optional<EventField> eventFieldFromName(const QString &name)
{
    for (const FieldInfo &i : kFields)
        if (name == QLatin1String(i.name))
            return i.field;
    return std::nullopt;
}

Result<SqlCondition> parseEventFilter(EventField field, const QString &rawText, qint64 nowMs)
{
    const FieldInfo &f = info(field);
    const QString column = QLatin1String(f.column);
    const QString text = rawText.trimmed();
    SqlCondition c;
    if (text.isEmpty())
        return c;
    if (text.size() > 2 && text.startsWith(u'/') && text.endsWith(u'/')) {
        const QString pattern = text.mid(1, text.size() - 2);
        const QRegularExpression re(pattern);
        if (!re.isValid())
            return Error::data(QStringLiteral("%1: /%2/ is not a valid regular expression: %3")
                                   .arg(QLatin1String(f.name), pattern, re.errorString()));
        // An anchored literal start ("^order-42") narrows the rows with LIKE before the regex runs on them:
        // SQLite's LIKE is far cheaper than a call into QRegularExpression per row.
        static const QRegularExpression literalStart(QStringLiteral("^\\^([A-Za-z0-9 _:.,@#-]+)"));
        if (const auto m = literalStart.match(pattern); m.hasMatch() && !pattern.contains(u'|')) {
            QString certain = m.captured(1);
            const qsizetype end = m.capturedEnd(1);
            if (end < pattern.size() && QStringLiteral("?*{").contains(pattern.at(end)))
                certain.chop(1);                   // "^ab?": only "a" is certain
            certain = certain.section(u'.', 0, 0); // '.' is any character
            if (!certain.isEmpty()) {
                c.sql = column + QStringLiteral(" LIKE ? ESCAPE '\\' AND ");
                c.values << QString(likeEscaped(certain) + QLatin1Char('%'));
            }
        }
        c.sql += column + QStringLiteral(" REGEXP ?");
        c.values << pattern;
        c.regex = true;
        return c;
    }
    if (f.kind == FieldInfo::Time)
        return timeCondition(column, text, nowMs);
    static const QRegularExpression op(QStringLiteral("^(>=|<=|!=|<>|>|<|=)\\s*(.*)$"));
    if (const auto m = op.match(text); m.hasMatch()) {
        QString o = m.captured(1);
        if (o == QLatin1String("<>"))
            o = QStringLiteral("!=");
        const QString v = m.captured(2);
        c.sql = column + QLatin1Char(' ') + o + QStringLiteral(" ?");
        if (f.kind == FieldInfo::Number)
            c.values << v.toLongLong();
        else
            c.values << v;
        return c;
    }
    if (const int dots = text.indexOf(QLatin1String("..")); dots > 0 && f.kind == FieldInfo::Number) {
        c.sql = column + QStringLiteral(" BETWEEN ? AND ?");
        c.values << text.left(dots).trimmed().toLongLong() << text.mid(dots + 2).trimmed().toLongLong();
        return c;
    }
    if (f.kind == FieldInfo::Number) {
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        if (!ok)
            return Error::data(QStringLiteral("%1: '%2' is not a number").arg(QLatin1String(f.name), text));
        c.sql = column + QStringLiteral(" = ?");
        c.values << n;
        return c;
    }
    if (text.contains(u'%') || text.contains(u'_')) {
        c.sql = column + QStringLiteral(" LIKE ?");
        c.values << text;
        return c;
    }
    if (text.endsWith(u'*') && text.size() > 1) {
        // "cart.order.*", as the CLI spells a prefix. LIKE, not a range on the index: a range makes SQLite
        // sort every match by id for a page, where LIKE walks ids newest first and stops at a screenful.
        c.sql = column + QStringLiteral(" LIKE ? ESCAPE '\\'");
        c.values << QString(likeEscaped(text.chopped(1)) + QLatin1Char('%'));
        return c;
    }
    if (f.kind == FieldInfo::Exact) {
        const QStringList any = text.split(u',', Qt::SkipEmptyParts);
        c.sql =
            column + QStringLiteral(" IN (%1)").arg(QStringList(any.size(), QStringLiteral("?")).join(u','));
        for (const QString &a : any)
            c.values << a.trimmed();
        return c;
    }
    c.sql = column + QStringLiteral(" LIKE ? ESCAPE '\\'");
    c.values << QString(QLatin1Char('%') + likeEscaped(text) + QLatin1Char('%'));
    return c;
}

EventQueries::EventQueries(std::shared_ptr<const Store> store) : m_store(std::move(store)) {}

Result<qint64> EventQueries::count(const EventQuery &query, qint64 afterId) const
{
    auto w = whereFor(query, afterId);
    if (!w)
        return w.error();
    Status s = ok();
    QSqlQuery q =
        prepared(*m_store, w.value(), QStringLiteral("SELECT COUNT(*) FROM events e") + w->sql(), &s);
    if (!s)
        return s.error();
    if (!q.next())
        return sqlError(q, QStringLiteral("counting events"));
    return q.value(0).toLongLong();
}

Result<QList<EventRow>> EventQueries::page(const EventQuery &query, qint64 offset, int limit) const
{
    auto w = whereFor(query, 0);
    if (!w)
        return w.error();
    const QString sql =
        QStringLiteral("SELECT e.id, e.received_at, e.source, e.kind, e.key, e.status, e.attempts, "
                       "e.last_error_class, substr(e.last_error, 1, 300), e.held_by, %1, e.revision, %2 "
                       "FROM events e")
            .arg(QLatin1String(kStep), QLatin1String(kHolding)) +
        w->sql() + orderBy(query) + QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset);
    Status s = ok();
    QSqlQuery q = prepared(*m_store, w.value(), sql, &s);
    if (!s)
        return s.error();
    QList<EventRow> out;
    out.reserve(limit);
    while (q.next()) {
        EventRow r;
        r.id = q.value(0).toLongLong();
        r.receivedMs = q.value(1).toLongLong();
        r.source = q.value(2).toString();
        r.kind = q.value(3).toString();
        r.key = q.value(4).toString();
        r.status = q.value(5).toString();
        r.attempts = q.value(6).toInt();
        r.errorClass = q.value(7).toString();
        r.error = q.value(8).toString();
        r.heldBy = q.value(9).toLongLong();
        r.step = q.value(10).toString();
        r.revision = q.value(11).toInt();
        r.holding = q.value(12).toInt();
        out << r;
    }
    return out;
}

Result<QList<qint64>> EventQueries::ids(const EventQuery &query, int limit) const
{
    auto w = whereFor(query, 0);
    if (!w)
        return w.error();
    QString sql = QStringLiteral("SELECT e.id FROM events e") + w->sql() + orderBy(query);
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    Status s = ok();
    QSqlQuery q = prepared(*m_store, w.value(), sql, &s);
    if (!s)
        return s.error();
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

Result<qint64> EventQueries::maxId() const
{
    QSqlQuery q(m_store->db());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM events")) || !q.next())
        return sqlError(q, QStringLiteral("reading the newest event id"));
    return q.value(0).toLongLong();
}

} // namespace m3cart
