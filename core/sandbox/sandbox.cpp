#include "sandbox.h"

#include <QDir>

namespace m3cart::sandbox {

Sandbox::Sandbox(const SandboxOptions &options, QObject *parent) : QObject(parent), m_options(options) {}

Sandbox::~Sandbox() = default;

bool Sandbox::validateFaultSpec(const QString &spec, QString *error)
{
    QString err;
    FaultInjector::parse(spec, &err);
    if (error)
        *error = err;
    return err.isEmpty();
}

bool Sandbox::start(QString *error)
{
    QString err;
    const QList<FaultRule> rules = FaultInjector::parse(m_options.faultSpec, &err);
    if (!err.isEmpty()) {
        *error = err;
        return false;
    }
    CartConfig cc;
    cc.seed = m_options.seed;
    cc.products = m_options.products;
    cc.latencyMs = m_options.latencyMs;
    cc.throttlePerSecond = m_options.cartThrottlePerSecond;
    M3Config mc;
    mc.seed = m_options.seed;
    mc.products = m_options.products;
    mc.latencyMs = m_options.latencyMs;
    if (!m_options.stateDir.isEmpty()) {
        if (!QDir().mkpath(m_options.stateDir)) {
            *error = QStringLiteral("cannot create state directory %1").arg(m_options.stateDir);
            return false;
        }
        cc.stateDir = mc.stateDir = m_options.stateDir;
    }
    m_cart = new CartSimulator(cc, this);
    m_m3 = new M3Simulator(mc, this);
    m_cart->faults().setRules(rules);
    m_m3->faults().setRules(rules);
    if (!m_cart->listen(m_options.address, m_options.cartPort)) {
        *error = QStringLiteral("cannot listen on %1:%2 for the 3dcart simulator")
                     .arg(m_options.address.toString())
                     .arg(m_options.cartPort);
        return false;
    }
    if (!m_m3->listen(m_options.address, m_options.m3Port)) {
        *error = QStringLiteral("cannot listen on %1:%2 for the M3 simulator")
                     .arg(m_options.address.toString())
                     .arg(m_options.m3Port);
        return false;
    }
    QString dir = m_options.stateDir;
    if (dir.isEmpty()) {
        m_tempDir =
            std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("m3cart-sandbox-XXXXXX")));
        dir = m_tempDir->path();
    }
    m_ionapiFile = m_m3->writeIonApiFile(QDir(dir).filePath(QStringLiteral("m3cart-sandbox.ionapi")));
    if (m_ionapiFile.isEmpty()) {
        *error = QStringLiteral("cannot write the .ionapi file in %1").arg(dir);
        return false;
    }
    return true;
}

QJsonObject Sandbox::readyJson() const
{
    return QJsonObject{
        {QStringLiteral("cart"), QJsonObject{{QStringLiteral("baseUrl"), m_cart->baseUrl().toString()},
                                             {QStringLiteral("secureUrl"), m_cart->config().secureUrl},
                                             {QStringLiteral("privateKey"), m_cart->config().privateKey},
                                             {QStringLiteral("token"), m_cart->config().token}}},
        {QStringLiteral("m3"), QJsonObject{{QStringLiteral("baseUrl"), m_m3->baseUrl().toString()},
                                           {QStringLiteral("tenant"), m_m3->config().tenant},
                                           {QStringLiteral("ionapiFile"), m_ionapiFile}}},
        {QStringLiteral("admin"), QJsonObject{{QStringLiteral("cart"), m_cart->adminUrl().toString()},
                                              {QStringLiteral("m3"), m_m3->adminUrl().toString()}}}};
}

} // namespace m3cart::sandbox
