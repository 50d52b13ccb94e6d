#include "crypto/x509certificate.h"
#include "finance/refundservice.h"
#include "listener/notifyjournal.h"
#include "listener/notifylistener.h"
#include "orders/orderrepository.h"

#include "../channels/testnotifications.h"
#include "../crypto/opensslcli.h"
#include "channels/wechatpayv2.h"
#include "httptestclient.h"
#include "testdatabases.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 Now = 1769747696; // 2026-01-30T12:34:56+08:00
const QByteArray successAck = R"({"code":"SUCCESS","message":"成功"})"_ba;

enum class WeChatCase {
    Valid, SignProbe, WrongKey, UnknownSerial, Ts299Past, Ts299Future, Ts300Past, Ts300Future, TamperedBody,
    TamperedCiphertext, TamperedTag, WrongAad, WrongAppid, WrongMchid, UnknownOrder, AmountPlusOneFen,
    AmountMinusOneFen, NotPay, MalformedJson, WrongContentType, UnsupportedAlgorithm, TruncatedSn
};

enum class AlipayCase {
    Valid, TradeFinished, Tampered, OtherKey, WrongAppId, WrongSellerId, UnknownOrder, AmountPlusOneFen,
    WaitBuyerPay, MalformedForm, WrongContentType, SignTypeRsa
};
} // namespace

class TestNotifyListener final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void weChatVerdicts_data();
    void weChatVerdicts();
    void alipayVerdicts_data();
    void alipayVerdicts();
    void duplicateIsAcknowledgedWithoutSecondTransition_data();
    void duplicateIsAcknowledgedWithoutSecondTransition();
    void secondPaymentRaisesAlert();
    void orderIsNeverPaidWithoutItsJournalRow();
    void weChatRefundSuccessCompletesRefund_data();
    void weChatRefundSuccessCompletesRefund();
    void concurrentDuplicates_data();
    void concurrentDuplicates();
    void bodyOverLimitGets413();
    void limits();
    void slowClientDoesNotBlockOthers();
    void keepAliveServesSeveralRequests();
    void unknownRouteAndMethod();
    void legacyV2IsOptIn();
    void portInUseIsReported();

private:
    struct Fixture
    {
        Database db;
        std::unique_ptr<NotifyListener> listener;
    };
    Fixture &fixture(const QString &backend);
    NotifyConfig config() const;
    CreatedOrder newOrder(const Database &db, qint64 fen);
    static std::optional<Order> order(const Database &db, const QString &sn);
    static NotifyRecord newestJournalRow(const Database &db);

    TestDatabases m_dbs;
    std::map<QString, std::unique_ptr<Fixture>> m_fixtures;
    WeChatTestMerchant m_wechat;
    AlipayTestMerchant m_alipay;
    RsaPrivateKey m_otherKey;
};

void TestNotifyListener::initTestCase()
{
    m_wechat.platformKey = RsaPrivateKey::generate().value();
    m_alipay.alipayKey = RsaPrivateKey::generate().value();
    m_otherKey = RsaPrivateKey::generate().value();
}

NotifyConfig TestNotifyListener::config() const
{
    NotifyConfig c;
    c.wechat.mchid = m_wechat.mchid;
    c.wechat.appids = {m_wechat.appid, u"wx0000000000000002"_s};
    c.wechat.apiV3Key = m_wechat.apiV3Key;
    c.wechat.platformKeys.addPublicKey(m_wechat.platformSerial, m_wechat.platformKey.publicKey());
    c.alipay.appId = m_alipay.appId;
    c.alipay.sellerId = m_alipay.sellerId;
    c.alipay.alipayPublicKey = m_alipay.alipayKey.publicKey();
    return c;
}

TestNotifyListener::Fixture &TestNotifyListener::fixture(const QString &backend)
{
    auto &slot = m_fixtures[backend];
    if (!slot) {
        slot = std::make_unique<Fixture>();
        slot->db = m_dbs.createMigrated(backend);
        slot->listener = std::make_unique<NotifyListener>(slot->db, config());
        slot->listener->setClock([] { return Now; });
        const Status started = slot->listener->start(QHostAddress::LocalHost, 0);
        if (!started)
            qFatal("listener did not start: %s", qPrintable(started.errorMessage()));
    }
    return *slot;
}

CreatedOrder TestNotifyListener::newOrder(const Database &db, qint64 fen)
{
    OrderRepository orders(db);
    auto created = orders.create(Money::fromFen(fen), 7);
    if (!created)
        qFatal("cannot create order: %s", qPrintable(created.errorMessage()));
    return *created;
}

std::optional<Order> TestNotifyListener::order(const Database &db, const QString &sn)
{
    OrderRepository orders(db);
    auto found = orders.findBySn(sn);
    return found ? *found : std::nullopt;
}

