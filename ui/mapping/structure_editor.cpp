#include "structure_editor.h"

#include "mapping/cart_schema.h"
#include "mapping/mi_catalogue.h"
#include "mapping_draft.h"
#include "mapping_editor.h"
#include "rule_table_model.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace m3cart::ui {

using namespace m3cart::mapping;

namespace {

QAction *viewAction(const QString &text, const QKeySequence &key, QWidget *view)
{
    auto *a = new QAction(text, view);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut); // only while the view (not an editor) has focus
    view->addAction(a);
    return a;
}

QPushButton *actionButton(QAction *action, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(action->text() + QStringLiteral(" (") +
                                  action->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')'),
                              parent);
    b->setObjectName(name);
    b->setToolTip(action->toolTip());
    b->setAutoDefault(false);
    QObject::connect(b, &QPushButton::clicked, action, &QAction::trigger);
    return b;
}

QWidget *withButtons(QWidget *view, const QList<QPushButton *> &buttons)
{
    auto *pane = new QWidget(view->parentWidget());
    auto *row = new QHBoxLayout;
    for (QPushButton *b : buttons)
        row->addWidget(b);
    row->addStretch();
    auto *l = new QVBoxLayout(pane);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(view, 1);
    l->addLayout(row);
    return pane;
}

// A dialog for a new section: the target (MI transaction or 3dcart object), its id, foreach and when.
class SectionDialog : public QDialog
{
public:
    SectionDialog(const TargetSchema &schema, QWidget *parent) : QDialog(parent)
    {
        setWindowTitle(StructureEditor::tr("Add section"));
        m_m3 = new QRadioButton(StructureEditor::tr("&M3 transaction"), this);
        m_cart = new QRadioButton(StructureEditor::tr("&3dcart object"), this);
        m_m3->setChecked(true);
        m_target = new QComboBox(this);
        m_target->setMinimumContentsLength(40);
        m_id = new QLineEdit(this);
        m_foreach = new QLineEdit(this);
        m_foreach->setPlaceholderText(
            StructureEditor::tr("e.g. $.OrderItemList: one record per element (@)"));
        m_when = new QLineEdit(this);
        m_when->setPlaceholderText(StructureEditor::tr("e.g. $.CustomerID > 0: skip the section when false"));
        auto fill = [this, &schema] {
            m_target->clear();
            if (m_m3->isChecked()) {
                const MiCatalogue &m3 = schema.m3();
                for (const QString &p : m3.programs())
                    for (const QString &t : m3.transactions(p))
                        m_target->addItem(
                            QStringLiteral("%1/%2 — %3").arg(p, t, m3.transaction(p, t)->description),
                            QStringList{p, t});
            } else {
                for (const QString &o : schema.cart().objects())
                    m_target->addItem(QStringLiteral("%1 — %2").arg(o, schema.cart().object(o)->description),
                                      QStringList{o});
            }
        };
        connect(m_m3, &QRadioButton::toggled, this, fill);
        connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
            const QStringList t = m_target->currentData().toStringList();
            if (!t.isEmpty())
                m_id->setText(t.last().toLower()); // "addbatchline", "product": edit at will
        });
        fill();
        auto *kind = new QHBoxLayout;
        kind->addWidget(m_m3);
        kind->addWidget(m_cart);
        auto *form = new QFormLayout;
        form->addRow(StructureEditor::tr("Target:"), kind);
        form->addRow(QString(), m_target);
        form->addRow(StructureEditor::tr("&Id:"), m_id);
        form->addRow(StructureEditor::tr("&Repeat for each:"), m_foreach);
        form->addRow(StructureEditor::tr("Only &when:"), m_when);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *l = new QVBoxLayout(this);
        l->addLayout(form);
        l->addWidget(buttons);
    }
    SectionDef section() const
    {
        SectionDef s;
        s.id = m_id->text().trimmed();
        const QStringList t = m_target->currentData().toStringList();
        if (m_m3->isChecked() && t.size() == 2) {
            s.target.system = TargetRef::System::M3;
            s.target.program = t.at(0);
            s.target.transaction = t.at(1);
        } else if (!t.isEmpty()) {
            s.target.system = TargetRef::System::Cart;
            s.target.object = t.first();
        }
        s.foreach = m_foreach->text().trimmed();
        s.when = m_when->text().trimmed();
        return s;
    }

