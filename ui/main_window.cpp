#include "main_window.h"

#include "connections/connections_page.h"
#include "dashboard/dashboard_page.h"
#include "deadletters/dead_letters_page.h"
#include "mapping/mappings_page.h"
#include "models/event_table_model.h"
#include "monitor/event_browser.h"
#include "monitor/event_monitor_page.h"
#include "placeholder_page.h"
#include "session/alert_center.h"
#include "session/console_session.h"
#include "settings/settings_page.h"
#include "syncs/syncs_page.h"

#include "secrets/secret_store.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace m3cart::ui {

namespace {
struct PageSpec
{
    const char *name;
    const char *title;
    const char *text;
};
const PageSpec kPages[] = {
    {"dashboard", QT_TRANSLATE_NOOP("m3cart::ui::MainWindow", "Dashboard"), ""},
    {"events", QT_TRANSLATE_NOOP("m3cart::ui::MainWindow", "Events"),
     QT_TRANSLATE_NOOP("m3cart::ui::MainWindow",
                       "Every webhook, BOD and poll result as it arrives: status, attempts, the last "
                       "error and the payload. Filter by status, kind, key or payload text.")},
    {"deadletters", QT_TRANSLATE_NOOP("m3cart::ui::MainWindow", "Dead letters"),
     QT_TRANSLATE_NOOP("m3cart::ui::MainWindow",
                       "Events that need an operator: inspect the error and every attempt, edit the "
                       "payload and retry, or discard with a reason. Until this page lands, use "
                       "'m3cart dlq'.")},
    {"mappings", QT_TRANSLATE_NOOP("m3cart::ui::MainWindow", "Mappings"),
     QT_TRANSLATE_NOOP("m3cart::ui::MainWindow",
                       "How 3dcart fields become M3 transaction fields and back, with live preview "
                       "and validation against M3 metadata.")},
    {"syncs", QT_TRANSLATE_NOOP("m3cart::ui::MainWindow", "Syncs"),
     QT_TRANSLATE_NOOP("m3cart::ui::MainWindow",
                       "Run stock, item, order and status syncs on demand, with progress, cancel "
                       "and a history of runs.")},
    {"connections", QT_TRANSLATE_NOOP("m3cart::ui::MainWindow", "Connections"), ""},
    {"audit", QT_TRANSLATE_NOOP("m3cart::ui::MainWindow", "Audit"),
     QT_TRANSLATE_NOOP("m3cart::ui::MainWindow",
                       "Who did what and why: retries, discards, edits and settings changes.")},
    {"settings", QT_TRANSLATE_NOOP("m3cart::ui::MainWindow", "Settings"), ""},
};

QString connectionTitle(const QString &connection)
{
    if (connection == conn::cart())
        return MainWindow::tr("3dcart");
    if (connection == conn::m3())
        return MainWindow::tr("M3");
    return MainWindow::tr("Listener");
}
} // namespace

QStringList MainWindow::pageNames()
{
    QStringList names;
    for (const PageSpec &p : kPages)
        names << QLatin1String(p.name);
    return names;
}

