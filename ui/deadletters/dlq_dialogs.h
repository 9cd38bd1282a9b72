#pragma once
// The dead-letter inspector's dialogs: edit a payload (JSON checked as you type) with a reason; give a
// reason (discard, bulk retry); show a text result (the calls of a dry run). All open non-modally.

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace m3cart::ui {

class PayloadEditDialog : public QDialog
{
    Q_OBJECT
public:
    PayloadEditDialog(qint64 eventId, const QString &payload, bool json, QWidget *parent = nullptr);
    QByteArray payload() const;
    QString reason() const;
    QPlainTextEdit *editor() const { return m_editor; }
    QLineEdit *reasonField() const { return m_reason; }
    QPushButton *retryButton() const { return m_retry; }

signals:
    void dryRunRequested(const QByteArray &payload);

private:
    void validate();

    bool m_json = true;
    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_validation = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_dryRun = nullptr;
};

class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    ReasonDialog(const QString &title, const QString &text, const QString &action, QWidget *parent = nullptr);
    QString reason() const;
    QLineEdit *reasonField() const { return m_reason; }
    QPushButton *okButton() const { return m_ok; }

private:
    QLineEdit *m_reason = nullptr;
    QPushButton *m_ok = nullptr;
};

// A read-only text (monospace) in a window of its own, deleted on close.
QDialog *showTextWindow(QWidget *parent, const QString &objectName, const QString &title,
                        const QString &summary, const QString &text);

} // namespace m3cart::ui
