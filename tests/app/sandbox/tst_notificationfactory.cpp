#include "channels/alipayverifier.h"
#include "channels/wechatnotificationverifier.h"
#include "crypto/aesgcm.h"
#include "sandbox/notificationfactory.h"

#include "../crypto/opensslcli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using SandboxNotify::Fault;
using SandboxNotify::Notification;
using SandboxNotify::NotificationFactory;

// Every notification the sandbox makes, checked against the product's own verifiers (the
// ones the listener uses) and, for the signatures, against the openssl command line.
class TestNotificationFactory final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void faultKeys();
    void weChatPaymentIsGenuine();
    void weChatRoutesByAppid();
    void unpaidStates();
    void weChatFaults_data();
    void weChatFaults();
    void weChatRefunds_data();
    void weChatRefunds();
    void alipayPaymentIsGenuine();
    void alipayFaults_data();
    void alipayFaults();
    void resignedWeChat_data();
    void resignedWeChat();
    void resignedAlipay();
    void signaturesMatchOpenSslCli();

private:
    SandboxNotify::Payment payment() const;
    WeChatNotificationVerifier verifierAt(qint64 now) const;
    static QJsonObject envelopeOf(const Notification &n);

    SandboxIdentity m_id;
    std::unique_ptr<NotificationFactory> m_factory;
};

static constexpr qint64 Now = 1'769'747'697; // 2026-01-30 12:34:57 +08:00

void TestNotificationFactory::initTestCase()
{
    auto id = SandboxIdentity::generate();
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
    m_id = *id;
    m_factory = std::make_unique<NotificationFactory>(m_id);
}

SandboxNotify::Payment TestNotificationFactory::payment() const
{
    SandboxNotify::Payment p;
    p.outTradeNo = u"MC202601301234561234"_s;
    p.amount = Money::fromFen(29);
    p.paidAt = QDateTime(QDate(2026, 1, 30), QTime(4, 34, 56), QTimeZone::utc());
    return p;
}

WeChatNotificationVerifier TestNotificationFactory::verifierAt(qint64 now) const
{
    WeChatNotificationVerifier v = m_id.platformVerifier();
    v.setClock([now] { return now; });
    return v;
}

QJsonObject TestNotificationFactory::envelopeOf(const Notification &n)
{
    return QJsonDocument::fromJson(n.body).object();
}

void TestNotificationFactory::faultKeys()
{
    const QMetaEnum e = QMetaEnum::fromType<Fault>();
    QCOMPARE(e.keyCount(), 11);
    QSet<QString> keys;
    for (int i = 0; i < e.keyCount(); ++i) {
        const auto fault = Fault(e.value(i));
        const QString key = SandboxNotify::faultKey(fault);
        QVERIFY(QRegularExpression(u"^[a-z]+(-[a-z]+)*$"_s).match(key).hasMatch());
        QCOMPARE(SandboxNotify::faultFromKey(key), std::optional<Fault>(fault));
        QVERIFY(!SandboxNotify::faultDisplayName(fault).isEmpty());
        keys.insert(key);
    }
    QCOMPARE(keys.size(), 11);
    QCOMPARE(SandboxNotify::faultKey(Fault::BadSignature), u"bad-signature"_s);
    QVERIFY(!SandboxNotify::faultFromKey(u"Bad-Signature"));
    QVERIFY(!SandboxNotify::faultFromKey(u""));
}

