#include "settings_page.h"

#include "ui/models/retry_policy_model.h"
#include "ui/session/async.h"
#include "ui/session/console_session.h"
#include "ui/widgets/page_heading.h"

#include "engine/alert_monitor.h"
#include "engine/engine_settings.h"
#include "store/audit_log.h"
#include "store/settings_repository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace m3cart::ui {

namespace {
struct Loaded
{
    Result<RetryPolicy> policy = RetryPolicy();
    Result<EngineSettings> engine = EngineSettings();
    Result<AlertThresholds> alerts = AlertThresholds();
};

QSpinBox *spin(const QString &name, int min, int max, const QString &suffix, QWidget *parent)
{
    auto *s = new QSpinBox(parent);
    s->setObjectName(name);
    s->setRange(min, max);
    s->setSuffix(suffix);
    return s;
}
} // namespace

SettingsPage::SettingsPage(ConsoleSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *area = new QScrollArea(this);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    outer->addWidget(area);
    auto *content = new QWidget;
    area->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 24, 24, 12);
    layout->addWidget(makeHeading(tr("Settings"), content));

    auto *retry = new QGroupBox(tr("Retry policy per error class"), content);
    auto *rv = new QVBoxLayout(retry);
    m_policy = new RetryPolicyModel(this);
    m_table = new QTableView(retry);
    m_table->setObjectName(QStringLiteral("retryPolicy"));
    m_table->setModel(m_policy);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RetryPolicyModel::ClassColumn, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 7 + 8);
    rv->addWidget(m_table);
    auto *hint =
        new QLabel(tr("Delays grow from the base delay, doubling per attempt up to the cap, with random "
                      "jitter. Authentication failures pause the connection instead."),
                   retry);
    hint->setWordWrap(true);
    rv->addWidget(hint);
    layout->addWidget(retry);

    auto *row = new QHBoxLayout;
    auto *engine = new QGroupBox(tr("Engine"), content);
    auto *ef = new QFormLayout(engine);
    m_workers = spin(QStringLiteral("workers"), 1, 64, QString(), engine);
    ef->addRow(tr("Events at once:"), m_workers);
    m_poll = spin(QStringLiteral("pollInterval"), 50, 60000, tr(" ms"), engine);
    ef->addRow(tr("Look for due events every:"), m_poll);
    auto *pacing = new QLabel(tr("Requests per second to 3dcart and M3 are set per connection."), engine);
    pacing->setWordWrap(true);
    ef->addRow(pacing);
    row->addWidget(engine, 1);

    auto *alerts = new QGroupBox(tr("Alerts"), content);
    auto *af = new QFormLayout(alerts);
    m_dlq = spin(QStringLiteral("dlqThreshold"), 0, 1000000, QString(), alerts);
    m_dlq->setSpecialValueText(tr("never"));
    af->addRow(tr("Dead letters reach:"), m_dlq);
    m_stall = spin(QStringLiteral("stallMinutes"), 0, 1440, tr(" min"), alerts);
    m_stall->setSpecialValueText(tr("never"));
    af->addRow(tr("Backlog stalled for:"), m_stall);
    auto *always = new QLabel(tr("A connection that fails authentication always alerts."), alerts);
    always->setWordWrap(true);
    af->addRow(always);
    row->addWidget(alerts, 1);
    layout->addLayout(row);

    auto *language = new QGroupBox(tr("Language"), content);
    auto *lf = new QFormLayout(language);
    m_language = new QComboBox(language);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Svenska"), QStringLiteral("sv"));
    m_language->setCurrentIndex(
        std::max(0, m_language->findData(QSettings().value(languageSetting()).toString())));
    lf->addRow(tr("Language (applies at the next start):"), m_language);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { QSettings().setValue(languageSetting(), m_language->currentData().toString()); });
    layout->addWidget(language);

    auto *buttons = new QHBoxLayout;
    auto *saveButton = new QPushButton(tr("Save"), content);
    saveButton->setObjectName(QStringLiteral("save"));
    auto *revert = new QPushButton(tr("Revert"), content);
    buttons->addWidget(saveButton);
    buttons->addWidget(revert);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_message = new QLabel(content);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(saveButton, &QPushButton::clicked, this, &SettingsPage::save);
    connect(revert, &QPushButton::clicked, this, &SettingsPage::reload);
    connect(m_policy, &RetryPolicyModel::rejected, this,
            [this](const QString &why) { showMessage(why, true); });
    reload();
}

