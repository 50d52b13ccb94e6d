#pragma once

#include "db/database.h"
#include "orders/money.h"
#include "orders/paytypes.h"
#include "result.h"

#include <QList>
#include <QString>

// Pay parameters handed out for an order: a prepay at WeChat Pay, an Alipay cashier URL.
struct PrepayRecord
{
    QString orderSn;
    quint32 userId = 0;
    PayWay payWay = PayWay::Unknown;
    QString scene;        // "mnp", "oa", "h5", "alipay-wap"…
    QString prepayId;     // WeChat prepay_id
    QString payUrl;       // WeChat h5_url or the Alipay cashier URL
    Money amount;
    qint64 createdAtMs = 0; // 0 = now
    QString summary;      // one line about the channel's answer
};

// <prefix>mcpay_prepay (migration 0040): written by the client API stand-in's unifiedpay
// and by test payments, read by the order timeline. Uses the calling thread's connection.
class PrepayJournal
{
public:
    explicit PrepayJournal(Database database) : m_db(std::move(database)) {}
    Status record(const PrepayRecord &record);
    // Oldest first.
    Result<QList<PrepayRecord>> forOrder(const QString &orderSn) const;

private:
    Database m_db;
};
