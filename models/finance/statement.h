#pragma once

#include "orders/money.h"
#include "orders/paytypes.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// One payment or refund line of a channel statement.
struct StatementLine
{
    enum class Kind { Payment, Refund };
    Kind kind = Kind::Payment;
    QString outTradeNo;
    QString transactionId;
    Money amount;          // payment: the order amount; refund: the refunded amount
    QString outRefundNo;   // refunds
    QString refundStatus;  // refunds: SUCCESS, PROCESSING… (Alipay lists successful refunds only)
    qint64 timeSecs = 0;   // Unix seconds (the statement's Beijing time)
    int lineNumber = 0;
};

// A statement downloaded from the merchant platform, parsed.
struct Statement
{
    PayWay channel = PayWay::Unknown;
    QList<StatementLine> lines;
    QStringList warnings; // lines that were skipped, and why

    // Reads a WeChat Pay trade bill ("交易账单", all transactions) or an Alipay business
    // detail bill ("业务明细"), detected from the header row. UTF-8 (with or without BOM) or
    // GB18030/GBK text. The columns read are listed in docs/finance.md.
    static Result<Statement> parse(const QByteArray &data);
    static Result<Statement> parseWeChat(const QString &text);
    static Result<Statement> parseAlipay(const QString &text);
};
