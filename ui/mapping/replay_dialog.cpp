#include "replay_dialog.h"

#include "flows/event_mapping.h"
#include "ui/mapping/mapping_draft.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace m3cart::ui {

using flows::ReplayOutcome;

struct ReplayDialog::RunResult
{
    std::optional<flows::ReplayReport> report;
    QString error;
};

namespace {

QString outcomeText(const flows::ReplayEventResult &r)
{
    switch (r.outcome) {
    case ReplayOutcome::Unchanged:
        return ReplayDialog::tr("unchanged");
    case ReplayOutcome::Changed:
        if (r.records.isEmpty())
            return ReplayDialog::tr("changed %n field(s)", nullptr, int(r.fields.size()));
        return ReplayDialog::tr("changed %n field(s), %1 record(s) added or removed", nullptr,
                                int(r.fields.size()))
            .arg(r.records.size());
    case ReplayOutcome::NewlyFailing:
        return ReplayDialog::tr("newly failing: %1").arg(r.draftError);
    case ReplayOutcome::Fixed:
        return ReplayDialog::tr("fixed (fails now: %1)").arg(r.activeError);
    case ReplayOutcome::StillFailing:
        return ReplayDialog::tr("fails with both: %1").arg(r.draftError);
    case ReplayOutcome::NotApplicable:
        break;
    }
    return ReplayDialog::tr("not applicable: %1").arg(r.reason);
}

QColor outcomeColour(ReplayOutcome o)
{
    switch (o) {
    case ReplayOutcome::Changed:
        return QColor(0x8d, 0x5a, 0x00);
    case ReplayOutcome::NewlyFailing:
    case ReplayOutcome::StillFailing:
        return QColor(0xc6, 0x28, 0x28);
    case ReplayOutcome::Fixed:
        return QColor(0x2e, 0x7d, 0x32);
    case ReplayOutcome::NotApplicable:
        return QColor(0x75, 0x75, 0x75);
    case ReplayOutcome::Unchanged:
        break;
    }
    return {};
}

QString valueText(const QJsonValue &v)
{
    return v.isUndefined() ? ReplayDialog::tr("(not sent)") : jsonCellText(v);
}

QTableView *makeTable(QStandardItemModel *model, const QString &name, QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setObjectName(name);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

} // namespace

ReplayDialog::ReplayDialog(std::shared_ptr<const Store> store, const mapping::MappingDocument &draft,
                           QWidget *parent)
    : QDialog(parent), m_store(std::move(store)), m_draft(draft)
{
    setWindowTitle(tr("Replay events through the draft of %1").arg(draft.name));
    setObjectName(QStringLiteral("replayDialog"));
    resize(1100, 680);

    auto *intro = new QLabel(
        tr("Past events run through the edited draft and the version the flows use now; nothing is sent. "
           "Filters as in the event monitor: text, =exact, a,b, prefix*, /regex/; times like -7d."),
        this);
    intro->setWordWrap(true);

    auto *form = new QHBoxLayout;
    const QString kind =
        flows::eventsCarryInput(draft.sourceKind) ? draft.sourceKind + QStringLiteral(".*") : QString();
    const QList<std::tuple<EventField, QString, QString>> filters{
        {EventField::Kind, tr("&Kind"), kind},
        {EventField::Time, tr("&Time"), QStringLiteral("-7d")},
        {EventField::Status, tr("&Status"), QString()},
        {EventField::Key, tr("K&ey"), QString()}};
    for (const auto &[field, label, value] : filters) {
        auto *edit = new QLineEdit(value, this);
        edit->setObjectName(QStringLiteral("filter_") + eventFieldName(field));
        edit->setPlaceholderText(tr("any"));
        auto *l = new QLabel(label, this);
        l->setBuddy(edit);
        form->addWidget(l);
        form->addWidget(edit, field == EventField::Kind || field == EventField::Key ? 2 : 1);
        m_filters.insert(field, edit);
        connect(edit, &QLineEdit::returnPressed, this, &ReplayDialog::run);
    }
    m_limit = new QSpinBox(this);
    m_limit->setObjectName(QStringLiteral("limit"));
    m_limit->setRange(1, 100000);
    m_limit->setValue(200);
    auto *limitLabel = new QLabel(tr("&Limit"), this);
    limitLabel->setBuddy(m_limit);
    form->addWidget(limitLabel);
    form->addWidget(m_limit);
    m_run = new QPushButton(tr("&Run"), this);
    m_run->setObjectName(QStringLiteral("runReplay"));
    m_run->setDefault(true);
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelReplay"));
    m_cancel->setEnabled(false);
    form->addWidget(m_run);
    form->addWidget(m_cancel);
    connect(m_run, &QPushButton::clicked, this, &ReplayDialog::run);
    connect(m_cancel, &QPushButton::clicked, this, &ReplayDialog::cancel);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("replayProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("replayStatus"));
    m_status->setWordWrap(true);

    m_results = new QStandardItemModel(0, ResultColumnCount, this);
    m_results->setHorizontalHeaderLabels({tr("Event"), tr("Kind"), tr("Key"), tr("Outcome")});
    m_resultView = makeTable(m_results, QStringLiteral("replayResults"), this);
    m_resultView->setColumnWidth(EventId, 60);
    m_resultView->setColumnWidth(Kind, 130);
    m_resultView->setColumnWidth(Key, 110);
    m_fields = new QStandardItemModel(0, FieldColumnCount, this);
    m_fields->setHorizontalHeaderLabels(
        {tr("Section"), tr("Record"), tr("Field"), tr("Active version"), tr("Draft")});
    m_fieldView = makeTable(m_fields, QStringLiteral("replayFields"), this);
    m_fieldView->setColumnWidth(Section, 80);
    m_fieldView->setColumnWidth(Record, 55);
    m_fieldView->setColumnWidth(Field, 80);
    m_fieldView->setColumnWidth(Active, 170);
    connect(m_resultView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showResult(current.row()); });

    m_eventSummary = new QLabel(this);
    m_eventSummary->setObjectName(QStringLiteral("replayEvent"));
    m_eventSummary->setWordWrap(true);
    m_eventSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *fieldBox = new QWidget(this);
    auto *fl = new QVBoxLayout(fieldBox);
    fl->setContentsMargins(0, 0, 0, 0);
    fl->addWidget(m_eventSummary);
    fl->addWidget(m_fieldView, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_resultView);
    split->addWidget(fieldBox);
    split->setSizes({480, 600});

    auto *l = new QVBoxLayout(this);
    l->addWidget(intro);
    l->addLayout(form);
    l->addWidget(m_progress);
    l->addWidget(m_status);
    l->addWidget(split, 1);

    m_watcher = new QFutureWatcher<std::shared_ptr<RunResult>>(this);
    connect(m_watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const auto outcome = m_watcher->future().resultCount() > 0 ? m_watcher->result() : nullptr;
        done(outcome ? *outcome : RunResult{std::nullopt, tr("the replay stopped without a result")});
    });
}