MainWindow::MainWindow(std::shared_ptr<const Store> store, std::shared_ptr<SecretStore> secrets,
                       QWidget *parent)
    : QMainWindow(parent), m_store(std::move(store))
{
    setWindowTitle(tr("m3cart — 3dcart ↔ Infor M3"));
    setObjectName(QStringLiteral("MainWindow"));
    if (!secrets)
        secrets = std::make_shared<KeychainSecretStore>();
    m_session = new ConsoleSession(m_store, std::move(secrets), this);
    m_alerts = new AlertCenter(m_session, this);

    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(180);
    m_nav->setSpacing(2);
    m_pages = new QStackedWidget(this);

    m_dashboard = new DashboardPage(m_store, m_session, this);
    m_connections = new ConnectionsPage(m_session, this);
    m_settings = new SettingsPage(m_session, this);
    m_monitor = new EventMonitorPage(m_store, this);
    m_deadLetters = new DeadLettersPage(m_store, m_session, this);
    m_syncs = new SyncsPage(m_store, m_session, this);
    m_mappings = new MappingsPage(m_store, this);
    const QHash<QString, QWidget *> built{{QStringLiteral("dashboard"), m_dashboard},
                                          {QStringLiteral("events"), m_monitor},
                                          {QStringLiteral("deadletters"), m_deadLetters},
                                          {QStringLiteral("mappings"), m_mappings},
                                          {QStringLiteral("syncs"), m_syncs},
                                          {QStringLiteral("connections"), m_connections},
                                          {QStringLiteral("settings"), m_settings}};
    for (const PageSpec &p : kPages) {
        const QString name = QLatin1String(p.name);
        QWidget *page = built.value(name);
        addPage(name, tr(p.title), page ? page : new PlaceholderPage(tr(p.title), tr(p.text), this));
    }
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_names.value(row) == QLatin1String("syncs"))
            m_syncs->refreshHistory(); // polls and the CLI add runs while the page is not shown
    });
    // Live: the engine's batched changes (and the console's own actions) reach the monitor too.
    connect(m_session, &ConsoleSession::eventsChanged, m_monitor->browser(), &EventBrowser::eventsChanged);
    connect(m_dashboard, &DashboardPage::navigate, this,
            [this](const QString &page, const QString &filter) { showPage(page, filter); });
    // An event's payload as a mapping sample: the Mappings page opens the mapping that reads its kind.
    auto openSample = [this](qint64 id) {
        showPage(QStringLiteral("mappings"));
        m_mappings->openEventSample(id);
    };
    connect(m_deadLetters, &DeadLettersPage::openMappingRequested, this, openSample);
    connect(m_monitor, &EventMonitorPage::openMappingRequested, this, openSample);
    m_mappings->setCurrentEventProvider([this] { return m_monitor->browser()->currentId(); });

    // The banner: alerts stay visible in the window until dismissed.
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("alertBanner"));
    m_banner->setStyleSheet(
        QStringLiteral("#alertBanner { background: #ffebee; border-bottom: 1px solid #e57373; }"));
    auto *bl = new QHBoxLayout(m_banner);
    bl->setContentsMargins(12, 6, 12, 6);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    auto *showButton = new QPushButton(tr("Show"), m_banner);
    auto *dismiss = new QPushButton(tr("Dismiss"), m_banner);
    bl->addWidget(m_bannerText, 1);
    bl->addWidget(showButton);
    bl->addWidget(dismiss);
    m_banner->hide();
    connect(showButton, &QPushButton::clicked, this, [this] { showPage(m_bannerPage); });
    connect(dismiss, &QPushButton::clicked, m_banner, &QWidget::hide);

    auto *central = new QWidget(this);
    auto *row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_nav);
    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    right->addWidget(m_banner);
    right->addWidget(m_pages, 1);
    row->addLayout(right, 1);
    setCentralWidget(central);

    buildActions();
    buildStatusBar();

    connect(m_alerts, &AlertCenter::alertRaised, this, &MainWindow::showAlert);
    connect(m_settings, &SettingsPage::thresholdsChanged, m_alerts, &AlertCenter::setThresholds);
    connect(m_session, &ConsoleSession::sandboxStarted, this, &MainWindow::showSandbox);
    connect(m_session, &ConsoleSession::healthChanged, this, &MainWindow::updateHealth);
    connect(m_session, &ConsoleSession::engineStateChanged, this, &MainWindow::updateEngineState);
    connect(m_session, &ConsoleSession::countersChanged, this, &MainWindow::updateEngineState);
    connect(m_session, &ConsoleSession::engineMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 15000); });
    connect(m_dashboard, &DashboardPage::refreshed, this, [this](qint64 backlog) {
        m_backlog = backlog;
        updateEngineState();
    });

    auto *timer = new QTimer(this);
    timer->setInterval(3000);
    connect(timer, &QTimer::timeout, m_dashboard, &DashboardPage::refresh);
    timer->start();
    m_dashboard->refresh();
    m_session->checkKeychain();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!showPage(settings.value(QStringLiteral("window/page")).toString()))
        m_nav->setCurrentRow(0);
}

MainWindow::~MainWindow()
{
    // The engine stops while this window is still whole: stopping emits signals the window listens to.
    delete m_alerts;
    delete m_session;
}

void MainWindow::buildActions()
{
    // Menu and keyboard: Ctrl+1..8 jump to a page, F5 refreshes, Ctrl+Shift+P pauses/resumes, Ctrl+Q quits.
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *refresh = fileMenu->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"),
                                           this, &MainWindow::refreshCurrentPage);
    refresh->setShortcut(QKeySequence::Refresh);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *engineMenu = menuBar()->addMenu(tr("&Engine"));
    m_pauseAction = engineMenu->addAction(style()->standardIcon(QStyle::SP_MediaPause), tr("&Pause engine"));
    m_pauseAction->setObjectName(QStringLiteral("pauseEngine"));
    m_pauseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_pauseAction->setEnabled(false);
    connect(m_pauseAction, &QAction::triggered, this, [this] {
        if (m_session->enginePaused())
            m_session->resumeEngine();
        else
            m_session->pauseEngine(
                tr("paused by %1 in the console").arg(qEnvironmentVariable("USER", tr("the operator"))));
    });
    QAction *sandbox =
        engineMenu->addAction(tr("Explore with the &sandbox"), m_session, &ConsoleSession::startSandbox);
    sandbox->setObjectName(QStringLiteral("startSandbox"));
    m_sandboxAction = sandbox;

    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_names.size(); ++i) {
        QAction *a = goMenu->addAction(m_nav->item(i)->text(), this, [this, i] { m_nav->setCurrentRow(i); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(refresh);
    bar->addAction(m_pauseAction);
}

void MainWindow::buildStatusBar()
{
    m_engineLabel = new QLabel(this);
    m_engineLabel->setObjectName(QStringLiteral("engineState"));
    statusBar()->addPermanentWidget(m_engineLabel);
    for (const QString &c : {conn::cart(), conn::m3(), conn::listener()}) {
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("health_") + c);
        m_healthLabels.insert(c, label);
        statusBar()->addPermanentWidget(label);
        updateHealth(c, m_session->health(c));
    }
    statusBar()->setToolTip(tr("Store: %1").arg(QFileInfo(m_store->path()).absoluteFilePath()));
    updateEngineState();
}

void MainWindow::updateHealth(const QString &connection, const ConnectionHealth &health)
{
    QLabel *label = m_healthLabels.value(connection);
    if (!label)
        return;
    QString state, color;
    switch (health.state) {
    case Health::NotConfigured:
        state = tr("not configured");
        color = QStringLiteral("#757575");
        break;
    case Health::Checking:
        state = tr("checking");
        color = QStringLiteral("#f9a825");
        break;
    case Health::Ok:
        state = tr("ok");
        color = QStringLiteral("#2e7d32");
        break;
    case Health::Failing:
        state = tr("failing");
        color = QStringLiteral("#c62828");
        break;
    }
    label->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2: %3")
                       .arg(color, connectionTitle(connection), state));
    label->setToolTip(health.message);
}

