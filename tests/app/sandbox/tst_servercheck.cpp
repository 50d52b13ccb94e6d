#include "channels/formencoding.h"
#include "crypto/aesgcm.h"
#include "listener/boundedhttpserver.h"
#include "listener/clientapi.h"
#include "listener/notifylistener.h"
#include "orders/orderrepository.h"
#include "sandbox/servercheck.h"

#include "testdatabases.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// What the deliberately defective endpoint gets wrong, on top of never verifying a
// signature, an appid/mchid or an amount.
struct Defects
{
    bool truncateSn = false;      // looks the order up by the first 18 characters of out_trade_no
    bool crashOnUnknown = false;  // an exception page (500, HTML) when the order does not exist
    QByteArray alipayAnswer = "success";
};

const QByteArray SandboxToken = "sandbox-user-1";

// An order status endpoint as a likeadmin server might have one:
// GET /api/order/detail?id=N with the `token` header -> the envelope with the order in data.
HttpReply orderStatus(const Database &db, const HttpRequest &r)
{
    HttpReply reply;
    reply.contentType = "application/json";
    QJsonObject envelope{{u"code"_s, 1}, {u"show"_s, 0}, {u"msg"_s, u""_s}};
    if (httpHeaderValue(r.headers, "token") != SandboxToken) {
        envelope[u"code"_s] = -1;
        envelope[u"msg"_s] = u"登录超时，请重新登录"_s;
    } else {
        const qint64 id = QUrlQuery(QString::fromLatin1(r.query)).queryItemValue(u"id"_s).toLongLong();
        const auto found = OrderRepository(db).findById(id);
        if (found && found->has_value()) {
            const Order &o = **found;
            envelope[u"data"_s] = QJsonObject{{u"id"_s, o.id},
                                              {u"order_sn"_s, o.orderSn},
                                              {u"order_amount"_s, o.amount.toString()},
                                              {u"pay_status"_s, int(o.payStatus)},
                                              {u"pay_time"_s, o.payTime},
                                              {u"transaction_id"_s, o.transactionId}};
        } else {
            envelope[u"code"_s] = 0;
            envelope[u"msg"_s] = u"订单不存在"_s;
        }
    }
    reply.body = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    return reply;
}

// A notify endpoint written the careless way: it decrypts / decodes whatever arrives, marks
// the order it finds paid and answers success.
class DefectiveEndpoint
{
public:
    DefectiveEndpoint(Database db, SandboxIdentity identity, Defects defects)
        : m_db(std::move(db))
        , m_identity(std::move(identity))
        , m_defects(std::move(defects))
        , m_server(std::make_unique<BoundedHttpServer>(NotifyLimits{}, [this](const HttpRequest &r) { return handle(r); }))
    {
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen: %s", qPrintable(m_server->errorString()));
    }

    QUrl url(const QString &route) const { return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server->serverPort()).arg(route)); }
    int requests = 0;

