#pragma once
// What the three connection forms share: a form over one "connection.*" setting plus its secrets, Save
// (validated; secrets to the SecretStore, the rest to settings) and Test connection (a real call with the
// values in the form), and one line of feedback that names the error class and what to check.

#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QHBoxLayout;

namespace m3cart::ui {

class ConsoleSession;
class SecretField;

class ConnectionForm : public QWidget
{
    Q_OBJECT
public:
    ConnectionForm(ConsoleSession *session, const QString &connection, const QString &settingName,
                   QWidget *parent = nullptr);

    QString connection() const { return m_connection; }
    void reload();                                 // the stored setting and which secrets exist (async)
    virtual QStringList validate() const = 0;      // what is wrong, in words for the user; empty: fine
    virtual QJsonObject plainSettings() const = 0; // the form as the setting (never a secret)
    QHash<QString, QString> typedSecrets() const;
    void save();
    void test();
    QString message() const;
    bool isLoaded() const { return m_loaded; }

    // For a user: what to check for each class of error.
    static QString hintFor(const QString &errorClass, const QString &connection);

signals:
    void loaded();
    void saved(bool ok);
    void tested(bool ok);

protected:
    virtual void load(const QJsonObject &setting) = 0;
    QFormLayout *form() const { return m_form; }
    QHBoxLayout *buttons() const { return m_buttons; }
    SecretField *addSecret(const QString &label, const char *name, bool generate = false);
    void showMessage(const QString &text, bool error);
    ConsoleSession *session() const { return m_session; }
    QJsonObject stored() const { return m_stored; }

private:
    void writeSettings();

    ConsoleSession *m_session;
    QString m_connection;
    QString m_settingName;
    QFormLayout *m_form = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QLabel *m_message = nullptr;
    QList<SecretField *> m_secrets;
    QJsonObject m_stored;
    bool m_loaded = false;
};

} // namespace m3cart::ui
