// The console's event queries: the filter syntax per field (=, !=, >, <, %, /regex/, ranges, times), sorting
// and paging by offset, counts of rows newer than an id.

#include "seed_events.h"
#include "store/event_query.h"
#include "temp_store.h"

#include <QTest>

using namespace m3cart;

class TstEventQuery : public QObject
{
    Q_OBJECT

    qint64 count(const std::shared_ptr<Store> &store, EventField field, const QString &text)
    {
        EventQuery q;
        q.filters.insert(field, text);
        auto n = EventQueries(store).count(q);
        if (!n)
            qWarning() << n.error().message;
        return n ? n.value() : -1;
    }

private slots:
    void parsesTheOperatorSyntax()
    {
        const qint64 now = 1'800'000'000'000;
        auto eq = parseEventFilter(EventField::Status, QStringLiteral("dead"), now);
        QVERIFY(eq);
        QCOMPARE(eq->sql, QStringLiteral("e.status IN (?)"));
        auto any = parseEventFilter(EventField::Status, QStringLiteral("dead, retry"), now);
        QCOMPARE(any->values.size(), 2);
        QCOMPARE(parseEventFilter(EventField::Key, QStringLiteral("order"), now)->sql,
                 QStringLiteral("e.key LIKE ? ESCAPE '\\'"));
        QCOMPARE(parseEventFilter(EventField::Key, QStringLiteral("order"), now)->values.first().toString(),
                 QStringLiteral("%order%"));
        QCOMPARE(parseEventFilter(EventField::Kind, QStringLiteral("cart.order.new"), now)->sql,
                 QStringLiteral("e.kind IN (?)"));
        auto prefix = parseEventFilter(EventField::Kind, QStringLiteral("cart.order.*"), now);
        QCOMPARE(prefix->sql, QStringLiteral("e.kind LIKE ? ESCAPE '\\'"));
        QCOMPARE(prefix->values.first().toString(), QStringLiteral("cart.order.%"));
        QCOMPARE(parseEventFilter(EventField::Attempts, QStringLiteral(">2"), now)->sql,
                 QStringLiteral("e.attempts > ?"));
        QCOMPARE(parseEventFilter(EventField::Attempts, QStringLiteral("1..3"), now)->sql,
                 QStringLiteral("e.attempts BETWEEN ? AND ?"));
        QCOMPARE(parseEventFilter(EventField::Key, QStringLiteral("!=order-1"), now)->sql,
                 QStringLiteral("e.key != ?"));
        QCOMPARE(parseEventFilter(EventField::Key, QStringLiteral("order-1%"), now)->sql,
                 QStringLiteral("e.key LIKE ?"));
        auto re = parseEventFilter(EventField::Key, QStringLiteral("/order-[12]$/"), now);
        QVERIFY(re && re->regex);
        QCOMPARE(re->sql, QStringLiteral("e.key REGEXP ?"));
        // An anchored literal start narrows with LIKE first; only what is certain of it.
        auto anchored = parseEventFilter(EventField::Key, QStringLiteral("/^order-4[0-9]$/"), now);
        QCOMPARE(anchored->sql, QStringLiteral("e.key LIKE ? ESCAPE '\\' AND e.key REGEXP ?"));
        QCOMPARE(anchored->values.first().toString(), QStringLiteral("order-4%"));
        QCOMPARE(
            parseEventFilter(EventField::Key, QStringLiteral("/^orders?-1/"), now)->values.first().toString(),
            QStringLiteral("order%"));
        QCOMPARE(
            parseEventFilter(EventField::Key, QStringLiteral("/^ord.r/"), now)->values.first().toString(),
            QStringLiteral("ord%"));
        QCOMPARE(parseEventFilter(EventField::Key, QStringLiteral("/^a|b/"), now)->values.size(), 1);
        QVERIFY(parseEventFilter(EventField::Time, QStringLiteral("-2h"), now));
        QCOMPARE(parseEventFilter(EventField::Time, QStringLiteral("-2h"), now)->values.first().toLongLong(),
                 now - 2 * 3'600'000);
        QCOMPARE(parseEventFilter(EventField::Time, QStringLiteral("2026-11-29"), now)->values.size(), 2);
        QCOMPARE(
            parseEventFilter(EventField::Time, QStringLiteral("2026-11-01..2026-11-29"), now)->values.size(),
            2);
        QVERIFY(parseEventFilter(EventField::Key, QString(), now)->sql.isEmpty());

        // Mistakes are errors that name the field, never a query that silently matches nothing.
        auto badRe = parseEventFilter(EventField::Key, QStringLiteral("/(unclosed/"), now);
        QVERIFY(!badRe);
        QVERIFY(badRe.error().message.startsWith(QLatin1String("key:")));
        QVERIFY(!parseEventFilter(EventField::Time, QStringLiteral(">yesterday"), now));
        QVERIFY(!parseEventFilter(EventField::Attempts, QStringLiteral("many"), now));
        QCOMPARE(eventFieldFromName(QStringLiteral("error_class")), std::optional(EventField::ErrorClass));
        QVERIFY(!eventFieldFromName(QStringLiteral("nonsense")));
    }

