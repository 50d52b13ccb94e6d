#include "finance/reconciler.h"

#include "finance/auditlog.h"
#include "finance/refundservice.h"
#include "orders/orderrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {
using Kind = ReconciliationDifference::Kind;
} // namespace

QString reconciliationKindKey(Kind kind)
{
    switch (kind) {
    case Kind::PaidAtChannelUnpaidHere:
        return u"missed_notification"_s;
    case Kind::PaidHereMissingAtChannel:
        return u"missing_at_channel"_s;
    case Kind::AmountMismatch:
        return u"amount_mismatch"_s;
    case Kind::RefundWithoutSuccess:
        return u"refund_without_success"_s;
    case Kind::UnknownOrder:
        return u"unknown_order"_s;
    }
    return {};
}

QString reconciliationKindDisplayName(Kind kind)
{
    switch (kind) {
    case Kind::PaidAtChannelUnpaidHere:
        return QCoreApplication::translate("Reconciler", "Paid at the channel, unpaid here (missed notification)");
    case Kind::PaidHereMissingAtChannel:
        return QCoreApplication::translate("Reconciler", "Paid here, missing at the channel");
    case Kind::AmountMismatch:
        return QCoreApplication::translate("Reconciler", "Amount differs");
    case Kind::RefundWithoutSuccess:
        return QCoreApplication::translate("Reconciler", "Refunded here, not at the channel");
    case Kind::UnknownOrder:
        return QCoreApplication::translate("Reconciler", "Paid at the channel, no such order here");
    }
    return {};
}

Result<QList<ReconciliationDifference>> Reconciler::compare(const Statement &statement, qint64 fromSecs, qint64 toSecs)
{
    QList<ReconciliationDifference> out;
    OrderRepository orders(m_db);
    QSet<QString> paidAtChannel;
    QHash<QString, QString> channelRefundStatus; // out_refund_no -> status

    for (const StatementLine &l : statement.lines) {
        if (l.kind == StatementLine::Kind::Refund) {
            // A refund listed twice (PROCESSING, later SUCCESS) counts as its best state.
            if (channelRefundStatus.value(l.outRefundNo) != u"SUCCESS")
                channelRefundStatus.insert(l.outRefundNo, l.refundStatus);
            continue;
        }
        paidAtChannel.insert(l.outTradeNo);
        auto found = orders.findBySn(l.outTradeNo, true);
        if (!found)
            return found.error();
        ReconciliationDifference d;
        d.orderSn = l.outTradeNo;
        d.transactionId = l.transactionId;
        d.channelAmount = l.amount;
        d.channelTimeSecs = l.timeSecs;
        d.payWay = statement.channel;
        d.statementLine = l.lineNumber;
        if (!found->has_value()) {
            d.kind = Kind::UnknownOrder;
            out << d;
            continue;
        }
        const Order &o = **found;
        d.orderId = o.id;
        d.ourAmount = o.amount;
        if (o.amount != l.amount) {
            d.kind = Kind::AmountMismatch;
            d.orderId = o.isPaid() ? o.id : 0; // never offered for "apply"
            out << d;
            continue;
        }
        if (!o.isPaid()) {
            d.kind = Kind::PaidAtChannelUnpaidHere;
            out << d;
        }
    }

    auto db = m_db.connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, order_sn, transaction_id, "_s + m_db.fenExpression(u"order_amount"_s) + u", pay_time FROM "_s
              + m_db.table(u"marketing_chat_order")
              + u" WHERE pay_status = 1 AND delete_time IS NULL AND pay_way = ? AND pay_time >= ? AND pay_time < ? ORDER BY pay_time"_s);
    q.addBindValue(int(statement.channel));
    q.addBindValue(fromSecs);
    q.addBindValue(toSecs);
    if (!q.exec())
        return Database::queryError(q, QCoreApplication::translate("Reconciler", "Reading the paid orders"));
    while (q.next()) {
        const QString sn = q.value(1).toString();
        if (paidAtChannel.contains(sn))
            continue;
        ReconciliationDifference d;
        d.kind = Kind::PaidHereMissingAtChannel;
        d.orderId = q.value(0).toLongLong();
        d.orderSn = sn;
        d.transactionId = q.value(2).toString();
        d.ourAmount = Money::fromFen(q.value(3).toLongLong());
        d.payWay = statement.channel;
        out << d;
    }

    q.prepare(u"SELECT order_sn, out_refund_no, amount_fen FROM "_s + m_db.table(u"mcpay_refund")
              + u" WHERE status = 'SUCCESS' AND pay_way = ? AND finished_at >= ? AND finished_at < ? ORDER BY id"_s);
    q.addBindValue(int(statement.channel));
    q.addBindValue(fromSecs * 1000);
    q.addBindValue(toSecs * 1000);
    if (!q.exec())
        return Database::queryError(q, QCoreApplication::translate("Reconciler", "Reading the refunds"));
    while (q.next()) {
        const QString no = q.value(1).toString();
        if (channelRefundStatus.value(no) == u"SUCCESS")
            continue;
        ReconciliationDifference d;
        d.kind = Kind::RefundWithoutSuccess;
        d.orderSn = q.value(0).toString();
        d.outRefundNo = no;
        d.ourAmount = Money::fromFen(q.value(2).toLongLong());
        d.payWay = statement.channel;
        out << d;
    }
    return out;
}

Result<bool> Reconciler::apply(const ReconciliationDifference &d, const AuditActor &actor, const QString &reason)
{
    if (!d.canApply())
        return Error(QCoreApplication::translate("Reconciler", "Only a payment the channel has and this database lacks can be applied."), u"NOT_APPLICABLE"_s);
    if (reason.trimmed().isEmpty())
        return Error(QCoreApplication::translate("Reconciler", "Write why the order is marked paid."), u"REASON_REQUIRED"_s);
    OrderRepository orders(m_db);
    auto current = orders.findById(d.orderId);
    if (!current)
        return current.error();
    if (!current->has_value() || (*current)->orderSn != d.orderSn || (*current)->amount != d.channelAmount)
        return Error(QCoreApplication::translate("Reconciler", "Order %1 changed since the comparison; compare again.").arg(d.orderSn), u"STALE"_s);
    auto marked = orders.markPaid(d.orderId, MarkPaidRequest{d.transactionId, d.payWay, d.channelTimeSecs});
    if (!marked)
        return marked.error();
    if (!marked->transitioned)
        return false;
    AuditLog audit(m_db);
    const QJsonObject details{{u"transaction_id"_s, d.transactionId},
                              {u"amount_fen"_s, d.channelAmount.fen()},
                              {u"pay_way"_s, payWayKey(d.payWay)},
                              {u"pay_time"_s, d.channelTimeSecs},
                              {u"statement_line"_s, d.statementLine}};
    if (auto a = audit.append(actor, AuditAction::ReconciliationApplied, d.orderSn, details, reason.trimmed()); !a)
        return a.error();
    return true;
}
