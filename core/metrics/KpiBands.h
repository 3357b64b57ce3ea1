#pragma once

#include "core/metrics/MetricsReport.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace lr {

/// The KPI tiles of the dashboard (requirements §8), in display order.
enum class Kpi {
    SpeedToLeadMedian,
    UnderFiveMinutes,
    MqlToSql,
    SqlToOpp,
    LeadToMeeting,
    HoldRate,
    NoShowRate,
    DuplicateRate,
    LeftInNew,
    SlaBreaches,
    WinRate,
    WonValue,
    AvgWonValue,
    CycleMedian,
    ForecastAccuracy,
    MarketingSourced,
    Count
};

/// Where a value stands against its benchmark band.
enum class KpiHealth { Good, Warning, Bad, Unrated };

/// The benchmark bands of docs/metrics.md, defined once for the dashboard.
class KpiBands final
{
    Q_DECLARE_TR_FUNCTIONS(lr::KpiBands)

public:
    /// `value` in the KPI's unit: seconds, fraction 0–1, count, cents or days.
    static KpiHealth health(Kpi kpi, std::optional<double> value);
    /// The band as shown under a tile ("target < 5 min", "20–30 %"); empty when it has none.
    static QString bandText(Kpi kpi);
    /// True when a higher value is better (for the trend arrow's colour).
    static bool higherIsBetter(Kpi kpi);
    /// The tile's title ("Speed-to-lead (median)").
    static QString title(Kpi kpi);
    /// The tile's value in `report`: seconds, fraction, count, cents or days; nullopt without data.
    static std::optional<double> value(Kpi kpi, const MetricsReport &report);

    /// Preset periods of the dashboard, in UTC.
    enum class Period { ThisWeek, Last30Days, Last90Days, ThisQuarter };
    /// [from, to) of `period` up to and including `now` (to = now + 1 ms): this week from Monday
    /// 00:00, the last 30/90 days, this quarter from its first day 00:00.
    static std::pair<Instant, Instant> periodRange(Period period, Instant now);
};

} // namespace lr
