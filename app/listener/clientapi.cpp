#include "clientapi.h"

#include "channels/formencoding.h"
#include "channels/likeadminjson.h"
#include "logging.h"
#include "orders/orderrepository.h"
#include "orders/prepayjournal.h"
#include "sandbox/sandboxgateway.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

// The messages below are the seed server's own (its front end shows them to the payer),
// so they are part of the protocol and stay in Chinese.
namespace {

constexpr QByteArrayView CreateOrderPath = "/api/pay/createMarketingChatOrder";
constexpr QByteArrayView UnifiedPayPath = "/api/pay/unifiedpay";

HttpReply envelopeReply(int code, int show, const QString &msg, const QByteArray &rawData = "[]")
{
    HttpReply reply;
    reply.status = 200;
    reply.contentType = "application/json; charset=utf-8";
    reply.body = LikeadminJson::envelope(code, show, msg, rawData);
    return reply;
}

HttpReply fail(const QString &msg)
{
    return envelopeReply(0, 1, msg);
}

enum class Terminal { MiniProgram, OfficialAccount, H5, Pc };

std::optional<Terminal> terminalFrom(const QString &text)
{
    if (text.isEmpty() || text == u"1" || text == u"mnp")
        return Terminal::MiniProgram;
    if (text == u"2" || text == u"oa")
        return Terminal::OfficialAccount;
    if (text == u"3" || text == u"h5")
        return Terminal::H5;
    if (text == u"4" || text == u"pc")
        return Terminal::Pc;
    return std::nullopt;
}

// The sandbox payer's openid for a user: stable, so that repeated prepays agree.
QString sandboxOpenid(quint32 userId)
{
    const QByteArray hash = QCryptographicHash::hash(QByteArray("mcpay-sandbox-openid-" + QByteArray::number(userId)),
                                                     QCryptographicHash::Sha1);
    return u"oSbx"_s + QString::fromLatin1(hash.toHex().left(24));
}

} // namespace

// The request's parameters, from a JSON object or a form.
struct ClientApi::Parameters
{
    bool isJson = true;
    QByteArray body;
    QJsonObject object;
    FormEncoding::Fields form;

    bool has(const QString &name) const
    {
        if (isJson)
            return object.contains(name) && !object.value(name).isNull();
        return std::any_of(form.cbegin(), form.cend(), [&](const auto &f) { return f.first == name; });
    }

    // A string, or a number's own digits.
    QString text(const QString &name) const
    {
        if (!isJson) {
            for (const auto &[k, v] : form)
                if (k == name)
                    return v;
            return {};
        }
        const QJsonValue v = object.value(name);
        if (v.isString())
            return v.toString();
        if (v.isDouble()) {
            const auto raw = LikeadminJson::rawMember(body, name.toUtf8());
            return raw ? QString::fromLatin1(*raw) : QString();
        }
        return {};
    }

    std::optional<qint64> integer(const QString &name) const
    {
        const QString t = text(name);
        bool ok = false;
        const qint64 n = t.toLongLong(&ok);
        if (!ok || t.isEmpty() || !t.at(0).isDigit())
            return std::nullopt;
        return n;
    }

    Result<Money> amount(const QString &name) const
    {
        if (!isJson)
            return Money::parse(text(name));
        const auto raw = LikeadminJson::rawMember(body, name.toUtf8());
        if (!raw)
            return Error(u"missing"_s);
        return LikeadminJson::parseAmount(*raw);
    }
};

ClientApi::ClientApi(Database database) : ClientApi(std::move(database), Options{}) {}

ClientApi::ClientApi(Database database, Options options)
    : m_db(std::move(database)), m_options(std::move(options)), m_notifyBaseUrl(m_options.notifyBaseUrl)
{
}

void ClientApi::setNotifyBaseUrl(const QString &baseUrl)
{
    QMutexLocker lock(&m_notifyBaseMutex);
    m_notifyBaseUrl = baseUrl;
}

QHash<QString, quint32> ClientApi::defaultSandboxTokens()
{
    return {{u"sandbox-user-1"_s, 1}, {u"sandbox-user-2"_s, 2}};
}

void ClientApi::setSandbox(SandboxIdentity identity, std::shared_ptr<SandboxLedger> ledger, QUrl gatewayBase)
{
    m_identity = std::move(identity);
    m_ledger = std::move(ledger);
    m_gatewayBase = std::move(gatewayBase);
}

bool ClientApi::handles(QByteArrayView path)
{
    return path == CreateOrderPath || path == UnifiedPayPath;
}

std::optional<quint32> ClientApi::resolveToken(const QString &token) const
{
    if (m_resolver)
        return m_resolver(token);
    if (const auto it = m_options.sandboxTokens.constFind(token); it != m_options.sandboxTokens.cend())
        return it.value();
    if (!m_options.useSessionTable)
        return std::nullopt;
    const auto connection = m_db.connection();
    if (!connection)
        return std::nullopt;
    const QString table = m_db.table(u"user_session");
    if (!connection->tables().contains(table))
        return std::nullopt;
    QSqlQuery q(*connection);
    q.prepare(u"SELECT user_id FROM "_s + table + u" WHERE token = ? AND expire_time > ? ORDER BY id DESC LIMIT 1"_s);
    q.addBindValue(token);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec()) {
        qCWarning(lcNotify) << "client api: session lookup failed:" << q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return quint32(q.value(0).toULongLong());
}

