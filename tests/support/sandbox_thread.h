#pragma once
// Runs the sandbox simulators on a thread of their own, the way the console does, so a test can call the
// blocking API clients from its main thread over real HTTP.

#include "sandbox/sandbox.h"
#include "verify.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QThread>

namespace m3cart::test {

class SandboxThread
{
public:
    explicit SandboxThread(const sandbox::SandboxOptions &options = {})
    {
        m_thread.setObjectName(QStringLiteral("sandbox"));
        m_anchor.moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            &m_anchor,
            [this, options] {
                m_sandbox = new sandbox::Sandbox(options);
                m_ok = m_sandbox->start(&m_error);
                if (m_ok)
                    m_ready = m_sandbox->readyJson();
            },
            Qt::BlockingQueuedConnection);
    }
    ~SandboxThread()
    {
        QMetaObject::invokeMethod(&m_anchor, [this] { delete m_sandbox; }, Qt::BlockingQueuedConnection);
        QMetaObject::invokeMethod(&m_anchor, [this] { m_anchor.moveToThread(QCoreApplication::instance()->thread()); },
                                  Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    QJsonObject ready() const { return m_ready; }

    // Runs fn on the sandbox's thread and waits (simulator state is not thread-safe).
    template <typename Fn>
    void run(Fn fn)
    {
        QMetaObject::invokeMethod(&m_anchor, [this, fn] { fn(*m_sandbox); }, Qt::BlockingQueuedConnection);
    }

private:
    QThread m_thread;
    QObject m_anchor; // lives on m_thread; work for the sandbox is queued to it
    sandbox::Sandbox *m_sandbox = nullptr;
    bool m_ok = false;
    QString m_error;
    QJsonObject m_ready;
};

} // namespace m3cart::test