NotifyRecord TestNotifyListener::newestJournalRow(const Database &db)
{
    NotifyJournal journal(db);
    auto rows = journal.recent(1);
    return rows && !rows->isEmpty() ? rows->first() : NotifyRecord{};
}

void TestNotifyListener::weChatVerdicts_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("which");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<bool>("paid");
    struct Row { const char *name; WeChatCase c; int status; const char *verdict; bool paid; };
    const Row rows[] = {
        {"valid", WeChatCase::Valid, 200, "applied", true},
        {"SIGNTEST probe", WeChatCase::SignProbe, 401, "sign_probe", false},
        {"signed with another key", WeChatCase::WrongKey, 401, "bad_signature", false},
        {"unknown serial", WeChatCase::UnknownSerial, 401, "unknown_serial", false},
        {"timestamp 299 s old", WeChatCase::Ts299Past, 200, "applied", true},
        {"timestamp 299 s ahead", WeChatCase::Ts299Future, 200, "applied", true},
        {"timestamp 300 s old", WeChatCase::Ts300Past, 401, "stale_timestamp", false},
        {"timestamp 300 s ahead", WeChatCase::Ts300Future, 401, "stale_timestamp", false},
        {"tampered body", WeChatCase::TamperedBody, 401, "bad_signature", false},
        {"tampered ciphertext", WeChatCase::TamperedCiphertext, 400, "decrypt_failed", false},
        {"tampered tag", WeChatCase::TamperedTag, 400, "decrypt_failed", false},
        {"wrong AAD", WeChatCase::WrongAad, 400, "decrypt_failed", false},
        {"wrong appid", WeChatCase::WrongAppid, 403, "wrong_merchant", false},
        {"wrong mchid", WeChatCase::WrongMchid, 403, "wrong_merchant", false},
        {"unknown order", WeChatCase::UnknownOrder, 404, "unknown_order", false},
        {"amount 1 fen more", WeChatCase::AmountPlusOneFen, 409, "amount_mismatch", false},
        {"amount 1 fen less", WeChatCase::AmountMinusOneFen, 409, "amount_mismatch", false},
        {"trade_state NOTPAY", WeChatCase::NotPay, 200, "not_paid", false},
        {"malformed JSON", WeChatCase::MalformedJson, 400, "malformed", false},
        {"wrong content type", WeChatCase::WrongContentType, 415, "wrong_content_type", false},
        {"unsupported algorithm", WeChatCase::UnsupportedAlgorithm, 400, "unsupported_algorithm", false},
        {"out_trade_no cut to 18 chars", WeChatCase::TruncatedSn, 404, "unknown_order", false},
    };
    for (const QString &backend : {u"sqlite"_s, u"mariadb"_s})
        for (const Row &r : rows)
            QTest::addRow("%s: %s", qPrintable(backend), r.name)
                << backend << int(r.c) << r.status << QString::fromLatin1(r.verdict) << r.paid;
}