void TestNotificationFactory::weChatPaymentIsGenuine()
{
    const Notification n = m_factory->weChatPayment(payment(), Fault::None, Now);
    QCOMPARE(n.channel, PayWay::WeChat);
    QCOMPARE(n.route, u"/api/pay/notifyMnp"_s);
    QCOMPARE(n.outTradeNo, u"MC202601301234561234"_s);
    QCOMPARE(n.fault, Fault::None);
    QVERIFY2(n.summary.contains(u"TRANSACTION.SUCCESS MC202601301234561234 0.29"_s), qPrintable(n.summary));
    QCOMPARE(httpHeaderValue(n.headers, "Content-Type"), "application/json");
    QCOMPARE(httpHeaderValue(n.headers, "Wechatpay-Timestamp"), QByteArray::number(Now));
    QCOMPARE(httpHeaderValue(n.headers, "Wechatpay-Serial"), m_id.weChatPlatformKeyId.toLatin1());
    QCOMPARE(httpHeaderValue(n.headers, "Wechatpay-Signature-Type"), "WECHATPAY2-SHA256-RSA2048");
    QCOMPARE(httpHeaderValue(n.headers, "Wechatpay-Nonce").size(), 32);
    QVERIFY(!httpHeaderValue(n.headers, "Request-ID").isEmpty());

    const QJsonObject envelope = envelopeOf(n);
    QCOMPARE(envelope.value(u"id"_s).toString(), n.eventId);
    QVERIFY2(QRegularExpression(u"^EV-20260130123456[0-9]{5}$"_s).match(n.eventId).hasMatch(), qPrintable(n.eventId));
    QCOMPARE(envelope.value(u"create_time"_s).toString(), u"2026-01-30T12:34:56+08:00"_s);
    QCOMPARE(envelope.value(u"resource_type"_s).toString(), u"encrypt-resource"_s);
    QCOMPARE(envelope.value(u"event_type"_s).toString(), u"TRANSACTION.SUCCESS"_s);
    QCOMPARE(envelope.value(u"summary"_s).toString(), u"支付成功"_s);
    const QJsonObject resource = envelope.value(u"resource"_s).toObject();
    QCOMPARE(resource.value(u"original_type"_s).toString(), u"transaction"_s);
    QCOMPARE(resource.value(u"associated_data"_s).toString(), u"transaction"_s);
    QCOMPARE(resource.value(u"algorithm"_s).toString(), u"AEAD_AES_256_GCM"_s);
    QCOMPARE(resource.value(u"nonce"_s).toString().size(), 12);

    const auto verified = verifierAt(Now).verify(n.headers, n.body);
    QVERIFY2(verified.ok(), qPrintable(verified.errorMessage()));
    QCOMPARE(verified->id, n.eventId);
    QVERIFY(verified->transaction);
    const WeChatTransaction &t = *verified->transaction;
    QCOMPARE(t.appid, m_id.miniProgramAppid);
    QCOMPARE(t.mchid, m_id.mchid);
    QCOMPARE(t.outTradeNo, u"MC202601301234561234"_s);
    QVERIFY2(QRegularExpression(u"^4200[0-9]{6}20260130[0-9]{10}$"_s).match(t.transactionId).hasMatch(), qPrintable(t.transactionId));
    QCOMPARE(t.tradeType, u"JSAPI"_s);
    QCOMPARE(t.tradeState, u"SUCCESS"_s);
    QCOMPARE(t.tradeStateDesc, u"支付成功"_s);
    QVERIFY(!t.bankType.isEmpty());
    QCOMPARE(t.attach, u"marketing_chat"_s);
    QCOMPARE(t.successTime, u"2026-01-30T12:34:56+08:00"_s);
    QVERIFY(t.payerOpenid.startsWith(u'o'));
    QCOMPARE(t.payerOpenid.size(), 28);
    QCOMPARE(t.totalFen, 29);
    QCOMPARE(t.payerTotalFen, 29);
    QCOMPARE(t.currency, u"CNY"_s);
    // The decrypted resource carries every field of a real one.
    const QJsonObject plain = QJsonDocument::fromJson(verified->plaintext).object();
    QCOMPARE(plain.value(u"amount"_s).toObject().value(u"payer_currency"_s).toString(), u"CNY"_s);
    QCOMPARE(plain.keys().size(), 12);

    // Given ids and options are used as they are.
    SandboxNotify::Payment p = payment();
    p.transactionId = u"4200000000202601301234567890"_s;
    p.notifyId = u"EV-2018022511223320873"_s;
    p.tradeType = u"MWEB"_s;
    p.attach = u"other"_s;
    const Notification given = m_factory->weChatPayment(p, Fault::None, Now);
    QCOMPARE(given.eventId, p.notifyId);
    const auto v2 = verifierAt(Now).verify(given.headers, given.body);
    QVERIFY(v2.ok());
    QCOMPARE(v2->id, p.notifyId);
    QCOMPARE(v2->transaction->transactionId, p.transactionId);
    QCOMPARE(v2->transaction->tradeType, u"MWEB"_s);
    QCOMPARE(v2->transaction->attach, u"other"_s);
}

