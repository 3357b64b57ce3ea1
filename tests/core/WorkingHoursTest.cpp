#include "core/common/WorkingHours.h"
#include "core/domain/User.h"
#include "tests/support/TestSupport.h"

#include <QDateTime>

#include <gtest/gtest.h>

using namespace lr;

namespace {

Instant utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

} // namespace

TEST(WorkingHours, CountsOnlyWorkingHoursOfWorkingDays)
{
    const WorkingHours c; // 09:00–18:00 UTC, Monday to Friday
    EXPECT_EQ(c.workingTimeBetween(utc("2026-11-23T10:00:00Z"), utc("2026-11-23T10:07:00Z")), 7 * kMinuteMs);
    EXPECT_EQ(c.workingTimeBetween(utc("2026-11-23T07:00:00Z"), utc("2026-11-23T09:30:00Z")), 30 * kMinuteMs);
    EXPECT_EQ(c.workingTimeBetween(utc("2026-11-27T17:55:00Z"), utc("2026-11-30T09:05:00Z")), 10 * kMinuteMs);
    EXPECT_EQ(c.workingTimeBetween(utc("2026-11-28T10:00:00Z"), utc("2026-11-29T18:00:00Z")), 0); // weekend
    EXPECT_EQ(c.workingTimeBetween(utc("2026-11-23T10:00:00Z"), utc("2026-11-24T10:00:00Z")), 9 * kHourMs);
    EXPECT_EQ(c.workingTimeBetween(utc("2026-11-23T10:00:00Z"), utc("2026-11-23T09:00:00Z")), 0);
}

TEST(WorkingHours, UsesTheRepsTimeZone)
{
    User u;
    u.timeZone = QStringLiteral("Europe/Sofia"); // UTC+2 in November
    u.workStartMinute = 9 * 60;
    u.workEndMinute = 17 * 60;
    const WorkingHours c = WorkingHours::of(u);
    // 06:30 UTC = 08:30 in Sofia: the day starts at 07:00 UTC.
    EXPECT_EQ(c.workingTimeBetween(utc("2026-11-23T06:30:00Z"), utc("2026-11-23T07:10:00Z")), 10 * kMinuteMs);
    EXPECT_EQ(c.workingTimeBetween(utc("2026-11-23T14:50:00Z"), utc("2026-11-23T15:30:00Z")), 10 * kMinuteMs);
}

TEST(WorkingHours, CrossesADaylightSavingChange)
{
    User u;
    u.timeZone = QStringLiteral("Europe/Berlin"); // CEST → CET on Sunday 2026-10-25
    const WorkingHours c = WorkingHours::of(u);
    // Friday 17:50 CEST (15:50 UTC) → Monday 09:10 CET (08:10 UTC): 10 + 10 minutes.
    EXPECT_EQ(c.workingTimeBetween(utc("2026-10-23T15:50:00Z"), utc("2026-10-26T08:10:00Z")), 20 * kMinuteMs);
}

TEST(WorkingHours, SpansLongerThanAYearStillCount)
{
    const WorkingHours c;
    // 2026 has 261 weekdays; nine working hours each.
    EXPECT_EQ(c.workingTimeBetween(utc("2026-01-01T00:00:00Z"), utc("2027-01-01T00:00:00Z")), 261 * 9 * kHourMs);
    EXPECT_EQ(c.workingTimeBetween(utc("2024-01-01T00:00:00Z"), utc("2026-01-01T00:00:00Z")),
              (262 + 261) * 9 * kHourMs);
}

TEST(WorkingHours, AnUnknownZoneFallsBackToUtc)
{
    const WorkingHours c(QStringLiteral("Mars/Olympus"), 9 * 60, 18 * 60, 0b0011111);
    EXPECT_TRUE(c.isWorking(utc("2026-11-23T09:00:00Z")));
    EXPECT_FALSE(c.isWorking(utc("2026-11-23T18:00:00Z")));
}

