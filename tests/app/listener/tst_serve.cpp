#include "db/schemamigrator.h"
#include "listener/notifyjournal.h"
#include "listener/notifylistener.h"
#include "orders/orderrepository.h"

#include "../channels/testnotifications.h"
#include "httptestclient.h"
#include "testdatabases.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

// `mcpay-admin serve` as a separate process, and the database-level guarantees that only
// show with real servers: a MariaDB outage mid-run, two serve processes on one database.
class TestServe final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void servesNotificationsAndStopsOnSigterm();
    void secretFromEnvironment();
    void badConfiguration_data();
    void badConfiguration();
    void twoServeProcessesOnOneMariaDb();
    void mariaDbOutageGives5xxThenRetrySucceeds();

private:
    struct Serve
    {
        std::unique_ptr<QProcess> process;
        quint16 port = 0;
        QByteArray out;
    };
    bool startServe(Serve &serve, const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QString writeFile(const QString &name, const QByteArray &data, QFileDevice::Permissions permissions);
    QString writeConfig(const QString &name, const QJsonObject &config);
    QJsonObject baseConfig() const;
    QByteArray weChatRequest(const QString &orderSn, qint64 fen) const;

    QTemporaryDir m_dir;
    TestDatabases m_dbs;
    WeChatTestMerchant m_wechat;
    AlipayTestMerchant m_alipay;
    QString m_apiV3KeyFile;
    QString m_platformKeyFile;
    QString m_alipayKeyFile;
};