void TestNotificationFactory::weChatRoutesByAppid()
{
    SandboxNotify::Payment p = payment();
    p.appid = m_id.officialAccountAppid;
    const Notification oa = m_factory->weChatPayment(p, Fault::None, Now);
    QCOMPARE(oa.route, u"/api/pay/notifyOa"_s);
    const auto verified = verifierAt(Now).verify(oa.headers, oa.body);
    QVERIFY(verified.ok());
    QCOMPARE(verified->transaction->appid, m_id.officialAccountAppid);

    p.appid = m_id.miniProgramAppid;
    QCOMPARE(m_factory->weChatPayment(p, Fault::None, Now).route, u"/api/pay/notifyMnp"_s);
}

void TestNotificationFactory::unpaidStates()
{
    SandboxNotify::Payment p = payment();
    p.tradeState = u"NOTPAY"_s;
    const Notification wechat = m_factory->weChatPayment(p, Fault::None, Now);
    const auto t = verifierAt(Now).verify(wechat.headers, wechat.body);
    QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
    QCOMPARE(t->transaction->tradeState, u"NOTPAY"_s);
    QCOMPARE(t->transaction->tradeStateDesc, u"订单未支付"_s);
    QVERIFY(!t->transaction->isPaid());
    QVERIFY(t->transaction->successTime.isEmpty());

    p.tradeState = u"WAIT_BUYER_PAY"_s;
    const Notification alipay = m_factory->alipayPayment(p, Fault::None, Now);
    const auto a = m_id.alipayVerifier().verifyNotification(alipay.body);
    QVERIFY2(a.ok(), qPrintable(a.errorMessage()));
    QCOMPARE(a->tradeStatus, u"WAIT_BUYER_PAY"_s);
    QVERIFY(!a->isPaid());
    QCOMPARE(a->value(u"total_amount"), u"0.29"_s);
    for (const QString &key : {u"gmt_payment"_s, u"receipt_amount"_s, u"buyer_pay_amount"_s, u"fund_bill_list"_s})
        QVERIFY2(a->value(key).isEmpty(), qPrintable(key));
}

void TestNotificationFactory::weChatFaults_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QString>("error");   // empty: verifies
    QTest::addColumn<qint64>("fen");      // verified amount
    QTest::addColumn<bool>("rightAppid");
    QTest::addColumn<bool>("rightMchid");
    QTest::newRow("none") << Fault::None << QString() << qint64(29) << true << true;
    QTest::newRow("sign probe") << Fault::SignProbe << u"SIGN_PROBE"_s << qint64(0) << true << true;
    QTest::newRow("bad signature") << Fault::BadSignature << u"BAD_SIGNATURE"_s << qint64(0) << true << true;
    QTest::newRow("stale") << Fault::StaleTimestamp << u"STALE_TIMESTAMP"_s << qint64(0) << true << true;
    QTest::newRow("future") << Fault::FutureTimestamp << u"STALE_TIMESTAMP"_s << qint64(0) << true << true;
    QTest::newRow("unknown serial") << Fault::UnknownSerial << u"UNKNOWN_SERIAL"_s << qint64(0) << true << true;
    QTest::newRow("tampered amount") << Fault::TamperedAmount << u"BAD_SIGNATURE"_s << qint64(0) << true << true;
    QTest::newRow("truncated body") << Fault::TruncatedBody << u"BAD_SIGNATURE"_s << qint64(0) << true << true;
    QTest::newRow("wrong amount") << Fault::WrongAmount << QString() << qint64(30) << true << true;
    QTest::newRow("wrong appid") << Fault::WrongAppid << QString() << qint64(29) << false << true;
    QTest::newRow("wrong mchid") << Fault::WrongMchid << QString() << qint64(29) << true << false;
}

