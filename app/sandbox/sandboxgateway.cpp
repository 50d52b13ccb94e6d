#include "sandboxgateway.h"

#include "channels/alipaysigner.h"
#include "channels/formencoding.h"
#include "channels/wechatpayv3signer.h"
#include "crypto/securerandom.h"
#include "crypto/strictbase64.h"
#include "gatewaycashierpage.h"
#include "listener/boundedhttpserver.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MaxSkewSeconds = 300;

QString rfc3339(const QDateTime &t)
{
    return t.isValid() ? t.toTimeZone(QTimeZone(8 * 3600)).toString(Qt::ISODate) : QString();
}

QString alipayTime(const QDateTime &t)
{
    return t.isValid() ? t.toTimeZone(QTimeZone(8 * 3600)).toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

QString decodedSegment(QByteArrayView segment)
{
    return QUrl::fromPercentEncoding(segment.toByteArray());
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A notify URL the sandbox accepts: absolute HTTPS without a query, as the real channels
// require, or plain HTTP to this machine or a private network (local testing).
bool acceptableNotifyUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty() || url.hasQuery() || url.hasFragment())
        return false;
    if (url.scheme() == u"https")
        return true;
    if (url.scheme() != u"http")
        return false;
    if (url.host() == u"localhost")
        return true;
    const QHostAddress address(url.host());
    if (address.isNull())
        return false;
    return address.isLoopback() || address.isInSubnet(QHostAddress::parseSubnet(u"10.0.0.0/8"_s))
        || address.isInSubnet(QHostAddress::parseSubnet(u"172.16.0.0/12"_s))
        || address.isInSubnet(QHostAddress::parseSubnet(u"192.168.0.0/16"_s));
}

// What Alipay's buyer fields look like for the sandbox payer.
const QString SandboxBuyerLogon = u"sbx***@sandbox.mcpay"_s;
const QString SandboxBuyerUserId = u"2088000000000000"_s;

} // namespace

struct SandboxGateway::Private
{
    SandboxGateway *q = nullptr;
    std::unique_ptr<BoundedHttpServer> server;
    QHostAddress address;
    quint16 port = 0;

    HttpReply handle(const HttpRequest &r);

    // WeChat Pay v3
    HttpReply weChat(const HttpRequest &r, GatewayExchange &x);
    std::optional<QString> weChatAuthorizationError(const HttpRequest &r) const;
    HttpReply weChatReply(int status, const QByteArray &body) const;
    HttpReply weChatError(GatewayExchange &x, int status, const QString &code, const QString &message) const;
    HttpReply weChatPrepay(const HttpRequest &r, GatewayExchange &x, bool h5);
    HttpReply weChatQuery(const HttpRequest &r, GatewayExchange &x, const std::optional<SandboxTrade> &trade);
    HttpReply weChatClose(const HttpRequest &r, GatewayExchange &x, const QString &outTradeNo);
    HttpReply weChatRefund(const HttpRequest &r, GatewayExchange &x);
    HttpReply weChatRefundQuery(GatewayExchange &x, const QString &outRefundNo);
    QJsonObject transactionJson(const SandboxTrade &t) const;
    QJsonObject refundJson(const SandboxTrade &t, const SandboxRefund &r) const;

    // Alipay
    HttpReply alipay(const HttpRequest &r, GatewayExchange &x);
    HttpReply alipayAnswer(const QString &node, const QJsonObject &content) const;
    HttpReply alipayError(GatewayExchange &x, const QString &node, const QString &code, const QString &msg,
                          const QString &subCode, const QString &subMsg) const;

    // Cashier
    HttpReply cashier(const HttpRequest &r, GatewayExchange &x);
    HttpReply html(int status, const QByteArray &body) const;

    QUrl base() const;
};

// ---------------------------------------------------------------------------------------

SandboxGateway::SandboxGateway(SandboxIdentity identity, std::shared_ptr<SandboxLedger> ledger, QObject *parent)
    : QObject(parent), m_identity(std::move(identity)),
      m_ledger(ledger ? std::move(ledger) : std::make_shared<SandboxLedger>()), d(std::make_unique<Private>())
{
    d->q = this;
    qRegisterMetaType<GatewayExchange>();
}

SandboxGateway::~SandboxGateway()
{
    stop();
}

Status SandboxGateway::start(const QHostAddress &address, quint16 port)
{
    if (d->server)
        return Error(tr("The sandbox gateway is already running on port %1.").arg(d->port), u"RUNNING"_s);
    if (!m_identity.isValid())
        return Error(tr("The sandbox gateway needs a sandbox identity: create one first."), u"NO_IDENTITY"_s);
    auto server = std::make_unique<BoundedHttpServer>(NotifyLimits{}, [this](const HttpRequest &r) { return d->handle(r); });
    if (!server->listen(address, port)) {
        return Error(tr("The sandbox gateway cannot listen on %1:%2: %3. Choose another port.")
                         .arg(address.toString())
                         .arg(port)
                         .arg(server->errorString()),
                     u"LISTEN_FAILED"_s);
    }
    d->port = server->serverPort();
    d->address = address;
    d->server = std::move(server);
    qCInfo(lcChannel) << "sandbox gateway listening on" << address.toString() << d->port;
    return {};
}

void SandboxGateway::stop()
{
    if (!d->server)
        return;
    d->server->shutdown();
    d->server.reset();
    d->port = 0;
}

bool SandboxGateway::isRunning() const
{
    return d->server != nullptr;
}

quint16 SandboxGateway::port() const
{
    return d->port;
}

