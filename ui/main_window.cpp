#include "main_window.h"

#include "dashboard_page.h"
#include "placeholder_page.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

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
     QT_TRANSLATE_NOOP("m3cart::ui::MainWindow", "Every webhook, BOD and poll result as it arrives: status, attempts, the last "
                                     "error and the payload. Filter by status, kind, key or payload text.")},
    {"deadletters", QT_TRANSLATE_NOOP("m3cart::ui::MainWindow", "Dead letters"),
     QT_TRANSLATE_NOOP("m3cart::ui::MainWindow", "Events that need an operator: inspect the error and every attempt, edit the "
                                     "payload and retry, or discard with a reason. Until this page lands, use "
                                     "'m3cart dlq'.")},
    {"mappings", QT_TRANSLATE_NOOP("m3cart::ui::MainWindow", "Mappings"),
     QT_TRANSLATE_NOOP("m3cart::ui::MainWindow", "How 3dcart fields become M3 transaction fields and back, with live preview "
                                     "and validation against M3 metadata.")},
    {"syncs", QT_TRANSLATE_NOOP("m3cart::ui::MainWindow", "Syncs"),
     QT_TRANSLATE_NOOP("m3cart::ui::MainWindow", "Run stock, item, order and status syncs on demand, with progress, cancel "
                                     "and a history of runs.")},
    {"connections", QT_TRANSLATE_NOOP("m3cart::ui::MainWindow", "Connections"),
     QT_TRANSLATE_NOOP("m3cart::ui::MainWindow", "3dcart store credentials, the M3 ION API file and the webhook listener. "
                                     "Secrets are kept in the OS keychain only.")},
    {"audit", QT_TRANSLATE_NOOP("m3cart::ui::MainWindow", "Audit"),
     QT_TRANSLATE_NOOP("m3cart::ui::MainWindow", "Who did what and why: retries, discards, edits and settings changes.")},
    {"settings", QT_TRANSLATE_NOOP("m3cart::ui::MainWindow", "Settings"),
     QT_TRANSLATE_NOOP("m3cart::ui::MainWindow", "Retry policy per error class, warehouses, schedules and language.")},
};
} // namespace

QStringList MainWindow::pageNames()
{
    QStringList names;
    for (const PageSpec &p : kPages)
        names << QLatin1String(p.name);
    return names;
}

MainWindow::MainWindow(std::shared_ptr<const Store> store, QWidget *parent)
    : QMainWindow(parent), m_store(std::move(store))
{
    setWindowTitle(tr("m3cart — 3dcart ↔ Infor M3"));
    setObjectName(QStringLiteral("MainWindow"));

    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(180);
    m_nav->setSpacing(2);
    m_pages = new QStackedWidget(this);

    auto *dashboard = new DashboardPage(m_store, this);
    for (const PageSpec &p : kPages) {
        QWidget *page = QLatin1String(p.name) == QLatin1String("dashboard")
                            ? static_cast<QWidget *>(dashboard)
                            : new PlaceholderPage(tr(p.title), tr(p.text), this);
        addPage(QLatin1String(p.name), tr(p.title), page);
    }
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_nav);
    row->addWidget(m_pages, 1);
    setCentralWidget(central);

    // Menu and keyboard: Ctrl+1..8 jump to a page, F5 refreshes, Ctrl+Q quits.
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *refresh = fileMenu->addAction(tr("&Refresh"), this, [this, dashboard] { dashboard->refresh(); });
    refresh->setShortcut(QKeySequence::Refresh);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_names.size(); ++i) {
        QAction *a = goMenu->addAction(m_nav->item(i)->text(), this, [this, i] { m_nav->setCurrentRow(i); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    m_storeLabel = new QLabel(tr("Store: %1").arg(QFileInfo(m_store->path()).absoluteFilePath()), this);
    m_backlogLabel = new QLabel(this);
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_backlogLabel);
    connect(dashboard, &DashboardPage::refreshed, m_backlogLabel, &QLabel::setText);

    auto *timer = new QTimer(this);
    timer->setInterval(2000);
    connect(timer, &QTimer::timeout, dashboard, &DashboardPage::refresh);
    timer->start();
    dashboard->refresh();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!showPage(settings.value(QStringLiteral("window/page")).toString()))
        m_nav->setCurrentRow(0);
}

MainWindow::~MainWindow() = default;

void MainWindow::showSandbox(const QString &details)
{
    setWindowTitle(tr("m3cart — SANDBOX (simulated 3dcart and M3)"));
    if (!m_sandboxLabel) {
        m_sandboxLabel = new QLabel(this);
        m_sandboxLabel->setObjectName(QStringLiteral("sandboxLabel"));
        m_sandboxLabel->setStyleSheet(QStringLiteral("QLabel { background: #ffd54f; color: #3e2723; padding: 2px 8px; "
                                                     "font-weight: bold; }"));
        statusBar()->insertWidget(0, m_sandboxLabel);
    }
    m_sandboxLabel->setText(tr("SANDBOX"));
    m_sandboxLabel->setToolTip(details);
}

void MainWindow::addPage(const QString &name, const QString &title, QWidget *page)
{
    page->setObjectName(QStringLiteral("page_") + name);
    m_names << name;
    m_nav->addItem(title);
    m_pages->addWidget(page);
}

bool MainWindow::showPage(const QString &name)
{
    const int i = m_names.indexOf(name);
    if (i < 0)
        return false;
    m_nav->setCurrentRow(i);
    return true;
}

QString MainWindow::currentPage() const { return m_names.value(m_nav->currentRow()); }

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/page"), currentPage());
    QMainWindow::closeEvent(event);
}

} // namespace m3cart::ui
