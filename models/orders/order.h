#pragma once

#include "orders/money.h"
#include "orders/paytypes.h"

#include <QString>

#include <optional>

// One row of <prefix>marketing_chat_order. Times are Unix seconds as likeadmin stores them.
struct Order
{
    qint64 id = 0;
    QString orderSn;
    quint32 userId = 0;
    Money amount;
    PayWay payWay = PayWay::Unknown;
    PayStatus payStatus = PayStatus::Unpaid;
    qint64 payTime = 0;
    QString transactionId;
    QString remark;
    qint64 createTime = 0;
    qint64 updateTime = 0;
    std::optional<qint64> deleteTime;

    bool isPaid() const { return payStatus == PayStatus::Paid; }
    bool isDeleted() const { return deleteTime.has_value(); }
};

// What the seed's createMarketingChatOrder answers: {order_id, order_sn, order_amount}.
struct CreatedOrder
{
    qint64 orderId = 0;
    QString orderSn;
    Money orderAmount;
};
