#include "core/routing/RoutingSettings.h"

#include "core/routing/LeadDispatcher.h"
#include "core/routing/Router.h"
#include "core/store/Store.h"

namespace lr {

RoutingRuleSet RoutingSettings::routing() const
{
    return Router(m_store, m_clock).activeRules();
}

QList<RoutingIssue> RoutingSettings::check(const RoutingRuleSet &rules) const
{
    return rules.check(m_store.users.all(), m_store.teams.all());
}

SlaPolicySet RoutingSettings::sla() const
{
    return LeadDispatcher(m_store, m_clock).activePolicies();
}

Result<int> RoutingSettings::saveRouting(const AccessScope &actor, const RoutingRuleSet &rules)
{
    if (actor.role != Role::Admin)
        return Result<int>::failure(tr("Only admins can change the routing rules."));
    for (const RoutingIssue &issue : check(rules)) {
        if (issue.blocking)
            return Result<int>::failure(issue.message);
    }
    const auto saved = m_store.rules.save(
        Router::kRuleKind, rules.toJson([this](Id id) { return m_store.teams.find(id); }), actor.userId, m_clock.now());
    if (!saved)
        return Result<int>::failure(saved.error());
    return saved->version;
}

Result<int> RoutingSettings::saveSla(const AccessScope &actor, const SlaPolicySet &policies)
{
    if (actor.role != Role::Admin)
        return Result<int>::failure(tr("Only admins can change the SLA policies."));
    if (const QStringList problems = policies.check(); !problems.isEmpty())
        return Result<int>::failure(problems.first());
    const auto saved = m_store.rules.save(SlaPolicySet::kRuleKind, policies.toJson(), actor.userId, m_clock.now());
    if (!saved)
        return Result<int>::failure(saved.error());
    return saved->version;
}

} // namespace lr
