#pragma once
// How the mapping editor shows a value against its target field: the field's type and length ("A(10)",
// "decimal") and a red (error) or yellow (warning) mark with the messages as tooltip, in the preview tree
// and in the rule table's preview cell.

#include "mapping/compiled_mapping.h"

#include <QIcon>

class QStandardItem;

namespace m3cart::ui {

class MappingDraft;

// "A(10)", "N(15)", "D(8)" for MI fields; "text(50)", "int", "decimal" for 3dcart; "" when unknown.
QString fieldTypeText(const mapping::FieldSpec *spec);

struct FieldMark
{
    bool error = false;
    bool warning = false;
    QString tip; // the messages, one a line
    bool any() const { return error || warning; }
    QIcon icon() const;
    QColor background() const;
};
FieldMark markFor(const QList<mapping::ValidationIssue> &issues);

// Appends the record's fields to rec (field | value | rule), each marked with its violations, plus a row
// for every mandatory field the record left empty.
void appendPreviewFields(QStandardItem *rec, const MappingDraft &draft, const mapping::SectionDef &section,
                         int record, const QJsonObject &values);

} // namespace m3cart::ui
