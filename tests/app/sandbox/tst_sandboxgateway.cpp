// The sandbox gateway against the product's own ChannelClient, unchanged: requests signed by
// the sandbox merchant, answers verified with the sandbox's WeChat Pay and Alipay keys, over
// real sockets on 127.0.0.1. Also the cashier page, and the refund and reconciliation paths
// of finance run against the gateway.
#include "channels/channelclient.h"
#include "channels/wechatpayv3api.h"
#include "finance/channelreconciler.h"
#include "finance/channelrefundgateway.h"
#include "finance/refundcoordinator.h"
#include "orders/orderrepository.h"
#include "sandbox/sandboxgateway.h"
#include "testdatabases.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const QString NotifyMnp = u"http://127.0.0.1:8787/api/pay/notifyMnp"_s;

Result<ChannelResponse> waitFor(std::optional<Result<ChannelResponse>> &slot)
{
    if (!QTest::qWaitFor([&] { return slot.has_value(); }, 30000))
        return Error(u"no answer"_s, u"TEST_TIMEOUT"_s);
    return *slot;
}

struct HttpAnswer
{
    int status = 0;
    QByteArray location;
    QByteArray body;
};

// A browser-like request with QNetworkAccessManager (redirects not followed).
HttpAnswer browse(QNetworkAccessManager &network, const QUrl &url, const QByteArray &method = "GET",
                  const QByteArray &form = {})
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = network.sendCustomRequest(request, method, form);
    HttpAnswer answer;
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000))
        return answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.location = reply->rawHeader("Location");
    answer.body = reply->readAll();
    reply->deleteLater();
    return answer;
}

QString htmlUnescape(QString s)
{
    s.replace(u"&quot;"_s, u"\""_s).replace(u"&#39;"_s, u"'"_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s);
    return s.replace(u"&amp;"_s, u"&"_s);
}

} // namespace

class TestSandboxGateway final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void weChatPrepayQueryPayRefundClose();
    void weChatRefusesWhatTheRealApiRefuses_data();
    void weChatRefusesWhatTheRealApiRefuses();
    void weChatAnswersAreSignedBySandboxPlatformKey();
    void alipayPayUrlCashierQueryRefundClose();
    void alipayBadSignature();
    void cashierPageEscapesAndDecides_data();
    void cashierPageEscapesAndDecides();
    void financeRefundThroughSandbox();
    void reconcilerFindsPaidAtChannelUnpaidHere();

private:
    Result<ChannelResponse> weChat(const ChannelRequest &request, ChannelClient *client = nullptr);
    Result<ChannelResponse> alipay(const QString &method, const QJsonObject &biz, const AlipaySigner *signer = nullptr);
    WeChatPayV3Api::PrepayArgs prepayArgs(const QString &sn, qint64 fen) const;
    void configure(ChannelClient &client, const WeChatPayV3Signer &signer) const;
    QString nextSn() { return u"MC20260130123456%1"_s.arg(++m_sn, 4, 10, QLatin1Char('0')); }

    SandboxIdentity m_identity;
    QNetworkAccessManager m_network;
    std::shared_ptr<SandboxLedger> m_ledger;
    std::unique_ptr<SandboxGateway> m_gateway;
    std::unique_ptr<ChannelClient> m_client;
    int m_sn = 0;
};

void TestSandboxGateway::initTestCase()
{
    auto identity = SandboxIdentity::generate();
    QVERIFY2(identity.ok(), qPrintable(identity.errorMessage()));
    m_identity = *identity;
}

void TestSandboxGateway::init()
{
    m_ledger = std::make_shared<SandboxLedger>();
    m_gateway = std::make_unique<SandboxGateway>(m_identity, m_ledger);
    const Status started = m_gateway->start();
    QVERIFY2(started.ok(), qPrintable(started.errorMessage()));
    QVERIFY(m_gateway->port() != 0);
    m_client = std::make_unique<ChannelClient>(&m_network);
    configure(*m_client, m_identity.merchantSigner());
}

void TestSandboxGateway::cleanup()
{
    m_client.reset();
    m_gateway.reset();
}

