#include "function_chain_dialog.h"

#include "mapping/expression.h"
#include "mapping/mapping_document.h"
#include "mapping_draft.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace m3cart::ui {

using namespace m3cart::mapping;

FunctionChainDialog::FunctionChainDialog(MappingDraft *draft, int section, int rule, QWidget *parent)
    : QDialog(parent), m_draft(draft), m_section(section), m_rule(rule)
{
    setObjectName(QStringLiteral("functionChainDialog"));
    const RuleDef &def = draft->document().sections.at(section).rules.at(rule);
    setWindowTitle(tr("Function chain: %1").arg(def.target));
    m_original = ruleExpressionText(def);
    m_chain = parseChain(m_original);

    m_source = new QLabel(this);
    m_source->setTextFormat(Qt::PlainText);
    m_source->setWordWrap(true);

    // The chain: one step per line, applied top to bottom.
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("chainSteps"));
    m_args = new QLineEdit(this);
    m_args->setObjectName(QStringLiteral("chainArgs"));
    m_args->setPlaceholderText(tr("extra arguments, e.g. 36 or '-', ''"));
    m_up = new QPushButton(tr("&Up"), this);
    m_down = new QPushButton(tr("Do&wn"), this);
    m_remove = new QPushButton(tr("Re&move"), this);
    auto *stepBox = new QGroupBox(tr("Chain (applied top to bottom)"), this);
    auto *sl = new QGridLayout(stepBox);
    sl->addWidget(m_steps, 0, 0, 1, 3);
    auto *argLabel = new QLabel(tr("&Arguments:"), stepBox);
    argLabel->setBuddy(m_args);
    sl->addWidget(argLabel, 1, 0);
    sl->addWidget(m_args, 1, 1, 1, 2);
    sl->addWidget(m_up, 2, 0);
    sl->addWidget(m_down, 2, 1);
    sl->addWidget(m_remove, 2, 2);

    // The library.
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("functionFilter"));
    m_filter->setPlaceholderText(tr("Filter functions…"));
    m_filter->setClearButtonEnabled(true);
    m_category = new QComboBox(this);
    m_category->addItem(tr("All categories"), QString());
    QStringList categories;
    for (const FunctionSpec *f : allFunctions())
        if (!categories.contains(QLatin1String(f->category)))
            categories << QLatin1String(f->category);
    for (const QString &c : std::as_const(categories))
        m_category->addItem(c, c);
    m_library = new QListWidget(this);
    m_library->setObjectName(QStringLiteral("functionLibrary"));
    m_doc = new QLabel(this);
    m_doc->setWordWrap(true);
    m_doc->setTextFormat(Qt::PlainText);
    m_doc->setMinimumHeight(m_doc->fontMetrics().height() * 4);
    m_doc->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_add = new QPushButton(tr("A&dd to chain"), this);
    m_add->setObjectName(QStringLiteral("addFunction"));
    auto *libBox = new QGroupBox(tr("Function library"), this);
    auto *ll = new QVBoxLayout(libBox);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_category);
    ll->addLayout(filterRow);
    ll->addWidget(m_library, 1);
    ll->addWidget(m_doc);
    ll->addWidget(m_add);

    m_expression = new QLineEdit(this);
    m_expression->setObjectName(QStringLiteral("chainExpression"));
    m_expression->setReadOnly(true);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("chainPreview"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    auto *result = new QFormLayout;
    result->addRow(tr("Expression:"), m_expression);
    result->addRow(tr("Preview:"), m_preview);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FunctionChainDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FunctionChainDialog::reject);

    auto *across = new QHBoxLayout;
    across->addWidget(stepBox, 1);
    across->addWidget(libBox, 1);
    auto *l = new QVBoxLayout(this);
    l->addWidget(m_source);
    l->addLayout(across, 1);
    l->addLayout(result);
    l->addWidget(m_buttons);
    resize(760, 520);

    connect(m_filter, &QLineEdit::textChanged, this, &FunctionChainDialog::fillLibrary);
    connect(m_category, &QComboBox::currentIndexChanged, this, &FunctionChainDialog::fillLibrary);
    connect(m_library, &QListWidget::currentRowChanged, this, &FunctionChainDialog::showFunction);
    connect(m_library, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *i) { addStep(i->data(Qt::UserRole).toString()); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *i = m_library->currentItem())
            addStep(i->data(Qt::UserRole).toString());
    });
    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        const QSignalBlocker block(m_args);
        m_args->setText(row >= 0 && m_chain ? m_chain->steps.at(row).args.join(QStringLiteral(", "))
                                            : QString());
        m_args->setEnabled(row >= 0);
    });
    connect(m_args, &QLineEdit::textEdited, this,
            [this](const QString &text) { setArguments(m_steps->currentRow(), text); });
    connect(m_up, &QPushButton::clicked, this, [this] { moveStep(m_steps->currentRow(), -1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveStep(m_steps->currentRow(), 1); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeStep(m_steps->currentRow()); });

    if (!m_chain) {
        m_source->setText(
            tr("%1 ← %2\nThis expression is not a simple chain of functions over one source; edit it in "
               "the Rules tab.")
                .arg(def.target, m_original));
        stepBox->setEnabled(false);
        libBox->setEnabled(false);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    } else {
        m_source->setText(tr("%1 ← %2 (source), then the functions below").arg(def.target, m_chain->source));
    }
    fillLibrary();
    fillSteps();
    refresh();
    m_filter->setFocus();
}

