#include "core/server/BodyLimitServer.h"

#include <QTcpSocket>

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
    // Connected before QHttpServer sees the socket, so this runs first on every readyRead. While a
    // request is incomplete QHttpServer leaves its bytes in the socket's buffer (a read
    // transaction it rolls back), so the buffer begins with the headers of the request in progress.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
    addPendingConnection(socket);
}

void BodyLimitServer::inspect(QTcpSocket *socket)
{
    if (socket->property(kRefused).toBool()) {
        socket->readAll(); // the rest of a refused body: dropped, never buffered
        return;
    }
    const qint64 length = announcedLength(socket->peek(64 * 1024));
    if (length <= m_maxBodyBytes)
        return;
    socket->setProperty(kRefused, true);
    socket->readAll();
    QByteArray reply = "HTTP/1.1 413 Payload Too Large\r\n"
                       "Content-Type: application/json\r\n"
                       "Connection: close\r\n"
                       "Content-Length: ";
    reply += QByteArray::number(m_refusal.size()) + "\r\n\r\n" + m_refusal;
    socket->write(reply);
    socket->disconnectFromHost();
}

} // namespace lr