void TestSandboxGateway::configure(ChannelClient &client, const WeChatPayV3Signer &signer) const
{
    ChannelClient::Options options;
    options.weChatBaseUrl = m_gateway->weChatBaseUrl();
    options.alipayGateway = m_gateway->alipayGateway();
    options.maxRetries = 0;
    client.setOptions(options);
    client.setWeChat(signer, m_identity.platformVerifier(), m_identity.weChatPlatformKeyId);
    client.setAlipay(m_identity.alipayAppSigner(), m_identity.alipayVerifier());
}

Result<ChannelResponse> TestSandboxGateway::weChat(const ChannelRequest &request, ChannelClient *client)
{
    std::optional<Result<ChannelResponse>> slot;
    (client ? client : m_client.get())->sendWeChat(request, this, [&slot](Result<ChannelResponse> r) { slot.emplace(std::move(r)); });
    return waitFor(slot);
}

Result<ChannelResponse> TestSandboxGateway::alipay(const QString &method, const QJsonObject &biz, const AlipaySigner *signer)
{
    const AlipaySigner own = m_identity.alipayAppSigner();
    const auto request = (signer ? *signer : own).apiRequest(method, biz);
    if (!request)
        return request.error();
    std::optional<Result<ChannelResponse>> slot;
    m_client->sendAlipay(*request, this, [&slot](Result<ChannelResponse> r) { slot.emplace(std::move(r)); });
    return waitFor(slot);
}

WeChatPayV3Api::PrepayArgs TestSandboxGateway::prepayArgs(const QString &sn, qint64 fen) const
{
    WeChatPayV3Api::PrepayArgs a;
    a.appid = m_identity.miniProgramAppid;
    a.mchid = m_identity.mchid;
    a.description = u"营销聊天诚意金"_s;
    a.outTradeNo = sn;
    a.notifyUrl = NotifyMnp;
    a.amount = Money::fromFen(fen);
    a.attach = u"marketing_chat"_s;
    a.payerOpenid = u"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"_s;
    a.payerClientIp = u"127.0.0.1"_s;
    return a;
}