private:
    HttpReply handle(const HttpRequest &r)
    {
        // The client API as the PHP server has it (creating orders), and an order status route.
        if (ClientApi::handles(r.path))
            return m_api.handle(r);
        if (r.path == "/api/order/detail")
            return orderStatus(m_db, r);
        ++requests;
        const bool alipay = r.path == "/api/pay/aliNotify";
        QString sn;
        QString transactionId;
        if (alipay) {
            if (const auto fields = FormEncoding::decode(r.body)) {
                for (const auto &[k, v] : *fields) {
                    if (k == u"out_trade_no")
                        sn = v;
                    else if (k == u"trade_no")
                        transactionId = v;
                }
            }
        } else {
            const QJsonObject resource = QJsonDocument::fromJson(r.body).object().value(u"resource"_s).toObject();
            const auto plain = AesGcm::decrypt(m_identity.apiV3Key, resource.value(u"nonce"_s).toString().toUtf8(),
                                               resource.value(u"associated_data"_s).toString().toUtf8(),
                                               QByteArray::fromBase64(resource.value(u"ciphertext"_s).toString().toLatin1()));
            if (plain) {
                const QJsonObject t = QJsonDocument::fromJson(*plain).object();
                sn = t.value(u"out_trade_no"_s).toString();
                transactionId = t.value(u"transaction_id"_s).toString();
            }
        }
        if (m_defects.truncateSn)
            sn = sn.left(18);
        if (!sn.isEmpty()) {
            OrderRepository orders(m_db);
            const auto found = orders.findBySn(sn);
            if (found && found->has_value()) {
                MarkPaidRequest paid;
                paid.transactionId = transactionId;
                paid.payWay = alipay ? PayWay::Alipay : PayWay::WeChat;
                [[maybe_unused]] const auto outcome = orders.markPaid((*found)->id, paid);
            } else if (m_defects.crashOnUnknown) {
                HttpReply crash;
                crash.status = 500;
                crash.contentType = "text/html; charset=utf-8";
                crash.body = "<!DOCTYPE html><html><body><h1>Call to a member function save() on null</h1></body></html>";
                return crash;
            }
        }
        HttpReply ok;
        if (alipay) {
            ok.contentType = "text/plain";
            ok.body = m_defects.alipayAnswer;
        } else {
            ok.contentType = "application/json";
            ok.body = R"({"code":"SUCCESS","message":"成功"})";
        }
        return ok;
    }

    Database m_db;
    SandboxIdentity m_identity;
    Defects m_defects;
    ClientApi m_api{m_db};
    std::unique_ptr<BoundedHttpServer> m_server;
};

QString routeOf(PayWay channel)
{
    return channel == PayWay::Alipay ? u"/api/pay/aliNotify"_s : u"/api/pay/notifyMnp"_s;
}

const ServerCheckCase *findCase(const ServerCheckReport &report, const QString &key)
{
    for (const ServerCheckCase &c : report.cases)
        if (c.key == key)
            return &c;
    return nullptr;
}
} // namespace

class TestServerCheck final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void ownListenerPassesEveryCheck_data();
    void ownListenerPassesEveryCheck();
    void ownListenerThroughClientApi_data();
    void ownListenerThroughClientApi();
    void defectiveEndpointShowsEachDefect_data();
    void defectiveEndpointShowsEachDefect();
    void setupFailuresAreReported();
    void reportText();
    void commandLineAgainstServe_data();
    void commandLineAgainstServe();
    void commandLineAgainstDefectiveEndpoint();
    void commandLineUsage_data();
    void commandLineUsage();

private:
    ServerCheckOptions options(const Database &db, const QUrl &url, PayWay channel) const;
    std::optional<ServerCheckReport> run(ServerCheckOptions options, int *caseSignals = nullptr);

    TestDatabases m_dbs;
    SandboxIdentity m_identity;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
};

void TestServerCheck::initTestCase()
{
    auto identity = SandboxIdentity::generate();
    QVERIFY2(identity.ok(), qPrintable(identity.errorMessage()));
    m_identity = *identity;
    QVERIFY(m_dir.isValid());
}

ServerCheckOptions TestServerCheck::options(const Database &db, const QUrl &url, PayWay channel) const
{
    ServerCheckOptions o;
    o.notifyUrl = url;
    o.channel = channel;
    o.identity = m_identity;
    o.probe.database = db.url();
    if (db.dialect() == SqlDialect::MySql)
        o.probe.databasePassword = TestDatabases::mysqlPasswordFromEnvironment();
    o.duplicates = 8;
    return o;
}

std::optional<ServerCheckReport> TestServerCheck::run(ServerCheckOptions options, int *caseSignals)
{
    ServerCheck check(std::move(options), &m_network);
    QSignalSpy finished(&check, &ServerCheck::finished);
    QSignalSpy failed(&check, &ServerCheck::failed);
    QSignalSpy cases(&check, &ServerCheck::caseFinished);
    check.start();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(finished.size() + failed.size() > 0, 120000); }();
    if (!failed.isEmpty())
        qWarning("server check failed: %s", qPrintable(failed.at(0).at(0).toString()));
    if (caseSignals)
        *caseSignals = int(cases.size());
    if (finished.isEmpty())
        return std::nullopt;
    const auto report = finished.at(0).at(0).value<ServerCheckReport>();
    if (report.cases.size() != check.caseCount())
        qWarning("case count %d, expected %d", int(report.cases.size()), check.caseCount());
    return report;
}

