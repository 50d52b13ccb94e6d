#pragma once

#include "finance/refund.h"
#include "orders/money.h"
#include "orders/paytypes.h"
#include "result.h"

#include <QString>

#include <functional>

class QObject;

// What the channel is asked to do for one refund.
struct RefundGatewayRequest
{
    PayWay payWay = PayWay::Unknown;
    QString outTradeNo;  // the order sn
    QString outRefundNo; // the same number refunds once at the channel
    Money refund;
    Money total;         // the order amount
    QString reason;      // shown to the payer
};

// What the channel answered. An Error instead of a reply means the outcome is unknown
// (timeout, network, a 5xx): the refund stays PENDING and may be retried with the same
// out_refund_no. A reply with status FAILED means the channel refused it for good.
struct RefundGatewayReply
{
    RefundStatus status = RefundStatus::Processing;
    QString channelRefundId;
    QString message; // the channel's explanation when refused
    QString code;    // the channel's error code when refused
};

// The payment channel's refund call, asynchronous. Implemented in app/finance on top of the
// channel client; tests use fakes.
class RefundGateway
{
public:
    using Callback = std::function<void(Result<RefundGatewayReply>)>;
    virtual ~RefundGateway() = default;
    // Calls done once, on the thread of context, unless context is gone.
    virtual void requestRefund(const RefundGatewayRequest &request, QObject *context, Callback done) = 0;
    // Asks the channel where a refund stands (for PENDING/PROCESSING refunds).
    virtual void queryRefund(PayWay payWay, const QString &outTradeNo, const QString &outRefundNo,
                             QObject *context, Callback done) = 0;
};
