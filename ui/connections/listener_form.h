#pragma once
// The listener 3dcart webhooks and ION BODs are pushed to: address, port, the public URL they are sent to,
// the secret in the URLs (with Generate), TLS files, and "Register webhooks" at the store.

#include "connection_form.h"

class QLineEdit;
class QSpinBox;

namespace m3cart::ui {

class ListenerForm : public ConnectionForm
{
    Q_OBJECT
public:
    explicit ListenerForm(ConsoleSession *session, QWidget *parent = nullptr);
    QStringList validate() const override;
    QJsonObject plainSettings() const override;
    void registerWebhooks();

protected:
    void load(const QJsonObject &setting) override;

private:
    QLineEdit *fileRow(const QString &label, const QString &name);

    QLineEdit *m_address = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_publicUrl = nullptr;
    SecretField *m_secret = nullptr;
    QLineEdit *m_cert = nullptr;
    QLineEdit *m_key = nullptr;
};

} // namespace m3cart::ui