QUrl SandboxGateway::Private::base() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    const bool anyOrLocal = address.isNull() || address == QHostAddress::Any || address == QHostAddress::AnyIPv4
        || address == QHostAddress::AnyIPv6 || address == QHostAddress::LocalHost;
    url.setHost(anyOrLocal ? u"127.0.0.1"_s : address.toString());
    url.setPort(port);
    return url;
}

QUrl SandboxGateway::weChatBaseUrl() const
{
    return d->base();
}

QUrl SandboxGateway::alipayGateway() const
{
    QUrl url = d->base();
    url.setPath(u"/gateway.do"_s);
    return url;
}

QUrl SandboxGateway::cashierUrl(const QString &outTradeNo) const
{
    return cashierUrl(d->base(), outTradeNo);
}

QUrl SandboxGateway::cashierUrl(const QUrl &base, const QString &outTradeNo)
{
    QUrl url = base;
    url.setPath(u"/sandbox/cashier/"_s + outTradeNo);
    url.setQuery(QString());
    return url;
}

Result<SandboxTrade> SandboxGateway::decide(const QString &outTradeNo, CashierOutcome outcome)
{
    auto settled = m_ledger->settle(outTradeNo, outcome);
    if (!settled)
        return settled;
    Q_EMIT cashierDecided(*settled, outcome);
    return settled;
}

// ---------------------------------------------------------------------------------------

HttpReply SandboxGateway::Private::handle(const HttpRequest &r)
{
    GatewayExchange x;
    x.atMs = QDateTime::currentMSecsSinceEpoch();
    x.method = r.method;
    x.path = QString::fromLatin1(r.query.isEmpty() ? r.path : r.path + '?' + r.query);
    x.requestBody = r.body;

    HttpReply reply;
    if (r.path.startsWith("/v3/")) {
        reply = weChat(r, x);
    } else if (r.path == "/gateway.do") {
        reply = alipay(r, x);
    } else if (r.path.startsWith("/sandbox/cashier/")) {
        reply = cashier(r, x);
    } else {
        x.operation = u"unknown"_s;
        x.error = u"NOT_FOUND"_s;
        reply = html(404, GatewayCashierPage::error(u"404"_s, u"NOT_FOUND"_s,
                                                    u"The sandbox gateway has no such page."_s));
    }
    x.status = reply.status;
    x.responseBody = reply.body;
    Q_EMIT q->exchanged(x);
    return reply;
}

HttpReply SandboxGateway::Private::html(int status, const QByteArray &body) const
{
    HttpReply reply;
    reply.status = status;
    reply.contentType = "text/html; charset=utf-8";
    reply.body = body;
    reply.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store")));
    return reply;
}

// --- WeChat Pay API v3 -----------------------------------------------------------------

HttpReply SandboxGateway::Private::weChatReply(int status, const QByteArray &body) const
{
    const SandboxIdentity &id = q->m_identity;
    const QByteArray timestamp = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    const QByteArray nonce = SecureRandom::nonceString(32).toLatin1();
    const QByteArray message = timestamp + '\n' + nonce + '\n' + body + '\n';
    const auto signature = id.weChatPlatformKey.signSha256(message);
    HttpReply reply;
    reply.status = status;
    if (!body.isEmpty())
        reply.contentType = "application/json; charset=utf-8";
    reply.body = body;
    reply.headers = {{"Request-ID", "08" + SecureRandom::nonceString(30).toLatin1()},
                     {"Wechatpay-Nonce", nonce},
                     {"Wechatpay-Serial", id.weChatPlatformKeyId.toLatin1()},
                     {"Wechatpay-Signature", signature ? signature->toBase64() : QByteArray()},
                     {"Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048"},
                     {"Wechatpay-Timestamp", timestamp}};
    return reply;
}

HttpReply SandboxGateway::Private::weChatError(GatewayExchange &x, int status, const QString &code,
                                               const QString &message) const
{
    x.error = code;
    return weChatReply(status, compact(QJsonObject{{u"code"_s, code}, {u"message"_s, message}}));
}

std::optional<QString> SandboxGateway::Private::weChatAuthorizationError(const HttpRequest &r) const
{
    const SandboxIdentity &id = q->m_identity;
    bool present = false;
    const QByteArray header = httpHeaderValue(r.headers, "Authorization", &present);
    if (!present)
        return u"Authorization 头缺失 (no Authorization header)"_s;
    const auto parsed = WeChatPayV3Signer::parseAuthorization(header);
    if (!parsed || parsed->schema != WeChatPayV3Signer::Schema)
        return u"Authorization 格式错误，应为 WECHATPAY2-SHA256-RSA2048"_s;
    const auto &p = parsed->parameters;
    for (const QString &key : {u"mchid"_s, u"nonce_str"_s, u"timestamp"_s, u"serial_no"_s, u"signature"_s}) {
        if (p.value(key).isEmpty())
            return u"Authorization 缺少 %1"_s.arg(key);
    }
    if (p.value(u"mchid"_s) != id.mchid)
        return u"商户号 mchid 与沙箱商户不一致"_s;
    if (p.value(u"serial_no"_s).compare(id.merchantCertificateSerial, Qt::CaseInsensitive) != 0)
        return u"商户证书序列号 serial_no 不正确"_s;
    bool ok = false;
    const qint64 timestamp = p.value(u"timestamp"_s).toLongLong(&ok);
    if (!ok || qAbs(QDateTime::currentSecsSinceEpoch() - timestamp) >= MaxSkewSeconds)
        return u"timestamp 与当前时间相差过大"_s;
    const auto signature = StrictBase64::decode(p.value(u"signature"_s).toLatin1());
    const QByteArray url = r.query.isEmpty() ? r.path : r.path + '?' + r.query;
    const QByteArray message = WeChatPayV3Signer::message(r.method, url, timestamp, p.value(u"nonce_str"_s).toLatin1(), r.body);
    if (!signature || !id.merchantKey.publicKey().verifySha256(message, *signature))
        return u"错误的签名，验签失败"_s;
    return std::nullopt;
}

