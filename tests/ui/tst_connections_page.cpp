// The Connections page on the offscreen platform: validation messages, secrets round-tripping through the
// (in-memory) SecretStore and never into settings, .ionapi import, and Test connection against the sandbox.

#include "config/connections.h"
#include "sandbox_thread.h"
#include "secrets/secret_store.h"
#include "store/settings_repository.h"
#include "temp_store.h"
#include "ui/connections/cart_form.h"
#include "ui/connections/connections_page.h"
#include "ui/connections/listener_form.h"
#include "ui/connections/m3_form.h"
#include "ui/main_window.h"
#include "ui/session/console_session.h"
#include "ui/widgets/secret_field.h"
#include "verify.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace m3cart;

namespace {
void setText(QWidget *form, const char *name, const QString &text)
{
    auto *edit = form->findChild<QLineEdit *>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->setText(text);
}

ui::SecretField *secret(QWidget *form, const char *name)
{
    return form->findChild<ui::SecretField *>(QStringLiteral("secret_") + QLatin1String(name));
}

// M3CART_SHOT_DIR=/tmp/shots: also saves the window as a PNG, to look at the forms after a real run.
void shot(ui::MainWindow &w, const QString &tab, const char *name)
{
    const QString dir = qEnvironmentVariable("M3CART_SHOT_DIR");
    if (dir.isEmpty())
        return;
    w.resize(1100, 760);
    w.showPage(QStringLiteral("connections"));
    w.findChild<ui::ConnectionsPage *>()->showConnection(tab);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.grab().save(dir + QLatin1Char('/') + QLatin1String(name)));
}

// A desktop without a keychain: every call fails the way QtKeychain does when there is no Secret Service.
class NoKeychain : public SecretStore
{
public:
    QString backendName() const override { return QStringLiteral("none"); }
    void read(const QString &, ReadCallback done) override
    {
        done(Error::auth(QStringLiteral("no Secret Service")));
    }
    void write(const QString &, const QString &, DoneCallback done) override
    {
        done(Error::auth(QStringLiteral("no Secret Service")));
    }
    void remove(const QString &, DoneCallback done) override
    {
        done(Error::auth(QStringLiteral("no Secret Service")));
    }
};

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}
} // namespace

class TstConnectionsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("m3cart-test"));
        m_sandbox = std::make_unique<test::SandboxThread>();
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->error()));
    }
    void cleanupTestCase() { m_sandbox.reset(); }

    void validationSaysWhatIsMissing()
    {
        test::TempStore t;
        ui::MainWindow w(t.store, std::make_shared<MemorySecretStore>());
        auto *cart = w.findChild<ui::CartForm *>();
        QVERIFY(cart);
        QTRY_VERIFY(cart->isLoaded());
        QSignalSpy saved(cart, &ui::ConnectionForm::saved);
        cart->save();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().toBool(), false);
        QVERIFY(cart->message().contains(QLatin1String("SecureURL is empty")));
        QVERIFY(cart->message().contains(QLatin1String("PrivateKey is missing")));
        QVERIFY(cart->message().contains(QLatin1String("Token is missing")));
        setText(cart, "baseUrl", QStringLiteral("not a url"));
        QVERIFY(cart->validate().join(QLatin1Char(' ')).contains(QLatin1String("API host")));

        auto *m3 = w.findChild<ui::M3Form *>();
        m3->findChild<QComboBox *>(QStringLiteral("mode"))->setCurrentIndex(1); // on premise
        setText(m3, "baseUrl", QStringLiteral("m3host"));
        const QString m3Problems = m3->validate().join(QLatin1Char(' '));
        QVERIFY(m3Problems.contains(QLatin1String("M3 URL")));
        QVERIFY(m3Problems.contains(QLatin1String("user is missing")));
        m3->findChild<QComboBox *>(QStringLiteral("mode"))->setCurrentIndex(0);
        QVERIFY(m3->validate().join(QLatin1Char(' ')).contains(QLatin1String(".ionapi")));

        auto *listener = w.findChild<ui::ListenerForm *>();
        setText(listener, "address", QStringLiteral("localhost:80"));
        setText(listener, "publicUrl", QStringLiteral("ftp://x"));
        const QString lp = listener->validate().join(QLatin1Char(' '));
        QVERIFY(lp.contains(QLatin1String("not an IP address")));
        QVERIFY(lp.contains(QLatin1String("Public URL")));
        QVERIFY(lp.contains(QLatin1String("press Generate")));
        secret(listener, config::secret::ListenerSecret)->setTyped(QStringLiteral("short"));
        QVERIFY(listener->validate().join(QLatin1Char(' ')).contains(QLatin1String("too short")));
        // Nothing was written.
        QVERIFY(!SettingsRepository(t.store).get(config::cartSetting())->isObject());
    }

    void secretsGoToTheSecretStoreOnly()
    {
        test::TempStore t;
        auto secrets = std::make_shared<MemorySecretStore>();
        {
            ui::MainWindow w(t.store, secrets);
            auto *cart = w.findChild<ui::CartForm *>();
            QTRY_VERIFY(cart->isLoaded());
            QCOMPARE(secret(cart, config::secret::CartPrivateKey)
                         ->findChild<QLabel *>(QStringLiteral("status"))
                         ->text(),
                     QStringLiteral("Not set"));
            setText(cart, "secureUrl", QStringLiteral("https://shop.example.com"));
            secret(cart, config::secret::CartPrivateKey)->setTyped(QStringLiteral("pk-very-secret"));
            secret(cart, config::secret::CartToken)->setTyped(QStringLiteral("tok-very-secret"));
            QSignalSpy saved(cart, &ui::ConnectionForm::saved);
            cart->save();
            QTRY_COMPARE(saved.size(), 1);
            QVERIFY2(saved.first().first().toBool(), qPrintable(cart->message()));
        }
        auto pk0 = secrets->readNow(QLatin1String(config::secret::CartPrivateKey));
        M3_VERIFY_OK(pk0);
        QCOMPARE(pk0.value(), QStringLiteral("pk-very-secret"));
        QCOMPARE(secrets->readNow(QLatin1String(config::secret::CartToken)).value(),
                 QStringLiteral("tok-very-secret"));
        auto stored = SettingsRepository(t.store).get(config::cartSetting());
        QVERIFY(stored && stored->isObject());
        const QByteArray json = QJsonDocument(stored->toObject()).toJson();
        QVERIFY(json.contains("https://shop.example.com"));
        QVERIFY(!json.contains("very-secret"));
        auto loaded = config::loadCart(SettingsRepository(t.store), *secrets);
        M3_VERIFY_OK(loaded);

        // A new window shows that they are stored, never what they are.
        ui::MainWindow again(t.store, secrets);
        auto *cart = again.findChild<ui::CartForm *>();
        QTRY_VERIFY(cart->isLoaded());
        auto *pk = secret(cart, config::secret::CartPrivateKey);
        QVERIFY(pk->isStored());
        QCOMPARE(pk->findChild<QLabel *>(QStringLiteral("status"))->text(),
                 QStringLiteral("Stored in keychain"));
        QVERIFY(pk->typedValue().isEmpty());
        QCOMPARE(cart->findChild<QLineEdit *>(QStringLiteral("secureUrl"))->text(),
                 QStringLiteral("https://shop.example.com"));
    }

    void testConnectionAgainstTheSandbox()
    {
        test::TempStore t;
        ui::MainWindow w(t.store, std::make_shared<MemorySecretStore>());
        auto *cart = w.findChild<ui::CartForm *>();
        QTRY_VERIFY(cart->isLoaded());
        const QJsonObject c = m_sandbox->ready().value(QStringLiteral("cart")).toObject();
        QUrl base(c.value(QStringLiteral("baseUrl")).toString());
        base.setPath(QString());
        setText(cart, "secureUrl", c.value(QStringLiteral("secureUrl")).toString());
        setText(cart, "baseUrl", base.toString());
        secret(cart, config::secret::CartPrivateKey)
            ->setTyped(c.value(QStringLiteral("privateKey")).toString());
        secret(cart, config::secret::CartToken)->setTyped(QStringLiteral("wrong-token"));
        QSignalSpy tested(cart, &ui::ConnectionForm::tested);
        cart->test();
        QVERIFY(tested.wait(20000));
        QCOMPARE(tested.last().first().toBool(), false);
        QVERIFY2(cart->message().contains(QLatin1String("(auth error)")), qPrintable(cart->message()));
        QVERIFY(cart->message().contains(QLatin1String("What to check")));

        secret(cart, config::secret::CartToken)->setTyped(c.value(QStringLiteral("token")).toString());
        cart->test();
        QVERIFY(tested.wait(20000));
        QVERIFY2(tested.last().first().toBool(), qPrintable(cart->message()));
        QVERIFY(cart->message().contains(QLatin1String("order statuses")));
        shot(w, QStringLiteral("cart"), "connections_cart.png");
        QCOMPARE(int(w.session()->health(QStringLiteral("cart")).state), int(ui::Health::Ok));
    }

    void importIonApiThenTestM3()
    {
        test::TempStore t;
        auto secrets = std::make_shared<MemorySecretStore>();
        ui::MainWindow w(t.store, secrets);
        auto *m3 = w.findChild<ui::M3Form *>();
        QTRY_VERIFY(m3->isLoaded());
        QSignalSpy saved(m3, &ui::ConnectionForm::saved);
        QVERIFY(!m3->importFile(QStringLiteral("/nonexistent/file.ionapi")));
        QVERIFY(m3->message().contains(QLatin1String("Cannot use")));
        const QString file = m_sandbox->ready()
                                 .value(QStringLiteral("m3"))
                                 .toObject()
                                 .value(QStringLiteral("ionapiFile"))
                                 .toString();
        QVERIFY(m3->importFile(file));
        QTRY_COMPARE(saved.size(), 1);
        QVERIFY2(saved.first().first().toBool(), qPrintable(m3->message()));
        const QString tenant = m_sandbox->ready()
                                   .value(QStringLiteral("m3"))
                                   .toObject()
                                   .value(QStringLiteral("tenant"))
                                   .toString();
        QVERIFY(m3->findChild<QLabel *>(QStringLiteral("ionapiSummary"))->text().contains(tenant));
        QVERIFY(secrets->readNow(QLatin1String(config::secret::M3ClientSecret)));
        QVERIFY(secrets->readNow(QLatin1String(config::secret::M3Sask)));
        const QByteArray json =
            QJsonDocument(SettingsRepository(t.store).get(config::m3Setting())->toObject()).toJson();
        QVERIFY(json.contains(tenant.toUtf8()));
        QVERIFY(!json.contains(secrets->readNow(QLatin1String(config::secret::M3Sask))->toUtf8()));

        QSignalSpy tested(m3, &ui::ConnectionForm::tested);
        m3->test();
        QVERIFY(tested.wait(20000));
        QVERIFY2(tested.last().first().toBool(), qPrintable(m3->message()));
        QVERIFY(m3->message().contains(QLatin1String("M3 answered")));
        shot(w, QStringLiteral("m3"), "connections_m3.png");
    }

    void listenerSelfTest()
    {
        test::TempStore t;
        ui::MainWindow w(t.store, std::make_shared<MemorySecretStore>());
        auto *listener = w.findChild<ui::ListenerForm *>();
        QTRY_VERIFY(listener->isLoaded());
        listener->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(freePort());
        auto *field = secret(listener, config::secret::ListenerSecret);
        QTest::mouseClick(field->findChild<QWidget *>(QStringLiteral("generate")), Qt::LeftButton);
        QVERIFY(field->typedValue().size() >= 40);
        QSignalSpy tested(listener, &ui::ConnectionForm::tested);
        listener->test();
        QVERIFY(tested.wait(20000));
        QVERIFY2(tested.last().first().toBool(), qPrintable(listener->message()));
        QVERIFY(listener->message().contains(QLatin1String("listener answered")));
        shot(w, QStringLiteral("listener"), "connections_listener.png");
    }

    void savingEveryConnectionStartsTheEngine()
    {
        test::TempStore t;
        ui::MainWindow w(t.store, std::make_shared<MemorySecretStore>());
        ui::ConsoleSession *session = w.session();
        QSignalSpy firstStart(session, &ui::ConsoleSession::firstStart);
        w.start(false);
        QVERIFY(firstStart.wait(10000));

        auto *cart = w.findChild<ui::CartForm *>();
        auto *m3 = w.findChild<ui::M3Form *>();
        auto *listener = w.findChild<ui::ListenerForm *>();
        QTRY_VERIFY(cart->isLoaded() && m3->isLoaded() && listener->isLoaded());
        const QJsonObject c = m_sandbox->ready().value(QStringLiteral("cart")).toObject();
        QUrl base(c.value(QStringLiteral("baseUrl")).toString());
        base.setPath(QString());
        setText(cart, "secureUrl", c.value(QStringLiteral("secureUrl")).toString());
        setText(cart, "baseUrl", base.toString());
        secret(cart, config::secret::CartPrivateKey)
            ->setTyped(c.value(QStringLiteral("privateKey")).toString());
        secret(cart, config::secret::CartToken)->setTyped(c.value(QStringLiteral("token")).toString());
        QSignalSpy cartSaved(cart, &ui::ConnectionForm::saved);
        cart->save();
        QVERIFY(cartSaved.wait(10000));
        QVERIFY(!session->engineRunning()); // M3 and the listener are still missing

        QSignalSpy m3Saved(m3, &ui::ConnectionForm::saved);
        QVERIFY(m3->importFile(m_sandbox->ready()
                                   .value(QStringLiteral("m3"))
                                   .toObject()
                                   .value(QStringLiteral("ionapiFile"))
                                   .toString()));
        QVERIFY(m3Saved.wait(10000));

        listener->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(freePort());
        QTest::mouseClick(secret(listener, config::secret::ListenerSecret)
                              ->findChild<QWidget *>(QStringLiteral("generate")),
                          Qt::LeftButton);
        QSignalSpy listenerSaved(listener, &ui::ConnectionForm::saved);
        listener->save();
        QVERIFY(listenerSaved.wait(10000));
        QVERIFY(listenerSaved.first().first().toBool());

        QTRY_VERIFY_WITH_TIMEOUT(session->engineRunning(), 10000);
        for (const QString &conn : {QStringLiteral("cart"), QStringLiteral("m3"), QStringLiteral("listener")})
            QTRY_COMPARE_WITH_TIMEOUT(int(session->health(conn).state), int(ui::Health::Ok), 20000);
        QVERIFY(
            w.findChild<QLabel *>(QStringLiteral("engineState"))->text().contains(QLatin1String("running")));

        // Register webhooks: the simulator gets one per event, pointing at the public URL with the secret.
        // (Its store throttle of 2 requests/s is for the client tests; the engine's checks just used it up.)
        m_sandbox->run([](sandbox::Sandbox &s) { s.cart()->setThrottle(0, 0); });
        setText(listener, "publicUrl", QStringLiteral("https://hooks.example.com"));
        QSignalSpy registered(session, &ui::ConsoleSession::webhooksRegistered);
        listener->registerWebhooks();
        QVERIFY(registered.wait(20000));
        QVERIFY2(registered.first().first().toBool(), qPrintable(listener->message()));
        QVERIFY(listener->message().contains(QLatin1String("order-new: created")));
    }

    void noKeychainOffersSessionOnlySecrets()
    {
        test::TempStore t;
        ui::MainWindow w(t.store, std::make_shared<NoKeychain>());
        w.show();
        w.showPage(QStringLiteral("connections"));
        auto *notice = w.findChild<QLabel *>(QStringLiteral("keychainNotice"));
        auto *button = w.findChild<QPushButton *>(QStringLiteral("useSessionOnly"));
        QTRY_VERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QLatin1String("No keychain")));
        QVERIFY(button->isVisible());

        // Saving a secret fails plainly while there is no keychain.
        auto *listener = w.findChild<ui::ListenerForm *>();
        QTRY_VERIFY(listener->isLoaded());
        QTest::mouseClick(secret(listener, config::secret::ListenerSecret)
                              ->findChild<QWidget *>(QStringLiteral("generate")),
                          Qt::LeftButton);
        QSignalSpy saved(listener, &ui::ConnectionForm::saved);
        listener->save();
        if (saved.isEmpty()) // a store that fails at once answers before save() returns
            QVERIFY(saved.wait(10000));
        QCOMPARE(saved.first().first().toBool(), false);
        QVERIFY(listener->message().contains(QLatin1String("secret store refused")));

        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(w.session()->sessionOnlySecrets());
        QTRY_VERIFY(notice->text().contains(QLatin1String("Session-only secrets")));
        QVERIFY(!button->isVisible());
        QTest::mouseClick(secret(listener, config::secret::ListenerSecret)
                              ->findChild<QWidget *>(QStringLiteral("generate")),
                          Qt::LeftButton);
        listener->save();
        QTRY_COMPARE(saved.size(), 2);
        QVERIFY(saved.last().first().toBool());
        QCOMPARE(secret(listener, config::secret::ListenerSecret)
                     ->findChild<QLabel *>(QStringLiteral("status"))
                     ->text(),
                 QStringLiteral("Stored for this session only (memory)"));
    }

private:
    std::unique_ptr<test::SandboxThread> m_sandbox;
};

QTEST_MAIN(TstConnectionsPage)
#include "tst_connections_page.moc"
