#include "core/dedup/DuplicateRate.h"

#include "core/store/Store.h"

namespace lr {

DuplicateRate DuplicateRate::measure(const Store &store, const AccessScope &scope, Instant from, Instant to)
{
    DuplicateRate rate;
    rate.from = from;
    rate.to = to;
    rate.processed = store.duplicates.processedSubmissions(scope, from, to);
    rate.merged = std::min(rate.processed, store.duplicates.mergedAtIntake(scope, from, to));
    return rate;
}

} // namespace lr