void TestNotificationFactory::weChatFaults()
{
    QFETCH(Fault, fault);
    QFETCH(QString, error);
    QFETCH(qint64, fen);
    QFETCH(bool, rightAppid);
    QFETCH(bool, rightMchid);
    const Notification n = m_factory->weChatPayment(payment(), fault, Now);
    QCOMPARE(n.fault, fault);
    QCOMPARE(n.route, u"/api/pay/notifyMnp"_s);
    if (fault != Fault::None)
        QVERIFY2(n.summary.contains(SandboxNotify::faultKey(fault)), qPrintable(n.summary));
    const auto verified = verifierAt(Now).verify(n.headers, n.body);
    if (!error.isEmpty()) {
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().code, error);
    } else {
        QVERIFY2(verified.ok(), qPrintable(verified.errorMessage()));
        QCOMPARE(verified->transaction->totalFen, fen);
        QCOMPARE(verified->transaction->appid == m_id.miniProgramAppid, rightAppid);
        QCOMPARE(verified->transaction->mchid == m_id.mchid, rightMchid);
        QCOMPARE(verified->transaction->outTradeNo, u"MC202601301234561234"_s);
    }

    if (fault == Fault::TamperedAmount) {
        // The body says the order's amount; the signature covers one fen — and holds for that.
        const QJsonObject resource = envelopeOf(n).value(u"resource"_s).toObject();
        const auto plain = AesGcm::decrypt(m_id.apiV3Key, resource.value(u"nonce"_s).toString().toLatin1(), "transaction",
                                           QByteArray::fromBase64(resource.value(u"ciphertext"_s).toString().toLatin1()));
        QVERIFY(plain.ok());
        QCOMPARE(QJsonDocument::fromJson(*plain).object().value(u"amount"_s).toObject().value(u"total"_s).toInteger(), 29);
        const auto signedOne = verifierAt(Now).verify(n.headers, n.signedBody);
        QVERIFY2(signedOne.ok(), qPrintable(signedOne.errorMessage()));
        QCOMPARE(signedOne->transaction->totalFen, 1);
    }
    if (fault == Fault::TruncatedBody) {
        QCOMPARE(n.body, n.signedBody.left(n.signedBody.size() / 2));
        QVERIFY(verifierAt(Now).verify(n.headers, n.signedBody).ok());
    }
    if (fault == Fault::StaleTimestamp || fault == Fault::FutureTimestamp) {
        const qint64 ts = httpHeaderValue(n.headers, "Wechatpay-Timestamp").toLongLong();
        QCOMPARE(ts, fault == Fault::StaleTimestamp ? Now - 600 : Now + 600);
        // Signed correctly for that time: only the clock check stops it.
        QVERIFY(verifierAt(ts).verify(n.headers, n.body).ok());
    }
    if (fault == Fault::UnknownSerial) {
        const QByteArray serial = httpHeaderValue(n.headers, "Wechatpay-Serial");
        QVERIFY(serial.startsWith("PUB_KEY_ID_"));
        QVERIFY(serial != m_id.weChatPlatformKeyId.toLatin1());
    }
    if (fault == Fault::SignProbe)
        QVERIFY(httpHeaderValue(n.headers, "Wechatpay-Signature").startsWith("WECHATPAY/SIGNTEST/"));
}

void TestNotificationFactory::weChatRefunds_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("eventType");
    QTest::addColumn<QString>("summary");
    QTest::newRow("success") << u"SUCCESS"_s << u"REFUND.SUCCESS"_s << u"退款成功"_s;
    QTest::newRow("abnormal") << u"ABNORMAL"_s << u"REFUND.ABNORMAL"_s << u"退款异常"_s;
    QTest::newRow("closed") << u"CLOSED"_s << u"REFUND.CLOSED"_s << u"退款关闭"_s;
}

