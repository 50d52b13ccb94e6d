#pragma once

#include <QByteArray>
#include <QString>

// One call to a payment channel, before signing: what ChannelClient sends.
struct ChannelRequest
{
    QByteArray method;      // "GET", "POST"
    QString pathAndQuery;   // WeChat: the canonical URL ("/v3/pay/transactions/jsapi"); Alipay: empty
    QByteArray body;        // exact bytes sent (JSON for WeChat, form for Alipay)
    QByteArray contentType; // for POST
    bool idempotent = false; // may be retried after a timeout or a 5xx
    QString operation;      // short name for logs and messages: "jsapi prepay", "trade.query"
    QString responseNode;   // Alipay: the response node to verify ("alipay_trade_query_response")
};
