#include "core/routing/WhatIf.h"

#include "core/routing/LeadDispatcher.h"
#include "core/routing/Router.h"
#include "core/store/Store.h"

#include <QHash>

namespace lr {
namespace {

/// The strictest (shortest) target among the policies: leads on it are the hot ones.
qint64 hotTarget(const SlaPolicySet &set)
{
    qint64 best = 0;
    for (const SlaPolicy &p : set.policies) {
        if (best == 0 || p.targetMs < best)
            best = p.targetMs;
    }
    return best;
}

} // namespace

Result<WhatIfReport> WhatIf::replay(const RoutingRuleSet &rules, const SlaPolicySet &policies, int days) const
{
    using R = Result<WhatIfReport>;
    if (days < 1 || days > 365)
        return R::failure(tr("Replay between 1 and 365 days."));
    const Instant now = m_clock.now();
    const Instant from = now - days * kDayMs;
    QList<Lead> leads;
    const Status read = m_store.leads.forEach(AccessScope::system(), [&](const Lead &lead) {
        if (lead.createdAt >= from && lead.createdAt <= now)
            leads.append(lead);
        return true;
    });
    if (!read)
        return R::failure(read.error());
    std::stable_sort(leads.begin(), leads.end(),
                     [](const Lead &a, const Lead &b) { return a.createdAt < b.createdAt; });

    const SlaPolicySet current = LeadDispatcher(m_store, m_clock).activePolicies();
    const qint64 currentHot = hotTarget(current);
    const qint64 editedHot = hotTarget(policies);
    QHash<Id, WhatIfRow> rows;
    auto row = [&rows](Id id) -> WhatIfRow & {
        WhatIfRow &r = rows[id];
        r.userId = id;
        return r;
    };

    ManualClock at(from);
    Router router(m_store, at);
    QHash<QString, Id> pointers;
    RouteOptions options;
    options.dryRun = true;
    options.pointers = &pointers;
    WhatIfReport report;
    report.days = days;
    for (const Lead &lead : std::as_const(leads)) {
        at.set(lead.createdAt);
        const Result<RouteDecision> d = router.route(lead, rules, options);
        if (!d)
            return R::failure(d.error());
        ++report.leads;
        if (lead.ownerId) {
            WhatIfRow &r = row(lead.ownerId);
            ++r.currentLeads;
            if (const auto p = current.strictestFor(lead)) {
                ++r.currentClocks;
                r.currentHot += p->targetMs == currentHot;
            }
        }
        if (d->ownerId) {
            WhatIfRow &r = row(d->ownerId);
            ++r.whatIfLeads;
            if (const auto p = policies.strictestFor(lead)) {
                ++r.whatIfClocks;
                r.whatIfHot += p->targetMs == editedHot;
            }
        }
        report.changed += d->ownerId != lead.ownerId;
    }
    for (const User &u : m_store.users.all()) {
        if (rows.contains(u.id))
            rows[u.id].name = u.name;
    }
    report.rows = rows.values();
    std::sort(report.rows.begin(), report.rows.end(), [](const WhatIfRow &a, const WhatIfRow &b) {
        if (a.whatIfLeads != b.whatIfLeads)
            return a.whatIfLeads > b.whatIfLeads;
        if (a.currentLeads != b.currentLeads)
            return a.currentLeads > b.currentLeads;
        return a.name < b.name;
    });
    return report;
}

} // namespace lr
