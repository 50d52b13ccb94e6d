#include "listener/notifyconfigfile.h"
#include "orders/orderrepository.h"
#include "sandbox/notificationfactory.h"
#include "sandbox/sandboxidentity.h"

#include "../listener/httptestclient.h"
#include "testdatabases.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

// `mcpay-admin sandbox init` and `sandbox export` run as the built program.
class TestSandboxCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initWithoutKeychainWritesTheFolder();
    void initRefusesToReplaceWithoutForce();
    void usageErrors_data();
    void usageErrors();
    void exportFromIdentityFile();
    void exportRefusesBadIdentityFiles_data();
    void exportRefusesBadIdentityFiles();
    void keychainUnavailableSaysWhatToDo();
    void exportedFolderConfiguresServe();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    static QByteArray read(const QString &path);

    QTemporaryDir m_dir;
};

TestSandboxCli::Run TestSandboxCli::run(const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MCPAY_ADMIN_BINARY), arguments);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QByteArray TestSandboxCli::read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestSandboxCli::initTestCase()
{
    QVERIFY(QFileInfo(QStringLiteral(MCPAY_ADMIN_BINARY)).isExecutable());
    QVERIFY(m_dir.isValid());
}

void TestSandboxCli::initWithoutKeychainWritesTheFolder()
{
    const QString dir = m_dir.filePath(u"fresh"_s);
    const Run r = run({u"sandbox"_s, u"init"_s, u"--export"_s, dir, u"--no-keychain"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    const auto identity = SandboxIdentity::fromJson(read(QDir(dir).filePath(u"sandbox-identity.json"_s)));
    QVERIFY2(identity.ok(), qPrintable(identity.errorMessage()));
    QVERIFY(r.out.contains(identity->mchid));
    QVERIFY(r.out.contains(identity->weChatPlatformKeyId));
    QVERIFY(r.out.contains(identity->alipayAppId));
    QVERIFY(r.out.contains(u"mcpay-serve.json"_s));
    QVERIFY(!r.out.contains(u"Saved in the keychain"_s));
    // No secret on the terminal.
    for (const QString &text : {r.out, r.err}) {
        QVERIFY(!text.contains(QString::fromLatin1(identity->apiV3Key)));
        QVERIFY(!text.contains(u"PRIVATE KEY"_s));
    }

    for (const QString &file : {u"README.md"_s, u"wechat/apiclient_key.pem"_s, u"wechat/apiclient_cert.pem"_s, u"wechat/pub_key.pem"_s,
                                u"wechat/apiv3_key.txt"_s, u"wechat/ids.json"_s, u"alipay/app_private_key.pem"_s,
                                u"alipay/app_public_key.pem"_s, u"alipay/alipay_public_key.pem"_s, u"alipay/ids.json"_s,
                                u"mcpay-serve.json"_s, u"sandbox-identity.json"_s})
        QVERIFY2(QFileInfo(QDir(dir).filePath(file)).size() > 0, qPrintable(file));
    QCOMPARE(read(QDir(dir).filePath(u"wechat/apiv3_key.txt"_s)), identity->apiV3Key);
    QVERIFY(readSecretFile(QDir(dir).filePath(u"sandbox-identity.json"_s)).ok());

    // The serve configuration is ready for `mcpay-admin serve --config`.
    const auto config = NotifyConfigFile::load(QDir(dir).filePath(u"mcpay-serve.json"_s));
    QVERIFY2(config.ok(), qPrintable(config.errorMessage()));
    QCOMPARE(config->config.wechat.mchid, identity->mchid);
    QCOMPARE(config->config.alipay.appId, identity->alipayAppId);
}

void TestSandboxCli::initRefusesToReplaceWithoutForce()
{
    const QString dir = m_dir.filePath(u"replace"_s);
    const Run first = run({u"sandbox"_s, u"init"_s, u"--export"_s, dir, u"--no-keychain"_s});
    QCOMPARE(first.exitCode, 0);
    const QByteArray before = read(QDir(dir).filePath(u"sandbox-identity.json"_s));

    const Run again = run({u"sandbox"_s, u"init"_s, u"--export"_s, dir, u"--no-keychain"_s});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"--force"_s), qPrintable(again.err));
    QCOMPARE(read(QDir(dir).filePath(u"sandbox-identity.json"_s)), before);

    const Run forced = run({u"sandbox"_s, u"init"_s, u"--force"_s, u"--export"_s, dir, u"--no-keychain"_s});
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
    const QByteArray after = read(QDir(dir).filePath(u"sandbox-identity.json"_s));
    QVERIFY(after != before);
    QCOMPARE(SandboxIdentity::fromJson(after)->apiV3Key, read(QDir(dir).filePath(u"wechat/apiv3_key.txt"_s)));
}

void TestSandboxCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no-keychain without export") << QStringList{u"sandbox"_s, u"init"_s, u"--no-keychain"_s} << u"--export"_s;
    QTest::newRow("init with a word") << QStringList{u"sandbox"_s, u"init"_s, u"somewhere"_s} << u"Usage"_s;
    QTest::newRow("export without folder") << QStringList{u"sandbox"_s, u"export"_s} << u"Usage"_s;
    QTest::newRow("export with two folders") << QStringList{u"sandbox"_s, u"export"_s, u"a"_s, u"b"_s} << u"Usage"_s;
}

void TestSandboxCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestSandboxCli::exportFromIdentityFile()
{
    const QString source = m_dir.filePath(u"source"_s);
    QCOMPARE(run({u"sandbox"_s, u"init"_s, u"--export"_s, source, u"--no-keychain"_s}).exitCode, 0);
    const QString identityFile = QDir(source).filePath(u"sandbox-identity.json"_s);

    const QString target = m_dir.filePath(u"copy"_s);
    const Run r = run({u"sandbox"_s, u"export"_s, target, u"--identity"_s, identityFile});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(read(QDir(target).filePath(u"sandbox-identity.json"_s)), read(identityFile));
    QCOMPARE(read(QDir(target).filePath(u"wechat/pub_key.pem"_s)), read(QDir(source).filePath(u"wechat/pub_key.pem"_s)));
    const auto config = NotifyConfigFile::load(QDir(target).filePath(u"mcpay-serve.json"_s));
    QVERIFY2(config.ok(), qPrintable(config.errorMessage()));
    // The copy points at its own files.
    QVERIFY(QString::fromUtf8(read(QDir(target).filePath(u"mcpay-serve.json"_s))).contains(QFileInfo(target).absoluteFilePath()));
}

void TestSandboxCli::exportRefusesBadIdentityFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("private_");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QByteArray() << true << u"does not exist"_s;
    QTest::newRow("readable by others") << QByteArray("{}") << false << u"chmod 600"_s;
    QTest::newRow("not JSON") << QByteArray("mchid=1") << true << u"not a JSON object"_s;
    QTest::newRow("wrong document") << QByteArray("{\"kind\":\"mcpay-sandbox-identity\",\"version\":1,\"wechat\":{\"mchid\":\"x\"},\"alipay\":{\"app_id\":\"1\"}}")
                                    << true << u"wechat.mchid"_s;
}

void TestSandboxCli::exportRefusesBadIdentityFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, private_);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"identity.json"_s);
    if (!content.isEmpty()) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        QVERIFY(f.setPermissions(private_ ? owner : owner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    }
    const Run r = run({u"sandbox"_s, u"export"_s, dir.filePath(u"out"_s), u"--identity"_s, file});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"out"_s)));
}

void TestSandboxCli::keychainUnavailableSaysWhatToDo()
{
    // A session bus that does not exist: the keychain cannot be reached.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + m_dir.filePath(u"no-bus"_s));
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    const QString dir = m_dir.filePath(u"no-keychain"_s);
    const Run init = run({u"sandbox"_s, u"init"_s, u"--export"_s, dir}, env);
    QCOMPARE(init.exitCode, 1);
    QVERIFY2(init.err.contains(u"keychain"_s), qPrintable(init.err));
    QVERIFY2(init.err.contains(u"--no-keychain"_s), qPrintable(init.err));
    QVERIFY(!QFileInfo::exists(dir)); // nothing half-done

    const Run exported = run({u"sandbox"_s, u"export"_s, dir}, env);
    QCOMPARE(exported.exitCode, 1);
    QVERIFY2(exported.err.contains(u"keychain"_s), qPrintable(exported.err));
}

