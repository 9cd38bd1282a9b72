#pragma once
// The first page: how many events are in each state, read from the store off the GUI thread.

#include <QWidget>
#include <memory>

class QLabel;
class QGridLayout;

namespace m3cart {
class Store;
namespace ui {

class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(std::shared_ptr<const Store> store, QWidget *parent = nullptr);
    void refresh();

signals:
    void refreshed(const QString &summary);

private:
    std::shared_ptr<const Store> m_store;
    QMap<QString, QLabel *> m_values;
    QLabel *m_error = nullptr;
    bool m_refreshing = false;
};

} // namespace ui
} // namespace m3cart
