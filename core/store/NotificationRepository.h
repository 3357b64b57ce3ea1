#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/domain/Ids.h"

#include <QCoreApplication>
#include <QList>

namespace lr {

class Database;

/// One message in a user's notification centre.
struct Notification
{
    Id id = 0;
    Id userId = 0;
    Id leadId = 0;
    QString kind; ///< "assigned", "sla_nudge", "sla_alert", "sla_reassigned", "named_account".
    QString text;
    Instant at = 0;
    Instant readAt = 0;
};

/// One outgoing webhook message ({"text": …}), retried with backoff until sent or dead.
struct OutboxMessage
{
    enum class State { Pending, Sent, Dead };
    Id id = 0;
    QString url;
    QByteArray body;
    State state = State::Pending;
    int attempts = 0;
    Instant nextAttemptAt = 0;
    QString lastError;
    Instant createdAt = 0;
    Instant sentAt = 0;
};

/// SQL for `notifications` and `webhook_outbox`.
class NotificationRepository final
{
    Q_DECLARE_TR_FUNCTIONS(lr::NotificationRepository)

public:
    explicit NotificationRepository(Database &db) : m_db(db) {}

    Result<Id> add(const Notification &notification);
    /// A user's notifications, newest first (only the user's own: there is no other scope).
    QList<Notification> forUser(Id userId, bool unreadOnly, int limit) const;
    qint64 unreadCount(Id userId) const;
    /// Marks one of `userId`'s notifications read (another user's id is refused).
    Status markRead(Id userId, Id notificationId, Instant at);

    Result<Id> enqueue(const QString &url, const QByteArray &body, Instant at);
    /// Pending messages due at `now`, oldest first.
    QList<OutboxMessage> dueMessages(Instant now, int limit) const;
    Status markSent(Id id, Instant at);
    /// Counts a failed attempt: retry at `nextAttemptAt`, or dead when `dead`.
    Status markFailed(Id id, int attempts, Instant nextAttemptAt, const QString &error, bool dead);
    /// The dead-letter list, newest first.
    QList<OutboxMessage> deadLetters(int limit) const;
    /// Puts a dead message back in the queue (an admin fixed the endpoint).
    Status retry(Id id, Instant at);

private:
    QList<OutboxMessage> selectOutbox(const QString &where, const QVariantList &binds) const;
    Database &m_db;
};

} // namespace lr
