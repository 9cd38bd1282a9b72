#include "dead_letters_page.h"

#include "bulk_retry.h"
#include "dlq_dialogs.h"
#include "dry_run.h"
#include "ui/models/event_table_model.h"
#include "ui/monitor/event_browser.h"
#include "ui/monitor/event_detail.h"
#include "ui/session/async.h"
#include "ui/session/console_session.h"
#include "ui/widgets/page_heading.h"
#include "ui/widgets/payload_view.h"

#include "engine/dead_letters.h"
#include "store/audit_log.h"
#include "store/event_repository.h"

#include <QAction>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QToolBar>
#include <QVBoxLayout>

namespace m3cart::ui {

DeadLettersPage::DeadLettersPage(std::shared_ptr<const Store> store, ConsoleSession *session, QWidget *parent)
    : QWidget(parent), m_store(store), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeHeading(tr("Dead letters"), this));

    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("dlqToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(makeAction(tr("Retry"), QStringLiteral("retry"), QKeySequence(Qt::CTRL | Qt::Key_R),
                              &DeadLettersPage::retrySelected));
    bar->addAction(makeAction(tr("Edit and retry…"), QStringLiteral("editRetry"),
                              QKeySequence(Qt::CTRL | Qt::Key_E), &DeadLettersPage::editAndRetry));
    bar->addAction(makeAction(tr("Dry-run retry"), QStringLiteral("dryRun"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), &DeadLettersPage::dryRunRetry));
    bar->addAction(makeAction(tr("Retry all matching"), QStringLiteral("retryMatching"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                              &DeadLettersPage::retryMatching));
    bar->addSeparator();
    bar->addAction(makeAction(tr("Discard…"), QStringLiteral("discard"), QKeySequence::Delete,
                              &DeadLettersPage::discardSelected));
    bar->addAction(makeAction(tr("Export…"), QStringLiteral("export"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                              &DeadLettersPage::exportSelected));
    bar->addAction(makeAction(tr("Open in mapping editor"), QStringLiteral("openMapping"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                              &DeadLettersPage::openInMappingEditor));
    layout->addWidget(bar);

    auto *options = new QHBoxLayout;
    m_pace = new QSpinBox(this);
    m_pace->setObjectName(QStringLiteral("pace"));
    m_pace->setRange(0, 600000);
    m_pace->setSingleStep(250);
    m_pace->setValue(500);
    m_pace->setSuffix(tr(" ms"));
    m_pace->setToolTip(tr("Pause between two retries of a bulk retry, so the other system is not flooded."));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("retryReason"));
    m_reason->setPlaceholderText(tr("Why you retry (kept in the audit log)"));
    options->addWidget(new QLabel(tr("Pace:"), this));
    options->addWidget(m_pace);
    options->addWidget(new QLabel(tr("Reason:"), this));
    options->addWidget(m_reason, 1);
    layout->addLayout(options);

    m_browser = new EventBrowser(store, EventTableModel::deadLetterColumns(), this);
    m_browser->model()->setFixedStatuses({QStringLiteral("dead")});
    // Live: the engine's batches, and this page's own actions (reported through the session as well).
    connect(m_session, &ConsoleSession::eventsChanged, m_browser, &EventBrowser::eventsChanged);
    layout->addWidget(m_browser, 1);

    m_bulkBox = new QGroupBox(tr("Bulk retry"), this);
    m_bulkBox->setObjectName(QStringLiteral("bulkBox"));
    auto *bl = new QVBoxLayout(m_bulkBox);
    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(m_bulkBox);
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_cancel = new QPushButton(tr("Cancel"), m_bulkBox);
    m_cancel->setObjectName(QStringLiteral("bulkCancel"));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    bl->addLayout(progressRow);
    m_results = new QListWidget(m_bulkBox);
    m_results->setObjectName(QStringLiteral("bulkResults"));
    m_results->setMaximumHeight(110);
    bl->addWidget(m_results);
    m_bulkBox->hide();
    layout->addWidget(m_bulkBox);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dlqStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_bulk = new BulkRetry(store, this);
    connect(m_cancel, &QPushButton::clicked, m_bulk, &BulkRetry::cancel);
    connect(m_bulk, &BulkRetry::itemFinished, this,
            [this](int index, qint64 id, bool ok, const QString &message) {
                m_progress->setValue(index + 1);
                auto *item = new QListWidgetItem(
                    ok ? tr("#%1 retried").arg(id) : tr("#%1 failed: %2").arg(id).arg(message), m_results);
                item->setData(Qt::UserRole, id);
                item->setForeground(ok ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
                m_results->scrollToBottom();
                if (ok)
                    m_session->wakeEngine();
            });
    connect(m_bulk, &BulkRetry::finished, this, [this](int retried, int failed, int cancelled) {
        m_cancel->setEnabled(false);
        QList<qint64> ids;
        for (int i = 0; i < m_results->count(); ++i)
            ids << m_results->item(i)->data(Qt::UserRole).toLongLong();
        report(tr("Bulk retry: %1 retried, %2 failed, %3 cancelled.").arg(retried).arg(failed).arg(cancelled),
               ids);
    });
    m_chooseExportPath = [this] {
        return QFileDialog::getSaveFileName(this, tr("Export dead letters"),
                                            QStringLiteral("dead-letters.json"), tr("JSON (*.json)"));
    };
}

QAction *DeadLettersPage::makeAction(const QString &text, const QString &name, const QKeySequence &keys,
                                     void (DeadLettersPage::*fn)())
{
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    a->setShortcut(keys);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QStringLiteral("…")),
                                                keys.toString(QKeySequence::NativeText)));
    connect(a, &QAction::triggered, this, fn);
    QWidget::addAction(a);
    m_actions << a;
    return a;
}

