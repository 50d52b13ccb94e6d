#pragma once

#include "db/database.h"
#include "finance/profile.h"
#include "finance/statement.h"
#include "orders/order.h"
#include "result.h"

#include <QList>
#include <QString>

// One disagreement between the channel and this database.
struct ReconciliationDifference
{
    enum class Kind : int {
        PaidAtChannelUnpaidHere, // a missed notification: "apply" marks the order paid
        PaidHereMissingAtChannel,// paid here, absent from the channel's statement: alert
        AmountMismatch,          // both paid, different amounts
        RefundWithoutSuccess,    // refunded here (SUCCESS), not refunded at the channel
        UnknownOrder,            // paid at the channel for an order sn that is not here
    };
    Kind kind = Kind::PaidAtChannelUnpaidHere;
    QString orderSn;
    qint64 orderId = 0;          // 0 when the order is unknown
    QString transactionId;       // the channel's trade number
    QString outRefundNo;         // refunds
    Money ourAmount;
    Money channelAmount;
    qint64 channelTimeSecs = 0;
    PayWay payWay = PayWay::Unknown;
    int statementLine = 0;

    bool canApply() const { return kind == Kind::PaidAtChannelUnpaidHere && orderId > 0; }
};

QString reconciliationKindKey(ReconciliationDifference::Kind kind); // missed_notification, …
QString reconciliationKindDisplayName(ReconciliationDifference::Kind kind);

// Matches a channel statement with the orders and refunds of this database by out_trade_no
// (= order_sn, in full) and out_refund_no. Reports only differences; everything that agrees
// is silent.
class Reconciler
{
public:
    explicit Reconciler(Database database) : m_db(std::move(database)) {}

    // fromSecs/toSecs: the period the statement covers ([from, to), Unix seconds); orders paid
    // here by the statement's channel in that period must appear in it, and so must refunds
    // that succeeded here in it.
    Result<QList<ReconciliationDifference>> compare(const Statement &statement, qint64 fromSecs, qint64 toSecs);

    // Applies a missed notification: OrderRepository::markPaid with the channel's trade number
    // and time, then an audit entry (reconciliation.applied) with the reason. Returns whether
    // the order turned paid by this call (false: it was paid meanwhile).
    Result<bool> apply(const ReconciliationDifference &difference, const AuditActor &actor, const QString &reason);

private:
    Database m_db;
};
