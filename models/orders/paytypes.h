#pragma once

#include <QString>

#include <optional>

// How an order was paid; numbering as likeadmin's code uses it (the seed's SQL comment
// only names 1 and 2).
enum class PayWay : int {
    Unknown = 0,
    WeChat = 1,
    Alipay = 2,
    Balance = 3,
};

enum class PayStatus : int {
    Unpaid = 0,
    Paid = 1,
};

std::optional<PayWay> payWayFromInt(int value);
std::optional<PayStatus> payStatusFromInt(int value);
QString payWayDisplayName(PayWay way);
QString payStatusDisplayName(PayStatus status);
// Stable ASCII names used on the command line and in exports: wechat, alipay, balance.
QString payWayKey(PayWay way);
std::optional<PayWay> payWayFromKey(QStringView key);
QString payStatusKey(PayStatus status);
std::optional<PayStatus> payStatusFromKey(QStringView key);
