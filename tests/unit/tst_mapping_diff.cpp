// Diffs between two mapping documents: rules matched by id (else by target field) come out as added,
// removed or changed with the aspects that differ; value map entries, lookups, parameters and sections
// too; editor layout keys are no change; the JSON form carries kinds, ids and before/after texts.

#include "mapping/default_mappings.h"
#include "mapping/mapping_diff.h"
#include "verify.h"

#include <QJsonArray>
#include <QTest>

using namespace m3cart;
using namespace m3cart::mapping;

class TstMappingDiff : public QObject
{
    Q_OBJECT

    static MappingDocument order()
    {
        auto d = MappingDocument::fromJson(defaultMapping(QStringLiteral("order-batch-order")).json);
        if (!d)
            qFatal("%s", qPrintable(d.error().message));
        return d.value();
    }

    static RuleDef &rule(MappingDocument &d, const QString &section, const QString &id)
    {
        for (SectionDef &s : d.sections)
            if (s.id == section)
                for (RuleDef &r : s.rules)
                    if (r.id == id)
                        return r;
        qFatal("no rule %s", qPrintable(id));
    }

    static const MappingChange *find(const MappingDiff &diff, MappingChange::What what, const QString &id,
                                     const QString &key = {})
    {
        for (const MappingChange &c : diff.changes)
            if (c.what == what && c.id == id && c.key == key)
                return &c;
        return nullptr;
    }

private slots:
    void sameDocumentHasNoChanges()
    {
        MappingDocument a = order();
        MappingDocument b = order();
        b.sections[0].extra.insert(QStringLiteral("_layout"), QJsonObject{{QStringLiteral("x"), 40}});
        QVERIFY(diffMappings(a, b).isEmpty());
    }

    void documentNameAndSourceKind()
    {
        MappingDocument a = order();
        MappingDocument b = order();
        b.name = QStringLiteral("order-batch-order-eu");
        b.sourceKind = QStringLiteral("cart.customer");
        const MappingDiff diff = diffMappings(a, b);
        QCOMPARE(diff.changes.size(), 1);
        QCOMPARE(diff.changes.first().what, MappingChange::What::Document);
        QCOMPARE(diff.changes.first().aspects,
                 QStringList({QStringLiteral("name"), QStringLiteral("source")}));
        QCOMPARE(diff.changes.first().after,
                 QStringLiteral("name: order-batch-order-eu; source: cart.customer"));
    }

    void ruleAddedRemovedChanged()
    {
        MappingDocument a = order();
        MappingDocument b = order();
        rule(b, QStringLiteral("head"), QStringLiteral("head.whlo")).expr = QStringLiteral("'200'");
        rule(b, QStringLiteral("head"), QStringLiteral("head.whlo")).note = QStringLiteral("new warehouse");
        b.sections[0].rules.removeIf([](const RuleDef &r) { return r.id == QLatin1String("head.otba"); });
        RuleDef added;
        added.id = QStringLiteral("head.rldt");
        added.target = QStringLiteral("RLDT");
        added.expr = QStringLiteral("m3Date($.OrderDate)");
        b.sections[0].rules << added;

        const MappingDiff diff = diffMappings(a, b);
        const MappingChange *changed = find(diff, MappingChange::What::Rule, QStringLiteral("head.whlo"));
        QVERIFY(changed);
        QCOMPARE(changed->kind, MappingChange::Kind::Changed);
        QCOMPARE(changed->section, QStringLiteral("head"));
        QCOMPARE(changed->target, QStringLiteral("WHLO"));
        QCOMPARE(changed->aspects, QStringList({QStringLiteral("expr"), QStringLiteral("note")}));
        QCOMPARE(changed->before, QStringLiteral("expr: $params.warehouse"));
        QCOMPARE(changed->after, QStringLiteral("expr: '200'; note: new warehouse"));
        QVERIFY(changed->text().contains(QStringLiteral("$params.warehouse → expr: '200'")));

        const MappingChange *removed = find(diff, MappingChange::What::Rule, QStringLiteral("head.otba"));
        QVERIFY(removed);
        QCOMPARE(removed->kind, MappingChange::Kind::Removed);
        QVERIFY(removed->before.startsWith(QStringLiteral("expr: if(number($.OrderDiscount")));
        const MappingChange *add = find(diff, MappingChange::What::Rule, QStringLiteral("head.rldt"));
        QVERIFY(add);
        QCOMPARE(add->kind, MappingChange::Kind::Added);
        QCOMPARE(add->after, QStringLiteral("expr: m3Date($.OrderDate)"));
        QCOMPARE(diff.count(MappingChange::What::Rule, MappingChange::Kind::Added), 1);
        QCOMPARE(diff.count(MappingChange::What::Rule, MappingChange::Kind::Removed), 1);
        QCOMPARE(diff.count(MappingChange::What::Rule, MappingChange::Kind::Changed), 1);
        QCOMPARE(diff.changes.size(), 3);
    }

