#include "secrets/secretstore.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

// The OS keychain for real: the test command runs this inside `dbus-run-session` with an
// unlocked gnome-keyring (scripts/dev.sh). Without a session bus the store must say so.
class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void missingEntry();
    void withoutDbusSaysWhy();

private:
    static bool haveSessionBus() { return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"); }
    QString m_service = QStringLiteral("mcpay-admin-test-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
};

void TestSecretStore::roundTrip()
{
    if (qEnvironmentVariable("MCPAY_TEST_NO_DBUS") == u"1")
        QSKIP("No session bus in this run");
    if (!haveSessionBus()) {
        if (qEnvironmentVariable("CI") == u"true")
            QFAIL("CI must run the keychain test inside a D-Bus session with gnome-keyring");
        QSKIP("No D-Bus session bus; run through scripts/dev.sh test");
    }
    SecretStore store(m_service);
    QByteArray secret(300, Qt::Uninitialized);
    for (char &c : secret)
        c = char(QRandomGenerator::global()->bounded(256));
    const QString key = QStringLiteral("wechat/apiv3-key");
    Status written = store.writeNow(key, secret);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    auto read = store.readNow(key);
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QCOMPARE(*read, secret);

    // The asynchronous form delivers on the context's thread.
    bool done = false;
    store.read(key, this, [&](Result<QByteArray> r) {
        QVERIFY(r.ok());
        QCOMPARE(*r, secret);
        done = true;
    });
    QTRY_VERIFY(done);

    QVERIFY(store.removeNow(key).ok());
    auto gone = store.readNow(key);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code, QStringLiteral("not-found"));
}

void TestSecretStore::missingEntry()
{
    if (!haveSessionBus() || qEnvironmentVariable("MCPAY_TEST_NO_DBUS") == u"1")
        QSKIP("No D-Bus session bus");
    SecretStore store(m_service);
    auto r = store.readNow(QStringLiteral("never-written"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("not-found"));
}

void TestSecretStore::withoutDbusSaysWhy()
{
    // CTest runs this executable a second time as tst_secretstore_nobus, with the session bus
    // pointed at nothing (MCPAY_TEST_NO_DBUS=1): QtKeychain cannot reach a Secret Service and
    // the store must say what to start.
    if (qEnvironmentVariable("MCPAY_TEST_NO_DBUS") != u"1")
        QSKIP("Runs as tst_secretstore_nobus");
    SecretStore store(m_service);
    auto r = store.readNow(QStringLiteral("anything"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().code == u"no-keychain", qPrintable(r.errorMessage()));
    QVERIFY2(r.errorMessage().contains(QStringLiteral("D-Bus")), qPrintable(r.errorMessage()));
    Status w = store.writeNow(QStringLiteral("anything"), "secret");
    QVERIFY(!w.ok());
    QCOMPARE(w.error().code, QStringLiteral("no-keychain"));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