void TestServerCheck::ownListenerPassesEveryCheck_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("channel");
    for (const QString &backend : {u"sqlite"_s, u"mariadb"_s}) {
        QTest::addRow("%s: wechat", qPrintable(backend)) << backend << int(PayWay::WeChat);
        QTest::addRow("%s: alipay", qPrintable(backend)) << backend << int(PayWay::Alipay);
    }
}

void TestServerCheck::ownListenerPassesEveryCheck()
{
    QFETCH(QString, backend);
    QFETCH(int, channel);
    MCPAY_REQUIRE_BACKEND(backend);
    const auto way = PayWay(channel);
    const Database db = m_dbs.createMigrated(backend);
    NotifyListener listener(db, m_identity.notifyConfig());
    const Status started = listener.start(QHostAddress::LocalHost, 0);
    QVERIFY2(started.ok(), qPrintable(started.errorMessage()));
    const QUrl url(u"http://127.0.0.1:%1%2"_s.arg(listener.serverPort()).arg(routeOf(way)));

    int caseSignals = 0;
    const auto report = run(options(db, url, way), &caseSignals);
    QVERIFY(report);
    QVERIFY2(report->allPassed(), qPrintable(report->toText()));
    QCOMPARE(report->forgedAccepted, 0);
    QCOMPARE(caseSignals, int(report->cases.size()));
    QCOMPARE(report->cases.size(), way == PayWay::WeChat ? 15 : 11);
    for (const ServerCheckCase &c : report->cases) {
        QVERIFY2(c.passed, qPrintable(c.key));
        QVERIFY(c.explanation.isEmpty());
        QVERIFY(!c.title.isEmpty());
    }
    QVERIFY(findCase(*report, u"genuine"_s)->orderPaid.value_or(false));
    QVERIFY(findCase(*report, u"duplicates"_s)->accepted);
    QCOMPARE(findCase(*report, u"bad-signature"_s)->orderPaid, std::optional<bool>(false));
    QCOMPARE(findCase(*report, u"bad-signature"_s)->httpStatus, 401);
    QCOMPARE(findCase(*report, u"unknown-order"_s)->httpStatus, 404);
    QCOMPARE(findCase(*report, u"wrong-amount"_s)->orderPaid, std::optional<bool>(false));
    QVERIFY(report->toText().contains(u"Every check passed"_s));
    QCOMPARE(report->toJson().value(u"all_passed"_s).toBool(), true);

    // The test orders are in the database as the check left them: the genuine one paid once.
    OrderRepository orders(db);
    const auto page = orders.page(OrderFilter{}, OrderSort{}, 0, 1000);
    QVERIFY(page.ok());
    int paid = 0;
    for (const Order &o : *page)
        paid += o.isPaid() ? 1 : 0;
    QCOMPARE(paid, 3); // genuine, duplicates, sn-truncation
    listener.stop();
}

void TestServerCheck::ownListenerThroughClientApi_data()
{
    QTest::addColumn<int>("channel");
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("passes");
    QTest::newRow("wechat") << int(PayWay::WeChat) << QString::fromLatin1(SandboxToken) << true;
    QTest::newRow("alipay") << int(PayWay::Alipay) << QString::fromLatin1(SandboxToken) << true;
    QTest::newRow("unknown token") << int(PayWay::WeChat) << u"expired-token"_s << false;
}