void TestNotificationFactory::weChatRefunds()
{
    QFETCH(QString, status);
    QFETCH(QString, eventType);
    QFETCH(QString, summary);
    SandboxNotify::RefundEvent r;
    r.outTradeNo = u"MC202601301234561234"_s;
    r.transactionId = u"4200000000202601301234567890"_s;
    r.outRefundNo = u"RF202601301234561234"_s;
    r.refund = Money::fromFen(10);
    r.total = Money::fromFen(29);
    r.status = status;
    r.finishedAt = QDateTime(QDate(2026, 1, 30), QTime(5, 0, 0), QTimeZone::utc());
    const Notification n = m_factory->weChatRefund(r, Fault::None, Now);
    QCOMPARE(n.channel, PayWay::WeChat);
    QCOMPARE(n.outTradeNo, r.outTradeNo);
    const QJsonObject envelope = envelopeOf(n);
    QCOMPARE(envelope.value(u"summary"_s).toString(), summary);
    QCOMPARE(envelope.value(u"resource"_s).toObject().value(u"associated_data"_s).toString(), u"refund"_s);
    const auto verified = verifierAt(Now).verify(n.headers, n.body);
    QVERIFY2(verified.ok(), qPrintable(verified.errorMessage()));
    QCOMPARE(verified->eventType, eventType);
    QCOMPARE(verified->originalType, u"refund"_s);
    QVERIFY(verified->refund);
    const WeChatRefund &refund = *verified->refund;
    QCOMPARE(refund.mchid, m_id.mchid);
    QCOMPARE(refund.outTradeNo, r.outTradeNo);
    QCOMPARE(refund.transactionId, r.transactionId);
    QCOMPARE(refund.outRefundNo, r.outRefundNo);
    QVERIFY(!refund.refundId.isEmpty());
    QCOMPARE(refund.refundStatus, status);
    QCOMPARE(refund.refundFen, 10);
    QCOMPARE(refund.totalFen, 29);
    QCOMPARE(refund.successTime, status == u"SUCCESS" ? u"2026-01-30T13:00:00+08:00"_s : QString());

    // Faults apply to refunds too.
    const Notification tampered = m_factory->weChatRefund(r, Fault::TamperedAmount, Now);
    QCOMPARE(verifierAt(Now).verify(tampered.headers, tampered.body).error().code, u"BAD_SIGNATURE"_s);
    const Notification wrongMchid = m_factory->weChatRefund(r, Fault::WrongMchid, Now);
    const auto other = verifierAt(Now).verify(wrongMchid.headers, wrongMchid.body);
    QVERIFY(other.ok());
    QVERIFY(other->refund->mchid != m_id.mchid);
}

void TestNotificationFactory::alipayPaymentIsGenuine()
{
    SandboxNotify::Payment p = payment();
    p.subject = u"营销聊天诚意金 A+B 1/2&x=y"_s;
    const Notification n = m_factory->alipayPayment(p, Fault::None, Now);
    QCOMPARE(n.channel, PayWay::Alipay);
    QCOMPARE(n.route, u"/api/pay/aliNotify"_s);
    QCOMPARE(n.fault, Fault::None);
    QVERIFY(httpHeaderValue(n.headers, "Content-Type").startsWith("application/x-www-form-urlencoded"));
    // Alipay's encoding: '+' for a space, %XX for the rest, no raw reserved characters.
    QVERIFY(n.body.contains("subject=%E8%90%A5%E9%94%80%E8%81%8A%E5%A4%A9%E8%AF%9A%E6%84%8F%E9%87%91+A%2BB+1%2F2%26x%3Dy"));
    QVERIFY(n.body.contains("sign_type=RSA2"));

    const auto verified = m_id.alipayVerifier().verifyNotification(n.body);
    QVERIFY2(verified.ok(), qPrintable(verified.errorMessage()));
    const AlipayNotification &a = *verified;
    QCOMPARE(a.notifyId, n.eventId);
    QVERIFY2(QRegularExpression(u"^2026013000222[0-9]{21}$"_s).match(a.notifyId).hasMatch(), qPrintable(a.notifyId));
    QCOMPARE(a.appId, m_id.alipayAppId);
    QCOMPARE(a.value(u"auth_app_id"), m_id.alipayAppId);
    QCOMPARE(a.sellerId, m_id.alipaySellerId);
    QCOMPARE(a.outTradeNo, p.outTradeNo);
    QVERIFY2(QRegularExpression(u"^2026013022001[0-9]{15}$"_s).match(a.tradeNo).hasMatch(), qPrintable(a.tradeNo));
    QCOMPARE(a.tradeStatus, u"TRADE_SUCCESS"_s);
    QVERIFY(a.isPaid());
    QCOMPARE(a.totalAmount, std::optional<Money>(Money::fromFen(29)));
    QCOMPARE(a.value(u"subject"), p.subject);
    QCOMPARE(a.value(u"notify_time"), u"2026-01-30 12:34:57"_s);
    QCOMPARE(a.value(u"gmt_payment"), u"2026-01-30 12:34:56"_s);
    QCOMPARE(a.value(u"gmt_create"), u"2026-01-30 12:34:50"_s);
    QCOMPARE(a.value(u"notify_type"), u"trade_status_sync"_s);
    QCOMPARE(a.value(u"charset"), u"utf-8"_s);
    QCOMPARE(a.value(u"version"), u"1.0"_s);
    QCOMPARE(a.value(u"sign_type"), u"RSA2"_s);
    QCOMPARE(a.value(u"receipt_amount"), u"0.29"_s);
    QCOMPARE(a.value(u"buyer_pay_amount"), u"0.29"_s);
    QCOMPARE(a.value(u"invoice_amount"), u"0.29"_s);
    QCOMPARE(a.value(u"passback_params"), u"marketing_chat"_s);
    QVERIFY(a.value(u"buyer_id").startsWith(u"2088"));
    QCOMPARE(QJsonDocument::fromJson(a.value(u"fund_bill_list").toUtf8()).array().first().toObject().value(u"amount"_s).toString(),
             u"0.29"_s);

    // The default subject is the seed's remark.
    const Notification plain = m_factory->alipayPayment(payment(), Fault::None, Now);
    QCOMPARE(m_id.alipayVerifier().verifyNotification(plain.body)->value(u"subject"), u"营销聊天诚意金"_s);
}

