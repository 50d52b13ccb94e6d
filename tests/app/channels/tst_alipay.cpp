#include "channels/alipaysigner.h"
#include "channels/alipayverifier.h"
#include "channels/formencoding.h"
#include "crypto/strictbase64.h"

#include "../crypto/opensslcli.h"
#include "testnotifications.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

class TestAlipay final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void formDecoding_data();
    void formDecoding();
    void signContentRules();
    void signedParametersCrossCheckedWithOpenSsl();
    void payUrlAndForm();
    void apiRequest();

    void notification_data();
    void notification();

    void rawMember_data();
    void rawMember();
    void response_data();
    void response();

private:
    QTemporaryDir m_dir;
    CliKeyMaterial m_appKeys;
    AlipayTestMerchant m_merchant;
    RsaPrivateKey m_appKey;
};

void TestAlipay::initTestCase()
{
    QVERIFY(makeCliKeyMaterial(m_dir.path(), u"app"_s, u"01"_s, &m_appKeys));
    m_appKey = RsaPrivateKey::fromPem(readWholeFile(m_appKeys.pkcs1Path)).value();
    m_merchant.alipayKey = RsaPrivateKey::generate().value();
}

void TestAlipay::formDecoding_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("plus is space") << "subject=a+b"_ba << true << u"subject"_s << u"a b"_s;
    QTest::newRow("%2B is plus") << "subject=a%2Bb"_ba << true << u"subject"_s << u"a+b"_s;
    QTest::newRow("chinese") << "subject=%E8%90%A5%E9%94%80"_ba << true << u"subject"_s << u"营销"_s;
    QTest::newRow("lower-case hex") << "k=%e8%90%a5"_ba << true << u"k"_s << u"营"_s;
    QTest::newRow("empty value") << "a=&b=1"_ba << true << u"a"_s << QString();
    QTest::newRow("bad escape") << "a=%ZZ"_ba << false << QString() << QString();
    QTest::newRow("truncated escape") << "a=%E"_ba << false << QString() << QString();
    QTest::newRow("invalid utf-8") << "a=%FF%FE"_ba << false << QString() << QString();
    QTest::newRow("repeated key") << "a=1&a=2"_ba << false << QString() << QString();
}

void TestAlipay::formDecoding()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, valid);
    QFETCH(QString, key);
    QFETCH(QString, value);
    const auto fields = FormEncoding::decode(body);
    QCOMPARE(fields.has_value(), valid);
    if (!valid)
        return;
    bool found = false;
    for (const auto &[k, v] : *fields)
        if (k == key) {
            QCOMPARE(v, value);
            found = true;
        }
    QVERIFY(found);
    // Encoding and decoding again gives the same fields.
    QCOMPARE(*FormEncoding::decode(FormEncoding::encode(*fields)), *fields);
}

void TestAlipay::signContentRules()
{
    const FormEncoding::Fields params{{u"sign"_s, u"x"_s}, {u"b"_s, u"2"_s}, {u"a"_s, u"1 +"_s},
                                      {u"empty"_s, QString()}, {u"sign_type"_s, u"RSA2"_s}};
    QCOMPARE(AlipaySigner::signContent(params), "a=1 +&b=2&sign_type=RSA2"_ba);
    QCOMPARE(AlipaySigner::signContent(params, false), "a=1 +&b=2"_ba);
}

void TestAlipay::signedParametersCrossCheckedWithOpenSsl()
{
    const AlipaySigner signer(u"2021000000000001"_s, m_appKey);
    const QDateTime when = QDateTime::fromSecsSinceEpoch(1769747696, QTimeZone::utc());
    const auto params = signer.signedParameters(u"alipay.trade.query"_s, AlipayApi::tradeQuery(u"MC202601301234561234"_s),
                                                {}, {}, when);
    QVERIFY(params.ok());
    QString sign;
    for (const auto &[k, v] : *params) {
        if (k == u"sign")
            sign = v;
        if (k == u"timestamp")
            QCOMPARE(v, u"2026-01-30 12:34:56"_s); // GMT+8
    }
    QVERIFY(!sign.isEmpty());
    const QByteArray content = "app_id=2021000000000001&biz_content={\"out_trade_no\":\"MC202601301234561234\"}"
                               "&charset=utf-8&format=JSON&method=alipay.trade.query&sign_type=RSA2"
                               "&timestamp=2026-01-30 12:34:56&version=1.0"_ba;
    QCOMPARE(AlipaySigner::signContent(*params), content);
    const OpenSslRun cli = runOpenSsl({u"dgst"_s, u"-sha256"_s, u"-sign"_s, m_appKeys.pkcs8Path}, content);
    QCOMPARE(cli.exitCode, 0);
    QCOMPARE(sign.toLatin1(), cli.out.toBase64());
}

