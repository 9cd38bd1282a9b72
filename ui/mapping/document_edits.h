#pragma once
// Structural edits of a mapping document as plain functions on a copy (the editor runs them inside
// MappingDraft::edit, tests call them directly): value maps and lookups by name (add, rename with the
// rules that use them, remove), and target rules of a section (the fields still without a rule, add).

#include "mapping/mapping_document.h"

#include <QList>
#include <QString>
#include <functional>

namespace m3cart::ui {

enum class TableKind { ValueMap, Lookup };

// The fields value maps and lookups share, as references into one of them.
struct TableFields
{
    QString &description;
    mapping::MissPolicy &onMissing;
    QJsonValue &defaultValue;
};

QStringList tableNames(const mapping::MappingDocument &doc, TableKind kind);
bool hasTable(const mapping::MappingDocument &doc, TableKind kind, const QString &name);
// Applies fn to the named table's shared fields; false when there is no such table.
bool withTableFields(mapping::MappingDocument &doc, TableKind kind, const QString &name,
                     const std::function<void(TableFields &)> &fn);

// Entries of a value map (document order) or a lookup's inline table (key order), as text/JSON pairs.
QList<std::pair<QString, QJsonValue>> tableEntries(const mapping::MappingDocument &doc, TableKind kind,
                                                   const QString &name);
void setTableEntries(mapping::MappingDocument &doc, TableKind kind, const QString &name,
                     const QList<std::pair<QString, QJsonValue>> &entries);

// Text typed into a value (or default) cell as JSON: in a value map whose values are numbers (3dcart
// status ids) a number stays a number, true/false stay bools; lookups answer text. like: the cell's old
// value (Undefined for a new one: then the other values decide).
QJsonValue cellValue(const QString &text, TableKind kind,
                     const QList<std::pair<QString, QJsonValue>> &entries,
                     const QJsonValue &like = QJsonValue::Undefined);

// A new empty value map, or a lookup reading the store table of the same name.
void addTable(mapping::MappingDocument &doc, TableKind kind, const QString &name);
// Renames the table and every use of it: a rule's valueMap/lookup and map('…')/lookup('…') in expressions.
void renameTable(mapping::MappingDocument &doc, TableKind kind, const QString &from, const QString &to);
void removeTable(mapping::MappingDocument &doc, TableKind kind, const QString &name);

struct RuleRef
{
    int section = -1;
    int rule = -1;
    QString sectionId;
    QString ruleId;
    QString target;
};
// The rules that use the table (by their valueMap/lookup or in an expression).
QList<RuleRef> rulesUsing(const mapping::MappingDocument &doc, TableKind kind, const QString &name);

} // namespace m3cart::ui
