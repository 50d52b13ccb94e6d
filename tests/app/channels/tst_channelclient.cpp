#include "channels/channelclient.h"
#include "channels/formencoding.h"
#include "channels/wechatpayv3api.h"
#include "crypto/strictbase64.h"
#include "listener/boundedhttpserver.h"

#include "../crypto/opensslcli.h"
#include "testnotifications.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#endif

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// The fake gateway's own check of an Authorization header: parsed with its own regular
// expression, the message rebuilt from the request as received, verified with the
// merchant's public key.
bool gatewayAcceptsAuthorization(const HttpRequest &r, const RsaPublicKey &merchantKey, const QString &mchid,
                                 const QString &serial, QString *nonce, QString *why)
{
    const QString header = QString::fromLatin1(httpHeaderValue(r.headers, "Authorization"));
    static const QRegularExpression schema(u"^WECHATPAY2-SHA256-RSA2048 (.+)$"_s);
    const auto m = schema.match(header);
    if (!m.hasMatch()) {
        *why = u"schema"_s;
        return false;
    }
    QHash<QString, QString> p;
    static const QRegularExpression pair(u"(\\w+)=\"([^\"]*)\""_s);
    for (auto it = pair.globalMatch(m.captured(1)); it.hasNext();) {
        const auto pm = it.next();
        p.insert(pm.captured(1), pm.captured(2));
    }
    if (p.value(u"mchid"_s) != mchid || p.value(u"serial_no"_s) != serial) {
        *why = u"mchid/serial"_s;
        return false;
    }
    static const QRegularExpression nonceShape(u"^[0-9A-Za-z]{32}$"_s);
    if (!nonceShape.match(p.value(u"nonce_str"_s)).hasMatch()) {
        *why = u"nonce"_s;
        return false;
    }
    if (qAbs(p.value(u"timestamp"_s).toLongLong() - QDateTime::currentSecsSinceEpoch()) > 60) {
        *why = u"timestamp"_s;
        return false;
    }
    const QByteArray url = r.query.isEmpty() ? r.path : r.path + '?' + r.query;
    const QByteArray message = r.method + '\n' + url + '\n' + p.value(u"timestamp"_s).toLatin1() + '\n'
        + p.value(u"nonce_str"_s).toLatin1() + '\n' + r.body + '\n';
    const auto signature = StrictBase64::decode(p.value(u"signature"_s).toLatin1());
    if (!signature || !merchantKey.verifySha256(message, *signature)) {
        *why = u"signature"_s;
        return false;
    }
    *nonce = p.value(u"nonce_str"_s);
    return true;
}
} // namespace

class TestChannelClient final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void weChatQuerySucceeds();
    void weChatErrorCarriesChannelCode();
    void weChatResponseWithBadSignatureIsDiscarded();
    void idempotentCallsAreRetried();
    void nonIdempotentCallsAreNotRetried();
    void timeoutIsReported();
    void tlsErrorsAreReportedNotIgnored();
    void alipayQueryAndBusinessError();

private:
    HttpReply signedReply(int status, const QByteArray &body, bool corrupt = false) const;
    Result<ChannelResponse> waitFor(std::function<void(ChannelClient::Callback)> send);

    QTemporaryDir m_dir;
    CliKeyMaterial m_merchantKeys;
    RsaPrivateKey m_merchantKey;
    WeChatTestMerchant m_wechat;
    AlipayTestMerchant m_alipay;
    RsaPrivateKey m_alipayAppKey;
    QNetworkAccessManager m_network;
    std::unique_ptr<ChannelClient> m_client;
    std::unique_ptr<BoundedHttpServer> m_gateway;
    std::function<HttpReply(const HttpRequest &)> m_behaviour;
    QStringList m_nonces;
    QStringList m_rejections;
    int m_requests = 0;
};

void TestChannelClient::initTestCase()
{
    QVERIFY(makeCliKeyMaterial(m_dir.path(), u"merchant"_s, u"3775B6A45ACD588826D15E583A95F5DD00000001"_s, &m_merchantKeys));
    m_merchantKey = RsaPrivateKey::fromPem(readWholeFile(m_merchantKeys.pkcs8Path)).value();
    m_wechat.platformKey = RsaPrivateKey::generate().value();
    m_alipay.alipayKey = RsaPrivateKey::generate().value();
    m_alipayAppKey = RsaPrivateKey::generate().value();
}

