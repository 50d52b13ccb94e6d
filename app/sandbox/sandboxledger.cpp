#include "sandboxledger.h"

#include "crypto/securerandom.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

PayWay sandboxSceneChannel(SandboxScene scene)
{
    switch (scene) {
    case SandboxScene::MiniProgram:
    case SandboxScene::OfficialAccount:
    case SandboxScene::WeChatH5:
        return PayWay::WeChat;
    case SandboxScene::AlipayWap:
    case SandboxScene::AlipayPage:
        return PayWay::Alipay;
    }
    return PayWay::Unknown;
}

QString sandboxSceneKey(SandboxScene scene)
{
    switch (scene) {
    case SandboxScene::MiniProgram: return u"mnp"_s;
    case SandboxScene::OfficialAccount: return u"oa"_s;
    case SandboxScene::WeChatH5: return u"h5"_s;
    case SandboxScene::AlipayWap: return u"alipay-wap"_s;
    case SandboxScene::AlipayPage: return u"alipay-page"_s;
    }
    return {};
}

std::optional<SandboxScene> sandboxSceneFromKey(QStringView key)
{
    for (SandboxScene s : {SandboxScene::MiniProgram, SandboxScene::OfficialAccount, SandboxScene::WeChatH5,
                           SandboxScene::AlipayWap, SandboxScene::AlipayPage}) {
        if (key == sandboxSceneKey(s))
            return s;
    }
    return std::nullopt;
}

QString sandboxSceneDisplayName(SandboxScene scene)
{
    switch (scene) {
    case SandboxScene::MiniProgram: return QCoreApplication::translate("SandboxScene", "WeChat mini program");
    case SandboxScene::OfficialAccount: return QCoreApplication::translate("SandboxScene", "WeChat official account");
    case SandboxScene::WeChatH5: return QCoreApplication::translate("SandboxScene", "WeChat H5 (outside browser)");
    case SandboxScene::AlipayWap: return QCoreApplication::translate("SandboxScene", "Alipay H5 (wap)");
    case SandboxScene::AlipayPage: return QCoreApplication::translate("SandboxScene", "Alipay PC (page)");
    }
    return {};
}

qint64 SandboxTrade::refundedFen() const
{
    qint64 total = 0;
    for (const SandboxRefund &r : refunds) {
        if (r.status == u"SUCCESS" || r.status == u"PROCESSING")
            total += r.refundFen;
    }
    return total;
}

QString SandboxTrade::weChatTradeState() const
{
    switch (state) {
    case State::NotPaid: return u"NOTPAY"_s;
    case State::PayError: return u"PAYERROR"_s;
    case State::Closed: return u"CLOSED"_s;
    case State::Paid: return refunds.isEmpty() ? u"SUCCESS"_s : u"REFUND"_s;
    }
    return {};
}

QString SandboxTrade::alipayTradeStatus() const
{
    switch (state) {
    case State::NotPaid:
    case State::PayError:
        return u"WAIT_BUYER_PAY"_s;
    case State::Closed:
        return u"TRADE_CLOSED"_s;
    case State::Paid:
        return refundedFen() >= amount.fen() ? u"TRADE_CLOSED"_s : u"TRADE_SUCCESS"_s;
    }
    return {};
}

namespace {
QString digits(int n)
{
    const QByteArray random = SecureRandom::bytes(n);
    QString out;
    out.reserve(n);
    for (const char c : random)
        out += QChar(u'0' + int(static_cast<unsigned char>(c) % 10));
    return out;
}

QString lowerHex(int bytes)
{
    return QString::fromLatin1(SecureRandom::bytes(bytes).toHex());
}

QDateTime chinaTime(const QDateTime &t)
{
    return t.toTimeZone(QTimeZone(8 * 3600));
}

// Channel-shaped ids: WeChat prepay_id "wx" + time + hex, transaction_id "4200" + 24
// digits, refund_id "50" + 27 digits; Alipay trade_no yyyyMMdd + "22001" + 15 digits.
QString newPrepayId(const QDateTime &now)
{
    return u"wx"_s + chinaTime(now).toString(u"ddHHmmss"_s) + lowerHex(12) + digits(4);
}

QString newTransactionId(PayWay channel, const QDateTime &now)
{
    if (channel == PayWay::Alipay)
        return chinaTime(now).toString(u"yyyyMMdd"_s) + u"22001"_s + digits(15);
    return u"4200"_s + digits(6) + chinaTime(now).toString(u"yyyyMMdd"_s) + digits(10);
}

QString newOpenid()
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QString out = u"o"_s;
    for (const char c : SecureRandom::bytes(27))
        out += QLatin1Char(alphabet[static_cast<unsigned char>(c) % 64]);
    return out;
}

Error ledgerError(const char *code, const QString &message)
{
    return Error(message, QString::fromLatin1(code));
}

Error notFound(const QString &outTradeNo)
{
    return ledgerError("ORDER_NOT_EXIST",
                       QCoreApplication::translate("SandboxLedger", "The sandbox has no trade %1.").arg(outTradeNo));
}

