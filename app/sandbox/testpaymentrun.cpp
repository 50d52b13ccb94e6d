#include "testpaymentrun.h"

#include "channels/channelclient.h"
#include "channels/wechatpayv3api.h"
#include "crypto/aesgcm.h"
#include "deliveryengine.h"
#include "listener/notifylistener.h"
#include "logging.h"
#include "orders/orderrepository.h"
#include "orders/prepayjournal.h"
#include "sandboxgateway.h"
#include "sandboxservice.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxShownBody = 8 * 1024;
constexpr int SettlePollMs = 250;

// A signature shortened for display: enough to tell two apart, never the whole value.
QString shortened(QByteArrayView value)
{
    if (value.size() <= 16)
        return QString::fromLatin1(value);
    return QString::fromLatin1(value.first(12)) + u"…(%1)"_s.arg(value.size());
}

QString headerText(const HttpHeaderList &headers)
{
    QString text;
    for (const auto &[name, value] : headers) {
        QString shown;
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0 || name.compare("Cookie", Qt::CaseInsensitive) == 0
            || name.compare("Set-Cookie", Qt::CaseInsensitive) == 0)
            shown = u"(masked)"_s;
        else if (name.compare("Wechatpay-Signature", Qt::CaseInsensitive) == 0)
            shown = shortened(value);
        else
            shown = QString::fromUtf8(value.left(512));
        text += QString::fromLatin1(name) + u": "_s + shown + u'\n';
    }
    return text;
}

// JSON pretty-printed, form bodies with the sign shortened, anything large cut.
QString bodyText(const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    QString text;
    if (error.error == QJsonParseError::NoError && !json.isNull()) {
        text = QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed();
    } else if (body.contains("sign=") && !body.contains(' ')) {
        QUrlQuery form(QString::fromUtf8(body));
        QStringList lines;
        for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded)) {
            const bool isSign = key == u"sign";
            lines << key + u'=' + (isSign ? shortened(value.toUtf8()) : value);
        }
        text = lines.join(u'\n');
    } else {
        text = QString::fromUtf8(body);
    }
    if (text.size() > MaxShownBody)
        text = text.left(MaxShownBody) + u"\n…"_s;
    return text;
}

// The request URL of a browser redirect, one parameter a line, the sign shortened.
QString urlText(const QUrl &url)
{
    QUrl base = url;
    base.setQuery(QString());
    QString text = u"GET "_s + base.toString();
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        text += u"\n  "_s + key + u'=' + (key == u"sign" ? shortened(value.toUtf8()) : value);
    return text;
}

// The resource of a WeChat Pay v3 notification, decrypted for reading (the key stays here).
QString decryptedResource(const QByteArray &body, const QByteArray &apiV3Key)
{
    const QJsonObject resource = QJsonDocument::fromJson(body).object().value(u"resource"_s).toObject();
    if (resource.isEmpty())
        return {};
    const auto ciphertext = QByteArray::fromBase64Encoding(resource.value(u"ciphertext"_s).toString().toLatin1());
    if (!ciphertext)
        return {};
    const auto plaintext = AesGcm::decrypt(apiV3Key, resource.value(u"nonce"_s).toString().toLatin1(),
                                           resource.value(u"associated_data"_s).toString().toLatin1(), *ciphertext);
    return plaintext ? bodyText(*plaintext) : QString();
}

QString nowText(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toString(Qt::ISODate);
}

} // namespace

TestPaymentRun::TestPaymentRun(Database database, SandboxService *sandbox, Spec spec, QObject *parent)
    : QObject(parent)
    , m_db(std::move(database))
    , m_sandbox(sandbox)
    , m_spec(std::move(spec))
    , m_settleTimer(new QTimer(this))
{
    qRegisterMetaType<TestPaymentStep>();
    qRegisterMetaType<TestPaymentRun::State>();
    m_settleTimer->setInterval(SettlePollMs);
    connect(m_settleTimer, &QTimer::timeout, this, [this] {
        if (m_state != State::Delivering || checkPaid(true))
            return;
        if (QDateTime::currentMSecsSinceEpoch() - m_acknowledgedAtMs >= m_settleTimeoutMs)
            finishNotPaid(tr("The receiver acknowledged the notification, but order %1 is still unpaid after %2 s. "
                             "Check that the receiver applies notifications to this database.")
                              .arg(m_orderSn)
                              .arg(m_settleTimeoutMs / 1000));
    });
}

