// The client API stand-in over a real socket to a NotifyListener: the seed's documented JSON,
// the likeadmin envelope and token rules, ownership and paid checks, exact amounts, prepay on
// the sandbox ledger, and a sandbox notification turning the order paid. LikeadminClient is
// tested against the stand-in, which is a likeadmin-shaped server.
#include "channels/likeadminclient.h"
#include "channels/likeadminjson.h"
#include "crypto/strictbase64.h"
#include "listener/clientapi.h"
#include "listener/notifylistener.h"
#include "orders/orderrepository.h"
#include "sandbox/notificationfactory.h"
#include "sandbox/sandboxgateway.h"
#include "testdatabases.h"

#include "../listener/httptestclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct ApiAnswer
{
    int httpStatus = 0;
    QByteArray contentType;
    QByteArray body;
    QJsonObject json;
    int code() const { return json.value(u"code"_s).toInt(-99); }
    QString msg() const { return json.value(u"msg"_s).toString(); }
    QJsonValue data() const { return json.value(u"data"_s); }
};
} // namespace

class TestClientApi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createOrderAnswersTheSeedJson_data();
    void createOrderAnswersTheSeedJson();
    void createOrderRefusesBadInput_data();
    void createOrderRefusesBadInput();
    void tokens_data();
    void tokens();
    void unifiedpayWeChatMiniProgram();
    void unifiedpayRefusals_data();
    void unifiedpayRefusals();
    void unifiedpayH5AndAlipay();
    void paidThroughSandboxNotification();
    void likeadminClientAgainstTheStandIn();
    void prepayIsRecordedOnEachBackend_data();
    void prepayIsRecordedOnEachBackend();
    void serveRunsSandboxAndClientApi();

private:
    ApiAnswer post(const QByteArray &path, const QByteArray &body, const QByteArray &token = "sandbox-user-1",
                   const QByteArray &contentType = "application/json");
    ApiAnswer createOrder(const QByteArray &amountJson, const QByteArray &token = "sandbox-user-1");
    qint64 orderCount();

    SandboxIdentity m_identity;
    TestDatabases m_dbs;
    Database m_db;
    std::shared_ptr<SandboxLedger> m_ledger;
    std::unique_ptr<SandboxGateway> m_gateway;
    std::unique_ptr<NotifyListener> m_listener;
    QNetworkAccessManager m_network;
};

void TestClientApi::initTestCase()
{
    auto identity = SandboxIdentity::generate();
    QVERIFY2(identity.ok(), qPrintable(identity.errorMessage()));
    m_identity = *identity;
}

void TestClientApi::init()
{
    m_db = m_dbs.createMigrated(u"sqlite"_s);
    m_ledger = std::make_shared<SandboxLedger>();
    m_gateway = std::make_unique<SandboxGateway>(m_identity, m_ledger);
    QVERIFY(m_gateway->start().ok());
    m_listener = std::make_unique<NotifyListener>(m_db, m_identity.notifyConfig());
    auto api = std::make_shared<ClientApi>(m_db);
    api->setSandbox(m_identity, m_ledger, m_gateway->weChatBaseUrl());
    m_listener->setClientApi(api);
    const Status started = m_listener->start(QHostAddress::LocalHost, 0);
    QVERIFY2(started.ok(), qPrintable(started.errorMessage()));
}

void TestClientApi::cleanup()
{
    m_listener.reset();
    m_gateway.reset();
    m_db.releaseThreadConnection();
}

ApiAnswer TestClientApi::post(const QByteArray &path, const QByteArray &body, const QByteArray &token,
                              const QByteArray &contentType)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", contentType}};
    if (!token.isEmpty())
        headers.append({"token", token});
    const TestHttpResponse r = httpRoundTrip(m_listener->serverPort(), buildHttpRequest(path, headers, body));
    ApiAnswer a;
    a.httpStatus = r.status;
    for (const QByteArray &line : r.headers.split('\n'))
        if (line.toLower().startsWith("content-type:"))
            a.contentType = line.mid(13).trimmed();
    a.body = r.body;
    a.json = QJsonDocument::fromJson(r.body).object();
    return a;
}

ApiAnswer TestClientApi::createOrder(const QByteArray &amountJson, const QByteArray &token)
{
    return post("/api/pay/createMarketingChatOrder", "{\"amount\":" + amountJson + "}", token);
}