void TestSandboxGateway::weChatPrepayQueryPayRefundClose()
{
    QSignalSpy decided(m_gateway.get(), &SandboxGateway::cashierDecided);
    QSignalSpy refunded(m_gateway.get(), &SandboxGateway::refunded);
    QSignalSpy exchanged(m_gateway.get(), &SandboxGateway::exchanged);
    const QString paidSn = nextSn();
    const QString h5Sn = nextSn();

    auto jsapi = weChat(WeChatPayV3Api::jsapiPrepay(prepayArgs(paidSn, 29)));
    QVERIFY2(jsapi.ok(), qPrintable(jsapi.errorMessage()));
    const QString prepayId = jsapi->json.value(u"prepay_id"_s).toString();
    QVERIFY(prepayId.startsWith(u"wx"_s));
    QCOMPARE(m_ledger->findByPrepayId(prepayId)->outTradeNo, paidSn);
    QCOMPARE(m_ledger->find(paidSn)->notifyUrl, NotifyMnp);
    // The same prepay again answers the same trade (the channels are idempotent here).
    auto again = weChat(WeChatPayV3Api::jsapiPrepay(prepayArgs(paidSn, 29)));
    QVERIFY(again.ok());
    QCOMPARE(again->json.value(u"prepay_id"_s).toString(), prepayId);
    auto otherAmount = weChat(WeChatPayV3Api::jsapiPrepay(prepayArgs(paidSn, 30)));
    QCOMPARE(otherAmount.error().code, u"OUT_TRADE_NO_USED"_s);

    auto h5 = weChat(WeChatPayV3Api::h5Prepay(prepayArgs(h5Sn, 40)));
    QVERIFY2(h5.ok(), qPrintable(h5.errorMessage()));
    QVERIFY(h5->json.value(u"h5_url"_s).toString().startsWith(m_gateway->cashierUrl(h5Sn).toString()));
    QCOMPARE(m_ledger->find(h5Sn)->scene, SandboxScene::WeChatH5);

    auto before = weChat(WeChatPayV3Api::queryByOutTradeNo(m_identity.mchid, paidSn));
    QVERIFY2(before.ok(), qPrintable(before.errorMessage()));
    QCOMPARE(before->json.value(u"trade_state"_s).toString(), u"NOTPAY"_s);
    QVERIFY(!before->json.contains(u"transaction_id"_s));

    auto paid = m_gateway->decide(paidSn, CashierOutcome::Pay);
    QVERIFY2(paid.ok(), qPrintable(paid.errorMessage()));
    QCOMPARE(decided.count(), 1);
    QCOMPARE(decided.at(0).at(1).value<CashierOutcome>(), CashierOutcome::Pay);
    QCOMPARE(m_gateway->decide(paidSn, CashierOutcome::Pay).error().code, u"ORDERPAID"_s);

    auto after = weChat(WeChatPayV3Api::queryByOutTradeNo(m_identity.mchid, paidSn));
    QVERIFY2(after.ok(), qPrintable(after.errorMessage()));
    QCOMPARE(after->json.value(u"trade_state"_s).toString(), u"SUCCESS"_s);
    QCOMPARE(after->json.value(u"transaction_id"_s).toString(), paid->transactionId);
    QCOMPARE(after->json.value(u"trade_type"_s).toString(), u"JSAPI"_s);
    QCOMPARE(after->json.value(u"amount"_s).toObject().value(u"total"_s).toInteger(), 29);
    QCOMPARE(after->json.value(u"payer"_s).toObject().value(u"openid"_s).toString(), u"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"_s);
    // The answer is the transaction object a notification carries.
    auto parsed = WeChatNotificationVerifier::parseTransaction(after->body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->totalFen, 29);
    QVERIFY(parsed->isPaid());
    const ChannelRequest byId{"GET", u"/v3/pay/transactions/id/%1?mchid=%2"_s.arg(paid->transactionId, m_identity.mchid),
                              {}, {}, true, u"query order"_s, {}};
    auto queriedById = weChat(byId);
    QVERIFY2(queriedById.ok(), qPrintable(queriedById.errorMessage()));
    QCOMPARE(queriedById->json.value(u"out_trade_no"_s).toString(), paidSn);
    QCOMPARE(weChat(WeChatPayV3Api::jsapiPrepay(prepayArgs(paidSn, 29))).error().code, u"ORDERPAID"_s);

    // Refunds: two partial ones, a repeated number refunds once, more than is left is refused.
    const auto refund = [&](const QString &no, qint64 fen) {
        WeChatPayV3Api::RefundArgs r;
        r.outTradeNo = paidSn;
        r.outRefundNo = no;
        r.reason = u"重复支付"_s;
        r.refund = Money::fromFen(fen);
        r.total = Money::fromFen(29);
        return weChat(WeChatPayV3Api::refund(r));
    };
    auto r1 = refund(paidSn + u"R01"_s, 10);
    QVERIFY2(r1.ok(), qPrintable(r1.errorMessage()));
    QCOMPARE(r1->json.value(u"status"_s).toString(), u"SUCCESS"_s);
    QCOMPARE(r1->json.value(u"amount"_s).toObject().value(u"refund"_s).toInteger(), 10);
    QCOMPARE(r1->json.value(u"transaction_id"_s).toString(), paid->transactionId);
    auto r2 = refund(paidSn + u"R02"_s, 10);
    QVERIFY2(r2.ok(), qPrintable(r2.errorMessage()));
    auto r1Again = refund(paidSn + u"R01"_s, 10);
    QVERIFY(r1Again.ok());
    QCOMPARE(r1Again->json.value(u"refund_id"_s).toString(), r1->json.value(u"refund_id"_s).toString());
    QCOMPARE(m_ledger->find(paidSn)->refundedFen(), 20);
    auto over = refund(paidSn + u"R03"_s, 10);
    QVERIFY(!over.ok());
    QCOMPARE(over.error().code, u"NOT_ENOUGH"_s);
    QCOMPARE(refunded.count(), 2);
    auto rest = refund(paidSn + u"R03"_s, 9);
    QVERIFY2(rest.ok(), qPrintable(rest.errorMessage()));

    auto refundQuery = weChat(WeChatPayV3Api::queryRefund(paidSn + u"R02"_s));
    QVERIFY2(refundQuery.ok(), qPrintable(refundQuery.errorMessage()));
    QCOMPARE(refundQuery->json.value(u"status"_s).toString(), u"SUCCESS"_s);
    QCOMPARE(refundQuery->json.value(u"out_trade_no"_s).toString(), paidSn);
    QCOMPARE(weChat(WeChatPayV3Api::queryRefund(paidSn + u"R99"_s)).error().code, u"RESOURCE_NOT_EXISTS"_s);
    auto refundedTrade = weChat(WeChatPayV3Api::queryByOutTradeNo(m_identity.mchid, paidSn));
    QCOMPARE(refundedTrade->json.value(u"trade_state"_s).toString(), u"REFUND"_s);

    // Closing: an unpaid order closes with 204 (signed, empty body); a paid one cannot.
    auto closed = weChat(WeChatPayV3Api::closeOrder(m_identity.mchid, h5Sn));
    QVERIFY2(closed.ok(), qPrintable(closed.errorMessage()));
    QCOMPARE(closed->httpStatus, 204);
    QVERIFY(closed->body.isEmpty());
    auto closedQuery = weChat(WeChatPayV3Api::queryByOutTradeNo(m_identity.mchid, h5Sn));
    QCOMPARE(closedQuery->json.value(u"trade_state"_s).toString(), u"CLOSED"_s);
    QCOMPARE(closedQuery->json.value(u"trade_type"_s).toString(), u"MWEB"_s);
    QCOMPARE(m_gateway->decide(h5Sn, CashierOutcome::Pay).error().code, u"ORDER_CLOSED"_s);
    QCOMPARE(weChat(WeChatPayV3Api::closeOrder(m_identity.mchid, paidSn)).error().code, u"ORDERPAID"_s);
    QCOMPARE(weChat(WeChatPayV3Api::queryByOutTradeNo(m_identity.mchid, u"MC000"_s)).error().code, u"ORDER_NOT_EXIST"_s);

    // Every exchange was recorded with a verified signature.
    QVERIFY(exchanged.count() >= 15);
    for (const auto &args : std::as_const(exchanged))
        QVERIFY(args.at(0).value<GatewayExchange>().signatureVerified);
}

