#pragma once
// Edits the function chain on one line of the canvas: the functions applied to the rule's source, in
// order, each with its extra arguments; functions are picked from the library (filter by name or
// category, with signature, summary and example). Shows the resulting expression and what it gives for
// the sample as you edit; OK writes the expression (one undo step). An expression that is not a chain is
// shown read-only with a pointer to the Rules tab.

#include "function_chain.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace m3cart::ui {

class MappingDraft;

class FunctionChainDialog : public QDialog
{
    Q_OBJECT
public:
    FunctionChainDialog(MappingDraft *draft, int section, int rule, QWidget *parent = nullptr);

    bool isChain() const { return m_chain.has_value(); }
    const std::optional<FunctionChain> &chain() const { return m_chain; }
    QString expression() const; // what OK writes
    QString previewText() const;
    QString errorText() const { return m_error; }

    // The edits the controls make (for tests and keyboard users alike).
    void setFilter(const QString &text);
    bool addStep(const QString &function); // appended last (applied after the others)
    bool setArguments(int step, const QString &args);
    void removeStep(int step);
    void moveStep(int step, int delta);

    void accept() override;

private:
    void fillLibrary();
    void fillSteps();
    void showFunction();
    void refresh();

    MappingDraft *m_draft;
    int m_section;
    int m_rule;
    std::optional<FunctionChain> m_chain;
    QString m_original;
    QString m_error;
    QLabel *m_source = nullptr;
    QListWidget *m_steps = nullptr;
    QLineEdit *m_args = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_remove = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_category = nullptr;
    QListWidget *m_library = nullptr;
    QLabel *m_doc = nullptr;
    QPushButton *m_add = nullptr;
    QLineEdit *m_expression = nullptr;
    QLabel *m_preview = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace m3cart::ui
