#pragma once

#include "db/database.h"
#include "result.h"

#include <QList>
#include <QString>

// One thing that happened to an order.
struct TimelineEvent
{
    enum class Kind : int {
        Created,
        Prepay,         // pay parameters handed out (the client API's unifiedpay, a test payment)
        Notification,   // a channel notification and the listener's verdict
        Alert,          // something finance must look at (amount mismatch…)
        Paid,
        RefundRequested,
        RefundFinished, // SUCCESS, CLOSED, FAILED
        ManualAction,   // an audit entry other than a refund (mark paid, reconciliation)
    };
    qint64 atMs = 0;
    Kind kind = Kind::Created;
    QString title;   // translated, one line
    QString detail;  // translated, may be empty
    QString key;     // machine key: the notify verdict, the refund status, the audit action
    QString who;     // OS user (profile) for people's actions
    bool problem = false; // shown highlighted: a rejected notification, an alert, a failed refund
};

// The whole history of one order, oldest first, from the order row, the prepay records
// (migration 0040), the notify journal and alerts (0020), refunds (0031) and the audit log
// (0030).
class OrderTimeline
{
public:
    explicit OrderTimeline(Database database) : m_db(std::move(database)) {}
    Result<QList<TimelineEvent>> forOrder(const QString &orderSn);

private:
    Database m_db;
};
