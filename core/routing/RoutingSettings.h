#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/routing/RoutingRule.h"
#include "core/security/AccessScope.h"
#include "core/sla/SlaPolicy.h"

#include <QCoreApplication>

namespace lr {

class Store;

/// Saves the routing rules and SLA policies the rule editor edits, as new versions in the rules
/// table. Admins only; a routing set with a blocking issue (no default rule: a lead could be left
/// unowned) or an invalid SLA set is refused with the reason.
class RoutingSettings final
{
    Q_DECLARE_TR_FUNCTIONS(lr::RoutingSettings)

public:
    RoutingSettings(Store &store, const Clock &clock) : m_store(store), m_clock(clock) {}

    /// The active routing rules (stored, else the defaults) and their issues.
    RoutingRuleSet routing() const;
    QList<RoutingIssue> check(const RoutingRuleSet &rules) const;
    SlaPolicySet sla() const;

    /// The saved version number.
    Result<int> saveRouting(const AccessScope &actor, const RoutingRuleSet &rules);
    Result<int> saveSla(const AccessScope &actor, const SlaPolicySet &policies);

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace lr