void TestNotifyListener::weChatVerdicts()
{
    QFETCH(QString, backend);
    QFETCH(int, which);
    QFETCH(int, status);
    QFETCH(QString, verdict);
    QFETCH(bool, paid);
    MCPAY_REQUIRE_BACKEND(backend);
    Fixture &f = fixture(backend);
    const auto c = WeChatCase(which);
    const CreatedOrder created = newOrder(f.db, 29);
    QCOMPARE(created.orderSn.size(), 20);

    WeChatTransactionSpec t;
    t.outTradeNo = created.orderSn;
    t.totalFen = 29;
    t.transactionId = u"42000000002026013"_s + created.orderSn.right(8);
    WeChatNotifyOptions o;
    o.timestamp = Now;
    switch (c) {
    case WeChatCase::SignProbe: o.probe = true; break;
    case WeChatCase::WrongKey: o.signingKey = m_otherKey; break;
    case WeChatCase::UnknownSerial: o.serial = u"5157F09EFDC096DE15EBE81A47057A7232F1B8E1"_s; break;
    case WeChatCase::Ts299Past: o.timestamp = Now - 299; break;
    case WeChatCase::Ts299Future: o.timestamp = Now + 299; break;
    case WeChatCase::Ts300Past: o.timestamp = Now - 300; break;
    case WeChatCase::Ts300Future: o.timestamp = Now + 300; break;
    case WeChatCase::TamperedCiphertext: o.flipCiphertext = true; break;
    case WeChatCase::TamperedTag: o.flipTag = true; break;
    case WeChatCase::WrongAad: o.decryptAad = "refund"; break;
    case WeChatCase::WrongAppid: t.appid = u"wx9999999999999999"_s; break;
    case WeChatCase::WrongMchid: t.mchid = u"1900000999"_s; break;
    case WeChatCase::UnknownOrder: t.outTradeNo = u"MC209912312359599999"_s; break;
    case WeChatCase::AmountPlusOneFen: t.totalFen = 30; break;
    case WeChatCase::AmountMinusOneFen: t.totalFen = 28; break;
    case WeChatCase::NotPay: t.tradeState = u"NOTPAY"_s; break;
    case WeChatCase::UnsupportedAlgorithm: o.algorithm = u"AEAD_SM4_GCM"_s; break;
    case WeChatCase::TruncatedSn: t.outTradeNo = created.orderSn.left(18); break;
    default: break;
    }
    TestHttpRequest r = c == WeChatCase::MalformedJson ? signWeChatBody(m_wechat, R"({"event_type":"TRANSACTION.SUCCESS",)"_ba, o)
                                                       : makeWeChatNotification(m_wechat, t, o);
    if (c == WeChatCase::TamperedBody)
        r.body.replace("\"summary\"", "\"SUMMARY\"");
    if (c == WeChatCase::WrongContentType)
        r.headers[0].second = "text/plain";
    r.headers.append(qMakePair("Authorization"_ba, "Bearer must-not-be-journaled"_ba));

    QCoreApplication::sendPostedEvents(); // signals of earlier rows
    QSignalSpy handled(f.listener.get(), &NotifyListener::notificationHandled);
    QSignalSpy paidSpy(f.listener.get(), &NotifyListener::orderPaid);
    const TestHttpResponse response = httpRoundTrip(f.listener->serverPort(),
                                                    buildHttpRequest("/api/pay/notifyMnp", r.headers, r.body));
    QVERIFY(response.complete);
    QCOMPARE(response.status, status);
    if (status == 200) {
        QCOMPARE(response.body, successAck);
    } else {
        const QJsonObject ack = QJsonDocument::fromJson(response.body).object();
        QCOMPARE(ack.value(u"code"_s).toString(), u"FAIL"_s);
        QCOMPARE(ack.value(u"message"_s).toString(), verdict);
    }

    // The journal row is written before the answer.
    const NotifyRecord row = newestJournalRow(f.db);
    QCOMPARE(notifyVerdictKey(row.verdict), verdict);
    QCOMPARE(row.httpStatus, status);
    QCOMPARE(row.channel, u"wechat"_s);
    QCOMPARE(row.route, u"/api/pay/notifyMnp"_s);
    QCOMPARE(row.transitioned, paid);
    QCOMPARE(row.body, r.body);
    QVERIFY(row.headersJson.contains("Wechatpay-Serial"));
    QVERIFY(!row.headersJson.contains("must-not-be-journaled"));
    QVERIFY(row.latencyUs > 0);
    if (row.verdict == NotifyVerdict::Applied || row.verdict == NotifyVerdict::AmountMismatch)
        QCOMPARE(row.orderSn, t.outTradeNo);

    const auto after = order(f.db, created.orderSn);
    QVERIFY(after);
    QCOMPARE(after->isPaid(), paid);
    if (paid) {
        QCOMPARE(after->transactionId, t.transactionId);
        QCOMPARE(after->payWay, PayWay::WeChat);
        QCOMPARE(after->payTime, 1769747696); // success_time 2026-01-30T12:34:56+08:00
    } else {
        QVERIFY(after->transactionId.isEmpty());
    }

    QTRY_COMPARE(handled.size(), 1);
    QCOMPARE(notifyVerdictKey(handled.first().first().value<NotifyRecord>().verdict), verdict);
    QCOMPARE(paidSpy.size(), paid ? 1 : 0);
    if (paid)
        QCOMPARE(paidSpy.first().first().toString(), created.orderSn);

    if (c == WeChatCase::AmountPlusOneFen || c == WeChatCase::AmountMinusOneFen) {
        const auto alerts = NotifyJournal(f.db).openAlerts();
        QVERIFY(alerts.ok());
        QVERIFY(!alerts->isEmpty());
        QCOMPARE(alerts->first().kind, u"amount_mismatch"_s);
        QCOMPARE(alerts->first().orderSn, created.orderSn);
        QCOMPARE(alerts->first().expectedFen, 29);
        QCOMPARE(alerts->first().notifiedFen, t.totalFen);
    }
}

