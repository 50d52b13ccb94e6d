#include "notificationfactory.h"

#include "crypto/aesgcm.h"
#include "crypto/securerandom.h"
#include "sandboxledger.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <functional>

using namespace Qt::StringLiterals;

namespace SandboxNotify {

namespace {

constexpr qint64 TimestampShiftSeconds = 600; // Stale/FutureTimestamp: 10 minutes
const QString routeMiniProgram = u"/api/pay/notifyMnp"_s;
const QString routeOfficialAccount = u"/api/pay/notifyOa"_s;
const QString routeAlipay = u"/api/pay/aliNotify"_s;

struct FaultInfo
{
    Fault fault;
    QLatin1StringView key;
};

constexpr FaultInfo faultTable[] = {
    {Fault::None, QLatin1StringView("none")},
    {Fault::SignProbe, QLatin1StringView("sign-probe")},
    {Fault::BadSignature, QLatin1StringView("bad-signature")},
    {Fault::StaleTimestamp, QLatin1StringView("stale-timestamp")},
    {Fault::FutureTimestamp, QLatin1StringView("future-timestamp")},
    {Fault::UnknownSerial, QLatin1StringView("unknown-serial")},
    {Fault::TamperedAmount, QLatin1StringView("tampered-amount")},
    {Fault::WrongAmount, QLatin1StringView("wrong-amount")},
    {Fault::WrongAppid, QLatin1StringView("wrong-appid")},
    {Fault::WrongMchid, QLatin1StringView("wrong-mchid")},
    {Fault::TruncatedBody, QLatin1StringView("truncated-body")},
};

const QTimeZone &chinaTime()
{
    static const QTimeZone zone(8 * 3600);
    return zone;
}

qint64 currentTime(qint64 now)
{
    return now > 0 ? now : QDateTime::currentSecsSinceEpoch();
}

// RFC 3339 in China time, as WeChat Pay writes times: 2026-01-30T12:34:56+08:00.
QString rfc3339(const QDateTime &time)
{
    return time.toTimeZone(chinaTime()).toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"+08:00"_s;
}

// "yyyy-MM-dd HH:mm:ss" in China time, as Alipay writes times.
QString alipayTime(const QDateTime &time)
{
    return time.toTimeZone(chinaTime()).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString chinaDate(const QDateTime &time)
{
    return time.toTimeZone(chinaTime()).toString(u"yyyyMMdd"_s);
}

// A key nobody has configured: what a forger signs with.
const RsaPrivateKey &strangerKey()
{
    static const RsaPrivateKey key = [] {
        auto generated = RsaPrivateKey::generate(2048);
        return generated ? *generated : RsaPrivateKey();
    }();
    return key;
}

QString otherThan(const QString &value, const std::function<QString()> &make)
{
    QString other;
    do {
        other = make();
    } while (other == value);
    return other;
}

QString otherAppid(const QString &appid)
{
    return otherThan(appid, []() -> QString { return u"wx"_s + QString::fromLatin1(SecureRandom::bytes(8).toHex()); });
}

QString otherMchid(const QString &mchid)
{
    return otherThan(mchid, []() -> QString { return u"19"_s + SecureRandom::digits(8); });
}

// The amount the signature covers under TamperedAmount.
Money tamperedSignedAmount(Money amount)
{
    return Money::fromFen(amount.fen() == 1 ? 2 : 1);
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The envelope WeChat Pay posts: the resource encrypted with AES-256-GCM under the APIv3
// key, a 12-character nonce, associated data naming the resource type.
QByteArray weChatEnvelope(const SandboxIdentity &identity, const QString &id, const QString &createTime,
                          const QString &eventType, const QString &summary, const QString &originalType,
                          const QByteArray &plaintext)
{
    const QByteArray nonce = SecureRandom::nonceString(12).toLatin1();
    const QByteArray aad = originalType.toLatin1();
    const auto ciphertext = AesGcm::encrypt(identity.apiV3Key, nonce, aad, plaintext);
    const QJsonObject resource{{u"original_type"_s, originalType},
                               {u"algorithm"_s, u"AEAD_AES_256_GCM"_s},
                               {u"ciphertext"_s, QString::fromLatin1(ciphertext ? ciphertext->toBase64() : QByteArray())},
                               {u"associated_data"_s, originalType},
                               {u"nonce"_s, QString::fromLatin1(nonce)}};
    const QJsonObject envelope{{u"id"_s, id},
                               {u"create_time"_s, createTime},
                               {u"resource_type"_s, u"encrypt-resource"_s},
                               {u"event_type"_s, eventType},
                               {u"summary"_s, summary},
                               {u"resource"_s, resource}};
    return compact(envelope);
}

// The Wechatpay-* headers of one delivery attempt over `signedBody`.
HttpHeaderList weChatHeaders(const SandboxIdentity &identity, const QByteArray &signedBody, Fault fault, qint64 now)
{
    qint64 timestamp = currentTime(now);
    if (fault == Fault::StaleTimestamp)
        timestamp -= TimestampShiftSeconds;
    else if (fault == Fault::FutureTimestamp)
        timestamp += TimestampShiftSeconds;
    const QByteArray ts = QByteArray::number(timestamp);
    const QByteArray nonce = SecureRandom::nonceString(32).toLatin1();
    const QByteArray message = ts + '\n' + nonce + '\n' + signedBody + '\n';

    QByteArray signature;
    if (fault == Fault::SignProbe) {
        signature = "WECHATPAY/SIGNTEST/" + SecureRandom::bytes(256).toBase64();
    } else {
        const RsaPrivateKey &key = fault == Fault::BadSignature ? strangerKey() : identity.weChatPlatformKey;
        const auto signed_ = key.signSha256(message);
        signature = signed_ ? signed_->toBase64() : QByteArray();
    }
    const QString serial = fault == Fault::UnknownSerial
        ? otherThan(identity.weChatPlatformKeyId, []() -> QString { return u"PUB_KEY_ID_01"_s + SecureRandom::digits(28); })
        : identity.weChatPlatformKeyId;
    return {{"Content-Type", "application/json"},
            {"Wechatpay-Timestamp", ts},
            {"Wechatpay-Nonce", nonce},
            {"Wechatpay-Signature", signature},
            {"Wechatpay-Serial", serial.toLatin1()},
            {"Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048"},
            {"Request-ID", SecureRandom::bytes(16).toHex().toUpper()}};
}

// Encodes a form value as Alipay does: unreserved characters [A-Za-z0-9*-._] as they are,
// a space as '+', every other byte of the UTF-8 as %XX.
QByteArray alipayEncode(const QString &value)
{
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    out.reserve(utf8.size() * 3);
    static constexpr char hex[] = "0123456789ABCDEF";
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '*' || u == '-'
            || u == '.' || u == '_') {
            out += c;
        } else if (u == ' ') {
            out += '+';
        } else {
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 0x0F];
        }
    }
    return out;
}

void setField(FormEncoding::Fields &fields, const QString &key, const QString &value)
{
    for (auto &field : fields) {
        if (field.first == key) {
            field.second = value;
            return;
        }
    }
    fields.append({key, value});
}

// notify_time for an attempt, the signature over signedFields, the body of sentFields.
void finishAlipay(const SandboxIdentity &identity, Notification &n, qint64 now)
{
    qint64 time = currentTime(now);
    if (n.fault == Fault::StaleTimestamp)
        time -= TimestampShiftSeconds;
    else if (n.fault == Fault::FutureTimestamp)
        time += TimestampShiftSeconds;
    const QString notifyTime = alipayTime(QDateTime::fromSecsSinceEpoch(time, QTimeZone::utc()));
    setField(n.signedFields, u"notify_time"_s, notifyTime);
    setField(n.sentFields, u"notify_time"_s, notifyTime);

    const RsaPrivateKey &key = n.fault == Fault::BadSignature ? strangerKey() : identity.alipayPlatformKey;
    const auto signature = key.signSha256(AlipaySigner::signContent(n.signedFields, false));
    FormEncoding::Fields sent = n.sentFields;
    sent.append({u"sign"_s, QString::fromLatin1(signature ? signature->toBase64() : QByteArray())});
    QByteArray body;
    for (const auto &[k, v] : std::as_const(sent)) {
        if (!body.isEmpty())
            body += '&';
        body += alipayEncode(k) + '=' + alipayEncode(v);
    }
    if (n.fault == Fault::TruncatedBody)
        body.truncate(body.size() / 2);
    n.body = body;
    n.headers = {{"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}};
}

void finishWeChat(const SandboxIdentity &identity, Notification &n, qint64 now)
{
    n.headers = weChatHeaders(identity, n.signedBody, n.fault, now);
    if (n.fault == Fault::TruncatedBody)
        n.body = n.signedBody.left(n.signedBody.size() / 2);
}

QString withFault(const QString &summary, Fault fault)
{
    return fault == Fault::None ? summary : summary + u" ["_s + faultKey(fault) + u']';
}

} // namespace

QString faultKey(Fault fault)
{
    for (const FaultInfo &info : faultTable)
        if (info.fault == fault)
            return QString(info.key);
    return {};
}

std::optional<Fault> faultFromKey(QStringView key)
{
    for (const FaultInfo &info : faultTable)
        if (key == info.key)
            return info.fault;
    return std::nullopt;
}

QString faultDisplayName(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return QCoreApplication::translate("SandboxNotify", "No fault: a genuine notification");
    case Fault::SignProbe:
        return QCoreApplication::translate("SandboxNotify", "Signature probe (WECHATPAY/SIGNTEST/)");
    case Fault::BadSignature:
        return QCoreApplication::translate("SandboxNotify", "Signed with an unknown key");
    case Fault::StaleTimestamp:
        return QCoreApplication::translate("SandboxNotify", "Timestamp 10 minutes old");
    case Fault::FutureTimestamp:
        return QCoreApplication::translate("SandboxNotify", "Timestamp 10 minutes ahead");
    case Fault::UnknownSerial:
        return QCoreApplication::translate("SandboxNotify", "Unknown key serial");
    case Fault::TamperedAmount:
        return QCoreApplication::translate("SandboxNotify", "Amount changed after signing");
    case Fault::WrongAmount:
        return QCoreApplication::translate("SandboxNotify", "Signed, but one fen more than the order");
    case Fault::WrongAppid:
        return QCoreApplication::translate("SandboxNotify", "Signed, but for another appid");
    case Fault::WrongMchid:
        return QCoreApplication::translate("SandboxNotify", "Signed, but for another merchant");
    case Fault::TruncatedBody:
        return QCoreApplication::translate("SandboxNotify", "Body cut in half");
    }
    return {};
}

NotificationFactory::NotificationFactory(SandboxIdentity identity) : m_identity(std::move(identity)) {}

Notification NotificationFactory::weChatPayment(const Payment &payment, Fault fault, qint64 now) const
{
    const SandboxIdentity &id = m_identity;
    now = currentTime(now);
    const QDateTime paidAt = payment.paidAt.isValid() ? payment.paidAt : QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc());
    const QString appid = payment.appid.isEmpty() ? id.miniProgramAppid : payment.appid;
    const QString transactionId = payment.transactionId.isEmpty()
        ? u"4200"_s + SecureRandom::digits(6) + chinaDate(paidAt) + SecureRandom::digits(10)
        : payment.transactionId;
    const QString tradeState = payment.tradeState.isEmpty() ? u"SUCCESS"_s : payment.tradeState;
    const QString eventId = payment.notifyId.isEmpty()
        ? u"EV-"_s + paidAt.toTimeZone(chinaTime()).toString(u"yyyyMMddHHmmss"_s) + SecureRandom::digits(5)
        : payment.notifyId;
    const QString openid = u"o"_s + SecureRandom::nonceString(27);

