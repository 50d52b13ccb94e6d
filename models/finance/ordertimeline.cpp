#include "finance/ordertimeline.h"

#include "finance/auditlog.h"
#include "finance/refundservice.h"
#include "orders/orderrepository.h"
#include "orders/prepayjournal.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Verdicts of the listener that mean "the notification was turned away".
bool rejectedVerdict(const QString &verdict)
{
    static const QStringList accepted = {u"applied"_s, u"duplicate"_s, u"not_paid"_s, u"refund"_s};
    return !accepted.contains(verdict);
}
} // namespace

Result<QList<TimelineEvent>> OrderTimeline::forOrder(const QString &orderSn)
{
    QList<TimelineEvent> events;
    OrderRepository orders(m_db);
    auto found = orders.findBySn(orderSn, true);
    if (!found)
        return found.error();
    if (found->has_value()) {
        const Order &o = **found;
        TimelineEvent created;
        created.atMs = o.createTime * 1000;
        created.kind = TimelineEvent::Kind::Created;
        created.title = QCoreApplication::translate("OrderTimeline", "Created: %1").arg(o.amount.toDisplayString());
        created.detail = QCoreApplication::translate("OrderTimeline", "User %1, %2").arg(o.userId).arg(o.remark);
        events << created;
        if (o.isPaid()) {
            TimelineEvent paid;
            paid.atMs = o.payTime * 1000;
            paid.kind = TimelineEvent::Kind::Paid;
            paid.title = QCoreApplication::translate("OrderTimeline", "Paid by %1").arg(payWayDisplayName(o.payWay));
            paid.detail = QCoreApplication::translate("OrderTimeline", "Transaction %1").arg(o.transactionId);
            events << paid;
        }
        if (o.deleteTime) {
            TimelineEvent deleted;
            deleted.atMs = *o.deleteTime * 1000;
            deleted.kind = TimelineEvent::Kind::ManualAction;
            deleted.title = QCoreApplication::translate("OrderTimeline", "Deleted");
            deleted.problem = true;
            events << deleted;
        }
    }

    auto db = m_db.connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    auto prepays = PrepayJournal(m_db).forOrder(orderSn);
    if (!prepays)
        return prepays.error();
    for (const PrepayRecord &p : *prepays) {
        TimelineEvent e;
        e.atMs = p.createdAtMs;
        e.kind = TimelineEvent::Kind::Prepay;
        e.key = p.scene;
        e.title = QCoreApplication::translate("OrderTimeline", "Prepay with %1 (%2): %3")
                      .arg(payWayDisplayName(p.payWay), p.scene, p.amount.toDisplayString());
        QStringList detail;
        if (!p.prepayId.isEmpty())
            detail << QCoreApplication::translate("OrderTimeline", "prepay id %1").arg(p.prepayId);
        if (!p.summary.isEmpty())
            detail << p.summary;
        e.detail = detail.join(u"; "_s);
        events << e;
    }

    q.prepare(u"SELECT received_at, channel, route, verdict, http_status, transitioned, error, notified_fen FROM "_s
              + m_db.table(u"mcpay_notify_journal") + u" WHERE order_sn = ? ORDER BY id"_s);
    q.addBindValue(orderSn);
    if (!q.exec())
        return Database::queryError(q, QCoreApplication::translate("OrderTimeline", "Reading the notifications of an order"));
    while (q.next()) {
        TimelineEvent e;
        e.atMs = q.value(0).toLongLong();
        e.kind = TimelineEvent::Kind::Notification;
        e.key = q.value(3).toString();
        e.title = QCoreApplication::translate("OrderTimeline", "Notification from %1 (%2): %3, HTTP %4")
                      .arg(q.value(1).toString(), q.value(2).toString(), e.key)
                      .arg(q.value(4).toInt());
        QStringList detail;
        if (!q.value(7).isNull())
            detail << QCoreApplication::translate("OrderTimeline", "amount %1").arg(Money::fromFen(q.value(7).toLongLong()).toDisplayString());
        if (q.value(5).toInt() != 0)
            detail << QCoreApplication::translate("OrderTimeline", "marked the order paid");
        if (!q.value(6).toString().isEmpty())
            detail << q.value(6).toString();
        e.detail = detail.join(u"; "_s);
        e.problem = rejectedVerdict(e.key);
        events << e;
    }

    q.prepare(u"SELECT created_at, kind, message FROM "_s + m_db.table(u"mcpay_alert") + u" WHERE order_sn = ? ORDER BY id"_s);
    q.addBindValue(orderSn);
    if (!q.exec())
        return Database::queryError(q, QCoreApplication::translate("OrderTimeline", "Reading the alerts of an order"));
    while (q.next()) {
        TimelineEvent e;
        e.atMs = q.value(0).toLongLong() * 1000;
        e.kind = TimelineEvent::Kind::Alert;
        e.key = q.value(1).toString();
        e.title = QCoreApplication::translate("OrderTimeline", "Alert: %1").arg(e.key);
        e.detail = q.value(2).toString();
        e.problem = true;
        events << e;
    }

    RefundService refunds(m_db);
    auto list = refunds.forOrder(orderSn);
    if (!list)
        return list.error();
    for (const Refund &r : std::as_const(*list)) {
        TimelineEvent requested;
        requested.atMs = r.requestedAtMs;
        requested.kind = TimelineEvent::Kind::RefundRequested;
        requested.key = Refunds::statusKey(r.status);
        requested.title = QCoreApplication::translate("OrderTimeline", "Refund of %1 requested (%2), now %3")
                              .arg(r.amount.toDisplayString(), Refunds::reasonDisplayName(r.reason),
                                   Refunds::statusDisplayName(r.status));
        requested.detail = r.outRefundNo + (r.note.isEmpty() ? QString() : u" — "_s + r.note);
        requested.who = r.requestedBy;
        events << requested;
        if (r.finishedAtMs) {
            TimelineEvent finished;
            finished.atMs = *r.finishedAtMs;
            finished.kind = TimelineEvent::Kind::RefundFinished;
            finished.key = requested.key;
            finished.title = QCoreApplication::translate("OrderTimeline", "Refund %1: %2").arg(r.outRefundNo, Refunds::statusDisplayName(r.status));
            finished.detail = r.error.isEmpty() ? r.channelRefundId : r.error;
            finished.problem = r.status != RefundStatus::Success;
            events << finished;
        }
    }

    AuditLog audit(m_db);
    auto entries = audit.forObject(orderSn);
    if (!entries)
        return entries.error();
    for (const AuditEntry &a : std::as_const(*entries)) {
        if (a.action.startsWith(u"refund."_s))
            continue; // shown by the refund rows
        TimelineEvent e;
        e.atMs = a.atMs;
        e.kind = TimelineEvent::Kind::ManualAction;
        e.key = a.action;
        e.title = auditActionDisplayName(a.action);
        e.detail = a.reason;
        e.who = a.actor.osUser + u" ("_s + a.actor.profile + u')';
        events << e;
    }

    std::stable_sort(events.begin(), events.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) {
                         // At the same instant: the notification before the payment it caused.
                         return a.atMs != b.atMs ? a.atMs < b.atMs : int(a.kind) < int(b.kind);
                     });
    return events;
}
