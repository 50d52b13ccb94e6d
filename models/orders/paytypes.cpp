#include "paytypes.h"

#include <QCoreApplication>

std::optional<PayWay> payWayFromInt(int value)
{
    switch (value) {
    case 0: return PayWay::Unknown;
    case 1: return PayWay::WeChat;
    case 2: return PayWay::Alipay;
    case 3: return PayWay::Balance;
    default: return std::nullopt;
    }
}

std::optional<PayStatus> payStatusFromInt(int value)
{
    switch (value) {
    case 0: return PayStatus::Unpaid;
    case 1: return PayStatus::Paid;
    default: return std::nullopt;
    }
}

QString payWayDisplayName(PayWay way)
{
    switch (way) {
    case PayWay::WeChat: return QCoreApplication::translate("PayWay", "WeChat Pay");
    case PayWay::Alipay: return QCoreApplication::translate("PayWay", "Alipay");
    case PayWay::Balance: return QCoreApplication::translate("PayWay", "Balance");
    case PayWay::Unknown: break;
    }
    return QCoreApplication::translate("PayWay", "Not chosen");
}

QString payStatusDisplayName(PayStatus status)
{
    return status == PayStatus::Paid ? QCoreApplication::translate("PayStatus", "Paid")
                                     : QCoreApplication::translate("PayStatus", "Unpaid");
}

QString payWayKey(PayWay way)
{
    switch (way) {
    case PayWay::WeChat: return QStringLiteral("wechat");
    case PayWay::Alipay: return QStringLiteral("alipay");
    case PayWay::Balance: return QStringLiteral("balance");
    case PayWay::Unknown: break;
    }
    return QStringLiteral("none");
}

std::optional<PayWay> payWayFromKey(QStringView key)
{
    for (PayWay way : {PayWay::Unknown, PayWay::WeChat, PayWay::Alipay, PayWay::Balance}) {
        if (key.compare(payWayKey(way), Qt::CaseInsensitive) == 0)
            return way;
    }
    return std::nullopt;
}

QString payStatusKey(PayStatus status)
{
    return status == PayStatus::Paid ? QStringLiteral("paid") : QStringLiteral("unpaid");
}

std::optional<PayStatus> payStatusFromKey(QStringView key)
{
    if (key.compare(u"paid", Qt::CaseInsensitive) == 0)
        return PayStatus::Paid;
    if (key.compare(u"unpaid", Qt::CaseInsensitive) == 0)
        return PayStatus::Unpaid;
    return std::nullopt;
}