qint64 TestClientApi::orderCount()
{
    QSqlQuery q(*m_db.connection());
    if (!q.exec(u"SELECT COUNT(*) FROM "_s + m_db.table(u"marketing_chat_order")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestClientApi::createOrderAnswersTheSeedJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QByteArray>("orderAmount");
    QTest::addColumn<QString>("remark");
    QTest::newRow("number 0.4 (the seed's example)") << QByteArray(R"({"amount":0.4})") << qint64(40) << "0.4"_ba << u"营销聊天诚意金"_s;
    QTest::newRow("number 0.29") << QByteArray(R"({"amount":0.29})") << qint64(29) << "0.29"_ba << u"营销聊天诚意金"_s;
    QTest::newRow("text 0.29") << QByteArray(R"({"amount":"0.29"})") << qint64(29) << "0.29"_ba << u"营销聊天诚意金"_s;
    QTest::newRow("integer 12 with remark") << QByteArray(R"({ "remark" : "咨询费", "amount" : 12 })") << qint64(1200) << "12"_ba
                                            << u"咨询费"_s;
    QTest::newRow("1999.90") << QByteArray(R"({"amount":"1999.90"})") << qint64(199990) << "1999.9"_ba << u"营销聊天诚意金"_s;
}

void TestClientApi::createOrderAnswersTheSeedJson()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, fen);
    QFETCH(QByteArray, orderAmount);
    QFETCH(QString, remark);
    const ApiAnswer a = post("/api/pay/createMarketingChatOrder", body);
    QCOMPARE(a.httpStatus, 200);
    QCOMPARE(a.contentType, "application/json; charset=utf-8"_ba);
    // The seed documents exactly this shape (with likeadmin's "show").
    static const QRegularExpression shape(
        uR"re(^\{"code":1,"show":0,"msg":"订单创建成功","data":\{"order_id":(\d+),"order_sn":"(MC\d{18})","order_amount":([0-9.]+)\}\}$)re"_s);
    const auto m = shape.match(QString::fromUtf8(a.body));
    QVERIFY2(m.hasMatch(), a.body.constData());
    QCOMPARE(m.captured(3).toLatin1(), orderAmount);
    OrderRepository orders(m_db);
    const auto stored = orders.findById(m.captured(1).toLongLong());
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE((*stored)->orderSn, m.captured(2));
    QCOMPARE((*stored)->amount.fen(), fen);
    QCOMPARE((*stored)->userId, 1u);
    QCOMPARE((*stored)->remark, remark);
    QVERIFY(!(*stored)->isPaid());
}

void TestClientApi::createOrderRefusesBadInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("no amount") << QByteArray(R"({"remark":"x"})") << "application/json"_ba;
    QTest::newRow("empty body") << QByteArray() << "application/json"_ba;
    QTest::newRow("zero") << QByteArray(R"({"amount":0})") << "application/json"_ba;
    QTest::newRow("negative") << QByteArray(R"({"amount":-1})") << "application/json"_ba;
    QTest::newRow("three decimals") << QByteArray(R"({"amount":0.001})") << "application/json"_ba;
    QTest::newRow("exponent") << QByteArray(R"({"amount":1e-2})") << "application/json"_ba;
    QTest::newRow("text") << QByteArray(R"({"amount":"abc"})") << "application/json"_ba;
    QTest::newRow("null") << QByteArray(R"({"amount":null})") << "application/json"_ba;
    QTest::newRow("too large") << QByteArray(R"({"amount":100000000.00})") << "application/json"_ba;
    QTest::newRow("not json") << QByteArray("amount=") << "application/json"_ba;
    QTest::newRow("remark too long") << QByteArray(R"({"amount":1,"remark":")" + QByteArray(256, 'x') + "\"}")
                                     << "application/json"_ba;
    QTest::newRow("form without amount") << QByteArray("remark=x") << "application/x-www-form-urlencoded"_ba;
}

