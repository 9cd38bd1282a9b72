#pragma once
// The console's main window: page navigation on the left, the page on the right, an alert banner above it;
// the health of 3dcart, M3 and the listener and the engine's state in the status bar; pause/resume in the
// toolbar. Owns the ConsoleSession (engine, sandbox, secrets) the pages work with.

#include <QMainWindow>
#include <memory>

class QAction;
class QFrame;
class QLabel;
class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;

namespace m3cart {

class Store;
class SecretStore;

namespace ui {

class AlertCenter;
class ConsoleSession;
class DashboardPage;
class ConnectionsPage;
class DeadLettersPage;
class EventMonitorPage;
class MappingsPage;
class SyncsPage;
class SettingsPage;
struct ConnectionHealth;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // secrets: null means the OS keychain.
    explicit MainWindow(std::shared_ptr<const Store> store, std::shared_ptr<SecretStore> secrets = {},
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    static QStringList pageNames(); // "dashboard", "events", ... (stable, used by --page)
    // Starts the engine with the saved connections, or the sandbox (simulators in-process) instead.
    void start(bool sandbox);
    // Marks the whole window as running against the simulators, so no one mistakes it for production.
    void showSandbox(const QString &details);
    bool showPage(const QString &name, const QString &filter = {});
    QString currentPage() const;
    QString currentFilter() const { return m_filter; }
    ConsoleSession *session() const { return m_session; }
    EventMonitorPage *monitorPage() const { return m_monitor; }
    DeadLettersPage *deadLettersPage() const { return m_deadLetters; }
    SyncsPage *syncsPage() const { return m_syncs; }
    MappingsPage *mappingsPage() const { return m_mappings; }
    AlertCenter *alerts() const { return m_alerts; }
    QString bannerText() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(const QString &name, const QString &title, QWidget *page);
    void buildStatusBar();
    void buildActions();
    void updateHealth(const QString &connection, const ConnectionHealth &health);
    void updateEngineState();
    void showAlert(const QString &title, const QString &text, const QString &page);
    void refreshCurrentPage();

    std::shared_ptr<const Store> m_store;
    ConsoleSession *m_session = nullptr;
    AlertCenter *m_alerts = nullptr;
    DashboardPage *m_dashboard = nullptr;
    ConnectionsPage *m_connections = nullptr;
    SettingsPage *m_settings = nullptr;
    EventMonitorPage *m_monitor = nullptr;
    DeadLettersPage *m_deadLetters = nullptr;
    SyncsPage *m_syncs = nullptr;
    MappingsPage *m_mappings = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QString m_bannerPage;
    QLabel *m_engineLabel = nullptr;
    QLabel *m_sandboxLabel = nullptr;
    QHash<QString, QLabel *> m_healthLabels;
    QAction *m_pauseAction = nullptr;
    QAction *m_sandboxAction = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QStringList m_names;
    QString m_filter;
    qint64 m_backlog = -1;
};

} // namespace ui
} // namespace m3cart
