#pragma once
// The sandbox on the dashboard. With nothing configured: "Explore with the sandbox" (or set up the
// connections). In a sandbox session: place N sample orders in the 3dcart simulator, with or without faults.

#include <QFrame>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace m3cart::ui {

class ConsoleSession;

class SandboxPanel : public QFrame
{
    Q_OBJECT
public:
    explicit SandboxPanel(ConsoleSession *session, QWidget *parent = nullptr);
    void placeOrders(); // with the panel's count and fault choice

signals:
    void setUpConnections();

private:
    ConsoleSession *m_session;
    QWidget *m_welcome = nullptr; // first start
    QWidget *m_orders = nullptr;  // sandbox session
    QPushButton *m_explore = nullptr;
    QSpinBox *m_count = nullptr;
    QCheckBox *m_faults = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_startError = nullptr;
};

} // namespace m3cart::ui