HttpReply ClientApi::handle(const HttpRequest &request) const
{
    if (request.method != "POST")
        return fail(u"请求方式错误，请使用 POST"_s);
    const QString token = QString::fromUtf8(httpHeaderValue(request.headers, "token")).trimmed();
    if (token.isEmpty())
        return envelopeReply(-1, 1, u"请求参数缺token"_s);
    const auto userId = resolveToken(token);
    if (!userId)
        return envelopeReply(-1, 1, u"登录超时，请重新登录"_s);

    Parameters p;
    p.body = request.body;
    const QByteArray contentType = httpHeaderValue(request.headers, "Content-Type").toLower();
    if (contentType.startsWith("application/x-www-form-urlencoded")) {
        const auto form = FormEncoding::decode(request.body);
        if (!form)
            return fail(u"请求参数格式错误"_s);
        p.isJson = false;
        p.form = *form;
    } else if (!request.body.trimmed().isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(request.body);
        if (!doc.isObject())
            return fail(u"请求参数格式错误：需要 JSON 对象"_s);
        p.object = doc.object();
    }

    if (request.path == CreateOrderPath)
        return createOrder(request, *userId, p);
    return unifiedPay(request, *userId, p);
}

HttpReply ClientApi::createOrder(const HttpRequest &, quint32 userId, const Parameters &p) const
{
    if (!p.has(u"amount"_s))
        return fail(u"请输入支付金额"_s);
    const auto amount = p.amount(u"amount"_s);
    if (!amount)
        return fail(u"支付金额格式不正确，最多两位小数，例如 0.40"_s);
    if (amount->fen() <= 0)
        return fail(u"支付金额必须大于0"_s);
    if (amount->fen() > OrderRepository::MaxOrderFen)
        return fail(u"支付金额超出上限"_s);
    QString remark = p.text(u"remark"_s).trimmed();
    if (remark.size() > 255)
        return fail(u"备注不能超过255个字符"_s);
    if (remark.isEmpty())
        remark = OrderRepository::defaultRemark();

    OrderRepository orders(m_db);
    const auto created = orders.create(*amount, userId, remark);
    if (!created) {
        qCWarning(lcNotify) << "client api: creating an order failed:" << created.errorMessage();
        return fail(u"订单创建失败，请稍后再试"_s);
    }
    const QByteArray data = "{\"order_id\":" + QByteArray::number(created->orderId)
        + ",\"order_sn\":" + LikeadminJson::quoted(created->orderSn)
        + ",\"order_amount\":" + LikeadminJson::amountNumber(created->orderAmount) + '}';
    return envelopeReply(1, 0, u"订单创建成功"_s, data);
}

QString ClientApi::notifyUrl(const HttpRequest &request, SandboxScene scene) const
{
    QString base;
    {
        QMutexLocker lock(&m_notifyBaseMutex);
        base = m_notifyBaseUrl;
    }
    if (base.isEmpty()) {
        const QByteArray host = httpHeaderValue(request.headers, "Host");
        base = u"http://"_s + (host.isEmpty() ? u"127.0.0.1"_s : QString::fromLatin1(host));
    }
    while (base.endsWith(u'/'))
        base.chop(1);
    switch (scene) {
    case SandboxScene::MiniProgram: return base + u"/api/pay/notifyMnp"_s;
    case SandboxScene::OfficialAccount:
    case SandboxScene::WeChatH5: return base + u"/api/pay/notifyOa"_s;
    case SandboxScene::AlipayWap:
    case SandboxScene::AlipayPage: return base + u"/api/pay/aliNotify"_s;
    }
    return base;
}

