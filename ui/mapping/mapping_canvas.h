#pragma once
// The Canvas tab of the mapping editor (MapForce style): the chosen section's source tree on the left,
// its target fields on the right, one line per rule from the source paths its expression reads, through a
// box naming its function chain, to its target field. Drag a source onto a target (or choose both and
// press Ctrl+L) to connect; Delete removes a rule; Enter or a double-click edits a line's function chain;
// the mapping assistant's proposals appear as dashed lines to accept (A) or reject (R).
//
// Connecting onto a field that already has a rule re-wires that rule: a function chain keeps its functions
// over the new source path, any other expression is replaced by the path. Every change is one undo step.

#include <QHash>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QGraphicsItem;
class QGraphicsScene;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace m3cart::ui {

class CanvasView;
class FieldItem;
class FunctionChainDialog;
class LinkItem;
class MappingDraft;
class MappingEditor;
class SuggestionModel;

class MappingCanvas : public QWidget
{
    Q_OBJECT
public:
    // Follows the editor's chosen section, its draft and its rule table.
    explicit MappingCanvas(MappingEditor *editor);
    ~MappingCanvas() override;

    int section() const { return m_section; }
    QGraphicsScene *scene() const { return m_scene; }
    CanvasView *view() const { return m_view; }
    SuggestionModel *suggestions() const { return m_suggestions; }
    QTableView *suggestionView() const { return m_suggestionView; }
    QLineEdit *searchField() const { return m_search; }
    QCheckBox *hideUnmappedBox() const { return m_hideUnmapped; }
    QSpinBox *thresholdBox() const { return m_threshold; }
    QString statusText() const;

    // The items as they are drawn now (nullptr when not shown).
    FieldItem *sourceItem(const QString &path) const; // by path text or canonical key
    FieldItem *targetItem(const QString &field) const;
    LinkItem *ruleLink(const QString &ruleId) const;
    LinkItem *proposalLink(const QString &field) const;
    QList<FieldItem *> matches() const { return m_matches; }

    // The commands behind the mouse and the keys.
    bool connectFields(const QString &sourcePath, const QString &field);
    bool connectChosen(); // Ctrl+L: the chosen source onto the chosen target
    bool deleteSelected();
    FunctionChainDialog *editSelectedChain(); // opened window-modal; nullptr when no rule is selected
    bool acceptSelected();
    bool rejectSelected();
    int acceptAboveThreshold();
    void runSuggestions();
    void findNext();           // Enter: takes the highlighted match for Ctrl+L, then goes to the next
    void selectRule(int rule); // the rule's line, and its row in the rule table

protected:
    bool event(QEvent *event) override;

private:
    void setSection(int section);
    // The scene anew from the document; while the Canvas tab is not shown (the user types in the rule
    // table) only marked pending, and built when the tab is shown.
    void rebuild();
    void fitSection(); // the section's width in the view, its top left shown
    void layoutSection();
    void applySearch(bool center);
    void showMatch();
    void choose(FieldItem *item);
    void onSelectionChanged();
    void onCommandKey(int key);
    void stepField(int key);
    void showContextMenu(QGraphicsItem *item, const QPoint &globalPos);
    void setStatus(const QString &text);
    int selectedRule() const;     // rule index of the selected line (or selected target field), -1
    int selectedProposal() const; // suggestion row of the selected dashed line, -1

    MappingEditor *m_editor;
    MappingDraft *m_draft;
    SuggestionModel *m_suggestions;
    QGraphicsScene *m_scene;
    CanvasView *m_view;
    QLineEdit *m_search;
    QCheckBox *m_hideUnmapped;
    QSpinBox *m_threshold;
    QLabel *m_status;
    QTableView *m_suggestionView;
    int m_section = -1;
    bool m_syncing = false;
    bool m_rebuildPending = false;
    bool m_fitPending = false;             // a section chosen while hidden: fit it when shown
    bool m_holdRebuild = false;            // several changes at once: one rebuild after them
    QHash<QString, FieldItem *> m_sources; // by canonical key
    QHash<QString, FieldItem *> m_targets; // by field
    QList<LinkItem *> m_links;
    QList<FieldItem *> m_matches;
    int m_matchIndex = -1;
    bool m_matchTaken = false; // Enter took the highlighted match; the next Enter goes on
    bool m_searching = false;  // typing selects matches without choosing them
    QString m_chosenSource;    // canonical key
    QString m_chosenTarget;    // field
    QPointer<FunctionChainDialog> m_chainDialog;
};

} // namespace m3cart::ui