void TestAlipay::payUrlAndForm()
{
    const AlipaySigner signer(u"2021000000000001"_s, m_appKey);
    AlipayPayArgs args;
    args.outTradeNo = u"MC202601301234561234"_s;
    args.totalAmount = Money::fromFen(29);
    args.subject = u"营销聊天诚意金 & <更多>"_s;
    args.notifyUrl = u"https://shop.example.com/api/pay/aliNotify"_s;
    args.returnUrl = u"https://shop.example.com/pages/pay/result?id=1&from=ali"_s;
    args.quitUrl = u"https://shop.example.com/"_s;
    args.passbackParams = u"marketing_chat"_s;
    const QUrl gateway(u"https://openapi-sandbox.dl.alipaydev.com/gateway.do"_s);

    const auto url = signer.payUrl(gateway, AlipayPayProduct::Wap, args);
    QVERIFY(url.ok());
    QCOMPARE(url->host(), gateway.host());
    const auto fields = FormEncoding::decode(url->query(QUrl::FullyEncoded).toLatin1());
    QVERIFY(fields);
    QString sign, biz, method, returnUrl;
    for (const auto &[k, v] : *fields) {
        if (k == u"sign") sign = v;
        if (k == u"biz_content") biz = v;
        if (k == u"method") method = v;
        if (k == u"return_url") returnUrl = v;
    }
    QCOMPARE(method, u"alipay.trade.wap.pay"_s);
    QCOMPARE(returnUrl, args.returnUrl);
    const QJsonObject bizObject = QJsonDocument::fromJson(biz.toUtf8()).object();
    QCOMPARE(bizObject.value(u"total_amount"_s).toString(), u"0.29"_s);
    QCOMPARE(bizObject.value(u"product_code"_s).toString(), u"QUICK_WAP_WAY"_s);
    QCOMPARE(bizObject.value(u"subject"_s).toString(), args.subject);
    QVERIFY(m_appKey.publicKey().verifySha256(AlipaySigner::signContent(*fields), *StrictBase64::decode(sign.toLatin1())));

    const auto form = signer.payForm(gateway, AlipayPayProduct::Page, args);
    QVERIFY(form.ok());
    const QString html = QString::fromUtf8(*form);
    QVERIFY(html.contains(u"action=\"https://openapi-sandbox.dl.alipaydev.com/gateway.do?charset=utf-8\""_s));
    QVERIFY(html.contains(u"name=\"method\" value=\"alipay.trade.page.pay\""_s));
    QVERIFY(html.contains(u"FAST_INSTANT_TRADE_PAY"_s));
    QVERIFY(html.contains(u"&lt;更多&gt;"_s));
    QVERIFY(!html.contains(u"<更多>"_s));
    QVERIFY(html.contains(u"document.forms['alipaysubmit'].submit()"_s));
}

void TestAlipay::apiRequest()
{
    const AlipaySigner signer(u"2021000000000001"_s, m_appKey);
    const auto r = signer.apiRequest(AlipayApi::TradeRefund,
                                     AlipayApi::tradeRefund(u"MC202601301234561234"_s, Money::fromFen(10), u"RF1"_s));
    QVERIFY(r.ok());
    QCOMPARE(r->method, "POST"_ba);
    QCOMPARE(r->responseNode, u"alipay_trade_refund_response"_s);
    QVERIFY(r->idempotent);
    const auto fields = FormEncoding::decode(r->body);
    QVERIFY(fields);
    bool sawBiz = false;
    for (const auto &[k, v] : *fields)
        if (k == u"biz_content") {
            sawBiz = true;
            QCOMPARE(QJsonDocument::fromJson(v.toUtf8()).object().value(u"refund_amount"_s).toString(), u"0.10"_s);
        }
    QVERIFY(sawBiz);
}

void TestAlipay::notification_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    const auto fields = alipayPaidFields(m_merchant, u"MC202601301234561234"_s, u"0.29"_s);
    const QByteArray valid = alipaySignedBody(m_merchant.alipayKey, fields);
    QTest::newRow("valid") << valid << QString();
    QByteArray tampered = valid;
    tampered.replace("total_amount=0.29", "total_amount=0.01");
    QTest::newRow("tampered amount") << tampered << u"BAD_SIGNATURE"_s;
    QByteArray plusAsSpace = valid;
    plusAsSpace.replace("shop%2Bpay", "shop+pay"); // a '+' that was not escaped decodes as a space
    QTest::newRow("unescaped plus") << plusAsSpace << u"BAD_SIGNATURE"_s;
    auto rsa1 = fields;
    for (auto &f : rsa1)
        if (f.first == u"sign_type")
            f.second = u"RSA"_s;
    QTest::newRow("sign_type RSA") << alipaySignedBody(m_merchant.alipayKey, rsa1) << u"UNSUPPORTED_ALGORITHM"_s;
    QTest::newRow("other key") << alipaySignedBody(RsaPrivateKey::generate().value(), fields) << u"BAD_SIGNATURE"_s;
    QTest::newRow("bad escape") << valid + "&x=%G1" << u"MALFORMED"_s;
    QTest::newRow("json body") << R"({"out_trade_no":"MC1"})"_ba << u"MALFORMED"_s;
    QTest::newRow("no sign") << "app_id=1&sign_type=RSA2"_ba << u"BAD_SIGNATURE"_s;
}

