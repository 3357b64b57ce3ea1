#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/common/Words.h"
#include "core/domain/BehaviourEvent.h"
#include "core/domain/JournalEntry.h"
#include "core/scoring/ScoreResult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace lr {

class Store;

/// Told about every behaviour event intake stores, inside its transaction, after the lead was
/// re-scored: the hook for automation that acts on facts (pipeline: meeting_booked → Discovery
/// Booked, bounce → Invalid, contract_signed → Closed Won; cadences: stop on reply). `leadId` is 0
/// for an event whose person is not a lead yet. Return a note for the journal (empty for none);
/// a note never rolls the event back.
class BehaviourEventObserver
{
public:
    virtual ~BehaviourEventObserver() = default;
    virtual QString onBehaviourEvent(const BehaviourEvent &event, Id leadId) = 0;
};

/// What became of one received event.
struct EventOutcome
{
    enum class Status {
        Attached, ///< Stored on its lead, which was re-scored.
        Kept,     ///< Stored for an address that is no lead yet; attached when the person appears.
        Rejected, ///< Bad input (unknown type, bad time, no person): kept in the journal with the reason.
        Failed    ///< The store refused it; kept in the journal as failed.
    };
    Status status = Status::Failed;
    Id journalId = 0;
    Id eventId = 0;
    Id leadId = 0;
    QString reason;                   ///< Translated.
    std::optional<ScoreResult> score; ///< The lead's new score (Attached).

    static QString key(Status status);
};

/// Behaviour events in (POST /v1/events, `leadrelayctl import events`): each is journaled raw,
/// validated, stored in the event log on its lead (found by lead_id, or by email through the same
/// dedup key as intake) or kept for an unknown address, and the lead is re-scored — all in one
/// transaction, so a crash never leaves a half-handled event, and a bad one is never lost.
///
/// Accepted JSON: {"type": "page_view", "email": "anna@firma.de" | "lead_id": 42,
///                 "url": "…", "at": "2026-11-23T09:05:00Z" | epoch ms, "form_id": "…",
///                 "form_type": "demo_request", …any other members are kept}
class EventIntake final
{
    Q_DECLARE_TR_FUNCTIONS(lr::EventIntake)

public:
    EventIntake(Store &store, const Clock &clock) : m_store(store), m_clock(clock) {}

    /// Observers are told about each stored event, in the order added. Not owned.
    void addObserver(BehaviourEventObserver *observer) { m_observers.append(observer); }

    /// Reads and validates one event; `receivedAt` stands in for a missing "at". Nothing when it
    /// is not valid, and `why` says why.
    static std::optional<BehaviourEvent> parse(const QJsonObject &json, Instant receivedAt, Words &why);

    EventOutcome submit(const QString &source, const QJsonObject &json);
    /// Same for a raw body (the HTTP request, a line of a file): journaled exactly as received, so
    /// even text that is not JSON is kept with the reason it was refused.
    EventOutcome submitBody(const QString &source, const QByteArray &body);
    /// Handles a journaled event entry again (an admin fixed a rejected one).
    EventOutcome process(const JournalEntry &entry);

private:
    LR_DECLARE_WORDS(lr::EventIntake)
    EventOutcome apply(Id journalId, const QJsonObject &json, Instant receivedAt);
    EventOutcome applyBody(Id journalId, const QByteArray &body, Instant receivedAt);
    Id findLead(const BehaviourEvent &event) const;

    Store &m_store;
    const Clock &m_clock;
    QList<BehaviourEventObserver *> m_observers;
};

} // namespace lr
