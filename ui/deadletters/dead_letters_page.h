#pragma once
// The dead-letter inspector: the dead events with the monitor's filters (plus error class and reason), the
// detail with attempts and revisions, and the operator's actions, each through the audited core API (who,
// when, what, why): retry, edit the payload and retry, dry-run retry, retry the selection or everything
// matching at a pace with progress and cancel, discard with a reason, export to JSON, open the payload as
// a mapping sample.

#include <QWidget>
#include <functional>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QGroupBox;

namespace m3cart {
class Store;
namespace ui {

class BulkRetry;
class ConsoleSession;
class EventBrowser;

class DeadLettersPage : public QWidget
{
    Q_OBJECT
public:
    DeadLettersPage(std::shared_ptr<const Store> store, ConsoleSession *session, QWidget *parent = nullptr);

    EventBrowser *browser() const { return m_browser; }
    BulkRetry *bulk() const { return m_bulk; }
    void setFilter(const QString &filter);
    void setExportPathChooser(std::function<QString()> choose) { m_chooseExportPath = std::move(choose); }
    QString statusText() const;

    void retrySelected();
    void retryMatching();
    void editAndRetry();
    void dryRunRetry();
    void discardSelected();
    void exportSelected();
    void openInMappingEditor();

signals:
    void actionFinished(const QString &message); // after each action, for the status line and tests
    void openMappingRequested(qint64 eventId);   // its payload as the sample of the mapping that reads it

private:
    void startBulk(const QList<qint64> &ids);
    void openEditor(qint64 id, const QByteArray &payload);
    void runDryRun(qint64 id, const QByteArray *payload);
    void report(const QString &message, const QList<qint64> &changed);
    QString retryReason() const;
    QAction *makeAction(const QString &text, const QString &name, const QKeySequence &keys,
                        void (DeadLettersPage::*fn)());

    std::shared_ptr<const Store> m_store;
    ConsoleSession *m_session = nullptr;
    EventBrowser *m_browser = nullptr;
    BulkRetry *m_bulk = nullptr;
    QSpinBox *m_pace = nullptr;
    QLineEdit *m_reason = nullptr;
    QGroupBox *m_bulkBox = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_status = nullptr;
    QList<QAction *> m_actions;
    std::function<QString()> m_chooseExportPath;
};

} // namespace ui
} // namespace m3cart