void TestClientApi::createOrderRefusesBadInput()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    const ApiAnswer a = post("/api/pay/createMarketingChatOrder", body, "sandbox-user-1", contentType);
    QCOMPARE(a.httpStatus, 200);
    QCOMPARE(a.code(), 0);
    QCOMPARE(a.json.value(u"show"_s).toInt(), 1);
    QVERIFY(!a.msg().isEmpty());
    QCOMPARE(orderCount(), 0);

    // A form body works like JSON.
    const ApiAnswer form = post("/api/pay/createMarketingChatOrder", "amount=0.29", "sandbox-user-1",
                                "application/x-www-form-urlencoded");
    QCOMPARE(form.code(), 1);
    QCOMPARE(form.data().toObject().value(u"order_sn"_s).toString().size(), 20);
}

void TestClientApi::tokens_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("code");
    QTest::addColumn<uint>("userId");
    QTest::newRow("missing") << QByteArray() << -1 << 0u;
    QTest::newRow("unknown") << "no-such-token"_ba << -1 << 0u;
    QTest::newRow("sandbox user 2") << "sandbox-user-2"_ba << 1 << 2u;
    QTest::newRow("likeadmin session") << "0a1b2c3d4e5f60718293a4b5c6d7e8f9"_ba << 1 << 7u;
    QTest::newRow("expired likeadmin session") << "expired-session-token"_ba << -1 << 0u;
}

void TestClientApi::tokens()
{
    QFETCH(QByteArray, token);
    QFETCH(int, code);
    QFETCH(uint, userId);
    // likeadmin's own session table, as its migrations create it.
    QSqlQuery q(*m_db.connection());
    QVERIFY(q.exec(u"CREATE TABLE la_user_session (id INTEGER PRIMARY KEY AUTOINCREMENT, user_id INTEGER NOT NULL, "
                   "terminal INTEGER NOT NULL DEFAULT 1, token varchar(32) NOT NULL, update_time INTEGER, expire_time INTEGER)"_s));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QVERIFY(q.exec(u"INSERT INTO la_user_session (user_id, token, expire_time) VALUES (7, '0a1b2c3d4e5f60718293a4b5c6d7e8f9', %1), "
                   "(8, 'expired-session-token', %2)"_s.arg(now + 3600).arg(now - 1)));

    const ApiAnswer a = createOrder("0.40", token);
    QCOMPARE(a.httpStatus, 200);
    QCOMPARE(a.code(), code);
    if (code == -1) {
        QVERIFY(a.msg().contains(token.isEmpty() ? u"token"_s : u"登录"_s));
        QCOMPARE(orderCount(), 0);
        return;
    }
    const auto order = OrderRepository(m_db).findById(a.data().toObject().value(u"order_id"_s).toInteger());
    QCOMPARE((*order)->userId, quint32(userId));
}

void TestClientApi::unifiedpayWeChatMiniProgram()
{
    const ApiAnswer created = createOrder("0.29");
    const qint64 orderId = created.data().toObject().value(u"order_id"_s).toInteger();
    const QString sn = created.data().toObject().value(u"order_sn"_s).toString();
    const ApiAnswer a = post("/api/pay/unifiedpay",
                             R"({"order_id":)" + QByteArray::number(orderId) + R"(,"from":"marketing_chat","pay_way":1,"terminal":"mnp"})");
    QCOMPARE(a.httpStatus, 200);
    QVERIFY2(a.code() == 1, a.body.constData());
    QCOMPARE(a.data().toObject().value(u"pay_way"_s).toInt(), 1);
    const QJsonObject config = a.data().toObject().value(u"config"_s).toObject();
    QCOMPARE(config.value(u"appId"_s).toString(), m_identity.miniProgramAppid);
    QCOMPARE(config.value(u"signType"_s).toString(), u"RSA"_s);
    const auto trade = m_ledger->find(sn);
    QVERIFY(trade.has_value());
    QCOMPARE(config.value(u"package"_s).toString(), u"prepay_id="_s + trade->prepayId);
    QCOMPARE(trade->amount.fen(), 29);
    QCOMPARE(trade->scene, SandboxScene::MiniProgram);
    QCOMPARE(trade->notifyUrl, u"http://127.0.0.1/api/pay/notifyMnp"_s); // the Host the request came to
    // paySign verifies with the merchant's public key, as WeChat's client checks it.
    const QByteArray message = (config.value(u"appId"_s).toString() + u'\n' + config.value(u"timeStamp"_s).toString() + u'\n'
                                + config.value(u"nonceStr"_s).toString() + u'\n' + config.value(u"package"_s).toString() + u'\n')
                                   .toUtf8();
    const auto signature = StrictBase64::decode(config.value(u"paySign"_s).toString().toLatin1());
    QVERIFY(signature && m_identity.merchantKey.publicKey().verifySha256(message, *signature));

    // The prepay is recorded for the timeline.
    QSqlQuery q(*m_db.connection());
    QVERIFY(q.exec(u"SELECT order_sn, user_id, pay_way, scene, prepay_id, amount_fen, created_at FROM "_s
                   + m_db.table(u"mcpay_prepay")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), sn);
    QCOMPARE(q.value(1).toInt(), 1);
    QCOMPARE(q.value(2).toInt(), 1);
    QCOMPARE(q.value(3).toString(), u"mnp"_s);
    QCOMPARE(q.value(4).toString(), trade->prepayId);
    QCOMPARE(q.value(5).toLongLong(), 29);
    QVERIFY(q.value(6).toLongLong() > 1'700'000'000'000);
    QVERIFY(!q.next());
}

