#include "core/common/Clock.h"

#include <QDateTime>

#include <gtest/gtest.h>

using namespace lr;

TEST(ManualClock, OnlyMovesWhenTold)
{
    ManualClock clock(1000);
    EXPECT_EQ(clock.now(), 1000);
    clock.advance(5 * kMinuteMs);
    EXPECT_EQ(clock.now(), 1000 + 300000);
    clock.set(42);
    EXPECT_EQ(clock.now(), 42);
}

TEST(SystemClock, ReadsTheWallClock)
{
    SystemClock clock;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const Instant now = clock.now();
    EXPECT_GE(now, before);
    EXPECT_LE(now, QDateTime::currentMSecsSinceEpoch());
}
