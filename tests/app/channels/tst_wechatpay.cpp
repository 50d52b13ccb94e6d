#include "channels/wechatnotificationverifier.h"
#include "channels/wechatpayv2.h"
#include "channels/wechatpayv3api.h"
#include "channels/wechatpayv3signer.h"
#include "crypto/strictbase64.h"

#include "../crypto/opensslcli.h"
#include "testnotifications.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWeChatPay final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void signatureMessageKnownAnswer();
    void authorizationHeaderCrossCheckedWithOpenSsl();
    void jsapiPayParams();
    void requestBuilders();

    void verifier_data();
    void verifier();
    void certificateSerialIsCaseInsensitive();
    void refundNotificationParsed();
    void responseSignature();

    void v2KnownAnswers();
    void v2Notification_data();
    void v2Notification();

private:
    QTemporaryDir m_dir;
    CliKeyMaterial m_merchantKeys;
    CliKeyMaterial m_platformKeys;
    WeChatTestMerchant m_merchant;
    RsaPrivateKey m_otherKey;
    static constexpr qint64 Now = 1769747696; // 2026-01-30T12:34:56+08:00
};

void TestWeChatPay::initTestCase()
{
    QVERIFY(makeCliKeyMaterial(m_dir.path(), u"merchant"_s, u"3775B6A45ACD588826D15E583A95F5DD********"_s.replace(u'*', u'0'),
                               &m_merchantKeys));
    QVERIFY(makeCliKeyMaterial(m_dir.path(), u"platform"_s, u"5157F09EFDC096DE15EBE81A47057A7232F1B8E1"_s, &m_platformKeys));
    m_merchant.platformKey = RsaPrivateKey::fromPem(readWholeFile(m_platformKeys.pkcs1Path)).value();
    m_otherKey = RsaPrivateKey::generate().value();
}

void TestWeChatPay::signatureMessageKnownAnswer()
{
    // wechatpay-go credential test.
    QCOMPARE(WeChatPayV3Signer::message("GET", "/v3/certificates", 1624523846, "A1B2C3D4E5F6G7", ""),
             "GET\n/v3/certificates\n1624523846\nA1B2C3D4E5F6G7\n\n"_ba);
    QCOMPARE(WeChatPayV3Signer::message("POST", "/v3/pay/transactions/jsapi", 1, "N", "{}"),
             "POST\n/v3/pay/transactions/jsapi\n1\nN\n{}\n"_ba);
}

void TestWeChatPay::authorizationHeaderCrossCheckedWithOpenSsl()
{
    const auto key = RsaPrivateKey::fromPem(readWholeFile(m_merchantKeys.pkcs8Path));
    QVERIFY(key.ok());
    const WeChatPayV3Signer signer(u"1900000109"_s, m_merchantKeys.serialHex, *key);
    const QByteArray body = R"({"mchid":"1900000109"})"_ba;
    const auto header = signer.authorization("POST", "/v3/pay/transactions/out-trade-no/MC202601301234561234/close",
                                             body, 1624523846, u"593BEC0C930BF1AFEB40B4A08C8FB242"_s);
    QVERIFY(header.ok());
    QVERIFY(header->startsWith("WECHATPAY2-SHA256-RSA2048 "));

    const auto parsed = WeChatPayV3Signer::parseAuthorization(*header);
    QVERIFY(parsed);
    QCOMPARE(parsed->schema, u"WECHATPAY2-SHA256-RSA2048"_s);
    QCOMPARE(parsed->parameters.value(u"mchid"_s), u"1900000109"_s);
    QCOMPARE(parsed->parameters.value(u"nonce_str"_s), u"593BEC0C930BF1AFEB40B4A08C8FB242"_s);
    QCOMPARE(parsed->parameters.value(u"timestamp"_s), u"1624523846"_s);
    QCOMPARE(parsed->parameters.value(u"serial_no"_s), m_merchantKeys.serialHex);

    // The signature equals what the openssl command line makes over the documented message.
    const QByteArray message = "POST\n/v3/pay/transactions/out-trade-no/MC202601301234561234/close\n1624523846\n"
                               "593BEC0C930BF1AFEB40B4A08C8FB242\n"_ba + body + '\n';
    const OpenSslRun cli = runOpenSsl({u"dgst"_s, u"-sha256"_s, u"-sign"_s, m_merchantKeys.pkcs1Path}, message);
    QCOMPARE(cli.exitCode, 0);
    QCOMPARE(parsed->parameters.value(u"signature"_s).toLatin1(), cli.out.toBase64());

    // Fresh nonce and time when not given.
    const auto a = signer.authorization("GET", "/v3/certificates", "");
    const auto b = signer.authorization("GET", "/v3/certificates", "");
    QVERIFY(a.ok() && b.ok());
    QVERIFY(*a != *b);
    QVERIFY(!WeChatPayV3Signer::parseAuthorization("WECHATPAY2-SHA256-RSA2048 mchid=1"));
}

