#pragma once
// The first page: orders synced today, stock pushes, backlog, dead letters, events per state, errors per
// class, throughput over the last day and the last run of each flow. Read from the store off the GUI thread,
// one read at a time; every number leads to the page behind it.

#include <QWidget>
#include <memory>

class QLabel;
class QGridLayout;
class QChart;
class QBarSet;
class QValueAxis;
class QBarCategoryAxis;

namespace m3cart {
class Store;
namespace ui {

class ConsoleSession;
class StatTile;
class SandboxPanel;
struct DashboardData;

class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    DashboardPage(std::shared_ptr<const Store> store, ConsoleSession *session, QWidget *parent = nullptr);
    void refresh();
    SandboxPanel *sandboxPanel() const { return m_sandbox; }

signals:
    void refreshed(qint64 backlog);
    void navigate(const QString &page, const QString &filter);

private:
    StatTile *addTile(const QString &name, const QString &caption, const QString &page,
                      const QString &filter);
    void show(const DashboardData &d);

    std::shared_ptr<const Store> m_store;
    QMap<QString, StatTile *> m_tiles;
    SandboxPanel *m_sandbox = nullptr;
    QLabel *m_errors = nullptr;
    QLabel *m_runs = nullptr;
    QLabel *m_error = nullptr;
    QChart *m_chart = nullptr;
    QBarSet *m_received = nullptr;
    QBarSet *m_done = nullptr;
    QBarCategoryAxis *m_hourAxis = nullptr;
    QValueAxis *m_countAxis = nullptr;
    bool m_refreshing = false;
    int m_tileCount = 0;
    QGridLayout *m_grid = nullptr;
};

} // namespace ui
} // namespace m3cart
