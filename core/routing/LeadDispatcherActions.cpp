// LeadDispatcher: what people do to a lead (touches, disqualification, hand-overs) and what
// happens when a rep leaves or goes on holiday.
#include "core/routing/LeadDispatcher.h"

#include "core/routing/Router.h"
#include "core/store/Store.h"
#include "core/timers/TimerService.h"

namespace lr {

Status LeadDispatcher::logTouch(const AccessScope &actor, Id leadId, ActivityKind kind, const QString &outcome,
                                const QString &body)
{
    QString error;
    const auto lead = visibleLead(actor, leadId, &error);
    if (!lead)
        return Status::failure(error);
    const Instant now = m_clock.now();
    Transaction tx(m_store.database());
    if (!tx.isActive())
        return Status::failure(tx.error());
    Activity activity;
    activity.leadId = leadId;
    activity.userId = actor.userId;
    activity.kind = kind;
    activity.outcome = outcome;
    activity.body = body;
    activity.at = now;
    const Result<Id> id = m_store.activities.create(activity);
    if (!id)
        return Status::failure(id.error());
    Event logged;
    logged.at = now;
    logged.type = events::ActivityLogged;
    logged.leadId = leadId;
    logged.userId = actor.userId;
    logged.payload = {{QStringLiteral("activity"), id.value()},
                      {QStringLiteral("kind"), toKey(kind)},
                      {QStringLiteral("outcome"), outcome}};
    if (const Result<Id> e = m_store.events.append(logged); !e)
        return Status::failure(e.error());
    if (activity.isRealTouch() && lead->firstTouchAt == 0) {
        if (const Status s = m_store.leads.setFirstTouch(leadId, now); !s)
            return s;
        const auto clock = m_sla.find(leadId);
        Event first;
        first.at = now;
        first.type = events::FirstTouch;
        first.leadId = leadId;
        first.userId = actor.userId;
        first.payload = {{QStringLiteral("kind"), toKey(kind)},
                         {QStringLiteral("response_ms"), now - lead->createdAt},
                         {QStringLiteral("within_sla"), !clock || now <= clock->dueAt}};
        if (const Result<Id> e = m_store.events.append(first); !e)
            return Status::failure(e.error());
        const Words done =
            outcome.isEmpty() ? displayWords(kind) : words(QT_TR_NOOP("%1: %2"), {displayWords(kind), outcome});
        if (const Status s = endClock(leadId, done, actor.userId); !s)
            return s;
        if (lead->status == LeadStatus::New) {
            if (const Status s = m_store.leads.setStatus(leadId, LeadStatus::Attempting, now); !s)
                return s;
        }
    }
    return tx.commit();
}

Status LeadDispatcher::disqualify(const AccessScope &actor, Id leadId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Say why the lead is disqualified."));
    QString error;
    const auto lead = visibleLead(actor, leadId, &error);
    if (!lead)
        return Status::failure(error);
    const Instant now = m_clock.now();
    Transaction tx(m_store.database());
    if (!tx.isActive())
        return Status::failure(tx.error());
    if (const Status s = m_store.leads.setStatus(leadId, LeadStatus::Disqualified, now); !s)
        return s;
    const Words disqualified = words(QT_TR_NOOP("disqualified: %1"), {reason.trimmed()});
    if (const Status s = endClock(leadId, disqualified, actor.userId); !s)
        return s;
    for (const Task &t : m_store.tasks.forLead(AccessScope::system(), leadId)) {
        if (t.isOpen()) {
            if (const Status s = m_store.tasks.complete(t.id, disqualified, now); !s)
                return s;
        }
    }
    Event e;
    e.at = now;
    e.type = events::LeadStatusChanged;
    e.leadId = leadId;
    e.userId = actor.userId;
    e.payload = {{QStringLiteral("from"), toKey(lead->status)},
                 {QStringLiteral("to"), toKey(LeadStatus::Disqualified)},
                 {QStringLiteral("reason"), reason.trimmed()}};
    if (const Result<Id> id = m_store.events.append(e); !id)
        return Status::failure(id.error());
    return tx.commit();
}

Status LeadDispatcher::completeTask(const AccessScope &actor, Id taskId, const QString &outcome)
{
    for (const Task &t : m_store.tasks.open(actor)) {
        if (t.id != taskId)
            continue;
        const Instant now = m_clock.now();
        Transaction tx(m_store.database());
        if (!tx.isActive())
            return Status::failure(tx.error());
        if (const Status s = m_store.tasks.complete(taskId, Words::plain(outcome), now); !s)
            return s;
        Event e;
        e.at = now;
        e.type = events::TaskCompleted;
        e.leadId = t.leadId;
        e.dealId = t.dealId;
        e.userId = actor.userId;
        e.payload = {{QStringLiteral("task"), taskId}, {QStringLiteral("outcome"), outcome}};
        if (const Result<Id> id = m_store.events.append(e); !id)
            return Status::failure(id.error());
        return tx.commit();
    }
    return Status::failure(tr("Task %1 is not open or not yours.").arg(taskId));
}

Status LeadDispatcher::reassignTo(const AccessScope &actor, Id leadId, Id userId)
{
    if (actor.role == Role::Rep)
        return Status::failure(tr("Only managers and admins can reassign leads."));
    QString error;
    const auto lead = visibleLead(actor, leadId, &error);
    if (!lead)
        return Status::failure(error);
    const auto user = m_store.users.find(userId);
    if (!user || !user->active)
        return Status::failure(tr("The new owner must be an active user."));
    if (actor.role == Role::Manager && user->teamId != actor.teamId && user->id != actor.userId)
        return Status::failure(tr("A manager can only hand leads to their own team."));
    if (lead->ownerId == userId)
        return {};
    QString by;
    if (const auto who = m_store.users.find(actor.userId))
        by = who->name;
    const Words reason =
        by.isEmpty() ? words(QT_TR_NOOP("reassigned by hand")) : words(QT_TR_NOOP("reassigned by %1"), {by});
    const Result<DispatchResult> r =
        assign(*lead, userId, user->name, QString(), reason, AssignmentCause::Manual, false);
    return r ? Status() : Status::failure(r.error());
}

Result<int> LeadDispatcher::releaseLeadsOf(Id userId, AssignmentCause cause)
{
    int moved = 0;
    Transaction tx(m_store.database());
    if (!tx.isActive())
        return Result<int>::failure(tx.error());
    for (const Id leadId : m_routing.openLeadIdsOf(userId)) {
        const Result<DispatchResult> r = reassign(leadId, cause, {userId});
        if (!r)
            return Result<int>::failure(r.error());
        ++moved;
    }
    if (const Status s = tx.commit(); !s)
        return Result<int>::failure(s.error());
    return moved;
}

Status LeadDispatcher::deactivateUser(const AccessScope &actor, Id userId)
{
    auto user = m_store.users.find(userId);
    if (!user)
        return Status::failure(tr("User %1 does not exist.").arg(userId));
    if (actor.role == Role::Rep || (actor.role == Role::Manager && user->teamId != actor.teamId))
        return Status::failure(tr("Only an admin or the user's manager can deactivate a user."));
    Transaction tx(m_store.database());
    if (!tx.isActive())
        return Status::failure(tx.error());
    user->active = false;
    if (const Status s = m_store.users.update(*user); !s)
        return s;
    const Result<int> moved = releaseLeadsOf(userId, AssignmentCause::Deactivated);
    if (!moved)
        return Status::failure(moved.error());
    return tx.commit();
}

Status LeadDispatcher::addAbsence(const AccessScope &actor, Id userId, const Absence &absence)
{
    const auto user = m_store.users.find(userId);
    if (!user)
        return Status::failure(tr("User %1 does not exist.").arg(userId));
    const bool self = actor.userId == userId;
    if (!self && (actor.role == Role::Rep || (actor.role == Role::Manager && user->teamId != actor.teamId)))
        return Status::failure(tr("Only the user, their manager or an admin can plan an absence."));
    if (absence.endsAt <= absence.startsAt)
        return Status::failure(tr("An absence must end after it starts."));
    Transaction tx(m_store.database());
    if (!tx.isActive())
        return Status::failure(tx.error());
    if (const Status s = m_store.users.addAbsence(userId, absence); !s)
        return s;
    // Durable: fires at the start (at once when it already started), even after a restart.
    TimerService timers(m_store, m_clock);
    const QString key = QStringLiteral("%1:%2:%3").arg(kAbsence).arg(userId).arg(absence.startsAt);
    if (const Result<Id> id = timers.schedule(kAbsence, {}, absence.startsAt, {{QStringLiteral("user"), userId}}, key);
        !id)
        return Status::failure(id.error());
    return tx.commit();
}

} // namespace lr