QJsonObject SandboxGateway::Private::transactionJson(const SandboxTrade &t) const
{
    const QString state = t.weChatTradeState();
    const bool paid = t.state == SandboxTrade::State::Paid;
    QJsonObject o{{u"appid"_s, t.appid},
                  {u"mchid"_s, t.mchid},
                  {u"out_trade_no"_s, t.outTradeNo},
                  {u"trade_type"_s, t.scene == SandboxScene::WeChatH5 ? u"MWEB"_s : u"JSAPI"_s},
                  {u"trade_state"_s, state},
                  {u"trade_state_desc"_s, weChatTradeStateDescription(state)},
                  {u"attach"_s, t.attach},
                  {u"amount"_s, QJsonObject{{u"total"_s, t.amount.fen()},
                                            {u"payer_total"_s, paid ? t.amount.fen() : 0},
                                            {u"currency"_s, u"CNY"_s},
                                            {u"payer_currency"_s, u"CNY"_s}}}};
    if (!t.payerOpenid.isEmpty())
        o.insert(u"payer"_s, QJsonObject{{u"openid"_s, t.payerOpenid}});
    if (paid) {
        o.insert(u"transaction_id"_s, t.transactionId);
        o.insert(u"bank_type"_s, u"OTHERS"_s);
        o.insert(u"success_time"_s, rfc3339(t.paidAt));
    }
    return o;
}

QJsonObject SandboxGateway::Private::refundJson(const SandboxTrade &t, const SandboxRefund &r) const
{
    QJsonObject o{{u"refund_id"_s, r.refundId},
                  {u"out_refund_no"_s, r.outRefundNo},
                  {u"transaction_id"_s, t.transactionId},
                  {u"out_trade_no"_s, t.outTradeNo},
                  {u"channel"_s, u"ORIGINAL"_s},
                  {u"user_received_account"_s, u"支付用户零钱"_s},
                  {u"status"_s, r.status},
                  {u"create_time"_s, rfc3339(r.createdAt)},
                  {u"funds_account"_s, u"AVAILABLE"_s},
                  {u"amount"_s, QJsonObject{{u"refund"_s, r.refundFen},
                                            {u"total"_s, t.amount.fen()},
                                            {u"payer_refund"_s, r.refundFen},
                                            {u"payer_total"_s, t.amount.fen()},
                                            {u"settlement_refund"_s, r.refundFen},
                                            {u"settlement_total"_s, t.amount.fen()},
                                            {u"discount_refund"_s, 0},
                                            {u"currency"_s, u"CNY"_s}}}};
    if (r.finishedAt.isValid())
        o.insert(u"success_time"_s, rfc3339(r.finishedAt));
    return o;
}

HttpReply SandboxGateway::Private::weChat(const HttpRequest &r, GatewayExchange &x)
{
    static const QByteArray byOutTradeNo = "/v3/pay/transactions/out-trade-no/";
    static const QByteArray byId = "/v3/pay/transactions/id/";
    static const QByteArray refunds = "/v3/refund/domestic/refunds";
    const QByteArray &path = r.path;

    // Which operation, before the signature check, so that the timeline names it.
    enum class Op { Unknown, Jsapi, H5, Query, QueryById, Close, Refund, RefundQuery } op = Op::Unknown;
    QString key;
    if (r.method == "POST" && path == "/v3/pay/transactions/jsapi") {
        op = Op::Jsapi;
        x.operation = u"jsapi prepay"_s;
    } else if (r.method == "POST" && path == "/v3/pay/transactions/h5") {
        op = Op::H5;
        x.operation = u"h5 prepay"_s;
    } else if (r.method == "POST" && path.startsWith(byOutTradeNo) && path.endsWith("/close")) {
        op = Op::Close;
        key = decodedSegment(path.sliced(byOutTradeNo.size(), path.size() - byOutTradeNo.size() - 6));
        x.operation = u"close order"_s;
    } else if (r.method == "GET" && path.startsWith(byOutTradeNo) && !path.sliced(byOutTradeNo.size()).contains('/')) {
        op = Op::Query;
        key = decodedSegment(path.sliced(byOutTradeNo.size()));
        x.operation = u"query order"_s;
    } else if (r.method == "GET" && path.startsWith(byId) && !path.sliced(byId.size()).contains('/')) {
        op = Op::QueryById;
        key = decodedSegment(path.sliced(byId.size()));
        x.operation = u"query order"_s;
    } else if (r.method == "POST" && path == refunds) {
        op = Op::Refund;
        x.operation = u"refund"_s;
    } else if (r.method == "GET" && path.startsWith(QByteArray(refunds + '/')) && !path.sliced(refunds.size() + 1).contains('/')) {
        op = Op::RefundQuery;
        key = decodedSegment(path.sliced(refunds.size() + 1));
        x.operation = u"query refund"_s;
    }
    if (op == Op::Query || op == Op::Close)
        x.outTradeNo = key;

    if (const auto problem = weChatAuthorizationError(r))
        return weChatError(x, 401, u"SIGN_ERROR"_s, *problem);
    x.signatureVerified = true;

    const SandboxIdentity &id = q->m_identity;
    const auto weChatTrade = [](std::optional<SandboxTrade> t) {
        return t && t->channel() == PayWay::WeChat ? t : std::nullopt;
    };
    switch (op) {
    case Op::Jsapi:
        return weChatPrepay(r, x, false);
    case Op::H5:
        return weChatPrepay(r, x, true);
    case Op::Query:
    case Op::QueryById: {
        const auto fields = FormEncoding::decode(r.query);
        QString mchid;
        for (const auto &[k, v] : fields.value_or(FormEncoding::Fields{}))
            if (k == u"mchid")
                mchid = v;
        if (mchid.isEmpty())
            return weChatError(x, 400, u"PARAM_ERROR"_s, u"缺少参数 mchid"_s);
        if (mchid != id.mchid)
            return weChatError(x, 400, u"PARAM_ERROR"_s, u"mchid 与请求方商户号不一致"_s);
        const auto trade = weChatTrade(op == Op::Query ? q->m_ledger->find(key) : q->m_ledger->findByTransactionId(key));
        if (trade)
            x.outTradeNo = trade->outTradeNo;
        return weChatQuery(r, x, trade);
    }
    case Op::Close:
        return weChatClose(r, x, key);
    case Op::Refund:
        return weChatRefund(r, x);
    case Op::RefundQuery:
        return weChatRefundQuery(x, key);
    case Op::Unknown:
        break;
    }
    x.operation = u"unknown"_s;
    return weChatError(x, 404, u"NOT_FOUND"_s, u"接口不存在 (the sandbox does not offer this API)"_s);
}

