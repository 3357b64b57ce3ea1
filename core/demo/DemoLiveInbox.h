#pragma once

#include "core/common/Clock.h"
#include "core/domain/Ids.h"

#include <QList>

namespace lr {

class DemoContext;

/// The demo's last few hours, lived through the real route-and-respond path: each recent lead is
/// scored and handed to LeadDispatcher at its arrival time (owner, call task, SLA clock, ladder
/// timers), the durable timers fire at their due times (nudges, manager alerts, reassignments and
/// incidents), and reps touch some leads in time, some late and some only after the escalation.
/// What is still untouched at "now" is the inbox: clocks green, amber and breached.
class DemoLiveInbox final
{
public:
    /// Leads that arrived this long before "now" are live; older ones were all worked.
    static constexpr qint64 kWindowMs = 3 * kHourMs + 30 * kMinuteMs;

    explicit DemoLiveInbox(DemoContext &context) : m_ctx(context) {}

    /// Runs the stored, unowned live leads `leadIds` (in arrival order) up to the context's now.
    void run(const QList<Id> &leadIds);

private:
    DemoContext &m_ctx;
};

} // namespace lr
