#pragma once

#include "core/common/Result.h"
#include "core/domain/Meeting.h"

#include <QList>

namespace lr {

class Database;

class MeetingRepository final
{
public:
    explicit MeetingRepository(Database &db) : m_db(db) {}

    Result<Id> create(const Meeting &meeting);
    qint64 countWithStatus(MeetingStatus status) const;
    /// Meetings booked (created) in (`after`, `until`] that are not cancelled, oldest first.
    QList<Meeting> bookedBetween(Instant after, Instant until) const;

private:
    Database &m_db;
};

} // namespace lr
