#pragma once

#include "channelrequest.h"
#include "orders/money.h"

#include <QDateTime>
#include <QString>

// Request builders for WeChat Pay API v3 (JSON bodies, canonical URLs). Signing and sending
// are ChannelClient's job.
namespace WeChatPayV3Api {

struct PrepayArgs
{
    QString appid;
    QString mchid;
    QString description;
    QString outTradeNo;
    QString notifyUrl; // HTTPS, no query
    Money amount;
    QString attach;            // "marketing_chat"
    QDateTime timeExpire;      // optional
    QString payerOpenid;       // JSAPI / mini program
    QString payerClientIp;     // H5
};

struct RefundArgs
{
    QString outTradeNo;
    QString outRefundNo; // unique; the same number refunds once, so retries are safe
    QString reason;
    QString notifyUrl;
    Money refund;
    Money total;
};

ChannelRequest jsapiPrepay(const PrepayArgs &args);
ChannelRequest h5Prepay(const PrepayArgs &args);
ChannelRequest queryByOutTradeNo(const QString &mchid, const QString &outTradeNo);
ChannelRequest closeOrder(const QString &mchid, const QString &outTradeNo);
ChannelRequest refund(const RefundArgs &args);
ChannelRequest queryRefund(const QString &outRefundNo);

} // namespace WeChatPayV3Api