void TestClientApi::unifiedpayRefusals_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("msg");
    QTest::newRow("someone else's order") << u"other-user"_s << 0 << u"订单不存在"_s;
    QTest::newRow("unknown order") << u"unknown"_s << 0 << u"订单不存在"_s;
    QTest::newRow("paid order") << u"paid"_s << 0 << u"订单已支付"_s;
    QTest::newRow("wrong from") << u"from"_s << 0 << u"from"_s;
    QTest::newRow("balance pay_way") << u"pay_way"_s << 0 << u"支付方式"_s;
    QTest::newRow("no order_id") << u"no-id"_s << 0 << u"order_id"_s;
    QTest::newRow("no token") << u"no-token"_s << -1 << u"token"_s;
}

void TestClientApi::unifiedpayRefusals()
{
    QFETCH(QString, change);
    QFETCH(int, code);
    QFETCH(QString, msg);
    const ApiAnswer created = createOrder("0.40");
    qint64 orderId = created.data().toObject().value(u"order_id"_s).toInteger();
    if (change == u"paid")
        QVERIFY(OrderRepository(m_db).markPaid(orderId, {u"4200000000000000000000000001"_s, PayWay::WeChat, 0})->transitioned);
    if (change == u"unknown")
        orderId += 1000;
    QJsonObject body{{u"order_id"_s, orderId}, {u"from"_s, u"marketing_chat"_s}, {u"pay_way"_s, 1}};
    if (change == u"from")
        body.insert(u"from"_s, u"recharge"_s);
    if (change == u"pay_way")
        body.insert(u"pay_way"_s, 3);
    if (change == u"no-id")
        body.remove(u"order_id"_s);
    const QByteArray token = change == u"other-user" ? "sandbox-user-2" : change == u"no-token" ? "" : "sandbox-user-1";
    const ApiAnswer a = post("/api/pay/unifiedpay", QJsonDocument(body).toJson(QJsonDocument::Compact), token);
    QCOMPARE(a.httpStatus, 200);
    QCOMPARE(a.code(), code);
    QVERIFY2(a.msg().contains(msg), qPrintable(a.msg()));
    QVERIFY(m_ledger->trades().isEmpty());
}

