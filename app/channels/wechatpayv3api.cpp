#include "wechatpayv3api.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace WeChatPayV3Api {
namespace {

QString pathSegment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QJsonObject prepayBody(const PrepayArgs &a)
{
    QJsonObject o{{u"appid"_s, a.appid},
                  {u"mchid"_s, a.mchid},
                  {u"description"_s, a.description},
                  {u"out_trade_no"_s, a.outTradeNo},
                  {u"notify_url"_s, a.notifyUrl},
                  {u"amount"_s, QJsonObject{{u"total"_s, a.amount.fen()}, {u"currency"_s, u"CNY"_s}}}};
    if (!a.attach.isEmpty())
        o.insert(u"attach"_s, a.attach);
    if (a.timeExpire.isValid())
        o.insert(u"time_expire"_s, a.timeExpire.toOffsetFromUtc(8 * 3600).toString(Qt::ISODate));
    return o;
}

ChannelRequest post(const QString &path, const QJsonObject &body, bool idempotent, const QString &operation)
{
    return {"POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", idempotent,
            operation, {}};
}

ChannelRequest get(const QString &pathAndQuery, const QString &operation)
{
    return {"GET", pathAndQuery, {}, {}, true, operation, {}};
}

} // namespace

ChannelRequest jsapiPrepay(const PrepayArgs &args)
{
    QJsonObject o = prepayBody(args);
    o.insert(u"payer"_s, QJsonObject{{u"openid"_s, args.payerOpenid}});
    // A second prepay with the same out_trade_no may answer differently: never retried.
    return post(u"/v3/pay/transactions/jsapi"_s, o, false, u"jsapi prepay"_s);
}

ChannelRequest h5Prepay(const PrepayArgs &args)
{
    QJsonObject o = prepayBody(args);
    o.insert(u"scene_info"_s, QJsonObject{{u"payer_client_ip"_s, args.payerClientIp},
                                          {u"h5_info"_s, QJsonObject{{u"type"_s, u"Wap"_s}}}});
    return post(u"/v3/pay/transactions/h5"_s, o, false, u"h5 prepay"_s);
}

ChannelRequest queryByOutTradeNo(const QString &mchid, const QString &outTradeNo)
{
    return get(u"/v3/pay/transactions/out-trade-no/"_s + pathSegment(outTradeNo) + u"?mchid="_s + pathSegment(mchid),
               u"query order"_s);
}

ChannelRequest closeOrder(const QString &mchid, const QString &outTradeNo)
{
    // Closing a closed order changes nothing: safe to retry.
    return post(u"/v3/pay/transactions/out-trade-no/"_s + pathSegment(outTradeNo) + u"/close"_s,
                QJsonObject{{u"mchid"_s, mchid}}, true, u"close order"_s);
}

ChannelRequest refund(const RefundArgs &args)
{
    QJsonObject o{{u"out_trade_no"_s, args.outTradeNo},
                  {u"out_refund_no"_s, args.outRefundNo},
                  {u"amount"_s, QJsonObject{{u"refund"_s, args.refund.fen()},
                                            {u"total"_s, args.total.fen()},
                                            {u"currency"_s, u"CNY"_s}}}};
    if (!args.reason.isEmpty())
        o.insert(u"reason"_s, args.reason);
    if (!args.notifyUrl.isEmpty())
        o.insert(u"notify_url"_s, args.notifyUrl);
    // out_refund_no makes the refund idempotent on WeChat's side.
    return post(u"/v3/refund/domestic/refunds"_s, o, true, u"refund"_s);
}

ChannelRequest queryRefund(const QString &outRefundNo)
{
    return get(u"/v3/refund/domestic/refunds/"_s + pathSegment(outRefundNo), u"query refund"_s);
}

} // namespace WeChatPayV3Api
