#pragma once

#include "core/common/Result.h"
#include "core/metrics/MetricsReport.h"
#include "core/security/AccessScope.h"
#include "core/store/MetricsRepository.h"

#include <QCoreApplication>

namespace lr {

class Clock;
class Store;

/// The metrics of requirements §8, each defined once (docs/metrics.md): computed from the per-lead
/// facts (folded incrementally from the event log), meetings, merges, the intake journal and the
/// deals with their stage history. Every figure is scoped: a rep gets their own, a manager their
/// team's, an admin everyone's.
class MetricsService final
{
    Q_DECLARE_TR_FUNCTIONS(lr::MetricsService)

public:
    MetricsService(Store &store, const Clock &clock);

    enum class Detail {
        Full, ///< Everything, with per-rep rows, charts' series and attribution.
        Kpis  ///< Only what the KPI tiles show (for the previous period's trend arrows).
    };

    /// Folds what happened since the last call into the facts (cheap when nothing did).
    Result<qint64> refresh();

    /// The figures of `filter` as `scope` may see them. Reps always get their own figures, whatever
    /// filter.repId says. Call refresh() first to include the latest history.
    Result<MetricsReport> report(const AccessScope &scope, const MetricsFilter &filter,
                                 Detail detail = Detail::Full) const;

    /// The lead figures and the queue come from the daily aggregates (metric_lead_days,
    /// metric_queue_days) for the complete days of a period, and from the per-lead facts for the
    /// rest. Off: from the per-lead facts only — the same figures, slower (tests compare the two).
    void setUseAggregates(bool on) { m_useAggregates = on; }

    /// The filter as `scope` may use it: a rep's is pinned to the rep.
    static MetricsFilter scoped(const AccessScope &scope, MetricsFilter filter);

    /// The leads behind a tile (newest first, at most `limit`).
    Result<QList<MetricLeadRow>> leads(const AccessScope &scope, const MetricsFilter &filter,
                                       MetricsRepository::Cohort cohort, int limit = 500) const;
    /// The deals behind a tile: closed in the period (`wonOnly`: won ones), newest first.
    Result<QList<ClosedDeal>> deals(const AccessScope &scope, const MetricsFilter &filter, bool wonOnly,
                                    int limit = 500) const;

private:
    Status leadFigures(const AccessScope &scope, const MetricsFilter &filter, Detail detail,
                       MetricsReport &report) const;
    Status meetingFigures(const AccessScope &scope, const MetricsFilter &filter, MetricsReport &report) const;
    Status duplicateFigures(const AccessScope &scope, const MetricsFilter &filter, Detail detail,
                            MetricsReport &report) const;
    Status queueFigures(const AccessScope &scope, const MetricsFilter &filter, MetricsReport &report) const;
    Status slaFigures(const AccessScope &scope, const MetricsFilter &filter, MetricsReport &report) const;
    Status pipelineFigures(const AccessScope &scope, const MetricsFilter &filter, Detail detail,
                           MetricsReport &report) const;
    Status attributionFigures(const QList<ClosedDeal> &closed, MetricsReport &report) const;
    void fillRepNames(MetricsReport &report) const;

    Store &m_store;
    const Clock &m_clock;
    mutable MetricsRepository m_repo;
    bool m_useAggregates = true;
};

} // namespace lr
