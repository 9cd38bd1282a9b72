#pragma once
// Edits one mapping document: its sections (repeated ones marked), the rules of the chosen section one line
// per target field with editable expressions, the live preview of the sample's output next to them (each
// value names the rule that made it), and the validation issues (a click selects the rule).

#include <QWidget>
#include <memory>

class QLabel;
class QListView;
class QListWidget;
class QTableView;
class QStandardItemModel;
class QTabWidget;
class QTreeView;

namespace m3cart {
class Store;
namespace mapping {
struct MappingDocument;
}
namespace ui {

class IssueListModel;
class MappingDraft;
class RuleTableModel;

class MappingEditor : public QWidget
{
    Q_OBJECT
public:
    explicit MappingEditor(std::shared_ptr<const Store> store, QWidget *parent = nullptr);
    ~MappingEditor() override;

    // origin: where the document came from ("version 3", "shipped default"), shown in the title.
    void open(const mapping::MappingDocument &doc, const QString &origin);
    void setOrigin(const QString &origin); // saved as a new version: the title names it
    // "order-batch-order (version 3) — edited" while the draft has unsaved edits; the description below.
    QString title() const;
    MappingDraft *draft() const { return m_draft; }
    RuleTableModel *rules() const { return m_rules; }
    IssueListModel *issues() const { return m_issues; }
    QTableView *ruleView() const { return m_ruleView; }
    // The views of the chosen section side by side as tabs: the rule table first.
    QTabWidget *views() const { return m_views; }
    // Brings the tab holding view (a view or a widget inside one) to the front; false when none holds it.
    bool showView(QWidget *view);
    QListView *issueView() const { return m_issueView; }
    QStandardItemModel *preview() const { return m_preview; } // records > fields: value, rule

    void selectSection(int section);
    // Shows the section and selects the rule's row; false when the rule is not in the document.
    bool selectRule(const QString &sectionId, const QString &ruleId);
    void openSampleFile(); // asks for a JSON file
    // Previews the shipped example of the document's source kind; false when none is shipped.
    bool loadShippedSample();

signals:
    void sectionChanged(int section); // the chosen section (-1: none); every view follows it
    void sampleFromEventRequested();  // "Sample from event…": the page knows the store's events

private:
    void fillSections();
    void fillPreview();
    void updateTitle();
    void showIssue(const QModelIndex &index);

    MappingDraft *m_draft = nullptr;
    RuleTableModel *m_rules = nullptr;
    IssueListModel *m_issues = nullptr;
    QLabel *m_title = nullptr;
    QString m_origin;
    QLabel *m_previewStatus = nullptr;
    QLabel *m_issueSummary = nullptr;
    QListWidget *m_sections = nullptr;
    QTableView *m_ruleView = nullptr;
    QTabWidget *m_views = nullptr;
    QStandardItemModel *m_preview = nullptr;
    QTreeView *m_previewView = nullptr;
    QListView *m_issueView = nullptr;
};

} // namespace ui
} // namespace m3cart
