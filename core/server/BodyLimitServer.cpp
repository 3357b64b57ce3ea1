#include "core/server/BodyLimitServer.h"

#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace lr {
namespace {

constexpr const char *kRefused = "lr_refused"; ///< Socket property: answered 413, the rest is dropped.

} // namespace

BodyLimitServer::BodyLimitServer(qint64 maxBodyBytes, QByteArray refusal, QObject *parent)
    : QTcpServer(parent), m_maxBodyBytes(maxBodyBytes), m_refusal(std::move(refusal))
{}

qint64 BodyLimitServer::announcedLength(const QByteArray &data)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return -1;
    // Header names are case-insensitive; the request line comes first and is skipped.
    qsizetype line = data.indexOf("\r\n") + 2;
    while (line < end) {
        qsizetype next = data.indexOf("\r\n", line);
        if (next < 0 || next > end)
            next = end;
        const QByteArray field = data.mid(line, next - line);
        const qsizetype colon = field.indexOf(':');
        if (colon > 0 && field.left(colon).trimmed().compare("Content-Length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 length = field.mid(colon + 1).trimmed().toLongLong(&ok);
            return ok && length >= 0 ? length : -1;
        }
        line = next + 2;
    }
    return -1;
}

void BodyLimitServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // Connected before QHttpServer sees the socket, so this runs first on every readyRead.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] {
        m_head.remove(socket);
        m_seen.remove(socket);
    });
    addPendingConnection(socket);
}

void BodyLimitServer::inspect(QTcpSocket *socket)
{
    if (socket->property(kRefused).toBool()) {
        socket->readAll(); // the rest of a refused body: dropped, never buffered
        return;
    }
    // QHttpServer reads a request inside a read transaction that it keeps open until the request is
    // complete: without one, the buffer begins a new request; with one, it holds only the bytes
    // that arrived since the last read. So the request's beginning is gathered here.
    if (!socket->isTransactionStarted()) {
        m_head.remove(socket);
        m_seen.remove(socket);
    }
    const QByteArray fresh = socket->peek(socket->bytesAvailable());
    QByteArray &head = m_head[socket];
    if (head.size() < kHeadLimit)
        head += fresh.left(kHeadLimit - head.size());
    const qint64 seen = (m_seen[socket] += fresh.size());
    const qint64 length = announcedLength(head);
    // Refused when the headers announce too much, or when more arrives than any request within
    // the limit can hold (a chunked body, or headers that never end).
    if (length <= m_maxBodyBytes && seen <= m_maxBodyBytes + kHeadLimit)
        return;
    m_head.remove(socket);
    m_seen.remove(socket);
    socket->setProperty(kRefused, true);
    if (socket->isTransactionStarted())
        socket->commitTransaction(); // what QHttpServer kept for its parse is let go
    socket->readAll();
    QByteArray reply = "HTTP/1.1 413 Payload Too Large\r\n"
                       "Content-Type: application/json\r\n"
                       "Connection: close\r\n"
                       "Content-Length: ";
    reply += QByteArray::number(m_refusal.size()) + "\r\n\r\n" + m_refusal;
    socket->write(reply);
    socket->flush();
    // Only our side is closed: a client still sending its body is drained (and so not reset
    // before it reads the answer) until it closes, or for a few seconds at most.
    ::shutdown(static_cast<int>(socket->socketDescriptor()), SHUT_WR);
    QTimer::singleShot(kDrainMs, socket, [socket] { socket->abort(); });
}

} // namespace lr