HttpReply SandboxGateway::Private::weChatPrepay(const HttpRequest &r, GatewayExchange &x, bool h5)
{
    const SandboxIdentity &id = q->m_identity;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    if (!doc.isObject())
        return weChatError(x, 400, u"PARAM_ERROR"_s, u"请求体不是合法的 JSON"_s);
    const QJsonObject o = doc.object();
    const auto text = [&o](const QString &k) { return o.value(k).toString(); };
    x.outTradeNo = text(u"out_trade_no"_s);
    for (const QString &key : {u"appid"_s, u"mchid"_s, u"description"_s, u"out_trade_no"_s, u"notify_url"_s}) {
        if (text(key).isEmpty())
            return weChatError(x, 400, u"PARAM_ERROR"_s, u"缺少参数 %1"_s.arg(key));
    }
    const QJsonObject amount = o.value(u"amount"_s).toObject();
    const QJsonValue total = amount.value(u"total"_s);
    if (!total.isDouble() || total.toInteger(-1) <= 0 || double(total.toInteger()) != total.toDouble())
        return weChatError(x, 400, u"PARAM_ERROR"_s, u"amount.total 应为正整数（单位：分）"_s);
    if (amount.contains(u"currency"_s) && amount.value(u"currency"_s).toString() != u"CNY")
        return weChatError(x, 400, u"PARAM_ERROR"_s, u"amount.currency 只支持 CNY"_s);
    if (text(u"mchid"_s) != id.mchid)
        return weChatError(x, 400, u"PARAM_ERROR"_s, u"mchid 与请求方商户号不一致"_s);
    const QString appid = text(u"appid"_s);
    if (appid != id.miniProgramAppid && appid != id.officialAccountAppid)
        return weChatError(x, 400, u"PARAM_ERROR"_s, u"appid 和 mch_id 不匹配"_s);
    if (!acceptableNotifyUrl(text(u"notify_url"_s)))
        return weChatError(x, 400, u"PARAM_ERROR"_s,
                           u"notify_url 格式不正确：需要绝对 https 地址，不带参数（本机测试可用 http://127.0.0.1）"_s);
    QString openid;
    if (h5) {
        const QJsonObject scene = o.value(u"scene_info"_s).toObject();
        if (scene.value(u"payer_client_ip"_s).toString().isEmpty()
            || scene.value(u"h5_info"_s).toObject().value(u"type"_s).toString().isEmpty())
            return weChatError(x, 400, u"PARAM_ERROR"_s, u"缺少参数 scene_info.payer_client_ip 或 scene_info.h5_info.type"_s);
    } else {
        openid = o.value(u"payer"_s).toObject().value(u"openid"_s).toString();
        if (openid.isEmpty())
            return weChatError(x, 400, u"PARAM_ERROR"_s, u"缺少参数 payer.openid"_s);
    }

    SandboxLedger::PrepayRequest request;
    request.scene = h5 ? SandboxScene::WeChatH5
                       : (appid == id.officialAccountAppid && appid != id.miniProgramAppid ? SandboxScene::OfficialAccount
                                                                                          : SandboxScene::MiniProgram);
    request.outTradeNo = text(u"out_trade_no"_s);
    request.appid = appid;
    request.mchid = id.mchid;
    request.amount = Money::fromFen(total.toInteger());
    request.description = text(u"description"_s);
    request.attach = text(u"attach"_s);
    request.notifyUrl = text(u"notify_url"_s);
    request.payerOpenid = openid;
    const auto trade = q->m_ledger->prepay(request);
    if (!trade) {
        const QString code = trade.error().code;
        if (code == u"ORDERPAID")
            return weChatError(x, 403, code, u"该订单已支付"_s);
        if (code == u"ORDER_CLOSED")
            return weChatError(x, 403, code, u"当前订单已关闭，请重新下单"_s);
        if (code == u"OUT_TRADE_NO_USED")
            return weChatError(x, 403, code, u"商户订单号重复：同一订单号的金额或 appid 不同"_s);
        return weChatError(x, 400, u"PARAM_ERROR"_s, trade.errorMessage());
    }
    if (h5) {
        QUrl url = q->cashierUrl(trade->outTradeNo);
        url.setQuery(u"prepay_id="_s + trade->prepayId);
        return weChatReply(200, compact(QJsonObject{{u"h5_url"_s, url.toString(QUrl::FullyEncoded)}}));
    }
    return weChatReply(200, compact(QJsonObject{{u"prepay_id"_s, trade->prepayId}}));
}

