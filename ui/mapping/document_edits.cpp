#include "document_edits.h"

#include <QRegularExpression>
#include <algorithm>

namespace m3cart::ui {

using namespace m3cart::mapping;

namespace {

// map('name' / lookup("name") in an expression; the quote is group 1.
QRegularExpression callPattern(TableKind kind, const QString &name)
{
    const QString fn = kind == TableKind::ValueMap ? QStringLiteral("map") : QStringLiteral("lookup");
    return QRegularExpression(
        QStringLiteral("\\b%1\\s*\\(\\s*(['\"])%2\\1").arg(fn, QRegularExpression::escape(name)));
}

QString &ruleTable(RuleDef &r, TableKind kind)
{
    return kind == TableKind::ValueMap ? r.valueMap : r.lookup;
}

template <typename List> auto findNamed(List &list, const QString &name)
{
    return std::find_if(list.begin(), list.end(), [&](const auto &t) { return t.name == name; });
}

} // namespace

QStringList tableNames(const MappingDocument &doc, TableKind kind)
{
    QStringList out;
    if (kind == TableKind::ValueMap)
        for (const ValueMapDef &m : doc.valueMaps)
            out << m.name;
    else
        for (const LookupDef &l : doc.lookups)
            out << l.name;
    return out;
}

bool hasTable(const MappingDocument &doc, TableKind kind, const QString &name)
{
    return tableNames(doc, kind).contains(name);
}

bool withTableFields(MappingDocument &doc, TableKind kind, const QString &name,
                     const std::function<void(TableFields &)> &fn)
{
    if (kind == TableKind::ValueMap) {
        const auto it = findNamed(doc.valueMaps, name);
        if (it == doc.valueMaps.end())
            return false;
        TableFields f{it->description, it->onMissing, it->defaultValue};
        fn(f);
        return true;
    }
    const auto it = findNamed(doc.lookups, name);
    if (it == doc.lookups.end())
        return false;
    TableFields f{it->description, it->onMissing, it->defaultValue};
    fn(f);
    return true;
}

QList<std::pair<QString, QJsonValue>> tableEntries(const MappingDocument &doc, TableKind kind,
                                                   const QString &name)
{
    if (kind == TableKind::ValueMap) {
        const auto it = findNamed(doc.valueMaps, name);
        return it == doc.valueMaps.end() ? QList<std::pair<QString, QJsonValue>>() : it->entries;
    }
    QList<std::pair<QString, QJsonValue>> out;
    const auto it = findNamed(doc.lookups, name);
    if (it != doc.lookups.end())
        for (auto e = it->entries.begin(); e != it->entries.end(); ++e)
            out.append({e.key(), e.value()});
    return out;
}

void setTableEntries(MappingDocument &doc, TableKind kind, const QString &name,
                     const QList<std::pair<QString, QJsonValue>> &entries)
{
    if (kind == TableKind::ValueMap) {
        if (const auto it = findNamed(doc.valueMaps, name); it != doc.valueMaps.end())
            it->entries = entries;
        return;
    }
    if (const auto it = findNamed(doc.lookups, name); it != doc.lookups.end()) {
        QJsonObject o;
        for (const auto &[k, v] : entries)
            o.insert(k, v.isString() ? v : QJsonValue(v.toVariant().toString())); // lookups answer text
        it->entries = o;
    }
}

QJsonValue cellValue(const QString &text, TableKind kind,
                     const QList<std::pair<QString, QJsonValue>> &entries, const QJsonValue &like)
{
    if (kind == TableKind::Lookup)
        return text;
    bool isNumber = false;
    const double n = text.trimmed().toDouble(&isNumber);
    // A blank cell (a row just added) has no type of its own: the filled values decide.
    auto blank = [](const QJsonValue &v) {
        return v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty());
    };
    auto filledNumber = [&](const auto &e) { return blank(e.second) || e.second.isDouble(); };
    const bool anyFilled =
        std::any_of(entries.cbegin(), entries.cend(), [&](const auto &e) { return !blank(e.second); });
    const bool numbers = blank(like)
                             ? anyFilled && std::all_of(entries.cbegin(), entries.cend(), filledNumber)
                             : like.isDouble();
    if (numbers && isNumber)
        return n;
    if (like.isBool() && (text == QLatin1String("true") || text == QLatin1String("false")))
        return text == QLatin1String("true");
    return text;
}

void addTable(MappingDocument &doc, TableKind kind, const QString &name)
{
    if (hasTable(doc, kind, name))
        return;
    if (kind == TableKind::ValueMap) {
        ValueMapDef m;
        m.name = name;
        doc.valueMaps << m;
    } else {
        LookupDef l;
        l.name = name;
        l.table = name; // a lookup needs a table or entries; the store table may be filled later
        doc.lookups << l;
    }
}

void renameTable(MappingDocument &doc, TableKind kind, const QString &from, const QString &to)
{
    if (from == to || !hasTable(doc, kind, from) || hasTable(doc, kind, to))
        return;
    if (kind == TableKind::ValueMap)
        findNamed(doc.valueMaps, from)->name = to;
    else
        findNamed(doc.lookups, from)->name = to;
    const QRegularExpression call = callPattern(kind, from);
    const QString fn = kind == TableKind::ValueMap ? QStringLiteral("map") : QStringLiteral("lookup");
    const QString replacement = fn + QStringLiteral("(\\1") +
                                QString(to).replace(QLatin1Char('\\'), QLatin1String("\\\\")) +
                                QStringLiteral("\\1");
    for (SectionDef &s : doc.sections)
        for (RuleDef &r : s.rules) {
            if (ruleTable(r, kind) == from)
                ruleTable(r, kind) = to;
            r.expr.replace(call, replacement);
        }
}

void removeTable(MappingDocument &doc, TableKind kind, const QString &name)
{
    if (kind == TableKind::ValueMap)
        doc.valueMaps.removeIf([&](const ValueMapDef &m) { return m.name == name; });
    else
        doc.lookups.removeIf([&](const LookupDef &l) { return l.name == name; });
}

QList<RuleRef> rulesUsing(const MappingDocument &doc, TableKind kind, const QString &name)
{
    QList<RuleRef> out;
    const QRegularExpression call = callPattern(kind, name);
    for (int s = 0; s < doc.sections.size(); ++s) {
        const SectionDef &sec = doc.sections.at(s);
        for (int r = 0; r < sec.rules.size(); ++r) {
            RuleDef rule = sec.rules.at(r);
            if (ruleTable(rule, kind) == name || rule.expr.contains(call))
                out << RuleRef{s, r, sec.id, rule.id, rule.target};
        }
    }
    return out;
}

} // namespace m3cart::ui