private:
    QRadioButton *m_m3;
    QRadioButton *m_cart;
    QComboBox *m_target;
    QLineEdit *m_id;
    QLineEdit *m_foreach;
    QLineEdit *m_when;
};

} // namespace

StructureEditor::StructureEditor(MappingEditor *editor) : QObject(editor), m_editor(editor) {}

QWidget *StructureEditor::rulesPane(QTableView *rules)
{
    QAction *add = viewAction(tr("Add rule…"), QKeySequence(Qt::Key_Insert), rules);
    add->setToolTip(
        tr("Add a rule for a target field of this section that has none (mandatory fields first)"));
    QAction *remove = viewAction(tr("Remove rule"), QKeySequence::Delete, rules);
    connect(add, &QAction::triggered, this, &StructureEditor::askAddRule);
    connect(remove, &QAction::triggered, this,
            [this, rules] { removeRule(m_editor->rules()->section(), rules->currentIndex().row()); });
    return withButtons(rules, {actionButton(add, QStringLiteral("addRule"), rules->parentWidget()),
                               actionButton(remove, QStringLiteral("removeRule"), rules->parentWidget())});
}

QWidget *StructureEditor::sectionsPane(QListWidget *sections)
{
    QAction *add = viewAction(tr("Add…"), QKeySequence(Qt::Key_Insert), sections);
    add->setToolTip(tr("Add a section: an M3 transaction or a 3dcart object"));
    QAction *remove = viewAction(tr("Remove"), QKeySequence::Delete, sections);
    remove->setToolTip(tr("Remove the chosen section and its rules"));
    connect(add, &QAction::triggered, this, &StructureEditor::askAddSection);
    connect(remove, &QAction::triggered, this, [this, sections] {
        const int s = sections->currentRow();
        if (s < 0)
            return;
        const auto &doc = m_editor->draft()->document();
        if (QMessageBox::question(
                m_editor, tr("Remove section"),
                tr("Remove section %1 and its %n rule(s)?", nullptr, int(doc.sections.at(s).rules.size()))
                    .arg(doc.sections.at(s).id)) == QMessageBox::Yes)
            removeSection(s);
    });
    return withButtons(sections,
                       {actionButton(add, QStringLiteral("addSection"), sections->parentWidget()),
                        actionButton(remove, QStringLiteral("removeSection"), sections->parentWidget())});
}

void StructureEditor::refuse(const QString &text)
{
    m_message = text;
    emit message(text);
}

QList<StructureEditor::FreeField> StructureEditor::freeFields(int section) const
{
    const MappingDraft *draft = m_editor->draft();
    const auto &sections = draft->document().sections;
    if (section < 0 || section >= sections.size())
        return {};
    const SectionDef &s = sections.at(section);
    QSet<QString> used;
    for (const RuleDef &r : s.rules)
        used.insert(r.target);
    QList<FreeField> mandatory;
    QList<FreeField> optional;
    auto collect = [&](const FieldSet &set, const QString &prefix, auto &&self) -> void {
        for (const FieldSpec &f : set.fields) {
            const QString name = prefix + f.name;
            if (f.kind == FieldKind::Object && !f.of.isEmpty()) { // 3dcart nested object: its fields
                if (const FieldSet *inner = draft->schema().objectFor(f.of); inner && prefix.isEmpty())
                    self(*inner, name + QLatin1Char('.'), self);
                continue;
            }
            if (f.kind == FieldKind::Array || used.contains(name))
                continue;
            (f.mandatory ? mandatory : optional) << FreeField{name, f.description, f.mandatory};
        }
    };
    if (const FieldSet *fields = draft->schema().targetFields(s.target))
        collect(*fields, QString(), collect);
    return mandatory + optional;
}

