#pragma once
// Starts both simulators side by side (the `m3cart sandbox` command, demos and integration tests): shared
// seed, latency and fault spec, a written .ionapi file, and the one-line JSON that tells clients where to go.

#include "cart_simulator.h"
#include "m3_simulator.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QTemporaryDir>
#include <memory>

namespace m3cart::sandbox {

struct SandboxOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 cartPort = 0;
    quint16 m3Port = 0;
    quint32 seed = 1;
    int products = 40;
    int latencyMs = 0;
    QString faultSpec;
    QString stateDir;
    double cartThrottlePerSecond = 2.0;
};

class Sandbox : public QObject
{
    Q_OBJECT
public:
    explicit Sandbox(const SandboxOptions &options = {}, QObject *parent = nullptr);
    ~Sandbox() override;

    bool start(QString *error);
    CartSimulator *cart() const { return m_cart; }
    M3Simulator *m3() const { return m_m3; }
    QString ionapiFile() const { return m_ionapiFile; }
    // {"cart":{"baseUrl","secureUrl","privateKey","token"},"m3":{"baseUrl","tenant","ionapiFile"},"admin":{"cart","m3"}}
    QJsonObject readyJson() const;

    static bool validateFaultSpec(const QString &spec, QString *error);

private:
    SandboxOptions m_options;
    CartSimulator *m_cart = nullptr;
    M3Simulator *m_m3 = nullptr;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_ionapiFile;
};

} // namespace m3cart::sandbox
