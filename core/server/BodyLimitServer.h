#pragma once

#include <QByteArray>
#include <QHash>
#include <QTcpServer>

class QTcpSocket;

namespace lr {

/// The TCP side of the webhook: refuses a request whose Content-Length is above the limit as soon
/// as its headers arrive, with 413 and the connection closed, before its body is read into memory.
/// (Qt HttpServer 6.4 buffers a whole request before any handler sees it, so a client announcing a
/// gigabyte would be read to the end first.) Requests within the limit pass to QHttpServer
/// untouched: this looks at each request's headers and consumes nothing.
class BodyLimitServer final : public QTcpServer
{
public:
    /// `refusal` is the complete JSON body of the 413.
    BodyLimitServer(qint64 maxBodyBytes, QByteArray refusal, QObject *parent = nullptr);

    /// The Content-Length of the request whose header block begins `data`; -1 when the headers are
    /// not complete yet or name no length (chunked bodies are checked once read).
    static qint64 announcedLength(const QByteArray &data);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void inspect(QTcpSocket *socket);

    static constexpr qsizetype kHeadLimit = 64 * 1024; ///< Headers longer than this are refused.
    static constexpr int kDrainMs = 5000;              ///< How long a refused body is drained.

    qint64 m_maxBodyBytes;
    QByteArray m_refusal;
    QHash<QTcpSocket *, QByteArray> m_head; ///< The request's first bytes, while it is incomplete.
    QHash<QTcpSocket *, qint64> m_seen;     ///< Its bytes so far.
};

} // namespace lr