QString FunctionChainDialog::expression() const
{
    return m_chain ? m_chain->expression() : m_original;
}

QString FunctionChainDialog::previewText() const
{
    return m_preview->text();
}

void FunctionChainDialog::setFilter(const QString &text)
{
    m_filter->setText(text);
}

void FunctionChainDialog::fillLibrary()
{
    const QString text = m_filter->text().trimmed();
    const QString category = m_category->currentData().toString();
    m_library->clear();
    for (const FunctionSpec *f : allFunctions()) {
        const QString name = QLatin1String(f->name);
        if (!category.isEmpty() && category != QLatin1String(f->category))
            continue;
        if (!text.isEmpty() && !name.contains(text, Qt::CaseInsensitive) &&
            !QString::fromUtf8(f->summary).contains(text, Qt::CaseInsensitive))
            continue;
        auto *item =
            new QListWidgetItem(QStringLiteral("%1  —  %2").arg(name, QLatin1String(f->category)), m_library);
        item->setData(Qt::UserRole, name);
        item->setToolTip(QString::fromUtf8(f->signature));
    }
    if (m_library->count() > 0)
        m_library->setCurrentRow(0);
    showFunction();
}

void FunctionChainDialog::showFunction()
{
    const QListWidgetItem *i = m_library->currentItem();
    const FunctionSpec *f = i ? findFunction(i->data(Qt::UserRole).toString()) : nullptr;
    m_add->setEnabled(f && m_chain);
    m_doc->setText(f ? tr("%1\n%2\nExample: %3")
                           .arg(QString::fromUtf8(f->signature), QString::fromUtf8(f->summary),
                                QString::fromUtf8(f->example))
                     : QString());
}

void FunctionChainDialog::fillSteps()
{
    const int row = m_steps->currentRow();
    m_steps->clear();
    if (!m_chain)
        return;
    for (const ChainStep &s : m_chain->steps)
        m_steps->addItem(
            s.args.isEmpty()
                ? s.function
                : QStringLiteral("%1(…, %2)").arg(s.function, s.args.join(QStringLiteral(", "))));
    m_steps->setCurrentRow(qMin(row, m_steps->count() - 1));
}

bool FunctionChainDialog::addStep(const QString &function)
{
    const FunctionSpec *f = findFunction(function);
    if (!m_chain || !f)
        return false;
    m_chain->steps << ChainStep{function, {}};
    fillSteps();
    m_steps->setCurrentRow(m_steps->count() - 1);
    refresh();
    if (f->minArgs > 1)
        m_args->setFocus(); // the function needs more than the chained value
    return true;
}

bool FunctionChainDialog::setArguments(int step, const QString &args)
{
    if (!m_chain || step < 0 || step >= m_chain->steps.size())
        return false;
    QString error;
    const auto parsed = parseChainArgs(m_chain->steps.at(step).function, args, &error);
    if (!parsed) {
        m_error = tr("%1: %2").arg(m_chain->steps.at(step).function, error);
        m_preview->setText(m_error);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return false;
    }
    m_chain->steps[step].args = *parsed;
    const QSignalBlocker block(m_args);
    fillSteps();
    m_steps->setCurrentRow(step);
    refresh();
    return true;
}

void FunctionChainDialog::removeStep(int step)
{
    if (!m_chain || step < 0 || step >= m_chain->steps.size())
        return;
    m_chain->steps.removeAt(step);
    fillSteps();
    refresh();
}

void FunctionChainDialog::moveStep(int step, int delta)
{
    if (!m_chain || step < 0 || step + delta < 0 || step >= m_chain->steps.size() ||
        step + delta >= m_chain->steps.size())
        return;
    m_chain->steps.move(step, step + delta);
    fillSteps();
    m_steps->setCurrentRow(step + delta);
    refresh();
}

void FunctionChainDialog::refresh()
{
    const QString expr = expression();
    m_expression->setText(expr);
    m_error.clear();
    // Arity and argument syntax first (a function just added may still need its arguments).
    if (auto parsed = parseExpression(expr); !parsed)
        m_error = parsed.error().message;
    if (m_error.isEmpty() && !m_draft->hasSample()) {
        m_preview->setText(tr("(no sample: open one to preview)"));
    } else if (m_error.isEmpty()) {
        const auto value = m_draft->tryExpression(m_section, m_rule, expr);
        if (!value)
            m_error = value.error().message;
        else
            m_preview->setText(value->isEmpty() ? tr("(empty: the field is not sent)") : *value);
    }
    if (!m_error.isEmpty())
        m_preview->setText(tr("⚠ %1").arg(m_error));
    const int row = m_steps->currentRow();
    m_up->setEnabled(m_chain && row > 0);
    m_down->setEnabled(m_chain && row >= 0 && row < m_steps->count() - 1);
    m_remove->setEnabled(m_chain && row >= 0);
    m_args->setEnabled(m_chain && row >= 0);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_chain && m_error.isEmpty());
}

void FunctionChainDialog::accept()
{
    if (!m_chain || !m_error.isEmpty())
        return;
    if (expression() != m_original)
        m_draft->setExpression(m_section, m_rule, expression());
    QDialog::accept();
}

} // namespace m3cart::ui