    const auto resource = [&](Money amount) {
        QJsonObject o{
            {u"appid"_s, fault == Fault::WrongAppid ? otherAppid(appid) : appid},
            {u"mchid"_s, fault == Fault::WrongMchid ? otherMchid(id.mchid) : id.mchid},
            {u"out_trade_no"_s, payment.outTradeNo},
            {u"transaction_id"_s, transactionId},
            {u"trade_type"_s, payment.tradeType.isEmpty() ? u"JSAPI"_s : payment.tradeType},
            {u"trade_state"_s, tradeState},
            {u"trade_state_desc"_s, weChatTradeStateDescription(tradeState)},
            {u"bank_type"_s, u"OTHERS"_s},
            {u"attach"_s, payment.attach},
            {u"success_time"_s, rfc3339(paidAt)},
            {u"payer"_s, QJsonObject{{u"openid"_s, openid}}},
            {u"amount"_s, QJsonObject{{u"total"_s, amount.fen()},
                                      {u"payer_total"_s, amount.fen()},
                                      {u"currency"_s, u"CNY"_s},
                                      {u"payer_currency"_s, u"CNY"_s}}}};
        if (tradeState != u"SUCCESS" && tradeState != u"REFUND") // no payment time for unpaid states
            o.remove(u"success_time"_s);
        return compact(o);
    };
    const auto envelope = [&](Money amount) {
        return weChatEnvelope(id, eventId, rfc3339(paidAt), u"TRANSACTION.SUCCESS"_s, u"支付成功"_s, u"transaction"_s,
                              resource(amount));
    };

