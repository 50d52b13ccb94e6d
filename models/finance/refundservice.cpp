#include "finance/refundservice.h"

#include "orders/orderrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

QString text(const QString &value)
{
    return value.isNull() ? QString(u""_s) : value;
}

const QString refundColumns = u"id, order_sn, out_refund_no, pay_way, amount_fen, reason, note, status, "
                              u"channel_refund_id, requested_by, requested_at, finished_at, error"_s;

Refund readRefund(const QSqlQuery &q)
{
    Refund r;
    r.id = q.value(0).toLongLong();
    r.orderSn = q.value(1).toString();
    r.outRefundNo = q.value(2).toString();
    r.payWay = payWayFromInt(q.value(3).toInt()).value_or(PayWay::Unknown);
    r.amount = Money::fromFen(q.value(4).toLongLong());
    r.reason = Refunds::reasonFromKey(q.value(5).toString()).value_or(RefundReason::Other);
    r.note = q.value(6).toString();
    r.status = Refunds::statusFromKey(q.value(7).toString()).value_or(RefundStatus::Failed);
    r.channelRefundId = q.value(8).toString();
    r.requestedBy = q.value(9).toString();
    r.requestedAtMs = q.value(10).toLongLong();
    if (!q.value(11).isNull())
        r.finishedAtMs = q.value(11).toLongLong();
    r.error = q.value(12).toString();
    return r;
}

QJsonObject refundDetails(const Refund &r)
{
    return QJsonObject{
        {u"out_refund_no"_s, r.outRefundNo},
        {u"amount_fen"_s, r.amount.fen()},
        {u"amount"_s, r.amount.toString()},
        {u"reason"_s, Refunds::reasonKey(r.reason)},
        {u"status"_s, Refunds::statusKey(r.status)},
        {u"channel_refund_id"_s, r.channelRefundId},
        {u"pay_way"_s, payWayKey(r.payWay)},
    };
}
} // namespace

RefundService::RefundService(Database database)
    : m_db(std::move(database)), m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

Result<RefundSummary> RefundService::summaryOn(QSqlDatabase &db, const Order &order, const QString &excludeOutRefundNo)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT status, COALESCE(SUM(amount_fen), 0) FROM "_s + m_db.table(u"mcpay_refund")
              + u" WHERE order_sn = ? AND out_refund_no <> ? GROUP BY status"_s);
    q.addBindValue(order.orderSn);
    q.addBindValue(text(excludeOutRefundNo));
    if (!q.exec())
        return Database::queryError(q, QCoreApplication::translate("RefundService", "Reading the refunds of an order"));
    RefundSummary s;
    s.orderSn = order.orderSn;
    s.orderAmount = order.amount;
    while (q.next()) {
        const auto status = Refunds::statusFromKey(q.value(0).toString());
        const Money sum = Money::fromFen(q.value(1).toLongLong());
        if (!status)
            continue;
        if (*status == RefundStatus::Success)
            s.refunded = s.refunded + sum;
        else if (Refunds::holdsAmount(*status))
            s.inFlight = s.inFlight + sum;
    }
    s.refundable = order.amount - s.refunded - s.inFlight;
    if (s.refundable.fen() < 0)
        s.refundable = Money();
    if (s.refunded.isZero())
        s.state = OrderRefundState::None;
    else if (s.refunded < order.amount)
        s.state = OrderRefundState::Partial;
    else
        s.state = OrderRefundState::Full;
    return s;
}

Result<std::optional<Refund>> RefundService::findOn(QSqlDatabase &db, const QString &outRefundNo, bool forUpdate)
{
    QSqlQuery q(db);
    QString sql = u"SELECT "_s + refundColumns + u" FROM "_s + m_db.table(u"mcpay_refund") + u" WHERE out_refund_no = ?"_s;
    if (forUpdate && m_db.dialect() == SqlDialect::MySql)
        sql += u" FOR UPDATE"_s;
    q.prepare(sql);
    q.addBindValue(outRefundNo);
    if (!q.exec())
        return Database::queryError(q, QCoreApplication::translate("RefundService", "Reading a refund"));
    if (!q.next())
        return std::optional<Refund>();
    return std::optional<Refund>(readRefund(q));
}