// The replay checks the flag between two events: closing waits for the current one at most.
ReplayDialog::~ReplayDialog()
{
    if (m_cancelled)
        m_cancelled->store(true);
    m_watcher->waitForFinished();
}

bool ReplayDialog::isRunning() const
{
    return m_watcher->isRunning();
}

QString ReplayDialog::statusText() const
{
    return m_status->text();
}

void ReplayDialog::run()
{
    if (isRunning())
        return;
    EventQuery query;
    for (auto it = m_filters.constBegin(); it != m_filters.constEnd(); ++it)
        if (!it.value()->text().trimmed().isEmpty())
            query.filters.insert(it.key(), it.value()->text());
    m_results->removeRows(0, m_results->rowCount());
    m_fields->removeRows(0, m_fields->rowCount());
    m_report = {};
    m_status->setText(tr("Replaying…"));
    m_progress->setRange(0, 0); // busy until the number of events is known
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    // Only values cross into the pool thread: the store (thread-safe), a copy of the draft, the flag.
    auto store = m_store;
    auto cancelled = m_cancelled;
    const mapping::MappingDocument draft = m_draft;
    const int limit = m_limit->value();
    m_watcher->setFuture(QtConcurrent::run(
        [store, draft, query, limit, cancelled](QPromise<std::shared_ptr<RunResult>> &promise) {
            auto out = std::make_shared<RunResult>();
            auto report = flows::MappingReplay(store).run(draft, query, limit, [&](int doneCount, int total) {
                promise.setProgressRange(0, total);
                promise.setProgressValue(doneCount);
                return !cancelled->load();
            });
            if (report)
                out->report = report.value();
            else
                out->error = report.error().message;
            promise.addResult(out);
        }));
}