void TestSandboxGateway::weChatRefusesWhatTheRealApiRefuses_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("another merchant key") << u"key"_s << 401 << u"SIGN_ERROR"_s;
    QTest::newRow("another certificate serial") << u"serial"_s << 401 << u"SIGN_ERROR"_s;
    QTest::newRow("another mchid") << u"mchid"_s << 401 << u"SIGN_ERROR"_s;
    QTest::newRow("notify_url not absolute") << u"relative-notify"_s << 400 << u"PARAM_ERROR"_s;
    QTest::newRow("notify_url on plain http elsewhere") << u"http-notify"_s << 400 << u"PARAM_ERROR"_s;
    QTest::newRow("unknown appid") << u"appid"_s << 400 << u"PARAM_ERROR"_s;
    QTest::newRow("no openid") << u"openid"_s << 400 << u"PARAM_ERROR"_s;
}

void TestSandboxGateway::weChatRefusesWhatTheRealApiRefuses()
{
    QFETCH(QString, change);
    QFETCH(int, status);
    QFETCH(QString, code);
    QSignalSpy exchanged(m_gateway.get(), &SandboxGateway::exchanged);
    ChannelClient client(&m_network);
    const RsaPrivateKey otherKey = change == u"key" ? RsaPrivateKey::generate().value() : m_identity.merchantKey;
    configure(client, WeChatPayV3Signer(change == u"mchid" ? u"1900000109"_s : m_identity.mchid,
                                        change == u"serial" ? u"5157F09EFDC096DE15EBE81A47057A7232F1B8E1"_s
                                                            : m_identity.merchantCertificateSerial,
                                        otherKey));
    WeChatPayV3Api::PrepayArgs args = prepayArgs(nextSn(), 40);
    if (change == u"relative-notify")
        args.notifyUrl = u"/api/pay/notifyMnp"_s;
    if (change == u"http-notify")
        args.notifyUrl = u"http://shop.example.com/api/pay/notifyMnp"_s;
    if (change == u"appid")
        args.appid = u"wx0000000000000000"_s;
    if (change == u"openid")
        args.payerOpenid.clear();
    auto answer = weChat(WeChatPayV3Api::jsapiPrepay(args), &client);
    QVERIFY(!answer.ok());
    QCOMPARE(answer.error().code, code);
    QVERIFY2(answer.errorMessage().contains(QString::number(status)), qPrintable(answer.errorMessage()));
    QVERIFY(!m_ledger->find(args.outTradeNo));
    QCOMPARE(exchanged.count(), 1);
    const auto x = exchanged.at(0).at(0).value<GatewayExchange>();
    QCOMPARE(x.status, status);
    QCOMPARE(x.error, code);
    QCOMPARE(x.signatureVerified, status != 401);
}

