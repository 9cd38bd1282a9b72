#pragma once
// The Connections page: 3dcart, M3 and the listener as tabs, the state of the keychain above them (with the
// session-only fallback when there is none) and, in a sandbox session, a note that the simulators are used.

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace m3cart::ui {

class ConsoleSession;
class CartForm;
class M3Form;
class ListenerForm;

class ConnectionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionsPage(ConsoleSession *session, QWidget *parent = nullptr);
    CartForm *cartForm() const { return m_cart; }
    M3Form *m3Form() const { return m_m3; }
    ListenerForm *listenerForm() const { return m_listener; }
    void showConnection(const QString &connection); // "cart", "m3", "listener"

private:
    void reloadAll();

    ConsoleSession *m_session;
    QLabel *m_keychain = nullptr;
    QPushButton *m_sessionOnly = nullptr;
    QLabel *m_sandbox = nullptr;
    QTabWidget *m_tabs = nullptr;
    CartForm *m_cart = nullptr;
    M3Form *m_m3 = nullptr;
    ListenerForm *m_listener = nullptr;
};

} // namespace m3cart::ui