// Orders created through the listener's client API stand-in (createMarketingChatOrder) and
// read back from an order status route: no database access at all.
void TestServerCheck::ownListenerThroughClientApi()
{
    QFETCH(int, channel);
    QFETCH(QString, token);
    QFETCH(bool, passes);
    const auto way = PayWay(channel);
    const Database db = m_dbs.createMigrated(u"sqlite"_s);
    NotifyListener listener(db, m_identity.notifyConfig());
    listener.setClientApi(std::make_shared<ClientApi>(db));
    QVERIFY(listener.start(QHostAddress::LocalHost, 0).ok());
    BoundedHttpServer status(NotifyLimits{}, [&db](const HttpRequest &r) { return orderStatus(db, r); });
    QVERIFY(status.listen(QHostAddress::LocalHost, 0));

    ServerCheckOptions o;
    o.notifyUrl = QUrl(u"http://127.0.0.1:%1%2"_s.arg(listener.serverPort()).arg(routeOf(way)));
    o.channel = way;
    o.identity = m_identity;
    o.probe.apiBaseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(listener.serverPort()));
    o.probe.token = token;
    o.probe.statusUrl = u"http://127.0.0.1:%1/api/order/detail?id={order_id}"_s.arg(status.serverPort());
    o.duplicates = 6;

    ServerCheck check(o, &m_network);
    QSignalSpy finished(&check, &ServerCheck::finished);
    QSignalSpy failed(&check, &ServerCheck::failed);
    check.start();
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() + failed.size() > 0, 120000);
    if (!passes) {
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(u"createMarketingChatOrder"_s), qPrintable(failed.at(0).at(0).toString()));
        listener.stop();
        return;
    }
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
    const auto report = finished.at(0).at(0).value<ServerCheckReport>();
    QVERIFY2(report.allPassed(), qPrintable(report.toText()));
    QCOMPARE(report.forgedAccepted, 0);
    QCOMPARE(report.cases.size(), check.caseCount());
    // The orders belong to the token's user, as the client API made them.
    const auto page = OrderRepository(db).page(OrderFilter{}, OrderSort{}, 0, 1000);
    QVERIFY(page.ok() && !page->isEmpty());
    for (const Order &order : *page)
        QCOMPARE(order.userId, 1u);
    listener.stop();
}

