#pragma once
// The 3dcart connection: SecureURL, PrivateKey, Token (or an OAuth bearer), API version, the store's time
// zone and pacing.

#include "connection_form.h"

class QLineEdit;
class QComboBox;
class QSpinBox;
class QDoubleSpinBox;

namespace m3cart::ui {

class CartForm : public ConnectionForm
{
    Q_OBJECT
public:
    explicit CartForm(ConsoleSession *session, QWidget *parent = nullptr);
    QStringList validate() const override;
    QJsonObject plainSettings() const override;

protected:
    void load(const QJsonObject &setting) override;

private:
    QLineEdit *m_secureUrl = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QComboBox *m_version = nullptr;
    QComboBox *m_timeZone = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QSpinBox *m_concurrent = nullptr;
    SecretField *m_privateKey = nullptr;
    SecretField *m_token = nullptr;
    SecretField *m_bearer = nullptr;
};

} // namespace m3cart::ui
