#pragma once
// A secret in a form: never shows the stored value, only whether one is stored and where ("stored in
// keychain"); typing replaces it on save. Optionally a Generate button (the listener secret).

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace m3cart::ui {

class SecretField : public QWidget
{
    Q_OBJECT
public:
    SecretField(const QString &secretName, bool generate, QWidget *parent = nullptr);

    QString secretName() const { return m_name; }
    // present: a value is stored; backend: "OS keychain" or "session memory".
    void setStored(bool present, bool sessionOnly);
    bool isStored() const { return m_stored; }
    QString typedValue() const; // what the user typed (or generated); empty: keep the stored value
    void clearTyped();
    void setTyped(const QString &value); // e.g. from an imported file; saved like a typed value

signals:
    void edited();

private:
    void updateStatus();

    QString m_name;
    QLineEdit *m_edit = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_generate = nullptr;
    bool m_stored = false;
    bool m_sessionOnly = false;
};

} // namespace m3cart::ui
