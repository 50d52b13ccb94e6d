#pragma once

#include "orders/money.h"
#include "orders/paytypes.h"

#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

// Where a refund stands. PENDING: recorded here, the channel has not confirmed receiving it
// (a retry with the same out_refund_no is safe). PROCESSING/SUCCESS/CLOSED/ABNORMAL: the
// channel's own states. FAILED: the channel refused the request; nothing was refunded.
enum class RefundStatus : int {
    Pending,
    Processing,
    Success,
    Closed,
    Abnormal,
    Failed,
};

enum class RefundReason : int {
    DuplicatePayment,
    RequestedByCustomer,
    Other,
};

// How much of an order has been given back.
enum class OrderRefundState : int {
    None,
    Partial,
    Full,
};

namespace Refunds {
QString statusKey(RefundStatus status); // PENDING, PROCESSING, SUCCESS, CLOSED, ABNORMAL, FAILED
std::optional<RefundStatus> statusFromKey(QStringView key);
QString statusDisplayName(RefundStatus status);
bool isFinal(RefundStatus status); // SUCCESS, CLOSED, FAILED
// Whether the amount is (or may still become) money given back: it counts against what is
// still refundable. PENDING, PROCESSING, SUCCESS and ABNORMAL (the channel took the money
// from the merchant but could not credit the payer yet).
bool holdsAmount(RefundStatus status);
// Whether a refund may move from one status to another (the same status is always allowed).
bool canMove(RefundStatus from, RefundStatus to);

QString reasonKey(RefundReason reason); // duplicate, customer, other
std::optional<RefundReason> reasonFromKey(QStringView key);
QString reasonDisplayName(RefundReason reason);

QString orderStateKey(OrderRefundState state); // none, partial, full
QString orderStateDisplayName(OrderRefundState state);
} // namespace Refunds

// One row of <prefix>mcpay_refund (migration 0031).
struct Refund
{
    qint64 id = 0;
    QString orderSn;
    QString outRefundNo;
    PayWay payWay = PayWay::Unknown;
    Money amount;
    RefundReason reason = RefundReason::Other;
    QString note;
    RefundStatus status = RefundStatus::Pending;
    QString channelRefundId;
    QString requestedBy; // OS user
    qint64 requestedAtMs = 0;
    std::optional<qint64> finishedAtMs;
    QString error;
};

// An order's refunds in one figure.
struct RefundSummary
{
    QString orderSn;
    Money orderAmount;
    Money refunded;   // SUCCESS
    Money inFlight;   // PENDING, PROCESSING, ABNORMAL
    Money refundable; // order amount − refunded − in flight
    OrderRefundState state = OrderRefundState::None;
};

Q_DECLARE_METATYPE(Refund)