void TestServerCheck::defectiveEndpointShowsEachDefect_data()
{
    QTest::addColumn<int>("channel");
    QTest::addColumn<bool>("truncateSn");
    QTest::addColumn<bool>("crashOnUnknown");
    QTest::addColumn<QByteArray>("alipayAnswer");
    QTest::addColumn<QStringList>("mustFail");
    QTest::addColumn<QStringList>("mustPass");
    QTest::addColumn<QString>("explanationOf");  // a failing case whose explanation…
    QTest::addColumn<QString>("mentions");       // …must name this
    QTest::addColumn<bool>("throughApi");        // learn order states through the client API

    const QStringList weChatForged{u"sign-probe"_s,     u"bad-signature"_s, u"unknown-serial"_s,
                                   u"stale-timestamp"_s, u"future-timestamp"_s, u"tampered-amount"_s,
                                   u"truncated-body"_s, u"wrong-appid"_s,    u"wrong-mchid"_s};
    QTest::newRow("wechat: no verification, sn cut to 18 characters")
        << int(PayWay::WeChat) << true << false << QByteArray()
        << (weChatForged + QStringList{u"genuine"_s, u"duplicates"_s, u"sn-truncation"_s})
        << QStringList{u"ack-format"_s, u"unknown-order"_s} << u"sn-truncation"_s << u"18 characters"_s << false;
    QTest::newRow("wechat: no verification, no amount check")
        << int(PayWay::WeChat) << false << false << QByteArray() << (weChatForged + QStringList{u"wrong-amount"_s})
        << QStringList{u"genuine"_s, u"ack-format"_s, u"duplicates"_s, u"unknown-order"_s, u"sn-truncation"_s}
        << u"wrong-amount"_s << u"amount.total"_s << false;
    QTest::newRow("wechat: crashes on an unknown order")
        << int(PayWay::WeChat) << false << true << QByteArray() << QStringList{u"unknown-order"_s, u"bad-signature"_s}
        << QStringList{u"genuine"_s} << u"unknown-order"_s << u"HTML"_s << false;
    QTest::newRow("alipay: answers SUCCESS, no amount check")
        << int(PayWay::Alipay) << false << false << "SUCCESS"_ba
        << QStringList{u"ack-format"_s, u"wrong-amount"_s, u"bad-signature"_s, u"tampered-amount"_s, u"wrong-appid"_s,
                       u"wrong-mchid"_s, u"duplicates"_s}
        << QStringList{u"genuine"_s, u"sn-truncation"_s, u"unknown-order"_s} << u"ack-format"_s << u"lower case"_s << false;
    QTest::newRow("alipay: answers success with a line break")
        << int(PayWay::Alipay) << false << false << "success\n"_ba << QStringList{u"ack-format"_s, u"bad-signature"_s}
        << QStringList{u"genuine"_s} << u"ack-format"_s << u"line break"_s << false;
    QTest::newRow("alipay: answers with a BOM")
        << int(PayWay::Alipay) << false << false << "\xEF\xBB\xBFsuccess"_ba << QStringList{u"ack-format"_s}
        << QStringList{u"genuine"_s} << u"ack-format"_s << u"BOM"_s << false;
    QTest::newRow("alipay: answers JSON")
        << int(PayWay::Alipay) << false << false << R"({"code":1,"show":0,"msg":"success","data":[]})"_ba
        << QStringList{u"ack-format"_s} << QStringList{u"genuine"_s} << u"ack-format"_s << u"JSON"_s << false;
    QTest::newRow("alipay: sn cut to 18 characters")
        << int(PayWay::Alipay) << true << false << "success"_ba
        << QStringList{u"genuine"_s, u"sn-truncation"_s, u"bad-signature"_s} << QStringList{u"ack-format"_s}
        << u"sn-truncation"_s << u"substr($out_trade_no, 0, 18)"_s << false;
    QTest::newRow("wechat via the client API: sn cut to 18 characters")
        << int(PayWay::WeChat) << true << false << QByteArray()
        << (weChatForged + QStringList{u"genuine"_s, u"duplicates"_s, u"sn-truncation"_s})
        << QStringList{u"ack-format"_s, u"unknown-order"_s} << u"sn-truncation"_s << u"symptom"_s << true;
    QTest::newRow("alipay via the client API: no amount check")
        << int(PayWay::Alipay) << false << false << "success"_ba
        << QStringList{u"wrong-amount"_s, u"bad-signature"_s} << QStringList{u"genuine"_s, u"ack-format"_s, u"sn-truncation"_s}
        << u"wrong-amount"_s << u"total_amount"_s << true;
}

void TestServerCheck::defectiveEndpointShowsEachDefect()
{
    QFETCH(int, channel);
    QFETCH(bool, truncateSn);
    QFETCH(bool, crashOnUnknown);
    QFETCH(QByteArray, alipayAnswer);
    QFETCH(QStringList, mustFail);
    QFETCH(QStringList, mustPass);
    QFETCH(QString, explanationOf);
    QFETCH(QString, mentions);
    QFETCH(bool, throughApi);
    const auto way = PayWay(channel);
    const Database db = m_dbs.createMigrated(u"sqlite"_s);
    DefectiveEndpoint endpoint(db, m_identity, Defects{truncateSn, crashOnUnknown, alipayAnswer});

    ServerCheckOptions o = options(db, endpoint.url(routeOf(way)), way);
    if (throughApi) {
        o.probe.database.reset();
        o.probe.apiBaseUrl = endpoint.url(u"/"_s);
        o.probe.token = QString::fromLatin1(SandboxToken);
        o.probe.statusUrl = endpoint.url(u"/api/order/detail"_s).toString() + u"?id={order_id}"_s;
    }
    const auto report = run(o);
    QVERIFY(report);
    const QString text = report->toText();
    QVERIFY2(!report->allPassed(), qPrintable(text));
    QVERIFY2(report->forgedAccepted > 0, qPrintable(text));
    QVERIFY(text.contains(u"Forged notifications accepted: %1 (must be 0)"_s.arg(report->forgedAccepted)));
    QVERIFY(text.indexOf(u"Forged notifications accepted"_s) < text.indexOf(u"✘"_s));
    for (const QString &key : mustFail) {
        const ServerCheckCase *c = findCase(*report, key);
        QVERIFY2(c, qPrintable(key));
        QVERIFY2(!c->passed, qPrintable(key + u"\n"_s + text));
        QVERIFY2(!c->explanation.isEmpty(), qPrintable(key));
        QVERIFY2(text.contains(c->explanation), qPrintable(key));
    }
    for (const QString &key : mustPass) {
        const ServerCheckCase *c = findCase(*report, key);
        QVERIFY2(c, qPrintable(key));
        QVERIFY2(c->passed, qPrintable(key + u"\n"_s + text));
    }
    const ServerCheckCase *explained = findCase(*report, explanationOf);
    QVERIFY(explained);
    QVERIFY2(explained->explanation.contains(mentions), qPrintable(explained->explanation));

    int forged = 0;
    for (const ServerCheckCase &c : report->cases)
        forged += c.forged && (c.accepted || c.orderPaid.value_or(false)) ? 1 : 0;
    QCOMPARE(report->forgedAccepted, forged);
    const QJsonObject json = report->toJson();
    QCOMPARE(json.value(u"forged_accepted"_s).toInt(), forged);
    QCOMPARE(json.value(u"all_passed"_s).toBool(), false);
    QCOMPARE(json.value(u"cases"_s).toArray().size(), report->cases.size());
}