// The exported folder is all `mcpay-admin serve` needs to accept the sandbox's notifications
// (and to refuse its forgeries) — what a tester does before pointing the sandbox at it.
void TestSandboxCli::exportedFolderConfiguresServe()
{
    const QString dir = m_dir.filePath(u"serve"_s);
    QCOMPARE(run({u"sandbox"_s, u"init"_s, u"--export"_s, dir, u"--no-keychain"_s}).exitCode, 0);
    const auto identity = SandboxIdentity::fromJson(read(QDir(dir).filePath(u"sandbox-identity.json"_s)));
    QVERIFY(identity.ok());
    const SandboxNotify::NotificationFactory factory(*identity);

    TestDatabases dbs;
    const Database db = dbs.createMigrated(u"sqlite"_s);
    OrderRepository orders(db);
    const auto mini = orders.create(Money::fromFen(29), 1);
    const auto oa = orders.create(Money::fromFen(100), 2);
    const auto alipay = orders.create(Money::fromFen(4000), 3);
    const auto forged = orders.create(Money::fromFen(50), 4);
    QVERIFY(mini.ok() && oa.ok() && alipay.ok() && forged.ok());

    QProcess serve;
    serve.start(QStringLiteral(MCPAY_ADMIN_BINARY), {u"serve"_s, u"--db"_s, db.url().toString(), u"--listen"_s, u"127.0.0.1:0"_s,
                                                     u"--config"_s, QDir(dir).filePath(u"mcpay-serve.json"_s)});
    QVERIFY(serve.waitForStarted(10000));
    QByteArray out;
    quint16 port = 0;
    static const QRegularExpression listening(u"listening on [^ ]+:(\\d+)"_s);
    while (port == 0 && serve.waitForReadyRead(30000)) {
        out += serve.readAllStandardOutput();
        if (const auto m = listening.match(QString::fromUtf8(out)); m.hasMatch())
            port = quint16(m.captured(1).toUInt());
    }
    QVERIFY2(port != 0, QByteArray(out + serve.readAllStandardError()).constData());

    const auto send = [port](const SandboxNotify::Notification &n) {
        return httpRoundTrip(port, buildHttpRequest(n.route.toLatin1(), n.headers, n.body));
    };
    const auto payment = [](const CreatedOrder &order, const QString &appid = {}) {
        SandboxNotify::Payment p;
        p.outTradeNo = order.orderSn;
        p.amount = order.orderAmount;
        p.appid = appid;
        return p;
    };
    const auto paid = [&orders](const CreatedOrder &order) { return (*orders.findBySn(order.orderSn))->isPaid(); };

    const auto miniReply = send(factory.weChatPayment(payment(*mini)));
    QCOMPARE(miniReply.status, 200);
    const auto oaNotification = factory.weChatPayment(payment(*oa, identity->officialAccountAppid));
    QCOMPARE(oaNotification.route, u"/api/pay/notifyOa"_s);
    QCOMPARE(send(oaNotification).status, 200);
    const auto alipayReply = send(factory.alipayPayment(payment(*alipay)));
    QCOMPARE(alipayReply.status, 200);
    QCOMPARE(alipayReply.body, "success"_ba);
    QVERIFY(paid(*mini));
    QVERIFY(paid(*oa));
    QVERIFY(paid(*alipay));

    // Forgeries and a wrong amount are refused and leave the order unpaid.
    QCOMPARE(send(factory.weChatPayment(payment(*forged), SandboxNotify::Fault::BadSignature)).status, 401);
    QCOMPARE(send(factory.weChatPayment(payment(*forged), SandboxNotify::Fault::TamperedAmount)).status, 401);
    QCOMPARE(send(factory.weChatPayment(payment(*forged), SandboxNotify::Fault::WrongMchid)).status, 403);
    QCOMPARE(send(factory.weChatPayment(payment(*forged), SandboxNotify::Fault::WrongAmount)).status, 409);
    QCOMPARE(send(factory.alipayPayment(payment(*forged), SandboxNotify::Fault::BadSignature)).body, "fail"_ba);
    QVERIFY(!paid(*forged));

    ::kill(pid_t(serve.processId()), SIGTERM);
    QVERIFY(serve.waitForFinished(30000));
    QCOMPARE(serve.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandboxcli.moc"
