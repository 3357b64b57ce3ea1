#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/common/Words.h"
#include "core/domain/Enums.h"
#include "core/domain/Lead.h"
#include "core/domain/User.h"
#include "core/routing/RoutingRule.h"
#include "core/security/AccessScope.h"
#include "core/sla/SlaPolicy.h"
#include "core/store/RoutingRepository.h"
#include "core/store/SlaRepository.h"

#include <QCoreApplication>
#include <QSet>

#include <memory>
#include <optional>

namespace lr {

class Store;
class TimerService;
class Router;
class Notifier;

/// What one (re)assignment did.
struct DispatchResult
{
    Id ownerId = 0;
    QString ownerName;
    QString reason; ///< The routing trail, as stored on the lead.
    bool fallback = false;
    Id taskId = 0;                 ///< The call task in the owner's queue (0 when the clock was not restarted).
    std::optional<SlaClock> clock; ///< The running SLA clock (none when the lead was already touched).
};

/// Route and respond: the one place that gives a lead its owner, its task, its SLA clock and its
/// ladder timers, and that takes them away again (first touch, disqualification, reassignment for
/// an SLA breach, a holiday or a deactivated rep). Every method writes in one transaction (a
/// savepoint inside the caller's), so a lead never has an owner without a clock or vice versa.
/// Cheap to construct: intake builds one per submission; timer handlers build one per firing.
class LeadDispatcher final
{
    Q_DECLARE_TR_FUNCTIONS(lr::LeadDispatcher)
    LR_DECLARE_WORDS(lr::LeadDispatcher)

public:
    LeadDispatcher(Store &store, const Clock &clock);
    ~LeadDispatcher();

    /// A new lead: route it, record the reason trail, create the call task due at the SLA target,
    /// start the clock and its ladder, notify the owner (events lead_assigned, sla_started,
    /// task_created). `preferredOwner` (an active user entering the lead by hand) takes it without
    /// routing. When intake already gave the lead an owner (an open deal's, with its own task) only
    /// the trail is recorded. With nobody active in the store the result has no owner.
    Result<DispatchResult> dispatchNew(Id leadId, Id preferredOwner = 0);
    /// Routes the lead again without the people in `exclude` (SLA breach, holiday, deactivation).
    Result<DispatchResult> reassign(Id leadId, AssignmentCause cause, const QSet<Id> &exclude);
    /// A manager (own team) or admin gives the lead to `userId`.
    Status reassignTo(const AccessScope &actor, Id leadId, Id userId);

    /// Logs a call, email, meeting or note. The first real touch (not a note) stops the SLA clock,
    /// cancels the ladder, completes the call task and moves a new lead to attempting.
    Status logTouch(const AccessScope &actor, Id leadId, ActivityKind kind, const QString &outcome,
                    const QString &body = {});
    /// Disqualifies the lead with a reason: the clock stops, the ladder and open tasks end.
    Status disqualify(const AccessScope &actor, Id leadId, const QString &reason);
    /// Completes one of the actor's visible tasks with an outcome.
    Status completeTask(const AccessScope &actor, Id taskId, const QString &outcome);

    /// Hands every open lead of `userId` to someone else by the routing rules.
    Result<int> releaseLeadsOf(Id userId, AssignmentCause cause);
    /// An admin (or the rep's manager) deactivates a user; their open leads are reassigned.
    Status deactivateUser(const AccessScope &actor, Id userId);
    /// Adds an out-of-office period; its start (now, or a durable timer later) reassigns the user's open leads.
    Status addAbsence(const AccessScope &actor, Id userId, const Absence &absence);

    /// The active SLA policies: the stored document (kind "sla"), else the shipped defaults.
    SlaPolicySet activePolicies() const;

    /// For one import batch (one transaction in which nothing edits rules, users or teams): the
    /// active routing rules and SLA policies are read once, at the first lead, instead of for
    /// every lead. Reading them was a fifth of a CSV import's time. False reads them afresh again.
    void keepRulesForBatch(bool keep);

    /// Registers the ladder (sla.nudge, sla.alert, sla.reassign) and holiday (routing.absence)
    /// handlers on `timers`. Each firing builds its own dispatcher over `store` and `clock`.
    static void registerTimerHandlers(TimerService &timers, Store &store, const Clock &clock);

    static const QString kNudge;
    static const QString kAlert;
    static const QString kReassign;
    static const QString kAbsence;

private:
    SlaPolicySet storedPolicies() const;
    Result<DispatchResult> assign(const Lead &lead, Id ownerId, const QString &ownerName, const QString &ruleName,
                                  const Words &reason, AssignmentCause cause, bool alert);
    Result<DispatchResult> recordKeptOwner(const Lead &lead);
    Result<SlaClock> startClock(const Lead &lead, const User &owner, const SlaPolicy &policy);
    Status endClock(Id leadId, const Words &taskOutcome, Id actorId);
    Status notify(Id userId, Id leadId, const QString &kind, const Words &text);
    Id managerOf(Id userId) const;
    /// managerOf() with the user already read (`user` is what users.find(userId) returned).
    Id managerOf(Id userId, const std::optional<User> &user) const;
    std::optional<Lead> visibleLead(const AccessScope &actor, Id leadId, QString *error) const;

    // Ladder steps (timer handlers).
    Status onNudge(Id leadId, int generation);
    Status onAlert(Id leadId, int generation, Instant dueAt);
    Status onReassign(Id leadId, int generation);
    Status onAbsence(Id userId);

    Store &m_store;
    const Clock &m_clock;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<Notifier> m_notifier;
    RoutingRepository m_routing;
    SlaRepository m_sla;
    bool m_keepRules = false;
    mutable std::optional<RoutingRuleSet> m_keptRoutingRules;
    mutable std::optional<SlaPolicySet> m_keptPolicies;
};

} // namespace lr
