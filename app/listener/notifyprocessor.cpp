#include "notifyprocessor.h"

#include "channels/alipayverifier.h"
#include "channels/wechatpayv2.h"
#include "finance/refundnotificationhandler.h"
#include "logging.h"
#include "notifyjournal.h"
#include "orders/orderrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <mutex>

using namespace Qt::StringLiterals;

namespace {

const QString channelWeChat = u"wechat"_s;
const QString channelWeChatV2 = u"wechat_v2"_s;
const QString channelAlipay = u"alipay"_s;

QByteArray mediaType(const HttpHeaderList &headers)
{
    QByteArray type = httpHeaderValue(headers, "Content-Type");
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

QByteArray headersWithoutSecrets(const HttpHeaderList &headers)
{
    QJsonObject o;
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (lower == "authorization" || lower == "proxy-authorization" || lower == "cookie")
            continue;
        o.insert(QString::fromLatin1(name.left(64)), QString::fromLatin1(value.left(512)));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

NotifyVerdict verdictForCode(const QString &code)
{
    if (code == u"SIGN_PROBE")
        return NotifyVerdict::SignProbe;
    if (code == u"BAD_SIGNATURE")
        return NotifyVerdict::BadSignature;
    if (code == u"UNKNOWN_SERIAL")
        return NotifyVerdict::UnknownSerial;
    if (code == u"STALE_TIMESTAMP")
        return NotifyVerdict::StaleTimestamp;
    if (code == u"DECRYPT_FAILED")
        return NotifyVerdict::DecryptFailed;
    if (code == u"UNSUPPORTED_ALGORITHM" || code == u"BAD_SIGNATURE_TYPE")
        return NotifyVerdict::UnsupportedAlgorithm;
    return NotifyVerdict::Malformed;
}

qint64 parseRfc3339(const QString &text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toSecsSinceEpoch() : 0;
}

qint64 parseChinaTime(const QString &text, const QString &format)
{
    QDateTime t = QDateTime::fromString(text, format);
    if (!t.isValid())
        return 0;
    t.setTimeZone(QTimeZone(8 * 3600));
    return t.toSecsSinceEpoch();
}

// The verdict for what markPaid() reported; true when the order was paid by another
// transaction before (an alert for finance).
bool judgeMarked(NotifyRecord &record, const MarkPaidOutcome &marked)
{
    record.transitioned = marked.transitioned;
    if (marked.transitioned) {
        record.verdict = NotifyVerdict::Applied;
        return false;
    }
    record.verdict = NotifyVerdict::Duplicate;
    if (!marked.order.isPaid()) {
        // Not paid and not transitioned: deleted meanwhile, or refused by the store.
        record.verdict = NotifyVerdict::UnknownOrder;
        record.error = QCoreApplication::translate("NotifyProcessor", "The order %1 could not be marked paid.").arg(record.orderSn.left(64));
        return false;
    }
    if (!marked.order.transactionId.isEmpty() && marked.order.transactionId != record.transactionId) {
        record.error = QCoreApplication::translate("NotifyProcessor", "The order was already paid by transaction %1; this is a second payment (%2).")
                           .arg(marked.order.transactionId, record.transactionId);
        return true;
    }
    return false;
}
} // namespace

int notifyVerdictHttpStatus(NotifyVerdict verdict)
{
    switch (verdict) {
    case NotifyVerdict::Applied:
    case NotifyVerdict::Duplicate:
    case NotifyVerdict::NotPaid:
    case NotifyVerdict::RefundRecorded:
        return 200;
    case NotifyVerdict::SignProbe:
    case NotifyVerdict::BadSignature:
    case NotifyVerdict::UnknownSerial:
    case NotifyVerdict::StaleTimestamp:
        return 401;
    case NotifyVerdict::Malformed:
    case NotifyVerdict::DecryptFailed:
    case NotifyVerdict::UnsupportedAlgorithm:
        return 400;
    case NotifyVerdict::WrongMerchant:
        return 403;
    case NotifyVerdict::UnknownOrder:
        return 404;
    case NotifyVerdict::AmountMismatch:
        return 409;
    case NotifyVerdict::WrongContentType:
        return 415;
    case NotifyVerdict::TooLarge:
        return 413;
    case NotifyVerdict::DatabaseError:
        return 500;
    case NotifyVerdict::ChannelNotConfigured:
        return 503;
    }
    return 500;
}

NotifyProcessor::NotifyProcessor(Database database, NotifyConfig config, Clock clock)
    : m_db(std::move(database)), m_config(std::move(config)), m_clock(std::move(clock)), m_journal(m_db), m_orders(m_db)
{
    m_orders.setStatementCaching(true);
}

void NotifyProcessor::releaseConnection()
{
    m_journal.reset();
    m_orders.resetStatements();
    m_db.releaseThreadConnection();
}

void NotifyProcessor::finalize(NotifyRecord &record) const
{
    record.httpStatus = notifyVerdictHttpStatus(record.verdict);
    record.latencyUs = m_request && m_request->started.isValid() ? m_request->started.nsecsElapsed() / 1000 : 0;
}

void NotifyProcessor::setConfig(NotifyConfig config)
{
    m_config = std::move(config);
}

std::optional<NotifyProcessor::Channel> NotifyProcessor::channelForRoute(QByteArrayView path)
{
    if (path == "/api/pay/notifyMnp" || path == "/api/pay/notifyOa")
        return Channel::WeChat;
    if (path == "/api/pay/aliNotify")
        return Channel::Alipay;
    return std::nullopt;
}

NotifyProcessor::Outcome NotifyProcessor::process(const HttpRequest &request)
{
    Outcome outcome;
    const auto channel = channelForRoute(request.path);
    if (!channel) {
        outcome.reply = {404, "text/plain; charset=utf-8", "not found", {}};
        return outcome;
    }
    if (request.method != "POST") {
        outcome.reply = {405, "text/plain; charset=utf-8", "POST only", {}};
        return outcome;
    }
    NotifyRecord record;
    record.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    record.route = QString::fromLatin1(request.path);
    record.remote = request.remote;
    record.headersJson = headersWithoutSecrets(request.headers);
    record.body = request.body;

    const QByteArray type = mediaType(request.headers);
    m_request = &request;
    if (*channel == Channel::WeChat) {
        record.channel = channelWeChat;
        if (type == "application/json") {
            handleWeChatV3(request, record);
        } else if (m_config.wechat.legacyV2 && (type == "text/xml" || type == "application/xml")) {
            record.channel = channelWeChatV2;
            handleWeChatV2(request, record);
        } else {
            record.verdict = NotifyVerdict::WrongContentType;
            record.error = QCoreApplication::translate("NotifyProcessor", "Content-Type %1 is not accepted here (application/json expected).")
                               .arg(QString::fromLatin1(type.left(64)));
        }
    } else {
        record.channel = channelAlipay;
        if (type == "application/x-www-form-urlencoded") {
            handleAlipay(request, record);
        } else {
            record.verdict = NotifyVerdict::WrongContentType;
            record.error = QCoreApplication::translate("NotifyProcessor", "Content-Type %1 is not accepted here (application/x-www-form-urlencoded expected).")
                               .arg(QString::fromLatin1(type.left(64)));
        }
    }
    m_request = nullptr;
    if (record.id > 0) {
        // Journaled in the transaction that marked the order paid.
        outcome.reply = acknowledgement(record);
        outcome.record = std::move(record);
        return outcome;
    }
    record.httpStatus = notifyVerdictHttpStatus(record.verdict);
    record.latencyUs = request.started.isValid() ? request.started.nsecsElapsed() / 1000 : 0;
    outcome.reply = acknowledgement(record);
    if (record.verdict == NotifyVerdict::DatabaseError) {
        // The channel retries; drop this thread's connection so the retry opens a fresh one
        // (a restarted MySQL server leaves the old connection dead).
        qCWarning(lcNotify) << "database error, answering 500:" << record.error;
        releaseConnection();
    }

    std::unique_lock<QMutex> writing = m_writeLock ? std::unique_lock<QMutex>(*m_writeLock) : std::unique_lock<QMutex>();
    const auto id = m_journal.append(record);
    if (writing)
        writing.unlock();
    if (id) {
        record.id = *id;
    } else {
        outcome.journalFailed = true;
        qCWarning(lcNotify) << "journal write failed:" << id.errorMessage();
    }
    outcome.record = std::move(record);
    return outcome;
}

NotifyProcessor::Outcome NotifyProcessor::refused(const HttpRequest &request, int status)
{
    Outcome outcome;
    const auto channel = channelForRoute(request.path);
    if (!channel || status != 413)
        return outcome;
    NotifyRecord record;
    record.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    record.channel = *channel == Channel::WeChat ? channelWeChat : channelAlipay;
    record.route = QString::fromLatin1(request.path);
    record.remote = request.remote;
    record.headersJson = headersWithoutSecrets(request.headers);
    record.verdict = NotifyVerdict::TooLarge;
    record.httpStatus = 413;
    record.error = QCoreApplication::translate("NotifyProcessor", "The body is larger than the limit; it was not read.");
    record.latencyUs = request.started.isValid() ? request.started.nsecsElapsed() / 1000 : 0;
    std::unique_lock<QMutex> writing = m_writeLock ? std::unique_lock<QMutex>(*m_writeLock) : std::unique_lock<QMutex>();
    const auto id = m_journal.append(record);
    if (writing)
        writing.unlock();
    if (id)
        record.id = *id;
    else
        outcome.journalFailed = true;
    outcome.reply = acknowledgement(record);
    outcome.record = std::move(record);
    return outcome;
}

void NotifyProcessor::handleWeChatV3(const HttpRequest &request, NotifyRecord &record)
{
    if (!m_config.wechat.isConfigured()) {
        record.verdict = NotifyVerdict::ChannelNotConfigured;
        record.error = QCoreApplication::translate("NotifyProcessor", "WeChat Pay is not configured (mchid, APIv3 key, platform key).");
        return;
    }
    const WeChatNotificationVerifier verifier(m_config.wechat.platformKeys, m_config.wechat.apiV3Key, m_clock);
    const auto notification = verifier.verify(request.headers, request.body);
    if (!notification) {
        record.verdict = verdictForCode(notification.error().code);
        record.error = notification.errorMessage();
        return;
    }
    if (notification->refund) {
        const WeChatRefund &refund = *notification->refund;
        record.orderSn = refund.outTradeNo;
        record.transactionId = refund.transactionId;
        if (refund.refundFen >= 0)
            record.notifiedFen = refund.refundFen;
        if (refund.mchid != m_config.wechat.mchid) {
            record.verdict = NotifyVerdict::WrongMerchant;
            record.error = QCoreApplication::translate("NotifyProcessor", "The refund is for merchant %1, not %2.").arg(refund.mchid, m_config.wechat.mchid);
            return;
        }
        std::unique_lock<QMutex> writing = m_writeLock ? std::unique_lock<QMutex>(*m_writeLock) : std::unique_lock<QMutex>();
        const RefundNoticeResult r = RefundNotificationHandler(m_db).apply(refund);
        if (writing)
            writing.unlock();
        record.verdict = r.acknowledge() ? NotifyVerdict::RefundRecorded : NotifyVerdict::DatabaseError;
        record.error = r.message;
        return;
    }
    const WeChatTransaction &t = *notification->transaction;
    record.orderSn = t.outTradeNo;
    record.transactionId = t.transactionId;
    if (t.totalFen >= 0)
        record.notifiedFen = t.totalFen;
    if (t.mchid != m_config.wechat.mchid) {
        record.verdict = NotifyVerdict::WrongMerchant;
        record.error = QCoreApplication::translate("NotifyProcessor", "The payment is for merchant %1, not %2.").arg(t.mchid, m_config.wechat.mchid);
        return;
    }
    if (!m_config.wechat.appids.isEmpty() && !m_config.wechat.appids.contains(t.appid)) {
        record.verdict = NotifyVerdict::WrongMerchant;
        record.error = QCoreApplication::translate("NotifyProcessor", "The payment is for appid %1, which is not configured.").arg(t.appid);
        return;
    }
    if (!t.isPaid()) {
        record.verdict = NotifyVerdict::NotPaid;
        record.error = QCoreApplication::translate("NotifyProcessor", "trade_state is %1; the order is left unpaid.").arg(t.tradeState);
        return;
    }
    applyPayment(record, t.totalFen, PayWay::WeChat, parseRfc3339(t.successTime));
}

void NotifyProcessor::handleWeChatV2(const HttpRequest &request, NotifyRecord &record)
{
    if (m_config.wechat.v2ApiKey.isEmpty() || m_config.wechat.mchid.isEmpty()) {
        record.verdict = NotifyVerdict::ChannelNotConfigured;
        record.error = QCoreApplication::translate("NotifyProcessor", "WeChat Pay v2 is not configured (mchid, API key).");
        return;
    }
    const auto fields = WeChatPayV2::verifyNotification(request.body, m_config.wechat.v2ApiKey);
    if (!fields) {
        record.verdict = verdictForCode(fields.error().code);
        record.error = fields.errorMessage();
        return;
    }
    record.orderSn = fields->value(u"out_trade_no"_s);
    record.transactionId = fields->value(u"transaction_id"_s);
    bool ok = false;
    const qint64 fee = fields->value(u"total_fee"_s).toLongLong(&ok);
    if (ok && fee >= 0)
        record.notifiedFen = fee;
    if (fields->value(u"mch_id"_s) != m_config.wechat.mchid
        || (!m_config.wechat.appids.isEmpty() && !m_config.wechat.appids.contains(fields->value(u"appid"_s)))) {
        record.verdict = NotifyVerdict::WrongMerchant;
        record.error = QCoreApplication::translate("NotifyProcessor", "The payment is for another merchant or appid.");
        return;
    }
    if (fields->value(u"result_code"_s) != u"SUCCESS") {
        record.verdict = NotifyVerdict::NotPaid;
        record.error = QCoreApplication::translate("NotifyProcessor", "result_code is %1.").arg(fields->value(u"result_code"_s));
        return;
    }
    if (!ok || fee < 0 || record.orderSn.isEmpty() || record.transactionId.isEmpty()) {
        record.verdict = NotifyVerdict::Malformed;
        record.error = QCoreApplication::translate("NotifyProcessor", "total_fee, out_trade_no or transaction_id is missing.");
        return;
    }
    applyPayment(record, fee, PayWay::WeChat, parseChinaTime(fields->value(u"time_end"_s), u"yyyyMMddHHmmss"_s));
}

void NotifyProcessor::handleAlipay(const HttpRequest &request, NotifyRecord &record)
{
    if (!m_config.alipay.isConfigured()) {
        record.verdict = NotifyVerdict::ChannelNotConfigured;
        record.error = QCoreApplication::translate("NotifyProcessor", "Alipay is not configured (app_id, Alipay public key).");
        return;
    }
    const AlipayVerifier verifier(m_config.alipay.alipayPublicKey);
    const auto n = verifier.verifyNotification(request.body);
    if (!n) {
        record.verdict = verdictForCode(n.error().code);
        record.error = n.errorMessage();
        return;
    }
    record.orderSn = n->outTradeNo;
    record.transactionId = n->tradeNo;
    if (n->totalAmount)
        record.notifiedFen = n->totalAmount->fen();
    if (n->appId != m_config.alipay.appId
        || (!m_config.alipay.sellerId.isEmpty() && n->sellerId != m_config.alipay.sellerId)) {
        record.verdict = NotifyVerdict::WrongMerchant;
        record.error = QCoreApplication::translate("NotifyProcessor", "The notification is for app_id %1 / seller_id %2, not ours.").arg(n->appId, n->sellerId);
        return;
    }
    if (const auto notice = RefundNotice::fromAlipay(*n)) {
        std::unique_lock<QMutex> writing = m_writeLock ? std::unique_lock<QMutex>(*m_writeLock) : std::unique_lock<QMutex>();
        const RefundNoticeResult r = RefundNotificationHandler(m_db).apply(*notice);
        if (writing)
            writing.unlock();
        record.verdict = r.acknowledge() ? NotifyVerdict::RefundRecorded : NotifyVerdict::DatabaseError;
        record.error = r.message;
        return;
    }
    if (!n->isPaid()) {
        record.verdict = NotifyVerdict::NotPaid;
        record.error = QCoreApplication::translate("NotifyProcessor", "trade_status is %1; the order is left unpaid.").arg(n->tradeStatus);
        return;
    }
    applyPayment(record, n->totalAmount->fen(), PayWay::Alipay,
                 parseChinaTime(n->value(u"gmt_payment"), u"yyyy-MM-dd HH:mm:ss"_s));
}

void NotifyProcessor::applyPayment(NotifyRecord &record, qint64 notifiedFen, PayWay payWay, qint64 payTime)
{
    applyPaymentOnce(record, notifiedFen, payWay, payTime);
    if (record.verdict == NotifyVerdict::DatabaseError && isConnectionLossCode(m_lastDatabaseErrorCode)) {
        // A connection that died with a restarted server: once more on a fresh one. Safe:
        // the lookup only reads and markPaid is conditional (a second call never marks twice).
        qCInfo(lcNotify) << "database connection lost; retrying on a new connection";
        releaseConnection();
        record.error.clear();
        applyPaymentOnce(record, notifiedFen, payWay, payTime);
    }
}

bool NotifyProcessor::isConnectionLossCode(const QString &code)
{
    // MySQL client/server codes for a lost or refused connection (as Database::isConnectionLoss).
    static const QStringList lost{u"2002"_s, u"2003"_s, u"2006"_s, u"2013"_s, u"1927"_s, u"1053"_s};
    return lost.contains(code);
}

void NotifyProcessor::applyPaymentOnce(NotifyRecord &record, qint64 notifiedFen, PayWay payWay, qint64 payTime)
{
    m_lastDatabaseErrorCode.clear();
    OrderRepository &orders = m_orders;
    // The full out_trade_no is the order sn: never shortened.
    const auto found = orders.findBySn(record.orderSn);
    if (!found) {
        record.verdict = NotifyVerdict::DatabaseError;
        record.error = found.errorMessage();
        m_lastDatabaseErrorCode = found.error().code;
        return;
    }
    if (!found->has_value()) {
        record.verdict = NotifyVerdict::UnknownOrder;
        record.error = QCoreApplication::translate("NotifyProcessor", "No order has the sn %1.").arg(record.orderSn.left(64));
        return;
    }
    const Order &order = **found;
    if (order.amount.fen() != notifiedFen) {
        record.verdict = NotifyVerdict::AmountMismatch;
        record.error = QCoreApplication::translate("NotifyProcessor", "Notified amount %1 differs from the order amount %2; the order is not marked paid.")
                           .arg(Money::fromFen(notifiedFen).toString(), order.amount.toString());
        raiseAlert(record, u"amount_mismatch"_s, order.amount.fen(), record.error);
        return;
    }
    MarkPaidRequest request;
    request.transactionId = record.transactionId;
    request.payWay = payWay;
    request.payTime = payTime;
    // The journal row is written in the transaction that marks the order: one commit, and
    // the order is never paid without its journal row (a failure rolls both back: 500).
    NotifyRecord journaled;
    bool secondPayment = false;
    std::unique_lock<QMutex> writing = m_writeLock ? std::unique_lock<QMutex>(*m_writeLock) : std::unique_lock<QMutex>();
    const auto marked = orders.markPaid(order.id, request, [&](QSqlDatabase &, const MarkPaidOutcome &outcome) -> Status {
        journaled = record;
        secondPayment = judgeMarked(journaled, outcome);
        finalize(journaled);
        const auto id = m_journal.append(journaled);
        if (!id)
            return id.error();
        journaled.id = *id;
        return {};
    });
    if (writing)
        writing.unlock();
    if (!marked) {
        record.verdict = NotifyVerdict::DatabaseError;
        record.error = marked.errorMessage();
        m_lastDatabaseErrorCode = marked.error().code;
        return;
    }
    record = std::move(journaled);
    if (secondPayment)
        raiseAlert(record, u"duplicate_payment"_s, order.amount.fen(), record.error);
}

void NotifyProcessor::raiseAlert(const NotifyRecord &record, const QString &kind, std::optional<qint64> expectedFen,
                                 const QString &message)
{
    NotifyAlert alert;
    alert.kind = kind;
    alert.channel = record.channel;
    alert.orderSn = record.orderSn;
    alert.transactionId = record.transactionId;
    alert.expectedFen = expectedFen;
    alert.notifiedFen = record.notifiedFen;
    alert.message = message;
    std::unique_lock<QMutex> writing = m_writeLock ? std::unique_lock<QMutex>(*m_writeLock) : std::unique_lock<QMutex>();
    const auto id = NotifyJournal(m_db).raiseAlert(alert);
    if (writing)
        writing.unlock();
    if (!id)
        qCCritical(lcNotify) << "cannot raise alert" << kind << "for order" << record.orderSn << id.errorMessage();
    else
        qCWarning(lcNotify) << "alert" << kind << "order" << record.orderSn;
}

HttpReply NotifyProcessor::acknowledgement(const NotifyRecord &record) const
{
    HttpReply reply;
    reply.status = record.httpStatus;
    const bool ok = notifyVerdictAcknowledged(record.verdict);
    if (record.channel == channelAlipay) {
        reply.contentType = "text/plain; charset=utf-8";
        reply.body = ok ? "success" : "fail";
    } else if (record.channel == channelWeChatV2) {
        reply.contentType = "application/xml; charset=utf-8";
        reply.body = ok ? WeChatPayV2::successReply() : WeChatPayV2::failReply(notifyVerdictKey(record.verdict));
    } else {
        reply.contentType = "application/json; charset=utf-8";
        reply.body = ok ? QByteArray("{\"code\":\"SUCCESS\",\"message\":\"成功\"}")
                        : QJsonDocument(QJsonObject{{u"code"_s, u"FAIL"_s},
                                                    {u"message"_s, notifyVerdictKey(record.verdict)}})
                              .toJson(QJsonDocument::Compact);
    }
    return reply;
}