void TestWeChatPay::jsapiPayParams()
{
    const auto key = RsaPrivateKey::fromPem(readWholeFile(m_merchantKeys.pkcs8Path));
    const WeChatPayV3Signer signer(u"1900000109"_s, m_merchantKeys.serialHex, *key);
    const auto p = signer.jsapiPayParams(u"wxd678efh567hg6787"_s, u"wx201410272009395522657a690389285100"_s, 1414561699,
                                         u"5K8264ILTKCH16CQ2502SI8ZNMTM67VS"_s);
    QVERIFY(p.ok());
    QCOMPARE(p->package, u"prepay_id=wx201410272009395522657a690389285100"_s);
    QCOMPARE(p->signType, u"RSA"_s);
    QCOMPARE(p->timeStamp, u"1414561699"_s);
    const QByteArray message = "wxd678efh567hg6787\n1414561699\n5K8264ILTKCH16CQ2502SI8ZNMTM67VS\n"
                               "prepay_id=wx201410272009395522657a690389285100\n"_ba;
    QVERIFY(key->publicKey().verifySha256(message, *StrictBase64::decode(p->paySign.toLatin1())));
}

void TestWeChatPay::requestBuilders()
{
    WeChatPayV3Api::PrepayArgs args;
    args.appid = u"wxd678efh567hg6787"_s;
    args.mchid = u"1900000109"_s;
    args.description = u"营销聊天诚意金"_s;
    args.outTradeNo = u"MC202601301234561234"_s;
    args.notifyUrl = u"https://shop.example.com/api/pay/notifyMnp"_s;
    args.amount = Money::fromFen(29);
    args.attach = u"marketing_chat"_s;
    args.payerOpenid = u"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"_s;
    args.payerClientIp = u"203.0.113.7"_s;

    const ChannelRequest jsapi = WeChatPayV3Api::jsapiPrepay(args);
    QCOMPARE(jsapi.method, "POST"_ba);
    QCOMPARE(jsapi.pathAndQuery, u"/v3/pay/transactions/jsapi"_s);
    QVERIFY(!jsapi.idempotent);
    const QJsonObject body = QJsonDocument::fromJson(jsapi.body).object();
    QCOMPARE(body.value(u"amount"_s).toObject().value(u"total"_s).toInteger(), 29);
    QCOMPARE(body.value(u"amount"_s).toObject().value(u"currency"_s).toString(), u"CNY"_s);
    QCOMPARE(body.value(u"payer"_s).toObject().value(u"openid"_s).toString(), args.payerOpenid);
    QCOMPARE(body.value(u"out_trade_no"_s).toString(), u"MC202601301234561234"_s); // all 20 characters
    QCOMPARE(body.value(u"description"_s).toString(), u"营销聊天诚意金"_s);

    const ChannelRequest h5 = WeChatPayV3Api::h5Prepay(args);
    QCOMPARE(h5.pathAndQuery, u"/v3/pay/transactions/h5"_s);
    const QJsonObject h5body = QJsonDocument::fromJson(h5.body).object();
    QVERIFY(!h5body.contains(u"payer"_s));
    QCOMPARE(h5body.value(u"scene_info"_s).toObject().value(u"h5_info"_s).toObject().value(u"type"_s).toString(), u"Wap"_s);
    QCOMPARE(h5body.value(u"scene_info"_s).toObject().value(u"payer_client_ip"_s).toString(), u"203.0.113.7"_s);

    const ChannelRequest query = WeChatPayV3Api::queryByOutTradeNo(u"1900000109"_s, u"MC202601301234561234"_s);
    QCOMPARE(query.method, "GET"_ba);
    QCOMPARE(query.pathAndQuery, u"/v3/pay/transactions/out-trade-no/MC202601301234561234?mchid=1900000109"_s);
    QVERIFY(query.body.isEmpty());
    QVERIFY(query.idempotent);

    const ChannelRequest close = WeChatPayV3Api::closeOrder(u"1900000109"_s, u"MC202601301234561234"_s);
    QCOMPARE(close.pathAndQuery, u"/v3/pay/transactions/out-trade-no/MC202601301234561234/close"_s);
    QCOMPARE(close.body, R"({"mchid":"1900000109"})"_ba);

    WeChatPayV3Api::RefundArgs refund;
    refund.outTradeNo = u"MC202601301234561234"_s;
    refund.outRefundNo = u"RF202601301234561234"_s;
    refund.refund = Money::fromFen(10);
    refund.total = Money::fromFen(29);
    const ChannelRequest r = WeChatPayV3Api::refund(refund);
    QCOMPARE(r.pathAndQuery, u"/v3/refund/domestic/refunds"_s);
    const QJsonObject rb = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(rb.value(u"amount"_s).toObject().value(u"refund"_s).toInteger(), 10);
    QCOMPARE(rb.value(u"amount"_s).toObject().value(u"total"_s).toInteger(), 29);
    QVERIFY(r.idempotent);
    QCOMPARE(WeChatPayV3Api::queryRefund(u"RF 1"_s).pathAndQuery, u"/v3/refund/domestic/refunds/RF%201"_s);
}