void TestClientApi::unifiedpayH5AndAlipay()
{
    const ApiAnswer h5Order = createOrder("\"0.40\"");
    const ApiAnswer h5 = post("/api/pay/unifiedpay",
                              R"({"order_id":")" + QByteArray::number(h5Order.data().toObject().value(u"order_id"_s).toInteger())
                                  + R"(","from":"marketing_chat","pay_way":"1","terminal":3})");
    QVERIFY2(h5.code() == 1, h5.body.constData());
    const QString sn = h5Order.data().toObject().value(u"order_sn"_s).toString();
    QVERIFY(h5.data().toObject().value(u"config"_s).toString().startsWith(m_gateway->cashierUrl(sn).toString() + u"?prepay_id=wx"_s));
    QCOMPARE(m_ledger->find(sn)->scene, SandboxScene::WeChatH5);
    QCOMPARE(m_ledger->find(sn)->notifyUrl, u"http://127.0.0.1/api/pay/notifyOa"_s);

    // The payer switches to Alipay: the form posts to the sandbox gateway, signed by the app key.
    const ApiAnswer alipay = post("/api/pay/unifiedpay",
                                  R"({"order_id":)" + QByteArray::number(h5Order.data().toObject().value(u"order_id"_s).toInteger())
                                      + R"(,"from":"marketing_chat","pay_way":2,"terminal":"h5"})");
    QVERIFY2(alipay.code() == 1, alipay.body.constData());
    QCOMPARE(alipay.data().toObject().value(u"pay_way"_s).toInt(), 2);
    const QString form = alipay.data().toObject().value(u"config"_s).toString();
    QVERIFY(form.contains(u"<form"_s));
    QVERIFY(form.contains(m_gateway->alipayGateway().toString()));
    QVERIFY(form.contains(u"alipay.trade.wap.pay"_s));
    QCOMPARE(m_ledger->find(sn)->scene, SandboxScene::AlipayWap);
    QCOMPARE(m_ledger->find(sn)->notifyUrl, u"http://127.0.0.1/api/pay/aliNotify"_s);
}

void TestClientApi::paidThroughSandboxNotification()
{
    QSignalSpy paid(m_listener.get(), &NotifyListener::orderPaid);
    const ApiAnswer created = createOrder("\"0.29\"");
    const qint64 orderId = created.data().toObject().value(u"order_id"_s).toInteger();
    const QString sn = created.data().toObject().value(u"order_sn"_s).toString();
    const QByteArray pay = R"({"order_id":)" + QByteArray::number(orderId) + R"(,"from":"marketing_chat","pay_way":1})";
    QCOMPARE(post("/api/pay/unifiedpay", pay).code(), 1);
    const SandboxTrade trade = m_gateway->decide(sn, CashierOutcome::Pay).value();

    SandboxNotify::Payment payment;
    payment.outTradeNo = sn;
    payment.amount = trade.amount;
    payment.appid = trade.appid;
    payment.transactionId = trade.transactionId;
    payment.paidAt = trade.paidAt;
    const SandboxNotify::Notification n = SandboxNotify::NotificationFactory(m_identity).weChatPayment(payment);
    QCOMPARE(n.route, u"/api/pay/notifyMnp"_s);
    QList<QPair<QByteArray, QByteArray>> headers(n.headers.cbegin(), n.headers.cend());
    const TestHttpResponse r = httpRoundTrip(m_listener->serverPort(), buildHttpRequest(n.route.toLatin1(), headers, n.body));
    QCOMPARE(r.status, 200);
    QTRY_COMPARE(paid.count(), 1);
    QCOMPARE(paid.at(0).at(0).toString(), sn);
    const auto order = OrderRepository(m_db).findById(orderId);
    QVERIFY((*order)->isPaid());
    QCOMPARE((*order)->amount.fen(), 29);
    QCOMPARE((*order)->transactionId, trade.transactionId);

    const ApiAnswer again = post("/api/pay/unifiedpay", pay);
    QCOMPARE(again.code(), 0);
    QCOMPARE(again.msg(), u"订单已支付"_s);
}

