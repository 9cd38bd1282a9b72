#pragma once
// What the mapping canvas shows for one section, as plain rows: the source tree (the sample's fields
// merged with the known layout of the source kind, lists as repeated groups, the foreach element as @,
// parameters and flow values) and the target fields (description, type, mandatory). Paths are matched to
// rows by a canonical key in which list indexes and [*] read "[]" ("$.ShipmentList[0].ShipmentCity" and
// "$.ShipmentList[*].ShipmentCity" are one row).

#include <QJsonValue>
#include <QList>
#include <QString>

namespace m3cart::mapping {
struct MappingDocument;
struct SectionDef;
class TargetSchema;
} // namespace m3cart::mapping

namespace m3cart::ui {

struct SourceRow
{
    enum Kind { Header, Field, Group };
    Kind kind = Field;
    QString key;  // canonical key (Header: "")
    QString path; // what a connection writes ("$.BillingEmail", "@.ItemID", "$.ShipmentList[0].ShipmentCity")
    QString label;
    QString detail; // type or sample value
    QString tooltip;
    int depth = 0;
    bool known = true; // false: used by a rule but neither in the sample nor in the layout
};

struct TargetRow
{
    QString field; // "CUNO", "SKUInfo.Stock"
    QString description;
    QString type; // "A10", "N15", "text"
    bool mandatory = false;
    bool known = true;
    int depth = 0;
};

class CanvasLayout
{
public:
    // foreach paths inside the section become @ rows; paths are the texts rules reference (added when
    // missing so every line has a start).
    static QList<SourceRow> sourceRows(const mapping::TargetSchema &schema,
                                       const mapping::MappingDocument &doc,
                                       const mapping::SectionDef &section, const QJsonValue &sample,
                                       const QStringList &paths);
    static QList<TargetRow> targetRows(const mapping::TargetSchema &schema,
                                       const mapping::SectionDef &section);
    // The canonical key of a path text in the section ("" when it does not parse).
    static QString keyOf(const QString &path, const QString &foreach);
    // Appends a rule writing field from expression, with an id not yet used in the section
    // ("head.mail"); returns its index.
    static int addRule(mapping::SectionDef &section, const QString &field, const QString &expression,
                       const QString &note = {});
};

} // namespace m3cart::ui
