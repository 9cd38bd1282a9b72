#pragma once
// The M3 connection: through the ION API gateway (import a .ionapi file: tenant and endpoints shown, its
// secrets to the keychain) or directly on premise (URL, user, password); the company, division, facility,
// warehouse, order type and template customer orders are created with.

#include "connection_form.h"
#include "m3/ionapi_file.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace m3cart::ui {

class M3Form : public ConnectionForm
{
    Q_OBJECT
public:
    explicit M3Form(ConsoleSession *session, QWidget *parent = nullptr);
    QStringList validate() const override;
    QJsonObject plainSettings() const override;
    // Reads the file, shows tenant and endpoints, and saves (secrets to the SecretStore). False + message
    // in the form when the file cannot be used.
    bool importFile(const QString &path);

protected:
    void load(const QJsonObject &setting) override;

private:
    void updateMode();
    void showIonApi();

    QComboBox *m_mode = nullptr;
    QLabel *m_ionSummary = nullptr;
    SecretField *m_cs = nullptr;
    SecretField *m_saak = nullptr;
    SecretField *m_sask = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_user = nullptr;
    SecretField *m_password = nullptr;
    QLineEdit *m_cono = nullptr;
    QLineEdit *m_divi = nullptr;
    QLineEdit *m_faci = nullptr;
    QLineEdit *m_whlo = nullptr;
    QLineEdit *m_ortp = nullptr;
    QLineEdit *m_template = nullptr;
    QComboBox *m_version = nullptr;
    m3::IonApiFile m_ionapi; // public part only
};

} // namespace m3cart::ui
