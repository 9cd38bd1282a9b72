#include "dlq_dialogs.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace m3cart::ui {

namespace {
// Line and column of a character offset, for a parse error a person can find.
QPair<int, int> lineColumn(const QString &text, int offset)
{
    int line = 1, column = 1;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == u'\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}
} // namespace

PayloadEditDialog::PayloadEditDialog(qint64 eventId, const QString &payload, bool json, QWidget *parent)
    : QDialog(parent), m_json(json)
{
    setObjectName(QStringLiteral("payloadEditDialog"));
    setWindowTitle(tr("Edit the payload of #%1 and retry").arg(eventId));
    resize(720, 560);
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(
        tr("The edited payload is kept as a new revision; the original stays as it arrived."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("payloadEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setPlainText(payload);
    layout->addWidget(m_editor, 1);
    m_validation = new QLabel(this);
    m_validation->setObjectName(QStringLiteral("validation"));
    layout->addWidget(m_validation);
    auto *form = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Why the payload is changed (required, kept in the audit log)"));
    form->addRow(tr("Reason:"), m_reason);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_dryRun = buttons->addButton(tr("Dry run"), QDialogButtonBox::ActionRole);
    m_dryRun->setObjectName(QStringLiteral("dryRunButton"));
    m_retry = buttons->addButton(tr("Save and retry"), QDialogButtonBox::AcceptRole);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_dryRun, &QPushButton::clicked, this, [this] { emit dryRunRequested(this->payload()); });
    connect(m_editor, &QPlainTextEdit::textChanged, this, &PayloadEditDialog::validate);
    connect(m_reason, &QLineEdit::textChanged, this, &PayloadEditDialog::validate);
    validate();
}

QByteArray PayloadEditDialog::payload() const
{
    return m_editor->toPlainText().toUtf8();
}

QString PayloadEditDialog::reason() const
{
    return m_reason->text().trimmed();
}

void PayloadEditDialog::validate()
{
    bool valid = true;
    if (m_json) {
        QJsonParseError error{};
        QJsonDocument::fromJson(payload(), &error);
        valid = error.error == QJsonParseError::NoError;
        if (valid) {
            m_validation->setText(tr("Valid JSON."));
            m_validation->setStyleSheet(QStringLiteral("color: #2e7d32"));
        } else {
            const auto [line, column] = lineColumn(m_editor->toPlainText(), error.offset);
            m_validation->setText(tr("Not valid JSON: %1 at line %2, column %3.")
                                      .arg(error.errorString())
                                      .arg(line)
                                      .arg(column));
            m_validation->setStyleSheet(QStringLiteral("color: #c62828"));
        }
    }
    m_dryRun->setEnabled(valid);
    m_retry->setEnabled(valid && !reason().isEmpty());
}

ReasonDialog::ReasonDialog(const QString &title, const QString &text, const QString &action, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Reason (required, kept in the audit log)"));
    layout->addWidget(m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(action, QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, [this] { m_ok->setEnabled(!reason().isEmpty()); });
    resize(480, sizeHint().height());
}

QString ReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

QDialog *showTextWindow(QWidget *parent, const QString &objectName, const QString &title,
                        const QString &summary, const QString &text)
{
    auto *d = new QDialog(parent);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setObjectName(objectName);
    d->setWindowTitle(title);
    d->resize(760, 560);
    auto *layout = new QVBoxLayout(d);
    auto *label = new QLabel(summary, d);
    label->setObjectName(QStringLiteral("summary"));
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *view = new QPlainTextEdit(d);
    view->setObjectName(QStringLiteral("text"));
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setPlainText(text);
    layout->addWidget(view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, d);
    QObject::connect(buttons, &QDialogButtonBox::rejected, d, &QDialog::close);
    layout->addWidget(buttons);
    d->show();
    return d;
}

} // namespace m3cart::ui