HttpReply SandboxGateway::Private::weChatQuery(const HttpRequest &, GatewayExchange &x,
                                               const std::optional<SandboxTrade> &trade)
{
    if (!trade)
        return weChatError(x, 404, u"ORDER_NOT_EXIST"_s, u"订单不存在"_s);
    return weChatReply(200, compact(transactionJson(*trade)));
}

HttpReply SandboxGateway::Private::weChatClose(const HttpRequest &r, GatewayExchange &x, const QString &outTradeNo)
{
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    if (o.value(u"mchid"_s).toString().isEmpty())
        return weChatError(x, 400, u"PARAM_ERROR"_s, u"缺少参数 mchid"_s);
    if (o.value(u"mchid"_s).toString() != q->m_identity.mchid)
        return weChatError(x, 400, u"PARAM_ERROR"_s, u"mchid 与请求方商户号不一致"_s);
    const auto trade = q->m_ledger->find(outTradeNo);
    if (!trade || trade->channel() != PayWay::WeChat)
        return weChatError(x, 404, u"ORDER_NOT_EXIST"_s, u"订单不存在"_s);
    const auto closed = q->m_ledger->close(outTradeNo);
    if (!closed)
        return weChatError(x, 403, closed.error().code, u"订单已支付，不能关闭"_s);
    return weChatReply(204, {});
}

HttpReply SandboxGateway::Private::weChatRefund(const HttpRequest &r, GatewayExchange &x)
{
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    if (!doc.isObject())
        return weChatError(x, 400, u"PARAM_ERROR"_s, u"请求体不是合法的 JSON"_s);
    const QJsonObject o = doc.object();
    QString outTradeNo = o.value(u"out_trade_no"_s).toString();
    const QString transactionId = o.value(u"transaction_id"_s).toString();
    const QString outRefundNo = o.value(u"out_refund_no"_s).toString();
    const QJsonObject amount = o.value(u"amount"_s).toObject();
    const qint64 refundFen = amount.value(u"refund"_s).toInteger(-1);
    const qint64 totalFen = amount.value(u"total"_s).toInteger(-1);
    std::optional<SandboxTrade> trade;
    if (!transactionId.isEmpty())
        trade = q->m_ledger->findByTransactionId(transactionId);
    else if (!outTradeNo.isEmpty())
        trade = q->m_ledger->find(outTradeNo);
    else
        return weChatError(x, 400, u"PARAM_ERROR"_s, u"out_trade_no 与 transaction_id 必须二选一"_s);
    x.outTradeNo = trade ? trade->outTradeNo : outTradeNo;
    if (outRefundNo.isEmpty())
        return weChatError(x, 400, u"PARAM_ERROR"_s, u"缺少参数 out_refund_no"_s);
    if (refundFen <= 0 || totalFen <= 0)
        return weChatError(x, 400, u"PARAM_ERROR"_s, u"amount.refund 与 amount.total 应为正整数（单位：分）"_s);
    if (amount.contains(u"currency"_s) && amount.value(u"currency"_s).toString() != u"CNY")
        return weChatError(x, 400, u"PARAM_ERROR"_s, u"amount.currency 只支持 CNY"_s);
    if (o.contains(u"notify_url"_s) && !acceptableNotifyUrl(o.value(u"notify_url"_s).toString()))
        return weChatError(x, 400, u"PARAM_ERROR"_s, u"notify_url 格式不正确"_s);
    if (!trade || trade->channel() != PayWay::WeChat)
        return weChatError(x, 404, u"ORDER_NOT_EXIST"_s, u"订单不存在"_s);
    if (totalFen != trade->amount.fen())
        return weChatError(x, 400, u"INVALID_REQUEST"_s, u"订单金额 amount.total 与原订单不一致"_s);
    const bool known = q->m_ledger->findRefund(outRefundNo).has_value();
    const auto refunded = q->m_ledger->refund(trade->outTradeNo, outRefundNo, refundFen, o.value(u"reason"_s).toString());
    if (!refunded) {
        const QString code = refunded.error().code;
        if (code == u"NOT_ENOUGH")
            return weChatError(x, 403, code, u"申请退款金额超过订单可退金额"_s);
        if (code == u"TRADE_NOT_PAID")
            return weChatError(x, 403, u"TRADE_NOT_PAID"_s, u"订单未支付，不能退款"_s);
        return weChatError(x, 400, u"INVALID_REQUEST"_s, refunded.errorMessage());
    }
    if (!known)
        Q_EMIT q->refunded(refunded->first, refunded->second);
    return weChatReply(200, compact(refundJson(refunded->first, refunded->second)));
}

