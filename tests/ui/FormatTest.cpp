#include "ui/Format.h"

#include <QLocale>

#include <gtest/gtest.h>

using namespace lr;
using lr::ui::Format;

namespace {

class FormatTest : public ::testing::Test
{
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void TearDown() override { QLocale::setDefault(m_before); }

private:
    QLocale m_before;
};

TEST_F(FormatTest, CountsLeadsWithDigitGroupingAndPlural)
{
    EXPECT_EQ(Format::leadCount(0), QStringLiteral("0 leads"));
    EXPECT_EQ(Format::leadCount(1), QStringLiteral("1 lead"));
    EXPECT_EQ(Format::leadCount(1234), QStringLiteral("1,234 leads"));
    EXPECT_EQ(Format::leadCount(1000000), QStringLiteral("1,000,000 leads"));
}

TEST_F(FormatTest, SaysHowLongAgoSomethingHappened)
{
    const Instant now = 1795424400000; // a Monday, 09:00 UTC
    EXPECT_EQ(Format::relative(now - 20 * kSecondMs, now), QStringLiteral("just now"));
    EXPECT_EQ(Format::relative(now - 5 * kMinuteMs, now), QStringLiteral("5 min ago"));
    EXPECT_EQ(Format::relative(now + 5 * kMinuteMs, now), QStringLiteral("in 5 min"));
    EXPECT_EQ(Format::relative(now - 3 * kHourMs, now), QStringLiteral("3 h ago"));
    EXPECT_EQ(Format::relative(now - 3 * kDayMs, now), QStringLiteral("3 days ago"));
    EXPECT_EQ(Format::relative(now - 30 * kDayMs, now), Format::date(now - 30 * kDayMs));
}

TEST_F(FormatTest, ShortensDurations)
{
    EXPECT_EQ(Format::duration(40 * kSecondMs), QStringLiteral("40 s"));
    EXPECT_EQ(Format::duration(4 * kMinuteMs), QStringLiteral("4 min"));
    EXPECT_EQ(Format::duration(2 * kHourMs + 5 * kMinuteMs), QStringLiteral("2 h 5 min"));
    EXPECT_EQ(Format::duration(kDayMs), QStringLiteral("1 day"));
    EXPECT_EQ(Format::duration(3 * kDayMs), QStringLiteral("3 days"));
    EXPECT_TRUE(Format::dateTime(0).isEmpty());
}

} // namespace