HttpReply ClientApi::unifiedPay(const HttpRequest &request, quint32 userId, const Parameters &p) const
{
    const auto orderId = p.integer(u"order_id"_s);
    if (!orderId || *orderId <= 0)
        return fail(u"订单参数错误：缺少 order_id"_s);
    if (p.text(u"from"_s) != u"marketing_chat")
        return fail(u"订单来源错误：from 应为 marketing_chat"_s);
    const auto payWay = p.integer(u"pay_way"_s);
    if (!payWay || (*payWay != int(PayWay::WeChat) && *payWay != int(PayWay::Alipay)))
        return fail(u"支付方式错误：1 微信支付，2 支付宝"_s);
    QString terminalText = p.text(u"terminal"_s);
    if (terminalText.isEmpty())
        terminalText = p.text(u"scene"_s);
    const auto terminal = terminalFrom(terminalText);
    if (!terminal)
        return fail(u"终端参数错误：mnp、oa、h5 或 pc"_s);
    if (!m_ledger || !m_identity.isValid() || !m_gatewayBase.isValid())
        return fail(u"支付未配置：请先启用支付沙箱"_s);

    OrderRepository orders(m_db);
    const auto found = orders.findById(*orderId);
    if (!found) {
        qCWarning(lcNotify) << "client api: reading an order failed:" << found.errorMessage();
        return fail(u"系统繁忙，请稍后再试"_s);
    }
    // The order must be the caller's own (never load another user's order by its id).
    if (!found->has_value() || (*found)->userId != userId)
        return fail(u"订单不存在"_s);
    const Order order = **found;
    if (order.isPaid())
        return fail(u"订单已支付"_s);

    const PayWay way = PayWay(*payWay);
    SandboxScene scene = SandboxScene::MiniProgram;
    if (way == PayWay::WeChat) {
        if (*terminal == Terminal::Pc)
            return fail(u"暂不支持电脑端微信支付，请使用手机"_s);
        scene = *terminal == Terminal::MiniProgram       ? SandboxScene::MiniProgram
              : *terminal == Terminal::OfficialAccount ? SandboxScene::OfficialAccount
                                                       : SandboxScene::WeChatH5;
    } else {
        scene = *terminal == Terminal::Pc ? SandboxScene::AlipayPage : SandboxScene::AlipayWap;
    }
    const QString subject = order.remark.isEmpty() ? OrderRepository::defaultRemark() : order.remark;

    SandboxLedger::PrepayRequest prepay;
    prepay.scene = scene;
    prepay.outTradeNo = order.orderSn;
    prepay.amount = order.amount;
    prepay.description = subject;
    prepay.attach = u"marketing_chat"_s;
    prepay.notifyUrl = notifyUrl(request, scene);
    if (way == PayWay::WeChat) {
        prepay.appid = scene == SandboxScene::MiniProgram ? m_identity.miniProgramAppid : m_identity.officialAccountAppid;
        prepay.mchid = m_identity.mchid;
        if (scene != SandboxScene::WeChatH5)
            prepay.payerOpenid = sandboxOpenid(userId);
    } else {
        prepay.appid = m_identity.alipayAppId;
    }
    const auto trade = m_ledger->prepay(prepay);
    if (!trade) {
        if (trade.error().code == u"ORDERPAID")
            return fail(u"订单已支付"_s);
        if (trade.error().code == u"ORDER_CLOSED")
            return fail(u"订单已关闭，请重新下单"_s);
        return fail(u"发起支付失败：%1"_s.arg(trade.errorMessage()));
    }

    QByteArray config;
    QString prepayId;
    QString payUrl;
    QString summary;
    if (scene == SandboxScene::MiniProgram || scene == SandboxScene::OfficialAccount) {
        const auto params = m_identity.merchantSigner().jsapiPayParams(prepay.appid, trade->prepayId);
        if (!params)
            return fail(u"发起支付失败：签名失败"_s);
        config = QJsonDocument(QJsonObject{{u"appId"_s, params->appId},
                                           {u"timeStamp"_s, params->timeStamp},
                                           {u"nonceStr"_s, params->nonceStr},
                                           {u"package"_s, params->package},
                                           {u"signType"_s, params->signType},
                                           {u"paySign"_s, params->paySign}})
                     .toJson(QJsonDocument::Compact);
        prepayId = trade->prepayId;
        summary = u"jsapi prepay_id=%1"_s.arg(prepayId);
    } else if (scene == SandboxScene::WeChatH5) {
        QUrl url = SandboxGateway::cashierUrl(m_gatewayBase, order.orderSn);
        url.setQuery(u"prepay_id="_s + trade->prepayId);
        payUrl = url.toString(QUrl::FullyEncoded);
        prepayId = trade->prepayId;
        config = LikeadminJson::quoted(payUrl);
        summary = u"h5_url %1"_s.arg(payUrl);
    } else {
        QUrl gateway = m_gatewayBase;
        gateway.setPath(u"/gateway.do"_s);
        AlipayPayArgs args;
        args.outTradeNo = order.orderSn;
        args.totalAmount = order.amount;
        args.subject = subject;
        args.notifyUrl = prepay.notifyUrl;
        args.passbackParams = u"marketing_chat"_s;
        const AlipayPayProduct product = scene == SandboxScene::AlipayPage ? AlipayPayProduct::Page : AlipayPayProduct::Wap;
        const auto form = m_identity.alipayAppSigner().payForm(gateway, product, args);
        if (!form)
            return fail(u"发起支付失败：签名失败"_s);
        config = LikeadminJson::quoted(QString::fromUtf8(*form));
        payUrl = gateway.toString(QUrl::FullyEncoded);
        summary = u"alipay %1 form"_s.arg(product == AlipayPayProduct::Page ? u"page"_s : u"wap"_s);
    }

    // The prepay, for the order's timeline. The payer's answer does not depend on it.
    const Status recorded = PrepayJournal(m_db).record(
        {order.orderSn, quint32(userId), way, sandboxSceneKey(scene), prepayId, payUrl, order.amount, 0, summary});
    if (!recorded)
        qCWarning(lcNotify) << "client api: recording the prepay failed (run db migrate):" << recorded.errorMessage();

    const QByteArray data = "{\"config\":" + config + ",\"pay_way\":" + QByteArray::number(int(way)) + '}';
    return envelopeReply(1, 0, QString(), data);
}
