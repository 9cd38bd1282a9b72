#include "syncs_page.h"

#include "sync_job.h"
#include "ui/deadletters/dry_run.h"
#include "ui/models/run_history_model.h"
#include "ui/session/async.h"
#include "ui/session/console_session.h"
#include "ui/widgets/page_heading.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace m3cart::ui {

SyncsPage::SyncsPage(std::shared_ptr<const Store> store, ConsoleSession *session, QWidget *parent)
    : QWidget(parent), m_store(std::move(store)), m_session(session), m_jobs(defaultSyncJobs())
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeHeading(tr("Syncs"), this));

    auto *top = new QHBoxLayout;
    auto *jobsBox = new QGroupBox(tr("Sync"), this);
    auto *jl = new QVBoxLayout(jobsBox);
    m_choice = new QButtonGroup(this);
    for (int i = 0; i < m_jobs.size(); ++i) {
        const auto &job = m_jobs[i];
        auto *button = new QRadioButton(job->title(), jobsBox);
        button->setObjectName(QStringLiteral("job_") + job->name());
        QString why;
        const bool available = job->available(&why);
        button->setEnabled(available);
        button->setToolTip(available ? QString() : why);
        m_choice->addButton(button, i);
        jl->addWidget(button);
    }
    m_choice->button(0)->setChecked(true);
    top->addWidget(jobsBox);

    auto *optionsBox = new QGroupBox(tr("Options"), this);
    auto *ol = new QVBoxLayout(optionsBox);
    auto *sinceRow = new QHBoxLayout;
    m_since = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-1), optionsBox);
    m_since->setObjectName(QStringLiteral("since"));
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    sinceRow->addWidget(new QLabel(tr("Changed since:"), optionsBox));
    sinceRow->addWidget(m_since, 1);
    ol->addLayout(sinceRow);
    m_dryRun = new QCheckBox(tr("Dry run: show what would be sent, send nothing"), optionsBox);
    m_dryRun->setObjectName(QStringLiteral("dryRun"));
    m_dryRun->setChecked(true);
    ol->addWidget(m_dryRun);
    auto *buttons = new QHBoxLayout;
    m_start = new QPushButton(tr("Start"), optionsBox);
    m_start->setObjectName(QStringLiteral("startSync"));
    m_stop = new QPushButton(tr("Cancel"), optionsBox);
    m_stop->setObjectName(QStringLiteral("cancelSync"));
    m_stop->setEnabled(false);
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    ol->addLayout(buttons);
    m_progress = new QProgressBar(optionsBox);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    ol->addWidget(m_progress);
    m_state = new QLabel(optionsBox);
    m_state->setObjectName(QStringLiteral("syncState"));
    m_state->setWordWrap(true);
    ol->addWidget(m_state);
    top->addWidget(optionsBox, 1);
    layout->addLayout(top);

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *tabs = new QTabWidget(split);
    m_rows = new QTreeWidget(tabs);
    m_rows->setObjectName(QStringLiteral("syncRows"));
    m_rows->setRootIsDecorated(false);
    m_rows->setHeaderLabels(
        {tr("Order or SKU"), tr("Outcome"), tr("Status"), tr("Event"), tr("In M3"), tr("Note")});
    tabs->addTab(m_rows, tr("Report"));
    m_calls = new QPlainTextEdit(tabs);
    m_calls->setObjectName(QStringLiteral("syncCalls"));
    m_calls->setReadOnly(true);
    m_calls->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_calls->setPlaceholderText(tr("A dry run lists here every call it would send."));
    tabs->addTab(m_calls, tr("Calls (dry run)"));
    m_history = new RunHistoryModel(this);
    m_historyView = new QTableView(split);
    m_historyView->setObjectName(QStringLiteral("runHistory"));
    m_historyView->setModel(m_history);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setAlternatingRowColors(true);
    split->addWidget(tabs);
    split->addWidget(m_historyView);
    layout->addWidget(split, 1);

    connect(m_start, &QPushButton::clicked, this, &SyncsPage::start);
    connect(m_stop, &QPushButton::clicked, this, &SyncsPage::cancel);
    connect(m_choice, &QButtonGroup::idClicked, this,
            [this](int id) { m_since->setEnabled(m_jobs.value(id) && m_jobs.value(id)->takesSince()); });
    refreshHistory();
}

SyncsPage::~SyncsPage()
{
    cancel(); // a running sync stops waiting; its pool thread finishes on its own
}

