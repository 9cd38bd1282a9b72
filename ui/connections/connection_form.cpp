#include "connection_form.h"

#include "ui/session/async.h"
#include "ui/session/console_session.h"
#include "ui/widgets/secret_field.h"

#include "secrets/secret_snapshot.h"
#include "secrets/secret_store.h"
#include "store/audit_log.h"
#include "store/settings_repository.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace m3cart::ui {

ConnectionForm::ConnectionForm(ConsoleSession *session, const QString &connection, const QString &settingName,
                               QWidget *parent)
    : QWidget(parent), m_session(session), m_connection(connection), m_settingName(settingName)
{
    setObjectName(QStringLiteral("form_") + connection);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(12, 12, 12, 12);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    column->addLayout(m_form);
    column->addSpacing(8);
    m_buttons = new QHBoxLayout;
    auto *saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("save"));
    auto *testButton = new QPushButton(tr("Test connection"), this);
    testButton->setObjectName(QStringLiteral("test"));
    m_buttons->addWidget(saveButton);
    m_buttons->addWidget(testButton);
    m_buttons->addStretch(1);
    column->addLayout(m_buttons);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(m_message);
    column->addStretch(1);
    connect(saveButton, &QPushButton::clicked, this, &ConnectionForm::save);
    connect(testButton, &QPushButton::clicked, this, &ConnectionForm::test);
    connect(session, &ConsoleSession::connectionTested, this,
            [this](const QString &which, bool ok, const QString &errorClass, const QString &text) {
                if (which != m_connection)
                    return;
                if (ok)
                    showMessage(tr("Connection works. %1").arg(text), false);
                else
                    showMessage(tr("Connection failed (%1 error): %2\nWhat to check: %3")
                                    .arg(errorClass, text, hintFor(errorClass, m_connection)),
                                true);
                emit tested(ok);
            });
}

SecretField *ConnectionForm::addSecret(const QString &label, const char *name, bool generate)
{
    auto *field = new SecretField(QLatin1String(name), generate, this);
    m_form->addRow(label, field);
    m_secrets << field;
    return field;
}

QHash<QString, QString> ConnectionForm::typedSecrets() const
{
    QHash<QString, QString> typed;
    for (const SecretField *f : m_secrets)
        if (!f->typedValue().isEmpty())
            typed.insert(f->secretName(), f->typedValue());
    return typed;
}

QString ConnectionForm::message() const
{
    return m_message->text();
}

void ConnectionForm::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b71c1c;") : QStringLiteral("color: #1b5e20;"));
}

void ConnectionForm::reload()
{
    QPointer<ConnectionForm> self(this);
    QStringList names;
    for (const SecretField *f : m_secrets)
        names << f->secretName();
    runAsync(
        this,
        [store = m_session->store(), name = m_settingName] { return SettingsRepository(store).get(name); },
        [self, names](const Result<QJsonValue> &v) {
            if (!self)
                return;
            self->m_stored = v ? v->toObject() : QJsonObject();
            self->load(self->m_stored);
            readSecrets(self->m_session->secrets(), names, [self](SecretSnapshot snap) {
                if (!self)
                    return;
                for (SecretField *f : self->m_secrets)
                    f->setStored(snap.present.contains(f->secretName()),
                                 self->m_session->sessionOnlySecrets());
                self->m_loaded = true;
                emit self->loaded();
            });
        });
}

