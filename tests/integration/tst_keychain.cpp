// The OS keychain through QtKeychain, against the real Secret Service (dbus-run-session + gnome-keyring,
// started by test.sh). The in-memory store, used by other tests, is checked to behave the same.

#include "secrets/secret_store.h"

#include <QTest>
#include <QUuid>

using namespace m3cart;

class TstKeychain : public QObject
{
    Q_OBJECT

    void roundTrip(SecretStore &store)
    {
        const QString key = QStringLiteral("test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString secret = QStringLiteral("pr1vate-k€y with spaces");
        const Status w = store.writeNow(key, secret);
        QVERIFY2(w, qPrintable(w ? QString() : w.error().message));
        const Result<QString> r = store.readNow(key);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r.value(), secret);
        QVERIFY(store.writeNow(key, QStringLiteral("rotated")));
        QCOMPARE(store.readNow(key).value(), QStringLiteral("rotated"));
        QVERIFY(store.removeNow(key));
        const Result<QString> gone = store.readNow(key);
        QVERIFY(!gone);
        QCOMPARE(gone.error().errorClass, ErrorClass::NotFound);
        QVERIFY(store.removeNow(key)); // removing what is not there is not an error
    }

private slots:
    void memoryStore()
    {
        MemorySecretStore store;
        roundTrip(store);
    }

    void osKeychain()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no D-Bus session: run through ./test.sh (dbus-run-session with an unlocked gnome-keyring)");
        KeychainSecretStore store(QStringLiteral("m3cart-test"));
        roundTrip(store);
    }
};

QTEST_GUILESS_MAIN(TstKeychain)
#include "tst_keychain.moc"
