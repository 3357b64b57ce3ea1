#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>

using namespace lr;

TEST(SettingsRepository, StoresReplacesAndRemovesValues)
{
    test::TempStore store;
    EXPECT_EQ(store->settings.value(QStringLiteral("webhook/port"), QStringLiteral("8085")), QStringLiteral("8085"));
    ASSERT_TRUE(store->settings.setValue(QStringLiteral("webhook/port"), QStringLiteral("9000")));
    ASSERT_TRUE(store->settings.setValue(QStringLiteral("webhook/port"), QStringLiteral("9001")));
    EXPECT_EQ(store->settings.value(QStringLiteral("webhook/port")), QStringLiteral("9001"));
    // An empty value is a value, not "unset".
    ASSERT_TRUE(store->settings.setValue(QStringLiteral("webhook/token"), QString()));
    EXPECT_EQ(store->settings.value(QStringLiteral("webhook/token"), QStringLiteral("x")), QString());
    ASSERT_TRUE(store->settings.remove(QStringLiteral("webhook/port")));
    EXPECT_EQ(store->settings.value(QStringLiteral("webhook/port"), QStringLiteral("8085")), QStringLiteral("8085"));
    EXPECT_FALSE(store->settings.setValue(QStringLiteral("  "), QStringLiteral("v")));
}