void TestSandboxGateway::weChatAnswersAreSignedBySandboxPlatformKey()
{
    // A client that trusts another platform key under the same id discards every answer.
    WeChatPlatformKeys keys;
    keys.addPublicKey(m_identity.weChatPlatformKeyId, RsaPrivateKey::generate().value().publicKey());
    ChannelClient client(&m_network);
    configure(client, m_identity.merchantSigner());
    client.setWeChat(m_identity.merchantSigner(), WeChatNotificationVerifier(keys, m_identity.apiV3Key),
                     m_identity.weChatPlatformKeyId);
    const QString sn = nextSn();
    auto answer = weChat(WeChatPayV3Api::jsapiPrepay(prepayArgs(sn, 40)), &client);
    QCOMPARE(answer.error().code, u"BAD_SIGNATURE"_s);
    // The genuine verifier accepts the same kind of answer.
    QVERIFY(weChat(WeChatPayV3Api::queryByOutTradeNo(m_identity.mchid, sn)).ok());
}

void TestSandboxGateway::alipayPayUrlCashierQueryRefundClose()
{
    QSignalSpy decided(m_gateway.get(), &SandboxGateway::cashierDecided);
    const QString sn = nextSn();
    const AlipaySigner signer = m_identity.alipayAppSigner();
    AlipayPayArgs args;
    args.outTradeNo = sn;
    args.totalAmount = Money::fromFen(129);
    args.subject = u"营销聊天诚意金 & <测试>"_s;
    args.notifyUrl = u"http://127.0.0.1:8787/api/pay/aliNotify"_s;
    args.passbackParams = u"marketing_chat"_s;
    const auto url = signer.payUrl(m_gateway->alipayGateway(), AlipayPayProduct::Wap, args);
    QVERIFY2(url.ok(), qPrintable(url.errorMessage()));

    QCOMPARE(alipay(AlipayApi::TradeQuery, AlipayApi::tradeQuery(sn)).error().code, u"ACQ.TRADE_NOT_EXIST"_s);
    const HttpAnswer redirect = browse(m_network, *url);
    QCOMPARE(redirect.status, 302);
    QCOMPARE(QUrl(QString::fromLatin1(redirect.location)), m_gateway->cashierUrl(sn));
    QCOMPARE(m_ledger->find(sn)->attach, u"marketing_chat"_s);
    QCOMPARE(m_ledger->find(sn)->scene, SandboxScene::AlipayWap);

    const HttpAnswer page = browse(m_network, m_gateway->cashierUrl(sn));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains(sn.toUtf8()));
    QVERIFY(page.body.contains("1.29"));
    QVERIFY(page.body.contains("&amp; &lt;测试&gt;"));
    QVERIFY(page.body.contains(QByteArray("/sandbox/cashier/" + sn.toUtf8() + "/pay")));

    auto waiting = alipay(AlipayApi::TradeQuery, AlipayApi::tradeQuery(sn));
    QVERIFY2(waiting.ok(), qPrintable(waiting.errorMessage()));
    QCOMPARE(waiting->json.value(u"trade_status"_s).toString(), u"WAIT_BUYER_PAY"_s);

    const HttpAnswer paidPage = browse(m_network, QUrl(m_gateway->cashierUrl(sn).toString() + u"/pay"_s), "POST");
    QCOMPARE(paidPage.status, 200);
    QCOMPARE(decided.count(), 1);
    auto paid = alipay(AlipayApi::TradeQuery, AlipayApi::tradeQuery(sn));
    QVERIFY2(paid.ok(), qPrintable(paid.errorMessage()));
    QCOMPARE(paid->json.value(u"trade_status"_s).toString(), u"TRADE_SUCCESS"_s);
    QCOMPARE(paid->json.value(u"total_amount"_s).toString(), u"1.29"_s);
    QCOMPARE(paid->json.value(u"trade_no"_s).toString(), m_ledger->find(sn)->transactionId);
    QVERIFY(!paid->json.value(u"send_pay_date"_s).toString().isEmpty());

    auto refund = alipay(AlipayApi::TradeRefund, AlipayApi::tradeRefund(sn, Money::fromFen(29), sn + u"R01"_s));
    QVERIFY2(refund.ok(), qPrintable(refund.errorMessage()));
    QCOMPARE(refund->json.value(u"fund_change"_s).toString(), u"Y"_s);
    QCOMPARE(refund->json.value(u"refund_fee"_s).toString(), u"0.29"_s);
    auto repeated = alipay(AlipayApi::TradeRefund, AlipayApi::tradeRefund(sn, Money::fromFen(29), sn + u"R01"_s));
    QVERIFY(repeated.ok());
    QCOMPARE(repeated->json.value(u"fund_change"_s).toString(), u"N"_s);
    QCOMPARE(m_ledger->find(sn)->refundedFen(), 29);
    QCOMPARE(alipay(AlipayApi::TradeRefund, AlipayApi::tradeRefund(sn, Money::fromFen(101), sn + u"R02"_s)).error().code,
             u"ACQ.REFUND_AMT_NOT_EQUAL_TOTAL"_s);
    auto refundQuery = alipay(u"alipay.trade.fastpay.refund.query"_s,
                              QJsonObject{{u"out_trade_no"_s, sn}, {u"out_request_no"_s, QString(sn + u"R01"_s)}});
    QVERIFY2(refundQuery.ok(), qPrintable(refundQuery.errorMessage()));
    QCOMPARE(refundQuery->json.value(u"refund_status"_s).toString(), u"REFUND_SUCCESS"_s);
    QCOMPARE(alipay(AlipayApi::TradeClose, AlipayApi::tradeClose(sn)).error().code, u"ACQ.TRADE_STATUS_ERROR"_s);

    // A page pay through the auto-submit form (POST), then closed unpaid.
    const QString pageSn = nextSn();
    args.outTradeNo = pageSn;
    const auto form = signer.payForm(m_gateway->alipayGateway(), AlipayPayProduct::Page, args);
    QVERIFY2(form.ok(), qPrintable(form.errorMessage()));
    const QString html = QString::fromUtf8(*form);
    static const QRegularExpression action(u"action=\"([^\"]+)\""_s);
    static const QRegularExpression input(u"name=\"([^\"]+)\" value=\"([^\"]*)\""_s);
    FormEncoding::Fields fields;
    for (auto it = input.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        fields.append({htmlUnescape(m.captured(1)), htmlUnescape(m.captured(2))});
    }
    QVERIFY(fields.size() >= 9);
    const HttpAnswer submitted = browse(m_network, QUrl(htmlUnescape(action.match(html).captured(1))), "POST",
                                        FormEncoding::encode(fields));
    QCOMPARE(submitted.status, 302);
    QCOMPARE(m_ledger->find(pageSn)->scene, SandboxScene::AlipayPage);
    auto closed = alipay(AlipayApi::TradeClose, AlipayApi::tradeClose(pageSn));
    QVERIFY2(closed.ok(), qPrintable(closed.errorMessage()));
    QCOMPARE(alipay(AlipayApi::TradeQuery, AlipayApi::tradeQuery(pageSn))->json.value(u"trade_status"_s).toString(),
             u"TRADE_CLOSED"_s);
}

