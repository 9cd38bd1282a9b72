#include "console_session.h"

#include "async.h"
#include "sandbox_host.h"

#include "config/connection_check.h"
#include "config/connections.h"
#include "config/webhook_registration.h"
#include "engine/engine_settings.h"
#include "flows/runtime.h"
#include "mapping/lookup_source.h"
#include "secrets/secret_snapshot.h"
#include "secrets/secret_store.h"
#include "store/settings_repository.h"
#include "store/store.h"

#include <QPointer>
#include <QTimer>

namespace m3cart::ui {

namespace {
QString listenerBase(const ingest::ListenerOptions &o, quint16 port)
{
    QHostAddress a = o.address;
    if (a == QHostAddress::Any || a == QHostAddress::AnyIPv4)
        a = QHostAddress::LocalHost;
    else if (a == QHostAddress::AnyIPv6)
        a = QHostAddress::LocalHostIPv6;
    const bool tls = !o.certificateFile.isEmpty();
    const QString host = a.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(a.toString())
                             : a.toString();
    return QStringLiteral("%1://%2:%3")
        .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), host)
        .arg(port);
}

Result<ingest::ListenerOptions> listenerFromPlain(const QJsonObject &o, const QString &secret)
{
    ingest::ListenerOptions l;
    const QString address = o.value(QStringLiteral("address")).toString(QStringLiteral("127.0.0.1"));
    if (!l.address.setAddress(address))
        return Error::data(QStringLiteral("listener address '%1' is not an IP address").arg(address));
    const int port = o.value(QStringLiteral("port")).toInt(8787);
    if (port < 0 || port > 65535)
        return Error::data(QStringLiteral("listener port %1 is out of range").arg(port));
    l.port = quint16(port);
    l.certificateFile = o.value(QStringLiteral("certificate_file")).toString();
    l.keyFile = o.value(QStringLiteral("key_file")).toString();
    l.secret = secret;
    return l;
}

ConnectionHealth healthFrom(const Error &e)
{
    if (e.errorClass == ErrorClass::NotFound && e.httpStatus == 0)
        return {Health::NotConfigured, e.message};
    return {Health::Failing, e.message};
}

struct TestOutcome
{
    bool ok = false;
    QString errorClass;
    QString message;
};

TestOutcome outcomeOf(const Status &s, const QString &okMessage)
{
    if (s)
        return {true, {}, okMessage};
    return {false, errorClassName(s.error().errorClass), s.error().message};
}
} // namespace

struct ConsoleSession::Configs
{
    Result<cart::CartConfig> cart = Error::notFound({});
    Result<m3::M3Config> m3 = Error::notFound({});
    Result<ingest::ListenerOptions> listener = Error::notFound({});
    Result<EngineSettings> engine = EngineSettings();
};

