#pragma once
// What changed between two versions of a mapping document, in the terms a person edits: sections, rules
// (matched by section and rule id, else by target field), value map entries, lookups, parameters and
// context values. Editor layout keys ("_...") are not compared: moving a box on the canvas is no change.

#include "mapping_document.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace m3cart::mapping {

struct MappingChange
{
    enum class Kind { Added, Removed, Changed };
    enum class What { Document, Section, Rule, ValueMap, Lookup, Param, Context };

    Kind kind = Kind::Changed;
    What what = What::Rule;
    QString section;     // the section id (sections and rules)
    QString id;          // rule id, section id, value map / lookup / parameter / context name
    QString target;      // a rule's target field
    QString key;         // a value map or lookup entry ("" when the change is about the whole map)
    QStringList aspects; // for Changed: what differs ("expr", "default", "valueMap", "entries" ...)
    QString before;      // readable text ("" for Added)
    QString after;       // readable text ("" for Removed)

    QString text() const; // one line: "rule head.cuor (CUOR) in head changed: expr: a → b"
    QJsonObject toJson() const;
};

QString changeKindName(MappingChange::Kind k); // "added" | "removed" | "changed"
QString changeWhatName(MappingChange::What w); // "document" | "section" | "rule" | "valueMap" ...

struct MappingDiff
{
    QList<MappingChange> changes; // document order of the newer side, removals where they were
    bool isEmpty() const { return changes.isEmpty(); }
    int count(MappingChange::What what, MappingChange::Kind kind) const;
    QJsonObject toJson() const; // {"changes": [...], "summary": {"rule": {"added": n, ...}, ...}}
};

// The changes that turn before into after.
MappingDiff diffMappings(const MappingDocument &before, const MappingDocument &after);

// A rule's right-hand side and its steps as one readable line: "expr: trim($.A); default: X; map: m".
QString ruleSummary(const RuleDef &rule);

} // namespace m3cart::mapping