void TestSandboxGateway::alipayBadSignature()
{
    const AlipaySigner forged(m_identity.alipayAppId, RsaPrivateKey::generate().value());
    auto answer = alipay(AlipayApi::TradeQuery, AlipayApi::tradeQuery(u"MC202601301234560001"_s), &forged);
    QCOMPARE(answer.error().code, u"isv.invalid-signature"_s);

    AlipayPayArgs args;
    args.outTradeNo = nextSn();
    args.totalAmount = Money::fromFen(40);
    args.subject = u"营销聊天诚意金"_s;
    const HttpAnswer page = browse(m_network, forged.payUrl(m_gateway->alipayGateway(), AlipayPayProduct::Wap, args).value());
    QCOMPARE(page.status, 400);
    QVERIFY(page.body.contains("isv.invalid-signature"));
    QVERIFY(!m_ledger->find(args.outTradeNo));
}

void TestSandboxGateway::cashierPageEscapesAndDecides_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("scene");
    QTest::addColumn<QString>("weChatState");
    QTest::addColumn<QString>("alipayStatus");
    QTest::newRow("wechat pay") << u"pay"_s << u"mnp"_s << u"SUCCESS"_s << u""_s;
    QTest::newRow("wechat fail") << u"fail"_s << u"mnp"_s << u"PAYERROR"_s << u""_s;
    QTest::newRow("wechat cancel") << u"cancel"_s << u"oa"_s << u"NOTPAY"_s << u""_s;
    QTest::newRow("wechat leave") << u"leave"_s << u"h5"_s << u"NOTPAY"_s << u""_s;
    QTest::newRow("alipay fail") << u"fail"_s << u"alipay-wap"_s << u""_s << u"WAIT_BUYER_PAY"_s;
    QTest::newRow("alipay pay") << u"pay"_s << u"alipay-page"_s << u""_s << u"TRADE_SUCCESS"_s;
}