void ConnectionForm::save()
{
    const QStringList problems = validate();
    if (!problems.isEmpty()) {
        showMessage(tr("Not saved:\n• %1").arg(problems.join(QStringLiteral("\n• "))), true);
        emit saved(false);
        return;
    }
    // Secrets first: settings must never point at credentials that are not there.
    const QHash<QString, QString> typed = typedSecrets();
    auto left = std::make_shared<qsizetype>(typed.size());
    auto failure = std::make_shared<QString>();
    QPointer<ConnectionForm> self(this);
    const auto afterSecrets = [self, failure] {
        if (!self)
            return;
        if (!failure->isEmpty()) {
            self->showMessage(tr("Not saved: the secret store refused: %1").arg(*failure), true);
            emit self->saved(false);
            return;
        }
        self->writeSettings();
    };
    if (typed.isEmpty()) {
        afterSecrets();
        return;
    }
    for (auto it = typed.begin(); it != typed.end(); ++it) {
        m_session->secrets().write(it.key(), it.value(), [left, failure, afterSecrets](Status s) {
            if (!s && failure->isEmpty())
                *failure = s.error().message;
            if (--*left == 0)
                afterSecrets();
        });
    }
}

void ConnectionForm::writeSettings()
{
    QJsonObject merged = m_stored; // keys this form does not edit are kept
    const QJsonObject plain = plainSettings();
    for (auto it = plain.begin(); it != plain.end(); ++it)
        merged.insert(it.key(), it.value());
    QPointer<ConnectionForm> self(this);
    runAsync(
        this,
        [store = m_session->store(), name = m_settingName, merged] {
            return SettingsRepository(store).set(name, merged, AuditLog::defaultActor());
        },
        [self, merged](const Status &s) {
            if (!self)
                return;
            if (!s) {
                self->showMessage(tr("Not saved: %1").arg(s.error().message), true);
                emit self->saved(false);
                return;
            }
            self->m_stored = merged;
            for (SecretField *f : self->m_secrets) {
                if (!f->typedValue().isEmpty())
                    f->setStored(true, self->m_session->sessionOnlySecrets());
                f->clearTyped();
            }
            QString text = self->m_session->sessionOnlySecrets()
                               ? tr("Saved. Secrets are kept for this session only.")
                               : tr("Saved. Secrets are in the keychain.");
            if (self->m_session->engineRunning() && !self->m_session->isSandbox())
                text +=
                    QLatin1Char(' ') + tr("The running engine uses the new settings after m3cart restarts.");
            self->showMessage(text, false);
            emit self->saved(true);
        });
}

void ConnectionForm::test()
{
    const QStringList problems = validate();
    if (!problems.isEmpty()) {
        showMessage(tr("Cannot test yet:\n• %1").arg(problems.join(QStringLiteral("\n• "))), true);
        emit tested(false);
        return;
    }
    showMessage(tr("Testing…"), false);
    QJsonObject merged = m_stored;
    const QJsonObject plain = plainSettings();
    for (auto it = plain.begin(); it != plain.end(); ++it)
        merged.insert(it.key(), it.value());
    m_session->testConnection(m_connection, merged, typedSecrets());
}

QString ConnectionForm::hintFor(const QString &errorClass, const QString &connection)
{
    const bool cart = connection == QLatin1String("cart");
    const bool m3 = connection == QLatin1String("m3");
    if (errorClass == QLatin1String("auth"))
        return cart ? tr("the PrivateKey and Token (the store must have authorised the app), and the "
                         "SecureURL.")
               : m3 ? tr("the .ionapi file (client and service account keys) or the user and password; the "
                         "account must be allowed to call MI programs.")
                    : tr("the listener secret: the token= in the URL must match.");
    if (errorClass == QLatin1String("transient"))
        return tr("the address and port, the network, a proxy or firewall, and whether the server is up.");
    if (errorClass == QLatin1String("rate_limited"))
        return tr("nothing is wrong with the settings; the server asks to slow down. Lower the pacing.");
    if (errorClass == QLatin1String("not_found"))
        return cart ? tr("the API base URL and the API version.")
               : m3 ? tr("the gateway URL (pu) and the tenant; on premise, the base URL and port.")
                    : tr("the address and port.");
    if (errorClass == QLatin1String("data"))
        return tr("the values in the form (a URL, a number).");
    return tr("the settings above.");
}

} // namespace m3cart::ui