void TestNotifyListener::alipayVerdicts_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("which");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<bool>("paid");
    struct Row { const char *name; AlipayCase c; int status; const char *verdict; bool paid; };
    const Row rows[] = {
        {"valid", AlipayCase::Valid, 200, "applied", true},
        {"TRADE_FINISHED", AlipayCase::TradeFinished, 200, "applied", true},
        {"tampered amount", AlipayCase::Tampered, 401, "bad_signature", false},
        {"signed with another key", AlipayCase::OtherKey, 401, "bad_signature", false},
        {"wrong app_id", AlipayCase::WrongAppId, 403, "wrong_merchant", false},
        {"wrong seller_id", AlipayCase::WrongSellerId, 403, "wrong_merchant", false},
        {"unknown order", AlipayCase::UnknownOrder, 404, "unknown_order", false},
        {"amount 1 fen more", AlipayCase::AmountPlusOneFen, 409, "amount_mismatch", false},
        {"WAIT_BUYER_PAY", AlipayCase::WaitBuyerPay, 200, "not_paid", false},
        {"malformed form", AlipayCase::MalformedForm, 400, "malformed", false},
        {"wrong content type", AlipayCase::WrongContentType, 415, "wrong_content_type", false},
        {"sign_type RSA", AlipayCase::SignTypeRsa, 400, "unsupported_algorithm", false},
    };
    for (const QString &backend : {u"sqlite"_s, u"mariadb"_s})
        for (const Row &r : rows)
            QTest::addRow("%s: %s", qPrintable(backend), r.name)
                << backend << int(r.c) << r.status << QString::fromLatin1(r.verdict) << r.paid;
}

void TestNotifyListener::alipayVerdicts()
{
    QFETCH(QString, backend);
    QFETCH(int, which);
    QFETCH(int, status);
    QFETCH(QString, verdict);
    QFETCH(bool, paid);
    MCPAY_REQUIRE_BACKEND(backend);
    Fixture &f = fixture(backend);
    const auto c = AlipayCase(which);
    const CreatedOrder created = newOrder(f.db, 29);

    QString sn = created.orderSn;
    QString amount = u"0.29"_s;
    QString tradeStatus = u"TRADE_SUCCESS"_s;
    if (c == AlipayCase::UnknownOrder)
        sn = u"MC209912312359599998"_s;
    if (c == AlipayCase::AmountPlusOneFen)
        amount = u"0.30"_s;
    if (c == AlipayCase::WaitBuyerPay)
        tradeStatus = u"WAIT_BUYER_PAY"_s;
    if (c == AlipayCase::TradeFinished)
        tradeStatus = u"TRADE_FINISHED"_s;
    auto fields = alipayPaidFields(m_alipay, sn, amount, tradeStatus);
    for (auto &[k, v] : fields) {
        if (c == AlipayCase::WrongAppId && k == u"app_id")
            v = u"2021000000000099"_s;
        if (c == AlipayCase::WrongSellerId && k == u"seller_id")
            v = u"2088000000000099"_s;
        if (c == AlipayCase::SignTypeRsa && k == u"sign_type")
            v = u"RSA"_s;
        if (k == u"trade_no")
            v = u"20260130220014"_s + created.orderSn.right(8);
    }
    QByteArray body = alipaySignedBody(c == AlipayCase::OtherKey ? m_otherKey : m_alipay.alipayKey, fields);
    if (c == AlipayCase::Tampered)
        body.replace("total_amount=0.29", "total_amount=0.01");
    if (c == AlipayCase::MalformedForm)
        body = "out_trade_no=%ZZ&sign=abc";
    const QByteArray type = c == AlipayCase::WrongContentType ? "application/json"_ba
                                                              : "application/x-www-form-urlencoded; charset=utf-8"_ba;

    const TestHttpResponse response = httpRoundTrip(
        f.listener->serverPort(), buildHttpRequest("/api/pay/aliNotify", {{"Content-Type", type}}, body));
    QVERIFY(response.complete);
    QCOMPARE(response.status, status);
    QCOMPARE(response.body, status == 200 ? "success"_ba : "fail"_ba);

    const NotifyRecord row = newestJournalRow(f.db);
    QCOMPARE(notifyVerdictKey(row.verdict), verdict);
    QCOMPARE(row.channel, u"alipay"_s);
    QCOMPARE(row.transitioned, paid);
    QCOMPARE(row.body, body);

    const auto after = order(f.db, created.orderSn);
    QVERIFY(after);
    QCOMPARE(after->isPaid(), paid);
    if (paid) {
        QCOMPARE(after->payWay, PayWay::Alipay);
        QCOMPARE(after->transactionId, u"20260130220014"_s + created.orderSn.right(8));
        QCOMPARE(after->payTime, 1769747696); // gmt_payment 2026-01-30 12:34:56 (GMT+8)
    }
}

void TestNotifyListener::duplicateIsAcknowledgedWithoutSecondTransition_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

