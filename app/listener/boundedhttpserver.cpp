#include "boundedhttpserver.h"

#include "logging.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 415: return "Unsupported Media Type";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

bool isToken(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_' || c == '.' || c == '!' || c == '#' || c == '$' || c == '%' || c == '&' || c == '\''
            || c == '*' || c == '+' || c == '^' || c == '`' || c == '|' || c == '~';
        if (!ok)
            return false;
    }
    return true;
}
} // namespace

struct BoundedHttpServer::Connection
{
    QTcpSocket *socket = nullptr;
    QTimer *idleTimer = nullptr;
    QTimer *requestTimer = nullptr;
    QByteArray buffer;
    bool haveHead = false;
    qsizetype headLength = 0;
    qsizetype contentLength = 0;
    bool keepAlive = true;
    HttpRequest request;
    bool closing = false;
    int served = 0; // requests answered on this connection
};

// The listening socket: accepted descriptors go to BoundedHttpServer::distribute.
class BoundedHttpServer::Acceptor final : public QTcpServer
{
public:
    explicit Acceptor(BoundedHttpServer *owner) : QTcpServer(owner), m_owner(owner) {}

protected:
    void incomingConnection(qintptr descriptor) override { m_owner->distribute(descriptor); }

private:
    BoundedHttpServer *m_owner;
};

BoundedHttpServer::BoundedHttpServer(NotifyLimits limits, Handler handler, QObject *parent)
    : QObject(parent), m_limits(limits), m_handler(std::move(handler)), m_server(new Acceptor(this))
{
}

void BoundedHttpServer::setPeers(const QList<BoundedHttpServer *> &peers)
{
    m_peers.clear();
    for (BoundedHttpServer *peer : peers)
        m_peers.append(peer);
}

void BoundedHttpServer::distribute(qintptr descriptor)
{
    const int slot = m_nextPeer;
    m_nextPeer = (m_nextPeer + 1) % int(m_peers.size() + 1);
    if (m_adoptLocally || m_shuttingDown || slot == 0 || !m_peers.value(slot - 1))
        return adopt(descriptor);
    QPointer<BoundedHttpServer> peer = m_peers.value(slot - 1);
    // Counted before the peer is told, so that a peer shutting down waits for it; a peer
    // that began shutting down already is not given new work (its thread may be ending).
    ++peer->m_pendingAdoptions;
    if (peer->m_stopping.load()) {
        --peer->m_pendingAdoptions;
        QMetaObject::invokeMethod(peer.data(), [peer] { peer->checkDrained(); }, Qt::QueuedConnection);
        return adopt(descriptor);
    }
    QMetaObject::invokeMethod(
        peer.data(),
        [peer, descriptor] {
            peer->adopt(descriptor);
            --peer->m_pendingAdoptions;
            peer->checkDrained();
        },
        Qt::QueuedConnection);
}

void BoundedHttpServer::adopt(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcNotify) << "cannot take over an accepted connection:" << socket->errorString();
        ::close(int(descriptor));
        delete socket;
        return;
    }
    addConnection(socket);
}