void TestClientApi::likeadminClientAgainstTheStandIn()
{
    const QUrl base(u"http://127.0.0.1:%1"_s.arg(m_listener->serverPort()));
    LikeadminClient client(&m_network, base, u"sandbox-user-1"_s);

    std::optional<Result<CreatedOrder>> created;
    client.createMarketingChatOrder(Money::fromFen(29), u"咨询费"_s, this,
                                    [&](Result<CreatedOrder> r) { created.emplace(std::move(r)); });
    QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 20000);
    QVERIFY2(created->ok(), qPrintable(created->errorMessage()));
    QCOMPARE((*created)->orderAmount.fen(), 29);
    QCOMPARE((*created)->orderSn.size(), 20);
    QCOMPARE((*OrderRepository(m_db).findById((*created)->orderId))->remark, u"咨询费"_s);

    std::optional<Result<QJsonValue>> paid;
    client.unifiedpay((*created)->orderId, PayWay::WeChat, this, [&](Result<QJsonValue> r) { paid.emplace(std::move(r)); },
                      u"marketing_chat"_s, u"oa"_s);
    QTRY_VERIFY_WITH_TIMEOUT(paid.has_value(), 20000);
    QVERIFY2(paid->ok(), qPrintable(paid->errorMessage()));
    QCOMPARE((*paid)->toObject().value(u"config"_s).toObject().value(u"appId"_s).toString(), m_identity.officialAccountAppid);

    // Someone else's order: the server's refusal, with its message.
    LikeadminClient other(&m_network, base, u"sandbox-user-2"_s);
    paid.reset();
    other.unifiedpay((*created)->orderId, PayWay::WeChat, this, [&](Result<QJsonValue> r) { paid.emplace(std::move(r)); });
    QTRY_VERIFY_WITH_TIMEOUT(paid.has_value(), 20000);
    QCOMPARE(paid->error().code, u"REFUSED"_s);
    QVERIFY(paid->errorMessage().contains(u"订单不存在"_s));

    // An expired token is told apart from a refusal.
    client.setToken(u"expired"_s);
    created.reset();
    client.createMarketingChatOrder(Money::fromFen(40), {}, this, [&](Result<CreatedOrder> r) { created.emplace(std::move(r)); });
    QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 20000);
    QCOMPARE(created->error().code, u"TOKEN_INVALID"_s);

    // Not a likeadmin server at all.
    LikeadminClient wrong(&m_network, m_gateway->weChatBaseUrl(), u"sandbox-user-1"_s);
    created.reset();
    wrong.createMarketingChatOrder(Money::fromFen(40), {}, this, [&](Result<CreatedOrder> r) { created.emplace(std::move(r)); });
    QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 20000);
    QVERIFY(!created->ok());
    QCOMPARE(created->error().code, u"HTTP_404"_s);
}

void TestClientApi::prepayIsRecordedOnEachBackend_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

void TestClientApi::prepayIsRecordedOnEachBackend()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    Database db = m_dbs.createMigrated(backend);
    ClientApi::Options options;
    options.notifyBaseUrl = u"https://shop.example.com/"_s;
    ClientApi api(db, options);
    api.setSandbox(m_identity, m_ledger, m_gateway->weChatBaseUrl());
    HttpRequest request;
    request.method = "POST";
    request.path = "/api/pay/createMarketingChatOrder";
    request.headers = {{"Content-Type", "application/json"}, {"token", "sandbox-user-2"}};
    request.body = R"({"amount":"0.29"})";
    const QJsonObject created = QJsonDocument::fromJson(api.handle(request).body).object();
    QCOMPARE(created.value(u"code"_s).toInt(), 1);
    const QJsonObject data = created.value(u"data"_s).toObject();
    QCOMPARE((*OrderRepository(db).findById(data.value(u"order_id"_s).toInteger()))->amount.fen(), 29);

    request.path = "/api/pay/unifiedpay";
    request.body = R"({"order_id":)" + QByteArray::number(data.value(u"order_id"_s).toInteger())
        + R"(,"from":"marketing_chat","pay_way":2,"terminal":"pc"})";
    const HttpReply reply = api.handle(request);
    QCOMPARE(reply.status, 200);
    QCOMPARE(QJsonDocument::fromJson(reply.body).object().value(u"code"_s).toInt(), 1);
    const QString sn = data.value(u"order_sn"_s).toString();
    QCOMPARE(m_ledger->find(sn)->notifyUrl, u"https://shop.example.com/api/pay/aliNotify"_s);
    QCOMPARE(m_ledger->find(sn)->scene, SandboxScene::AlipayPage);

    QSqlQuery q(*db.connection());
    QVERIFY(q.exec(u"SELECT order_sn, user_id, pay_way, scene, prepay_id, pay_url, amount_fen, summary FROM "_s
                   + db.table(u"mcpay_prepay")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), sn);
    QCOMPARE(q.value(1).toInt(), 2);
    QCOMPARE(q.value(2).toInt(), 2);
    QCOMPARE(q.value(3).toString(), u"alipay-page"_s);
    QCOMPARE(q.value(4).toString(), QString());
    QCOMPARE(q.value(5).toString(), m_gateway->alipayGateway().toString());
    QCOMPARE(q.value(6).toLongLong(), 29);
    QCOMPARE(q.value(7).toString(), u"alipay page form"_s);
    db.releaseThreadConnection();
}