Error paidAlready(const QString &outTradeNo)
{
    return ledgerError("ORDERPAID", QCoreApplication::translate("SandboxLedger", "Trade %1 is paid already.").arg(outTradeNo));
}

Error closedAlready(const QString &outTradeNo)
{
    return ledgerError("ORDER_CLOSED", QCoreApplication::translate("SandboxLedger", "Trade %1 is closed.").arg(outTradeNo));
}
} // namespace

Result<SandboxTrade> SandboxLedger::prepay(const PrepayRequest &request)
{
    if (request.outTradeNo.isEmpty() || request.outTradeNo.size() > 64)
        return ledgerError("PARAM_ERROR", QCoreApplication::translate("SandboxLedger", "out_trade_no must have 1 to 64 characters."));
    if (request.amount.fen() <= 0)
        return ledgerError("PARAM_ERROR", QCoreApplication::translate("SandboxLedger", "The amount must be at least 0.01."));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const PayWay channel = sandboxSceneChannel(request.scene);

    QMutexLocker lock(&m_mutex);
    const auto it = std::find_if(m_trades.begin(), m_trades.end(),
                                 [&](const SandboxTrade &t) { return t.outTradeNo == request.outTradeNo; });
    if (it != m_trades.end()) {
        SandboxTrade &t = *it;
        if (t.state == SandboxTrade::State::Paid)
            return paidAlready(t.outTradeNo);
        if (t.state == SandboxTrade::State::Closed)
            return closedAlready(t.outTradeNo);
        // WeChat and Alipay keep separate books: an unpaid trade at one channel is
        // abandoned when the payer switches to the other one.
        if (t.channel() == channel) {
            if (t.amount != request.amount || t.appid != request.appid)
                return ledgerError("OUT_TRADE_NO_USED",
                                   QCoreApplication::translate("SandboxLedger", "out_trade_no %1 was used with another amount or appid.")
                                       .arg(t.outTradeNo));
            // The same order prepaid again (another scene of the same channel, a new
            // notify URL): the channel answers with the trade it has.
            t.scene = request.scene;
            if (!request.notifyUrl.isEmpty())
                t.notifyUrl = request.notifyUrl;
            if (!request.payerOpenid.isEmpty())
                t.payerOpenid = request.payerOpenid;
            if (channel == PayWay::WeChat && t.prepayId.isEmpty())
                t.prepayId = newPrepayId(now);
            return t;
        }
        m_trades.erase(it);
    }
    SandboxTrade t;
    t.outTradeNo = request.outTradeNo;
    t.scene = request.scene;
    t.appid = request.appid;
    t.mchid = request.mchid;
    t.amount = request.amount;
    t.description = request.description;
    t.attach = request.attach;
    t.notifyUrl = request.notifyUrl;
    t.payerOpenid = request.payerOpenid;
    if (channel == PayWay::WeChat) {
        t.prepayId = newPrepayId(now);
        if (t.payerOpenid.isEmpty())
            t.payerOpenid = newOpenid();
    }
    t.createdAt = now;
    m_trades.append(t);
    return t;
}

std::optional<SandboxTrade> SandboxLedger::find(const QString &outTradeNo) const
{
    QMutexLocker lock(&m_mutex);
    for (const SandboxTrade &t : m_trades)
        if (t.outTradeNo == outTradeNo)
            return t;
    return std::nullopt;
}

std::optional<SandboxTrade> SandboxLedger::findByPrepayId(const QString &prepayId) const
{
    if (prepayId.isEmpty())
        return std::nullopt;
    QMutexLocker lock(&m_mutex);
    for (const SandboxTrade &t : m_trades)
        if (t.prepayId == prepayId)
            return t;
    return std::nullopt;
}

std::optional<SandboxTrade> SandboxLedger::findByTransactionId(const QString &transactionId) const
{
    if (transactionId.isEmpty())
        return std::nullopt;
    QMutexLocker lock(&m_mutex);
    for (const SandboxTrade &t : m_trades)
        if (t.transactionId == transactionId)
            return t;
    return std::nullopt;
}

QList<SandboxTrade> SandboxLedger::trades() const
{
    QMutexLocker lock(&m_mutex);
    QList<SandboxTrade> out(m_trades.crbegin(), m_trades.crend());
    return out;
}