void TestAlipay::notification()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    const AlipayVerifier verifier(m_merchant.alipayKey.publicKey());
    const auto n = verifier.verifyNotification(body);
    if (code.isEmpty()) {
        QVERIFY2(n.ok(), qPrintable(n.errorMessage()));
        QCOMPARE(n->outTradeNo, u"MC202601301234561234"_s);
        QCOMPARE(n->totalAmount->fen(), 29);
        QCOMPARE(n->appId, m_merchant.appId);
        QCOMPARE(n->sellerId, m_merchant.sellerId);
        QVERIFY(n->isPaid());
        QCOMPARE(n->value(u"subject"), u"营销聊天诚意金 A+B 1/2"_s);
        QCOMPARE(n->value(u"seller_email"), u"shop+pay@example.com"_s);
    } else {
        QVERIFY(!n.ok());
        QCOMPARE(n.error().code, code);
    }
}

void TestAlipay::rawMember_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("simple") << R"({"a_response":{"code":"10000"},"sign":"x"})"_ba << R"({"code":"10000"})"_ba;
    QTest::newRow("sign first, spaces kept") << R"({ "sign" : "x" , "a_response" : { "k" : "v" } })"_ba
                                             << R"({ "k" : "v" })"_ba;
    QTest::newRow("braces and quotes in strings")
        << R"({"other":{"x":"}"},"a_response":{"msg":"a \"}\" b","n":{"m":[1,{"z":"{"}]}},"sign":"s"})"_ba
        << R"({"msg":"a \"}\" b","n":{"m":[1,{"z":"{"}]}})"_ba;
    QTest::newRow("chinese") << QStringLiteral(u"{\"a_response\":{\"msg\":\"交易不存在\"}}").toUtf8()
                             << QStringLiteral(u"{\"msg\":\"交易不存在\"}").toUtf8();
    QTest::newRow("nested name is not top level") << R"({"x":{"a_response":{"k":1}}})"_ba << QByteArray();
    QTest::newRow("not an object") << R"({"a_response":"text"})"_ba << QByteArray();
    QTest::newRow("unterminated") << R"({"a_response":{"k":"v")"_ba << QByteArray();
}

void TestAlipay::rawMember()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, expected);
    const auto node = AlipayVerifier::rawMember(json, "a_response");
    if (expected.isEmpty()) {
        QVERIFY(!node);
    } else {
        QVERIFY(node);
        QCOMPARE(node->toByteArray(), expected);
    }
}

void TestAlipay::response_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("code"); // empty: accepted
    const auto signedResponse = [this](const QByteArray &node, const QByteArray &name) -> QByteArray {
        const QByteArray sign = m_merchant.alipayKey.signSha256(node).value().toBase64();
        return "{\"" + name + "\":" + node + ",\"sign\":\"" + sign + "\"}";
    };
    const QByteArray success = QStringLiteral(u"{\"code\":\"10000\",\"msg\":\"Success\",\"out_trade_no\":\"MC202601301234561234\","
                                              u"\"trade_status\":\"TRADE_SUCCESS\",\"total_amount\":\"0.29\",\"buyer_logon_id\":\"159****5620\"}")
                                   .toUtf8();
    QTest::newRow("signed success") << signedResponse(success, "alipay_trade_query_response") << QString();
    // Re-serializing would drop this spacing; verification must use the raw text.
    const QByteArray spaced = "{ \"code\" : \"10000\", \"msg\" : \"Success\", \"total_amount\" : \"0.29\" }";
    QTest::newRow("signed success with spacing") << signedResponse(spaced, "alipay_trade_query_response") << QString();
    QByteArray tampered = signedResponse(success, "alipay_trade_query_response");
    tampered.replace("0.29", "0.30");
    QTest::newRow("tampered") << tampered << u"BAD_SIGNATURE"_s;
    QTest::newRow("unsigned success")
        << QByteArray("{\"alipay_trade_query_response\":" + success + "}") << u"BAD_SIGNATURE"_s;
    QTest::newRow("unsigned business error")
        << R"({"alipay_trade_query_response":{"code":"40004","msg":"Business Failed","sub_code":"ACQ.TRADE_NOT_EXIST","sub_msg":"交易不存在"}})"_ba
        << u"ACQ.TRADE_NOT_EXIST"_s;
    QTest::newRow("signed business error")
        << signedResponse(R"({"code":"40004","msg":"Business Failed","sub_code":"ACQ.TRADE_NOT_EXIST","sub_msg":"x"})"_ba,
                          "alipay_trade_query_response")
        << u"ACQ.TRADE_NOT_EXIST"_s;
    QTest::newRow("error_response") << R"({"error_response":{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.invalid-signature"}})"_ba
                                    << u"isv.invalid-signature"_s;
    QTest::newRow("html") << "<html>502</html>"_ba << u"MALFORMED"_s;
}

void TestAlipay::response()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, code);
    const AlipayVerifier verifier(m_merchant.alipayKey.publicKey());
    const auto r = verifier.verifyResponse(raw, u"alipay_trade_query_response"_s);
    if (code.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->value(u"total_amount"_s).toString(), u"0.29"_s);
    } else {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
    }
}

QTEST_GUILESS_MAIN(TestAlipay)
#include "tst_alipay.moc"