void TestServerCheck::setupFailuresAreReported()
{
    const Database db = m_dbs.createMigrated(u"sqlite"_s);
    ServerCheckOptions o = options(db, QUrl(u"http://127.0.0.1:9/api/pay/notifyMnp"_s), PayWay::WeChat);
    o.probe.database.reset();
    ServerCheck noProbe(o, &m_network);
    QSignalSpy failed(&noProbe, &ServerCheck::failed);
    noProbe.start();
    QCOMPARE(failed.size(), 1);
    QVERIFY(!noProbe.isRunning());

    o = options(db, QUrl(u"not a url"_s), PayWay::WeChat);
    ServerCheck badUrl(o, &m_network);
    QSignalSpy failedUrl(&badUrl, &ServerCheck::failed);
    badUrl.start();
    QCOMPARE(failedUrl.size(), 1);

    o = options(db, QUrl(u"http://127.0.0.1:9/x"_s), PayWay::WeChat);
    o.probe.database = DatabaseUrl::sqlite(m_dir.filePath(u"no/such/dir/x.db"_s));
    ServerCheck badDb(o, &m_network);
    QSignalSpy failedDb(&badDb, &ServerCheck::failed);
    badDb.start();
    QTRY_COMPARE(failedDb.size(), 1);
}

void TestServerCheck::reportText()
{
    ServerCheckReport r;
    r.notifyUrl = QUrl(u"http://shop.example/api/pay/aliNotify"_s);
    r.channel = PayWay::Alipay;
    QVERIFY(!r.allPassed()); // an empty report proves nothing
    ServerCheckCase ok;
    ok.key = u"genuine"_s;
    ok.title = u"Genuine"_s;
    ok.passed = true;
    ok.httpStatus = 200;
    ServerCheckCase bad;
    bad.key = u"ack-format"_s;
    bad.title = u"Format"_s;
    bad.httpStatus = 200;
    bad.responseBody = "success\r\n";
    bad.explanation = u"Because."_s;
    r.cases = {ok};
    QVERIFY(r.allPassed());
    QVERIFY(r.toText().contains(u"Every check passed (1 of 1)."_s));
    r.cases << bad;
    QVERIFY(!r.allPassed());
    const QString text = r.toText();
    QVERIFY(text.contains(u"✔ Genuine"_s));
    QVERIFY(text.contains(u"✘ Format"_s));
    QVERIFY2(text.contains(u"\"success\\r\\n\""_s), qPrintable(text)); // control bytes shown, not sent to the terminal
    QVERIFY(text.contains(u"Because."_s));
    QVERIFY(text.contains(u"1 of 2 checks failed."_s));
    r.cases = {ok};
    r.forgedAccepted = 1; // counted elsewhere: still a failure
    QVERIFY(!r.allPassed());
}