void TestChannelClient::init()
{
    m_nonces.clear();
    m_rejections.clear();
    m_requests = 0;
    m_gateway = std::make_unique<BoundedHttpServer>(NotifyLimits{}, [this](const HttpRequest &r) {
        ++m_requests;
        QString nonce, why;
        if (r.path.startsWith("/v3/")) {
            if (!gatewayAcceptsAuthorization(r, m_merchantKey.publicKey(), m_wechat.mchid, m_merchantKeys.serialHex,
                                             &nonce, &why)) {
                m_rejections << why;
                return signedReply(401, R"({"code":"SIGN_ERROR","message":"签名错误"})");
            }
            m_nonces << nonce;
            if (httpHeaderValue(r.headers, "Wechatpay-Serial") != m_wechat.platformSerial.toLatin1())
                m_rejections << u"Wechatpay-Serial"_s;
        }
        return m_behaviour(r);
    });
    QVERIFY(m_gateway->listen(QHostAddress::LocalHost, 0));

    m_client = std::make_unique<ChannelClient>(&m_network);
    ChannelClient::Options options;
    options.weChatBaseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(m_gateway->serverPort()));
    options.alipayGateway = QUrl(u"http://127.0.0.1:%1/gateway.do"_s.arg(m_gateway->serverPort()));
    options.retryBaseDelayMs = 20;
    m_client->setOptions(options);
    WeChatPlatformKeys keys;
    keys.addPublicKey(m_wechat.platformSerial, m_wechat.platformKey.publicKey());
    m_client->setWeChat(WeChatPayV3Signer(m_wechat.mchid, m_merchantKeys.serialHex, m_merchantKey),
                        WeChatNotificationVerifier(keys, {}), m_wechat.platformSerial);
    m_client->setAlipay(AlipaySigner(m_alipay.appId, m_alipayAppKey), AlipayVerifier(m_alipay.alipayKey.publicKey()));
}

HttpReply TestChannelClient::signedReply(int status, const QByteArray &body, bool corrupt) const
{
    WeChatNotifyOptions o;
    o.timestamp = QDateTime::currentSecsSinceEpoch();
    const TestHttpRequest signedBody = signWeChatBody(m_wechat, body, o);
    HttpReply reply;
    reply.status = status;
    reply.contentType = "application/json";
    reply.body = corrupt ? body + ' ' : body;
    for (const auto &h : signedBody.headers)
        if (h.first.startsWith("Wechatpay-") || h.first == "Request-ID")
            reply.headers.append(h);
    return reply;
}

