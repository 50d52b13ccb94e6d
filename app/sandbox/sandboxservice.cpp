#include "sandboxservice.h"

#include "channels/channelclient.h"
#include "listener/notifylistener.h"
#include "logging.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

SandboxService::SandboxService(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_ledger(std::make_shared<SandboxLedger>())
{
}

SandboxService::~SandboxService()
{
    stop();
}

void SandboxService::setIdentity(const SandboxIdentity &identity)
{
    m_identity = identity;
    rebuild();
    emit identityChanged();
}

Result<SandboxIdentity> SandboxService::initialize(SecretStore &store)
{
    auto generated = SandboxIdentity::generate();
    if (!generated)
        return generated.error();
    const Status saved = generated->saveTo(store);
    if (!saved)
        return saved.error();
    setIdentity(*generated);
    return *generated;
}

Status SandboxService::load(SecretStore &store)
{
    auto loaded = SandboxIdentity::loadFrom(store);
    if (!loaded)
        return loaded.error();
    setIdentity(*loaded);
    return Status::success();
}

// Replaces the parts that depend on the identity. A running gateway is restarted on the
// same port, so URLs handed out before stay valid; deliveries in flight are cancelled.
void SandboxService::rebuild()
{
    const bool wasRunning = isRunning();
    const quint16 port = wasRunning ? m_gateway->port() : 0;
    int compression = 1;
    bool manual = false;
    if (m_delivery) {
        compression = m_delivery->compression();
        manual = m_delivery->manualStepping();
    }
    if (wasRunning)
        stop();
    delete m_gateway.data();
    delete m_delivery.data();
    delete m_client.data();
    m_factory.reset();
    if (!m_identity.isValid())
        return;

    m_factory = std::make_unique<SandboxNotify::NotificationFactory>(m_identity);
    m_gateway = new SandboxGateway(m_identity, m_ledger, this);
    connect(m_gateway, &SandboxGateway::cashierDecided, this, &SandboxService::onCashierDecided);
    m_delivery = new DeliveryEngine(*m_factory, m_network, this);
    m_delivery->setCompression(compression);
    m_delivery->setManualStepping(manual);
    m_client = new ChannelClient(m_network, this);
    m_client->setWeChat(m_identity.merchantSigner(), m_identity.platformVerifier(), m_identity.weChatPlatformKeyId);
    m_client->setAlipay(m_identity.alipayAppSigner(), m_identity.alipayVerifier());
    if (wasRunning) {
        const Status restarted = start(port);
        if (!restarted)
            qCWarning(lcChannel) << "sandbox gateway did not restart:" << restarted.errorMessage();
    }
}

Status SandboxService::start(quint16 port)
{
    if (!m_identity.isValid() || !m_gateway)
        return Error(QCoreApplication::translate("SandboxService",
                                                 "There is no sandbox identity yet. Create one first (mcpay-admin sandbox init)."),
                     u"no-identity"_s);
    if (m_gateway->isRunning())
        return Status::success();
    const Status started = m_gateway->start(QHostAddress::LocalHost, port);
    if (!started)
        return started;
    ChannelClient::Options options = m_client->options();
    options.weChatBaseUrl = m_gateway->weChatBaseUrl();
    options.alipayGateway = m_gateway->alipayGateway();
    m_client->setOptions(options);
    emit runningChanged(true);
    return Status::success();
}

void SandboxService::stop()
{
    if (m_delivery) {
        const QList<Delivery> all = m_delivery->deliveries();
        for (const Delivery &d : all) {
            if (d.state == Delivery::State::Sending || d.state == Delivery::State::Waiting)
                m_delivery->cancel(d.id);
        }
    }
    if (!isRunning())
        return;
    m_gateway->stop();
    emit runningChanged(false);
}

bool SandboxService::isRunning() const
{
    return m_gateway && m_gateway->isRunning();
}

void SandboxService::setTradeTarget(const QString &outTradeNo, const QUrl &target)
{
    if (target.isEmpty())
        m_tradeTargets.remove(outTradeNo);
    else
        m_tradeTargets.insert(outTradeNo, target);
}

void SandboxService::setTradeFault(const QString &outTradeNo, SandboxNotify::Fault fault)
{
    m_tradeFaults.insert(outTradeNo, fault);
}

QString SandboxService::notifyRoute(SandboxScene scene)
{
    switch (scene) {
    case SandboxScene::MiniProgram:
        return u"/api/pay/notifyMnp"_s;
    case SandboxScene::OfficialAccount:
    case SandboxScene::WeChatH5:
        return u"/api/pay/notifyOa"_s;
    case SandboxScene::AlipayWap:
    case SandboxScene::AlipayPage:
        return u"/api/pay/aliNotify"_s;
    }
    return {};
}

QUrl SandboxService::resolveTarget(const QUrl &target, const QString &route, const QUrl &fallback) const
{
    if (!target.isEmpty())
        return DeliveryEngine::targetUrl(target, route);
    if (!m_target.isEmpty())
        return DeliveryEngine::targetUrl(m_target, route);
    return fallback;
}

SandboxNotify::Notification SandboxService::paymentNotification(const SandboxTrade &trade,
                                                                 SandboxNotify::Fault fault) const
{
    if (!m_factory)
        return {};
    return paymentNotification(*m_factory, trade, fault);
}

SandboxNotify::Notification SandboxService::paymentNotification(const SandboxNotify::NotificationFactory &factory,
                                                                 const SandboxTrade &trade, SandboxNotify::Fault fault)
{
    const SandboxIdentity &identity = factory.identity();
    SandboxNotify::Payment payment;
    payment.outTradeNo = trade.outTradeNo;
    payment.amount = trade.amount;
    payment.transactionId = trade.transactionId;
    payment.subject = trade.description;
    if (!trade.attach.isEmpty())
        payment.attach = trade.attach;
    payment.paidAt = trade.paidAt;
    if (trade.channel() == PayWay::Alipay)
        return factory.alipayPayment(payment, fault);
    payment.appid = trade.appid.isEmpty()
                        ? (trade.scene == SandboxScene::MiniProgram ? identity.miniProgramAppid : identity.officialAccountAppid)
                        : trade.appid;
    payment.tradeType = trade.scene == SandboxScene::WeChatH5 ? u"MWEB"_s : u"JSAPI"_s;
    return factory.weChatPayment(payment, fault);
}

void SandboxService::onCashierDecided(const SandboxTrade &trade, CashierOutcome outcome)
{
    const QUrl tradeTarget = m_tradeTargets.take(trade.outTradeNo);
    const std::optional<SandboxNotify::Fault> tradeFault =
        m_tradeFaults.contains(trade.outTradeNo) ? std::optional(m_tradeFaults.take(trade.outTradeNo)) : std::nullopt;
    if (outcome != CashierOutcome::Pay || trade.state != SandboxTrade::State::Paid || !m_delivery)
        return;

    SandboxNotify::Fault fault = m_nextFault;
    if (tradeFault)
        fault = *tradeFault;
    else
        m_nextFault = SandboxNotify::Fault::None;

    const SandboxNotify::Notification notification = paymentNotification(trade, fault);
    const QUrl target = resolveTarget(tradeTarget, notification.route, QUrl(trade.notifyUrl));
    if (!target.isValid() || target.isEmpty()) {
        qCWarning(lcChannel) << "sandbox: no notify URL for trade" << trade.outTradeNo;
        return;
    }
    DeliveryEngine::Options options;
    options.retry = notification.fault == SandboxNotify::Fault::None || m_retryFaulted;
    const qint64 id = m_delivery->deliver(notification, target, options);
    emit deliveryStarted(trade.outTradeNo, id);
}
