#include "core/metrics/KpiBands.h"

#include <gtest/gtest.h>

using namespace lr;

TEST(KpiBands, RatesValuesAgainstTheRequirementsBands)
{
    EXPECT_EQ(KpiBands::health(Kpi::SpeedToLeadMedian, 240.0), KpiHealth::Good);
    EXPECT_EQ(KpiBands::health(Kpi::SpeedToLeadMedian, 900.0), KpiHealth::Warning);
    EXPECT_EQ(KpiBands::health(Kpi::SpeedToLeadMedian, 42 * 3600.0), KpiHealth::Bad);
    EXPECT_EQ(KpiBands::health(Kpi::MqlToSql, 0.25), KpiHealth::Good);
    EXPECT_EQ(KpiBands::health(Kpi::MqlToSql, 0.15), KpiHealth::Warning);
    EXPECT_EQ(KpiBands::health(Kpi::SqlToOpp, 0.2), KpiHealth::Bad);
    EXPECT_EQ(KpiBands::health(Kpi::HoldRate, 0.8), KpiHealth::Warning); // "> 80 %": 80 % is not enough
    EXPECT_EQ(KpiBands::health(Kpi::DuplicateRate, 0.019), KpiHealth::Good);
    EXPECT_EQ(KpiBands::health(Kpi::DuplicateRate, 0.06), KpiHealth::Bad);
    EXPECT_EQ(KpiBands::health(Kpi::LeftInNew, 0.0), KpiHealth::Good);
    EXPECT_EQ(KpiBands::health(Kpi::WinRate, 0.3), KpiHealth::Unrated);
    EXPECT_EQ(KpiBands::health(Kpi::MqlToSql, std::nullopt), KpiHealth::Unrated);
    EXPECT_FALSE(KpiBands::higherIsBetter(Kpi::SpeedToLeadMedian));
    EXPECT_TRUE(KpiBands::higherIsBetter(Kpi::WinRate));
}

TEST(KpiBands, PresetPeriodsEndNowInUtc)
{
    const Instant now = 1795424400000; // Monday 2026-11-23 09:00 UTC
    EXPECT_EQ(KpiBands::periodRange(KpiBands::Period::ThisWeek, now).first, now - 9 * kHourMs);
    EXPECT_EQ(KpiBands::periodRange(KpiBands::Period::Last30Days, now).first, now - 30 * kDayMs);
    // Q4 2026 starts on 1 October: 53 days and 9 hours before.
    EXPECT_EQ(KpiBands::periodRange(KpiBands::Period::ThisQuarter, now).first, now - 53 * kDayMs - 9 * kHourMs);
    EXPECT_EQ(KpiBands::periodRange(KpiBands::Period::ThisQuarter, now).second, now + 1);
}

TEST(KpiBands, TileValuesComeFromTheReport)
{
    MetricsReport r;
    r.speedToLead.wall.median = 240.0;
    r.pipeline.wonValueCents = 12345;
    r.sla.reassignments = 3;
    EXPECT_EQ(KpiBands::value(Kpi::SpeedToLeadMedian, r), 240.0);
    EXPECT_EQ(KpiBands::value(Kpi::WonValue, r), 12345.0);
    EXPECT_EQ(KpiBands::value(Kpi::SlaBreaches, r), 3.0);
    EXPECT_FALSE(KpiBands::value(Kpi::MqlToSql, r));
}
