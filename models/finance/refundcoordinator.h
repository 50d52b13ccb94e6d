#pragma once

#include "db/database.h"
#include "finance/refundgateway.h"
#include "finance/refundservice.h"
#include "result.h"

#include <QObject>

#include <functional>

// One refund from the person's click to the channel's answer: records it (RefundService),
// asks the channel (RefundGateway) only while it is PENDING, stores the answer. When the
// channel cannot be reached the refund stays PENDING with its out_refund_no, and refund()
// with that number (or refresh()) tries again without ever refunding twice.
class RefundCoordinator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefundCoordinator)

public:
    using Callback = std::function<void(Result<Refund>)>;

    RefundCoordinator(Database database, RefundGateway *gateway, QObject *parent = nullptr);

    RefundService &service() { return m_service; }

    // done runs once, later, on this object's thread.
    void refund(const RefundRequest &request, Callback done);
    // Asks the channel where an unfinished refund stands and records the answer.
    void refresh(const QString &outRefundNo, const AuditActor &actor, Callback done);

Q_SIGNALS:
    // A refund of the order was recorded or changed status.
    void refundChanged(const QString &orderSn);

private:
    void finish(const QString &outRefundNo, Result<RefundGatewayReply> reply, const AuditActor &actor, Callback done);
    void later(Callback done, Result<Refund> result);

    Database m_db;
    RefundService m_service;
    RefundGateway *m_gateway;
};