void TestWeChatPay::verifier_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<QString>("expectedCode"); // empty: verified
    const QStringList names{u"valid"_s, u"signtest probe"_s, u"signed by another key"_s, u"unknown serial"_s,
                            u"299 s old"_s, u"299 s ahead"_s, u"300 s old"_s, u"300 s ahead"_s,
                            u"tampered body"_s, u"tampered ciphertext"_s, u"tampered tag"_s, u"wrong AAD"_s,
                            u"other APIv3 key"_s, u"unsupported algorithm"_s, u"missing signature header"_s,
                            u"wrong signature type"_s, u"signed malformed JSON"_s, u"signature not Base64"_s,
                            u"non-numeric timestamp"_s};
    const QStringList codes{{}, u"SIGN_PROBE"_s, u"BAD_SIGNATURE"_s, u"UNKNOWN_SERIAL"_s, {}, {},
                            u"STALE_TIMESTAMP"_s, u"STALE_TIMESTAMP"_s, u"BAD_SIGNATURE"_s, u"DECRYPT_FAILED"_s,
                            u"DECRYPT_FAILED"_s, u"DECRYPT_FAILED"_s, u"DECRYPT_FAILED"_s, u"UNSUPPORTED_ALGORITHM"_s,
                            u"MISSING_HEADER"_s, u"BAD_SIGNATURE_TYPE"_s, u"MALFORMED"_s, u"BAD_SIGNATURE"_s,
                            u"BAD_TIMESTAMP"_s};
    for (int i = 0; i < names.size(); ++i)
        QTest::newRow(qPrintable(names[i])) << i << codes[i];
}

