#include "finance/channelrefundgateway.h"

#include "channels/channelclient.h"
#include "channels/wechatpayv3api.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

void answerLater(QObject *context, RefundGateway::Callback done, Result<RefundGatewayReply> reply)
{
    if (!context)
        return;
    QMetaObject::invokeMethod(context, [done = std::move(done), reply = std::move(reply)] { done(reply); },
                              Qt::QueuedConnection);
}

// Turns a failed channel call into "unknown" (an Error) or "refused" (a FAILED reply).
Result<RefundGatewayReply> fromFailure(const Error &error)
{
    if (ChannelRefundGateway::outcomeUnknown(error.code))
        return error;
    return RefundGatewayReply{RefundStatus::Failed, {}, error.message, error.code};
}
} // namespace

ChannelRefundGateway::ChannelRefundGateway(ChannelClient *client, AlipaySigner alipaySigner, QString weChatNotifyUrl)
    : m_client(client), m_alipaySigner(std::move(alipaySigner)), m_weChatNotifyUrl(std::move(weChatNotifyUrl))
{
}

bool ChannelRefundGateway::outcomeUnknown(const QString &code)
{
    static const QStringList unknown = {
        u"TIMEOUT"_s, u"NETWORK"_s, u"TLS"_s, u"BAD_SIGNATURE"_s, u"MALFORMED"_s, u"NOT_CONFIGURED"_s,
        u"SYSTEM_ERROR"_s, u"FREQUENCY_LIMITED"_s, u"ACQ.SYSTEM_ERROR"_s, u"aop.ACQ.SYSTEM_ERROR"_s, u"20000"_s,
        u"isp.unknow-error"_s,
    };
    return code.isEmpty() || unknown.contains(code) || (code.startsWith(u"HTTP_5"_s));
}

std::optional<RefundStatus> ChannelRefundGateway::weChatStatus(const QString &status)
{
    if (status == u"SUCCESS")
        return RefundStatus::Success;
    if (status == u"CLOSED")
        return RefundStatus::Closed;
    if (status == u"PROCESSING")
        return RefundStatus::Processing;
    if (status == u"ABNORMAL")
        return RefundStatus::Abnormal;
    return std::nullopt;
}

void ChannelRefundGateway::requestRefund(const RefundGatewayRequest &request, QObject *context, Callback done)
{
    if (!m_client)
        return answerLater(context, std::move(done),
                           Error(QCoreApplication::translate("ChannelRefundGateway", "The payment channels are not set up."), u"NOT_CONFIGURED"_s));
    if (request.payWay == PayWay::WeChat) {
        WeChatPayV3Api::RefundArgs args;
        args.outTradeNo = request.outTradeNo;
        args.outRefundNo = request.outRefundNo;
        args.reason = request.reason.left(80);
        args.notifyUrl = m_weChatNotifyUrl;
        args.refund = request.refund;
        args.total = request.total;
        m_client->sendWeChat(WeChatPayV3Api::refund(args), context,
                             [done = std::move(done)](Result<ChannelResponse> response) {
                                 if (!response)
                                     return done(fromFailure(response.error()));
                                 const QString status = response->json.value(u"status"_s).toString();
                                 const auto s = weChatStatus(status);
                                 if (!s)
                                     return done(Error(QCoreApplication::translate("ChannelRefundGateway", "WeChat Pay answered the refund with status \"%1\".").arg(status.left(32)),
                                                       u"MALFORMED"_s));
                                 done(RefundGatewayReply{*s, response->json.value(u"refund_id"_s).toString(), {}, {}});
                             });
        return;
    }
    if (request.payWay == PayWay::Alipay) {
        sendAlipay(AlipayApi::TradeRefund,
                   AlipayApi::tradeRefund(request.outTradeNo, request.refund, request.outRefundNo, request.reason.left(80)),
                   context, std::move(done), false);
        return;
    }
    answerLater(context, std::move(done),
                RefundGatewayReply{RefundStatus::Failed, {}, QCoreApplication::translate("ChannelRefundGateway", "This payment method cannot be refunded here."), u"PAY_WAY"_s});
}

void ChannelRefundGateway::queryRefund(PayWay payWay, const QString &outTradeNo, const QString &outRefundNo,
                                       QObject *context, Callback done)
{
    if (!m_client)
        return answerLater(context, std::move(done),
                           Error(QCoreApplication::translate("ChannelRefundGateway", "The payment channels are not set up."), u"NOT_CONFIGURED"_s));
    if (payWay == PayWay::WeChat) {
        m_client->sendWeChat(WeChatPayV3Api::queryRefund(outRefundNo), context,
                             [done = std::move(done)](Result<ChannelResponse> response) {
                                 if (!response) {
                                     // Never received by WeChat: the request may be sent again.
                                     if (response.error().code == u"RESOURCE_NOT_EXISTS")
                                         return done(RefundGatewayReply{RefundStatus::Failed, {}, response.errorMessage(),
                                                                        response.error().code});
                                     return done(fromFailure(response.error()));
                                 }
                                 const auto s = weChatStatus(response->json.value(u"status"_s).toString());
                                 if (!s)
                                     return done(Error(QCoreApplication::translate("ChannelRefundGateway", "WeChat Pay answered the refund query without a status."),
                                                       u"MALFORMED"_s));
                                 done(RefundGatewayReply{*s, response->json.value(u"refund_id"_s).toString(), {}, {}});
                             });
        return;
    }
    if (payWay == PayWay::Alipay) {
        const QJsonObject biz{{u"out_trade_no"_s, outTradeNo}, {u"out_request_no"_s, outRefundNo}};
        sendAlipay(u"alipay.trade.fastpay.refund.query"_s, biz, context, std::move(done), true);
        return;
    }
    answerLater(context, std::move(done),
                RefundGatewayReply{RefundStatus::Failed, {}, QCoreApplication::translate("ChannelRefundGateway", "This payment method cannot be refunded here."), u"PAY_WAY"_s});
}

void ChannelRefundGateway::sendAlipay(const QString &method, const QJsonObject &biz, QObject *context, Callback done,
                                      bool query)
{
    if (!m_alipaySigner.isValid())
        return answerLater(context, std::move(done),
                           Error(QCoreApplication::translate("ChannelRefundGateway", "Alipay is not configured: import the app private key."), u"NOT_CONFIGURED"_s));
    auto request = m_alipaySigner.apiRequest(method, biz);
    if (!request)
        return answerLater(context, std::move(done), request.error());
    m_client->sendAlipay(*request, context, [done = std::move(done), query](Result<ChannelResponse> response) {
        if (!response)
            return done(fromFailure(response.error()));
        const QJsonObject &node = response->json;
        if (query) {
            // refund_status REFUND_SUCCESS; an empty status means the refund is not known (yet).
            const QString status = node.value(u"refund_status"_s).toString();
            if (status == u"REFUND_SUCCESS")
                return done(RefundGatewayReply{RefundStatus::Success, node.value(u"trade_no"_s).toString(), {}, {}});
            return done(RefundGatewayReply{RefundStatus::Failed, {}, QCoreApplication::translate("ChannelRefundGateway", "Alipay does not know this refund."),
                                           u"REFUND_NOT_EXIST"_s});
        }
        // code 10000: refunded (fund_change Y) or already refunded under this out_request_no (N).
        done(RefundGatewayReply{RefundStatus::Success, node.value(u"trade_no"_s).toString(), {}, {}});
    });
}