void TestNotifyListener::duplicateIsAcknowledgedWithoutSecondTransition()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    Fixture &f = fixture(backend);
    const CreatedOrder created = newOrder(f.db, 199);
    WeChatTransactionSpec t;
    t.outTradeNo = created.orderSn;
    t.totalFen = 199;
    WeChatNotifyOptions o;
    o.timestamp = Now;
    const TestHttpRequest r = makeWeChatNotification(m_wechat, t, o);
    const QByteArray request = buildHttpRequest("/api/pay/notifyOa", r.headers, r.body);

    const auto first = httpRoundTrip(f.listener->serverPort(), request);
    QCOMPARE(first.status, 200);
    QCOMPARE(newestJournalRow(f.db).verdict, NotifyVerdict::Applied);
    const qint64 updateTime = order(f.db, created.orderSn)->updateTime;

    const auto second = httpRoundTrip(f.listener->serverPort(), request);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.body, successAck);
    const NotifyRecord row = newestJournalRow(f.db);
    QCOMPARE(row.verdict, NotifyVerdict::Duplicate);
    QVERIFY(!row.transitioned);
    QCOMPARE(row.route, u"/api/pay/notifyOa"_s);
    const auto after = order(f.db, created.orderSn);
    QVERIFY(after->isPaid());
    QCOMPARE(after->updateTime, updateTime);

    // Alipay retries carry the same notify_id: same answer, no second transition.
    const CreatedOrder ali = newOrder(f.db, 29);
    const QByteArray body = alipaySignedBody(m_alipay.alipayKey, alipayPaidFields(m_alipay, ali.orderSn, u"0.29"_s));
    const QByteArray aliRequest = buildHttpRequest("/api/pay/aliNotify", {{"Content-Type", "application/x-www-form-urlencoded"}}, body);
    QCOMPARE(httpRoundTrip(f.listener->serverPort(), aliRequest).body, "success"_ba);
    QCOMPARE(httpRoundTrip(f.listener->serverPort(), aliRequest).body, "success"_ba);
    const auto rows = NotifyJournal(f.db).forOrder(ali.orderSn);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 2);
    QVERIFY(rows->at(0).transitioned);
    QVERIFY(!rows->at(1).transitioned);
    QCOMPARE(rows->at(1).verdict, NotifyVerdict::Duplicate);
}

void TestNotifyListener::secondPaymentRaisesAlert()
{
    Fixture &f = fixture(u"sqlite"_s);
    const CreatedOrder created = newOrder(f.db, 50);
    WeChatTransactionSpec t;
    t.outTradeNo = created.orderSn;
    t.totalFen = 50;
    t.transactionId = u"4200000000000000000000000001"_s;
    WeChatNotifyOptions o;
    o.timestamp = Now;
    auto r = makeWeChatNotification(m_wechat, t, o);
    QCOMPARE(httpRoundTrip(f.listener->serverPort(), buildHttpRequest("/api/pay/notifyMnp", r.headers, r.body)).status, 200);
    t.transactionId = u"4200000000000000000000000002"_s;
    r = makeWeChatNotification(m_wechat, t, o);
    QCOMPARE(httpRoundTrip(f.listener->serverPort(), buildHttpRequest("/api/pay/notifyMnp", r.headers, r.body)).status, 200);
    QCOMPARE(newestJournalRow(f.db).verdict, NotifyVerdict::Duplicate);
    QCOMPARE(order(f.db, created.orderSn)->transactionId, u"4200000000000000000000000001"_s);
    const auto alerts = NotifyJournal(f.db).openAlerts();
    QVERIFY(alerts.ok() && !alerts->isEmpty());
    QCOMPARE(alerts->first().kind, u"duplicate_payment"_s);
    QCOMPARE(alerts->first().transactionId, u"4200000000000000000000000002"_s);
}

void TestNotifyListener::orderIsNeverPaidWithoutItsJournalRow()
{
    // The journal row is written in the transaction that marks the order paid: when it
    // cannot be written, the order stays unpaid and the channel gets a 5xx to retry.
    const Database db = m_dbs.createMigrated(u"sqlite"_s);
    NotifyListener listener(db, config());
    listener.setClock([] { return Now; });
    QVERIFY(listener.start(QHostAddress::LocalHost, 0).ok());
    const CreatedOrder created = newOrder(db, 88);
    WeChatTransactionSpec t;
    t.outTradeNo = created.orderSn;
    t.totalFen = 88;
    WeChatNotifyOptions o;
    o.timestamp = Now;
    const TestHttpRequest r = makeWeChatNotification(m_wechat, t, o);
    const QByteArray request = buildHttpRequest("/api/pay/notifyMnp", r.headers, r.body);

    const QString journal = db.table(u"mcpay_notify_journal");
    QSqlQuery q(*db.connection());
    QVERIFY(q.exec(u"ALTER TABLE "_s + journal + u" RENAME TO mcpay_journal_away"_s));
    const auto failed = httpRoundTrip(listener.serverPort(), request);
    QCOMPARE(failed.status, 500);
    QVERIFY(!order(db, created.orderSn)->isPaid());

    QVERIFY(q.exec(u"ALTER TABLE mcpay_journal_away RENAME TO "_s + journal));
    const auto retried = httpRoundTrip(listener.serverPort(), request);
    QCOMPARE(retried.status, 200);
    QCOMPARE(retried.body, successAck);
    QVERIFY(order(db, created.orderSn)->isPaid());
    const auto rows = NotifyJournal(db).forOrder(created.orderSn);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().verdict, NotifyVerdict::Applied);
    QVERIFY(rows->first().transitioned);
    QCOMPARE(rows->first().httpStatus, 200);
    listener.stop(0);
}