HttpReply SandboxGateway::Private::weChatRefundQuery(GatewayExchange &x, const QString &outRefundNo)
{
    for (const SandboxTrade &t : q->m_ledger->trades()) {
        if (t.channel() != PayWay::WeChat)
            continue;
        for (const SandboxRefund &r : t.refunds) {
            if (r.outRefundNo == outRefundNo) {
                x.outTradeNo = t.outTradeNo;
                return weChatReply(200, compact(refundJson(t, r)));
            }
        }
    }
    return weChatError(x, 404, u"RESOURCE_NOT_EXISTS"_s, u"退款单不存在"_s);
}

// --- Alipay ------------------------------------------------------------------------------

HttpReply SandboxGateway::Private::alipayAnswer(const QString &node, const QJsonObject &content) const
{
    const QByteArray raw = compact(content);
    const auto signature = q->m_identity.alipayPlatformKey.signSha256(raw);
    HttpReply reply;
    reply.contentType = "application/json;charset=utf-8";
    reply.body = "{\"" + node.toLatin1() + "\":" + raw + ",\"sign\":\"" + (signature ? signature->toBase64() : QByteArray())
        + "\"}";
    return reply;
}

HttpReply SandboxGateway::Private::alipayError(GatewayExchange &x, const QString &node, const QString &code,
                                               const QString &msg, const QString &subCode, const QString &subMsg) const
{
    x.error = subCode.isEmpty() ? code : subCode;
    QJsonObject o{{u"code"_s, code}, {u"msg"_s, msg}};
    if (!subCode.isEmpty()) {
        o.insert(u"sub_code"_s, subCode);
        o.insert(u"sub_msg"_s, subMsg);
    }
    return alipayAnswer(node, o);
}

