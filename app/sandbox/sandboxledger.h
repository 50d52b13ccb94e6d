#pragma once

#include "orders/money.h"
#include "orders/paytypes.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QString>
#include <QHash>

#include <optional>

// How the payer reached the cashier.
enum class SandboxScene {
    MiniProgram,     // WeChat JSAPI in a mini program (/api/pay/notifyMnp)
    OfficialAccount, // WeChat JSAPI in the official account's H5 page (/api/pay/notifyOa)
    WeChatH5,        // WeChat H5 (MWEB) in an outside browser (/api/pay/notifyOa)
    AlipayWap,       // alipay.trade.wap.pay (/api/pay/aliNotify)
    AlipayPage,      // alipay.trade.page.pay
};
PayWay sandboxSceneChannel(SandboxScene scene);
QString sandboxSceneKey(SandboxScene scene);        // "mnp", "oa", "h5", "alipay-wap", "alipay-page"
std::optional<SandboxScene> sandboxSceneFromKey(QStringView key);
QString sandboxSceneDisplayName(SandboxScene scene); // translated

// What the payer does at the cashier.
enum class CashierOutcome {
    Pay,          // paid: the trade turns SUCCESS / TRADE_SUCCESS and a notification is due
    Cancel,       // the payer closes the cashier: the trade stays unpaid
    Fail,         // e.g. insufficient balance: WeChat PAYERROR, Alipay stays WAIT_BUYER_PAY
    LeaveUnpaid,  // nothing happens
};

struct SandboxRefund
{
    QString outRefundNo;
    QString refundId;            // channel's refund id
    qint64 refundFen = 0;
    QString reason;
    QString status;              // WeChat: SUCCESS | PROCESSING | CLOSED | ABNORMAL
    QDateTime createdAt;
    QDateTime finishedAt;
};

struct SandboxTrade
{
    QString outTradeNo;
    SandboxScene scene = SandboxScene::MiniProgram;
    QString appid;               // WeChat appid or Alipay app_id
    QString mchid;               // WeChat mchid (empty for Alipay)
    Money amount;
    QString description;         // WeChat description / Alipay subject
    QString attach;              // attach / passback_params
    QString notifyUrl;
    QString prepayId;            // WeChat
    QString payerOpenid;         // WeChat JSAPI
    QString transactionId;       // set when paid (WeChat 42…, Alipay trade_no)
    enum class State { NotPaid, Paid, PayError, Closed } state = State::NotPaid;
    QDateTime createdAt;
    QDateTime paidAt;
    QList<SandboxRefund> refunds;

    PayWay channel() const { return sandboxSceneChannel(scene); }
    qint64 refundedFen() const;  // SUCCESS and PROCESSING refunds
    // WeChat trade_state: NOTPAY, SUCCESS, REFUND (any refund), PAYERROR, CLOSED.
    QString weChatTradeState() const;
    // Alipay trade_status: WAIT_BUYER_PAY, TRADE_SUCCESS, TRADE_CLOSED (closed, or fully refunded).
    QString alipayTradeStatus() const;
};

// WeChat's trade_state_desc for a trade_state ("SUCCESS" → "支付成功"), as the channel words it.
QString weChatTradeStateDescription(const QString &state);

// The sandbox channels' memory of trades: what the gateway answers from and what the
// cashier changes. Thread-safe; lives as long as the sandbox runs (not persisted).
class SandboxLedger
{
public:
    struct PrepayRequest
    {
        SandboxScene scene = SandboxScene::MiniProgram;
        QString outTradeNo;
        QString appid;
        QString mchid;
        Money amount;
        QString description;
        QString attach;
        QString notifyUrl;
        QString payerOpenid;
    };
    // Creates the trade, or returns it again for the same out_trade_no and amount
    // (idempotent like the channels); a different amount or appid for a known out_trade_no
    // fails with code "OUT_TRADE_NO_USED"; a paid or closed trade with "ORDERPAID" / "ORDER_CLOSED".
    Result<SandboxTrade> prepay(const PrepayRequest &request);

    std::optional<SandboxTrade> find(const QString &outTradeNo) const;
    std::optional<SandboxTrade> findByPrepayId(const QString &prepayId) const;
    std::optional<SandboxTrade> findByTransactionId(const QString &transactionId) const;
    QList<SandboxTrade> trades() const; // newest first

    // The cashier's decision. Pay on a paid trade is refused ("ORDERPAID"), on a closed one
    // ("ORDER_CLOSED"); unknown out_trade_no: "ORDER_NOT_EXIST".
    Result<SandboxTrade> settle(const QString &outTradeNo, CashierOutcome outcome, const QDateTime &at = {});
    // Closing a paid trade fails with "ORDERPAID".
    Result<SandboxTrade> close(const QString &outTradeNo);
    // Idempotent by out_refund_no (the same number returns the same refund, never a second
    // one); refuses more than is still refundable ("NOT_ENOUGH"), unpaid trades
    // ("TRADE_NOT_PAID"). Refunds succeed at once (status SUCCESS).
    Result<std::pair<SandboxTrade, SandboxRefund>> refund(const QString &outTradeNo, const QString &outRefundNo,
                                                         qint64 refundFen, const QString &reason = {});
    std::optional<SandboxRefund> findRefund(const QString &outRefundNo) const;

    // Tests and reconciliation scenarios: put a trade in a given state directly.
    void put(const SandboxTrade &trade);
    void clear();

private:
    mutable QMutex m_mutex;
    QList<SandboxTrade> m_trades; // insertion order
};