TEST(WorkingHours, AWeekdayWithItsOwnHoursOverridesTheDefaults)
{
    User u;
    u.timeZone = QStringLiteral("Europe/Berlin"); // CEST → CET on Sunday 2026-10-25
    u.workWeek[4] = WorkSpan{9 * 60, 13 * 60};    // a short Friday
    u.workWeek[5] = WorkSpan{};                   // Saturday off (as by default)
    u.workWeek[6] = WorkSpan{10 * 60, 12 * 60};   // Sunday morning on duty
    const WorkingHours c = WorkingHours::of(u);
    // Friday 2026-11-27, CET (UTC+1): 12:59 works, 13:00 does not; Thursday keeps 09:00–18:00.
    EXPECT_TRUE(c.isWorking(utc("2026-11-27T11:59:00Z")));
    EXPECT_FALSE(c.isWorking(utc("2026-11-27T12:00:00Z")));
    EXPECT_TRUE(c.isWorking(utc("2026-11-26T16:59:00Z")));
    EXPECT_TRUE(c.isWorking(utc("2026-11-29T09:30:00Z")));
    // A whole week: four 9 h days, a 4 h Friday, a 2 h Sunday.
    EXPECT_EQ(c.workingTimeBetween(utc("2026-11-23T00:00:00Z"), utc("2026-11-30T00:00:00Z")),
              (4 * 9 + 4 + 2) * kHourMs);
    // A short Friday across the DST change: Friday 12:50 CEST (10:50 UTC) to Monday 09:10 CET
    // (08:10 UTC) is 10 + 10 minutes.
    User berlin;
    berlin.timeZone = QStringLiteral("Europe/Berlin");
    berlin.workWeek[4] = WorkSpan{9 * 60, 13 * 60};
    const WorkingHours b = WorkingHours::of(berlin);
    EXPECT_EQ(b.workingTimeBetween(utc("2026-10-23T10:50:00Z"), utc("2026-10-26T08:10:00Z")), 20 * kMinuteMs);
    EXPECT_EQ(b.addWorkingTime(utc("2026-10-23T10:50:00Z"), 20 * kMinuteMs), utc("2026-10-26T08:10:00Z"));
    // Every day off but one with its own span still has working time.
    User sundays;
    sundays.workDays = 0;
    sundays.workWeek[6] = WorkSpan{10 * 60, 11 * 60};
    const WorkingHours s = WorkingHours::of(sundays);
    EXPECT_EQ(s.addWorkingTime(utc("2026-11-23T09:00:00Z"), 30 * kMinuteMs), utc("2026-11-29T10:30:00Z"));
}

TEST(WorkingHours, TheDayOfAClockChangeUsesTheOffsetOfEachHour)
{
    // Sunday duty 10:00–12:00 in Berlin. On 2026-10-25 the clocks go back at 01:00 UTC, so midnight is
    // CEST (UTC+2) but 10:00 is CET (UTC+1): 09:00–11:00 UTC. On 2026-03-29 they go forward, so 10:00
    // is CEST: 08:00–10:00 UTC.
    User u;
    u.timeZone = QStringLiteral("Europe/Berlin");
    u.workDays = 0;
    u.workWeek[6] = WorkSpan{10 * 60, 12 * 60};
    const WorkingHours c = WorkingHours::of(u);
    EXPECT_FALSE(c.isWorking(utc("2026-10-25T08:30:00Z")));
    EXPECT_TRUE(c.isWorking(utc("2026-10-25T09:00:00Z")));
    EXPECT_TRUE(c.isWorking(utc("2026-10-25T10:59:00Z")));
    EXPECT_FALSE(c.isWorking(utc("2026-10-25T11:00:00Z")));
    EXPECT_EQ(c.workingTimeBetween(utc("2026-10-24T12:00:00Z"), utc("2026-10-26T00:00:00Z")), 2 * kHourMs);
    EXPECT_EQ(c.workingTimeBetween(utc("2026-10-24T12:00:00Z"), utc("2026-10-25T09:15:00Z")), 15 * kMinuteMs);
    EXPECT_EQ(c.addWorkingTime(utc("2026-10-24T12:00:00Z"), 30 * kMinuteMs), utc("2026-10-25T09:30:00Z"));
    EXPECT_EQ(c.addWorkingTime(utc("2026-10-24T12:00:00Z"), 2 * kHourMs + 30 * kMinuteMs),
              utc("2026-11-01T09:30:00Z")); // the next Sunday is CET all day
    EXPECT_EQ(c.workingTimeBetween(utc("2026-03-28T12:00:00Z"), utc("2026-03-30T00:00:00Z")), 2 * kHourMs);
    EXPECT_EQ(c.addWorkingTime(utc("2026-03-28T12:00:00Z"), 30 * kMinuteMs), utc("2026-03-29T08:30:00Z"));
    EXPECT_EQ(c.workingTimeBetween(utc("2026-03-29T07:00:00Z"), utc("2026-03-29T09:00:00Z")), kHourMs);
}