    Notification n;
    n.channel = PayWay::WeChat;
    n.route = appid == id.officialAccountAppid ? routeOfficialAccount : routeMiniProgram;
    n.eventId = eventId;
    n.outTradeNo = payment.outTradeNo;
    n.fault = fault;
    const Money sentAmount = fault == Fault::WrongAmount ? payment.amount + Money::fromFen(1) : payment.amount;
    n.body = envelope(sentAmount);
    n.signedBody = fault == Fault::TamperedAmount ? envelope(tamperedSignedAmount(payment.amount)) : n.body;
    n.summary = withFault(u"TRANSACTION.SUCCESS %1 %2"_s.arg(payment.outTradeNo, sentAmount.toString()), fault);
    finishWeChat(id, n, now);
    return n;
}

Notification NotificationFactory::weChatRefund(const RefundEvent &refund, Fault fault, qint64 now) const
{
    const SandboxIdentity &id = m_identity;
    now = currentTime(now);
    if (fault == Fault::WrongAppid) // a refund resource carries no appid
        fault = Fault::None;
    const QDateTime finishedAt = refund.finishedAt.isValid() ? refund.finishedAt : QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc());
    const QString status = refund.status.isEmpty() ? u"SUCCESS"_s : refund.status;
    QString eventType = u"REFUND.SUCCESS"_s;
    QString summary = u"退款成功"_s;
    if (status == u"ABNORMAL") {
        eventType = u"REFUND.ABNORMAL"_s;
        summary = u"退款异常"_s;
    } else if (status == u"CLOSED") {
        eventType = u"REFUND.CLOSED"_s;
        summary = u"退款关闭"_s;
    }
    const QString date = chinaDate(finishedAt);
    const QString transactionId = refund.transactionId.isEmpty() ? u"4200"_s + SecureRandom::digits(6) + date + SecureRandom::digits(10) : refund.transactionId;
    const QString refundId = refund.refundId.isEmpty() ? u"5030"_s + SecureRandom::digits(7) + date + SecureRandom::digits(10) : refund.refundId;
    const QString outRefundNo = refund.outRefundNo.isEmpty() ? u"RF"_s + refund.outTradeNo : refund.outRefundNo;
    const QString eventId = u"EV-"_s + finishedAt.toTimeZone(chinaTime()).toString(u"yyyyMMddHHmmss"_s) + SecureRandom::digits(5);

    const auto resource = [&](Money refunded) {
        QJsonObject o{{u"mchid"_s, fault == Fault::WrongMchid ? otherMchid(id.mchid) : id.mchid},
                      {u"out_trade_no"_s, refund.outTradeNo},
                      {u"transaction_id"_s, transactionId},
                      {u"out_refund_no"_s, outRefundNo},
                      {u"refund_id"_s, refundId},
                      {u"refund_status"_s, status},
                      {u"user_received_account"_s, u"支付用户零钱"_s},
                      {u"amount"_s, QJsonObject{{u"total"_s, refund.total.fen()},
                                                {u"refund"_s, refunded.fen()},
                                                {u"payer_total"_s, refund.total.fen()},
                                                {u"payer_refund"_s, refunded.fen()}}}};
        if (status == u"SUCCESS")
            o.insert(u"success_time"_s, rfc3339(finishedAt));
        return compact(o);
    };
    const auto envelope = [&](Money refunded) {
        return weChatEnvelope(id, eventId, rfc3339(finishedAt), eventType, summary, u"refund"_s, resource(refunded));
    };

    Notification n;
    n.channel = PayWay::WeChat;
    n.route = routeMiniProgram;
    n.eventId = eventId;
    n.outTradeNo = refund.outTradeNo;
    n.fault = fault;
    const Money sentRefund = fault == Fault::WrongAmount ? refund.refund + Money::fromFen(1) : refund.refund;
    n.body = envelope(sentRefund);
    n.signedBody = fault == Fault::TamperedAmount ? envelope(tamperedSignedAmount(refund.refund)) : n.body;
    n.summary = withFault(u"%1 %2 %3"_s.arg(eventType, refund.outTradeNo, sentRefund.toString()), fault);
    finishWeChat(id, n, now);
    return n;
}

