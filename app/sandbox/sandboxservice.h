#pragma once

#include "channels/channelclient.h"
#include "deliveryengine.h"
#include "notificationfactory.h"
#include "sandboxgateway.h"
#include "sandboxidentity.h"
#include "sandboxledger.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class SecretStore;

// The offline payment sandbox as one running thing: the identity, the gateway on a local
// port, the ledger behind it, the notification factory, the delivery engine and a channel
// client configured as the sandbox merchant (its base URLs point at the gateway). When a
// payer pays at a cashier (the H5 page or the desktop dialog), the service builds the
// channel's notification and delivers it to the trade's notify URL — or to the target set
// with setNotifyTarget() — with retries.
class SandboxService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxService)

public:
    explicit SandboxService(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~SandboxService() override;

    // Identity: set directly, or generated / loaded through the keychain (blocking calls).
    void setIdentity(const SandboxIdentity &identity);
    bool hasIdentity() const { return m_identity.isValid(); }
    const SandboxIdentity &identity() const { return m_identity; }
    Result<SandboxIdentity> initialize(SecretStore &store); // generates and saves; replaces any
    Status load(SecretStore &store);                        // "not-found" when none yet

    // Starts the gateway (port 0: any free port); stop() stops it and cancels deliveries.
    Status start(quint16 port = 0);
    void stop();
    bool isRunning() const;

    SandboxGateway *gateway() const { return m_gateway; }
    DeliveryEngine *delivery() const { return m_delivery; }
    ChannelClient *client() const { return m_client; }
    std::shared_ptr<SandboxLedger> ledger() const { return m_ledger; }
    const SandboxNotify::NotificationFactory *factory() const { return m_factory.get(); }

    // Where notifications go: empty = the URL the trade was created with; otherwise a base
    // ("http://127.0.0.1:8787", the route is appended) or a full URL.
    void setNotifyTarget(const QUrl &target) { m_target = target; }
    QUrl notifyTarget() const { return m_target; }
    // The fault the next payment notification carries (None by default).
    void setNextFault(SandboxNotify::Fault fault) { m_nextFault = fault; }
    SandboxNotify::Fault nextFault() const { return m_nextFault; }
    // For one trade only (a test payment run): where its notification goes and which fault
    // it carries, overriding the notify target and the next fault. Forgotten once used.
    void setTradeTarget(const QString &outTradeNo, const QUrl &target);
    void setTradeFault(const QString &outTradeNo, SandboxNotify::Fault fault);
    // A notification with a fault is sent once (its verdict is what matters) unless this is
    // on; then it is retried on the channel's schedule like a genuine one.
    void setRetryFaultedNotifications(bool retry) { m_retryFaulted = retry; }
    bool retryFaultedNotifications() const { return m_retryFaulted; }

    // The notify route of a scene, as the seed's server has them: "/api/pay/notifyMnp"
    // (mini program), "/api/pay/notifyOa" (official account and H5), "/api/pay/aliNotify".
    static QString notifyRoute(SandboxScene scene);
    // Where a notification for this route would go: the given target, else the service's
    // target, else `fallback` (the trade's notify URL).
    QUrl resolveTarget(const QUrl &target, const QString &route, const QUrl &fallback = {}) const;

    QNetworkAccessManager *network() const { return m_network; }

    // The notification for a paid trade, as the channel would send it.
    SandboxNotify::Notification paymentNotification(const SandboxTrade &trade,
                                                    SandboxNotify::Fault fault = SandboxNotify::Fault::None) const;
    static SandboxNotify::Notification paymentNotification(const SandboxNotify::NotificationFactory &factory,
                                                           const SandboxTrade &trade,
                                                           SandboxNotify::Fault fault = SandboxNotify::Fault::None);

Q_SIGNALS:
    void identityChanged();
    void runningChanged(bool running);
    // A payment notification went out for a trade: its delivery id.
    void deliveryStarted(const QString &outTradeNo, qint64 deliveryId);

private:
    void onCashierDecided(const SandboxTrade &trade, CashierOutcome outcome);
    void rebuild();

    QNetworkAccessManager *m_network;
    SandboxIdentity m_identity;
    std::shared_ptr<SandboxLedger> m_ledger;
    std::unique_ptr<SandboxNotify::NotificationFactory> m_factory;
    QPointer<SandboxGateway> m_gateway;
    QPointer<DeliveryEngine> m_delivery;
    QPointer<ChannelClient> m_client;
    QUrl m_target;
    SandboxNotify::Fault m_nextFault = SandboxNotify::Fault::None;
    bool m_retryFaulted = false;
    QHash<QString, QUrl> m_tradeTargets;
    QHash<QString, SandboxNotify::Fault> m_tradeFaults;
};