QString TestPaymentRun::sandboxPayerOpenid()
{
    return u"oMcPaySandboxPayer0000000001"_s;
}

TestPaymentRun::~TestPaymentRun()
{
    if (m_payReply) {
        m_payReply->disconnect(this);
        m_payReply->abort();
        m_payReply->deleteLater();
    }
}

bool TestPaymentRun::faultPreventsPayment(PayWay channel, SandboxNotify::Fault fault)
{
    using SandboxNotify::Fault;
    switch (fault) {
    case Fault::None:
        return false;
    case Fault::SignProbe:
    case Fault::UnknownSerial:
    case Fault::StaleTimestamp:
    case Fault::FutureTimestamp:
        return channel != PayWay::Alipay;
    case Fault::BadSignature:
    case Fault::TamperedAmount:
    case Fault::WrongAmount:
    case Fault::WrongAppid:
    case Fault::WrongMchid:
    case Fault::TruncatedBody:
        return true;
    }
    return true;
}

QUrl TestPaymentRun::cashierUrl() const
{
    if (!m_sandbox || !m_sandbox->gateway() || m_orderSn.isEmpty())
        return {};
    return m_sandbox->gateway()->cashierUrl(m_orderSn);
}

void TestPaymentRun::addStep(TestPaymentStep::Kind kind, const QString &title, const QString &detail, bool ok)
{
    TestPaymentStep step;
    step.kind = kind;
    step.atMs = QDateTime::currentMSecsSinceEpoch();
    step.title = title;
    step.detail = detail;
    step.ok = ok;
    m_steps.append(step);
    emit stepAdded(step);
}

void TestPaymentRun::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void TestPaymentRun::fail(const QString &message, const QString &detail)
{
    if (isFinished())
        return;
    m_settleTimer->stop();
    m_error = message;
    addStep(TestPaymentStep::Kind::Failed, message, detail, false);
    setState(State::Failed);
    if (m_payReply)
        m_payReply->abort(); // its handler sees the run over
    emit finished(State::Failed);
}

void TestPaymentRun::finishNotPaid(const QString &why)
{
    if (isFinished())
        return;
    m_settleTimer->stop();
    m_error = why;
    addStep(TestPaymentStep::Kind::Info, why, {}, false);
    setState(State::NotPaid);
    emit finished(State::NotPaid);
}