void ReplayDialog::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
    m_cancel->setEnabled(false);
}

void ReplayDialog::done(const RunResult &outcome)
{
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    if (!outcome.report) {
        m_status->setText(tr("Replay failed: %1").arg(outcome.error));
        emit finished();
        return;
    }
    m_report = *outcome.report;
    for (const flows::ReplayEventResult &r : m_report.events) {
        QList<QStandardItem *> row{new QStandardItem(QString::number(r.eventId)), new QStandardItem(r.kind),
                                   new QStandardItem(r.key), new QStandardItem(outcomeText(r))};
        row.first()->setData(r.eventId, Qt::UserRole);
        row.at(Outcome)->setToolTip(outcomeText(r));
        if (const QColor c = outcomeColour(r.outcome); c.isValid())
            row.at(Outcome)->setForeground(c);
        m_results->appendRow(row);
    }
    using O = ReplayOutcome;
    m_status->setText(
        tr("%1 event(s) compared with %2%3: %4 changed, %5 newly failing, %6 fixed, %7 unchanged, %8 "
           "still failing, "
           "%9 not applicable.")
            .arg(m_report.events.size())
            .arg(m_report.activeOrigin.startsWith(QLatin1String("version"))
                     ? tr("version %1").arg(m_report.activeOrigin.section(QLatin1Char(' '), 1))
                     : tr("the shipped default"),
                 m_report.cancelled ? tr(" (cancelled)") : QString())
            .arg(m_report.count(O::Changed))
            .arg(m_report.count(O::NewlyFailing))
            .arg(m_report.count(O::Fixed))
            .arg(m_report.count(O::Unchanged))
            .arg(m_report.count(O::StillFailing))
            .arg(m_report.count(O::NotApplicable)));
    // The first event the draft changes is the one worth reading first.
    for (int r = 0; r < m_report.events.size(); ++r)
        if (m_report.events.at(r).outcome != O::Unchanged &&
            m_report.events.at(r).outcome != O::NotApplicable) {
            m_resultView->selectRow(r);
            break;
        }
    emit finished();
}

void ReplayDialog::showResult(int row)
{
    m_fields->removeRows(0, m_fields->rowCount());
    m_eventSummary->clear();
    if (row < 0 || row >= m_report.events.size())
        return;
    const flows::ReplayEventResult &r = m_report.events.at(row);
    m_eventSummary->setText(tr("Event %1 (%2): %3").arg(r.eventId).arg(r.key, outcomeText(r)));
    for (const flows::FieldChange &f : r.fields)
        m_fields->appendRow({new QStandardItem(f.section), new QStandardItem(QString::number(f.record + 1)),
                             new QStandardItem(f.field), new QStandardItem(valueText(f.active)),
                             new QStandardItem(valueText(f.draft))});
    for (const flows::RecordChange &c : r.records) {
        const QString whole = tr("(whole record)");
        m_fields->appendRow({new QStandardItem(c.section), new QStandardItem(QString::number(c.record + 1)),
                             new QStandardItem(whole),
                             new QStandardItem(c.added ? tr("(none)") : tr("present")),
                             new QStandardItem(c.added ? tr("added") : tr("removed"))});
    }
    if (!r.activeError.isEmpty() || !r.draftError.isEmpty())
        m_fields->appendRow({new QStandardItem(), new QStandardItem(), new QStandardItem(tr("(error)")),
                             new QStandardItem(r.activeError.isEmpty() ? tr("ok") : r.activeError),
                             new QStandardItem(r.draftError.isEmpty() ? tr("ok") : r.draftError)});
}

} // namespace m3cart::ui
