#pragma once

#include "core/common/Clock.h"
#include "core/domain/Ids.h"

#include <QString>

namespace lr {

/// What a set of metrics covers: a period [from, to) and optional filters. Empty members do not
/// filter. Leads are counted in the period they were created in (a cohort); deals in the period
/// they closed in; meetings in the period they were scheduled for; events when they happened
/// (docs/metrics.md says which metric uses which).
struct MetricsFilter
{
    Instant from = 0;
    Instant to = 0;
    Id teamId = 0;    ///< Only leads/deals owned by members of this team.
    Id repId = 0;     ///< Only leads/deals owned by this user.
    QString source;   ///< LeadSource key ("web_form", "ads", …).
    QString campaign; ///< utm_campaign, exactly.

    qint64 length() const { return to - from; }
    /// The period of the same length just before this one, same filters.
    MetricsFilter previous() const
    {
        MetricsFilter p = *this;
        p.to = from;
        p.from = from - length();
        return p;
    }
    bool operator==(const MetricsFilter &) const = default;
};

} // namespace lr