void TestWeChatPay::verifier()
{
    QFETCH(int, variant);
    QFETCH(QString, expectedCode);

    WeChatPlatformKeys keys;
    keys.addPublicKey(m_merchant.platformSerial, m_merchant.platformKey.publicKey());
    const WeChatNotificationVerifier verifier(keys, m_merchant.apiV3Key, [] { return Now; });

    WeChatTransactionSpec t;
    t.outTradeNo = u"MC202601301234561234"_s;
    t.totalFen = 29;
    WeChatNotifyOptions o;
    o.timestamp = Now;
    switch (variant) {
    case 1: o.probe = true; break;
    case 2: o.signingKey = m_otherKey; break;
    case 3: o.serial = u"PUB_KEY_ID_0119000001092025010100000000000002"_s; break;
    case 4: o.timestamp = Now - 299; break;
    case 5: o.timestamp = Now + 299; break;
    case 6: o.timestamp = Now - 300; break;
    case 7: o.timestamp = Now + 300; break;
    case 9: o.flipCiphertext = true; break;
    case 10: o.flipTag = true; break;
    case 11: o.decryptAad = "refund"; break;
    case 12: o.encryptKey = "0123456789abcdef0123456789abcdef"; break;
    case 13: o.algorithm = u"AEAD_AES_128_GCM"_s; break;
    }
    TestHttpRequest r = variant == 16 ? signWeChatBody(m_merchant, R"({"id":"x","resource":)"_ba, o)
                                      : makeWeChatNotification(m_merchant, t, o);
    if (variant == 8)
        r.body.replace("\"summary\"", "\"Summary\"");
    if (variant == 14)
        r.headers.removeIf([](const auto &h) { return h.first == "Wechatpay-Signature"; });
    if (variant == 15)
        for (auto &h : r.headers)
            if (h.first == "Wechatpay-Signature-Type")
                h = {"wechatpay-signature-type"_ba, "WECHATPAY2-SHA256-SM2"_ba};
    if (variant == 17)
        for (auto &h : r.headers)
            if (h.first == "Wechatpay-Signature")
                h.second = "not base64!";
    if (variant == 18)
        for (auto &h : r.headers)
            if (h.first == "Wechatpay-Timestamp")
                h.second = "17697476x6";

    const auto result = verifier.verify(r.headers, r.body);
    if (expectedCode.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QVERIFY(result->transaction);
        QCOMPARE(result->transaction->outTradeNo, u"MC202601301234561234"_s);
        QCOMPARE(result->transaction->totalFen, 29);
        QCOMPARE(result->transaction->mchid, m_merchant.mchid);
        QCOMPARE(result->transaction->appid, m_merchant.appid);
        QVERIFY(result->transaction->isPaid());
        QCOMPARE(result->serial, m_merchant.platformSerial);
        QCOMPARE(result->eventType, u"TRANSACTION.SUCCESS"_s);
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, expectedCode);
        QVERIFY(!result.errorMessage().isEmpty());
    }
}

void TestWeChatPay::certificateSerialIsCaseInsensitive()
{
    WeChatPlatformKeys keys;
    keys.addCertificate(X509Certificate::fromPem(readWholeFile(m_platformKeys.certPath)).value());
    const WeChatNotificationVerifier verifier(keys, m_merchant.apiV3Key, [] { return Now; });
    WeChatNotifyOptions o;
    o.timestamp = Now;
    o.serial = m_platformKeys.serialHex.toLower();
    WeChatTransactionSpec t;
    t.outTradeNo = u"MC202601301234561234"_s;
    t.totalFen = 40;
    const auto r = makeWeChatNotification(m_merchant, t, o);
    const auto result = verifier.verify(r.headers, r.body);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->transaction->totalFen, 40);
}

void TestWeChatPay::refundNotificationParsed()
{
    WeChatPlatformKeys keys;
    keys.addPublicKey(m_merchant.platformSerial, m_merchant.platformKey.publicKey());
    const WeChatNotificationVerifier verifier(keys, m_merchant.apiV3Key, [] { return Now; });
    WeChatNotifyOptions o;
    o.timestamp = Now;
    o.eventType = u"REFUND.SUCCESS"_s;
    o.associatedData = "refund";
    const QByteArray refund = R"({"mchid":"1900000109","transaction_id":"4200000000202601301234567890",)"
                              R"("out_trade_no":"MC202601301234561234","refund_id":"50000000382019052709732678859",)"
                              R"("out_refund_no":"RF1","refund_status":"SUCCESS","success_time":"2026-01-30T13:00:00+08:00",)"
                              R"("user_received_account":"招商银行信用卡0403","amount":{"total":29,"refund":10,"payer_total":29,"payer_refund":10}})"_ba;
    const auto r = signWeChatBody(m_merchant, weChatEnvelope(m_merchant, refund, o), o);
    const auto result = verifier.verify(r.headers, r.body);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QVERIFY(!result->transaction);
    QVERIFY(result->refund);
    QCOMPARE(result->refund->refundFen, 10);
    QCOMPARE(result->refund->totalFen, 29);
    QCOMPARE(result->refund->outRefundNo, u"RF1"_s);
    QCOMPARE(result->refund->refundStatus, u"SUCCESS"_s);
}