void TestSandboxGateway::cashierPageEscapesAndDecides()
{
    QFETCH(QString, action);
    QFETCH(QString, scene);
    QFETCH(QString, weChatState);
    QFETCH(QString, alipayStatus);
    QSignalSpy decided(m_gateway.get(), &SandboxGateway::cashierDecided);
    SandboxTrade t;
    t.outTradeNo = nextSn();
    t.scene = sandboxSceneFromKey(scene).value();
    t.amount = Money::fromFen(40);
    t.description = u"<script>alert('x')</script>"_s;
    t.createdAt = QDateTime::currentDateTimeUtc();
    m_ledger->put(t);

    const HttpAnswer page = browse(m_network, m_gateway->cashierUrl(t.outTradeNo));
    QCOMPARE(page.status, 200);
    QVERIFY(!page.body.contains("<script>alert"));
    QVERIFY(page.body.contains("&lt;script&gt;"));
    QVERIFY(page.body.contains("0.40"));
    for (const char *button : {"/pay\"", "/cancel\"", "/fail\"", "/leave\""})
        QVERIFY2(page.body.contains(button), button);
    QVERIFY(page.body.contains("name=\"viewport\""));
    QVERIFY(!page.body.contains("src=\"http"));

    const HttpAnswer done = browse(m_network, QUrl(m_gateway->cashierUrl(t.outTradeNo).toString() + u'/' + action), "POST");
    QCOMPARE(done.status, 200);
    QCOMPARE(decided.count(), 1);
    const SandboxTrade now = *m_ledger->find(t.outTradeNo);
    if (!weChatState.isEmpty())
        QCOMPARE(now.weChatTradeState(), weChatState);
    if (!alipayStatus.isEmpty())
        QCOMPARE(now.alipayTradeStatus(), alipayStatus);
    const HttpAnswer again = browse(m_network, QUrl(m_gateway->cashierUrl(t.outTradeNo).toString() + u"/pay"_s), "POST");
    QCOMPARE(again.status, action == u"pay" ? 409 : 200);
    QCOMPARE(browse(m_network, m_gateway->cashierUrl(u"MC-unknown"_s)).status, 404);
}