void TestNotifyListener::weChatRefundSuccessCompletesRefund_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

void TestNotifyListener::weChatRefundSuccessCompletesRefund()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    Fixture &f = fixture(backend);
    const CreatedOrder created = newOrder(f.db, 300);
    const QString transactionId = u"4200000000000000000000000300"_s;
    QVERIFY(OrderRepository(f.db).markPaid(created.orderId, {transactionId, PayWay::WeChat, Now}).ok());

    RefundRequest refundRequest;
    refundRequest.orderSn = created.orderSn;
    refundRequest.amount = Money::fromFen(120);
    refundRequest.reason = RefundReason::RequestedByCustomer;
    refundRequest.actor = AuditActor{u"alice"_s, u"finance"_s};
    RefundService refunds(f.db);
    const auto prepared = refunds.prepare(refundRequest);
    QVERIFY2(prepared.ok(), qPrintable(prepared.errorMessage()));
    QCOMPARE(prepared->refund.status, RefundStatus::Pending);
    const QString outRefundNo = prepared->refund.outRefundNo;

    const QJsonObject refund{{u"mchid"_s, m_wechat.mchid},
                             {u"transaction_id"_s, transactionId},
                             {u"out_trade_no"_s, created.orderSn},
                             {u"refund_id"_s, u"50300000000000000000000001"_s},
                             {u"out_refund_no"_s, outRefundNo},
                             {u"refund_status"_s, u"SUCCESS"_s},
                             {u"success_time"_s, u"2026-01-30T12:40:00+08:00"_s},
                             {u"user_received_account"_s, u"支付用户零钱"_s},
                             {u"amount"_s, QJsonObject{{u"total"_s, 300}, {u"refund"_s, 120}, {u"payer_total"_s, 300},
                                                       {u"payer_refund"_s, 120}}}};
    WeChatNotifyOptions o;
    o.timestamp = Now;
    o.eventType = u"REFUND.SUCCESS"_s;
    o.associatedData = "refund";
    const TestHttpRequest r = signWeChatBody(
        m_wechat, weChatEnvelope(m_wechat, QJsonDocument(refund).toJson(QJsonDocument::Compact), o), o);
    const auto reply = httpRoundTrip(f.listener->serverPort(), buildHttpRequest("/api/pay/notifyMnp", r.headers, r.body));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, successAck);

    const auto stored = refunds.find(outRefundNo);
    QVERIFY2(stored.ok() && stored->has_value(), qPrintable(stored.errorMessage()));
    QCOMPARE((*stored)->status, RefundStatus::Success);
    QCOMPARE((*stored)->finishedAtMs,
             std::optional<qint64>(QDateTime::fromString(u"2026-01-30T12:40:00+08:00"_s, Qt::ISODate).toMSecsSinceEpoch()));
    const NotifyRecord row = newestJournalRow(f.db);
    QCOMPARE(row.verdict, NotifyVerdict::RefundRecorded);
    QCOMPARE(row.orderSn, created.orderSn);
    QCOMPARE(row.httpStatus, 200);
    QVERIFY(!row.transitioned);
    // The payment itself is untouched.
    QVERIFY(order(f.db, created.orderSn)->isPaid());
}

void TestNotifyListener::concurrentDuplicates_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

void TestNotifyListener::concurrentDuplicates()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    Fixture &f = fixture(backend);
    const CreatedOrder created = newOrder(f.db, 29);
    WeChatTransactionSpec t;
    t.outTradeNo = created.orderSn;
    t.totalFen = 29;
    WeChatNotifyOptions o;
    o.timestamp = Now;
    const TestHttpRequest r = makeWeChatNotification(m_wechat, t, o);
    const QByteArray request = buildHttpRequest("/api/pay/notifyMnp", r.headers, r.body);

    constexpr int count = 50;
    QCoreApplication::sendPostedEvents();
    QSignalSpy paidSpy(f.listener.get(), &NotifyListener::orderPaid);
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    QList<TestHttpResponse> responses;
    std::vector<QByteArray> buffers(count);
    for (int i = 0; i < count; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *s = socket.get();
        connect(s, &QTcpSocket::connected, this, [s, request] { s->write(request); });
        connect(s, &QTcpSocket::readyRead, this, [s, i, &buffers, &responses] {
            buffers[i] += s->readAll();
            TestHttpResponse response;
            if (parseHttpResponse(buffers[i], &response))
                responses.append(response);
        });
        sockets.push_back(std::move(socket));
    }
    for (auto &s : sockets)
        s->connectToHost(QHostAddress::LocalHost, f.listener->serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(responses.size(), count, 60000);
    for (const TestHttpResponse &response : std::as_const(responses)) {
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, successAck);
    }
    const auto rows = NotifyJournal(f.db).forOrder(created.orderSn);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), count);
    int transitions = 0;
    for (const NotifyRecord &row : *rows)
        transitions += row.transitioned ? 1 : 0;
    QCOMPARE(transitions, 1);
    QVERIFY(order(f.db, created.orderSn)->isPaid());
    QCoreApplication::sendPostedEvents();
    const auto paidSignals = std::count_if(paidSpy.cbegin(), paidSpy.cend(), [&](const QList<QVariant> &args) {
        return args.first().toString() == created.orderSn;
    });
    QCOMPARE(paidSignals, 1);
}

