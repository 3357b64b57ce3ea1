#pragma once

#include "core/common/Clock.h"
#include "core/security/AccessScope.h"

#include <QtGlobal>

namespace lr {

class Store;

/// Duplicates caught at intake in a period: the share of processed submissions that matched a
/// person already in the store and were merged into them instead of becoming a second record
/// (docs/metrics.md `intake_dedup_rate`). The duplicate rate with its < 2 % target counts the ones
/// that slipped past (MetricsService); kTargetPercent is that target, shown beside this figure.
struct DuplicateRate
{
    Instant from = 0;
    Instant to = 0;
    qint64 processed = 0; ///< Submissions processed in [from, to).
    qint64 merged = 0;    ///< Of those, merged into an existing lead at intake.

    /// merged / processed in percent; 0 without submissions.
    double percent() const { return processed ? 100.0 * static_cast<double>(merged) / processed : 0.0; }

    /// Reads the counts from the intake journal and the event log, scoped like every read.
    static DuplicateRate measure(const Store &store, const AccessScope &scope, Instant from, Instant to);

    static constexpr double kTargetPercent = 2.0;
};

} // namespace lr