BoundedHttpServer::~BoundedHttpServer()
{
    for (auto &[socket, c] : m_connections) {
        --*m_total;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

bool BoundedHttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

QString BoundedHttpServer::errorString() const
{
    return m_server->errorString();
}

quint16 BoundedHttpServer::serverPort() const
{
    return m_server->serverPort();
}

QHostAddress BoundedHttpServer::serverAddress() const
{
    return m_server->serverAddress();
}

void BoundedHttpServer::addConnection(QTcpSocket *socket)
{
    // During shutdown too: the kernel accepted it before listening stopped, so its request
    // is in flight.
    if (m_total->load() >= m_limits.maxConnections) {
        qCWarning(lcNotify) << "connection refused: limit of" << m_limits.maxConnections << "reached";
        socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\nRetry-After: 1\r\n\r\n");
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        return;
    }
    ++*m_total;
    auto c = std::make_unique<Connection>();
    c->socket = socket;
    c->idleTimer = new QTimer(socket);
    c->idleTimer->setSingleShot(true);
    c->idleTimer->setInterval(m_limits.idleTimeoutMs);
    c->requestTimer = new QTimer(socket);
    c->requestTimer->setSingleShot(true);
    c->requestTimer->setInterval(m_limits.requestTimeoutMs);
    connect(c->idleTimer, &QTimer::timeout, this, [this, socket] { closeConnection(socket); });
    connect(c->requestTimer, &QTimer::timeout, this, [this, socket] {
        const auto it = m_connections.find(socket);
        if (it != m_connections.end())
            refuse(*it->second, 408, "request not received in time");
    });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { closeConnection(socket); });
    c->idleTimer->start();
    m_connections.emplace(socket, std::move(c));
    if (socket->bytesAvailable() > 0)
        onReadyRead(socket);
}

void BoundedHttpServer::onReadyRead(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &c = *it->second;
    if (c.closing) {
        socket->readAll();
        return;
    }
    // Never buffer more than one request head + body + a little: the rest stays in the
    // kernel until the request before it is answered.
    const qsizetype cap = m_limits.maxHeadBytes + m_limits.maxBodyBytes + 1;
    const qsizetype room = cap - c.buffer.size();
    if (room > 0) {
        if (c.buffer.isEmpty() && !c.haveHead)
            c.request.started.start();
        c.buffer.append(socket->read(room));
    }
    c.idleTimer->start();
    if (!c.requestTimer->isActive())
        c.requestTimer->start();
    processBuffer(c);
}

void BoundedHttpServer::processBuffer(Connection &c)
{
    while (!c.closing) {
        if (!c.haveHead) {
            const qsizetype end = c.buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (c.buffer.size() > m_limits.maxHeadBytes)
                    return refuse(c, 431, "request head too large");
                if (c.buffer.isEmpty())
                    c.requestTimer->stop();
                return;
            }
            if (end + 4 > m_limits.maxHeadBytes)
                return refuse(c, 431, "request head too large");
            c.request.method.clear();
            c.request.path.clear();
            c.request.headers.clear();
            QList<QByteArray> lines;
            for (qsizetype from = 0; from <= end;) {
                qsizetype eol = c.buffer.indexOf("\r\n", from);
                if (eol < 0 || eol > end)
                    eol = end;
                lines.append(c.buffer.mid(from, eol - from));
                from = eol + 2;
            }
            const QList<QByteArray> requestLine = lines.first().split(' ');
            if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1."))
                return refuse(c, 400, "bad request line");
            HttpRequest &r = c.request;
            r.method = requestLine[0];
            const QByteArray target = requestLine[1];
            const qsizetype q = target.indexOf('?');
            r.path = q < 0 ? target : target.left(q);
            r.query = q < 0 ? QByteArray() : target.mid(q + 1);
            r.headers.clear();
            r.body.clear();
            r.remote = c.socket->peerAddress().toString();
            if (lines.size() - 1 > m_limits.maxHeaderCount)
                return refuse(c, 431, "too many header fields");
            bool chunked = false;
            bool hasLength = false;
            qsizetype length = 0;
            bool http10 = requestLine[2] == "HTTP/1.0";
            c.keepAlive = !http10;
            bool expectContinue = false;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray &line = lines[i];
                if (line.contains('\r') || line.contains('\n') || line.startsWith(' ') || line.startsWith('\t'))
                    return refuse(c, 400, "bad header line");
                const qsizetype colon = line.indexOf(':');
                const QByteArray name = colon > 0 ? line.left(colon) : QByteArray();
                if (!isToken(name))
                    return refuse(c, 400, "bad header name");
                const QByteArray value = line.mid(colon + 1).trimmed();
                if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
                    bool ok = false;
                    const qlonglong n = value.toLongLong(&ok);
                    if (!ok || n < 0 || (hasLength && n != length) || value.isEmpty() || value.startsWith('+'))
                        return refuse(c, 400, "bad Content-Length");
                    hasLength = true;
                    length = qsizetype(qMin<qlonglong>(n, qlonglong(1) << 40));
                } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
                    chunked = true;
                } else if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
                    if (value.compare("close", Qt::CaseInsensitive) == 0)
                        c.keepAlive = false;
                    else if (value.compare("keep-alive", Qt::CaseInsensitive) == 0)
                        c.keepAlive = true;
                } else if (name.compare("Expect", Qt::CaseInsensitive) == 0) {
                    expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
                }
                r.headers.append({name, value});
            }
            if (chunked)
                return refuse(c, 411, "chunked bodies are not accepted; send Content-Length");
            if (length > m_limits.maxBodyBytes)
                return refuse(c, 413, "body larger than the limit");
            c.haveHead = true;
            c.headLength = end + 4;
            c.contentLength = length;
            if (expectContinue && c.buffer.size() == c.headLength)
                c.socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        if (c.buffer.size() < c.headLength + c.contentLength)
            return; // wait for the rest of the body
        c.request.body = c.buffer.mid(c.headLength, c.contentLength);
        c.buffer.remove(0, c.headLength + c.contentLength);
        c.haveHead = false;
        c.requestTimer->stop();
        const HttpReply reply = m_handler(c.request);
        const bool close = !c.keepAlive || m_shuttingDown;
        ++c.served;
        sendAndMaybeClose(c, reply, close);
        if (close)
            return;
        // Read what the kernel still holds for the next request.
        if (c.socket->bytesAvailable() > 0) {
            const qsizetype room = m_limits.maxHeadBytes + m_limits.maxBodyBytes + 1 - c.buffer.size();
            if (room > 0)
                c.buffer.append(c.socket->read(room));
        }
        if (!c.buffer.isEmpty()) {
            c.request.started.start();
            c.requestTimer->start();
        }
    }
}

