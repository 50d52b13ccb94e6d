#include "finance/refundnotificationhandler.h"

#include "channels/alipayverifier.h"
#include "channels/wechatnotificationverifier.h"
#include "finance/channelrefundgateway.h"
#include "finance/refundservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

RefundNotice RefundNotice::fromWeChat(const WeChatRefund &refund)
{
    RefundNotice n;
    n.payWay = PayWay::WeChat;
    n.outTradeNo = refund.outTradeNo;
    n.outRefundNo = refund.outRefundNo;
    n.refundId = refund.refundId;
    n.status = refund.refundStatus;
    n.refundFen = refund.refundFen;
    if (!refund.successTime.isEmpty()) {
        const QDateTime t = QDateTime::fromString(refund.successTime, Qt::ISODate);
        if (t.isValid())
            n.successAtMs = t.toMSecsSinceEpoch();
    }
    return n;
}

std::optional<RefundNotice> RefundNotice::fromAlipay(const AlipayNotification &notification)
{
    const QString outBizNo = notification.value(u"out_biz_no");
    const QString refundedAt = notification.value(u"gmt_refund");
    if (outBizNo.isEmpty() || refundedAt.isEmpty())
        return std::nullopt;
    RefundNotice n;
    n.payWay = PayWay::Alipay;
    n.outTradeNo = notification.outTradeNo;
    n.outRefundNo = outBizNo;
    n.refundId = notification.tradeNo;
    n.status = u"SUCCESS"_s; // Alipay notifies refunds that went through
    // "2026-01-30 12:00:00.123" in Beijing time.
    const QDateTime t = QDateTime::fromString(refundedAt.left(19), u"yyyy-MM-dd HH:mm:ss"_s);
    if (t.isValid())
        n.successAtMs = QDateTime(t.date(), t.time(), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
    return n;
}

QString refundNoticeVerdictKey(RefundNoticeVerdict verdict)
{
    switch (verdict) {
    case RefundNoticeVerdict::Applied:
        return u"applied"_s;
    case RefundNoticeVerdict::Duplicate:
        return u"duplicate"_s;
    case RefundNoticeVerdict::Refused:
        return u"refused"_s;
    case RefundNoticeVerdict::UnknownRefund:
        return u"unknown_refund"_s;
    case RefundNoticeVerdict::Mismatch:
        return u"mismatch"_s;
    case RefundNoticeVerdict::Malformed:
        return u"malformed"_s;
    case RefundNoticeVerdict::DatabaseError:
        return u"database_error"_s;
    }
    return u"malformed"_s;
}

RefundNoticeResult RefundNotificationHandler::apply(const RefundNotice &notice)
{
    RefundNoticeResult result;
    result.orderSn = notice.outTradeNo;
    const auto status = ChannelRefundGateway::weChatStatus(notice.status);
    if (!status || notice.outRefundNo.isEmpty()) {
        result.verdict = RefundNoticeVerdict::Malformed;
        result.message = QCoreApplication::translate("RefundNotificationHandler", "Refund notification with status \"%1\" and refund number \"%2\".")
                             .arg(notice.status.left(32), notice.outRefundNo.left(64));
        return result;
    }
    RefundService service(m_db);
    auto found = service.find(notice.outRefundNo);
    if (!found) {
        result.verdict = RefundNoticeVerdict::DatabaseError;
        result.message = found.errorMessage();
        return result;
    }
    if (!found->has_value()) {
        result.verdict = RefundNoticeVerdict::UnknownRefund;
        result.message = QCoreApplication::translate("RefundNotificationHandler", "Refund %1 of order %2 was not requested through mcpay-admin.")
                             .arg(notice.outRefundNo, notice.outTradeNo);
        return result;
    }
    const Refund &recorded = **found;
    if (recorded.orderSn != notice.outTradeNo || (notice.refundFen >= 0 && notice.refundFen != recorded.amount.fen())) {
        result.verdict = RefundNoticeVerdict::Mismatch;
        result.message = QCoreApplication::translate("RefundNotificationHandler", "Refund %1: the notification says order %2, %3 fen; recorded is order %4, %5 fen.")
                             .arg(notice.outRefundNo, notice.outTradeNo)
                             .arg(notice.refundFen)
                             .arg(recorded.orderSn)
                             .arg(recorded.amount.fen());
        return result;
    }
    RefundOutcome outcome;
    outcome.status = *status;
    outcome.channelRefundId = notice.refundId;
    outcome.finishedAtMs = notice.successAtMs;
    if (*status == RefundStatus::Abnormal)
        outcome.error = QCoreApplication::translate("RefundNotificationHandler", "The refund could not be credited to the payer (ABNORMAL); handle it on the merchant platform.");
    auto t = service.recordOutcome(notice.outRefundNo, outcome, AuditActor::system());
    if (!t) {
        result.verdict = RefundNoticeVerdict::DatabaseError;
        result.message = t.errorMessage();
        return result;
    }
    if (t->refused) {
        result.verdict = RefundNoticeVerdict::Refused;
        result.message = QCoreApplication::translate("RefundNotificationHandler", "Refund %1 is %2; the notified %3 was ignored.")
                             .arg(notice.outRefundNo, Refunds::statusKey(t->refund.status), notice.status);
    } else if (!t->changed) {
        result.verdict = RefundNoticeVerdict::Duplicate;
        result.message = QCoreApplication::translate("RefundNotificationHandler", "Refund %1 was already %2.").arg(notice.outRefundNo, notice.status);
    } else {
        result.verdict = RefundNoticeVerdict::Applied;
        result.message = QCoreApplication::translate("RefundNotificationHandler", "Refund %1: %2").arg(notice.outRefundNo, notice.status);
    }
    return result;
}