void TestSandboxGateway::financeRefundThroughSandbox()
{
    TestDatabases dbs;
    Database db = dbs.createMigrated(u"sqlite"_s);
    OrderRepository repo(db);
    const CreatedOrder order = repo.create(Money::fromFen(100), 1).value();
    // Paid at the sandbox, and marked paid here as the notification would.
    auto prepaid = weChat(WeChatPayV3Api::jsapiPrepay(prepayArgs(order.orderSn, 100)));
    QVERIFY2(prepaid.ok(), qPrintable(prepaid.errorMessage()));
    const SandboxTrade trade = m_gateway->decide(order.orderSn, CashierOutcome::Pay).value();
    QVERIFY(repo.markPaid(order.orderId, {trade.transactionId, PayWay::WeChat, 0})->transitioned);

    ChannelRefundGateway refunds(m_client.get(), m_identity.alipayAppSigner(), u"https://shop.example.com/api/pay/notifyMnp"_s);
    RefundCoordinator coordinator(db, &refunds);
    const auto run = [&](qint64 fen, const QString &number) -> Result<Refund> {
        RefundRequest r;
        r.orderSn = order.orderSn;
        r.amount = Money::fromFen(fen);
        r.reason = RefundReason::DuplicatePayment;
        r.outRefundNo = number;
        r.actor = AuditActor{u"alice"_s, u"finance"_s};
        std::optional<Result<Refund>> result;
        coordinator.refund(r, [&result](Result<Refund> answer) { result.emplace(std::move(answer)); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
            return Error(u"no callback"_s);
        return *result;
    };
    auto first = run(30, {});
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
    QCOMPARE(first->status, RefundStatus::Success);
    QCOMPARE(first->channelRefundId, m_ledger->findRefund(first->outRefundNo)->refundId);
    auto retried = run(30, first->outRefundNo);
    QVERIFY(retried.ok());
    QCOMPARE(m_ledger->find(order.orderSn)->refundedFen(), 30);
    auto rest = run(70, {});
    QVERIFY2(rest.ok(), qPrintable(rest.errorMessage()));
    QCOMPARE(m_ledger->find(order.orderSn)->refundedFen(), 100);
    QCOMPARE(coordinator.service().summary(order.orderSn)->state, OrderRefundState::Full);
}

void TestSandboxGateway::reconcilerFindsPaidAtChannelUnpaidHere()
{
    TestDatabases dbs;
    Database db = dbs.createMigrated(u"sqlite"_s);
    const qint64 day = QDateTime(QDate(2026, 1, 30), QTime(0, 0), QTimeZone(8 * 3600)).toSecsSinceEpoch();
    OrderRepository repo(db);
    repo.setClock([day] { return day + 3600; });
    const CreatedOrder missed = repo.create(Money::fromFen(29), 1).value();    // paid at WeChat only
    const CreatedOrder unpaid = repo.create(Money::fromFen(40), 1).value();    // unpaid everywhere
    const CreatedOrder alipayMissed = repo.create(Money::fromFen(70), 1).value();

    SandboxTrade paid;
    paid.outTradeNo = missed.orderSn;
    paid.scene = SandboxScene::MiniProgram;
    paid.appid = m_identity.miniProgramAppid;
    paid.mchid = m_identity.mchid;
    paid.amount = Money::fromFen(29);
    paid.attach = u"marketing_chat"_s;
    paid.transactionId = u"4200000001202601300000000029"_s;
    paid.state = SandboxTrade::State::Paid;
    paid.createdAt = QDateTime::fromSecsSinceEpoch(day + 3600, QTimeZone::utc());
    paid.paidAt = QDateTime::fromSecsSinceEpoch(day + 3700, QTimeZone::utc());
    m_ledger->put(paid);
    SandboxTrade alipayPaid = paid;
    alipayPaid.outTradeNo = alipayMissed.orderSn;
    alipayPaid.scene = SandboxScene::AlipayWap;
    alipayPaid.appid = m_identity.alipayAppId;
    alipayPaid.mchid.clear();
    alipayPaid.amount = Money::fromFen(70);
    alipayPaid.transactionId = u"2026013022001400000000000070"_s;
    m_ledger->put(alipayPaid);

    ChannelReconciler::Options options;
    options.weChatMchid = m_identity.mchid;
    options.alipaySigner = m_identity.alipayAppSigner();
    ChannelReconciler reconciler(db, m_client.get(), options);
    std::optional<Result<ChannelReconciliation>> result;
    reconciler.run(day, day + 86400, [&](Result<ChannelReconciliation> r) { result.emplace(std::move(r)); });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QVERIFY2(result->ok(), qPrintable(result->errorMessage()));
    QCOMPARE((*result)->errors, QStringList());
    QCOMPARE((*result)->queried, 3 * 2);
    QStringList found;
    for (const auto &d : std::as_const((*result)->differences))
        found << reconciliationKindKey(d.kind) + u' ' + d.orderSn;
    found.sort();
    QStringList expected{u"missed_notification "_s + missed.orderSn, u"missed_notification "_s + alipayMissed.orderSn};
    expected.sort();
    QCOMPARE(found, expected);
    for (const auto &d : std::as_const((*result)->differences)) {
        if (d.orderSn == missed.orderSn)
            QCOMPARE(d.transactionId, paid.transactionId);
    }
    Q_UNUSED(unpaid);
}

QTEST_GUILESS_MAIN(TestSandboxGateway)
#include "tst_sandboxgateway.moc"
