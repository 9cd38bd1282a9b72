#pragma once
// On-demand syncs: pick a job (orders since a time now; stock, items and status once their flows exist),
// dry run or for real, progress and cancel, what was sent or would be sent, and the history of runs.

#include <QWidget>
#include <atomic>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace m3cart {
class Store;
namespace ui {

class ConsoleSession;
class RunHistoryModel;
class SyncJob;

class SyncsPage : public QWidget
{
    Q_OBJECT
public:
    SyncsPage(std::shared_ptr<const Store> store, ConsoleSession *session, QWidget *parent = nullptr);
    ~SyncsPage() override;

    QList<std::shared_ptr<const SyncJob>> jobs() const { return m_jobs; }
    RunHistoryModel *history() const { return m_history; }
    bool isRunning() const { return m_cancel != nullptr; }
    void refreshHistory();
    void start();
    void cancel();

signals:
    void finished(bool ok, const QString &message);
    void historyLoaded();

private:
    void showReport(const QJsonObject &report);
    void progressLine(const QString &line);
    void setRunning(bool running);

    std::shared_ptr<const Store> m_store;
    ConsoleSession *m_session = nullptr;
    QList<std::shared_ptr<const SyncJob>> m_jobs;
    QButtonGroup *m_choice = nullptr;
    QDateTimeEdit *m_since = nullptr;
    QCheckBox *m_dryRun = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_state = nullptr;
    QTreeWidget *m_rows = nullptr;
    QPlainTextEdit *m_calls = nullptr;
    RunHistoryModel *m_history = nullptr;
    QTableView *m_historyView = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace ui
} // namespace m3cart
