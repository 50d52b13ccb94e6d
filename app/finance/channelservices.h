#pragma once

#include "channels/alipaysigner.h"
#include "finance/channelreconciler.h"
#include "finance/refundcoordinator.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <QHash>

class AppContext;
class ChannelClient;
class QNetworkAccessManager;
class SandboxService;

// The channel-backed services of the finance pages — refunds (RefundCoordinator over
// ChannelRefundGateway) and "ask the channels" (ChannelReconciler) — built from the payment
// channel settings and the keys in the keychain, or from the sandbox while its channels are
// in use. reload() builds them again (after the database, the settings or the sandbox
// changed); the previous ones are deleted later, so pointers handed out stay valid until
// changed() has been delivered.
class ChannelServices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelServices)

public:
    explicit ChannelServices(AppContext *context, QObject *parent = nullptr);
    ~ChannelServices() override;

    // While a sandbox is given and active, the services use its merchant client (refunds and
    // queries go to the sandbox gateway, which is started when needed). Takes effect at the
    // next reload().
    void setSandbox(SandboxService *sandbox, bool active);

    // Reads the settings and the keys (asynchronously) and builds the services; emits
    // changed() when done, whatever the outcome.
    void reload();

    // Null while nothing is configured (see unavailableReason()).
    RefundCoordinator *refundCoordinator() const { return m_coordinator; }
    ChannelReconciler *reconciler() const { return m_reconciler; }
    bool usesSandbox() const { return m_usingSandbox; }
    // Which channels the services can reach, translated ("WeChat Pay, Alipay"), or why none.
    QString description() const { return m_description; }

Q_SIGNALS:
    void changed();

private:
    class Bundle;
    void buildFromSettings(const QHash<QString, QByteArray> &keys);
    void install(Bundle *bundle, ChannelClient *client, const QString &weChatMchid, const AlipaySigner &alipaySigner,
                 const QString &weChatRefundNotifyUrl);
    void finish(Bundle *bundle, const QString &description);

    AppContext *m_context;
    QNetworkAccessManager *m_network;
    QPointer<SandboxService> m_sandbox;
    bool m_sandboxActive = false;
    bool m_usingSandbox = false;
    int m_generation = 0;
    QPointer<QObject> m_bundle; // owns this generation's client, gateway, coordinator, reconciler
    QPointer<RefundCoordinator> m_coordinator;
    QPointer<ChannelReconciler> m_reconciler;
    QString m_description;
};