void BoundedHttpServer::sendAndMaybeClose(Connection &c, const HttpReply &reply, bool close)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    if (!reply.contentType.isEmpty())
        out += "Content-Type: " + reply.contentType + "\r\n";
    for (const auto &[name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    out += close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    out += reply.body;
    c.socket->write(out);
    if (close) {
        c.closing = true;
        c.idleTimer->stop();
        c.requestTimer->stop();
        c.socket->disconnectFromHost();
        // A peer that never reads its answer is cut off after the idle time.
        QTimer::singleShot(m_limits.idleTimeoutMs, c.socket, [this, s = c.socket] { closeConnection(s); });
    }
}

void BoundedHttpServer::refuse(Connection &c, int status, const QByteArray &message)
{
    qCInfo(lcNotify) << "refused request from" << c.socket->peerAddress().toString() << status << message;
    if (m_refusal)
        m_refusal(c.request, status);
    HttpReply reply;
    reply.status = status;
    reply.contentType = "text/plain; charset=utf-8";
    reply.body = message;
    c.buffer.clear();
    c.haveHead = false;
    sendAndMaybeClose(c, reply, true);
}

void BoundedHttpServer::closeConnection(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    m_connections.erase(it);
    --*m_total;
    socket->disconnect(this);
    if (socket->state() != QAbstractSocket::UnconnectedState)
        socket->abort();
    socket->deleteLater();
    checkDrained();
}

void BoundedHttpServer::shutdown()
{
    // Connections the kernel accepted already are requests in flight too: take them in
    // before the listening socket closes (closing would reset them).
    if (m_server->isListening()) {
        m_adoptLocally = true;
        while (m_server->waitForNewConnection(0)) {
        }
    }
    m_stopping.store(true);
    m_shuttingDown = true;
    m_server->close();
    // Bytes that reached the kernel already belong to a request in flight: read them first.
    QList<QTcpSocket *> sockets;
    for (const auto &[socket, c] : m_connections)
        sockets.append(socket);
    for (QTcpSocket *socket : std::as_const(sockets)) {
        if (m_connections.count(socket) && socket->waitForReadyRead(0) == false && socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
    // Waiting between requests: answered at least once and nothing of the next one yet. A
    // connection that has not sent its first request is kept: its request is on the way.
    QList<QTcpSocket *> idle;
    for (const auto &[socket, c] : m_connections)
        if (!c->haveHead && c->buffer.isEmpty() && !c->closing && c->served > 0)
            idle.append(socket);
    for (QTcpSocket *socket : idle)
        closeConnection(socket);
    checkDrained();
}

void BoundedHttpServer::checkDrained()
{
    if (m_shuttingDown && m_connections.empty() && m_pendingAdoptions.load() == 0)
        emit drained();
}
