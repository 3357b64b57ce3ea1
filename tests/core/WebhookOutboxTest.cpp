#include "core/net/WebhookOutbox.h"
#include "core/notify/Notifier.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <QEventLoop>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <gtest/gtest.h>

using namespace lr;

namespace {

/// Answers every POST with the next status of a script (the last one repeats) and keeps the bodies.
class ScriptedEndpoint
{
public:
    explicit ScriptedEndpoint(QList<int> statuses) : m_statuses(std::move(statuses))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/hook").arg(m_server.serverPort()); }
    const QList<QByteArray> &bodies() const { return m_bodies; }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray headers = buffer.left(end).toLower();
        const qsizetype at = headers.indexOf("content-length:");
        const int length = at < 0 ? 0 : headers.mid(at + 15, headers.indexOf("\r\n", at) - at - 15).trimmed().toInt();
        if (buffer.size() < end + 4 + length)
            return;
        m_bodies.append(buffer.mid(end + 4, length));
        buffer.clear();
        const int status = m_statuses.value(std::min<qsizetype>(m_bodies.size() - 1, m_statuses.size() - 1));
        socket->write("HTTP/1.1 " + QByteArray::number(status) +
                      " X\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
        socket->disconnectFromHost();
    }

    QList<int> m_statuses;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_bodies;
};

/// Runs one delivery round to its end.
void round(WebhookOutbox &outbox)
{
    QEventLoop loop;
    QObject::connect(&outbox, &WebhookOutbox::roundFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    if (outbox.deliverDue() > 0)
        loop.exec();
}

Id addUser(Store &store)
{
    User u;
    u.name = QStringLiteral("Hans Becker");
    u.email = QStringLiteral("hans@leadrelay.example");
    return store.users.create(u).value();
}

} // namespace

TEST(WebhookOutbox, PostsSlackCompatibleTextAndRetriesWithBackoffUntilSent)
{
    test::TempStore store;
    ManualClock clock(test::kTestStart);
    ScriptedEndpoint endpoint({500, 503, 200});
    ASSERT_TRUE(store->settings.setValue(Notifier::kWebhookUrlKey, endpoint.url()));
    ASSERT_TRUE(Notifier(*store, clock)
                    .notify(addUser(*store), 0, QStringLiteral("sla_alert"), Words::plain(QStringLiteral("Call now"))));
    WebhookOutbox outbox(*store, clock);
    NotificationRepository repo(store->database());

    round(outbox);
    ASSERT_EQ(endpoint.bodies().size(), 1);
    EXPECT_EQ(endpoint.bodies().first(), QByteArray(R"({"text":"@Hans Becker: Call now"})"));
    round(outbox); // not due yet: the first retry waits 30 s
    EXPECT_EQ(endpoint.bodies().size(), 1);
    clock.advance(30 * kSecondMs);
    round(outbox);
    EXPECT_EQ(endpoint.bodies().size(), 2);
    clock.advance(30 * kSecondMs);
    round(outbox);
    EXPECT_EQ(endpoint.bodies().size(), 2); // the second retry waits a minute
    clock.advance(30 * kSecondMs);
    round(outbox);
    EXPECT_EQ(endpoint.bodies().size(), 3);
    EXPECT_TRUE(repo.dueMessages(clock.now() + kDayMs, 10).isEmpty());
    EXPECT_TRUE(repo.deadLetters(10).isEmpty());
}

TEST(WebhookOutbox, AnEndpointThatStaysDownEndsInTheDeadLetterList)
{
    test::TempStore store;
    ManualClock clock(test::kTestStart);
    ScriptedEndpoint endpoint({503});
    ASSERT_TRUE(store->settings.setValue(Notifier::kWebhookUrlKey, endpoint.url()));
    ASSERT_TRUE(Notifier(*store, clock)
                    .notify(addUser(*store), 0, QStringLiteral("sla_alert"), Words::plain(QStringLiteral("x"))));
    WebhookOutbox outbox(*store, clock);
    for (int i = 0; i < WebhookOutbox::kMaxAttempts; ++i) {
        round(outbox);
        clock.advance(kHourMs);
    }
    EXPECT_EQ(endpoint.bodies().size(), WebhookOutbox::kMaxAttempts);
    NotificationRepository repo(store->database());
    const QList<OutboxMessage> dead = repo.deadLetters(10);
    ASSERT_EQ(dead.size(), 1);
    EXPECT_EQ(dead.first().attempts, WebhookOutbox::kMaxAttempts);
    EXPECT_FALSE(dead.first().lastError.isEmpty());
    ASSERT_TRUE(repo.retry(dead.first().id, clock.now()));
    EXPECT_EQ(repo.dueMessages(clock.now(), 10).size(), 1);
}