void TestPaymentRun::start()
{
    if (m_state != State::Idle)
        return;
    setState(State::Creating);
    if (!m_sandbox || !m_sandbox->hasIdentity()) {
        fail(tr("The sandbox has no identity yet. Create one first (mcpay-admin sandbox init)."));
        return;
    }
    if (!m_sandbox->isRunning() || !m_sandbox->gateway() || !m_sandbox->delivery() || !m_sandbox->client()) {
        fail(tr("The sandbox gateway is not running. Start the sandbox, then run the test payment again."));
        return;
    }
    if (m_spec.amount.fen() <= 0 || m_spec.amount.fen() > OrderRepository::MaxOrderFen) {
        fail(tr("The amount %1 cannot be paid; give an amount from 0.01 to 99999999.99 yuan.").arg(m_spec.amount.toString()));
        return;
    }

    OrderRepository orders(m_db);
    const auto created = orders.create(m_spec.amount, m_spec.userId, m_spec.remark);
    if (!created) {
        fail(tr("The order could not be created: %1").arg(created.errorMessage()));
        return;
    }
    m_orderId = created->orderId;
    m_orderSn = created->orderSn;
    addStep(TestPaymentStep::Kind::OrderCreated,
            tr("Order %1 created: %2 yuan").arg(m_orderSn, created->orderAmount.toString()),
            u"order_id: %1\norder_sn: %2\norder_amount: %3\nuser_id: %4\nremark: %5\ndatabase: %6"_s
                .arg(QString::number(m_orderId), m_orderSn, created->orderAmount.toString(),
                     QString::number(m_spec.userId), m_spec.remark, m_db.url().displayName()));

    // The gateway and the delivery engine are replaced when the identity changes, and the
    // cashier closes when the sandbox stops: a run in progress cannot go on then.
    connect(m_sandbox, &SandboxService::identityChanged, this, [this] {
        fail(tr("The sandbox identity changed during the test payment; run it again."));
    });
    connect(m_sandbox, &SandboxService::runningChanged, this, [this](bool running) {
        if (!running)
            fail(tr("The sandbox was stopped during the test payment."));
    });
    connect(m_sandbox, &SandboxService::deliveryStarted, this, [this](const QString &outTradeNo, qint64 id) {
        if (outTradeNo == m_orderSn && m_deliveryId == 0)
            m_deliveryId = id;
    });
    connect(m_sandbox->gateway(), &SandboxGateway::cashierDecided, this, &TestPaymentRun::onCashierDecided);
    DeliveryEngine *engine = m_sandbox->delivery();
    connect(engine, &DeliveryEngine::attemptFinished, this, [this](qint64 id, const DeliveryAttempt &attempt) {
        if (m_deliveryId != 0 && id == m_deliveryId)
            onAttempt(attempt);
    });
    connect(engine, &DeliveryEngine::deliveryChanged, this, [this](qint64 id) {
        if (m_deliveryId != 0 && id == m_deliveryId)
            onDeliveryChanged();
    });

    const QString route = SandboxService::notifyRoute(m_spec.scene);
    const QUrl defaultListener(u"http://127.0.0.1:%1"_s.arg(NotifyListener::DefaultPort) + route);
    m_notifyUrl = m_sandbox->resolveTarget(m_spec.target, route, defaultListener);
    if (!m_spec.target.isEmpty())
        m_sandbox->setTradeTarget(m_orderSn, m_spec.target);
    if (m_spec.fault != SandboxNotify::Fault::None)
        m_sandbox->setTradeFault(m_orderSn, m_spec.fault);

    if (sandboxSceneChannel(m_spec.scene) == PayWay::Alipay)
        prepayAlipay();
    else
        prepayWeChat();
}

void TestPaymentRun::prepayWeChat()
{
    const SandboxIdentity &identity = m_sandbox->identity();
    const bool h5 = m_spec.scene == SandboxScene::WeChatH5;
    WeChatPayV3Api::PrepayArgs args;
    args.appid = m_spec.scene == SandboxScene::MiniProgram ? identity.miniProgramAppid : identity.officialAccountAppid;
    args.mchid = identity.mchid;
    args.description = m_spec.remark;
    args.outTradeNo = m_orderSn;
    args.notifyUrl = m_notifyUrl.toString();
    args.amount = m_spec.amount;
    args.attach = u"marketing_chat"_s;
    if (h5)
        args.payerClientIp = u"127.0.0.1"_s;
    else
        args.payerOpenid = sandboxPayerOpenid();
    const ChannelRequest request = h5 ? WeChatPayV3Api::h5Prepay(args) : WeChatPayV3Api::jsapiPrepay(args);

    QUrl url = m_sandbox->client()->options().weChatBaseUrl;
    const QString requestText = u"%1 %2%3\nAuthorization: %4 mchid=\"%5\",serial_no=\"%6\",nonce_str=…,timestamp=…,signature=(masked)\n"
                                u"Wechatpay-Serial: %7\nContent-Type: %8\n\n%9"_s
                                    .arg(QString::fromLatin1(request.method), url.toString(QUrl::RemovePath | QUrl::StripTrailingSlash),
                                         request.pathAndQuery, WeChatPayV3Signer::Schema, identity.mchid,
                                         identity.merchantCertificateSerial, identity.weChatPlatformKeyId,
                                         QString::fromLatin1(request.contentType), bodyText(request.body));
    const QString appid = args.appid;
    m_sandbox->client()->sendWeChat(request, this, [this, requestText, appid, h5](Result<ChannelResponse> response) {
        if (m_state != State::Creating)
            return;
        if (!response) {
            fail(tr("Prepay failed: %1").arg(response.errorMessage()), requestText);
            return;
        }
        QString answer = u"HTTP %1\n"_s.arg(response->httpStatus) + headerText(response->headers) + u'\n'
                         + bodyText(response->body);
        QString title;
        if (h5) {
            title = tr("H5 prepay: the gateway answered an h5_url (signature verified)");
        } else {
            const QString prepayId = response->json.value(u"prepay_id"_s).toString();
            title = tr("JSAPI prepay: prepay_id %1 (signature verified)").arg(prepayId);
            if (!m_sandbox)
                return;
            const auto params = m_sandbox->identity().merchantSigner().jsapiPayParams(appid, prepayId);
            if (params) {
                answer += u"\n\nwx.requestPayment:\n  appId=%1\n  timeStamp=%2\n  nonceStr=%3\n  package=%4\n  signType=%5\n  paySign=%6"_s
                              .arg(params->appId, params->timeStamp, params->nonceStr, params->package,
                                   params->signType, shortened(params->paySign.toLatin1()));
            }
        }
        prepared(title, requestText + u"\n\n— "_s + tr("answer") + u" —\n"_s + answer);
    });
}

