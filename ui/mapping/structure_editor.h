#pragma once
// Adds and removes the rules and sections of the document in the mapping editor: the rule table gets
// "Add rule" (a target field of the section that has no rule yet, mandatory ones first; Insert) and
// "Remove rule" (Delete); the section list gets "Add section" (an MI transaction of the catalogue or a
// 3dcart object, id, optional foreach/when) and "Remove section". Every change is one MappingDraft::edit.

#include "mapping/mapping_document.h"

#include <QObject>

class QListWidget;
class QTableView;
class QWidget;

namespace m3cart::ui {

class MappingEditor;

class StructureEditor : public QObject
{
    Q_OBJECT
public:
    explicit StructureEditor(MappingEditor *editor);

    // The panes the editor shows: the view with its buttons below (the editor keeps the views).
    QWidget *rulesPane(QTableView *rules);
    QWidget *sectionsPane(QListWidget *sections);

    struct FreeField
    {
        QString name; // dotted for nested 3dcart fields ("SKUInfo.Stock")
        QString description;
        bool mandatory = false;
    };
    // Target fields of the section without a rule: mandatory first, then in metadata order.
    QList<FreeField> freeFields(int section) const;
    // The edits behind the buttons (tests call them): false when refused or nothing changed.
    bool addRule(int section, const QString &field); // id "<section>.<field lowercased>"
    bool removeRule(int section, int row);
    bool addSection(const mapping::SectionDef &section); // appended; refused without a unique id
    bool removeSection(int section);
    QString lastMessage() const { return m_message; }

signals:
    void message(const QString &text);

private:
    void askAddRule();
    void askAddSection();
    void refuse(const QString &text);

    MappingEditor *m_editor;
    QString m_message;
};

} // namespace m3cart::ui
