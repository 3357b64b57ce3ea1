#pragma once

#include "core/common/Clock.h"
#include "core/domain/Enums.h"
#include "core/domain/Ids.h"

#include <QString>

namespace lr {

struct Meeting
{
    Id id = 0;
    Id leadId = 0;
    Id dealId = 0;
    Id ownerId = 0;
    Instant startsAt = 0;
    Instant endsAt = 0;
    MeetingStatus status = MeetingStatus::Scheduled;
    QString title;
    Instant createdAt = 0;
};

} // namespace lr