HttpReply SandboxGateway::Private::alipay(const HttpRequest &r, GatewayExchange &x)
{
    const SandboxIdentity &id = q->m_identity;
    x.operation = u"alipay gateway"_s;
    // GET carries everything in the query; a POST form in the body (and perhaps charset in
    // the query, as pageExecute's form action does).
    FormEncoding::Fields fields;
    if (r.method == "POST" && !r.body.isEmpty()) {
        const auto body = FormEncoding::decode(r.body);
        if (!body)
            return alipayError(x, u"error_response"_s, u"40002"_s, u"Invalid Arguments"_s, u"isv.invalid-parameter"_s,
                               u"请求参数不是合法的表单"_s);
        fields = *body;
    }
    if (!r.query.isEmpty()) {
        const auto query = FormEncoding::decode(r.query);
        if (!query)
            return alipayError(x, u"error_response"_s, u"40002"_s, u"Invalid Arguments"_s, u"isv.invalid-parameter"_s,
                               u"请求参数不是合法的表单"_s);
        for (const auto &field : *query) {
            const bool present = std::any_of(fields.cbegin(), fields.cend(), [&](const auto &f) { return f.first == field.first; });
            if (!present)
                fields.append(field);
        }
    }
    const auto value = [&fields](QStringView key) {
        for (const auto &[k, v] : std::as_const(fields))
            if (k == key)
                return v;
        return QString();
    };
    const QString method = value(u"method");
    x.operation = method.startsWith(u"alipay."_s) ? method.mid(7) : method;
    const QJsonObject biz = QJsonDocument::fromJson(value(u"biz_content").toUtf8()).object();
    x.outTradeNo = biz.value(u"out_trade_no"_s).toString();
    const bool payPage = method == u"alipay.trade.wap.pay" || method == u"alipay.trade.page.pay";
    static const QStringList apiMethods = {u"alipay.trade.query"_s, u"alipay.trade.refund"_s, u"alipay.trade.close"_s,
                                           u"alipay.trade.fastpay.refund.query"_s};
    const QString node = apiMethods.contains(method) ? AlipaySigner::responseNodeName(method) : u"error_response"_s;

    const auto pageError = [&](const QString &code, const QString &message) {
        x.error = code;
        return html(400, GatewayCashierPage::error(u"支付宝沙箱：请求错误 · Alipay sandbox: bad request"_s, code, message));
    };

    // The common parameters and the signature.
    QString problem;
    QString problemCode = u"isv.invalid-signature"_s;
    if (value(u"app_id").isEmpty() || method.isEmpty() || value(u"sign").isEmpty()) {
        problem = u"缺少公共参数 app_id / method / sign"_s;
        problemCode = u"isv.missing-parameter"_s;
    } else if (value(u"app_id") != id.alipayAppId) {
        problem = u"app_id 不是沙箱应用"_s;
        problemCode = u"isv.invalid-app-id"_s;
    } else if (value(u"sign_type") != u"RSA2") {
        problem = u"sign_type 应为 RSA2"_s;
        problemCode = u"isv.invalid-signature-type"_s;
    } else {
        const auto signature = StrictBase64::decode(value(u"sign").toLatin1());
        if (!signature || !id.alipayAppKey.publicKey().verifySha256(AlipaySigner::signContent(fields, true), *signature))
            problem = u"验签出错，请确认使用沙箱应用私钥签名，且签名内容包含 sign_type、按参数名排序、未做 URL 编码"_s;
    }
    if (!problem.isEmpty()) {
        if (payPage)
            return pageError(problemCode, problem);
        return alipayError(x, node, u"40002"_s, u"Invalid Arguments"_s, problemCode, problem);
    }
    x.signatureVerified = true;

    if (payPage) {
        const bool wap = method == u"alipay.trade.wap.pay";
        const auto amount = Money::parse(biz.value(u"total_amount"_s).toString());
        if (x.outTradeNo.isEmpty() || !amount || amount->fen() <= 0 || biz.value(u"subject"_s).toString().isEmpty())
            return pageError(u"isv.missing-parameter"_s, u"biz_content 需要 out_trade_no、subject 与 total_amount（0.01 起，两位小数）"_s);
        const QString product = biz.value(u"product_code"_s).toString();
        if (product != (wap ? u"QUICK_WAP_WAY"_s : u"FAST_INSTANT_TRADE_PAY"_s))
            return pageError(u"isv.invalid-parameter"_s, u"product_code 与接口不符"_s);
        const QString notifyUrl = value(u"notify_url");
        if (!notifyUrl.isEmpty() && !acceptableNotifyUrl(notifyUrl))
            return pageError(u"isv.invalid-parameter"_s, u"notify_url 格式不正确"_s);
        SandboxLedger::PrepayRequest request;
        request.scene = wap ? SandboxScene::AlipayWap : SandboxScene::AlipayPage;
        request.outTradeNo = x.outTradeNo;
        request.appid = id.alipayAppId;
        request.amount = *amount;
        request.description = biz.value(u"subject"_s).toString();
        request.attach = QUrl::fromPercentEncoding(biz.value(u"passback_params"_s).toString().toUtf8());
        request.notifyUrl = notifyUrl;
        const auto trade = q->m_ledger->prepay(request);
        if (!trade) {
            const QString code = trade.error().code;
            if (code == u"ORDERPAID")
                return pageError(u"ACQ.TRADE_HAS_SUCCESS"_s, u"交易已被支付"_s);
            if (code == u"ORDER_CLOSED")
                return pageError(u"ACQ.TRADE_HAS_CLOSE"_s, u"交易已经关闭"_s);
            return pageError(u"ACQ.INVALID_PARAMETER"_s, trade.errorMessage());
        }
        HttpReply reply;
        reply.status = 302;
        reply.headers.append(qMakePair(QByteArray("Location"), q->cashierUrl(trade->outTradeNo).toString(QUrl::FullyEncoded).toLatin1()));
        reply.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store")));
        return reply;
    }

    QString tradeNo = biz.value(u"trade_no"_s).toString();
    std::optional<SandboxTrade> trade = tradeNo.isEmpty() ? q->m_ledger->find(x.outTradeNo)
                                                          : q->m_ledger->findByTransactionId(tradeNo);
    if (trade && trade->channel() != PayWay::Alipay)
        trade.reset();
    if (trade)
        x.outTradeNo = trade->outTradeNo;
    const auto notExist = [&] {
        return alipayError(x, node, u"40004"_s, u"Business Failed"_s, u"ACQ.TRADE_NOT_EXIST"_s, u"交易不存在"_s);
    };
    if (x.outTradeNo.isEmpty() && tradeNo.isEmpty())
        return alipayError(x, node, u"40002"_s, u"Invalid Arguments"_s, u"isv.missing-parameter"_s,
                           u"biz_content 需要 out_trade_no 或 trade_no"_s);

    if (method == u"alipay.trade.query") {
        if (!trade)
            return notExist();
        const bool paid = trade->state == SandboxTrade::State::Paid;
        QJsonObject o{{u"code"_s, u"10000"_s},
                      {u"msg"_s, u"Success"_s},
                      {u"out_trade_no"_s, trade->outTradeNo},
                      {u"trade_status"_s, trade->alipayTradeStatus()},
                      {u"total_amount"_s, trade->amount.toString()}};
        if (paid) {
            o.insert(u"trade_no"_s, trade->transactionId);
            o.insert(u"buyer_logon_id"_s, SandboxBuyerLogon);
            o.insert(u"buyer_user_id"_s, SandboxBuyerUserId);
            o.insert(u"buyer_pay_amount"_s, trade->amount.toString());
            o.insert(u"receipt_amount"_s, trade->amount.toString());
            o.insert(u"invoice_amount"_s, trade->amount.toString());
            o.insert(u"point_amount"_s, u"0.00"_s);
            o.insert(u"send_pay_date"_s, alipayTime(trade->paidAt));
        }
        return alipayAnswer(node, o);
    }
    if (method == u"alipay.trade.close") {
        if (!trade)
            return notExist();
        const auto closed = q->m_ledger->close(trade->outTradeNo);
        if (!closed)
            return alipayError(x, node, u"40004"_s, u"Business Failed"_s, u"ACQ.TRADE_STATUS_ERROR"_s, u"交易状态不合法"_s);
        QJsonObject o{{u"code"_s, u"10000"_s}, {u"msg"_s, u"Success"_s}, {u"out_trade_no"_s, trade->outTradeNo}};
        if (!trade->transactionId.isEmpty())
            o.insert(u"trade_no"_s, trade->transactionId);
        return alipayAnswer(node, o);
    }
    if (method == u"alipay.trade.refund") {
        if (!trade)
            return notExist();
        const auto amount = Money::parse(biz.value(u"refund_amount"_s).toString());
        if (!amount || amount->fen() <= 0)
            return alipayError(x, node, u"40004"_s, u"Business Failed"_s, u"ACQ.INVALID_PARAMETER"_s,
                               u"refund_amount 应为 0.01 起、两位小数的金额"_s);
        QString requestNo = biz.value(u"out_request_no"_s).toString();
        if (requestNo.isEmpty())
            requestNo = trade->outTradeNo; // a full refund may leave it out
        const bool known = q->m_ledger->findRefund(requestNo).has_value();
        const auto refunded = q->m_ledger->refund(trade->outTradeNo, requestNo, amount->fen(),
                                                  biz.value(u"refund_reason"_s).toString());
        if (!refunded) {
            const QString code = refunded.error().code;
            if (code == u"NOT_ENOUGH")
                return alipayError(x, node, u"40004"_s, u"Business Failed"_s, u"ACQ.REFUND_AMT_NOT_EQUAL_TOTAL"_s,
                                   u"退款金额超限"_s);
            if (code == u"TRADE_NOT_PAID")
                return alipayError(x, node, u"40004"_s, u"Business Failed"_s, u"ACQ.TRADE_STATUS_ERROR"_s,
                                   u"交易状态不合法"_s);
            return alipayError(x, node, u"40004"_s, u"Business Failed"_s, u"ACQ.INVALID_PARAMETER"_s,
                               refunded.errorMessage());
        }
        const auto &[t, refund] = *refunded;
        if (!known)
            Q_EMIT q->refunded(t, refund);
        const QJsonObject o{{u"code"_s, u"10000"_s},
                            {u"msg"_s, u"Success"_s},
                            {u"trade_no"_s, t.transactionId},
                            {u"out_trade_no"_s, t.outTradeNo},
                            {u"buyer_logon_id"_s, SandboxBuyerLogon},
                            {u"buyer_user_id"_s, SandboxBuyerUserId},
                            {u"fund_change"_s, known ? u"N"_s : u"Y"_s},
                            {u"refund_fee"_s, Money::fromFen(t.refundedFen()).toString()},
                            {u"gmt_refund_pay"_s, alipayTime(refund.finishedAt)}};
        return alipayAnswer(node, o);
    }
    if (method == u"alipay.trade.fastpay.refund.query") {
        if (!trade)
            return notExist();
        QString requestNo = biz.value(u"out_request_no"_s).toString();
        if (requestNo.isEmpty())
            requestNo = trade->outTradeNo;
        QJsonObject o{{u"code"_s, u"10000"_s}, {u"msg"_s, u"Success"_s}, {u"out_trade_no"_s, trade->outTradeNo},
                      {u"out_request_no"_s, requestNo}};
        for (const SandboxRefund &refund : trade->refunds) {
            if (refund.outRefundNo != requestNo)
                continue;
            // Alipay answers an unknown refund with success and no refund_status.
            o.insert(u"trade_no"_s, trade->transactionId);
            o.insert(u"total_amount"_s, trade->amount.toString());
            o.insert(u"refund_amount"_s, Money::fromFen(refund.refundFen).toString());
            o.insert(u"refund_status"_s, u"REFUND_SUCCESS"_s);
            o.insert(u"gmt_refund_pay"_s, alipayTime(refund.finishedAt));
        }
        return alipayAnswer(node, o);
    }
    x.operation = method;
    return alipayError(x, node, u"40002"_s, u"Invalid Arguments"_s, u"isv.invalid-method"_s,
                       u"沙箱不支持的接口：%1"_s.arg(method.left(64)));
}