void TestWeChatPay::responseSignature()
{
    WeChatPlatformKeys keys;
    keys.addPublicKey(m_merchant.platformSerial, m_merchant.platformKey.publicKey());
    const WeChatNotificationVerifier verifier(keys, {}, [] { return Now; });
    WeChatNotifyOptions o;
    o.timestamp = Now - 10;
    const auto r = signWeChatBody(m_merchant, R"({"prepay_id":"wx201410272009395522657a690389285100"})"_ba, o);
    QVERIFY(verifier.verifySignature(r.headers, r.body).ok());
    QCOMPARE(verifier.verifySignature(r.headers, QByteArray(r.body + ' ')).error().code, u"BAD_SIGNATURE"_s);
    // An empty body (204) is signed too.
    const auto empty = signWeChatBody(m_merchant, {}, o);
    QVERIFY(verifier.verifySignature(empty.headers, {}).ok());
}

void TestWeChatPay::v2KnownAnswers()
{
    const QMap<QString, QString> params{{u"appid"_s, u"wxd930ea5d5a258f4f"_s},
                                        {u"body"_s, u"test"_s},
                                        {u"device_info"_s, u"1000"_s},
                                        {u"mch_id"_s, u"10000100"_s},
                                        {u"nonce_str"_s, u"ibuaiVcKdpRxkhJA"_s},
                                        {u"empty"_s, QString()}};
    const QByteArray key = "192006250b4c09247ec02edce69f6a2d";
    QCOMPARE(WeChatPayV2::sign(params, key, WeChatPayV2::SignType::Md5), "9A0A8659F005D6984697E2CA0A9CF3B7"_ba);
    QCOMPARE(WeChatPayV2::sign(params, key, WeChatPayV2::SignType::HmacSha256),
             "6A9AE1657590FD6257D693A078E1C3E4BB6BA4DC30B23E0EE2496E54170DACD6"_ba);
}

void TestWeChatPay::v2Notification_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("code");
    const QByteArray key = "192006250b4c09247ec02edce69f6a2d";
    QMap<QString, QString> p{{u"return_code"_s, u"SUCCESS"_s}, {u"result_code"_s, u"SUCCESS"_s},
                             {u"appid"_s, u"wxd930ea5d5a258f4f"_s}, {u"mch_id"_s, u"10000100"_s},
                             {u"nonce_str"_s, u"ibuaiVcKdpRxkhJA"_s}, {u"out_trade_no"_s, u"MC202601301234561234"_s},
                             {u"total_fee"_s, u"29"_s}, {u"transaction_id"_s, u"4200000001"_s}};
    p.insert(u"sign"_s, QString::fromLatin1(WeChatPayV2::sign(p, key, WeChatPayV2::SignType::Md5)));
    QTest::newRow("valid") << WeChatPayV2::toXml(p) << QString();
    auto tampered = p;
    tampered[u"total_fee"_s] = u"1"_s;
    QTest::newRow("tampered fee") << WeChatPayV2::toXml(tampered) << u"BAD_SIGNATURE"_s;
    QTest::newRow("dtd") << "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml><a>&e;</a></xml>"_ba
                         << u"MALFORMED"_s;
    QTest::newRow("not xml") << "{}"_ba << u"MALFORMED"_s;
}

void TestWeChatPay::v2Notification()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, code);
    const auto r = WeChatPayV2::verifyNotification(xml, "192006250b4c09247ec02edce69f6a2d");
    if (code.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->value(u"total_fee"_s), u"29"_s);
    } else {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
    }
}

QTEST_GUILESS_MAIN(TestWeChatPay)
#include "tst_wechatpay.moc"