void TestPaymentRun::prepayAlipay()
{
    const SandboxIdentity &identity = m_sandbox->identity();
    AlipayPayArgs args;
    args.outTradeNo = m_orderSn;
    args.totalAmount = m_spec.amount;
    args.subject = m_spec.remark;
    args.notifyUrl = m_notifyUrl.toString();
    args.passbackParams = u"marketing_chat"_s;
    const AlipayPayProduct product = m_spec.scene == SandboxScene::AlipayPage ? AlipayPayProduct::Page : AlipayPayProduct::Wap;
    const auto url = identity.alipayAppSigner().payUrl(m_sandbox->gateway()->alipayGateway(), product, args);
    if (!url) {
        fail(tr("The Alipay pay request could not be signed: %1").arg(url.errorMessage()));
        return;
    }
    const QString requestText = urlText(*url);
    QNetworkRequest request(*url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(10'000);
    QNetworkReply *reply = m_sandbox->network()->get(request);
    m_payReply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, requestText] {
        reply->deleteLater();
        if (m_state != State::Creating)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray location = reply->rawHeader("Location");
        const QByteArray body = reply->readAll();
        const QString answer = u"HTTP %1\n"_s.arg(status) + headerText(reply->rawHeaderPairs()) + u'\n' + bodyText(body);
        if (status < 300 || status > 303 || location.isEmpty()) {
            const QString why = status == 0 ? reply->errorString() : tr("HTTP %1").arg(status);
            fail(tr("The Alipay gateway did not lead to the cashier (%1).").arg(why),
                 requestText + u"\n\n— "_s + tr("answer") + u" —\n"_s + answer);
            return;
        }
        prepared(tr("Alipay wap pay: the gateway redirected to the cashier"),
                 requestText + u"\n\n— "_s + tr("answer") + u" —\n"_s + answer);
    });
}

void TestPaymentRun::prepared(const QString &title, const QString &detail)
{
    if (!m_sandbox) {
        fail(tr("The sandbox was closed during the test payment."));
        return;
    }
    const auto trade = m_sandbox->ledger()->find(m_orderSn);
    if (!trade) {
        fail(tr("The gateway answered, but it has no trade %1.").arg(m_orderSn), detail);
        return;
    }
    addStep(TestPaymentStep::Kind::Prepay, title, detail);
    // The pay parameters, for the order's timeline; the run does not depend on it.
    const QUrl payUrl = trade->channel() == PayWay::Alipay || trade->scene == SandboxScene::WeChatH5 ? cashierUrl() : QUrl();
    const Status recorded = PrepayJournal(m_db).record({m_orderSn, m_spec.userId, trade->channel(),
                                                        sandboxSceneKey(trade->scene), trade->prepayId,
                                                        payUrl.toString(), trade->amount, 0, title});
    if (!recorded)
        qCWarning(lcChannel) << "test payment: recording the prepay failed:" << recorded.errorMessage();
    setState(State::AtCashier);
    emit cashierReady(*trade);
}

