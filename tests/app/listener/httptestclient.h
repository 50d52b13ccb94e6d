#pragma once

// Test helper: a blocking HTTP/1.1 client over a real QTcpSocket, so that tests control
// every byte (sizes, headers, slow sends) that reaches the listener.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QTcpSocket>

struct TestHttpResponse
{
    int status = 0;
    QByteArray headers;
    QByteArray body;
    bool complete = false;
};

inline QByteArray buildHttpRequest(const QByteArray &path, const QList<QPair<QByteArray, QByteArray>> &headers,
                                   const QByteArray &body, const QByteArray &method = "POST")
{
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &[k, v] : headers)
        out += k + ": " + v + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return out;
}

// Parses one response from the front of buffer; returns false when incomplete.
inline bool parseHttpResponse(QByteArray &buffer, TestHttpResponse *out)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QByteArray head = buffer.left(end);
    const QList<QByteArray> parts = head.split(' ');
    qsizetype length = 0;
    for (const QByteArray &line : head.split('\n'))
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    if (buffer.size() < end + 4 + length)
        return false;
    out->status = parts.size() > 1 ? parts[1].toInt() : 0;
    out->headers = head;
    out->body = buffer.mid(end + 4, length);
    out->complete = true;
    buffer.remove(0, end + 4 + length);
    return true;
}

inline TestHttpResponse waitForHttpResponse(QTcpSocket &socket, QByteArray &buffer, int timeoutMs = 20000)
{
    TestHttpResponse r;
    while (!parseHttpResponse(buffer, &r)) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(timeoutMs))
            break;
        buffer += socket.readAll();
    }
    return r;
}

inline TestHttpResponse httpRoundTrip(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(10000))
        return {};
    socket.write(request);
    socket.waitForBytesWritten(10000);
    QByteArray buffer;
    return waitForHttpResponse(socket, buffer);
}
