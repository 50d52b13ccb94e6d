#pragma once

#include "db/database.h"
#include "notifyconfig.h"
#include "notifyrecord.h"
#include "result.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class ClientApi;
class QThread;
class NotifyListenerWorker;

// The embedded notify listener: WeChat Pay (/api/pay/notifyMnp, /api/pay/notifyOa) and
// Alipay (/api/pay/aliNotify) notifications on 127.0.0.1:8787 by default. It runs in
// threads of its own (NotifyLimits::processingThreads, connections shared round-robin),
// each with its own database connection, so a slow or hostile client never stalls the GUI;
// results come back as queued signals.
class NotifyListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotifyListener)

public:
    static constexpr quint16 DefaultPort = 8787;

    explicit NotifyListener(Database database, NotifyConfig config, QObject *parent = nullptr);
    ~NotifyListener() override;

    // Before start(): limits and the clock used for the WeChat timestamp window.
    void setLimits(const NotifyLimits &limits) { m_limits = limits; }
    void setClock(std::function<qint64()> unixNow) { m_clock = std::move(unixNow); }
    // Before start(): also serve the seed's client endpoints (ClientApi::handles) with it.
    void setClientApi(std::shared_ptr<ClientApi> api) { m_clientApi = std::move(api); }
    // At any time: takes effect for the next notification.
    void setConfig(const NotifyConfig &config);

    // Binds and starts serving; fails with a message naming the address when it cannot
    // (port in use, address not local).
    Status start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = DefaultPort);
    // Stops accepting, lets requests in flight finish (at most graceMs), then ends the
    // thread. Blocks until it has.
    void stop(int graceMs = 10'000);

    bool isRunning() const { return m_running; }
    quint16 serverPort() const { return m_port; }
    QHostAddress serverAddress() const { return m_address; }

signals:
    void notificationHandled(const NotifyRecord &record);
    void orderPaid(const QString &orderSn);
    void runningChanged(bool running);

private:
    friend class NotifyListenerWorker;

    Database m_db;
    NotifyConfig m_config;
    NotifyLimits m_limits;
    std::function<qint64()> m_clock;
    std::shared_ptr<ClientApi> m_clientApi;
    QList<QThread *> m_threads;
    QList<NotifyListenerWorker *> m_workers; // [0] listens and hands connections to the others
    bool m_running = false;
    quint16 m_port = 0;
    QHostAddress m_address;
};
