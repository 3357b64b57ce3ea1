#include "core/routing/LeadDispatcher.h"

#include "core/common/WorkingHours.h"
#include "core/notify/Notifier.h"
#include "core/routing/Router.h"
#include "core/store/Store.h"
#include "core/timers/TimerService.h"

namespace lr {

const QString LeadDispatcher::kNudge = QStringLiteral("sla.nudge");
const QString LeadDispatcher::kAlert = QStringLiteral("sla.alert");
const QString LeadDispatcher::kReassign = QStringLiteral("sla.reassign");
const QString LeadDispatcher::kAbsence = QStringLiteral("routing.absence");

namespace {

const QString kSlaTask = QStringLiteral("call");

bool isOpen(LeadStatus s)
{
    return s == LeadStatus::New || s == LeadStatus::Attempting || s == LeadStatus::Connected;
}

Words duration(qint64 ms)
{
    const qint64 minutes = (ms + kMinuteMs - 1) / kMinuteMs;
    if (minutes < 120)
        return Words("lr::LeadDispatcher", QT_TRANSLATE_N_NOOP("lr::LeadDispatcher", "%n min"),
                     static_cast<int>(minutes));
    return Words("lr::LeadDispatcher", QT_TRANSLATE_N_NOOP("lr::LeadDispatcher", "%n h"),
                 static_cast<int>(minutes / 60));
}

Status fromResult(const Result<Id> &r)
{
    return r ? Status() : Status::failure(r.error());
}

} // namespace

LeadDispatcher::LeadDispatcher(Store &store, const Clock &clock)
    : m_store(store), m_clock(clock), m_router(std::make_unique<Router>(store, clock)),
      m_notifier(std::make_unique<Notifier>(store, clock)), m_routing(store.database()), m_sla(store.database())
{}

LeadDispatcher::~LeadDispatcher() = default;

void LeadDispatcher::keepRulesForBatch(bool keep)
{
    m_keepRules = keep;
    m_keptRoutingRules.reset();
    m_keptPolicies.reset();
}

SlaPolicySet LeadDispatcher::activePolicies() const
{
    if (!m_keepRules)
        return storedPolicies();
    if (!m_keptPolicies)
        m_keptPolicies = storedPolicies();
    return *m_keptPolicies;
}

SlaPolicySet LeadDispatcher::storedPolicies() const
{
    if (const auto doc = m_store.rules.active(SlaPolicySet::kRuleKind)) {
        if (Result<SlaPolicySet> set = SlaPolicySet::fromJson(doc->document))
            return set.value();
    }
    return SlaPolicySet::defaults();
}

Status LeadDispatcher::notify(Id userId, Id leadId, const QString &kind, const Words &text)
{
    return m_notifier->notify(userId, leadId, kind, text);
}

Id LeadDispatcher::managerOf(Id userId) const
{
    return managerOf(userId, m_store.users.find(userId));
}

Id LeadDispatcher::managerOf(Id userId, const std::optional<User> &user) const
{
    if (user && user->teamId) {
        if (const auto team = m_store.teams.find(user->teamId); team && team->managerId && team->managerId != userId)
            return team->managerId;
    }
    for (const Role role : {Role::Manager, Role::Admin}) {
        for (const User &u : m_store.users.all()) {
            if (u.role == role && u.active && u.id != userId)
                return u.id;
        }
    }
    return 0;
}

Result<DispatchResult> LeadDispatcher::dispatchNew(Id leadId, Id preferredOwner)
{
    using R = Result<DispatchResult>;
    const auto lead = m_store.leads.find(AccessScope::system(), leadId);
    if (!lead)
        return R::failure(tr("Lead %1 does not exist.").arg(leadId));
    if (lead->ownerId)
        return recordKeptOwner(*lead);
    if (preferredOwner) {
        if (const auto user = m_store.users.find(preferredOwner); user && user->active)
            return assign(*lead, user->id, user->name, QString(), words(QT_TR_NOOP("entered by hand by the owner")),
                          AssignmentCause::New, false);
    }
    if (!m_keepRules || !m_keptRoutingRules)
        m_keptRoutingRules = m_router->activeRules();
    const Result<RouteDecision> d = m_router->route(*lead, *m_keptRoutingRules);
    if (!d)
        return R::failure(d.error());
    if (!d->ownerId) {
        DispatchResult nobody;
        nobody.reason = d->reason;
        return nobody;
    }
    return assign(*lead, d->ownerId, d->ownerName, d->ruleName, d->why,
                  d->fallback ? AssignmentCause::Fallback : AssignmentCause::New, d->alertOwner);
}

Result<DispatchResult> LeadDispatcher::recordKeptOwner(const Lead &lead)
{
    // Intake already handed the lead to the owner of an open deal at the company, with a task and
    // an event of its own: keep both, only the trail is added.
    DispatchResult out;
    out.ownerId = lead.ownerId;
    out.ownerName = lead.ownerName;
    const Words reason = words(QT_TR_NOOP("kept %1 (owner of an open deal at the company)"), {lead.ownerName});
    out.reason = reason.text();
    Assignment a;
    a.leadId = lead.id;
    a.userId = lead.ownerId;
    a.cause = AssignmentCause::New;
    a.reason = reason.toStored();
    a.at = m_clock.now();
    if (const Result<Id> id = m_routing.recordAssignment(a); !id)
        return Result<DispatchResult>::failure(id.error());
    return out;
}

Result<DispatchResult> LeadDispatcher::reassign(Id leadId, AssignmentCause cause, const QSet<Id> &exclude)
{
    using R = Result<DispatchResult>;
    const auto lead = m_store.leads.find(AccessScope::system(), leadId);
    if (!lead)
        return R::failure(tr("Lead %1 does not exist.").arg(leadId));
    RouteOptions options;
    options.exclude = exclude;
    const Result<RouteDecision> d = m_router->route(*lead, m_router->activeRules(), options);
    if (!d)
        return R::failure(d.error());
    if (!d->ownerId)
        return R::failure(d->reason);
    const Words reason = words(QT_TR_NOOP("%1: %2"), {displayWords(cause), d->why});
    return assign(*lead, d->ownerId, d->ownerName, d->ruleName, reason, cause, d->alertOwner);
}

Result<DispatchResult> LeadDispatcher::assign(const Lead &lead, Id ownerId, const QString &ownerName,
                                              const QString &ruleName, const Words &reason, AssignmentCause cause,
                                              bool alert)
{
    using R = Result<DispatchResult>;
    const Instant now = m_clock.now();
    const auto owner = m_store.users.find(ownerId);
    if (!owner)
        return R::failure(tr("User %1 does not exist.").arg(ownerId));
    // Inside a caller's transaction (intake's batch) no savepoint of our own: the caller rolls
    // back on failure, and a savepoint per lead would make a bulk import flush its search index.
    std::optional<Transaction> tx;
    if (m_store.database().transactionDepth() == 0) {
        tx.emplace(m_store.database());
        if (!tx->isActive())
            return R::failure(tx->error());
    }
    DispatchResult out;
    out.ownerId = ownerId;
    out.ownerName = ownerName.isEmpty() ? owner->name : ownerName;
    out.reason = reason.text();
    out.fallback = cause == AssignmentCause::Fallback;
    const Id previous = lead.ownerId == ownerId && cause == AssignmentCause::New ? 0 : lead.ownerId;
    if (lead.ownerId != ownerId) {
        if (const Status s = m_store.leads.setOwner(lead.id, ownerId, now); !s)
            return R::failure(s.error());
    }
    Assignment a;
    a.leadId = lead.id;
    a.userId = ownerId;
    a.previousUserId = previous;
    a.cause = cause;
    a.ruleName = ruleName;
    a.reason = reason.toStored();
    a.at = now;
    if (const Result<Id> id = m_routing.recordAssignment(a); !id)
        return R::failure(id.error());
    Event assigned;
    assigned.at = now;
    assigned.type = events::LeadAssigned;
    assigned.leadId = lead.id;
    assigned.userId = ownerId;
    assigned.payload = {{QStringLiteral("owner"), ownerId},
                        {QStringLiteral("previous_owner"), previous},
                        {QStringLiteral("cause"), toKey(cause)},
                        {QStringLiteral("rule"), ruleName},
                        {QStringLiteral("reason"), reason.toStored()}};
    if (const Status s = fromResult(m_store.events.append(assigned)); !s)
        return R::failure(s.error());

    // The clock: a fresh one for the new owner unless the lead was already touched.
    const auto existing = m_sla.find(lead.id);
    const bool touched = lead.firstTouchAt != 0 || (existing && !existing->running());
    const Words oldTasksOutcome = words(QT_TR_NOOP("reassigned to %1"), {out.ownerName});
    for (const Task &t : m_store.tasks.forLead(AccessScope::system(), lead.id)) {
        if (!t.isOpen() || t.ownerId == ownerId)
            continue;
        if (const Status s = m_store.tasks.complete(t.id, oldTasksOutcome, now); !s)
            return R::failure(s.error());
        if (touched) { // the follow-up moves with the lead
            Task moved = t;
            moved.id = 0;
            moved.ownerId = ownerId;
            moved.createdAt = now;
            if (const Status s = fromResult(m_store.tasks.create(moved)); !s)
                return R::failure(s.error());
        }
    }
    Words notice;
    if (!touched && isOpen(lead.status)) {
        const SlaPolicySet policies = activePolicies();
        std::optional<SlaPolicy> policy;
        if (existing && cause != AssignmentCause::New)
            policy = policies.byKey(existing->policy);
        if (!policy)
            policy = policies.strictestFor(lead);
        if (policy) {
            const Result<SlaClock> clock = startClock(lead, *owner, *policy);
            if (!clock)
                return R::failure(clock.error());
            out.clock = clock.value();
            Task task;
            task.leadId = lead.id;
            task.ownerId = ownerId;
            task.setTitle(words(QT_TR_NOOP("Call %1 – %2"),
                                {lead.fullName().isEmpty() ? lead.email : lead.fullName(), policy->taskWords()}));
            task.kind = kSlaTask;
            task.dueAt = clock->dueAt;
            task.createdAt = now;
            const Result<Id> taskId = m_store.tasks.create(task);
            if (!taskId)
                return R::failure(taskId.error());
            out.taskId = taskId.value();
            Event created;
            created.at = now;
            created.type = events::TaskCreated;
            created.leadId = lead.id;
            created.userId = ownerId;
            created.payload = {{QStringLiteral("task"), out.taskId},
                               {QStringLiteral("title"), task.titleWords.toStored()},
                               {QStringLiteral("due_at"), task.dueAt}};
            if (const Status s = fromResult(m_store.events.append(created)); !s)
                return R::failure(s.error());
            notice = words(QT_TR_NOOP("%1 – due in %2"), {task.titleWords, duration(clock->dueAt - now)});
        }
    }
    if (notice.isEmpty())
        notice = words(QT_TR_NOOP("%1 is yours now (%2)."),
                       {lead.fullName().isEmpty() ? lead.email : lead.fullName(), displayWords(cause)});
    if (alert)
        notice = words(QT_TR_NOOP("Named account: %1"), {notice});
    if (const Status s =
            notify(ownerId, lead.id, alert ? QStringLiteral("named_account") : QStringLiteral("assigned"), notice);
        !s)
        return R::failure(s.error());
    if (tx) {
        if (const Status s = tx->commit(); !s)
            return R::failure(s.error());
    }
    return out;
}

Result<SlaClock> LeadDispatcher::startClock(const Lead &lead, const User &owner, const SlaPolicy &policy)
{
    const Instant now = m_clock.now();
    const WorkingHours calendar = WorkingHours::of(owner);
    auto at = [&](int percent) {
        const qint64 span = policy.targetMs * percent / 100;
        return policy.businessHours ? calendar.addWorkingTime(now, span) : now + span;
    };
    SlaClock clock;
    clock.leadId = lead.id;
    clock.policy = policy.key;
    clock.ownerId = owner.id;
    clock.startedAt = now;
    clock.targetMs = policy.targetMs;
    clock.nudgeAt = at(policy.nudgePercent);
    clock.dueAt = at(policy.alertPercent);
    clock.reassignAt = at(policy.reassignPercent);
    const Result<SlaClock> stored = m_sla.start(clock);
    if (!stored)
        return stored;
    TimerService timers(m_store, m_clock);
    if (const Result<int> cancelled = timers.cancelForLead(lead.id, QStringLiteral("sla.")); !cancelled)
        return Result<SlaClock>::failure(cancelled.error());
    const int gen = stored->generation;
    const QJsonObject payload{{QStringLiteral("generation"), gen}, {QStringLiteral("policy"), policy.key}};
    const std::pair<const QString *, Instant> steps[] = {
        {&kNudge, stored->nudgeAt}, {&kAlert, stored->dueAt}, {&kReassign, stored->reassignAt}};
    for (const auto &[kind, due] : steps) {
        const QString key = QStringLiteral("%1:%2:%3").arg(*kind).arg(lead.id).arg(gen);
        if (const Result<Id> id = timers.schedule(*kind, {lead.id, 0}, due, payload, key); !id)
            return Result<SlaClock>::failure(id.error());
    }
    Event started;
    started.at = now;
    started.type = QStringLiteral("sla_started");
    started.leadId = lead.id;
    started.userId = owner.id;
    started.payload = {{QStringLiteral("policy"), policy.key},
                       {QStringLiteral("due_at"), stored->dueAt},
                       {QStringLiteral("generation"), gen}};
    if (const Result<Id> id = m_store.events.append(started); !id)
        return Result<SlaClock>::failure(id.error());
    return stored;
}

Status LeadDispatcher::endClock(Id leadId, const Words &taskOutcome, Id actorId)
{
    const Instant now = m_clock.now();
    Q_UNUSED(actorId)
    if (const Status s = m_sla.stop(leadId, now); !s)
        return s;
    TimerService timers(m_store, m_clock);
    if (const Result<int> cancelled = timers.cancelForLead(leadId, QStringLiteral("sla.")); !cancelled)
        return Status::failure(cancelled.error());
    for (const Task &t : m_store.tasks.forLead(AccessScope::system(), leadId)) {
        if (t.isOpen() && t.kind == kSlaTask) {
            if (const Status s = m_store.tasks.complete(t.id, taskOutcome, now); !s)
                return s;
        }
    }
    return {};
}

std::optional<Lead> LeadDispatcher::visibleLead(const AccessScope &actor, Id leadId, QString *error) const
{
    auto lead = m_store.leads.find(actor, leadId);
    if (!lead)
        *error = tr("Lead %1 does not exist or is not yours.").arg(leadId);
    return lead;
}

} // namespace lr
