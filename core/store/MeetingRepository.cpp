#include "core/store/MeetingRepository.h"

#include "core/store/Database.h"
#include "core/store/SqlUtil.h"

#include <QSqlQuery>

namespace lr {

Result<Id> MeetingRepository::create(const Meeting &meeting)
{
    QString error;
    QSqlQuery *statement =
        m_db.prepared(QStringLiteral("INSERT INTO meetings (lead_id, deal_id, owner_id, title, starts_at, ends_at, "
                                     "status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      &error);
    if (!statement)
        return Result<Id>::failure(error);
    QSqlQuery &q = *statement;
    q.addBindValue(sql::v(sql::idOrNull(meeting.leadId)));
    q.addBindValue(sql::v(sql::idOrNull(meeting.dealId)));
    q.addBindValue(sql::v(sql::idOrNull(meeting.ownerId)));
    q.addBindValue(sql::v(meeting.title));
    q.addBindValue(sql::v(meeting.startsAt));
    q.addBindValue(sql::v(meeting.endsAt));
    q.addBindValue(sql::v(toKey(meeting.status)));
    q.addBindValue(sql::v(meeting.createdAt));
    if (!sql::exec(q, &error))
        return Result<Id>::failure(error);
    return q.lastInsertId().toLongLong();
}

qint64 MeetingRepository::countWithStatus(MeetingStatus status) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM meetings WHERE status = ?"));
    q.addBindValue(sql::v(toKey(status)));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QList<Meeting> MeetingRepository::bookedBetween(Instant after, Instant until) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, coalesce(lead_id, 0), coalesce(deal_id, 0), coalesce(owner_id, 0), title, "
                             "starts_at, ends_at, status, created_at FROM meetings WHERE created_at > ? AND "
                             "created_at <= ? AND status <> 'cancelled' ORDER BY created_at, id"));
    q.addBindValue(sql::v(after));
    q.addBindValue(sql::v(until));
    QList<Meeting> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Meeting m;
        m.id = q.value(0).toLongLong();
        m.leadId = q.value(1).toLongLong();
        m.dealId = q.value(2).toLongLong();
        m.ownerId = q.value(3).toLongLong();
        m.title = q.value(4).toString();
        m.startsAt = q.value(5).toLongLong();
        m.endsAt = q.value(6).toLongLong();
        m.status = meetingStatusFromKey(q.value(7).toString()).value_or(MeetingStatus::Scheduled);
        m.createdAt = q.value(8).toLongLong();
        out.append(m);
    }
    return out;
}

} // namespace lr
