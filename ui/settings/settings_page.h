#pragma once
// Settings: the retry policy per error class (an editable, validated table), engine concurrency and polling,
// alert thresholds, and the language. Saved to the store's settings (audited); the running engine takes the
// new policy at once, concurrency at the next start.

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;

namespace m3cart {
struct AlertThresholds;
}

namespace m3cart::ui {

class ConsoleSession;
class RetryPolicyModel;

class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(ConsoleSession *session, QWidget *parent = nullptr);
    RetryPolicyModel *policyModel() const { return m_policy; }
    void reload();
    void save();
    QString message() const;

    static QString languageSetting()
    {
        return QStringLiteral("ui/language");
    } // QSettings key: "", en, de, sv

signals:
    void loaded();
    void saved(bool ok);
    void thresholdsChanged(const m3cart::AlertThresholds &thresholds);

private:
    void showMessage(const QString &text, bool error);

    ConsoleSession *m_session;
    RetryPolicyModel *m_policy = nullptr;
    QTableView *m_table = nullptr;
    QSpinBox *m_workers = nullptr;
    QSpinBox *m_poll = nullptr;
    QSpinBox *m_dlq = nullptr;
    QSpinBox *m_stall = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace m3cart::ui