// --- Cashier -----------------------------------------------------------------------------

HttpReply SandboxGateway::Private::cashier(const HttpRequest &r, GatewayExchange &x)
{
    static const QByteArray prefix = "/sandbox/cashier/";
    const QList<QByteArray> parts = r.path.sliced(prefix.size()).split('/');
    const QString outTradeNo = decodedSegment(parts.value(0));
    x.outTradeNo = outTradeNo;
    x.operation = u"cashier"_s;
    const auto trade = q->m_ledger->find(outTradeNo);
    if (!trade || outTradeNo.isEmpty() || parts.size() > 2) {
        x.error = u"ORDER_NOT_EXIST"_s;
        return html(404, GatewayCashierPage::error(u"订单不存在 · No such trade"_s, u"ORDER_NOT_EXIST"_s,
                                                   u"The sandbox has no trade with this number."_s));
    }
    if (parts.size() == 1) {
        if (r.method != "GET") {
            x.error = u"METHOD"_s;
            return html(405, GatewayCashierPage::error(u"405"_s, {}, u"GET the cashier page."_s));
        }
        const SandboxIdentity &id = q->m_identity;
        GatewayCashierPage::Merchant merchant;
        merchant.name = u"mcpay 沙箱商户 · sandbox merchant"_s;
        merchant.accountId = trade->channel() == PayWay::Alipay ? id.alipaySellerId : id.mchid;
        return html(200, GatewayCashierPage::cashier(*trade, merchant, u"/sandbox/cashier/"_s
                                                                             + QString::fromLatin1(QUrl::toPercentEncoding(outTradeNo))));
    }
    static const QHash<QByteArray, CashierOutcome> actions = {{"pay", CashierOutcome::Pay},
                                                              {"cancel", CashierOutcome::Cancel},
                                                              {"fail", CashierOutcome::Fail},
                                                              {"leave", CashierOutcome::LeaveUnpaid}};
    const auto action = actions.constFind(parts.at(1));
    if (action == actions.cend() || r.method != "POST") {
        x.error = u"NOT_FOUND"_s;
        return html(404, GatewayCashierPage::error(u"404"_s, {}, u"Unknown cashier action."_s));
    }
    x.operation = u"cashier "_s + QString::fromLatin1(parts.at(1));
    const auto decided = q->decide(outTradeNo, *action);
    if (!decided) {
        x.error = decided.error().code;
        return html(409, GatewayCashierPage::error(u"无法支付 · Cannot pay"_s, decided.error().code, decided.errorMessage()));
    }
    return html(200, GatewayCashierPage::decided(*decided, *action));
}
