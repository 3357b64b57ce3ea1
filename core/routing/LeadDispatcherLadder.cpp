// LeadDispatcher: the SLA escalation ladder (50 % nudge, 100 % manager alert, 150 % reassignment
// and incident) and the holiday hand-over, as durable timer handlers.
#include "core/routing/LeadDispatcher.h"

#include "core/store/Store.h"
#include "core/timers/TimerService.h"

namespace lr {
namespace {

/// The clock the step was scheduled for, if it still runs (a touch or a restart makes it stale).
std::optional<SlaClock> liveClock(const SlaRepository &repo, Id leadId, int generation)
{
    auto clock = repo.find(leadId);
    if (!clock || !clock->running() || clock->generation != generation)
        return std::nullopt;
    return clock;
}

QString leadName(const Lead &lead)
{
    return lead.fullName().isEmpty() ? lead.email : lead.fullName();
}

} // namespace

void LeadDispatcher::registerTimerHandlers(TimerService &timers, Store &store, const Clock &clock)
{
    auto generation = [](const Timer &t) { return t.payload.value(QStringLiteral("generation")).toInt(); };
    timers.registerHandler(kNudge, [&store, &clock, generation](const Timer &t, Instant) {
        return LeadDispatcher(store, clock).onNudge(t.leadId, generation(t));
    });
    timers.registerHandler(kAlert, [&store, &clock, generation](const Timer &t, Instant) {
        return LeadDispatcher(store, clock).onAlert(t.leadId, generation(t), t.dueAt);
    });
    timers.registerHandler(kReassign, [&store, &clock, generation](const Timer &t, Instant) {
        return LeadDispatcher(store, clock).onReassign(t.leadId, generation(t));
    });
    timers.registerHandler(kAbsence, [&store, &clock](const Timer &t, Instant) {
        return LeadDispatcher(store, clock).onAbsence(t.payload.value(QStringLiteral("user")).toInteger());
    });
}

Status LeadDispatcher::onNudge(Id leadId, int generation)
{
    const auto clock = liveClock(m_sla, leadId, generation);
    // Only the name is shown: a restart fires one step per overdue timer, each read counts.
    const std::optional<QString> name = clock ? m_store.leads.displayName(leadId) : std::nullopt;
    if (!clock || !name)
        return {};
    const Instant now = m_clock.now();
    if (const Status s = m_sla.markStep(leadId, QStringLiteral("nudge"), 0); !s)
        return s;
    Event e;
    e.at = now;
    e.type = QStringLiteral("sla_nudge");
    e.leadId = leadId;
    e.userId = clock->ownerId;
    e.payload = {{QStringLiteral("policy"), clock->policy}, {QStringLiteral("due_at"), clock->dueAt}};
    if (const Result<Id> id = m_store.events.append(e); !id)
        return Status::failure(id.error());
    const qint64 left = std::max<qint64>(0, clock->dueAt - now);
    return notify(clock->ownerId, leadId, QStringLiteral("sla_nudge"),
                  words(QT_TR_NOOP("%1 is still waiting: %2 left on the SLA – call now."),
                        {*name, words(QT_TR_N_NOOP("%n min"), static_cast<int>((left + kMinuteMs - 1) / kMinuteMs))}));
}

Status LeadDispatcher::onAlert(Id leadId, int generation, Instant dueAt)
{
    const auto clock = liveClock(m_sla, leadId, generation);
    const std::optional<QString> name = clock ? m_store.leads.displayName(leadId) : std::nullopt;
    if (!clock || !name)
        return {};
    const Instant now = m_clock.now();
    if (const Status s = m_sla.markStep(leadId, QStringLiteral("alert"), dueAt); !s)
        return s;
    const std::optional<User> owner = m_store.users.find(clock->ownerId); // read once: manager and name
    const Id manager = managerOf(clock->ownerId, owner);
    const QString ownerName = owner ? owner->name : QString();
    Event e;
    e.at = now;
    e.type = QStringLiteral("sla_manager_alert");
    e.leadId = leadId;
    e.userId = manager;
    e.payload = {{QStringLiteral("policy"), clock->policy},
                 {QStringLiteral("owner"), clock->ownerId},
                 {QStringLiteral("breached_at"), dueAt}};
    if (const Result<Id> id = m_store.events.append(e); !id)
        return Status::failure(id.error());
    return notify(manager, leadId, QStringLiteral("sla_alert"),
                  words(QT_TR_NOOP("SLA breached: %1 has not been contacted by %2."), {*name, ownerName}));
}

Status LeadDispatcher::onReassign(Id leadId, int generation)
{
    const auto clock = liveClock(m_sla, leadId, generation);
    const auto lead = m_store.leads.find(AccessScope::system(), leadId);
    if (!clock || !lead)
        return {};
    const Instant now = m_clock.now();
    if (const Status s = m_sla.markStep(leadId, QStringLiteral("reassign"), clock->dueAt); !s)
        return s;
    const Result<DispatchResult> moved = reassign(leadId, AssignmentCause::SlaBreach, {clock->ownerId});
    if (!moved)
        return Status::failure(moved.error());
    Event incident;
    incident.at = now;
    incident.type = QStringLiteral("sla_incident");
    incident.leadId = leadId;
    incident.userId = clock->ownerId;
    incident.payload = {{QStringLiteral("policy"), clock->policy},
                        {QStringLiteral("from"), clock->ownerId},
                        {QStringLiteral("to"), moved->ownerId},
                        {QStringLiteral("overdue_ms"), now - clock->dueAt}};
    if (const Result<Id> id = m_store.events.append(incident); !id)
        return Status::failure(id.error());
    const Id manager = managerOf(clock->ownerId);
    if (manager == moved->ownerId)
        return {};
    return notify(manager, leadId, QStringLiteral("sla_reassigned"),
                  words(QT_TR_NOOP("Incident: %1 was reassigned to %2 after an SLA breach."),
                        {leadName(*lead), moved->ownerName}));
}

Status LeadDispatcher::onAbsence(Id userId)
{
    const auto user = m_store.users.find(userId);
    if (!user || !user->isOutOfOffice(m_clock.now()))
        return {};
    const Result<int> moved = releaseLeadsOf(userId, AssignmentCause::OutOfOffice);
    return moved ? Status() : Status::failure(moved.error());
}

} // namespace lr