void MainWindow::updateEngineState()
{
    QString text;
    if (!m_session->engineRunning())
        text = tr("Engine: stopped");
    else if (m_session->enginePaused())
        text = tr("Engine: paused (%1)").arg(m_session->pauseReason());
    else
        text = tr("Engine: running");
    if (m_backlog >= 0)
        text += tr(" · backlog %1").arg(QLocale().toString(m_backlog));
    m_engineLabel->setText(text);
    m_pauseAction->setEnabled(m_session->engineRunning());
    // The sandbox replaces the engine for the session: never offered while the real connections are in use.
    m_sandboxAction->setEnabled(!m_session->isSandbox() && !m_session->engineRunning());
    const bool paused = m_session->enginePaused();
    m_pauseAction->setText(paused ? tr("&Resume engine") : tr("&Pause engine"));
    m_pauseAction->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
}

void MainWindow::start(bool sandbox)
{
    if (sandbox)
        m_session->startSandbox();
    else
        m_session->startEngine();
}

void MainWindow::showSandbox(const QString &details)
{
    setWindowTitle(tr("m3cart — SANDBOX (simulated 3dcart and M3)"));
    if (!m_sandboxLabel) {
        m_sandboxLabel = new QLabel(this);
        m_sandboxLabel->setObjectName(QStringLiteral("sandboxLabel"));
        m_sandboxLabel->setStyleSheet(
            QStringLiteral("QLabel { background: #ffd54f; color: #3e2723; padding: 2px 8px; "
                           "font-weight: bold; }"));
        statusBar()->insertWidget(0, m_sandboxLabel);
    }
    m_sandboxLabel->setText(tr("SANDBOX"));
    m_sandboxLabel->setToolTip(details);
}

void MainWindow::showAlert(const QString &title, const QString &text, const QString &page)
{
    m_bannerPage = page;
    m_bannerText->setText(QStringLiteral("<b>%1</b> — %2").arg(title.toHtmlEscaped(), text.toHtmlEscaped()));
    m_banner->show();
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning), this);
            m_tray->setToolTip(windowTitle());
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                showNormal();
                raise();
                activateWindow();
                showPage(m_bannerPage);
            });
            m_tray->show();
        }
        m_tray->showMessage(title, text, QSystemTrayIcon::Warning);
    }
}

QString MainWindow::bannerText() const
{
    return m_banner->isVisible() || !m_banner->isHidden() ? m_bannerText->text() : QString();
}

void MainWindow::addPage(const QString &name, const QString &title, QWidget *page)
{
    page->setObjectName(QStringLiteral("page_") + name);
    m_names << name;
    m_nav->addItem(title);
    m_pages->addWidget(page);
}

bool MainWindow::showPage(const QString &name, const QString &filter)
{
    const int i = m_names.indexOf(name);
    if (i < 0)
        return false;
    m_filter = filter;
    if (auto *placeholder = qobject_cast<PlaceholderPage *>(m_pages->widget(i)))
        placeholder->setFilter(filter);
    else if (!filter.isEmpty() && m_pages->widget(i) == m_monitor)
        m_monitor->setFilter(filter);
    else if (!filter.isEmpty() && m_pages->widget(i) == m_deadLetters)
        m_deadLetters->setFilter(filter);
    m_nav->setCurrentRow(i);
    return true;
}

void MainWindow::refreshCurrentPage()
{
    m_dashboard->refresh();
    QWidget *page = m_pages->currentWidget();
    if (page == m_monitor)
        m_monitor->browser()->model()->reload();
    else if (page == m_deadLetters)
        m_deadLetters->browser()->model()->reload();
    else if (page == m_syncs)
        m_syncs->refreshHistory();
}

QString MainWindow::currentPage() const
{
    return m_names.value(m_nav->currentRow());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_mappings->mayLeaveDraft()) { // unsaved mapping edits: the user kept the window open
        showPage(QStringLiteral("mappings"));
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/page"), currentPage());
    QMainWindow::closeEvent(event);
}

} // namespace m3cart::ui
