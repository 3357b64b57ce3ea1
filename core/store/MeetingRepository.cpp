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

} // namespace lr
