#pragma once

#include "core/common/Clock.h"
#include "core/domain/Enums.h"
#include "core/domain/Ids.h"

#include <QString>

namespace lr {

/// Something a person did with a lead or deal: a call, an email, a meeting, a note.
struct Activity
{
    Id id = 0;
    Id leadId = 0;
    Id dealId = 0;
    Id userId = 0;
    ActivityKind kind = ActivityKind::Call;
    QString outcome;
    QString body;
    Instant at = 0;

    /// Calls, emails, meetings and SMS stop the SLA clock; notes do not.
    bool isRealTouch() const { return kind != ActivityKind::Note; }
};

} // namespace lr