Result<PreparedRefund> RefundService::prepare(const RefundRequest &request)
{
    if (request.amount.fen() <= 0)
        return Error(QCoreApplication::translate("RefundService", "The refund amount must be more than 0."), u"AMOUNT"_s);
    if (request.reason == RefundReason::Other && request.note.trimmed().isEmpty())
        return Error(QCoreApplication::translate("RefundService", "Write a note that explains the refund."), u"NOTE_REQUIRED"_s);
    if (request.note.size() > MaxNoteLength)
        return Error(QCoreApplication::translate("RefundService", "The note is longer than %1 characters.").arg(MaxNoteLength), u"NOTE_TOO_LONG"_s);
    if (request.outRefundNo.size() > 64)
        return Error(QCoreApplication::translate("RefundService", "The refund number is longer than 64 characters."), u"OUT_REFUND_NO"_s);

    auto db = m_db.connection();
    if (!db)
        return db.error();
    Transaction tx(*db);
    if (!tx.begun())
        return Error(QCoreApplication::translate("RefundService", "Could not start a transaction for the refund."), u"DB"_s);

    // Serialise refunds of one order: lock its row (MySQL; SQLite locks the database on write).
    if (m_db.dialect() == SqlDialect::MySql) {
        QSqlQuery lock(*db);
        lock.prepare(u"SELECT id FROM "_s + m_db.table(u"marketing_chat_order") + u" WHERE order_sn = ? FOR UPDATE"_s);
        lock.addBindValue(request.orderSn);
        if (!lock.exec())
            return Database::queryError(lock, QCoreApplication::translate("RefundService", "Locking the order"));
    }

    OrderRepository orders(m_db);
    auto found = orders.findBySn(request.orderSn);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error(QCoreApplication::translate("RefundService", "There is no order %1.").arg(request.orderSn), u"UNKNOWN_ORDER"_s);
    const Order order = **found;
    if (!order.isPaid())
        return Error(QCoreApplication::translate("RefundService", "Order %1 is not paid; there is nothing to refund.").arg(order.orderSn), u"NOT_PAID"_s);
    if (order.payWay != PayWay::WeChat && order.payWay != PayWay::Alipay)
        return Error(QCoreApplication::translate("RefundService", "Order %1 was paid by %2, which cannot be refunded from here.")
                         .arg(order.orderSn, payWayDisplayName(order.payWay)),
                     u"PAY_WAY"_s);

    AuditLog audit(m_db);
    audit.setClock(m_nowMs);
    const qint64 now = m_nowMs();

    if (!request.outRefundNo.isEmpty()) {
        auto existing = findOn(*db, request.outRefundNo, true);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            Refund r = **existing;
            if (r.orderSn != order.orderSn || r.amount != request.amount)
                return Error(QCoreApplication::translate("RefundService", "Refund number %1 already belongs to a refund of %2 for order %3.")
                                 .arg(r.outRefundNo, r.amount.toDisplayString(), r.orderSn),
                             u"OUT_REFUND_NO_CONFLICT"_s);
            if (r.status != RefundStatus::Failed)
                return PreparedRefund{r, order, true};
            // A refused refund tried again: it holds its amount again, so check it again.
            auto s = summaryOn(*db, order, r.outRefundNo);
            if (!s)
                return s.error();
            if (request.amount > s->refundable)
                return Error(QCoreApplication::translate("RefundService", "Only %1 of order %2 can still be refunded.")
                                 .arg(s->refundable.toDisplayString(), order.orderSn),
                             u"OVER_REFUND"_s);
            QSqlQuery q(*db);
            q.prepare(u"UPDATE "_s + m_db.table(u"mcpay_refund")
                      + u" SET status = ?, error = '', finished_at = NULL WHERE out_refund_no = ?"_s);
            q.addBindValue(Refunds::statusKey(RefundStatus::Pending));
            q.addBindValue(r.outRefundNo);
            if (!q.exec())
                return Database::queryError(q, QCoreApplication::translate("RefundService", "Retrying a refund"));
            r.status = RefundStatus::Pending;
            r.error.clear();
            r.finishedAtMs.reset();
            QJsonObject details = refundDetails(r);
            details.insert(u"retry"_s, true);
            if (auto a = audit.append(request.actor, AuditAction::RefundRequested, order.orderSn, details, request.note); !a)
                return a.error();
            if (Status c = tx.commit(); !c)
                return c.error();
            return PreparedRefund{r, order, true};
        }
    }

    auto s = summaryOn(*db, order);
    if (!s)
        return s.error();
    if (request.amount > s->refundable)
        return Error(QCoreApplication::translate("RefundService", "Only %1 of order %2 can still be refunded; %3 was asked.")
                         .arg(s->refundable.toDisplayString(), order.orderSn, request.amount.toDisplayString()),
                     u"OVER_REFUND"_s);

    Refund r;
    r.orderSn = order.orderSn;
    r.payWay = order.payWay;
    r.amount = request.amount;
    r.reason = request.reason;
    r.note = request.note.trimmed();
    r.status = RefundStatus::Pending;
    r.requestedBy = request.actor.osUser;
    r.requestedAtMs = now;
    r.outRefundNo = request.outRefundNo;
    if (r.outRefundNo.isEmpty()) {
        auto next = nextOutRefundNo(order.orderSn);
        if (!next)
            return next.error();
        r.outRefundNo = *next;
    }

    QSqlQuery q(*db);
    q.prepare(u"INSERT INTO "_s + m_db.table(u"mcpay_refund")
              + u" (order_sn, out_refund_no, pay_way, amount_fen, reason, note, status, channel_refund_id, "
                u"requested_by, requested_at, error) VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, ?, '')"_s);
    q.addBindValue(r.orderSn);
    q.addBindValue(r.outRefundNo);
    q.addBindValue(int(r.payWay));
    q.addBindValue(r.amount.fen());
    q.addBindValue(Refunds::reasonKey(r.reason));
    q.addBindValue(text(r.note));
    q.addBindValue(Refunds::statusKey(r.status));
    q.addBindValue(text(r.requestedBy.left(64)));
    q.addBindValue(r.requestedAtMs);
    if (!q.exec()) {
        if (Database::isUniqueViolation(q.lastError()))
            return Error(QCoreApplication::translate("RefundService", "Refund number %1 is taken; open the refund again.").arg(r.outRefundNo),
                         u"OUT_REFUND_NO_CONFLICT"_s);
        return Database::queryError(q, QCoreApplication::translate("RefundService", "Recording the refund"));
    }
    r.id = q.lastInsertId().toLongLong();
    if (auto a = audit.append(request.actor, AuditAction::RefundRequested, order.orderSn, refundDetails(r), r.note); !a)
        return a.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return PreparedRefund{r, order, false};
}

