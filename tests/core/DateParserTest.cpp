#include "core/common/DateParser.h"

#include <gtest/gtest.h>

using namespace lr;

namespace {
constexpr Instant kDay = 1795392000000; // 2026-11-23T00:00:00Z
}

TEST(DateParser, ReadsIso8601)
{
    EXPECT_EQ(parseInstant(QStringLiteral("2026-11-23")), kDay);
    EXPECT_EQ(parseInstant(QStringLiteral("2026-11-23T09:05:00Z")), kDay + 9 * kHourMs + 5 * kMinuteMs);
    EXPECT_EQ(parseInstant(QStringLiteral("2026-11-23 09:05")), kDay + 9 * kHourMs + 5 * kMinuteMs);
    EXPECT_EQ(parseInstant(QStringLiteral("2026-11-23T10:05:00+01:00")), kDay + 9 * kHourMs + 5 * kMinuteMs);
    EXPECT_EQ(parseInstant(QStringLiteral("2026-11-23T04:05:00.250-0500")), kDay + 9 * kHourMs + 5 * kMinuteMs + 250);
}

TEST(DateParser, ReadsUsAndEuropeanSpreadsheetDates)
{
    EXPECT_EQ(parseInstant(QStringLiteral("11/23/2026")), kDay);
    EXPECT_EQ(parseInstant(QStringLiteral("11/23/2026 9:05 AM")), kDay + 9 * kHourMs + 5 * kMinuteMs);
    EXPECT_EQ(parseInstant(QStringLiteral("11/23/2026 12:30 am")), kDay + 30 * kMinuteMs);
    EXPECT_EQ(parseInstant(QStringLiteral("11/23/2026 9:05 PM")), kDay + 21 * kHourMs + 5 * kMinuteMs);
    EXPECT_EQ(parseInstant(QStringLiteral("1/2/2026")), parseInstant(QStringLiteral("2026-01-02")));
    EXPECT_EQ(parseInstant(QStringLiteral("23/11/2026")), kDay); // day first when it cannot be a month
    EXPECT_EQ(parseInstant(QStringLiteral("23.11.2026 09:05")), kDay + 9 * kHourMs + 5 * kMinuteMs);
    EXPECT_EQ(parseInstant(QStringLiteral("23.11.26")), kDay);
}

// As Salesforce reports, Excel and East Asian locales write dates.
TEST(DateParser, ReadsMonthNamesAndSlashedIsoDates)
{
    EXPECT_EQ(parseInstant(QStringLiteral("Nov 23, 2026")), kDay);
    EXPECT_EQ(parseInstant(QStringLiteral("November 23 2026 9:05 PM")), kDay + 21 * kHourMs + 5 * kMinuteMs);
    EXPECT_EQ(parseInstant(QStringLiteral("23-Nov-2026")), kDay);
    EXPECT_EQ(parseInstant(QStringLiteral("23 November 2026")), kDay);
    EXPECT_EQ(parseInstant(QStringLiteral("23-nov-26")), kDay);
    EXPECT_EQ(parseInstant(QStringLiteral("Sept 1, 2026")), parseInstant(QStringLiteral("2026-09-01")));
    EXPECT_EQ(parseInstant(QStringLiteral("2026/11/23")), kDay);
    EXPECT_EQ(parseInstant(QStringLiteral("2026/11/23 09:05")), kDay + 9 * kHourMs + 5 * kMinuteMs);
    for (const char *bad : {"Nov 31, 2026", "Foo 23, 2026", "23-Novembre-2026x", "2026/02/30", "Nov 23, 2026 13:00 PM"})
        EXPECT_FALSE(parseInstant(QString::fromLatin1(bad))) << bad;
}

TEST(DateParser, RefusesImpossibleAndUnknownDates)
{
    for (const char *bad : {"", "yesterday", "2/30/2026", "2026-13-01", "13/13/2026", "11/23/2026 13:00 PM",
                            "2026-11-23T25:00", "12345"}) {
        EXPECT_FALSE(parseInstant(QString::fromLatin1(bad))) << bad;
    }
}

TEST(DateParser, ReadsEpochAndWritesIso)
{
    EXPECT_EQ(parseInstant(QStringLiteral("1795392000")), kDay);
    EXPECT_EQ(parseInstant(QStringLiteral("1795392000000")), kDay);
    EXPECT_EQ(toIsoUtc(kDay + 9 * kHourMs), QStringLiteral("2026-11-23T09:00:00Z"));
}
