#pragma once

#include "channels/formencoding.h"
#include "channels/httpheaders.h"
#include "orders/money.h"
#include "orders/paytypes.h"
#include "sandboxidentity.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// What a payment channel would send to a merchant's notify URL, made with the sandbox
// identity exactly as the channel makes it: WeChat Pay v3 — the JSON envelope with the
// resource encrypted by AES-256-GCM under the APIv3 key and the Wechatpay-* headers signed
// with the platform key; Alipay — the signed form, encoded the way Alipay encodes it.
// Faults make the notifications a careful server must refuse (or must not apply).
// TamperedAmount: the body carries the payment's amount while the signature covers the same
// event with one fen (two when the payment is one fen) — what someone who paid a fen would
// forge; a server that skips the signature check marks the order paid.
namespace SandboxNotify {

Q_NAMESPACE

enum class Fault {
    None,
    SignProbe,        // WeChat: signature "WECHATPAY/SIGNTEST/…" (Alipay: None)
    BadSignature,     // signed with a key the server does not know, under the right id
    StaleTimestamp,   // WeChat: 10 minutes old (Alipay: notify_time 10 minutes old, still valid)
    FutureTimestamp,  // WeChat: 10 minutes ahead (Alipay: notify_time 10 minutes ahead, still valid)
    UnknownSerial,    // WeChat: Wechatpay-Serial names no key the server has (Alipay: None)
    TamperedAmount,   // the amount edited after signing (signature no longer holds)
    WrongAmount,      // validly signed, one fen more than the order: only an amount check stops it
    WrongAppid,       // validly signed, another appid (Alipay: another app_id; WeChat refunds: None)
    WrongMchid,       // validly signed, another mchid (Alipay: another seller_id)
    TruncatedBody,    // the body cut in half after signing
};
Q_ENUM_NS(Fault)

// Stable ASCII name ("bad-signature") and translated description.
QString faultKey(Fault fault);
std::optional<Fault> faultFromKey(QStringView key);
QString faultDisplayName(Fault fault);

struct Payment
{
    QString outTradeNo;            // the full order sn
    Money amount;
    QString appid;                 // WeChat: empty = mini-program appid
    QString transactionId;         // empty = generated (WeChat 4200…, Alipay 2026…)
    QString tradeState;            // empty = SUCCESS / TRADE_SUCCESS
    QString tradeType;             // WeChat: empty = JSAPI (MWEB for H5)
    QString subject;               // Alipay subject; empty = "营销聊天诚意金"
    QString attach = QStringLiteral("marketing_chat");
    QDateTime paidAt;              // empty = now
    QString notifyId;              // Alipay notify_id / WeChat envelope id; empty = generated
};

struct RefundEvent
{
    QString outTradeNo;
    QString transactionId;
    QString outRefundNo;
    QString refundId;
    Money refund;
    Money total;
    QString status = QStringLiteral("SUCCESS"); // SUCCESS | ABNORMAL | CLOSED
    QDateTime finishedAt;
};

struct Notification
{
    PayWay channel = PayWay::Unknown;
    QString route;               // "/api/pay/notifyMnp", "/api/pay/notifyOa", "/api/pay/aliNotify"
    HttpHeaderList headers;      // Content-Type included
    QByteArray body;
    QString eventId;             // WeChat envelope id / Alipay notify_id (kept across retries)
    QString outTradeNo;
    Fault fault = Fault::None;   // the fault in effect (a WeChat-only fault asked of Alipay is None)
    QString summary;             // one line for logs: "TRANSACTION.SUCCESS MC… 0.40"

    // What resigned() needs to sign the same event again; never sent as such.
    QByteArray signedBody;             // WeChat: the envelope the signature covers
    FormEncoding::Fields signedFields; // Alipay: the fields the signature covers (without sign)
    FormEncoding::Fields sentFields;   // Alipay: the fields sent (without sign)
};

// Makes the notifications. Cheap to copy (the identity's keys are shared); the const
// methods may be called from several threads at once.
class NotificationFactory
{
public:
    explicit NotificationFactory(SandboxIdentity identity);

    // `now` (Unix seconds) is the signing time; 0 = the current time.
    Notification weChatPayment(const Payment &payment, Fault fault = Fault::None, qint64 now = 0) const;
    Notification weChatRefund(const RefundEvent &refund, Fault fault = Fault::None, qint64 now = 0) const;
    Notification alipayPayment(const Payment &payment, Fault fault = Fault::None, qint64 now = 0) const;

    // The same event signed again for a retry: WeChat signs every attempt afresh (new
    // timestamp and nonce, same envelope id); Alipay sends the same notify_id with a new
    // notify_time. The fault is kept.
    Notification resigned(const Notification &previous, qint64 now = 0) const;

    const SandboxIdentity &identity() const { return m_identity; }

private:
    SandboxIdentity m_identity;
};

} // namespace SandboxNotify