    void filtersAgainstTheStore()
    {
        test::TempStore t;
        const QList<qint64> ids = test::seedOrders(t.store, 30);
        test::makeDead(t.store, {ids[2], ids[5]});
        test::makeDead(t.store, {ids[7]}, QStringLiteral("transient"),
                       QStringLiteral("timed out after 30 s"));
        QCOMPARE(count(t.store, EventField::Status, QStringLiteral("dead")), 3);
        QCOMPARE(count(t.store, EventField::Status, QStringLiteral("dead,pending")), 30);
        QCOMPARE(count(t.store, EventField::Status, QStringLiteral("!=dead")), 27);
        QCOMPARE(count(t.store, EventField::ErrorClass, QStringLiteral("transient")), 1);
        QCOMPARE(count(t.store, EventField::Error, QStringLiteral("/time.?d out/")), 1);
        QCOMPARE(count(t.store, EventField::Key, QStringLiteral("=order-12")), 1);
        QCOMPARE(count(t.store, EventField::Key, QStringLiteral("order-1%")), 11); // 1, 10..19
        QCOMPARE(count(t.store, EventField::Key, QStringLiteral("/^order-2[0-9]$/")), 10);
        QCOMPARE(count(t.store, EventField::Key, QStringLiteral("/^ORDER-2[0-9]$/")),
                 0); // LIKE narrows, the regex decides
        QCOMPARE(count(t.store, EventField::Key, QStringLiteral("/^order-?3$/")), 1);
        QCOMPARE(count(t.store, EventField::Payload, QStringLiteral("buyer7@")), 1);
        QCOMPARE(count(t.store, EventField::Payload, QStringLiteral("100%")), 0); // % typed is a LIKE pattern
        QCOMPARE(count(t.store, EventField::Attempts, QStringLiteral(">0")), 3);
        QCOMPARE(count(t.store, EventField::Kind, QStringLiteral("cart.order.*")), 30);
        QCOMPARE(count(t.store, EventField::Kind, QStringLiteral("cart.order.new")), 30);
        QCOMPARE(count(t.store, EventField::Kind, QStringLiteral("cart.order")), 0); // kinds are exact
        QCOMPARE(count(t.store, EventField::Kind, QStringLiteral("%order%")), 30);
        QCOMPARE(count(t.store, EventField::Time, QStringLiteral("-1h")), 30);
        QCOMPARE(count(t.store, EventField::Time, QStringLiteral("<2000-01-01")), 0);
        QCOMPARE(count(t.store, EventField::Id, QStringLiteral("%1..%2").arg(ids[0]).arg(ids[9])), 10);
        QCOMPARE(count(t.store, EventField::Step, QStringLiteral("confirmed")), 0);
        test::holdBehind(t.store, ids[8], ids[7]);
        QCOMPARE(count(t.store, EventField::Holding, QStringLiteral(">0")), 1);
        EventQuery dead;
        dead.statuses = {QStringLiteral("dead")};
        dead.sortField = EventField::Holding;
        QCOMPARE(EventQueries(t.store).page(dead, 0, 10)->first().id, ids[7]); // the one holding others back
        QCOMPARE(EventQueries(t.store).page(dead, 0, 10)->first().holding, 1);
        EventQuery bad;
        bad.filters.insert(EventField::Key, QStringLiteral("/[/"));
        QVERIFY(!EventQueries(t.store).count(bad));
    }

    void sortsAndPages()
    {
        test::TempStore t;
        const QList<qint64> ids = test::seedOrders(t.store, 25);
        const EventQueries queries(t.store);
        EventQuery q; // newest first by default
        auto first = queries.page(q, 0, 10);
        QVERIFY(first);
        QCOMPARE(first->size(), 10);
        QCOMPARE(first->first().id, ids.last());
        auto last = queries.page(q, 20, 10);
        QCOMPARE(last->size(), 5);
        QCOMPARE(last->last().id, ids.first());
        QCOMPARE(last->last().key, QStringLiteral("order-1"));

        q.sortField = EventField::Key;
        q.descending = false;
        auto byKey = queries.page(q, 0, 3);
        QCOMPARE(byKey->at(0).key, QStringLiteral("order-1"));
        QCOMPARE(byKey->at(1).key, QStringLiteral("order-10"));
        auto all = queries.ids(q);
        QCOMPARE(all->size(), 25);
        QCOMPARE(queries.maxId().value(), ids.last());
        QCOMPARE(queries.count({}, ids[19]).value(), 5); // newer than the 20th
    }
};

QTEST_GUILESS_MAIN(TstEventQuery)
#include "tst_event_query.moc"