void TestNotifyListener::bodyOverLimitGets413()
{
    Fixture &f = fixture(u"sqlite"_s);
    const CreatedOrder created = newOrder(f.db, 29);
    // The head announces 65 KiB: refused before the body is read.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, f.listener->serverPort());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray body(65 * 1024, 'x');
    const QByteArray request = buildHttpRequest("/api/pay/notifyMnp", {{"Content-Type", "application/json"}}, body);
    socket.write(request.left(request.indexOf("\r\n\r\n") + 4));
    QByteArray buffer;
    const TestHttpResponse response = waitForHttpResponse(socket, buffer);
    QCOMPARE(response.status, 413);
    QVERIFY(response.headers.contains("Connection: close"));
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    const NotifyRecord row = newestJournalRow(f.db);
    QCOMPARE(row.verdict, NotifyVerdict::TooLarge);
    QCOMPARE(row.httpStatus, 413);
    QVERIFY(row.body.isEmpty());
    QVERIFY(!order(f.db, created.orderSn)->isPaid());

    // Exactly 64 KiB is read and judged (here: not a valid notification).
    const QByteArray atLimit = buildHttpRequest("/api/pay/notifyMnp", {{"Content-Type", "application/json"}},
                                                QByteArray(64 * 1024, ' '));
    QCOMPARE(httpRoundTrip(f.listener->serverPort(), atLimit).status, 400);
}

void TestNotifyListener::limits()
{
    const Database db = m_dbs.createMigrated(u"sqlite"_s);
    NotifyListener listener(db, config());
    NotifyLimits limits;
    limits.maxConnections = 4;
    limits.idleTimeoutMs = 400;
    limits.maxHeadBytes = 4096;
    listener.setLimits(limits);
    QVERIFY(listener.start(QHostAddress::LocalHost, 0).ok());

    // Idle connections are closed.
    QTcpSocket idle;
    idle.connectToHost(QHostAddress::LocalHost, listener.serverPort());
    QVERIFY(idle.waitForConnected(5000));
    QTRY_COMPARE_WITH_TIMEOUT(idle.state(), QAbstractSocket::UnconnectedState, 10000);

    // Connection cap: the fifth concurrent connection gets 503.
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 4; ++i) {
        held.push_back(std::make_unique<QTcpSocket>());
        held.back()->connectToHost(QHostAddress::LocalHost, listener.serverPort());
        QVERIFY(held.back()->waitForConnected(5000));
        held.back()->write("POST /api/pay/notifyMnp HTTP/1.1\r\n"); // incomplete head keeps it busy
        QVERIFY(held.back()->waitForBytesWritten(5000));
    }
    QTcpSocket fifth;
    fifth.connectToHost(QHostAddress::LocalHost, listener.serverPort());
    QVERIFY(fifth.waitForConnected(5000));
    QByteArray buffer;
    const TestHttpResponse refused = waitForHttpResponse(fifth, buffer);
    QCOMPARE(refused.status, 503);
    held.clear();

    // Oversized heads get 431.
    QTRY_VERIFY_WITH_TIMEOUT(httpRoundTrip(listener.serverPort(),
                                           buildHttpRequest("/api/pay/notifyMnp", {{"X-Filler", QByteArray(5000, 'a')}}, {}))
                                     .status
                                 == 431,
                             10000);
    // Chunked bodies are refused.
    const QByteArray chunked = "POST /api/pay/notifyMnp HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n";
    QCOMPARE(httpRoundTrip(listener.serverPort(), chunked).status, 411);
    // Garbage request line.
    QCOMPARE(httpRoundTrip(listener.serverPort(), "HELLO\r\n\r\n").status, 400);
    listener.stop();
}