// The mapping editor takes it from here (the main window switches pages): the payload as edited, if it was.
void DeadLettersPage::openInMappingEditor()
{
    if (const qint64 id = m_browser->currentId(); id > 0)
        emit openMappingRequested(id);
    else
        report(tr("Select a dead letter first."), {});
}

void DeadLettersPage::setFilter(const QString &filter)
{
    m_browser->setFilterString(filter);
}

QString DeadLettersPage::statusText() const
{
    return m_status->text();
}

QString DeadLettersPage::retryReason() const
{
    const QString r = m_reason->text().trimmed();
    return r.isEmpty() ? tr("retried in the console") : r;
}

void DeadLettersPage::report(const QString &message, const QList<qint64> &changed)
{
    m_status->setText(message);
    if (!changed.isEmpty())
        emit m_session->eventsChanged(changed); // every page showing these events reads them again
    emit actionFinished(message);
}

void DeadLettersPage::retrySelected()
{
    const QList<qint64> ids = m_browser->selectedIds();
    if (ids.isEmpty()) {
        report(tr("Select the dead letters to retry first."), {});
        return;
    }
    startBulk(ids);
}

void DeadLettersPage::retryMatching()
{
    const EventQuery query = m_browser->model()->query();
    runAsync(
        this, [store = m_store, query] { return EventQueries(store).ids(query); },
        [this](const Result<QList<qint64>> &ids) {
            if (!ids)
                report(ids.error().message, {});
            else if (ids->isEmpty())
                report(tr("No dead letter matches the filter."), {});
            else
                startBulk(ids.value());
        });
}

void DeadLettersPage::startBulk(const QList<qint64> &ids)
{
    if (m_bulk->isRunning()) {
        report(tr("A bulk retry is running: cancel it or wait for it to finish."), {});
        return;
    }
    m_results->clear();
    m_progress->setRange(0, int(ids.size()));
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_bulkBox->show();
    m_status->setText(tr("Retrying %1 dead letters, %2 ms apart…").arg(ids.size()).arg(m_pace->value()));
    m_bulk->start(ids, m_pace->value(), AuditLog::defaultActor(), retryReason());
}

void DeadLettersPage::editAndRetry()
{
    const qint64 id = m_browser->currentId();
    if (id <= 0) {
        report(tr("Select a dead letter to edit first."), {});
        return;
    }
    const EventDetails &d = m_browser->detail()->details();
    if (d.event.id == id) {
        openEditor(id, d.event.payload);
        return;
    }
    runAsync(
        this, [store = m_store, id] { return EventRepository(store).get(id); },
        [this, id](const Result<Event> &e) {
            if (e)
                openEditor(id, e->payload);
            else
                report(e.error().message, {});
        });
}

void DeadLettersPage::openEditor(qint64 id, const QByteArray &payload)
{
    QString format;
    const QString pretty = PayloadView::pretty(payload, &format);
    auto *dialog = new PayloadEditDialog(id, pretty, format == QLatin1String("JSON"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PayloadEditDialog::dryRunRequested, this,
            [this, id](const QByteArray &edited) { runDryRun(id, &edited); });
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        runAsync(
            this,
            [store = m_store, id, payload = dialog->payload(), reason = dialog->reason()] {
                return DeadLetters(store).retryWithPayload(id, payload, AuditLog::defaultActor(), reason);
            },
            [this, id](const Status &s) {
                if (s)
                    m_session->wakeEngine();
                report(s ? tr("#%1: the edited payload is saved as a new revision and the event is retried.")
                               .arg(id)
                         : s.error().message,
                       {id});
                m_browser->detail()->reload();
            });
    });
    dialog->open();
}