void TestPaymentRun::decide(CashierOutcome outcome)
{
    if (m_state != State::AtCashier)
        return;
    if (!m_sandbox || !m_sandbox->gateway()) {
        fail(tr("The sandbox was closed during the test payment."));
        return;
    }
    const auto decided = m_sandbox->gateway()->decide(m_orderSn, outcome);
    if (!decided) {
        fail(tr("The cashier refused the decision: %1").arg(decided.errorMessage()));
        return;
    }
    // The gateway announces the decision; if it did not, take it from its answer.
    if (m_state == State::AtCashier)
        onCashierDecided(*decided, outcome);
}

void TestPaymentRun::onCashierDecided(const SandboxTrade &trade, CashierOutcome outcome)
{
    if (trade.outTradeNo != m_orderSn || m_state != State::AtCashier)
        return;
    m_decision = outcome;
    const QString state = trade.channel() == PayWay::Alipay ? trade.alipayTradeStatus() : trade.weChatTradeState();
    QString detail = tr("Channel trade state: %1").arg(state);
    if (!trade.transactionId.isEmpty())
        detail += u'\n' + tr("Transaction: %1").arg(trade.transactionId);
    switch (outcome) {
    case CashierOutcome::Pay:
        addStep(TestPaymentStep::Kind::Cashier, tr("Cashier: the payer paid %1 yuan").arg(trade.amount.toString()), detail);
        break;
    case CashierOutcome::Cancel:
        addStep(TestPaymentStep::Kind::Cashier, tr("Cashier: the payer closed the cashier"), detail, false);
        break;
    case CashierOutcome::Fail:
        addStep(TestPaymentStep::Kind::Cashier, tr("Cashier: the payment failed (insufficient balance)"), detail, false);
        break;
    case CashierOutcome::LeaveUnpaid:
        addStep(TestPaymentStep::Kind::Cashier, tr("Cashier: the payer left without paying"), detail, false);
        break;
    }
    if (outcome != CashierOutcome::Pay) {
        if (!checkPaid(true))
            finishNotPaid(tr("No payment was made, so no notification was sent; order %1 stays unpaid.").arg(m_orderSn));
        return;
    }
    if (m_deliveryId == 0 || !m_sandbox || !m_sandbox->delivery()) {
        fail(tr("The payer paid, but no notification was sent: there is no notify URL for trade %1.").arg(m_orderSn));
        return;
    }
    setState(State::Delivering);
    if (const auto delivery = m_sandbox->delivery()->delivery(m_deliveryId)) {
        const SandboxNotify::Notification &n = delivery->notification;
        QString info = tr("Notification %1 sent to %2").arg(n.summary, delivery->target.toString());
        if (n.fault != SandboxNotify::Fault::None)
            info += u' ' + tr("with the fault \"%1\"").arg(SandboxNotify::faultDisplayName(n.fault));
        addStep(TestPaymentStep::Kind::Info, info, tr("Event id: %1").arg(n.eventId));
    }
}