void TestNotificationFactory::alipayFaults_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<Fault>("effective");
    QTest::addColumn<QString>("error"); // empty: verifies; "*": any rejection
    QTest::addColumn<QString>("total");
    QTest::addColumn<bool>("rightAppId");
    QTest::addColumn<bool>("rightSeller");
    QTest::addColumn<QString>("notifyTime");
    QTest::newRow("none") << Fault::None << Fault::None << QString() << u"0.29"_s << true << true << u"2026-01-30 12:34:57"_s;
    QTest::newRow("sign probe: WeChat only") << Fault::SignProbe << Fault::None << QString() << u"0.29"_s << true << true
                                             << u"2026-01-30 12:34:57"_s;
    QTest::newRow("unknown serial: WeChat only") << Fault::UnknownSerial << Fault::None << QString() << u"0.29"_s << true << true
                                                 << u"2026-01-30 12:34:57"_s;
    QTest::newRow("bad signature") << Fault::BadSignature << Fault::BadSignature << u"BAD_SIGNATURE"_s << QString() << true << true
                                   << QString();
    QTest::newRow("stale") << Fault::StaleTimestamp << Fault::StaleTimestamp << QString() << u"0.29"_s << true << true
                           << u"2026-01-30 12:24:57"_s;
    QTest::newRow("future") << Fault::FutureTimestamp << Fault::FutureTimestamp << QString() << u"0.29"_s << true << true
                            << u"2026-01-30 12:44:57"_s;
    QTest::newRow("tampered amount") << Fault::TamperedAmount << Fault::TamperedAmount << u"BAD_SIGNATURE"_s << QString() << true
                                     << true << QString();
    QTest::newRow("truncated body") << Fault::TruncatedBody << Fault::TruncatedBody << u"*"_s << QString() << true << true << QString();
    QTest::newRow("wrong amount") << Fault::WrongAmount << Fault::WrongAmount << QString() << u"0.30"_s << true << true
                                  << u"2026-01-30 12:34:57"_s;
    QTest::newRow("wrong app id") << Fault::WrongAppid << Fault::WrongAppid << QString() << u"0.29"_s << false << true
                                  << u"2026-01-30 12:34:57"_s;
    QTest::newRow("wrong seller") << Fault::WrongMchid << Fault::WrongMchid << QString() << u"0.29"_s << true << false
                                  << u"2026-01-30 12:34:57"_s;
}

