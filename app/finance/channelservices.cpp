#include "channelservices.h"

#include "channels/channelclient.h"
#include "channels/channelconfig.h"
#include "core/appcontext.h"
#include "crypto/rsapublickey.h"
#include "finance/channelreconciler.h"
#include "finance/channelrefundgateway.h"
#include "finance/refundcoordinator.h"
#include "logging.h"
#include "sandbox/sandboxservice.h"
#include "secrets/secretstore.h"

#include <QNetworkAccessManager>

#include <memory>

using namespace Qt::StringLiterals;

// One generation of services; deleting it deletes them all (the gateway after the
// coordinator that uses it has gone: children are deleted by ~QObject, after the members).
class ChannelServices::Bundle final : public QObject
{
public:
    using QObject::QObject;
    std::unique_ptr<ChannelRefundGateway> gateway;
};

ChannelServices::ChannelServices(AppContext *context, QObject *parent)
    : QObject(parent), m_context(context), m_network(new QNetworkAccessManager(this))
{
}

ChannelServices::~ChannelServices() = default;

void ChannelServices::setSandbox(SandboxService *sandbox, bool active)
{
    m_sandbox = sandbox;
    m_sandboxActive = active;
}

void ChannelServices::reload()
{
    const int generation = ++m_generation;
    if (m_sandbox && m_sandboxActive) {
        auto *bundle = new Bundle(this);
        if (!m_sandbox->hasIdentity()) {
            finish(bundle, tr("The sandbox channels are selected, but there is no sandbox identity yet."));
            return;
        }
        if (!m_sandbox->isRunning()) {
            if (const Status started = m_sandbox->start(); !started) {
                finish(bundle, tr("The sandbox gateway did not start: %1").arg(started.errorMessage()));
                return;
            }
        }
        const SandboxIdentity &identity = m_sandbox->identity();
        install(bundle, m_sandbox->client(), identity.mchid, identity.alipayAppSigner(), QString());
        m_usingSandbox = true;
        finish(bundle, tr("Sandbox: WeChat Pay, Alipay"));
        return;
    }
    const QStringList names{ChannelSecrets::weChatMerchantPrivateKey, ChannelSecrets::weChatApiV3Key,
                            ChannelSecrets::alipayAppPrivateKey, ChannelSecrets::alipayPublicKey};
    m_context->secrets()->readSeveral(names, this, [this, generation](Result<QHash<QString, QByteArray>> keys) {
        if (generation != m_generation)
            return; // a newer reload() is under way
        if (!keys) {
            finish(new Bundle(this), keys.errorMessage());
            return;
        }
        buildFromSettings(*keys);
    });
}

void ChannelServices::buildFromSettings(const QHash<QString, QByteArray> &keys)
{
    m_usingSandbox = false;
    const ChannelConfig config = ChannelConfig::load(m_context->settings());
    auto *bundle = new Bundle(this);
    auto *client = new ChannelClient(m_network, bundle);
    ChannelClient::Options options = client->options();
    options.weChatBaseUrl = config.wechat.apiBaseUrl;
    options.alipayGateway = config.alipay.gateway;
    client->setOptions(options);

    QStringList ready;
    QString weChatMchid;
    const auto merchantKey = RsaPrivateKey::fromPem(keys.value(ChannelSecrets::weChatMerchantPrivateKey));
    const auto platformKey = RsaPublicKey::fromPem(config.wechat.platformPublicKeyPem);
    if (!config.wechat.mchid.isEmpty() && !config.wechat.merchantCertificateSerial.isEmpty()
        && !config.wechat.platformKeyId.isEmpty() && merchantKey && platformKey) {
        WeChatPlatformKeys platformKeys;
        platformKeys.addPublicKey(config.wechat.platformKeyId, *platformKey);
        client->setWeChat(WeChatPayV3Signer(config.wechat.mchid, config.wechat.merchantCertificateSerial, *merchantKey),
                          WeChatNotificationVerifier(platformKeys, keys.value(ChannelSecrets::weChatApiV3Key)),
                          config.wechat.platformKeyId);
        weChatMchid = config.wechat.mchid;
        ready << tr("WeChat Pay");
    }
    AlipaySigner alipaySigner;
    const auto appKey = RsaPrivateKey::fromPem(keys.value(ChannelSecrets::alipayAppPrivateKey));
    const auto alipayKey = RsaPublicKey::fromPem(keys.value(ChannelSecrets::alipayPublicKey));
    if (!config.alipay.appId.isEmpty() && appKey && alipayKey) {
        alipaySigner = AlipaySigner(config.alipay.appId, *appKey);
        client->setAlipay(alipaySigner, AlipayVerifier(*alipayKey));
        ready << tr("Alipay");
    }
    if (ready.isEmpty()) {
        finish(bundle, tr("No payment channel is configured with its keys (Tools ▸ Payment Channels…)."));
        return;
    }
    // WeChat sends REFUND.* notifications to the mini-program route like payments.
    const QString refundNotifyUrl = config.wechat.notifyBaseUrl.isEmpty()
                                        ? QString()
                                        : config.wechat.notifyBaseUrl + u"/api/pay/notifyMnp"_s;
    install(bundle, client, weChatMchid, alipaySigner, refundNotifyUrl);
    finish(bundle, ready.join(tr(", ")));
}

void ChannelServices::install(Bundle *bundle, ChannelClient *client, const QString &weChatMchid,
                              const AlipaySigner &alipaySigner, const QString &weChatRefundNotifyUrl)
{
    bundle->gateway = std::make_unique<ChannelRefundGateway>(client, alipaySigner, weChatRefundNotifyUrl);
    const Database db = m_context->database();
    auto *coordinator = new RefundCoordinator(db, bundle->gateway.get(), bundle);
    connect(coordinator, &RefundCoordinator::refundChanged, m_context, [context = m_context] {
        context->notifyOrdersChanged();
    });
    ChannelReconciler::Options options;
    options.weChatMchid = weChatMchid;
    options.alipaySigner = alipaySigner;
    auto *reconciler = new ChannelReconciler(db, client, options, bundle);
    m_coordinator = coordinator;
    m_reconciler = reconciler;
}

void ChannelServices::finish(Bundle *bundle, const QString &description)
{
    if (!bundle->gateway) {
        m_usingSandbox = false;
        m_coordinator = nullptr;
        m_reconciler = nullptr;
    }
    if (m_bundle)
        m_bundle->deleteLater();
    m_bundle = bundle;
    m_description = description;
    qCInfo(lcChannel) << "channel services:" << description;
    Q_EMIT changed();
}