void TestNotifyListener::slowClientDoesNotBlockOthers()
{
    Fixture &f = fixture(u"sqlite"_s);
    // A client that sent half a request and stalls.
    QTcpSocket slow;
    slow.connectToHost(QHostAddress::LocalHost, f.listener->serverPort());
    QVERIFY(slow.waitForConnected(5000));
    slow.write("POST /api/pay/notifyMnp HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"id\":");
    QVERIFY(slow.waitForBytesWritten(5000));

    const CreatedOrder created = newOrder(f.db, 29);
    WeChatTransactionSpec t;
    t.outTradeNo = created.orderSn;
    t.totalFen = 29;
    WeChatNotifyOptions o;
    o.timestamp = Now;
    const auto r = makeWeChatNotification(m_wechat, t, o);
    const auto response = httpRoundTrip(f.listener->serverPort(), buildHttpRequest("/api/pay/notifyMnp", r.headers, r.body));
    QCOMPARE(response.status, 200);
    QVERIFY(order(f.db, created.orderSn)->isPaid());
    QCOMPARE(slow.state(), QAbstractSocket::ConnectedState);
}

void TestNotifyListener::keepAliveServesSeveralRequests()
{
    Fixture &f = fixture(u"sqlite"_s);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, f.listener->serverPort());
    QVERIFY(socket.waitForConnected(5000));
    QList<CreatedOrder> orders;
    QByteArray pipelined;
    for (int i = 0; i < 3; ++i) {
        orders.append(newOrder(f.db, 29 + i));
        WeChatTransactionSpec t;
        t.outTradeNo = orders.last().orderSn;
        t.totalFen = 29 + i;
        WeChatNotifyOptions o;
        o.timestamp = Now;
        const auto r = makeWeChatNotification(m_wechat, t, o);
        pipelined += buildHttpRequest("/api/pay/notifyMnp", r.headers, r.body);
    }
    socket.write(pipelined);
    QByteArray buffer;
    for (int i = 0; i < 3; ++i) {
        const TestHttpResponse response = waitForHttpResponse(socket, buffer);
        QCOMPARE(response.status, 200);
        QVERIFY(response.headers.contains("Connection: keep-alive"));
    }
    for (const CreatedOrder &o : orders)
        QVERIFY(order(f.db, o.orderSn)->isPaid());
}

void TestNotifyListener::unknownRouteAndMethod()
{
    Fixture &f = fixture(u"sqlite"_s);
    const qint64 before = newestJournalRow(f.db).id;
    QCOMPARE(httpRoundTrip(f.listener->serverPort(), buildHttpRequest("/api/pay/other", {}, "x")).status, 404);
    QCOMPARE(httpRoundTrip(f.listener->serverPort(), buildHttpRequest("/api/pay/notifyMnp", {}, {}, "GET")).status, 405);
    QCOMPARE(newestJournalRow(f.db).id, before);
}

void TestNotifyListener::legacyV2IsOptIn()
{
    const Database db = m_dbs.createMigrated(u"sqlite"_s);
    NotifyConfig c = config();
    c.wechat.v2ApiKey = "192006250b4c09247ec02edce69f6a2d";
    NotifyListener listener(db, c);
    QVERIFY(listener.start(QHostAddress::LocalHost, 0).ok());
    const CreatedOrder created = newOrder(db, 29);
    QMap<QString, QString> p{{u"return_code"_s, u"SUCCESS"_s}, {u"result_code"_s, u"SUCCESS"_s},
                             {u"appid"_s, m_wechat.appid}, {u"mch_id"_s, m_wechat.mchid},
                             {u"nonce_str"_s, u"ibuaiVcKdpRxkhJA"_s}, {u"out_trade_no"_s, created.orderSn},
                             {u"total_fee"_s, u"29"_s}, {u"transaction_id"_s, u"4200000001"_s},
                             {u"time_end"_s, u"20260130123456"_s}};
    p.insert(u"sign"_s, QString::fromLatin1(WeChatPayV2::sign(p, c.wechat.v2ApiKey, WeChatPayV2::SignType::Md5)));
    const QByteArray request = buildHttpRequest("/api/pay/notifyOa", {{"Content-Type", "text/xml"}}, WeChatPayV2::toXml(p));

    QCOMPARE(httpRoundTrip(listener.serverPort(), request).status, 415);
    QVERIFY(!order(db, created.orderSn)->isPaid());

    c.wechat.legacyV2 = true;
    listener.setConfig(c);
    const auto response = httpRoundTrip(listener.serverPort(), request);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, WeChatPayV2::successReply());
    QVERIFY(order(db, created.orderSn)->isPaid());
    QCOMPARE(order(db, created.orderSn)->payTime, 1769747696);
    QCOMPARE(newestJournalRow(db).channel, u"wechat_v2"_s);
    listener.stop();
}

void TestNotifyListener::portInUseIsReported()
{
    Fixture &f = fixture(u"sqlite"_s);
    NotifyListener second(f.db, config());
    const Status status = second.start(QHostAddress::LocalHost, f.listener->serverPort());
    QVERIFY(!status.ok());
    QVERIFY(status.errorMessage().contains(QString::number(f.listener->serverPort())));
    QVERIFY(!second.isRunning());
}

QTEST_GUILESS_MAIN(TestNotifyListener)
#include "tst_notifylistener.moc"
