#pragma once

#include "core/common/Clock.h"
#include "core/domain/Ids.h"

#include <QJsonObject>
#include <QString>

namespace lr {

/// One row of the durable `timers` table: something that must happen at `dueAt` (an SLA step, a
/// cadence step, a reminder). Fired once by TimerService; survives restarts and `kill -9`.
struct Timer
{
    enum class State { Pending, Done, Cancelled };

    Id id = 0;
    Instant dueAt = 0;
    QString kind;  ///< Picks the handler, e.g. "sla.nudge", "scoring.ghosted".
    Id leadId = 0; ///< The subject (0 when none).
    Id dealId = 0; ///< The subject (0 when none).
    QJsonObject payload;
    State state = State::Pending;
    QString dedupeKey; ///< Scheduling twice with one key keeps the first row.
    int attempts = 0;  ///< Failed firings so far.
    Instant createdAt = 0;
    Instant firedAt = 0; ///< 0 until done.
};

} // namespace lr
