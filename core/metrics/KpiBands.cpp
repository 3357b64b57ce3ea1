#include "core/metrics/KpiBands.h"

#include <QDateTime>
#include <QTimeZone>

namespace lr {
namespace {

/// Good at or above `good`, warning at or above `warning`, else bad.
KpiHealth atLeast(double v, double good, double warning)
{
    return v >= good ? KpiHealth::Good : v >= warning ? KpiHealth::Warning : KpiHealth::Bad;
}

/// Good at or below `good`, warning at or below `warning`, else bad.
KpiHealth atMost(double v, double good, double warning)
{
    return v <= good ? KpiHealth::Good : v <= warning ? KpiHealth::Warning : KpiHealth::Bad;
}

} // namespace

KpiHealth KpiBands::health(Kpi kpi, std::optional<double> value)
{
    if (!value)
        return KpiHealth::Unrated;
    const double v = *value;
    switch (kpi) {
    case Kpi::SpeedToLeadMedian:
        return atMost(v, 300, 1800);
    case Kpi::UnderFiveMinutes:
        return atLeast(v, 0.8, 0.5);
    case Kpi::MqlToSql:
        return atLeast(v, 0.2, 0.1);
    case Kpi::SqlToOpp:
        return atLeast(v, 0.4, 0.25);
    case Kpi::HoldRate:
        return v > 0.8 ? KpiHealth::Good : v >= 0.7 ? KpiHealth::Warning : KpiHealth::Bad;
    case Kpi::NoShowRate:
        return v < 0.2 ? KpiHealth::Good : v <= 0.3 ? KpiHealth::Warning : KpiHealth::Bad;
    case Kpi::DuplicateRate:
        return v < 0.02 ? KpiHealth::Good : v <= 0.05 ? KpiHealth::Warning : KpiHealth::Bad;
    case Kpi::LeftInNew:
        return atMost(v, 0, 5);
    case Kpi::SlaBreaches:
        return v <= 0 ? KpiHealth::Good : KpiHealth::Warning;
    case Kpi::MarketingSourced:
        return v >= 0.3 && v <= 0.5 ? KpiHealth::Good : KpiHealth::Warning;
    case Kpi::LeadToMeeting:
    case Kpi::WinRate:
    case Kpi::WonValue:
    case Kpi::AvgWonValue:
    case Kpi::CycleMedian:
    case Kpi::ForecastAccuracy:
    case Kpi::Count:
        break;
    }
    return KpiHealth::Unrated;
}

QString KpiBands::bandText(Kpi kpi)
{
    switch (kpi) {
    case Kpi::SpeedToLeadMedian:
        return tr("target < 5 min");
    case Kpi::UnderFiveMinutes:
        return tr("target ≥ 80 %");
    case Kpi::MqlToSql:
        return tr("benchmark 20–30 %");
    case Kpi::SqlToOpp:
        return tr("benchmark 40–50 %");
    case Kpi::HoldRate:
        return tr("target > 80 %");
    case Kpi::NoShowRate:
        return tr("typical 20–30 %");
    case Kpi::DuplicateRate:
        return tr("target < 2 %");
    case Kpi::LeftInNew:
        return tr("target 0");
    case Kpi::SlaBreaches:
        return tr("trend to 0");
    case Kpi::MarketingSourced:
        return tr("benchmark 30–50 %");
    case Kpi::LeadToMeeting:
    case Kpi::WinRate:
    case Kpi::WonValue:
    case Kpi::AvgWonValue:
    case Kpi::CycleMedian:
    case Kpi::ForecastAccuracy:
    case Kpi::Count:
        break;
    }
    return {};
}

bool KpiBands::higherIsBetter(Kpi kpi)
{
    switch (kpi) {
    case Kpi::SpeedToLeadMedian:
    case Kpi::NoShowRate:
    case Kpi::DuplicateRate:
    case Kpi::LeftInNew:
    case Kpi::SlaBreaches:
    case Kpi::CycleMedian:
        return false;
    default:
        return true;
    }
}

QString KpiBands::title(Kpi kpi)
{
    switch (kpi) {
    case Kpi::SpeedToLeadMedian:
        return tr("Speed-to-lead (median)");
    case Kpi::UnderFiveMinutes:
        return tr("Touched within 5 min");
    case Kpi::MqlToSql:
        return tr("MQL → SQL");
    case Kpi::SqlToOpp:
        return tr("SQL → Opportunity");
    case Kpi::LeadToMeeting:
        return tr("Lead → meeting");
    case Kpi::HoldRate:
        return tr("Meeting hold rate");
    case Kpi::NoShowRate:
        return tr("No-show rate");
    case Kpi::DuplicateRate:
        return tr("Duplicate rate");
    case Kpi::LeftInNew:
        return tr("Left in New (last day)");
    case Kpi::SlaBreaches:
        return tr("SLA reassignments");
    case Kpi::WinRate:
        return tr("Win rate");
    case Kpi::WonValue:
        return tr("Won value");
    case Kpi::AvgWonValue:
        return tr("Average deal");
    case Kpi::CycleMedian:
        return tr("Sales cycle (median)");
    case Kpi::ForecastAccuracy:
        return tr("Forecast accuracy");
    case Kpi::MarketingSourced:
        return tr("Marketing-sourced revenue");
    case Kpi::Count:
        break;
    }
    return {};
}

std::optional<double> KpiBands::value(Kpi kpi, const MetricsReport &r)
{
    switch (kpi) {
    case Kpi::SpeedToLeadMedian:
        return r.speedToLead.wall.median;
    case Kpi::UnderFiveMinutes:
        return r.speedToLead.underFiveMinutes;
    case Kpi::MqlToSql:
        return r.funnel.mqlToSql;
    case Kpi::SqlToOpp:
        return r.funnel.sqlToOpp;
    case Kpi::LeadToMeeting:
        return r.funnel.leadToMeeting;
    case Kpi::HoldRate:
        return r.meetings.holdRate;
    case Kpi::NoShowRate:
        return r.meetings.noShowRate;
    case Kpi::DuplicateRate:
        return r.duplicates.duplicateRate;
    case Kpi::LeftInNew:
        if (r.queue.lastDay)
            return static_cast<double>(*r.queue.lastDay);
        return std::nullopt;
    case Kpi::SlaBreaches:
        return static_cast<double>(r.sla.reassignments);
    case Kpi::WinRate:
        return r.pipeline.winRate;
    case Kpi::WonValue:
        return static_cast<double>(r.pipeline.wonValueCents);
    case Kpi::AvgWonValue:
        return r.pipeline.avgWonValueCents;
    case Kpi::CycleMedian:
        return r.pipeline.cycleMedianDays;
    case Kpi::ForecastAccuracy:
        return r.pipeline.forecastAccuracy;
    case Kpi::MarketingSourced:
        return r.attribution.marketingSourcedShare;
    case Kpi::Count:
        break;
    }
    return std::nullopt;
}

std::pair<Instant, Instant> KpiBands::periodRange(Period period, Instant now)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc());
    const Instant end = now + 1; // periods are half-open: what happened at `now` belongs to them
    const QDate today = at.date();
    switch (period) {
    case Period::ThisWeek:
        return {QDateTime(today.addDays(1 - today.dayOfWeek()), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch(),
                end};
    case Period::Last30Days:
        return {now - 30 * kDayMs, end};
    case Period::Last90Days:
        return {now - 90 * kDayMs, end};
    case Period::ThisQuarter: {
        const QDate first(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        return {QDateTime(first, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch(), end};
    }
    }
    return {now - 30 * kDayMs, end};
}

} // namespace lr
