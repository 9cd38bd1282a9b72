#include "connections_page.h"

#include "cart_form.h"
#include "listener_form.h"
#include "m3_form.h"

#include "ui/session/console_session.h"
#include "ui/widgets/page_heading.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace m3cart::ui {

namespace {
QWidget *scrolled(QWidget *form)
{
    auto *area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(form);
    return area;
}
} // namespace

ConnectionsPage::ConnectionsPage(ConsoleSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 12);
    layout->addWidget(makeHeading(tr("Connections"), this));
    auto *intro =
        new QLabel(tr("Secrets go to the OS keychain only; this page shows whether one is stored, never "
                      "its value."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *notice = new QHBoxLayout;
    m_keychain = new QLabel(this);
    m_keychain->setObjectName(QStringLiteral("keychainNotice"));
    m_keychain->setWordWrap(true);
    m_keychain->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3e0; color: #4e342e; padding: 6px; }"));
    m_keychain->hide();
    m_sessionOnly = new QPushButton(tr("Use session-only secrets"), this);
    m_sessionOnly->setObjectName(QStringLiteral("useSessionOnly"));
    m_sessionOnly->setToolTip(
        tr("Secrets stay in memory and are forgotten when m3cart closes; nothing is written "
           "to disk."));
    m_sessionOnly->hide();
    notice->addWidget(m_keychain, 1);
    notice->addWidget(m_sessionOnly);
    layout->addLayout(notice);

    m_sandbox = new QLabel(this);
    m_sandbox->setObjectName(QStringLiteral("sandboxNotice"));
    m_sandbox->setWordWrap(true);
    m_sandbox->setStyleSheet(QStringLiteral("QLabel { background: #ffd54f; color: #3e2723; padding: 6px; }"));
    m_sandbox->hide();
    layout->addWidget(m_sandbox);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("connectionTabs"));
    m_cart = new CartForm(session);
    m_m3 = new M3Form(session);
    m_listener = new ListenerForm(session);
    m_tabs->addTab(scrolled(m_cart), tr("3dcart"));
    m_tabs->addTab(scrolled(m_m3), tr("Infor M3"));
    m_tabs->addTab(scrolled(m_listener), tr("Listener"));
    layout->addWidget(m_tabs, 1);

    connect(session, &ConsoleSession::keychainChecked, this, [this](bool available, const QString &message) {
        if (m_session->sessionOnlySecrets()) {
            m_keychain->setText(
                tr("Session-only secrets: they are kept in memory and forgotten when m3cart closes. "
                   "Nothing is written to disk."));
            m_keychain->show();
            m_sessionOnly->hide();
            reloadAll();
            return;
        }
        m_keychain->setVisible(!available);
        m_sessionOnly->setVisible(!available);
        if (!available)
            m_keychain->setText(
                tr("No keychain is available, so secrets cannot be saved (%1). Start a keyring "
                   "(e.g. GNOME Keyring or KWallet), or use session-only secrets.")
                    .arg(message));
    });
    connect(m_sessionOnly, &QPushButton::clicked, session, &ConsoleSession::useSessionOnlySecrets);
    connect(session, &ConsoleSession::sandboxStarted, this, [this] {
        m_sandbox->setText(
            tr("SANDBOX session: the engine uses the simulators. The connections below are your "
               "saved ones; they are not used until you start m3cart without the sandbox."));
        m_sandbox->show();
    });
    // Completing the last connection starts the engine; a running one keeps its settings until restarted.
    for (ConnectionForm *form : std::initializer_list<ConnectionForm *>{m_cart, m_m3, m_listener}) {
        connect(form, &ConnectionForm::saved, this, [this](bool ok) {
            if (ok && !m_session->engineRunning() && !m_session->isSandbox())
                m_session->startEngine();
        });
    }
    reloadAll();
}

void ConnectionsPage::reloadAll()
{
    m_cart->reload();
    m_m3->reload();
    m_listener->reload();
}

void ConnectionsPage::showConnection(const QString &connection)
{
    if (connection == conn::cart())
        m_tabs->setCurrentIndex(0);
    else if (connection == conn::m3())
        m_tabs->setCurrentIndex(1);
    else if (connection == conn::listener())
        m_tabs->setCurrentIndex(2);
}

} // namespace m3cart::ui