// ---------------------------------------------------------------------------------------------
// The command line, against `mcpay-admin serve` as a separate process.

void TestServerCheck::commandLineAgainstServe_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("route");
    QTest::newRow("wechat") << u"wechat"_s << u"/api/pay/notifyMnp"_s;
    QTest::newRow("alipay") << u"alipay"_s << u"/api/pay/aliNotify"_s;
}

void TestServerCheck::commandLineAgainstServe()
{
    QFETCH(QString, channel);
    QFETCH(QString, route);
    QVERIFY(QFileInfo(QStringLiteral(MCPAY_ADMIN_BINARY)).isExecutable());
    const QString folder = m_dir.filePath(u"export-"_s + channel);
    const auto written = m_identity.exportTo(folder);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QVERIFY(written->contains(u"mcpay-serve.json"_s));
    QVERIFY(written->contains(u"sandbox-identity.json"_s));
    const Database db = m_dbs.createMigrated(u"sqlite"_s);

    QProcess serve;
    serve.start(QStringLiteral(MCPAY_ADMIN_BINARY), {u"serve"_s, u"--db"_s, db.url().toString(), u"--listen"_s,
                                                     u"127.0.0.1:0"_s, u"--config"_s, folder + u"/mcpay-serve.json"_s});
    QVERIFY(serve.waitForStarted(10000));
    QByteArray out;
    static const QRegularExpression listening(u"listening on [^ ]+:(\\d+)"_s);
    quint16 port = 0;
    while (port == 0 && serve.waitForReadyRead(20000)) {
        out += serve.readAllStandardOutput();
        port = quint16(listening.match(QString::fromUtf8(out)).captured(1).toUInt());
    }
    QVERIFY2(port > 0, QByteArray(out + serve.readAllStandardError()).constData());

    QProcess check;
    check.start(QStringLiteral(MCPAY_ADMIN_BINARY),
                {u"check-server"_s, u"--db"_s, db.url().toString(), u"--identity"_s, folder + u"/sandbox-identity.json"_s,
                 u"--notify-url"_s, u"http://127.0.0.1:%1%2"_s.arg(port).arg(route), u"--channel"_s, channel,
                 u"--duplicates"_s, u"6"_s});
    QVERIFY(check.waitForFinished(120000));
    const QString text = QString::fromUtf8(check.readAllStandardOutput());
    const QString err = QString::fromUtf8(check.readAllStandardError());
    QVERIFY2(check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0, qPrintable(text + err));
    QVERIFY2(text.contains(u"Every check passed"_s), qPrintable(text));
    QVERIFY(text.contains(u"Forged notifications accepted: 0 (must be 0)"_s));
    QVERIFY(!text.contains(u"✘"_s));

    // The same as JSON.
    check.start(QStringLiteral(MCPAY_ADMIN_BINARY),
                {u"check-server"_s, u"--db"_s, db.url().toString(), u"--identity"_s, folder + u"/sandbox-identity.json"_s,
                 u"--notify-url"_s, u"http://127.0.0.1:%1%2"_s.arg(port).arg(route), u"--channel"_s, channel,
                 u"--json"_s});
    QVERIFY(check.waitForFinished(120000));
    QCOMPARE(check.exitCode(), 0);
    const QJsonObject json = QJsonDocument::fromJson(check.readAllStandardOutput()).object();
    QCOMPARE(json.value(u"all_passed"_s).toBool(), true);
    QCOMPARE(json.value(u"forged_accepted"_s).toInt(), 0);
    QCOMPARE(json.value(u"cases"_s).toArray().size(), channel == u"wechat" ? 15 : 11);

    serve.terminate();
    QVERIFY(serve.waitForFinished(30000));
}

