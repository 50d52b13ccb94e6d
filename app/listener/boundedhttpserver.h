#pragma once

#include "channels/httpheaders.h"
#include "notifyconfig.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <unordered_map>

class QTcpServer;
class QTcpSocket;
class QTimer;

struct HttpRequest
{
    QByteArray method;
    QByteArray path;  // without the query
    QByteArray query;
    HttpHeaderList headers;
    QByteArray body;
    QString remote;
    QElapsedTimer started; // from the first byte of the request
};

struct HttpReply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    HttpHeaderList headers; // extra header fields
};

// A small HTTP/1.1 server for notifications that enforces what Qt 6.4's QHttpServer cannot:
// a body limit (413 before the body is read), bounded request heads (431), an idle timeout
// and a whole-request deadline (slow clients are cut off), and a cap on concurrent
// connections (503). Content-Length bodies only (chunked gets 411); keep-alive and
// pipelining are supported; one request at a time per connection.
//
// Lives in one thread; the handler runs synchronously in it. Several instances in several
// threads can share the work: the one that listens hands accepted connections round-robin
// to its peers (setPeers), and all count against one connection cap.
class BoundedHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoundedHttpServer)

public:
    using Handler = std::function<HttpReply(const HttpRequest &)>;
    // Called for requests refused before the handler (413, 415…): route, status, remote.
    using RefusalHandler = std::function<void(const HttpRequest &, int status)>;

    explicit BoundedHttpServer(NotifyLimits limits, Handler handler, QObject *parent = nullptr);
    ~BoundedHttpServer() override;

    void setRefusalHandler(RefusalHandler handler) { m_refusal = std::move(handler); }
    void setLimits(const NotifyLimits &limits) { m_limits = limits; }

    bool listen(const QHostAddress &address, quint16 port);
    QString errorString() const;
    quint16 serverPort() const;
    QHostAddress serverAddress() const;

    int connectionCount() const { return int(m_connections.size()); }

    // Peers in other threads that take a share of the accepted connections, and the
    // counter of open connections they all share (for the cap). Set before listening.
    void setPeers(const QList<BoundedHttpServer *> &peers);
    void setSharedConnectionCounter(std::shared_ptr<std::atomic<int>> counter) { m_total = std::move(counter); }
    // Takes over an accepted socket descriptor (called in this object's thread).
    void adopt(qintptr descriptor);

    // Stops accepting; closes connections that wait between requests. Connections in the
    // middle of a request, and those accepted that have not sent their first request yet
    // (including ones handed to a peer and not taken over yet), are in flight: each is
    // answered once its request has arrived whole and is then closed; the idle and request
    // timeouts still apply, and the owner bounds the whole drain with its grace period.
    // drained() once none is left.
    void shutdown();

signals:
    void drained();

private:
    struct Connection;
    class Acceptor;
    void distribute(qintptr descriptor);
    void addConnection(QTcpSocket *socket);
    void onReadyRead(QTcpSocket *socket);
    void processBuffer(Connection &c);
    void sendAndMaybeClose(Connection &c, const HttpReply &reply, bool close);
    void refuse(Connection &c, int status, const QByteArray &message);
    void closeConnection(QTcpSocket *socket);
    void checkDrained();

    NotifyLimits m_limits;
    // Connections handed to this server by the acceptor and not taken over yet, and whether
    // shutdown() began: read and written across threads (see distribute()).
    std::atomic<int> m_pendingAdoptions{0};
    std::atomic<bool> m_stopping{false};
    Handler m_handler;
    RefusalHandler m_refusal;
    QTcpServer *m_server = nullptr;
    std::unordered_map<QTcpSocket *, std::unique_ptr<Connection>> m_connections;
    bool m_shuttingDown = false;
    bool m_adoptLocally = false;
    QList<QPointer<BoundedHttpServer>> m_peers;
    int m_nextPeer = 0;
    std::shared_ptr<std::atomic<int>> m_total = std::make_shared<std::atomic<int>>(0);
};
