#include "finance/channelreconciler.h"

#include "channels/channelclient.h"
#include "channels/wechatpayv3api.h"
#include "finance/channelrefundgateway.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {
using Kind = ReconciliationDifference::Kind;

// What the channel says about one order.
struct ChannelTrade
{
    bool paid = false;
    Money amount;
    QString transactionId;
    qint64 paidAtSecs = 0;
};

// One check to make.
struct Check
{
    enum class What { Trade, Refund } what = What::Trade;
    PayWay channel = PayWay::Unknown;
    qint64 orderId = 0;
    QString orderSn;
    Money ourAmount;
    bool paidHere = false;
    QString outRefundNo;
};
} // namespace

struct ChannelReconciler::Run
{
    QList<Check> checks;
    qsizetype nextIndex = 0;
    int running = 0;
    int finished = 0;
    ChannelReconciliation result;
    // Unpaid orders are asked on every channel: the first that says paid wins.
    QHash<QString, ReconciliationDifference> unpaidFindings;
    Callback done;
};

ChannelReconciler::ChannelReconciler(Database database, ChannelClient *client, Options options, QObject *parent)
    : QObject(parent),
      m_db(std::move(database)),
      m_client(client),
      m_options(std::move(options)),
      m_refunds(std::make_unique<ChannelRefundGateway>(client, m_options.alipaySigner))
{
}

ChannelReconciler::~ChannelReconciler() = default;

void ChannelReconciler::run(qint64 fromSecs, qint64 toSecs, Callback done)
{
    const auto fail = [this, &done](const Error &e) {
        QMetaObject::invokeMethod(this, [done, e] { done(e); }, Qt::QueuedConnection);
    };
    const bool weChat = !m_options.weChatMchid.isEmpty();
    const bool alipay = m_options.alipaySigner.isValid();
    if (!m_client || (!weChat && !alipay))
        return fail(Error(tr("No payment channel is configured to ask."), u"NOT_CONFIGURED"_s));
    auto db = m_db.connection();
    if (!db)
        return fail(db.error());

    auto run = std::make_shared<Run>();
    run->done = std::move(done);
    const QString orders = m_db.table(u"marketing_chat_order");
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, order_sn, "_s + m_db.fenExpression(u"order_amount"_s) + u", pay_status, pay_way FROM "_s + orders
              + u" WHERE delete_time IS NULL AND ((pay_status = 0 AND create_time >= ? AND create_time < ?) OR "
                u"(pay_status = 1 AND pay_way IN (1, 2) AND pay_time >= ? AND pay_time < ?)) ORDER BY id"_s);
    q.addBindValue(fromSecs);
    q.addBindValue(toSecs);
    q.addBindValue(fromSecs);
    q.addBindValue(toSecs);
    if (!q.exec())
        return fail(Database::queryError(q, tr("Reading the orders to reconcile")));
    while (q.next()) {
        Check c;
        c.orderId = q.value(0).toLongLong();
        c.orderSn = q.value(1).toString();
        c.ourAmount = Money::fromFen(q.value(2).toLongLong());
        c.paidHere = q.value(3).toInt() == 1;
        const auto way = payWayFromInt(q.value(4).toInt()).value_or(PayWay::Unknown);
        if (c.paidHere) {
            if ((way == PayWay::WeChat && weChat) || (way == PayWay::Alipay && alipay)) {
                c.channel = way;
                run->checks << c;
            }
            continue;
        }
        if (weChat) {
            c.channel = PayWay::WeChat;
            run->checks << c;
        }
        if (alipay) {
            c.channel = PayWay::Alipay;
            run->checks << c;
        }
    }
    q.prepare(u"SELECT order_sn, out_refund_no, amount_fen, pay_way FROM "_s + m_db.table(u"mcpay_refund")
              + u" WHERE status = 'SUCCESS' AND finished_at >= ? AND finished_at < ? ORDER BY id"_s);
    q.addBindValue(fromSecs * 1000);
    q.addBindValue(toSecs * 1000);
    if (!q.exec())
        return fail(Database::queryError(q, tr("Reading the refunds to reconcile")));
    while (q.next()) {
        Check c;
        c.what = Check::What::Refund;
        c.orderSn = q.value(0).toString();
        c.outRefundNo = q.value(1).toString();
        c.ourAmount = Money::fromFen(q.value(2).toLongLong());
        c.channel = payWayFromInt(q.value(3).toInt()).value_or(PayWay::Unknown);
        if ((c.channel == PayWay::WeChat && weChat) || (c.channel == PayWay::Alipay && alipay))
            run->checks << c;
    }
    if (run->checks.size() > m_options.maxOrders)
        return fail(Error(tr("%1 orders and refunds fall in the range; choose fewer days (at most %2 calls).")
                              .arg(run->checks.size())
                              .arg(m_options.maxOrders),
                          u"TOO_MANY"_s));
    if (run->checks.isEmpty()) {
        QMetaObject::invokeMethod(this, [run] { run->done(run->result); }, Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < qMax(1, m_options.concurrency); ++i)
        next(run);
}

