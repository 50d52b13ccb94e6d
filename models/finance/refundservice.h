#pragma once

#include "db/database.h"
#include "finance/auditlog.h"
#include "finance/refund.h"
#include "orders/order.h"
#include "result.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

struct RefundRequest
{
    QString orderSn;
    Money amount;
    RefundReason reason = RefundReason::Other;
    QString note;        // required when the reason is Other
    QString outRefundNo; // empty: a new number; given: a retry of that refund
    AuditActor actor;
};

struct PreparedRefund
{
    Refund refund;
    Order order;
    bool reused = false; // the out_refund_no existed: nothing new was recorded
    // Whether the channel must be asked (PENDING); otherwise the refund already has an answer.
    bool needsChannel() const { return refund.status == RefundStatus::Pending; }
};

// What the channel (or a refund notification) said about a refund.
struct RefundOutcome
{
    RefundStatus status = RefundStatus::Processing;
    QString channelRefundId;
    QString error;
    qint64 finishedAtMs = 0; // 0 = now, for final statuses
};

struct RefundTransition
{
    bool changed = false;   // the row moved to a new status by this call
    bool refused = false;   // the move is not allowed (a final refund does not change)
    Refund refund;          // the row as it is after the call
};

// Records refunds and keeps them within what was paid. All arithmetic in integer fen inside a
// transaction that locks the order row (MySQL) or the database (SQLite), so two people
// refunding one order at once can never give back more than it took. Every change writes an
// audit entry in the same transaction. Talks to no channel: RefundCoordinator (app/finance)
// sends what prepare() recorded and brings the answer back through recordOutcome().
class RefundService
{
public:
    explicit RefundService(Database database);
    void setClock(std::function<qint64()> unixNowMs) { m_nowMs = std::move(unixNowMs); }

    // Validates and records a refund as PENDING, or finds the one with the given
    // out_refund_no (a retry: never a second refund). Refuses an amount of 0 or above what
    // is still refundable, an unpaid, deleted or unknown order, a channel other than WeChat
    // or Alipay, a missing note for "other".
    Result<PreparedRefund> prepare(const RefundRequest &request);

    // Applies an answer of the channel. Moves only along Refunds::canMove; a final refund
    // stays as it is (refused = true) and a repeated answer changes nothing (changed = false).
    Result<RefundTransition> recordOutcome(const QString &outRefundNo, const RefundOutcome &outcome,
                                           const AuditActor &actor);

    Result<std::optional<Refund>> find(const QString &outRefundNo);
    Result<QList<Refund>> forOrder(const QString &orderSn); // oldest first
    Result<RefundSummary> summary(const QString &orderSn);
    // Refunds that wait for an answer (PENDING, PROCESSING, ABNORMAL), oldest first.
    Result<QList<Refund>> unfinished(int limit = 500);
    // Refunds requested in [fromMs, toMs), oldest first.
    Result<QList<Refund>> requestedBetween(qint64 fromMs, qint64 toMs);

    // The next out_refund_no of an order: <order sn>R<nn>. A dialog takes one when it opens
    // and sends it with every attempt, so pressing OK twice refunds once.
    Result<QString> nextOutRefundNo(const QString &orderSn);

    static constexpr int MaxNoteLength = 255;

private:
    Result<RefundSummary> summaryOn(QSqlDatabase &db, const Order &order, const QString &excludeOutRefundNo = {});
    Result<std::optional<Refund>> findOn(QSqlDatabase &db, const QString &outRefundNo, bool forUpdate);
    Result<QList<Refund>> select(const QString &where, const QVariantList &binds, const QString &order, int limit);

    Database m_db;
    std::function<qint64()> m_nowMs;
};