    // A rule whose id was changed is the same rule when it still writes the same field.
    void renamedRulePairsByTarget()
    {
        MappingDocument a = order();
        MappingDocument b = order();
        RuleDef &r = rule(b, QStringLiteral("head"), QStringLiteral("head.yref"));
        r.id = QStringLiteral("head.reference");
        r.expr = QStringLiteral("concat('WEB-', $.OrderID)");
        const MappingDiff diff = diffMappings(a, b);
        QCOMPARE(diff.changes.size(), 1);
        const MappingChange &c = diff.changes.first();
        QCOMPARE(c.kind, MappingChange::Kind::Changed);
        QCOMPARE(c.id, QStringLiteral("head.reference"));
        QCOMPARE(c.aspects, QStringList({QStringLiteral("id"), QStringLiteral("expr")}));
        QVERIFY(c.before.startsWith(QStringLiteral("id: head.yref; expr: concat('3DC-'")));
    }

    void valueMapsLookupsParamsAndSections()
    {
        MappingDocument a = order();
        MappingDocument b = order();
        for (ValueMapDef &m : b.valueMaps)
            if (m.name == QLatin1String("paymentMethod")) {
                m.entries.append({QStringLiteral("Bitcoin"), QJsonValue(QStringLiteral("BTC"))});
                m.ignoreCase = !m.ignoreCase;
            }
        for (ParamDef &p : b.params)
            if (p.name == QLatin1String("warehouse"))
                p.value = QStringLiteral("300");
        b.lookups.first().table = QStringLiteral("sku_itno_v2");
        b.sections.removeIf([](const SectionDef &s) { return s.id == QLatin1String("comments"); });

        const MappingDiff diff = diffMappings(a, b);
        const MappingChange *entry = find(diff, MappingChange::What::ValueMap,
                                          QStringLiteral("paymentMethod"), QStringLiteral("Bitcoin"));
        QVERIFY(entry);
        QCOMPARE(entry->kind, MappingChange::Kind::Added);
        QCOMPARE(entry->after, QStringLiteral("BTC"));
        const MappingChange *map = find(diff, MappingChange::What::ValueMap, QStringLiteral("paymentMethod"));
        QVERIFY(map);
        QCOMPARE(map->aspects,
                 QStringList{QStringLiteral("ignoreCase")}); // not "entries": those are listed one by one
        const MappingChange *param = find(diff, MappingChange::What::Param, QStringLiteral("warehouse"));
        QVERIFY(param);
        QCOMPARE(param->before, QStringLiteral("value: 100")); // only what differs
        QCOMPARE(param->after, QStringLiteral("value: 300"));
        const MappingChange *lookup = find(diff, MappingChange::What::Lookup, b.lookups.first().name);
        QVERIFY(lookup);
        QCOMPARE(lookup->aspects, QStringList{QStringLiteral("table")});
        const MappingChange *section = find(diff, MappingChange::What::Section, QStringLiteral("comments"));
        QVERIFY(section);
        QCOMPARE(section->kind, MappingChange::Kind::Removed);
        // The removed section's rules count as removed rules.
        QCOMPARE(diff.count(MappingChange::What::Rule, MappingChange::Kind::Removed), 4);

        const QJsonObject json = diff.toJson();
        QCOMPARE(json.value("summary").toObject().value("rule").toObject().value("removed").toInt(), 4);
        bool seen = false;
        for (const QJsonValue &v : json.value("changes").toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value("what") == QLatin1String("valueMap") && o.value("key") == QLatin1String("Bitcoin")) {
                seen = true;
                QCOMPARE(o.value("kind").toString(), QStringLiteral("added"));
                QCOMPARE(o.value("after").toString(), QStringLiteral("BTC"));
                QVERIFY(!o.contains("before"));
            }
        }
        QVERIFY(seen);
    }
};

QTEST_GUILESS_MAIN(TstMappingDiff)
#include "tst_mapping_diff.moc"
