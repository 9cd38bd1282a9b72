#pragma once
// One mapping document being edited: the document, its undo stack, the sample it is previewed with, and
// the result of the last (debounced) validate + evaluate. The editor's models and views read from here;
// every edit goes through the undo stack so undo/redo and the preview stay in step.

#include "mapping/compiled_mapping.h"
#include "mapping/mapping_document.h"

#include <QJsonValue>
#include <QObject>
#include <functional>
#include <memory>

class QTimer;
class QUndoStack;

namespace m3cart {
class Store;
namespace mapping {
class LookupSource;
}
namespace ui {

class MappingDraft : public QObject
{
    Q_OBJECT
public:
    // store: optional, for lookup tables in the preview.
    explicit MappingDraft(std::shared_ptr<const Store> store = {}, QObject *parent = nullptr);
    ~MappingDraft() override;

    // Starts editing a document (clears the undo stack); the sample is the document's "_sample" if any.
    void load(const mapping::MappingDocument &doc);
    const mapping::MappingDocument &document() const { return m_doc; }
    const mapping::TargetSchema &schema() const { return *m_schema; }
    std::shared_ptr<const mapping::TargetSchema> schemaPtr() const { return m_schema; }
    const std::shared_ptr<const Store> &store() const { return m_store; } // may be null
    // The store's lookup tables were written (an import): forget cached answers and preview again.
    void storeTablesChanged();
    QUndoStack *undoStack() const { return m_undo; }

    // The edits (undoable). Returns false for an unknown section/rule or no change.
    bool setExpression(int section, int rule, const QString &expression);
    bool setNote(int section, int rule, const QString &note);
    // The rule's default (used when its value is empty): typed for the field (a number for numeric
    // fields), "" removes it; refused when the rule would be left with nothing to write.
    bool setDefault(int section, int rule, const QString &text);
    // Any other edit (add/remove rules and sections, value maps, lookups, connections on the canvas,
    // accepted suggestions) as one undoable step named label: change gets a copy of the document; nothing
    // is pushed when the copy comes back equal.
    bool edit(const QString &label, const std::function<void(mapping::MappingDocument &)> &change);

    // Used by the undo commands: replaces a rule / the whole document as it is.
    void replaceRule(int section, int rule, const mapping::RuleDef &def);
    void replaceDocument(const mapping::MappingDocument &doc);

    // The payload the preview maps; an array (as webhooks send) previews its first element.
    void setSample(const QJsonValue &sample);
    Status loadSampleFile(const QString &path);
    bool hasSample() const { return !m_sample.isUndefined() && !m_sample.isNull(); }
    const QJsonValue &sample() const { return m_sample; }

    // The last refresh: issues from the compiler and the preview, the output (null when the document does
    // not compile or there is no sample), and the evaluation error if evaluating failed.
    const QList<mapping::ValidationIssue> &issues() const { return m_issues; }
    const mapping::MappingOutput *output() const { return m_output ? &*m_output : nullptr; }
    QString evalError() const { return m_evalError; }
    bool hasErrors(int section, int rule) const;
    // What the rule wrote into the section's first record ("" when nothing), for the rule table.
    QString previewValue(int section, int rule) const;
    int recordCount(int section) const;
    // What the rule would write into the section's first record with another expression, without
    // editing anything (the function chain dialog's live preview); "" when the value is empty.
    Result<QString> tryExpression(int section, int rule, const QString &expression) const;
    // The issues that name the rule: output violations (of one record, or of any when record is -1)
    // and validation warnings/errors.
    QList<mapping::ValidationIssue> ruleIssues(const QString &sectionId, const QString &ruleId,
                                               int record = -1) const;

    // Runs validation and the preview now (edits schedule it after a short pause).
    void refreshNow();

signals:
    void ruleChanged(int section, int rule);
    void documentLoaded();
    void documentChanged(); // an edit() or its undo: sections, rules, maps may have been added or removed
    void refreshed();       // issues and output are new

private:
    void scheduleRefresh();
    // Compiles doc (issues into *issues) and maps the sample with it.
    Result<mapping::MappingOutput> run(const mapping::MappingDocument &doc,
                                       QList<mapping::ValidationIssue> *issues) const;
    // Pushes one undoable edit: change(copy of the rule); nothing when the copy comes back unchanged.
    bool editRule(int section, int rule, const std::function<void(mapping::RuleDef &)> &change);

    std::shared_ptr<const Store> m_store;
    std::shared_ptr<const mapping::TargetSchema> m_schema;
    std::unique_ptr<mapping::LookupSource> m_lookups;
    mapping::MappingDocument m_doc;
    QJsonValue m_sample = QJsonValue::Undefined;
    QList<mapping::ValidationIssue> m_issues;
    std::optional<mapping::MappingOutput> m_output;
    QString m_evalError;
    QUndoStack *m_undo = nullptr;
    QTimer *m_debounce = nullptr;
};

// A rule's right-hand side as one expression text: expr, else the source path, else the constant (JSON).
QString ruleExpressionText(const mapping::RuleDef &rule);
// A JSON value for a table cell: strings as they are, everything else compact JSON.
QString jsonCellText(const QJsonValue &v);

} // namespace ui
} // namespace m3cart