void TestClientApi::serveRunsSandboxAndClientApi()
{
#ifndef MCPAY_ADMIN_BINARY
    QSKIP("the mcpay-admin executable is not built");
#else
    cleanup(); // this test runs its own listener and gateway, in `serve`
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString identityFile = dir.filePath(u"sandbox-identity.json"_s);
    {
        QFile f(identityFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        f.write(m_identity.toJson());
    }
    const QString dbUrl = u"sqlite://"_s + dir.filePath(u"serve.db"_s);
    QProcess migrate;
    migrate.start(QStringLiteral(MCPAY_ADMIN_BINARY), {u"db"_s, u"migrate"_s, u"--db"_s, dbUrl});
    QVERIFY(migrate.waitForFinished(60000));
    QCOMPARE(migrate.exitCode(), 0);

    QProcess serve;
    serve.start(QStringLiteral(MCPAY_ADMIN_BINARY),
                {u"serve"_s, u"--db"_s, dbUrl, u"--listen"_s, u"127.0.0.1:0"_s, u"--sandbox-identity"_s, identityFile,
                 u"--gateway-listen"_s, u"127.0.0.1:0"_s, u"--client-api"_s});
    QVERIFY(serve.waitForStarted(10000));
    QByteArray out;
    const auto waitForOutput = [&](const QRegularExpression &re) -> QRegularExpressionMatch {
        while (true) {
            out += serve.readAllStandardOutput();
            const auto m = re.match(QString::fromUtf8(out));
            if (m.hasMatch() || !serve.waitForReadyRead(20000))
                return m;
        }
    };
    static const QRegularExpression listening(u"listening on [^ ]+:(\\d+)"_s);
    static const QRegularExpression gatewayLine(u"sandbox gateway on (http://127.0.0.1:\\d+)"_s);
    const auto listen = waitForOutput(listening);
    QVERIFY2(listen.hasMatch(), out.constData());
    const QUrl gateway(gatewayLine.match(QString::fromUtf8(out)).captured(1));
    QVERIFY2(gateway.isValid() && gateway.port() > 0, out.constData());

    LikeadminClient client(&m_network, QUrl(u"http://127.0.0.1:"_s + listen.captured(1)), u"sandbox-user-1"_s);
    std::optional<Result<CreatedOrder>> created;
    client.createMarketingChatOrder(Money::fromFen(29), {}, this, [&](Result<CreatedOrder> r) { created.emplace(std::move(r)); });
    QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 20000);
    QVERIFY2(created->ok(), qPrintable(created->errorMessage()));
    std::optional<Result<QJsonValue>> pay;
    client.unifiedpay((*created)->orderId, PayWay::WeChat, this, [&](Result<QJsonValue> r) { pay.emplace(std::move(r)); },
                      u"marketing_chat"_s, u"h5"_s);
    QTRY_VERIFY_WITH_TIMEOUT(pay.has_value(), 20000);
    QVERIFY2(pay->ok(), qPrintable(pay->errorMessage()));
    const QUrl cashier((*pay)->toObject().value(u"config"_s).toString());
    QCOMPARE(cashier.port(), gateway.port());

    // The payer presses Pay on the cashier page; the sandbox notifies serve's own listener.
    QNetworkRequest press(QUrl(cashier.toString(QUrl::RemoveQuery) + u"/pay"_s));
    press.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = m_network.post(press, QByteArray());
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
    const QRegularExpression applied(u"/api/pay/notifyOa 200 applied order="_s + (*created)->orderSn);
    QVERIFY2(waitForOutput(applied).hasMatch(), out.constData());
    QVERIFY2(waitForOutput(QRegularExpression(u"sandbox: notification for "_s + (*created)->orderSn + u" .* HTTP 200"_s)).hasMatch(),
             out.constData());

    serve.terminate();
    QVERIFY(serve.waitForFinished(30000));
    QCOMPARE(serve.exitCode(), 0);
    Database db(DatabaseUrl::parse(dbUrl).value(), {});
    QVERIFY((*OrderRepository(db).findById((*created)->orderId))->isPaid());
    db.releaseThreadConnection();
#endif
}

QTEST_GUILESS_MAIN(TestClientApi)
#include "tst_clientapi.moc"