void ChannelReconciler::next(std::shared_ptr<Run> run)
{
    if (run->nextIndex >= run->checks.size()) {
        if (run->running == 0 && run->done) {
            for (const ReconciliationDifference &d : std::as_const(run->unpaidFindings))
                run->result.differences << d;
            std::stable_sort(run->result.differences.begin(), run->result.differences.end(),
                             [](const auto &a, const auto &b) { return a.orderSn < b.orderSn; });
            auto done = std::move(run->done);
            run->done = nullptr;
            done(run->result);
        }
        return;
    }
    const Check check = run->checks.at(run->nextIndex++);
    ++run->running;
    const auto finishOne = [this, run] {
        --run->running;
        ++run->finished;
        Q_EMIT progress(run->finished, int(run->checks.size()));
        next(run);
    };

    if (check.what == Check::What::Refund) {
        m_refunds->queryRefund(check.channel, check.orderSn, check.outRefundNo, this,
                               [run, check, finishOne](Result<RefundGatewayReply> reply) {
                                   if (!reply) {
                                       run->result.errors << tr("Refund %1: %2").arg(check.outRefundNo, reply.errorMessage());
                                   } else {
                                       ++run->result.queried;
                                       if (reply->status != RefundStatus::Success) {
                                           ReconciliationDifference d;
                                           d.kind = Kind::RefundWithoutSuccess;
                                           d.orderSn = check.orderSn;
                                           d.outRefundNo = check.outRefundNo;
                                           d.ourAmount = check.ourAmount;
                                           d.payWay = check.channel;
                                           run->result.differences << d;
                                       }
                                   }
                                   finishOne();
                               });
        return;
    }

    const auto judge = [run, check](const ChannelTrade &trade) {
        ++run->result.queried;
        ReconciliationDifference d;
        d.orderSn = check.orderSn;
        d.ourAmount = check.ourAmount;
        d.payWay = check.channel;
        d.transactionId = trade.transactionId;
        d.channelAmount = trade.amount;
        d.channelTimeSecs = trade.paidAtSecs;
        if (check.paidHere) {
            if (!trade.paid) {
                d.kind = Kind::PaidHereMissingAtChannel;
                d.orderId = check.orderId;
                run->result.differences << d;
            } else if (trade.amount != check.ourAmount) {
                d.kind = Kind::AmountMismatch;
                d.orderId = check.orderId;
                run->result.differences << d;
            }
            return;
        }
        if (!trade.paid || run->unpaidFindings.contains(check.orderSn))
            return;
        d.kind = trade.amount == check.ourAmount ? Kind::PaidAtChannelUnpaidHere : Kind::AmountMismatch;
        d.orderId = d.kind == Kind::PaidAtChannelUnpaidHere ? check.orderId : 0;
        run->unpaidFindings.insert(check.orderSn, d);
    };
    const auto timeOf = [](const QString &text, bool alipayFormat) -> qint64 {
        if (alipayFormat) {
            const QDateTime t = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss"_s);
            return t.isValid() ? QDateTime(t.date(), t.time(), QTimeZone(8 * 3600)).toSecsSinceEpoch() : 0;
        }
        const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
        return t.isValid() ? t.toSecsSinceEpoch() : 0;
    };

    if (check.channel == PayWay::WeChat) {
        m_client->sendWeChat(WeChatPayV3Api::queryByOutTradeNo(m_options.weChatMchid, check.orderSn), this,
                             [run, check, judge, timeOf, finishOne](Result<ChannelResponse> r) {
                                 if (!r) {
                                     if (r.error().code == u"ORDER_NOT_EXIST" || r.error().code == u"RESOURCE_NOT_EXISTS")
                                         judge(ChannelTrade{});
                                     else
                                         run->result.errors << tr("Order %1 (WeChat Pay): %2").arg(check.orderSn, r.errorMessage());
                                     return finishOne();
                                 }
                                 const QString state = r->json.value(u"trade_state"_s).toString();
                                 ChannelTrade t;
                                 // REFUND: it was paid, then (partly) refunded.
                                 t.paid = state == u"SUCCESS" || state == u"REFUND";
                                 t.amount = Money::fromFen(r->json.value(u"amount"_s).toObject().value(u"total"_s).toInteger());
                                 t.transactionId = r->json.value(u"transaction_id"_s).toString();
                                 t.paidAtSecs = timeOf(r->json.value(u"success_time"_s).toString(), false);
                                 judge(t);
                                 finishOne();
                             });
        return;
    }
    auto request = m_options.alipaySigner.apiRequest(AlipayApi::TradeQuery, AlipayApi::tradeQuery(check.orderSn));
    if (!request) {
        run->result.errors << tr("Order %1 (Alipay): %2").arg(check.orderSn, request.errorMessage());
        QMetaObject::invokeMethod(this, finishOne, Qt::QueuedConnection);
        return;
    }
    m_client->sendAlipay(*request, this, [run, check, judge, timeOf, finishOne](Result<ChannelResponse> r) {
        if (!r) {
            if (r.error().code == u"ACQ.TRADE_NOT_EXIST")
                judge(ChannelTrade{});
            else
                run->result.errors << tr("Order %1 (Alipay): %2").arg(check.orderSn, r.errorMessage());
            return finishOne();
        }
        const QString status = r->json.value(u"trade_status"_s).toString();
        ChannelTrade t;
        t.paid = status == u"TRADE_SUCCESS" || status == u"TRADE_FINISHED";
        if (const auto m = Money::parse(r->json.value(u"total_amount"_s).toString()))
            t.amount = *m;
        t.transactionId = r->json.value(u"trade_no"_s).toString();
        t.paidAtSecs = timeOf(r->json.value(u"send_pay_date"_s).toString(), true);
        judge(t);
        finishOne();
    });
}