QString SettingsPage::message() const
{
    return m_message->text();
}

void SettingsPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b71c1c;") : QStringLiteral("color: #1b5e20;"));
}

void SettingsPage::reload()
{
    QPointer<SettingsPage> self(this);
    runAsync(
        this,
        [store = m_session->store()] {
            const SettingsRepository settings(store);
            return Loaded{RetryPolicy::load(settings), EngineSettings::load(settings),
                          AlertThresholds::load(settings)};
        },
        [self](const Loaded &l) {
            if (!self)
                return;
            self->m_policy->setPolicy(l.policy ? l.policy.value() : RetryPolicy());
            const EngineSettings e = l.engine ? l.engine.value() : EngineSettings();
            self->m_workers->setValue(e.workers);
            self->m_poll->setValue(e.pollIntervalMs);
            const AlertThresholds a = l.alerts ? l.alerts.value() : AlertThresholds();
            self->m_dlq->setValue(int(a.deadLetters));
            self->m_stall->setValue(a.stallMinutes);
            QStringList problems;
            for (const auto *err :
                 {l.policy ? nullptr : &l.policy.error(), l.engine ? nullptr : &l.engine.error(),
                  l.alerts ? nullptr : &l.alerts.error()})
                if (err)
                    problems << err->message;
            self->showMessage(problems.isEmpty() ? QString()
                                                 : tr("Some stored settings could not be read; defaults are "
                                                      "shown: %1")
                                                       .arg(problems.join(QStringLiteral("; "))),
                              !problems.isEmpty());
            emit self->thresholdsChanged(a);
            emit self->loaded();
        });
}

void SettingsPage::save()
{
    QStringList problems = m_policy->validate();
    EngineSettings e;
    e.workers = m_workers->value();
    e.pollIntervalMs = m_poll->value();
    AlertThresholds a;
    a.deadLetters = m_dlq->value();
    a.stallMinutes = m_stall->value();
    if (const QString p = e.validate(); !p.isEmpty())
        problems << p;
    if (const QString p = a.validate(); !p.isEmpty())
        problems << p;
    if (!problems.isEmpty()) {
        showMessage(tr("Not saved:\n• %1").arg(problems.join(QStringLiteral("\n• "))), true);
        emit saved(false);
        return;
    }
    QPointer<SettingsPage> self(this);
    runAsync(
        this,
        [store = m_session->store(), policy = m_policy->policy(), e, a] {
            const SettingsRepository settings(store);
            const QString actor = AuditLog::defaultActor();
            if (Status s = settings.set(RetryPolicy::settingName(), policy.toJson(), actor); !s)
                return s;
            if (Status s = settings.set(EngineSettings::settingName(), e.toJson(), actor); !s)
                return s;
            return settings.set(AlertThresholds::settingName(), a.toJson(), actor);
        },
        [self, a](const Status &s) {
            if (!self)
                return;
            if (!s) {
                self->showMessage(tr("Not saved: %1").arg(s.error().message), true);
                emit self->saved(false);
                return;
            }
            self->m_policy->setModified(false);
            self->m_session->applyRetryPolicy();
            self->showMessage(
                tr("Saved. The retry policy applies now; engine concurrency at the next start."), false);
            emit self->thresholdsChanged(a);
            emit self->saved(true);
        });
}

} // namespace m3cart::ui