void TestNotificationFactory::alipayFaults()
{
    QFETCH(Fault, fault);
    QFETCH(Fault, effective);
    QFETCH(QString, error);
    QFETCH(QString, total);
    QFETCH(bool, rightAppId);
    QFETCH(bool, rightSeller);
    QFETCH(QString, notifyTime);
    const Notification n = m_factory->alipayPayment(payment(), fault, Now);
    QCOMPARE(n.fault, effective);
    const auto verified = m_id.alipayVerifier().verifyNotification(n.body);
    if (error == u"*") {
        QVERIFY(!verified.ok());
    } else if (!error.isEmpty()) {
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().code, error);
    } else {
        QVERIFY2(verified.ok(), qPrintable(verified.errorMessage()));
        QCOMPARE(verified->value(u"total_amount"), total);
        QCOMPARE(verified->appId == m_id.alipayAppId, rightAppId);
        QCOMPARE(verified->value(u"auth_app_id") == m_id.alipayAppId, rightAppId);
        QCOMPARE(verified->sellerId == m_id.alipaySellerId, rightSeller);
        QCOMPARE(verified->value(u"notify_time"), notifyTime);
        QCOMPARE(verified->outTradeNo, u"MC202601301234561234"_s);
    }
    if (fault == Fault::TamperedAmount) {
        const auto fields = FormEncoding::decode(n.body);
        QVERIFY(fields);
        for (const auto &[k, v] : *fields)
            if (k == u"total_amount")
                QCOMPARE(v, u"0.29"_s);
        // The signature holds for the one-fen notification it was made for.
        FormEncoding::Fields one = n.signedFields;
        QVERIFY(m_id.alipayPlatformKey.publicKey().verifySha256(
            AlipaySigner::signContent(one, false),
            QByteArray::fromBase64(fields->last().second.toLatin1())));
    }
}

void TestNotificationFactory::resignedWeChat_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QString>("error");
    QTest::newRow("none") << Fault::None << QString();
    QTest::newRow("stale stays stale") << Fault::StaleTimestamp << u"STALE_TIMESTAMP"_s;
    QTest::newRow("tampered stays tampered") << Fault::TamperedAmount << u"BAD_SIGNATURE"_s;
    QTest::newRow("truncated stays truncated") << Fault::TruncatedBody << u"BAD_SIGNATURE"_s;
    QTest::newRow("forged stays forged") << Fault::BadSignature << u"BAD_SIGNATURE"_s;
}

void TestNotificationFactory::resignedWeChat()
{
    QFETCH(Fault, fault);
    QFETCH(QString, error);
    const Notification first = m_factory->weChatPayment(payment(), fault, Now);
    const qint64 later = Now + 3600; // the first attempt would be stale by now
    const Notification retry = m_factory->resigned(first, later);
    QCOMPARE(retry.eventId, first.eventId);
    QCOMPARE(retry.body, first.body);
    QCOMPARE(retry.fault, fault);
    QCOMPARE(retry.route, first.route);
    QVERIFY(httpHeaderValue(retry.headers, "Wechatpay-Nonce") != httpHeaderValue(first.headers, "Wechatpay-Nonce"));
    QVERIFY(httpHeaderValue(retry.headers, "Wechatpay-Signature") != httpHeaderValue(first.headers, "Wechatpay-Signature"));
    const qint64 expectedTs = later + (fault == Fault::StaleTimestamp ? -600 : 0);
    QCOMPARE(httpHeaderValue(retry.headers, "Wechatpay-Timestamp"), QByteArray::number(expectedTs));

    QCOMPARE(verifierAt(later).verify(first.headers, first.body).error().code, u"STALE_TIMESTAMP"_s);
    const auto verified = verifierAt(later).verify(retry.headers, retry.body);
    if (error.isEmpty()) {
        QVERIFY2(verified.ok(), qPrintable(verified.errorMessage()));
        QCOMPARE(verified->id, first.eventId);
        QCOMPARE(verified->transaction->totalFen, 29);
    } else {
        QCOMPARE(verified.error().code, error);
    }
}

