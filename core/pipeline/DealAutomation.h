#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/common/Words.h"
#include "core/domain/Ids.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace lr {

class Store;

/// A fact that moves deals by itself. Opens, clicks, page views and elapsed time are not facts.
enum class DealFact {
    MeetingBooked,  ///< → the stage entered on "meeting_booked" (Discovery Booked)
    ContractSigned, ///< → the stage entered on "contract_signed" (Closed Won)
    Bounced         ///< → the stage entered on "bounce" (Invalid)
};

/// What automation did with one fact.
struct AutomationResult
{
    QList<Id> movedDeals;   ///< Deals moved into the fact's stage.
    QList<Id> tasksCreated; ///< Tasks for owners where exit criteria refused the move.
    QStringList messages;   ///< Translated, one per deal considered.
};

/// Moves deals on facts, and only on facts (requirements §7): a meeting booked moves the lead's
/// open deals that are not yet that far into Discovery Booked; a signed contract moves them to
/// Closed Won; a bounce moves deals still before the meeting stage to Invalid. Every move goes
/// through DealService, so exit criteria still apply: when they refuse (Closed Won without a VAT
/// id), the owner gets a task naming the missing fields instead. Never moves a deal backwards or
/// out of a closed stage; a repeated fact changes nothing. Target stages are data (the stages'
/// `entered_on_fact`), so an admin who renames a stage keeps the automation.
///
/// Callers: the behaviour-event intake (`POST /v1/events`, `import events`) calls onEvent() for
/// every event; the app and `serve` call scanMeetings() to pick up meetings booked in the meetings
/// table.
class DealAutomation final
{
    Q_DECLARE_TR_FUNCTIONS(lr::DealAutomation)
    LR_DECLARE_WORDS(lr::DealAutomation)

public:
    DealAutomation(Store &store, const Clock &clock) : m_store(store), m_clock(clock) {}

    /// The fact an event type is, if any: "meeting_booked"; "contract_signed"; "bounce",
    /// "email_bounced", "hard_bounce". Everything else (email_open, page_view, …) is not a fact.
    static std::optional<DealFact> factOf(const QString &eventType);
    static QString key(DealFact fact);

    /// Applies `eventType` (see factOf) for lead `leadId` at `at` to the lead's deals (only deal
    /// `dealId` when not 0). Events that are no fact do nothing.
    AutomationResult onEvent(Id leadId, const QString &eventType, Instant at, Id dealId = 0);
    AutomationResult onFact(Id leadId, DealFact fact, Instant at, Id dealId = 0);

    /// Applies MeetingBooked for every meeting booked since the last scan (a watermark in the
    /// settings), up to now. Returns what moved.
    AutomationResult scanMeetings();
    /// Meetings booked up to `until` are already in the deals' stage history (the demo writes both
    /// together): the next scanMeetings() starts there instead of moving every deal again now.
    static Status markMeetingsScanned(Store &store, Instant until);

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace lr
