#include "preview_marks.h"

#include "mapping_draft.h"

#include <QApplication>
#include <QColor>
#include <QStandardItem>
#include <QStyle>
#include <functional>

namespace m3cart::ui {

using namespace m3cart::mapping;

QString fieldTypeText(const FieldSpec *spec)
{
    if (!spec)
        return {};
    const QString type = spec->m3Type.isNull() ? fieldKindName(spec->kind) : QString(spec->m3Type);
    return spec->maxLength > 0 ? QStringLiteral("%1(%2)").arg(type).arg(spec->maxLength) : type;
}

QIcon FieldMark::icon() const
{
    if (!any())
        return {};
    return QApplication::style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                     : QStyle::SP_MessageBoxWarning);
}

QColor FieldMark::background() const
{
    if (error)
        return QColor(0xff, 0xcd, 0xd2); // red
    if (warning)
        return QColor(0xff, 0xf3, 0xc4); // yellow
    return {};
}

FieldMark markFor(const QList<ValidationIssue> &issues)
{
    FieldMark m;
    QStringList lines;
    for (const ValidationIssue &i : issues) {
        (i.severity == ValidationIssue::Severity::Error ? m.error : m.warning) = true;
        lines << i.message;
    }
    m.tip = lines.join(QLatin1Char('\n'));
    return m;
}

void appendPreviewFields(QStandardItem *rec, const MappingDraft &draft, const SectionDef &section, int record,
                         const QJsonObject &values)
{
    // Which rules wrote a field: by the whole target, and by its first step for a nested 3dcart object that
    // is shown whole ("SKUInfo.Stock" writes into SKUInfo).
    QHash<QString, QList<const RuleDef *>> rulesByTarget;
    QHash<QString, QList<const RuleDef *>> rulesByFirstStep;
    for (const RuleDef &r : section.rules) {
        rulesByTarget[r.target] << &r;
        if (r.target.contains(QLatin1Char('.')))
            rulesByFirstStep[r.target.section(QLatin1Char('.'), 0, 0)] << &r;
    }
    const auto rulesFor = [&](const QString &key) {
        const auto direct = rulesByTarget.value(key);
        return direct.isEmpty() ? rulesByFirstStep.value(key) : direct;
    };
    QList<ValidationIssue> recordIssues; // the record's own line shows the worst of its fields
    auto row = [&](const QString &key, const QString &value) {
        QStringList ids;
        QStringList types;
        QList<ValidationIssue> issues;
        const QList<const RuleDef *> rules = rulesFor(key);
        for (const RuleDef *r : rules) {
            ids << r->id;
            const QString type = fieldTypeText(draft.schema().targetField(section.target, r->target));
            if (!type.isEmpty())
                types << (rules.size() > 1 ? r->target + QLatin1Char(' ') + type : type);
            for (const ValidationIssue &i : draft.ruleIssues(section.id, r->id, record))
                if (i.record == record) // only what this record's value did
                    issues << i;
        }
        auto *field = new QStandardItem(key);
        auto *val = new QStandardItem(value);
        const FieldMark mark = markFor(issues);
        const QString type = types.join(QStringLiteral(", "));
        field->setToolTip(type);
        val->setToolTip(mark.any() ? type + QLatin1Char('\n') + mark.tip : type);
        if (mark.any()) {
            val->setIcon(mark.icon());
            val->setBackground(mark.background());
            field->setBackground(mark.background());
        }
        rec->appendRow({field, val, new QStandardItem(ids.join(QStringLiteral(", ")))});
        recordIssues << issues;
    };
    // A nested object that rules write field by field (3dcart SKUInfo) shows one line per field.
    const std::function<void(const QString &, const QJsonValue &)> add = [&](const QString &key,
                                                                             const QJsonValue &v) {
        if (v.isObject() && rulesByTarget.value(key).isEmpty() &&
            rulesByFirstStep.contains(key.section(QLatin1Char('.'), 0, 0))) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                add(key + QLatin1Char('.') + it.key(), it.value());
            return;
        }
        row(key, jsonCellText(v));
    };
    for (auto it = values.begin(); it != values.end(); ++it)
        add(it.key(), it.value());
    // Mandatory fields the record left empty are not in it: show them, marked.
    QStringList missing;
    for (const ValidationIssue &i : draft.issues())
        if (i.section == section.id && i.record == record)
            for (const RuleDef &r : section.rules)
                if (r.id == i.rule && !values.contains(r.target.section(QLatin1Char('.'), 0, 0)) &&
                    !missing.contains(r.target))
                    missing << r.target;
    for (const QString &key : missing)
        row(key, QApplication::translate("m3cart::ui::MappingEditor", "(empty)"));
    const FieldMark mark = markFor(recordIssues);
    if (mark.any()) { // tinted, not an icon: the narrow first column keeps "Record 12" readable
        rec->setBackground(mark.background());
        rec->setToolTip(mark.tip);
    }
}

} // namespace m3cart::ui
