#pragma once
// Replays past events through the edited draft and the active version before the draft is activated
// (flows::MappingReplay): filters in the event monitor's syntax, a limit, progress and cancel (the replay
// runs on a pool thread and touches no widget), one line per event with its outcome, and for the chosen
// event the fields whose value would change.

#include "flows/mapping_replay.h"
#include "mapping/mapping_document.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QHash>
#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace m3cart {
class Store;
namespace ui {

class ReplayDialog : public QDialog
{
    Q_OBJECT
public:
    enum ResultColumn { EventId, Kind, Key, Outcome, ResultColumnCount };
    enum FieldColumn { Section, Record, Field, Active, Draft, FieldColumnCount };

    ReplayDialog(std::shared_ptr<const Store> store, const mapping::MappingDocument &draft,
                 QWidget *parent = nullptr);
    ~ReplayDialog() override;

    QLineEdit *filterEdit(EventField field) const { return m_filters.value(field); }
    QSpinBox *limit() const { return m_limit; }
    QStandardItemModel *results() const { return m_results; }
    QStandardItemModel *fields() const { return m_fields; }
    QTableView *resultView() const { return m_resultView; }
    const flows::ReplayReport &report() const { return m_report; }
    bool isRunning() const;
    QString statusText() const;

    void run();
    void cancel();
    void showResult(int row); // the field differences of one result row

signals:
    void finished(); // a run ended (done, cancelled or failed)

private:
    struct RunResult;
    void done(const RunResult &result);

    std::shared_ptr<const Store> m_store;
    mapping::MappingDocument m_draft;
    QHash<EventField, QLineEdit *> m_filters;
    QSpinBox *m_limit = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_eventSummary = nullptr; // the chosen event's outcome in full
    QStandardItemModel *m_results = nullptr;
    QStandardItemModel *m_fields = nullptr;
    QTableView *m_resultView = nullptr;
    QTableView *m_fieldView = nullptr;
    QFutureWatcher<std::shared_ptr<RunResult>> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    flows::ReplayReport m_report;
};

} // namespace ui
} // namespace m3cart