Result<SandboxTrade> SandboxLedger::settle(const QString &outTradeNo, CashierOutcome outcome, const QDateTime &at)
{
    QMutexLocker lock(&m_mutex);
    const auto it = std::find_if(m_trades.begin(), m_trades.end(),
                                 [&](const SandboxTrade &t) { return t.outTradeNo == outTradeNo; });
    if (it == m_trades.end())
        return notFound(outTradeNo);
    SandboxTrade &t = *it;
    if (outcome == CashierOutcome::LeaveUnpaid)
        return t;
    if (t.state == SandboxTrade::State::Paid)
        return paidAlready(outTradeNo);
    if (t.state == SandboxTrade::State::Closed)
        return closedAlready(outTradeNo);
    switch (outcome) {
    case CashierOutcome::Pay: {
        const QDateTime when = at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();
        t.state = SandboxTrade::State::Paid;
        t.paidAt = when;
        t.transactionId = newTransactionId(t.channel(), when);
        break;
    }
    case CashierOutcome::Fail:
        // WeChat reports the failed attempt; Alipay keeps waiting for the buyer.
        if (t.channel() == PayWay::WeChat)
            t.state = SandboxTrade::State::PayError;
        break;
    case CashierOutcome::Cancel:
    case CashierOutcome::LeaveUnpaid:
        break;
    }
    return t;
}

Result<SandboxTrade> SandboxLedger::close(const QString &outTradeNo)
{
    QMutexLocker lock(&m_mutex);
    const auto it = std::find_if(m_trades.begin(), m_trades.end(),
                                 [&](const SandboxTrade &t) { return t.outTradeNo == outTradeNo; });
    if (it == m_trades.end())
        return notFound(outTradeNo);
    if (it->state == SandboxTrade::State::Paid)
        return paidAlready(outTradeNo);
    it->state = SandboxTrade::State::Closed;
    return *it;
}

Result<std::pair<SandboxTrade, SandboxRefund>> SandboxLedger::refund(const QString &outTradeNo,
                                                                     const QString &outRefundNo, qint64 refundFen,
                                                                     const QString &reason)
{
    if (outRefundNo.isEmpty() || outRefundNo.size() > 64)
        return ledgerError("PARAM_ERROR", QCoreApplication::translate("SandboxLedger", "out_refund_no must have 1 to 64 characters."));
    QMutexLocker lock(&m_mutex);
    // out_refund_no is unique for the merchant: the same number is the same refund.
    for (const SandboxTrade &t : std::as_const(m_trades)) {
        for (const SandboxRefund &r : t.refunds) {
            if (r.outRefundNo != outRefundNo)
                continue;
            if (t.outTradeNo != outTradeNo)
                return ledgerError("INVALID_REQUEST",
                                   QCoreApplication::translate("SandboxLedger", "out_refund_no %1 belongs to another trade.").arg(outRefundNo));
            return std::pair{t, r};
        }
    }
    const auto it = std::find_if(m_trades.begin(), m_trades.end(),
                                 [&](const SandboxTrade &t) { return t.outTradeNo == outTradeNo; });
    if (it == m_trades.end())
        return notFound(outTradeNo);
    SandboxTrade &t = *it;
    if (t.state != SandboxTrade::State::Paid)
        return ledgerError("TRADE_NOT_PAID", QCoreApplication::translate("SandboxLedger", "Trade %1 is not paid: nothing to refund.").arg(outTradeNo));
    if (refundFen <= 0)
        return ledgerError("PARAM_ERROR", QCoreApplication::translate("SandboxLedger", "The refund amount must be at least 0.01."));
    if (refundFen > t.amount.fen() - t.refundedFen())
        return ledgerError("NOT_ENOUGH",
                           QCoreApplication::translate("SandboxLedger", "Only %1 of trade %2 can still be refunded.")
                               .arg(Money::fromFen(t.amount.fen() - t.refundedFen()).toString(), outTradeNo));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SandboxRefund r;
    r.outRefundNo = outRefundNo;
    r.refundId = u"50"_s + digits(27);
    r.refundFen = refundFen;
    r.reason = reason;
    r.status = u"SUCCESS"_s;
    r.createdAt = now;
    r.finishedAt = now;
    t.refunds.append(r);
    return std::pair{t, r};
}

std::optional<SandboxRefund> SandboxLedger::findRefund(const QString &outRefundNo) const
{
    QMutexLocker lock(&m_mutex);
    for (const SandboxTrade &t : m_trades)
        for (const SandboxRefund &r : t.refunds)
            if (r.outRefundNo == outRefundNo)
                return r;
    return std::nullopt;
}

void SandboxLedger::put(const SandboxTrade &trade)
{
    QMutexLocker lock(&m_mutex);
    const auto it = std::find_if(m_trades.begin(), m_trades.end(),
                                 [&](const SandboxTrade &t) { return t.outTradeNo == trade.outTradeNo; });
    if (it != m_trades.end())
        *it = trade;
    else
        m_trades.append(trade);
}

void SandboxLedger::clear()
{
    QMutexLocker lock(&m_mutex);
    m_trades.clear();
}

QString weChatTradeStateDescription(const QString &state)
{
    if (state == u"SUCCESS")
        return u"支付成功"_s;
    if (state == u"REFUND")
        return u"订单发生过退款"_s;
    if (state == u"NOTPAY")
        return u"订单未支付"_s;
    if (state == u"CLOSED")
        return u"订单已关闭"_s;
    if (state == u"USERPAYING")
        return u"用户支付中"_s;
    if (state == u"PAYERROR")
        return u"支付失败，请重新下单支付"_s;
    return state;
}
