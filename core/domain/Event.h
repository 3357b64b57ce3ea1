#pragma once

#include "core/common/Clock.h"
#include "core/domain/Ids.h"

#include <QJsonObject>
#include <QString>

namespace lr {

/// One line of the append-only event log: lead_created, assigned, first_touch, stage_changed, …
/// Metrics, the lead timeline and the audit trail read it.
struct Event
{
    Id id = 0;
    Instant at = 0;
    QString type;
    Id leadId = 0;
    Id dealId = 0;
    Id userId = 0;
    QJsonObject payload;
};

namespace events {
inline const QString LeadCreated = QStringLiteral("lead_created");
inline const QString LeadAssigned = QStringLiteral("lead_assigned");
inline const QString LeadStatusChanged = QStringLiteral("lead_status_changed");
inline const QString FirstTouch = QStringLiteral("first_touch");
inline const QString ActivityLogged = QStringLiteral("activity_logged");
inline const QString PageView = QStringLiteral("page_view");
inline const QString FormSubmit = QStringLiteral("form_submit");
inline const QString EmailOpen = QStringLiteral("email_open");
inline const QString EmailClick = QStringLiteral("email_click");
inline const QString EmailReply = QStringLiteral("email_reply");
inline const QString MeetingBooked = QStringLiteral("meeting_booked");
inline const QString MeetingHeld = QStringLiteral("meeting_held");
inline const QString MeetingNoShow = QStringLiteral("meeting_no_show");
inline const QString TaskCreated = QStringLiteral("task_created");
inline const QString TaskCompleted = QStringLiteral("task_completed");
inline const QString DealCreated = QStringLiteral("deal_created");
inline const QString StageChanged = QStringLiteral("stage_changed");
} // namespace events

} // namespace lr