void TestPaymentRun::onAttempt(const DeliveryAttempt &attempt)
{
    if (isFinished() || attempt.number <= m_lastAttempt)
        return;
    m_lastAttempt = attempt.number;
    const QString latency = QString::number(double(attempt.latencyUs) / 1000.0, 'f', 1);
    const QString title = attempt.status != 0
                              ? tr("Notification attempt %1: HTTP %2 in %3 ms").arg(attempt.number).arg(attempt.status).arg(latency)
                              : tr("Notification attempt %1: no answer (%2)").arg(attempt.number).arg(attempt.error);
    const QString detail = u"POST "_s + attempt.url.toString() + u'\n' + headerText(attempt.requestHeaders) + u'\n'
                           + bodyText(attempt.requestBody) + u"\n\n— "_s + tr("answer") + u" —\n"_s
                           + (attempt.status != 0 ? u"HTTP %1\n"_s.arg(attempt.status) + headerText(attempt.responseHeaders)
                                                        + u'\n' + bodyText(attempt.responseBody)
                                                  : attempt.error);
    QString decrypted;
    if (attempt.number == 1 && m_sandbox)
        decrypted = decryptedResource(attempt.requestBody, m_sandbox->identity().apiV3Key);
    if (!decrypted.isEmpty())
        decrypted = u"\n\n— "_s + tr("resource, decrypted") + u" —\n"_s + decrypted;
    addStep(TestPaymentStep::Kind::NotificationAttempt, title, detail + decrypted, attempt.acknowledged);

    if (attempt.acknowledged) {
        if (m_acknowledged)
            return;
        m_acknowledged = true;
        addStep(TestPaymentStep::Kind::Acknowledged,
                tr("The receiver acknowledged the notification (attempt %1)").arg(attempt.number),
                QString::fromUtf8(attempt.responseBody.left(MaxShownBody)));
        m_acknowledgedAtMs = QDateTime::currentMSecsSinceEpoch();
        if (!checkPaid(true))
            m_settleTimer->start();
        return;
    }
    if (!checkPaid(true))
        onDeliveryChanged();
}

void TestPaymentRun::onDeliveryChanged()
{
    if (isFinished() || !m_sandbox || !m_sandbox->delivery())
        return;
    const auto delivery = m_sandbox->delivery()->delivery(m_deliveryId);
    if (!delivery)
        return;
    const bool over = delivery->state == Delivery::State::GaveUp || delivery->state == Delivery::State::Cancelled;
    if (over) {
        // The final change may arrive before its attempt's own signal.
        for (const DeliveryAttempt &a : delivery->attempts) {
            if (a.number > m_lastAttempt)
                onAttempt(a);
        }
    }
    if (isFinished() || m_acknowledged || !over || checkPaid(true))
        return;
    if (delivery->state == Delivery::State::GaveUp)
        finishNotPaid(tr("The notification was not acknowledged after %n attempt(s); order %1 stays unpaid.", nullptr,
                         int(delivery->attempts.size()))
                          .arg(m_orderSn));
    else
        finishNotPaid(tr("The delivery was cancelled; order %1 stays unpaid.").arg(m_orderSn));
}

void TestPaymentRun::refreshOrder()
{
    if (m_state != State::Delivering || !m_sandbox || !m_sandbox->delivery())
        return;
    // While an attempt is in flight its answer is awaited first, so that the timeline shows
    // the attempt and the acknowledgement before the paid order.
    const auto delivery = m_sandbox->delivery()->delivery(m_deliveryId);
    if (delivery && delivery->state == Delivery::State::Sending)
        return;
    checkPaid(true);
}

bool TestPaymentRun::checkPaid(bool quietIfUnpaid)
{
    OrderRepository orders(m_db);
    const auto found = orders.findBySn(m_orderSn);
    if (!found) {
        fail(tr("Order %1 could not be read: %2").arg(m_orderSn, found.errorMessage()));
        return true;
    }
    if (!found->has_value()) {
        fail(tr("Order %1 is no longer in the database.").arg(m_orderSn));
        return true;
    }
    const Order &order = **found;
    if (!order.isPaid()) {
        if (!quietIfUnpaid)
            addStep(TestPaymentStep::Kind::Info, tr("Order %1 is still unpaid").arg(m_orderSn), {}, false);
        return false;
    }
    m_settleTimer->stop();
    addStep(TestPaymentStep::Kind::OrderPaid,
            tr("Order %1 is paid (transaction %2)").arg(m_orderSn, order.transactionId),
            u"order_sn: %1\npay_status: %2\npay_way: %3\ntransaction_id: %4\npay_time: %5\norder_amount: %6"_s
                .arg(order.orderSn, payStatusKey(order.payStatus), payWayKey(order.payWay), order.transactionId,
                     nowText(order.payTime), order.amount.toString()));
    setState(State::Paid);
    emit finished(State::Paid);
    return true;
}
