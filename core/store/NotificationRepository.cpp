#include "core/store/NotificationRepository.h"

#include "core/common/Words.h"

#include "core/store/Database.h"
#include "core/store/RawStatement.h"
#include "core/store/SqlUtil.h"

#include <QSqlQuery>

namespace lr {

Result<Id> NotificationRepository::add(const Notification &n)
{
    QString error;
    RawStatement *q = m_db.raw(
        "INSERT INTO notifications (user_id, lead_id, kind, text, at, read_at) VALUES (?, ?, ?, ?, ?, 0)", &error);
    if (!q)
        return Result<Id>::failure(error);
    q->reset();
    q->bind(0, n.userId);
    q->bindIdOrNull(1, n.leadId);
    q->bind(2, n.kind);
    q->bind(3, n.text);
    q->bind(4, n.at);
    if (!q->exec(&error))
        return Result<Id>::failure(error);
    return q->lastInsertId();
}

QList<Notification> NotificationRepository::forUser(Id userId, bool unreadOnly, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, user_id, lead_id, kind, text, at, read_at FROM notifications "
                             "WHERE user_id = ? %1 ORDER BY at DESC, id DESC LIMIT ?")
                  .arg(unreadOnly ? QStringLiteral("AND read_at = 0") : QString()));
    q.addBindValue(sql::v(userId));
    q.addBindValue(sql::v(limit));
    QList<Notification> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Notification n;
        n.id = q.value(0).toLongLong();
        n.userId = q.value(1).toLongLong();
        n.leadId = q.value(2).toLongLong();
        n.kind = q.value(3).toString();
        n.text = Words::fromStored(q.value(4).toString()).text();
        n.at = q.value(5).toLongLong();
        n.readAt = q.value(6).toLongLong();
        out.append(n);
    }
    return out;
}

qint64 NotificationRepository::unreadCount(Id userId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM notifications WHERE user_id = ? AND read_at = 0"));
    q.addBindValue(sql::v(userId));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

Status NotificationRepository::markRead(Id userId, Id notificationId, Instant at)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::prepare(q, QStringLiteral("UPDATE notifications SET read_at = ? WHERE id = ? AND user_id = ?"), &error))
        return Status::failure(error);
    q.addBindValue(sql::v(at));
    q.addBindValue(sql::v(notificationId));
    q.addBindValue(sql::v(userId));
    if (!sql::exec(q, &error))
        return Status::failure(error);
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("Notification %1 is not yours.").arg(notificationId));
    return {};
}

Result<Id> NotificationRepository::enqueue(const QString &url, const QByteArray &body, Instant at)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::prepare(q,
                      QStringLiteral("INSERT INTO webhook_outbox (url, body, state, attempts, next_attempt_at, "
                                     "created_at) VALUES (?, ?, 'pending', 0, ?, ?)"),
                      &error))
        return Result<Id>::failure(error);
    q.addBindValue(sql::v(url));
    q.addBindValue(sql::v(QString::fromUtf8(body)));
    q.addBindValue(sql::v(at));
    q.addBindValue(sql::v(at));
    if (!sql::exec(q, &error))
        return Result<Id>::failure(error);
    return q.lastInsertId().toLongLong();
}

QList<OutboxMessage> NotificationRepository::selectOutbox(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, url, body, state, attempts, next_attempt_at, last_error, created_at, sent_at "
                             "FROM webhook_outbox WHERE ") +
              where);
    for (const QVariant &b : binds)
        q.addBindValue(sql::v(b));
    QList<OutboxMessage> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        OutboxMessage m;
        m.id = q.value(0).toLongLong();
        m.url = q.value(1).toString();
        m.body = q.value(2).toString().toUtf8();
        const QString state = q.value(3).toString();
        m.state = state == QLatin1String("sent")   ? OutboxMessage::State::Sent
                  : state == QLatin1String("dead") ? OutboxMessage::State::Dead
                                                   : OutboxMessage::State::Pending;
        m.attempts = q.value(4).toInt();
        m.nextAttemptAt = q.value(5).toLongLong();
        m.lastError = q.value(6).toString();
        m.createdAt = q.value(7).toLongLong();
        m.sentAt = q.value(8).toLongLong();
        out.append(m);
    }
    return out;
}

QList<OutboxMessage> NotificationRepository::dueMessages(Instant now, int limit) const
{
    return selectOutbox(
        QStringLiteral("state = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?"),
        {now, limit});
}

Status NotificationRepository::markSent(Id id, Instant at)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::prepare(q, QStringLiteral("UPDATE webhook_outbox SET state = 'sent', sent_at = ? WHERE id = ?"), &error))
        return Status::failure(error);
    q.addBindValue(sql::v(at));
    q.addBindValue(sql::v(id));
    return sql::exec(q, &error) ? Status() : Status::failure(error);
}

Status NotificationRepository::markFailed(Id id, int attempts, Instant nextAttemptAt, const QString &lastError,
                                          bool dead)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::prepare(q,
                      QStringLiteral("UPDATE webhook_outbox SET attempts = ?, next_attempt_at = ?, last_error = ?, "
                                     "state = ? WHERE id = ?"),
                      &error))
        return Status::failure(error);
    q.addBindValue(sql::v(attempts));
    q.addBindValue(sql::v(nextAttemptAt));
    q.addBindValue(sql::v(lastError));
    q.addBindValue(sql::v(dead ? QStringLiteral("dead") : QStringLiteral("pending")));
    q.addBindValue(sql::v(id));
    return sql::exec(q, &error) ? Status() : Status::failure(error);
}

QList<OutboxMessage> NotificationRepository::deadLetters(int limit) const
{
    return selectOutbox(QStringLiteral("state = 'dead' ORDER BY id DESC LIMIT ?"), {limit});
}

Status NotificationRepository::retry(Id id, Instant at)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::prepare(q,
                      QStringLiteral("UPDATE webhook_outbox SET state = 'pending', attempts = 0, next_attempt_at = ? "
                                     "WHERE id = ? AND state = 'dead'"),
                      &error))
        return Status::failure(error);
    q.addBindValue(sql::v(at));
    q.addBindValue(sql::v(id));
    return sql::exec(q, &error) ? Status() : Status::failure(error);
}

} // namespace lr
