#pragma once

#include "channels/httpheaders.h"
#include "notifyconfig.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

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
// Lives in one thread; the handler runs synchronously in it.
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

    // Stops accepting; closes connections that wait between requests; connections in the
    // middle of a request finish it and are then closed. drained() once none is left.
    void shutdown();

signals:
    void drained();

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void processBuffer(Connection &c);
    void sendAndMaybeClose(Connection &c, const HttpReply &reply, bool close);
    void refuse(Connection &c, int status, const QByteArray &message);
    void closeConnection(QTcpSocket *socket);
    void checkDrained();

    NotifyLimits m_limits;
    Handler m_handler;
    RefusalHandler m_refusal;
    QTcpServer *m_server = nullptr;
    std::unordered_map<QTcpSocket *, std::unique_ptr<Connection>> m_connections;
    bool m_shuttingDown = false;
};
