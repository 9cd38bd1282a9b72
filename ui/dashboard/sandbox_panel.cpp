#include "sandbox_panel.h"

#include "ui/session/console_session.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace m3cart::ui {

SandboxPanel::SandboxPanel(ConsoleSession *session, QWidget *parent) : QFrame(parent), m_session(session)
{
    setObjectName(QStringLiteral("sandboxPanel"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#sandboxPanel { background: #fff8e1; border: 1px solid #ffb300; }"));
    auto *stack = new QVBoxLayout(this);
    stack->setContentsMargins(0, 0, 0, 0);

    // First start: nothing configured.
    m_welcome = new QWidget(this);
    auto *welcome = m_welcome;
    auto *wv = new QVBoxLayout(welcome);
    auto *title = new QLabel(tr("<b>Nothing is configured yet.</b>"), welcome);
    auto *text =
        new QLabel(tr("Explore m3cart with the sandbox: simulated 3dcart and M3 run inside the console, "
                      "the engine syncs between them, and you can place sample orders. Nothing leaves this "
                      "computer and your settings stay empty."),
                   welcome);
    text->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    m_explore = new QPushButton(tr("Explore with the sandbox"), welcome);
    m_explore->setObjectName(QStringLiteral("exploreSandbox"));
    auto *setUp = new QPushButton(tr("Set up connections"), welcome);
    buttons->addWidget(m_explore);
    buttons->addWidget(setUp);
    buttons->addStretch(1);
    wv->addWidget(title);
    wv->addWidget(text);
    wv->addLayout(buttons);
    m_startError = new QLabel(welcome);
    m_startError->setWordWrap(true);
    m_startError->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_startError->hide();
    wv->addWidget(m_startError);
    stack->addWidget(welcome);

    // Sandbox session: sample orders.
    m_orders = new QWidget(this);
    auto *orders = m_orders;
    auto *ov = new QVBoxLayout(orders);
    auto *label =
        new QLabel(tr("<b>SANDBOX</b> — simulated 3dcart and M3; nothing leaves this computer."), orders);
    label->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Place"), orders));
    m_count = new QSpinBox(orders);
    m_count->setObjectName(QStringLiteral("sampleCount"));
    m_count->setRange(1, 500);
    m_count->setValue(10);
    row->addWidget(m_count);
    row->addWidget(new QLabel(tr("sample orders"), orders));
    m_faults = new QCheckBox(tr("with faults (M3 outages, rejected lines)"), orders);
    m_faults->setObjectName(QStringLiteral("sampleFaults"));
    row->addWidget(m_faults);
    auto *place = new QPushButton(tr("Place orders"), orders);
    place->setObjectName(QStringLiteral("placeOrders"));
    row->addWidget(place);
    row->addStretch(1);
    m_status = new QLabel(orders);
    m_status->setObjectName(QStringLiteral("sampleStatus"));
    m_status->hide(); // shown with the first message, so the panel has no empty line
    ov->addWidget(label);
    ov->addLayout(row);
    ov->addWidget(m_status);
    stack->addWidget(orders);
    orders->hide();

    hide();
    connect(session, &ConsoleSession::firstStart, this, [this] {
        if (!m_session->isSandbox()) {
            m_orders->hide();
            m_welcome->show();
            show();
        }
    });
    connect(m_explore, &QPushButton::clicked, this, [this] {
        m_explore->setEnabled(false);
        m_explore->setText(tr("Starting the sandbox…"));
        m_session->startSandbox();
    });
    connect(setUp, &QPushButton::clicked, this, &SandboxPanel::setUpConnections);
    connect(session, &ConsoleSession::sandboxStarted, this, [this] {
        m_welcome->hide();
        m_orders->show();
        show();
    });
    connect(session, &ConsoleSession::sandboxFailed, this, [this](const QString &message) {
        m_explore->setEnabled(true);
        m_explore->setText(tr("Explore with the sandbox"));
        m_startError->setText(tr("The sandbox could not start: %1").arg(message));
        m_startError->show();
    });
    connect(place, &QPushButton::clicked, this, &SandboxPanel::placeOrders);
    connect(session, &ConsoleSession::sampleOrdersPlaced, this, [this](int n) {
        m_status->setText(
            tr("Orders placed in the 3dcart simulator: %1. Its webhooks bring them to m3cart.").arg(n));
        m_status->show();
    });
}

void SandboxPanel::placeOrders()
{
    m_status->setText(tr("Placing orders…"));
    m_status->show();
    m_session->placeSampleOrders(m_count->value(), m_faults->isChecked());
}

} // namespace m3cart::ui