Result<ChannelResponse> TestChannelClient::waitFor(std::function<void(ChannelClient::Callback)> send)
{
    std::optional<Result<ChannelResponse>> result;
    send([&result](Result<ChannelResponse> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return Error(u"no callback"_s);
    return *result;
}

void TestChannelClient::weChatQuerySucceeds()
{
    m_behaviour = [this](const HttpRequest &r) {
        if (r.method != "GET" || r.path != "/v3/pay/transactions/out-trade-no/MC202601301234561234"
            || r.query != "mchid=1900000109")
            return signedReply(404, R"({"code":"NOT_FOUND","message":"wrong url"})");
        WeChatTransactionSpec t;
        t.outTradeNo = u"MC202601301234561234"_s;
        t.totalFen = 29;
        return signedReply(200, weChatTransactionJson(m_wechat, t));
    };
    const auto r = waitFor([this](auto done) {
        m_client->sendWeChat(WeChatPayV3Api::queryByOutTradeNo(m_wechat.mchid, u"MC202601301234561234"_s), this, done);
    });
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    QCOMPARE(r->httpStatus, 200);
    QCOMPARE(r->json.value(u"trade_state"_s).toString(), u"SUCCESS"_s);
    QCOMPARE(r->json.value(u"amount"_s).toObject().value(u"total"_s).toInteger(), 29);
    QCOMPARE(m_rejections, QStringList());
    QCOMPARE(m_nonces.size(), 1);

    // A POST with a body is signed over that body.
    m_behaviour = [this](const HttpRequest &r) {
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        if (r.path != "/v3/pay/transactions/jsapi" || body.value(u"amount"_s).toObject().value(u"total"_s).toInteger() != 29)
            return signedReply(400, R"({"code":"PARAM_ERROR","message":"bad"})");
        return signedReply(200, R"({"prepay_id":"wx201410272009395522657a690389285100"})");
    };
    WeChatPayV3Api::PrepayArgs args;
    args.appid = m_wechat.appid;
    args.mchid = m_wechat.mchid;
    args.description = u"营销聊天诚意金"_s;
    args.outTradeNo = u"MC202601301234561234"_s;
    args.notifyUrl = u"https://shop.example.com/api/pay/notifyMnp"_s;
    args.amount = Money::fromFen(29);
    args.payerOpenid = u"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"_s;
    const auto prepay = waitFor([&](auto done) { m_client->sendWeChat(WeChatPayV3Api::jsapiPrepay(args), this, done); });
    QVERIFY2(prepay.ok(), qPrintable(prepay.errorMessage()));
    QCOMPARE(prepay->json.value(u"prepay_id"_s).toString(), u"wx201410272009395522657a690389285100"_s);
    QCOMPARE(m_rejections, QStringList());
}

void TestChannelClient::weChatErrorCarriesChannelCode()
{
    m_behaviour = [this](const HttpRequest &) {
        return signedReply(404, R"({"code":"ORDER_NOT_EXIST","message":"订单不存在"})");
    };
    const auto r = waitFor([this](auto done) {
        m_client->sendWeChat(WeChatPayV3Api::queryByOutTradeNo(m_wechat.mchid, u"MC209912312359599999"_s), this, done);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"ORDER_NOT_EXIST"_s);
    QVERIFY(r.errorMessage().contains(u"订单不存在"_s));
    QVERIFY(r.errorMessage().contains(u"ORDER_NOT_EXIST"_s));
    QCOMPARE(m_requests, 1); // 4xx is never retried
}

void TestChannelClient::weChatResponseWithBadSignatureIsDiscarded()
{
    m_behaviour = [this](const HttpRequest &) { return signedReply(200, R"({"prepay_id":"x"})", true); };
    const auto r = waitFor([this](auto done) {
        m_client->sendWeChat(WeChatPayV3Api::queryByOutTradeNo(m_wechat.mchid, u"MC1"_s), this, done);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"BAD_SIGNATURE"_s);
}

void TestChannelClient::idempotentCallsAreRetried()
{
    int calls = 0;
    m_behaviour = [this, &calls](const HttpRequest &) {
        if (++calls < 3)
            return signedReply(500, R"({"code":"SYSTEM_ERROR","message":"busy"})");
        return signedReply(200, R"({"out_refund_no":"RF1","status":"PROCESSING"})");
    };
    WeChatPayV3Api::RefundArgs refund;
    refund.outTradeNo = u"MC1"_s;
    refund.outRefundNo = u"RF1"_s;
    refund.refund = Money::fromFen(10);
    refund.total = Money::fromFen(29);
    const auto r = waitFor([&](auto done) { m_client->sendWeChat(WeChatPayV3Api::refund(refund), this, done); });
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    QCOMPARE(r->attempts, 3);
    QCOMPARE(m_nonces.size(), 3);
    QCOMPARE(QSet<QString>(m_nonces.cbegin(), m_nonces.cend()).size(), 3); // each attempt signed afresh
}

void TestChannelClient::nonIdempotentCallsAreNotRetried()
{
    m_behaviour = [this](const HttpRequest &) { return signedReply(503, R"({"code":"SYSTEM_ERROR","message":"busy"})"); };
    WeChatPayV3Api::PrepayArgs args;
    args.appid = m_wechat.appid;
    args.mchid = m_wechat.mchid;
    args.outTradeNo = u"MC1"_s;
    args.amount = Money::fromFen(1);
    const auto r = waitFor([&](auto done) { m_client->sendWeChat(WeChatPayV3Api::h5Prepay(args), this, done); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"SYSTEM_ERROR"_s);
    QCOMPARE(m_requests, 1);
}

void TestChannelClient::timeoutIsReported()
{
    QTcpServer silent; // accepts and never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    int connections = 0;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (silent.nextPendingConnection())
            ++connections;
    });
    ChannelClient::Options options = m_client->options();
    options.weChatBaseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort()));
    options.timeoutMs = 300;
    options.maxRetries = 1;
    m_client->setOptions(options);
    const auto r = waitFor([this](auto done) {
        m_client->sendWeChat(WeChatPayV3Api::queryByOutTradeNo(m_wechat.mchid, u"MC1"_s), this, done);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"TIMEOUT"_s);
    QCOMPARE(connections, 2); // one retry for an idempotent query
}

void TestChannelClient::tlsErrorsAreReportedNotIgnored()
{
#if QT_CONFIG(ssl)
    QSslServer server;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(readWholeFile(m_merchantKeys.certPath)));
    tls.setPrivateKey(QSslKey(readWholeFile(m_merchantKeys.pkcs8Path), QSsl::Rsa));
    server.setSslConfiguration(tls);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    ChannelClient::Options options = m_client->options();
    options.weChatBaseUrl = QUrl(u"https://127.0.0.1:%1"_s.arg(server.serverPort()));
    m_client->setOptions(options);
    const auto r = waitFor([this](auto done) {
        m_client->sendWeChat(WeChatPayV3Api::queryByOutTradeNo(m_wechat.mchid, u"MC1"_s), this, done);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"TLS"_s);
    QVERIFY(!r.errorMessage().isEmpty());
#else
    QSKIP("Qt without TLS");
#endif
}

void TestChannelClient::alipayQueryAndBusinessError()
{
    m_behaviour = [this](const HttpRequest &r) {
        HttpReply reply;
        reply.contentType = "application/json;charset=utf-8";
        const auto fields = FormEncoding::decode(r.body);
        QByteArray content;
        QString sign, method;
        if (fields) {
            auto sorted = *fields;
            std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
            for (const auto &[k, v] : sorted) {
                if (k == u"sign") {
                    sign = v;
                    continue;
                }
                if (k == u"method")
                    method = v;
                content += (content.isEmpty() ? "" : "&") + k.toUtf8() + '=' + v.toUtf8();
            }
        }
        const auto signature = StrictBase64::decode(sign.toLatin1());
        if (!signature || !m_alipayAppKey.publicKey().verifySha256(content, *signature)) {
            reply.body = R"({"error_response":{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.invalid-signature","sub_msg":"验签出错"}})";
            return reply;
        }
        if (content.contains("MC209912312359599999")) {
            reply.body = QStringLiteral(u"{\"alipay_trade_query_response\":{\"code\":\"40004\",\"msg\":\"Business Failed\","
                                        u"\"sub_code\":\"ACQ.TRADE_NOT_EXIST\",\"sub_msg\":\"交易不存在\"}}").toUtf8();
            return reply;
        }
        const QByteArray node = R"({"code":"10000","msg":"Success","out_trade_no":"MC202601301234561234","trade_status":"TRADE_SUCCESS","total_amount":"0.29"})";
        reply.body = R"({"alipay_trade_query_response":)" + node + R"(,"sign":")"
            + m_alipay.alipayKey.signSha256(node).value().toBase64() + "\"}";
        return reply;
    };
    const AlipaySigner signer(m_alipay.appId, m_alipayAppKey);
    const auto ok = waitFor([&](auto done) {
        m_client->sendAlipay(*signer.apiRequest(AlipayApi::TradeQuery, AlipayApi::tradeQuery(u"MC202601301234561234"_s)),
                             this, done);
    });
    QVERIFY2(ok.ok(), qPrintable(ok.errorMessage()));
    QCOMPARE(ok->json.value(u"trade_status"_s).toString(), u"TRADE_SUCCESS"_s);

    const auto missing = waitFor([&](auto done) {
        m_client->sendAlipay(*signer.apiRequest(AlipayApi::TradeQuery, AlipayApi::tradeQuery(u"MC209912312359599999"_s)),
                             this, done);
    });
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, u"ACQ.TRADE_NOT_EXIST"_s);
    QVERIFY(missing.errorMessage().contains(u"交易不存在"_s));

    // Signed with a key the gateway does not know: the gateway's own error comes through.
    const AlipaySigner wrong(m_alipay.appId, RsaPrivateKey::generate().value());
    const auto refused = waitFor([&](auto done) {
        m_client->sendAlipay(*wrong.apiRequest(AlipayApi::TradeQuery, AlipayApi::tradeQuery(u"MC1"_s)), this, done);
    });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, u"isv.invalid-signature"_s);
}

QTEST_GUILESS_MAIN(TestChannelClient)
#include "tst_channelclient.moc"
