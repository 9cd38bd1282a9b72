#include "listener_form.h"

#include "ui/session/console_session.h"
#include "ui/widgets/secret_field.h"

#include "config/connections.h"
#include "config/webhook_registration.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace m3cart::ui {

ListenerForm::ListenerForm(ConsoleSession *session, QWidget *parent)
    : ConnectionForm(session, conn::listener(), config::listenerSetting(), parent)
{
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setToolTip(tr("127.0.0.1 behind a reverse proxy; 0.0.0.0 to accept from the network."));
    form()->addRow(tr("Listen on address:"), m_address);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    form()->addRow(tr("Port:"), m_port);
    m_publicUrl = new QLineEdit(this);
    m_publicUrl->setObjectName(QStringLiteral("publicUrl"));
    m_publicUrl->setPlaceholderText(QStringLiteral("https://hooks.example.com"));
    m_publicUrl->setToolTip(tr("Where 3dcart and ION reach the listener from the internet."));
    form()->addRow(tr("Public URL:"), m_publicUrl);
    m_secret = addSecret(tr("Secret:"), config::secret::ListenerSecret, true);
    m_cert = fileRow(tr("TLS certificate (PEM):"), QStringLiteral("certificate"));
    m_key = fileRow(tr("TLS private key (PEM):"), QStringLiteral("key"));

    auto *reg = new QPushButton(tr("Register webhooks"), this);
    reg->setObjectName(QStringLiteral("registerWebhooks"));
    reg->setToolTip(
        tr("Creates or updates one webhook per event at the 3dcart store, pointing at the public URL "
           "with the secret."));
    buttons()->insertWidget(2, reg);
    connect(reg, &QPushButton::clicked, this, &ListenerForm::registerWebhooks);
    connect(session, &ConsoleSession::webhooksRegistered, this, [this](bool ok, const QString &summary) {
        showMessage(ok ? tr("Webhooks registered:\n%1").arg(summary)
                       : tr("Webhooks not registered: %1").arg(summary),
                    !ok);
    });
    load({});
}

QLineEdit *ListenerForm::fileRow(const QString &label, const QString &name)
{
    auto *row = new QWidget(this);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(row);
    edit->setObjectName(name);
    edit->setPlaceholderText(tr("none: plain HTTP (use a TLS proxy in front)"));
    auto *browse = new QPushButton(tr("Browse…"), row);
    h->addWidget(edit, 1);
    h->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, edit, label] {
        const QString path = QFileDialog::getOpenFileName(this, label, QString(),
                                                          tr("PEM files (*.pem *.crt *.key);;All files (*)"));
        if (!path.isEmpty())
            edit->setText(path);
    });
    form()->addRow(label, row);
    return edit;
}

void ListenerForm::load(const QJsonObject &setting)
{
    m_address->setText(setting.value(QStringLiteral("address")).toString(QStringLiteral("127.0.0.1")));
    m_port->setValue(setting.value(QStringLiteral("port")).toInt(8787));
    m_publicUrl->setText(setting.value(QStringLiteral("public_url")).toString());
    m_cert->setText(setting.value(QStringLiteral("certificate_file")).toString());
    m_key->setText(setting.value(QStringLiteral("key_file")).toString());
}

QStringList ListenerForm::validate() const
{
    QStringList problems;
    QHostAddress a;
    if (!a.setAddress(m_address->text().trimmed()))
        problems
            << tr("Address '%1' is not an IP address (e.g. 127.0.0.1 or 0.0.0.0).").arg(m_address->text());
    if (!m_publicUrl->text().trimmed().isEmpty() &&
        !config::publicUrlProblem(m_publicUrl->text().trimmed()).isEmpty())
        problems << tr("Public URL '%1' must be an http(s) address.").arg(m_publicUrl->text());
    if (!m_secret->isStored() && m_secret->typedValue().isEmpty())
        problems << tr("The secret is missing: press Generate.");
    else if (!m_secret->typedValue().isEmpty() && m_secret->typedValue().size() < 16)
        problems << tr("The secret is too short: use at least 16 characters, or press Generate.");
    if (m_cert->text().isEmpty() != m_key->text().isEmpty())
        problems << tr("TLS needs both the certificate and the private key (or neither).");
    for (const QLineEdit *e : {m_cert, m_key})
        if (!e->text().isEmpty() && !QFileInfo(e->text()).isReadable())
            problems << tr("Cannot read %1.").arg(e->text());
    return problems;
}

QJsonObject ListenerForm::plainSettings() const
{
    return QJsonObject{{QStringLiteral("address"), m_address->text().trimmed()},
                       {QStringLiteral("port"), m_port->value()},
                       {QStringLiteral("public_url"), m_publicUrl->text().trimmed()},
                       {QStringLiteral("certificate_file"), m_cert->text()},
                       {QStringLiteral("key_file"), m_key->text()}};
}

void ListenerForm::registerWebhooks()
{
    const QString url = m_publicUrl->text().trimmed();
    if (url.isEmpty() || !config::publicUrlProblem(url).isEmpty()) {
        showMessage(
            tr("Enter the public URL first: the address 3dcart calls, e.g. https://hooks.example.com."),
            true);
        return;
    }
    showMessage(tr("Registering webhooks…"), false);
    session()->registerWebhooks(url);
}

} // namespace m3cart::ui
