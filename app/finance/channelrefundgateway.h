#pragma once

#include "channels/alipaysigner.h"
#include "finance/refundgateway.h"

#include <QPointer>
#include <QString>

class ChannelClient;

// RefundGateway over the money path's ChannelClient: WeChat Pay v3
// POST /v3/refund/domestic/refunds (query: GET /v3/refund/domestic/refunds/{out_refund_no})
// and Alipay alipay.trade.refund (out_request_no = out_refund_no; a repeated number returns
// the first refund instead of making a second one).
//
// A transport failure (timeout, network, TLS, an unsigned answer, 5xx, the channel's
// SYSTEM_ERROR) is an Error: the outcome is unknown and the refund stays PENDING. A business
// refusal (NOT_ENOUGH, ACQ.TRADE_NOT_EXIST…) is a reply with status FAILED.
class ChannelRefundGateway final : public RefundGateway
{
public:
    // weChatNotifyUrl: where WeChat sends REFUND.* notifications (empty: the merchant
    // platform's setting). The Alipay signer must belong to the app that took the payment.
    ChannelRefundGateway(ChannelClient *client, AlipaySigner alipaySigner, QString weChatNotifyUrl = {});

    void requestRefund(const RefundGatewayRequest &request, QObject *context, Callback done) override;
    void queryRefund(PayWay payWay, const QString &outTradeNo, const QString &outRefundNo, QObject *context,
                     Callback done) override;

    // Whether an error code of the channel client leaves the outcome unknown.
    static bool outcomeUnknown(const QString &code);
    // WeChat's refund status text: SUCCESS, CLOSED, PROCESSING, ABNORMAL.
    static std::optional<RefundStatus> weChatStatus(const QString &status);

private:
    void sendAlipay(const QString &method, const QJsonObject &biz, QObject *context, Callback done, bool query);

    QPointer<ChannelClient> m_client;
    AlipaySigner m_alipaySigner;
    QString m_weChatNotifyUrl;
};