void TestServerCheck::commandLineAgainstDefectiveEndpoint()
{
    const QString folder = m_dir.filePath(u"export-defective"_s);
    QVERIFY(m_identity.exportTo(folder).ok());
    const Database db = m_dbs.createMigrated(u"sqlite"_s);
    DefectiveEndpoint endpoint(db, m_identity, Defects{true, false, "success"});

    // The endpoint answers in this process's event loop: wait for the command without blocking it.
    QProcess check;
    check.start(QStringLiteral(MCPAY_ADMIN_BINARY),
                {u"check-server"_s, u"--db"_s, db.url().toString(), u"--identity"_s, folder + u"/sandbox-identity.json"_s,
                 u"--notify-url"_s, endpoint.url(u"/api/pay/notifyMnp"_s).toString(), u"--channel"_s, u"wechat"_s});
    QTRY_VERIFY_WITH_TIMEOUT(check.state() == QProcess::NotRunning, 120000);
    const QString text = QString::fromUtf8(check.readAllStandardOutput());
    QCOMPARE(check.exitCode(), 1);
    QVERIFY2(text.contains(u"Forged notifications accepted: 9 (must be 0)"_s), qPrintable(text));
    QVERIFY2(text.contains(u"substr($out_trade_no, 0, 18)"_s), qPrintable(text));
    QVERIFY(endpoint.requests > 0);
}

void TestServerCheck::commandLineUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString id = u"/nonexistent/sandbox-identity.json"_s;
    QTest::newRow("no notify URL") << QStringList{u"--channel"_s, u"wechat"_s, u"--db"_s, u"sqlite:///tmp/x.db"_s}
                                   << 2 << u"--notify-url"_s;
    QTest::newRow("not a URL") << QStringList{u"--notify-url"_s, u"ftp://x/y"_s, u"--channel"_s, u"wechat"_s} << 2
                               << u"--notify-url"_s;
    QTest::newRow("unknown channel") << QStringList{u"--notify-url"_s, u"http://127.0.0.1:9/x"_s, u"--channel"_s, u"paypal"_s}
                                     << 2 << u"--channel"_s;
    QTest::newRow("bad duplicates") << QStringList{u"--notify-url"_s, u"http://127.0.0.1:9/x"_s, u"--channel"_s,
                                                   u"alipay"_s, u"--duplicates"_s, u"1"_s}
                                    << 2 << u"--duplicates"_s;
    QTest::newRow("no database") << QStringList{u"--notify-url"_s, u"http://127.0.0.1:9/x"_s, u"--channel"_s, u"alipay"_s}
                                 << 2 << u"--db"_s;
    QTest::newRow("status URL without placeholder")
        << QStringList{u"--notify-url"_s, u"http://127.0.0.1:9/x"_s, u"--channel"_s, u"wechat"_s, u"--api-base"_s,
                       u"http://127.0.0.1:9"_s, u"--token"_s, u"t"_s, u"--status-url"_s, u"http://127.0.0.1:9/s"_s}
        << 2 << u"{order_id}"_s;
    QTest::newRow("client API without token")
        << QStringList{u"--notify-url"_s, u"http://127.0.0.1:9/x"_s, u"--channel"_s, u"wechat"_s, u"--api-base"_s,
                       u"http://127.0.0.1:9"_s, u"--status-url"_s, u"http://127.0.0.1:9/s?id={order_id}"_s}
        << 2 << u"token"_s;
    QTest::newRow("identity file missing") << QStringList{u"--notify-url"_s, u"http://127.0.0.1:9/x"_s, u"--channel"_s,
                                                          u"alipay"_s, u"--db"_s, u"sqlite:///tmp/x.db"_s, u"--identity"_s, id}
                                           << 1 << id;
}

void TestServerCheck::commandLineUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QProcess check;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"MCPAY_DB_URL"_s);
    check.setProcessEnvironment(env);
    check.start(QStringLiteral(MCPAY_ADMIN_BINARY), QStringList{u"check-server"_s} + arguments);
    QVERIFY(check.waitForFinished(30000));
    const QString err = QString::fromUtf8(check.readAllStandardError());
    QCOMPARE(check.exitCode(), exitCode);
    QVERIFY2(err.contains(message), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestServerCheck)
#include "tst_servercheck.moc"