Notification NotificationFactory::alipayPayment(const Payment &payment, Fault fault, qint64 now) const
{
    const SandboxIdentity &id = m_identity;
    now = currentTime(now);
    if (fault == Fault::SignProbe || fault == Fault::UnknownSerial) // WeChat-only faults
        fault = Fault::None;
    const QDateTime paidAt = payment.paidAt.isValid() ? payment.paidAt : QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc());
    const QString date = chinaDate(paidAt);
    const QString tradeNo = payment.transactionId.isEmpty() ? date + u"22001"_s + SecureRandom::digits(15) : payment.transactionId;
    const QString notifyId = payment.notifyId.isEmpty() ? date + u"00222"_s + SecureRandom::digits(21) : payment.notifyId;
    const QString tradeStatus = payment.tradeState.isEmpty() ? u"TRADE_SUCCESS"_s : payment.tradeState;
    const bool paid = tradeStatus == u"TRADE_SUCCESS" || tradeStatus == u"TRADE_FINISHED";
    const QString appId = fault == Fault::WrongAppid ? otherThan(id.alipayAppId, []() -> QString { return u"9021"_s + SecureRandom::digits(12); })
                                                     : id.alipayAppId;
    const QString sellerId = fault == Fault::WrongMchid ? otherThan(id.alipaySellerId, []() -> QString { return u"2088"_s + SecureRandom::digits(12); })
                                                        : id.alipaySellerId;
    const QString buyerId = u"2088"_s + SecureRandom::digits(12);

    const auto fields = [&](Money amount) {
        const QString total = amount.toString();
        FormEncoding::Fields f{
            {u"gmt_create"_s, alipayTime(paidAt.addSecs(-6))},
            {u"charset"_s, u"utf-8"_s},
            {u"subject"_s, payment.subject.isEmpty() ? u"营销聊天诚意金"_s : payment.subject},
            {u"buyer_id"_s, buyerId},
            {u"invoice_amount"_s, paid ? total : QString()},
            {u"notify_id"_s, notifyId},
            {u"fund_bill_list"_s, paid ? u"[{\"amount\":\"%1\",\"fundChannel\":\"ALIPAYACCOUNT\"}]"_s.arg(total) : QString()},
            {u"notify_type"_s, u"trade_status_sync"_s},
            {u"trade_status"_s, tradeStatus},
            {u"receipt_amount"_s, paid ? total : QString()},
            {u"app_id"_s, appId},
            {u"buyer_pay_amount"_s, paid ? total : QString()},
            {u"sign_type"_s, u"RSA2"_s},
            {u"seller_id"_s, sellerId},
            {u"gmt_payment"_s, paid ? alipayTime(paidAt) : QString()},
            {u"notify_time"_s, QString()},
            {u"passback_params"_s, payment.attach},
            {u"version"_s, u"1.0"_s},
            {u"out_trade_no"_s, payment.outTradeNo},
            {u"total_amount"_s, total},
            {u"trade_no"_s, tradeNo},
            {u"auth_app_id"_s, appId},
        };
        // Alipay leaves out what it has no value for.
        f.removeIf([](const auto &field) { return field.second.isEmpty() && field.first != u"notify_time"; });
        return f;
    };

    Notification n;
    n.channel = PayWay::Alipay;
    n.route = routeAlipay;
    n.eventId = notifyId;
    n.outTradeNo = payment.outTradeNo;
    n.fault = fault;
    const Money sentAmount = fault == Fault::WrongAmount ? payment.amount + Money::fromFen(1) : payment.amount;
    n.sentFields = fields(sentAmount);
    n.signedFields = fault == Fault::TamperedAmount ? fields(tamperedSignedAmount(payment.amount)) : n.sentFields;
    n.summary = withFault(u"%1 %2 %3"_s.arg(tradeStatus, payment.outTradeNo, sentAmount.toString()), fault);
    finishAlipay(id, n, now);
    return n;
}

Notification NotificationFactory::resigned(const Notification &previous, qint64 now) const
{
    Notification n = previous;
    if (n.channel == PayWay::Alipay)
        finishAlipay(m_identity, n, now);
    else if (n.channel == PayWay::WeChat)
        finishWeChat(m_identity, n, now);
    return n;
}

} // namespace SandboxNotify