Result<RefundTransition> RefundService::recordOutcome(const QString &outRefundNo, const RefundOutcome &outcome,
                                                      const AuditActor &actor)
{
    auto db = m_db.connection();
    if (!db)
        return db.error();
    Transaction tx(*db);
    if (!tx.begun())
        return Error(QCoreApplication::translate("RefundService", "Could not start a transaction for the refund."), u"DB"_s);
    auto found = findOn(*db, outRefundNo, true);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error(QCoreApplication::translate("RefundService", "There is no refund %1.").arg(outRefundNo), u"UNKNOWN_REFUND"_s);
    RefundTransition t;
    t.refund = **found;
    const RefundStatus from = t.refund.status;
    if (!Refunds::canMove(from, outcome.status)) {
        t.refused = true;
        return t;
    }
    const bool sameStatus = from == outcome.status;
    const bool newId = !outcome.channelRefundId.isEmpty() && outcome.channelRefundId != t.refund.channelRefundId;
    if (sameStatus && !newId)
        return t;

    t.refund.status = outcome.status;
    if (!outcome.channelRefundId.isEmpty())
        t.refund.channelRefundId = outcome.channelRefundId.left(64);
    if (!outcome.error.isEmpty() || outcome.status == RefundStatus::Success)
        t.refund.error = outcome.error.left(1024);
    if (Refunds::isFinal(outcome.status))
        t.refund.finishedAtMs = outcome.finishedAtMs > 0 ? outcome.finishedAtMs : m_nowMs();

    QSqlQuery q(*db);
    q.prepare(u"UPDATE "_s + m_db.table(u"mcpay_refund")
              + u" SET status = ?, channel_refund_id = ?, finished_at = ?, error = ? WHERE out_refund_no = ?"_s);
    q.addBindValue(Refunds::statusKey(t.refund.status));
    q.addBindValue(text(t.refund.channelRefundId));
    q.addBindValue(t.refund.finishedAtMs ? QVariant(*t.refund.finishedAtMs) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(text(t.refund.error));
    q.addBindValue(outRefundNo);
    if (!q.exec())
        return Database::queryError(q, QCoreApplication::translate("RefundService", "Recording the refund's answer"));

    if (!sameStatus) {
        AuditLog audit(m_db);
        audit.setClock(m_nowMs);
        QJsonObject details = refundDetails(t.refund);
        details.insert(u"from"_s, Refunds::statusKey(from));
        if (!t.refund.error.isEmpty())
            details.insert(u"error"_s, t.refund.error);
        if (auto a = audit.append(actor, AuditAction::RefundResult, t.refund.orderSn, details); !a)
            return a.error();
    }
    if (Status c = tx.commit(); !c)
        return c.error();
    t.changed = true;
    return t;
}

Result<std::optional<Refund>> RefundService::find(const QString &outRefundNo)
{
    auto db = m_db.connection();
    if (!db)
        return db.error();
    return findOn(*db, outRefundNo, false);
}

Result<QList<Refund>> RefundService::select(const QString &where, const QVariantList &binds, const QString &order, int limit)
{
    auto db = m_db.connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    QString sql = u"SELECT "_s + refundColumns + u" FROM "_s + m_db.table(u"mcpay_refund") + u" WHERE "_s + where
        + u" ORDER BY "_s + order;
    if (limit > 0)
        sql += u" LIMIT %1"_s.arg(limit);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Database::queryError(q, QCoreApplication::translate("RefundService", "Reading refunds"));
    QList<Refund> list;
    while (q.next())
        list << readRefund(q);
    return list;
}

Result<QList<Refund>> RefundService::forOrder(const QString &orderSn)
{
    return select(u"order_sn = ?"_s, {orderSn}, u"id"_s, 0);
}

Result<QList<Refund>> RefundService::unfinished(int limit)
{
    return select(u"status IN ('PENDING', 'PROCESSING', 'ABNORMAL')"_s, {}, u"id"_s, limit);
}

Result<QList<Refund>> RefundService::requestedBetween(qint64 fromMs, qint64 toMs)
{
    return select(u"requested_at >= ? AND requested_at < ?"_s, {fromMs, toMs}, u"id"_s, 0);
}

Result<RefundSummary> RefundService::summary(const QString &orderSn)
{
    auto db = m_db.connection();
    if (!db)
        return db.error();
    OrderRepository orders(m_db);
    auto found = orders.findBySn(orderSn, true);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error(QCoreApplication::translate("RefundService", "There is no order %1.").arg(orderSn), u"UNKNOWN_ORDER"_s);
    return summaryOn(*db, **found);
}

Result<QString> RefundService::nextOutRefundNo(const QString &orderSn)
{
    auto db = m_db.connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.prepare(u"SELECT COUNT(*) FROM "_s + m_db.table(u"mcpay_refund") + u" WHERE order_sn = ?"_s);
    q.addBindValue(orderSn);
    if (!q.exec() || !q.next())
        return Database::queryError(q, QCoreApplication::translate("RefundService", "Numbering the refund"));
    int n = q.value(0).toInt() + 1;
    // Skip numbers taken by a concurrent refund of the same order.
    for (int i = 0; i < 100; ++i, ++n) {
        const QString candidate = orderSn + u'R' + QString::number(n).rightJustified(2, u'0');
        auto existing = findOn(*db, candidate, false);
        if (!existing)
            return existing.error();
        if (!existing->has_value())
            return candidate;
    }
    return Error(QCoreApplication::translate("RefundService", "Order %1 has too many refunds.").arg(orderSn), u"TOO_MANY_REFUNDS"_s);
}
