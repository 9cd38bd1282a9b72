#pragma once
// The console's main window: page navigation on the left, the page on the right, engine state below.

#include <QMainWindow>
#include <memory>

class QListWidget;
class QStackedWidget;
class QLabel;

namespace m3cart {

class Store;

namespace ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::shared_ptr<const Store> store, QWidget *parent = nullptr);
    ~MainWindow() override;

    static QStringList pageNames(); // "dashboard", "events", ... (stable, used by --page)
    // Marks the whole window as running against the simulators, so no one mistakes it for production.
    void showSandbox(const QString &details);
    bool showPage(const QString &name);
    QString currentPage() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(const QString &name, const QString &title, QWidget *page);

    std::shared_ptr<const Store> m_store;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLabel *m_backlogLabel = nullptr;
    QLabel *m_sandboxLabel = nullptr;
    QStringList m_names;
};

} // namespace ui
} // namespace m3cart
