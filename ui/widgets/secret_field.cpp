#include "secret_field.h"

#include "config/connections.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace m3cart::ui {

SecretField::SecretField(const QString &secretName, bool generate, QWidget *parent)
    : QWidget(parent), m_name(secretName)
{
    setObjectName(QStringLiteral("secret_") + secretName);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("edit"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setClearButtonEnabled(true);
    row->addWidget(m_edit, 1);
    if (generate) {
        m_generate = new QPushButton(tr("Generate"), this);
        m_generate->setObjectName(QStringLiteral("generate"));
        m_generate->setToolTip(tr("A new random secret (32 bytes). Webhooks registered with the old one stop "
                                  "working until you register them again."));
        connect(m_generate, &QPushButton::clicked, this, [this] {
            m_edit->setText(config::generateSecret());
            updateStatus();
            emit edited();
        });
        row->addWidget(m_generate);
    }
    column->addLayout(row);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    QFont f = m_status->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    m_status->setFont(f);
    column->addWidget(m_status);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        updateStatus();
        emit edited();
    });
    updateStatus();
}

void SecretField::setStored(bool present, bool sessionOnly)
{
    m_stored = present;
    m_sessionOnly = sessionOnly;
    updateStatus();
}

QString SecretField::typedValue() const
{
    return m_edit->text();
}

void SecretField::clearTyped()
{
    m_edit->clear();
    updateStatus();
}

void SecretField::setTyped(const QString &value)
{
    m_edit->setText(value);
    updateStatus();
}

void SecretField::updateStatus()
{
    QString text;
    if (!m_edit->text().isEmpty())
        text = m_sessionOnly ? tr("New value: kept in memory for this session only when saved")
                             : tr("New value: goes to the keychain when saved");
    else if (m_stored)
        text = m_sessionOnly ? tr("Stored for this session only (memory)") : tr("Stored in keychain");
    else
        text = tr("Not set");
    m_status->setText(text);
    m_edit->setPlaceholderText(m_stored ? tr("Type to replace the stored value") : tr("Type the value"));
}

} // namespace m3cart::ui
