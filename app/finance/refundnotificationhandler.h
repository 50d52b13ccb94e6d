#pragma once

#include "db/database.h"
#include "finance/refund.h"
#include "orders/paytypes.h"
#include "result.h"

#include <QString>

#include <optional>

struct AlipayNotification;
struct WeChatRefund;

// A verified, decrypted refund notification, whatever the channel.
struct RefundNotice
{
    PayWay payWay = PayWay::Unknown;
    QString outTradeNo;
    QString outRefundNo;
    QString refundId;     // the channel's refund id
    QString status;       // WeChat refund_status: SUCCESS, CLOSED, ABNORMAL, PROCESSING
    qint64 refundFen = -1;
    qint64 successAtMs = 0; // 0 = unknown (now is used)

    static RefundNotice fromWeChat(const WeChatRefund &refund);
    // An Alipay trade notification that reports a refund (out_biz_no = our out_refund_no,
    // gmt_refund set); nullopt for a payment notification. Alipay's refund_fee is the trade's
    // total refunded so far, not this refund's amount, so the amount is not compared.
    static std::optional<RefundNotice> fromAlipay(const AlipayNotification &notification);
};

enum class RefundNoticeVerdict : int {
    Applied,       // the refund moved to the notified status
    Duplicate,     // it already had that status: nothing changed
    Refused,       // the notified status cannot follow the recorded one (a final refund stays)
    UnknownRefund, // no refund of ours has this out_refund_no (made on the merchant platform?)
    Mismatch,      // the order sn or the amount differs from what we recorded
    Malformed,     // an unknown refund_status
    DatabaseError, // not recorded: answer 5xx so that the channel retries
};

struct RefundNoticeResult
{
    RefundNoticeVerdict verdict = RefundNoticeVerdict::Malformed;
    QString message; // for the journal's error column
    QString orderSn;
    // Whether to answer "success": everything but a database failure (a retry of a verified
    // notice that does not match would not match either).
    bool acknowledge() const { return verdict != RefundNoticeVerdict::DatabaseError; }
};

QString refundNoticeVerdictKey(RefundNoticeVerdict verdict); // applied, duplicate, refused, …

// Applies refund notifications (WeChat REFUND.SUCCESS / REFUND.ABNORMAL / REFUND.CLOSED) to
// <prefix>mcpay_refund. Called by the notify listener after verification and decryption,
// on the listener's thread (uses that thread's connection). Audited as the system.
class RefundNotificationHandler
{
public:
    explicit RefundNotificationHandler(Database database) : m_db(std::move(database)) {}

    RefundNoticeResult apply(const RefundNotice &notice);
    RefundNoticeResult apply(const WeChatRefund &refund) { return apply(RefundNotice::fromWeChat(refund)); }

private:
    Database m_db;
};