bool StructureEditor::addRule(int section, const QString &field)
{
    const auto &sections = m_editor->draft()->document().sections;
    if (section < 0 || section >= sections.size() || field.isEmpty())
        return false;
    const SectionDef &s = sections.at(section);
    for (const RuleDef &r : s.rules)
        if (r.target == field) {
            refuse(tr("%1 already has a rule (%2).").arg(field, r.id));
            return false;
        }
    QSet<QString> ids;
    for (const SectionDef &sec : sections)
        for (const RuleDef &r : sec.rules)
            ids.insert(r.id);
    RuleDef rule;
    rule.id = s.id + QLatin1Char('.') + field.toLower();
    for (int n = 2; ids.contains(rule.id); ++n)
        rule.id = QStringLiteral("%1.%2_%3").arg(s.id, field.toLower()).arg(n);
    rule.target = field;
    rule.value = QString(); // empty until the person writes an expression: the preview says so
    const bool done = m_editor->draft()->edit(tr("Add rule %1").arg(rule.id),
                                              [&](MappingDocument &d) { d.sections[section].rules << rule; });
    if (done)
        m_editor->selectRule(s.id, rule.id); // ready to type its expression
    return done;
}

bool StructureEditor::removeRule(int section, int row)
{
    const auto &sections = m_editor->draft()->document().sections;
    if (section < 0 || section >= sections.size() || row < 0 || row >= sections.at(section).rules.size())
        return false;
    const QString id = sections.at(section).rules.at(row).id;
    const bool done = m_editor->draft()->edit(
        tr("Remove rule %1").arg(id), [&](MappingDocument &d) { d.sections[section].rules.removeAt(row); });
    if (done && m_editor->rules()->rowCount() > 0) // keep a row selected for the next Delete
        m_editor->ruleView()->setCurrentIndex(m_editor->rules()->index(
            qMin(row, m_editor->rules()->rowCount() - 1), RuleTableModel::Expression));
    return done;
}

bool StructureEditor::addSection(const SectionDef &section)
{
    const auto &doc = m_editor->draft()->document();
    if (section.id.isEmpty()) {
        refuse(tr("A section needs an id."));
        return false;
    }
    for (const SectionDef &s : doc.sections)
        if (s.id == section.id) {
            refuse(tr("There is already a section %1.").arg(section.id));
            return false;
        }
    if (!m_editor->draft()->schema().targetFields(section.target)) {
        refuse(tr("%1 is not in the metadata.").arg(section.target.label()));
        return false;
    }
    const bool done = m_editor->draft()->edit(tr("Add section %1").arg(section.id),
                                              [&](MappingDocument &d) { d.sections << section; });
    if (done)
        m_editor->selectSection(int(m_editor->draft()->document().sections.size()) - 1);
    return done;
}

bool StructureEditor::removeSection(int section)
{
    const auto &doc = m_editor->draft()->document();
    if (section < 0 || section >= doc.sections.size())
        return false;
    if (doc.sections.size() == 1) {
        refuse(tr("A mapping needs at least one section."));
        return false;
    }
    const QString id = doc.sections.at(section).id;
    return m_editor->draft()->edit(tr("Remove section %1").arg(id),
                                   [&](MappingDocument &d) { d.sections.removeAt(section); });
}

void StructureEditor::askAddRule()
{
    const int section = m_editor->rules()->section();
    const QList<FreeField> free = freeFields(section);
    if (free.isEmpty()) {
        QMessageBox::information(m_editor, tr("Add rule"),
                                 tr("Every target field of this section has a rule."));
        return;
    }
    QStringList items;
    for (const FreeField &f : free)
        items << (f.mandatory ? tr("%1 * (mandatory) — %2") : tr("%1 — %2")).arg(f.name, f.description);
    bool ok = false;
    const QString choice =
        QInputDialog::getItem(m_editor, tr("Add rule"), tr("Target field:"), items, 0, false, &ok);
    if (ok)
        addRule(section, free.at(items.indexOf(choice)).name);
}

void StructureEditor::askAddSection()
{
    SectionDialog dialog(m_editor->draft()->schema(), m_editor);
    while (dialog.exec() == QDialog::Accepted) {
        if (addSection(dialog.section()))
            return;
        QMessageBox::warning(m_editor, tr("Add section"), m_message);
    }
}

} // namespace m3cart::ui
