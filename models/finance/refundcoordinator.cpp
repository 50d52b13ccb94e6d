#include "finance/refundcoordinator.h"

#include "logging.h"

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::StringLiterals;

RefundCoordinator::RefundCoordinator(Database database, RefundGateway *gateway, QObject *parent)
    : QObject(parent), m_db(database), m_service(std::move(database)), m_gateway(gateway)
{
}

void RefundCoordinator::later(Callback done, Result<Refund> result)
{
    QMetaObject::invokeMethod(
        this, [done = std::move(done), result = std::move(result)] { done(result); }, Qt::QueuedConnection);
}

void RefundCoordinator::refund(const RefundRequest &request, Callback done)
{
    auto prepared = m_service.prepare(request);
    if (!prepared)
        return later(std::move(done), prepared.error());
    if (!prepared->reused)
        Q_EMIT refundChanged(prepared->refund.orderSn);
    if (!prepared->needsChannel())
        return later(std::move(done), prepared->refund);
    if (!m_gateway)
        return later(std::move(done), Error(tr("No payment channel is configured for refunds."), u"NOT_CONFIGURED"_s));

    const Refund &r = prepared->refund;
    RefundGatewayRequest call;
    call.payWay = r.payWay;
    call.outTradeNo = r.orderSn;
    call.outRefundNo = r.outRefundNo;
    call.refund = r.amount;
    call.total = prepared->order.amount;
    call.reason = Refunds::reasonDisplayName(r.reason);
    const QString outRefundNo = r.outRefundNo;
    const AuditActor actor = request.actor;
    m_gateway->requestRefund(call, this, [this, outRefundNo, actor, done = std::move(done)](Result<RefundGatewayReply> reply) {
        finish(outRefundNo, std::move(reply), actor, done);
    });
}

void RefundCoordinator::refresh(const QString &outRefundNo, const AuditActor &actor, Callback done)
{
    auto found = m_service.find(outRefundNo);
    if (!found)
        return later(std::move(done), found.error());
    if (!found->has_value())
        return later(std::move(done), Error(tr("There is no refund %1.").arg(outRefundNo), u"UNKNOWN_REFUND"_s));
    const Refund r = **found;
    if (Refunds::isFinal(r.status) && r.status != RefundStatus::Failed)
        return later(std::move(done), r);
    if (!m_gateway)
        return later(std::move(done), Error(tr("No payment channel is configured for refunds."), u"NOT_CONFIGURED"_s));
    m_gateway->queryRefund(r.payWay, r.orderSn, r.outRefundNo, this,
                           [this, outRefundNo, actor, done = std::move(done)](Result<RefundGatewayReply> reply) {
                               finish(outRefundNo, std::move(reply), actor, done);
                           });
}

void RefundCoordinator::finish(const QString &outRefundNo, Result<RefundGatewayReply> reply, const AuditActor &actor,
                               Callback done)
{
    if (!reply) {
        qCInfo(lcOrders) << "refund" << outRefundNo << "outcome unknown:" << reply.error().code;
        done(Error(tr("%1\nThe refund %2 stays requested; try again later: the same refund number never refunds twice.")
                       .arg(reply.errorMessage(), outRefundNo),
                   reply.error().code));
        return;
    }
    RefundOutcome outcome;
    outcome.status = reply->status;
    outcome.channelRefundId = reply->channelRefundId;
    if (reply->status == RefundStatus::Failed || !reply->message.isEmpty())
        outcome.error = reply->code.isEmpty() ? reply->message : reply->code + u": "_s + reply->message;
    auto t = m_service.recordOutcome(outRefundNo, outcome, actor);
    if (!t) {
        done(t.error());
        return;
    }
    if (t->changed)
        Q_EMIT refundChanged(t->refund.orderSn);
    done(t->refund);
}
