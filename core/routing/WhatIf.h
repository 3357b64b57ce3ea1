#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/routing/RoutingRule.h"
#include "core/sla/SlaPolicy.h"

#include <QCoreApplication>
#include <QList>

namespace lr {

class Store;

/// One person's share of the replayed leads, as things are and as the edited rules would have it.
struct WhatIfRow
{
    Id userId = 0;
    QString name;
    int currentLeads = 0;  ///< Replayed leads the person owns now.
    int whatIfLeads = 0;   ///< Replayed leads the edited rules give them.
    int currentClocks = 0; ///< Of those, leads a current SLA policy puts on a clock.
    int whatIfClocks = 0;  ///< Leads an edited SLA policy puts on a clock.
    int currentHot = 0;    ///< Leads on the strictest current clock (hot / SQL).
    int whatIfHot = 0;
};

/// The whole replay: per person, most what-if leads first.
struct WhatIfReport
{
    int days = 0;
    int leads = 0;   ///< Leads created in the period.
    int changed = 0; ///< Leads the edited rules give to someone else.
    QList<WhatIfRow> rows;
};

/// What-if for the routing and SLA editors: replays the leads created in the last N days through
/// edited (unsaved) routing rules and SLA policies, in memory, and compares leads per rep and the
/// expected SLA load (clocks, hot leads) with what happened. Nothing is written: routing runs as
/// a dry run with its round robin pointers in memory (starting afresh at the first candidate),
/// each lead at its arrival time; capacity is judged on today's open leads.
class WhatIf final
{
    Q_DECLARE_TR_FUNCTIONS(lr::WhatIf)

public:
    WhatIf(Store &store, const Clock &clock) : m_store(store), m_clock(clock) {}

    static constexpr int kDefaultDays = 14;

    Result<WhatIfReport> replay(const RoutingRuleSet &rules, const SlaPolicySet &policies,
                                int days = kDefaultDays) const;

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace lr