void TestServe::initTestCase()
{
    QVERIFY(QFileInfo(QStringLiteral(MCPAY_ADMIN_BINARY)).isExecutable());
    m_wechat.platformKey = RsaPrivateKey::generate().value();
    m_alipay.alipayKey = RsaPrivateKey::generate().value();
    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    m_apiV3KeyFile = writeFile(u"apiv3.key"_s, m_wechat.apiV3Key + '\n', owner);
    m_platformKeyFile = writeFile(u"wechatpay_pub_key.pem"_s, m_wechat.platformKey.publicKey().toPem(),
                                  owner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    m_alipayKeyFile = writeFile(u"alipay_public.pem"_s, m_alipay.alipayKey.publicKey().toPem(),
                                owner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
}

QString TestServe::writeFile(const QString &name, const QByteArray &data, QFileDevice::Permissions permissions)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    f.close();
    f.setPermissions(permissions);
    return path;
}

QJsonObject TestServe::baseConfig() const
{
    return QJsonObject{
        {u"wechat"_s, QJsonObject{{u"mchid"_s, m_wechat.mchid},
                                  {u"appids"_s, QJsonArray{m_wechat.appid}},
                                  {u"apiv3_key_file"_s, m_apiV3KeyFile},
                                  {u"platform_public_keys"_s,
                                   QJsonArray{QJsonObject{{u"id"_s, m_wechat.platformSerial}, {u"file"_s, m_platformKeyFile}}}}}},
        {u"alipay"_s, QJsonObject{{u"app_id"_s, m_alipay.appId},
                                  {u"seller_id"_s, m_alipay.sellerId},
                                  {u"alipay_public_key_file"_s, m_alipayKeyFile}}}};
}

QString TestServe::writeConfig(const QString &name, const QJsonObject &config)
{
    return writeFile(name, QJsonDocument(config).toJson(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool TestServe::startServe(Serve &serve, const QStringList &arguments, const QProcessEnvironment &env)
{
    serve.process = std::make_unique<QProcess>();
    serve.process->setProcessEnvironment(env);
    serve.process->start(QStringLiteral(MCPAY_ADMIN_BINARY), QStringList{u"serve"_s} + arguments);
    if (!serve.process->waitForStarted(10000))
        return false;
    static const QRegularExpression listening(u"listening on [^ ]+:(\\d+)"_s);
    while (serve.process->state() == QProcess::Running || serve.process->bytesAvailable() > 0) {
        serve.out += serve.process->readAllStandardOutput();
        const auto m = listening.match(QString::fromUtf8(serve.out));
        if (m.hasMatch()) {
            serve.port = quint16(m.captured(1).toUInt());
            return true;
        }
        if (!serve.process->waitForReadyRead(20000))
            break;
    }
    return false;
}

QByteArray TestServe::weChatRequest(const QString &orderSn, qint64 fen) const
{
    WeChatTransactionSpec t;
    t.outTradeNo = orderSn;
    t.totalFen = fen;
    t.transactionId = u"4200000000"_s + orderSn.right(18);
    const TestHttpRequest r = makeWeChatNotification(m_wechat, t); // the current time
    return buildHttpRequest("/api/pay/notifyMnp", r.headers, r.body);
}

void TestServe::servesNotificationsAndStopsOnSigterm()
{
    const Database db = m_dbs.createMigrated(u"sqlite"_s);
    OrderRepository orders(db);
    const auto wechatOrder = orders.create(Money::fromFen(29), 1);
    const auto alipayOrder = orders.create(Money::fromFen(100), 2);
    QVERIFY(wechatOrder.ok() && alipayOrder.ok());

    Serve serve;
    QVERIFY2(startServe(serve, {u"--db"_s, db.url().toString(), u"--listen"_s, u"127.0.0.1:0"_s, u"--config"_s,
                                writeConfig(u"serve.json"_s, baseConfig())}),
             serve.out.constData());

    const auto wechat = httpRoundTrip(serve.port, weChatRequest(wechatOrder->orderSn, 29));
    QCOMPARE(wechat.status, 200);
    QCOMPARE(wechat.body, R"({"code":"SUCCESS","message":"成功"})"_ba);
    const QByteArray aliBody = alipaySignedBody(m_alipay.alipayKey, alipayPaidFields(m_alipay, alipayOrder->orderSn, u"1.00"_s));
    const auto alipay = httpRoundTrip(serve.port, buildHttpRequest("/api/pay/aliNotify",
                                                                    {{"Content-Type", "application/x-www-form-urlencoded"}}, aliBody));
    QCOMPARE(alipay.status, 200);
    QCOMPARE(alipay.body, "success"_ba);
    QVERIFY((*orders.findBySn(wechatOrder->orderSn))->isPaid());
    QVERIFY((*orders.findBySn(alipayOrder->orderSn))->isPaid());

    // One log line per notification, without secrets.
    QTRY_VERIFY_WITH_TIMEOUT((serve.out += serve.process->readAllStandardOutput()).count('\n') >= 3, 20000);
    const QString log = QString::fromUtf8(serve.out);
    QVERIFY2(log.contains(u"wechat /api/pay/notifyMnp 200 applied order="_s + wechatOrder->orderSn), qPrintable(log));
    QVERIFY2(log.contains(u"alipay /api/pay/aliNotify 200 applied order="_s + alipayOrder->orderSn), qPrintable(log));
    QVERIFY(!serve.out.contains(m_wechat.apiV3Key));

    // Requests in flight when SIGTERM arrives are finished, then the process exits 0: one
    // whose first half has been sent, and one on a connection that has not sent a byte yet
    // (accepted by the kernel, perhaps not yet taken over by a listener thread).
    const auto third = orders.create(Money::fromFen(5), 3);
    const auto fourth = orders.create(Money::fromFen(7), 4);
    QVERIFY(third.ok() && fourth.ok());
    const QByteArray request = weChatRequest(third->orderSn, 5);
    QTcpSocket inFlight;
    inFlight.connectToHost(QHostAddress::LocalHost, serve.port);
    QVERIFY(inFlight.waitForConnected(5000));
    inFlight.write(request.left(request.size() / 2));
    QVERIFY(inFlight.waitForBytesWritten(5000));
    QTcpSocket fresh;
    fresh.connectToHost(QHostAddress::LocalHost, serve.port);
    QVERIFY(fresh.waitForConnected(5000));
    QCOMPARE(NotifyJournal(db).recent(10)->size(), 2); // the half request is not judged yet
    ::kill(pid_t(serve.process->processId()), SIGTERM);
    QTRY_VERIFY_WITH_TIMEOUT((serve.out += serve.process->readAllStandardOutput()).contains("stopping"), 20000);
    QCOMPARE(inFlight.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(fresh.state(), QAbstractSocket::ConnectedState);
    inFlight.write(request.mid(request.size() / 2));
    fresh.write(weChatRequest(fourth->orderSn, 7));
    QByteArray buffer;
    const TestHttpResponse last = waitForHttpResponse(inFlight, buffer);
    QVERIFY2(last.status == 200, serve.process->readAllStandardError().constData());
    QVERIFY(last.headers.contains("Connection: close"));
    QByteArray freshBuffer;
    const TestHttpResponse freshReply = waitForHttpResponse(fresh, freshBuffer);
    QVERIFY2(freshReply.status == 200, serve.process->readAllStandardError().constData());
    QVERIFY(freshReply.headers.contains("Connection: close"));
    QVERIFY(serve.process->waitForFinished(30000));
    QCOMPARE(serve.process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(serve.process->exitCode(), 0);
    QVERIFY((*orders.findBySn(third->orderSn))->isPaid());
    QVERIFY((*orders.findBySn(fourth->orderSn))->isPaid());
    serve.out += serve.process->readAllStandardOutput();
    QVERIFY(serve.out.contains(QByteArray("order=" + third->orderSn.toLatin1())));
    QVERIFY(serve.out.contains(QByteArray("order=" + fourth->orderSn.toLatin1())));
    QVERIFY(serve.out.trimmed().endsWith("stopped"));
}

void TestServe::secretFromEnvironment()
{
    const Database db = m_dbs.createMigrated(u"sqlite"_s);
    QJsonObject config = baseConfig();
    QJsonObject wechat = config.value(u"wechat"_s).toObject();
    wechat.remove(u"apiv3_key_file"_s);
    config.insert(u"wechat"_s, wechat);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MCPAY_WECHAT_APIV3_KEY"_s, QString::fromLatin1(m_wechat.apiV3Key));
    Serve serve;
    QVERIFY2(startServe(serve, {u"--db"_s, db.url().toString(), u"--listen"_s, u"127.0.0.1:0"_s, u"--config"_s,
                                writeConfig(u"env.json"_s, config)}, env),
             serve.out.constData());
    const auto order = OrderRepository(db).create(Money::fromFen(29), 1);
    QCOMPARE(httpRoundTrip(serve.port, weChatRequest(order->orderSn, 29)).status, 200);
    ::kill(pid_t(serve.process->processId()), SIGTERM);
    QVERIFY(serve.process->waitForFinished(30000));
    QCOMPARE(serve.process->exitCode(), 0);
}

void TestServe::badConfiguration_data()
{
    QTest::addColumn<QJsonObject>("config");   // empty: no config file at all
    QTest::addColumn<QString>("listen");
    QTest::addColumn<bool>("migrated");
    QTest::addColumn<QString>("message");
    const QJsonObject base = baseConfig();
    const auto withWeChat = [&](const QString &key, const QJsonValue &value) {
        QJsonObject c = base;
        QJsonObject w = c.value(u"wechat"_s).toObject();
        if (value.isUndefined())
            w.remove(key);
        else
            w.insert(key, value);
        c.insert(u"wechat"_s, w);
        return c;
    };
    QTest::newRow("missing config file") << QJsonObject() << u"127.0.0.1:0"_s << true << u"Cannot read the configuration file"_s;
    QTest::newRow("missing key file") << withWeChat(u"apiv3_key_file"_s, m_dir.filePath(u"nope.key"_s)) << u"127.0.0.1:0"_s
                                      << true << u"nope.key does not exist"_s;
    const QString open = writeFile(u"open.key"_s, m_wechat.apiV3Key,
                                   QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    QTest::newRow("key file readable by others") << withWeChat(u"apiv3_key_file"_s, open) << u"127.0.0.1:0"_s << true
                                                 << u"chmod 600"_s;
    const QString shortKey = writeFile(u"short.key"_s, "0123456789", QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QTest::newRow("APIv3 key of wrong length") << withWeChat(u"apiv3_key_file"_s, shortKey) << u"127.0.0.1:0"_s << true
                                               << u"must be 32 characters"_s;
    const QString badPem = writeFile(u"bad.pem"_s, "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n",
                                     QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QTest::newRow("bad PEM") << withWeChat(u"platform_public_keys"_s,
                                           QJsonArray{QJsonObject{{u"id"_s, m_wechat.platformSerial}, {u"file"_s, badPem}}})
                             << u"127.0.0.1:0"_s << true << u"bad.pem"_s;
    QTest::newRow("bad listen address") << base << u"localhost"_s << true << u"HOST:PORT"_s;
    QTest::newRow("database not migrated") << base << u"127.0.0.1:0"_s << false << u"db migrate"_s;
    QTest::newRow("port in use") << base << u"127.0.0.1:PORT"_s << true << u"Cannot listen on 127.0.0.1:"_s;
}

void TestServe::badConfiguration()
{
    QFETCH(QJsonObject, config);
    QFETCH(QString, listen);
    QFETCH(bool, migrated);
    QFETCH(QString, message);
    const Database db = migrated ? m_dbs.createMigrated(u"sqlite"_s) : m_dbs.create(u"sqlite"_s);
    QTcpServer occupied;
    if (listen.contains(u"PORT")) {
        QVERIFY(occupied.listen(QHostAddress::LocalHost, 0));
        listen.replace(u"PORT"_s, QString::number(occupied.serverPort()));
    }
    const QString configPath = config.isEmpty() ? m_dir.filePath(u"absent.json"_s) : writeConfig(u"bad.json"_s, config);
    QProcess process;
    process.start(QStringLiteral(MCPAY_ADMIN_BINARY),
                  {u"serve"_s, u"--db"_s, db.url().toString(), u"--listen"_s, listen, u"--config"_s, configPath});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY(process.exitCode() != 0);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY(!err.contains(QString::fromLatin1(m_wechat.apiV3Key)));
}

void TestServe::twoServeProcessesOnOneMariaDb()
{
    MCPAY_REQUIRE_BACKEND(u"mariadb"_s);
    const Database db = m_dbs.createMigrated(u"mariadb"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MCPAY_DB_PASSWORD"_s, TestDatabases::mysqlPasswordFromEnvironment());
    const QString config = writeConfig(u"two.json"_s, baseConfig());
    Serve a, b;
    QVERIFY2(startServe(a, {u"--db"_s, db.url().toString(), u"--listen"_s, u"127.0.0.1:0"_s, u"--config"_s, config}, env),
             a.out.constData());
    QVERIFY2(startServe(b, {u"--db"_s, db.url().toString(), u"--listen"_s, u"127.0.0.1:0"_s, u"--config"_s, config}, env),
             b.out.constData());

    // Every notification goes to both processes at the same time, three times each.
    constexpr int orderCount = 20;
    OrderRepository orders(db);
    QStringList sns;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    int answered = 0;
    int successes = 0;
    for (int i = 0; i < orderCount; ++i) {
        const auto created = orders.create(Money::fromFen(100 + i), 9);
        QVERIFY(created.ok());
        sns << created->orderSn;
        const QByteArray request = weChatRequest(created->orderSn, 100 + i);
        for (int copy = 0; copy < 6; ++copy) {
            auto socket = std::make_unique<QTcpSocket>();
            QTcpSocket *s = socket.get();
            auto buffer = std::make_shared<QByteArray>();
            connect(s, &QTcpSocket::connected, this, [s, request] { s->write(request); });
            connect(s, &QTcpSocket::readyRead, this, [s, buffer, &answered, &successes] {
                *buffer += s->readAll();
                TestHttpResponse r;
                if (parseHttpResponse(*buffer, &r)) {
                    ++answered;
                    successes += r.status == 200 ? 1 : 0;
                }
            });
            s->connectToHost(QHostAddress::LocalHost, copy % 2 ? a.port : b.port);
            sockets.push_back(std::move(socket));
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, orderCount * 6, 60000);
    QCOMPARE(successes, orderCount * 6);
    for (const QString &sn : std::as_const(sns)) {
        const auto rows = NotifyJournal(db).forOrder(sn);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 6);
        int transitions = 0;
        for (const NotifyRecord &r : *rows)
            transitions += r.transitioned ? 1 : 0;
        QCOMPARE(transitions, 1);
        QVERIFY((*orders.findBySn(sn))->isPaid());
    }
    for (Serve *s : {&a, &b}) {
        ::kill(pid_t(s->process->processId()), SIGTERM);
        QVERIFY(s->process->waitForFinished(30000));
        QCOMPARE(s->process->exitCode(), 0);
    }
}

void TestServe::mariaDbOutageGives5xxThenRetrySucceeds()
{
    const QString script = qEnvironmentVariable("MCPAY_SOURCE_DIR") + u"/scripts/mariadb-instance.sh"_s;
    const bool ci = qEnvironmentVariable("CI") == u"true";
    if (!QFileInfo(script).isExecutable()) {
        if (ci)
            QFAIL("scripts/mariadb-instance.sh is not available (MCPAY_SOURCE_DIR unset?)");
        QSKIP("scripts/mariadb-instance.sh is not available");
    }
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(probe.serverPort());
    probe.close();
    const QString dir = m_dir.filePath(u"mariadb"_s);
    const auto runScript = [&](const QStringList &args) {
        QProcess p;
        p.start(script, args);
        p.waitForFinished(120000);
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    };
    if (!runScript({u"start"_s, dir, port})) {
        if (ci)
            QFAIL("a private MariaDB could not be started");
        QSKIP("a private MariaDB could not be started here");
    }
    struct Stop
    {
        std::function<void()> f;
        ~Stop() { f(); }
    } stopAtEnd{[&] { runScript({u"stop"_s, dir}); }};

    const auto url = DatabaseUrl::parse(u"mysql://mcpay@127.0.0.1:%1/mcpay_test"_s.arg(port));
    QVERIFY(url.ok());
    const Database db(*url);
    QVERIFY(SchemaMigrator(db).migrate().ok());

    NotifyConfig config;
    config.wechat.mchid = m_wechat.mchid;
    config.wechat.appids = {m_wechat.appid};
    config.wechat.apiV3Key = m_wechat.apiV3Key;
    config.wechat.platformKeys.addPublicKey(m_wechat.platformSerial, m_wechat.platformKey.publicKey());
    NotifyListener listener(db, config);
    QVERIFY(listener.start(QHostAddress::LocalHost, 0).ok());

    OrderRepository orders(db);
    const auto first = orders.create(Money::fromFen(29), 1);
    const auto second = orders.create(Money::fromFen(30), 1);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(httpRoundTrip(listener.serverPort(), weChatRequest(first->orderSn, 29)).status, 200);
    db.releaseThreadConnection();

    QVERIFY(runScript({u"stop"_s, dir}));
    const QByteArray request = weChatRequest(second->orderSn, 30);
    const auto during = httpRoundTrip(listener.serverPort(), request);
    QCOMPARE(during.status, 500);
    QCOMPARE(QJsonDocument::fromJson(during.body).object().value(u"code"_s).toString(), u"FAIL"_s);

    QVERIFY(runScript({u"start"_s, dir, port}));
    QVERIFY(!(*orders.findBySn(second->orderSn))->isPaid()); // nothing was marked during the outage
    const auto retry = httpRoundTrip(listener.serverPort(), request);
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.body, R"({"code":"SUCCESS","message":"成功"})"_ba);
    const auto after = orders.findBySn(second->orderSn);
    QVERIFY(after.ok() && after->has_value());
    QVERIFY((*after)->isPaid());
    const auto rows = NotifyJournal(db).forOrder(second->orderSn);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1); // the failed attempt could not be journaled: the database was down
    QVERIFY(rows->first().transitioned);
    listener.stop();
    db.releaseThreadConnection();
}

QTEST_GUILESS_MAIN(TestServe)
#include "tst_serve.moc"