void DeadLettersPage::dryRunRetry()
{
    const qint64 id = m_browser->currentId();
    if (id <= 0) {
        report(tr("Select a dead letter for the dry run first."), {});
        return;
    }
    runDryRun(id, nullptr);
}

void DeadLettersPage::runDryRun(qint64 id, const QByteArray *payload)
{
    const std::optional<QByteArray> edited = payload ? std::optional<QByteArray>(*payload) : std::nullopt;
    runAsync(
        this, [store = m_store, id] { return EventRepository(store).get(id); },
        [this, edited](const Result<Event> &got) {
            if (!got) {
                report(got.error().message, {});
                return;
            }
            Event e = got.value();
            if (!dryRunAvailable(e.kind)) {
                report(tr("A dry run is not available for events of kind %1 yet.").arg(e.kind), {});
                return;
            }
            if (edited)
                e.payload = *edited;
            m_status->setText(tr("Dry run of #%1 under way: reads go out, nothing is written…").arg(e.id));
            loadApiConfigs(m_session, this, [this, e](Result<ApiConfigs> configs) {
                if (!configs) {
                    report(tr("Dry run: %1").arg(configs.error().message), {});
                    return;
                }
                runAsync(
                    this, [store = m_store, c = configs.value(), e] { return ui::dryRunRetry(store, c, e); },
                    [this, id = e.id](const Result<QJsonArray> &calls) {
                        if (!calls) {
                            report(tr("Dry run of #%1 would fail: %2").arg(id).arg(calls.error().message),
                                   {});
                            return;
                        }
                        showTextWindow(this, QStringLiteral("dryRunResult"), tr("Dry run of #%1").arg(id),
                                       tr("A retry would send these %1 calls (reads were made for real).")
                                           .arg(calls->size()),
                                       describeCalls(calls.value()));
                        report(tr("Dry run of #%1: %2 calls.").arg(id).arg(calls->size()), {});
                    });
            });
        });
}

void DeadLettersPage::discardSelected()
{
    const QList<qint64> ids = m_browser->selectedIds();
    if (ids.isEmpty()) {
        report(tr("Select the dead letters to discard first."), {});
        return;
    }
    auto *dialog =
        new ReasonDialog(tr("Discard %1 dead letters").arg(ids.size()),
                         tr("Discarded events are never sent. Say why; the reason is kept in the audit log."),
                         tr("Discard"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        runAsync(
            this,
            [store = m_store, ids, reason = dialog->reason()] {
                const DeadLetters dlq(store);
                QStringList failures;
                for (qint64 id : ids)
                    if (const Status s = dlq.discard(id, reason, AuditLog::defaultActor()); !s)
                        failures << QStringLiteral("#%1: %2").arg(id).arg(s.error().message);
                return failures;
            },
            [this, ids](const QStringList &failures) {
                report(failures.isEmpty() ? tr("%1 dead letters discarded.").arg(ids.size())
                                          : tr("Discarded %1 of %2; %3")
                                                .arg(ids.size() - failures.size())
                                                .arg(ids.size())
                                                .arg(failures.join(QStringLiteral("; "))),
                       ids);
            });
    });
    dialog->open();
}

void DeadLettersPage::exportSelected()
{
    const QString path = m_chooseExportPath ? m_chooseExportPath() : QString();
    if (path.isEmpty())
        return;
    const QList<qint64> selected = m_browser->selectedIds();
    const EventQuery query = m_browser->model()->query();
    runAsync(
        this,
        [store = m_store, selected, query, path]() -> Result<int> {
            QList<qint64> ids = selected;
            if (ids.isEmpty()) { // nothing selected: everything the filter shows
                auto all = EventQueries(store).ids(query);
                if (!all)
                    return all.error();
                ids = all.value();
                if (ids.isEmpty())
                    return 0;
            }
            return DeadLetters(store).exportTo(path, ids);
        },
        [this, path](const Result<int> &n) {
            report(n ? tr("%1 dead letters exported to %2.").arg(n.value()).arg(path) : n.error().message,
                   {});
        });
}

} // namespace m3cart::ui