void TestNotificationFactory::resignedAlipay()
{
    const Notification first = m_factory->alipayPayment(payment(), Fault::None, Now);
    const Notification retry = m_factory->resigned(first, Now + 240);
    QCOMPARE(retry.eventId, first.eventId);
    const auto a = m_id.alipayVerifier().verifyNotification(first.body);
    const auto b = m_id.alipayVerifier().verifyNotification(retry.body);
    QVERIFY(a.ok());
    QVERIFY2(b.ok(), qPrintable(b.errorMessage()));
    QCOMPARE(b->notifyId, a->notifyId);
    QCOMPARE(b->tradeNo, a->tradeNo);
    QCOMPARE(b->value(u"notify_time"), u"2026-01-30 12:38:57"_s);
    QCOMPARE(b->value(u"gmt_payment"), a->value(u"gmt_payment"));

    const Notification tampered = m_factory->alipayPayment(payment(), Fault::TamperedAmount, Now);
    const Notification tamperedRetry = m_factory->resigned(tampered, Now + 240);
    QCOMPARE(m_id.alipayVerifier().verifyNotification(tamperedRetry.body).error().code, u"BAD_SIGNATURE"_s);
}

void TestNotificationFactory::signaturesMatchOpenSslCli()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto file = [&dir](const QString &name) { return dir.filePath(name); };

    // Alipay: RSA-SHA256 over the sorted "k=v&…" content without sign and sign_type.
    const Notification alipay = m_factory->alipayPayment(payment(), Fault::None, Now);
    const auto fields = FormEncoding::decode(alipay.body);
    QVERIFY(fields);
    QByteArray signature;
    FormEncoding::Fields sorted;
    for (const auto &field : *fields) {
        if (field.first == u"sign")
            signature = QByteArray::fromBase64(field.second.toLatin1());
        else if (field.first != u"sign_type")
            sorted.append(field);
    }
    std::sort(sorted.begin(), sorted.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    QByteArray content;
    for (const auto &[k, v] : std::as_const(sorted))
        content += (content.isEmpty() ? "" : "&") + k.toUtf8() + '=' + v.toUtf8();
    QVERIFY(writeWholeFile(file(u"alipay.pub"_s), m_id.alipayPlatformKey.publicKey().toPem()));
    QVERIFY(writeWholeFile(file(u"alipay.sig"_s), signature));
    QVERIFY(writeWholeFile(file(u"alipay.txt"_s), content));
    const OpenSslRun alipayRun = runOpenSsl({u"dgst"_s, u"-sha256"_s, u"-verify"_s, file(u"alipay.pub"_s), u"-signature"_s,
                                             file(u"alipay.sig"_s), file(u"alipay.txt"_s)});
    QVERIFY2(alipayRun.exitCode == 0, alipayRun.err.constData());
    QVERIFY(alipayRun.out.contains("Verified OK"));

    // WeChat: over "timestamp\nnonce\nbody\n".
    const Notification wechat = m_factory->weChatPayment(payment(), Fault::None, Now);
    const QByteArray message = httpHeaderValue(wechat.headers, "Wechatpay-Timestamp") + '\n'
        + httpHeaderValue(wechat.headers, "Wechatpay-Nonce") + '\n' + wechat.body + '\n';
    QVERIFY(writeWholeFile(file(u"wechat.pub"_s), m_id.weChatPlatformKey.publicKey().toPem()));
    QVERIFY(writeWholeFile(file(u"wechat.sig"_s), QByteArray::fromBase64(httpHeaderValue(wechat.headers, "Wechatpay-Signature"))));
    QVERIFY(writeWholeFile(file(u"wechat.txt"_s), message));
    const OpenSslRun wechatRun = runOpenSsl({u"dgst"_s, u"-sha256"_s, u"-verify"_s, file(u"wechat.pub"_s), u"-signature"_s,
                                             file(u"wechat.sig"_s), file(u"wechat.txt"_s)});
    QVERIFY2(wechatRun.exitCode == 0, wechatRun.err.constData());

    // And the resource decrypts with the openssl-independent AES-GCM of the product.
    const QJsonObject resource = envelopeOf(wechat).value(u"resource"_s).toObject();
    QVERIFY(AesGcm::decrypt(m_id.apiV3Key, resource.value(u"nonce"_s).toString().toLatin1(), "transaction",
                            QByteArray::fromBase64(resource.value(u"ciphertext"_s).toString().toLatin1()))
                .ok());
}

QTEST_GUILESS_MAIN(TestNotificationFactory)
#include "tst_notificationfactory.moc"