ConsoleSession::ConsoleSession(std::shared_ptr<const Store> store, std::shared_ptr<SecretStore> secrets,
                               QObject *parent)
    : QObject(parent), m_store(std::move(store)), m_secrets(std::move(secrets))
{
    qRegisterMetaType<m3cart::EngineCounters>();
    qRegisterMetaType<m3cart::ui::ConnectionHealth>();
    // The status bar's health must not go stale while the engine runs quietly: a real call every 5 minutes.
    auto *recheck = new QTimer(this);
    recheck->setInterval(5 * 60'000);
    connect(recheck, &QTimer::timeout, this, &ConsoleSession::runChecks);
    recheck->start();
}

ConsoleSession::~ConsoleSession()
{
    stopEngine();
}

void ConsoleSession::useSessionOnlySecrets()
{
    m_secrets = std::make_shared<MemorySecretStore>();
    m_sessionOnly = true;
    emit keychainChecked(true, tr("Secrets are kept in memory for this session only and are forgotten when "
                                  "m3cart closes."));
}

void ConsoleSession::checkKeychain()
{
    QPointer<ConsoleSession> self(this);
    m_secrets->read(QLatin1String(config::secret::ListenerSecret), [self](Result<QString> r) {
        if (!self)
            return;
        const bool available = r || r.error().errorClass == ErrorClass::NotFound;
        emit self->keychainChecked(available, available ? QString() : r.error().message);
    });
}

void ConsoleSession::setHealth(const QString &connection, const ConnectionHealth &health)
{
    m_health.insert(connection, health);
    emit healthChanged(connection, health);
}

quint16 ConsoleSession::listenerPort() const
{
    return m_runtime ? m_runtime->listenerPort() : 0;
}

void ConsoleSession::startEngine()
{
    if (m_runtime || m_sandboxActive)
        return;
    if (m_starting) {
        m_startAgain = true; // a connection was saved while the last reading was under way
        return;
    }
    m_starting = true;
    m_startAgain = false;
    for (const QString &c : {conn::cart(), conn::m3(), conn::listener()})
        setHealth(c, {Health::Checking, tr("Reading the configuration…")});
    QPointer<ConsoleSession> self(this);
    readSecrets(*m_secrets, config::secretNames(), [self](SecretSnapshot snap) {
        if (!self)
            return;
        runAsync(
            self.data(),
            [store = self->m_store, snap] {
                Configs c;
                const SettingsRepository settings(store);
                c.cart = config::loadCart(settings, *snap.values);
                c.m3 = config::loadM3(settings, *snap.values);
                c.listener = config::loadListener(settings, *snap.values);
                c.engine = EngineSettings::load(settings);
                return c;
            },
            [self, snap](const Configs &c) {
                self->m_starting = false;
                if (self->m_sandboxActive)
                    return;
                if (self->m_startAgain) {
                    self->startEngine(); // read again: this reading may predate the latest save
                    return;
                }
                const QList<QPair<QString, Error>> failures = [&] {
                    QList<QPair<QString, Error>> f;
                    if (!c.cart)
                        f << qMakePair(conn::cart(), c.cart.error());
                    if (!c.m3)
                        f << qMakePair(conn::m3(), c.m3.error());
                    if (!c.listener)
                        f << qMakePair(conn::listener(), c.listener.error());
                    return f;
                }();
                for (const auto &[name, error] : failures)
                    self->setHealth(name, healthFrom(error));
                int notConfigured = 0;
                for (const auto &f : failures)
                    notConfigured += self->health(f.first).state == Health::NotConfigured ? 1 : 0;
                self->m_nothingConfigured = notConfigured == 3 && snap.present.isEmpty();
                if (!snap.unavailable.isEmpty())
                    emit self->engineMessage(tr("No keychain: see Connections."));
                if (!failures.isEmpty()) {
                    if (self->m_nothingConfigured)
                        emit self->firstStart();
                    else
                        emit self->engineMessage(
                            tr("The engine is not running: complete the connections first."));
                    emit self->engineStateChanged();
                    return;
                }
                if (!c.engine) {
                    emit self->engineMessage(c.engine.error().message);
                    return;
                }
                self->startRuntime(c);
            });
    });
}

void ConsoleSession::startRuntime(const Configs &c)
{
    flows::RuntimeOptions options;
    options.workers = c.engine->workers;
    options.dispatcher.pollIntervalMs = c.engine->pollIntervalMs;
    m_runtime =
        std::make_unique<flows::Runtime>(m_store, c.cart.value(), c.m3.value(), c.listener.value(), options);
    if (const Status s = m_runtime->start(); !s) {
        m_runtime.reset();
        setHealth(conn::listener(), {Health::Failing, s.error().message});
        emit engineMessage(tr("The engine could not start: %1").arg(s.error().message));
        emit engineStateChanged();
        return;
    }
    m_paused = false;
    m_listenerSecret = c.listener->secret;
    wireDispatcher();
    emit engineStateChanged();
    runChecks();
}

void ConsoleSession::wireDispatcher()
{
    Dispatcher &d = m_runtime->dispatcher();
    connect(&d, &Dispatcher::countersChanged, this, &ConsoleSession::countersChanged);
    connect(&d, &Dispatcher::eventsChanged, this, &ConsoleSession::eventsChanged);
    connect(&d, &Dispatcher::connectionPaused, this,
            [this](const QString &connection, const QString &reason) {
                setHealth(connection, {Health::Failing, reason});
                m_pausedConnections.insert(connection, reason);
                emit connectionPaused(connection, reason);
                emit engineStateChanged();
            });
    connect(&d, &Dispatcher::storeError, this, &ConsoleSession::engineMessage);
}

void ConsoleSession::runChecks()
{
    if (!m_runtime)
        return;
    QPointer<ConsoleSession> self(this);
    const auto report = [self](const QString &connection, const TestOutcome &o) {
        // A check that started before the engine paused the connection must not paint it green again.
        if (self && !self->m_pausedConnections.contains(connection))
            self->setHealth(connection, {o.ok ? Health::Ok : Health::Failing, o.message});
    };
    runAsync(
        this,
        [cfg = m_runtime->cart().config()] {
            auto r = config::checkCart(cfg);
            return r ? TestOutcome{true, {}, QString()}
                     : TestOutcome{false, errorClassName(r.error().errorClass), r.error().message};
        },
        [report](const TestOutcome &o) { report(conn::cart(), o); });
    runAsync(
        this,
        [cfg = m_runtime->m3().config()] {
            auto r = config::checkM3(cfg);
            return r ? TestOutcome{true, {}, r->user}
                     : TestOutcome{false, errorClassName(r.error().errorClass), r.error().message};
        },
        [report](const TestOutcome &o) { report(conn::m3(), o); });
    ingest::ListenerOptions lo;
    lo.address = QHostAddress::LocalHost;
    // The running listener's own options are not exposed; the address it answers on locally is enough.
    runAsync(
        this,
        [base = listenerBase(lo, m_runtime->listenerPort()), secret = m_listenerSecret] {
            return outcomeOf(config::checkListener(QUrl(base), secret), QString());
        },
        [report](const TestOutcome &o) { report(conn::listener(), o); });
}

void ConsoleSession::stopEngine()
{
    if (!m_runtime)
        return;
    m_runtime->stop();
    m_runtime.reset();
    m_paused = false;
    m_pausedConnections.clear();
    emit engineStateChanged();
}

void ConsoleSession::pauseEngine(const QString &reason)
{
    if (!m_runtime)
        return;
    m_runtime->dispatcher().pause(reason);
    m_paused = true;
    m_pauseReason = reason;
    emit engineStateChanged();
}

void ConsoleSession::resumeEngine()
{
    if (!m_runtime)
        return;
    m_runtime->dispatcher().resume();
    for (auto it = m_pausedConnections.begin(); it != m_pausedConnections.end(); ++it) {
        m_runtime->dispatcher().resumeConnection(it.key());
        setHealth(it.key(), {Health::Checking, tr("Resumed; waiting for the next call")});
    }
    m_pausedConnections.clear();
    m_paused = false;
    m_pauseReason.clear();
    emit engineStateChanged();
    runChecks();
}

void ConsoleSession::wakeEngine()
{
    if (m_runtime)
        m_runtime->dispatcher().wake();
}

QString ConsoleSession::pauseReason() const
{
    if (m_paused)
        return m_pauseReason;
    QStringList reasons;
    for (auto it = m_pausedConnections.begin(); it != m_pausedConnections.end(); ++it)
        reasons << tr("%1 connection: %2").arg(it.key(), it.value());
    return reasons.join(QStringLiteral("; "));
}

void ConsoleSession::applyRetryPolicy()
{
    if (!m_runtime)
        return;
    QPointer<ConsoleSession> self(this);
    runAsync(
        this, [store = m_store] { return RetryPolicy::load(SettingsRepository(store)); },
        [self](const Result<RetryPolicy> &p) {
            if (self && self->m_runtime && p)
                self->m_runtime->dispatcher().setPolicy(p.value());
        });
}

void ConsoleSession::startSandbox()
{
    if (m_sandboxActive)
        return;
    if (!m_sandbox) {
        m_sandbox = new SandboxHost(this);
        connect(m_sandbox, &SandboxHost::started, this, &ConsoleSession::onSandboxReady);
        connect(m_sandbox, &SandboxHost::failed, this, &ConsoleSession::sandboxFailed);
        connect(m_sandbox, &SandboxHost::ordersPlaced, this, &ConsoleSession::sampleOrdersPlaced);
    }
    m_sandboxActive = true; // from now on the saved connections are not used in this session
    stopEngine();
    m_sandbox->start();
}

void ConsoleSession::onSandboxReady(const QJsonObject &ready)
{
    auto connections = config::fromSandboxReady(ready);
    if (!connections) {
        emit sandboxFailed(connections.error().message);
        return;
    }
    config::useSandboxPacing(connections.value());
    const QJsonObject cart = ready.value(QStringLiteral("cart")).toObject();
    const QJsonObject m3 = ready.value(QStringLiteral("m3")).toObject();
    m_sandboxDetails = tr("3dcart simulator: %1\nM3 simulator: %2\nNothing leaves this computer.")
                           .arg(cart.value(QStringLiteral("baseUrl")).toString(),
                                m3.value(QStringLiteral("baseUrl")).toString());
    Configs c;
    c.cart = connections->cart;
    c.m3 = connections->m3;
    ingest::ListenerOptions lo;
    lo.secret = config::generateSecret(); // session only: never written anywhere
    c.listener = lo;
    QPointer<ConsoleSession> self(this);
    // The sandbox's SKUs are its M3 item numbers: the order flow finds them through the sku_itno lookup.
    runAsync(
        this,
        [store = m_store, skus = m_sandbox->catalogue().skuToItem] {
            return mapping::LookupRepository(store).setMany(QStringLiteral("sku_itno"), skus);
        },
        [self, c](const auto &s) {
            if (!self)
                return;
            if (!s) {
                emit self->sandboxFailed(s.error().message);
                return;
            }
            self->startRuntime(c);
            if (!self->m_runtime)
                return;
            emit self->sandboxStarted(self->m_sandboxDetails);
            // The simulator's webhooks point at our listener, exactly as 'm3cart webhooks register' does for
            // a store.
            const QString base = QStringLiteral("http://127.0.0.1:%1").arg(self->m_runtime->listenerPort());
            runAsync(
                self.data(),
                [cfg = self->m_runtime->cart().config(), base, secret = self->m_listenerSecret] {
                    auto r = config::registerWebhooks(cart::CartClient(cfg), base, secret);
                    return r ? QString() : r.error().message;
                },
                [self](const QString &error) {
                    if (self && !error.isEmpty())
                        emit self->engineMessage(
                            tr("Sandbox webhooks could not be registered: %1").arg(error));
                });
        });
}

void ConsoleSession::placeSampleOrders(int count, bool faults)
{
    if (m_sandbox && m_sandboxActive)
        m_sandbox->placeOrders(count, faults);
}

void ConsoleSession::testConnection(const QString &connection, const QJsonObject &plain,
                                    const QHash<QString, QString> &typed)
{
    setHealth(connection, {Health::Checking, tr("Testing…")});
    QPointer<ConsoleSession> self(this);
    readSecrets(*m_secrets, config::secretNames(), [self, connection, plain, typed](SecretSnapshot snap) {
        if (!self)
            return;
        QHash<QString, QString> values = snap.byName;
        for (auto it = typed.begin(); it != typed.end(); ++it)
            values.insert(it.key(), it.value());
        self->testWithSecrets(connection, plain, values);
    });
}

void ConsoleSession::testWithSecrets(const QString &connection, const QJsonObject &plain,
                                     const QHash<QString, QString> &secrets)
{
    QPointer<ConsoleSession> self(this);
    const auto finish = [self, connection](const TestOutcome &o) {
        if (!self)
            return;
        self->setHealth(connection, {o.ok ? Health::Ok : Health::Failing, o.message});
        emit self->connectionTested(connection, o.ok, o.errorClass, o.message);
    };
    const auto secret = [&secrets](const char *name) { return secrets.value(QLatin1String(name)); };
    if (connection == conn::cart()) {
        cart::CartConfig c = config::cartFromSettings(plain);
        c.privateKey = secret(config::secret::CartPrivateKey);
        c.token = secret(config::secret::CartToken);
        c.bearer = secret(config::secret::CartBearer);
        runAsync(
            this,
            [c] {
                auto r = config::checkCart(c);
                return r ? TestOutcome{true, {}, tr("3dcart answered (order statuses: %1).").arg(r.value())}
                         : TestOutcome{false, errorClassName(r.error().errorClass), r.error().message};
            },
            finish);
    } else if (connection == conn::m3()) {
        m3::M3Config c = config::m3FromSettings(plain);
        c.password = secret(config::secret::M3Password);
        c.ionapi.cs = secret(config::secret::M3ClientSecret);
        c.ionapi.saak = secret(config::secret::M3Saak);
        c.ionapi.sask = secret(config::secret::M3Sask);
        runAsync(
            this,
            [c] {
                auto r = config::checkM3(c);
                return r ? TestOutcome{true,
                                       {},
                                       tr("M3 answered: user %1, company %2, division %3.")
                                           .arg(r->user, r->company, r->division)}
                         : TestOutcome{false, errorClassName(r.error().errorClass), r.error().message};
            },
            finish);
    } else {
        auto lo = listenerFromPlain(plain, secret(config::secret::ListenerSecret));
        if (!lo) {
            finish(TestOutcome{false, errorClassName(lo.error().errorClass), lo.error().message});
            return;
        }
        QString base;
        std::shared_ptr<ingest::WebhookListener> probe;
        if (m_runtime && !m_sandboxActive) {
            base = listenerBase(lo.value(), m_runtime->listenerPort());
        } else {
            // Not running: open the listener as configured for the length of the test, then close it.
            probe = std::make_shared<ingest::WebhookListener>(m_store, lo.value());
            auto port = probe->listen();
            if (!port) {
                finish(TestOutcome{false, errorClassName(port.error().errorClass), port.error().message});
                return;
            }
            base = listenerBase(lo.value(), port.value());
        }
        runAsync(
            this, [base, s = lo->secret] { return config::checkListener(QUrl(base), s); },
            [finish, probe, base](const Status &s) {
                finish(outcomeOf(s, tr("The listener answered at %1.").arg(base)));
            });
    }
}

void ConsoleSession::registerWebhooks(const QString &publicUrl)
{
    QPointer<ConsoleSession> self(this);
    readSecrets(*m_secrets, config::secretNames(), [self, publicUrl](SecretSnapshot snap) {
        if (!self)
            return;
        if (!snap.present.contains(QLatin1String(config::secret::ListenerSecret))) {
            emit self->webhooksRegistered(false,
                                          tr("The listener has no secret yet: generate one and save the "
                                             "listener first."));
            return;
        }
        const QString secret = snap.byName.value(QLatin1String(config::secret::ListenerSecret));
        runAsync(
            self.data(),
            [store = self->m_store, snap, publicUrl, secret] {
                auto cfg = config::loadCart(SettingsRepository(store), *snap.values);
                if (!cfg)
                    return Result<config::WebhookRegistration>(cfg.error());
                return config::registerWebhooks(cart::CartClient(cfg.value()), publicUrl, secret);
            },
            [self](const Result<config::WebhookRegistration> &r) {
                if (!self)
                    return;
                if (!r) {
                    emit self->webhooksRegistered(false, r.error().message);
                    return;
                }
                QStringList lines;
                for (const QJsonValue &v : r->report) {
                    const QJsonObject o = v.toObject();
                    lines << QStringLiteral("%1: %2").arg(o.value(QStringLiteral("event")).toString(),
                                                          o.value(QStringLiteral("action")).toString());
                }
                emit self->webhooksRegistered(r->problems == 0, lines.join(QLatin1Char('\n')));
            });
    });
}

} // namespace m3cart::ui