void SyncsPage::refreshHistory()
{
    runAsync(
        this, [store = m_store] { return RunLog(store).list({}, 100); },
        [this](const Result<QList<Run>> &runs) {
            if (runs) {
                m_history->setRuns(runs.value());
                m_historyView->resizeColumnsToContents();
            }
            emit historyLoaded();
        });
}

void SyncsPage::setRunning(bool running)
{
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
    m_dryRun->setEnabled(!running);
    m_progress->setTextVisible(false);
    if (running) {
        m_progress->setRange(0, 0); // busy until the sync says how far it is
    } else {
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        m_cancel.reset();
    }
}

void SyncsPage::start()
{
    if (m_cancel)
        return;
    const auto job = m_jobs.value(m_choice->checkedId());
    if (!job || !job->available(nullptr))
        return;
    SyncRequest request;
    request.since = m_since->dateTime();
    request.dryRun = m_dryRun->isChecked();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    setRunning(true);
    m_rows->clear();
    m_calls->clear();
    m_state->setText(tr("Reading the connections…"));
    const auto cancel = m_cancel;
    loadApiConfigs(m_session, this, [this, job, request, cancel](Result<ApiConfigs> configs) {
        if (cancel != m_cancel)
            return;
        if (!configs) {
            setRunning(false);
            m_state->setText(tr("Cannot start: %1").arg(configs.error().message));
            emit finished(false, m_state->text());
            return;
        }
        m_state->setText(request.dryRun ? tr("Dry run under way…") : tr("Sync under way…"));
        QPointer<SyncsPage> self(this);
        const SyncProgress progress = [self](const QString &line) {
            QMetaObject::invokeMethod(
                qApp,
                [self, line] {
                    if (self)
                        self->progressLine(line);
                },
                Qt::QueuedConnection);
        };
        runAsync(
            this,
            [store = m_store, job, c = configs.value(), request, progress, cancel] {
                return job->run(store, c, request, progress, cancel.get());
            },
            [this, cancel](const Result<QJsonObject> &report) {
                const bool cancelled = cancel->load();
                setRunning(false);
                if (!report) {
                    m_state->setText(tr("Failed: %1").arg(report.error().message));
                } else {
                    showReport(report.value());
                    m_state->setText(
                        (cancelled ? tr("Cancelled. ") : tr("Finished. ")) +
                        RunHistoryModel::countsText(report->value(QStringLiteral("counts")).toObject()));
                }
                refreshHistory();
                emit finished(bool(report), m_state->text());
            });
    });
}

void SyncsPage::cancel()
{
    if (m_cancel) {
        m_cancel->store(true);
        m_state->setText(tr("Cancelling…"));
    }
}

void SyncsPage::progressLine(const QString &line)
{
    if (!m_cancel)
        return;
    static const QRegularExpression ofTotal(QStringLiteral("(\\d+) of (\\d+)"));
    if (const auto m = ofTotal.match(line); m.hasMatch()) {
        m_progress->setRange(0, m.captured(2).toInt());
        m_progress->setValue(m.captured(1).toInt());
        m_progress->setTextVisible(true);
    }
    m_state->setText(line);
}

void SyncsPage::showReport(const QJsonObject &report)
{
    m_rows->clear();
    for (const QJsonValue &v : report.value(QStringLiteral("orders")).toArray()) {
        const QJsonObject o = v.toObject();
        const qint64 event = o.value(QStringLiteral("event_id")).toInteger();
        new QTreeWidgetItem(
            m_rows,
            {o.value(QStringLiteral("order_id")).toString(), o.value(QStringLiteral("outcome")).toString(),
             o.value(QStringLiteral("status")).toString(), event > 0 ? QString::number(event) : QString(),
             o.value(QStringLiteral("m3_order")).toString(), o.value(QStringLiteral("error")).toString()});
    }
    // Stock, items, status and payments: rows the job has put in the page's shape.
    for (const QJsonValue &v : report.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject r = v.toObject();
        new QTreeWidgetItem(m_rows, {r.value(QStringLiteral("key")).toString(), r.value(QStringLiteral("outcome")).toString(),
                                     r.value(QStringLiteral("status")).toString(), QString(), r.value(QStringLiteral("m3")).toString(),
                                     r.value(QStringLiteral("note")).toString()});
    }
    for (int c = 0; c < m_rows->columnCount() - 1; ++c)
        m_rows->resizeColumnToContents(c);
    const QJsonArray calls = report.value(QStringLiteral("calls")).toArray();
    m_calls->setPlainText(calls.isEmpty() ? QString() : describeCalls(calls));
}

} // namespace m3cart::ui
