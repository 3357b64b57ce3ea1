#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>

using namespace lr;

TEST(RuleRepository, SavingAddsTheNextActiveVersionAndKeepsTheOld)
{
    test::TempStore store;
    EXPECT_EQ(store->rules.activeVersion(QStringLiteral("scoring")), 0);
    EXPECT_FALSE(store->rules.active(QStringLiteral("scoring")));
    const auto v1 = store->rules.save(QStringLiteral("scoring"), {{QStringLiteral("n"), 1}}, 0, test::kTestStart);
    ASSERT_TRUE(v1) << v1.error().toStdString();
    const auto v2 = store->rules.save(QStringLiteral("scoring"), {{QStringLiteral("n"), 2}}, 0, test::kTestStart + 1);
    ASSERT_TRUE(v2);
    store->rules.save(QStringLiteral("routing"), {{QStringLiteral("n"), 9}}, 0, test::kTestStart);
    EXPECT_EQ(v1->version, 1);
    EXPECT_EQ(v2->version, 2);
    EXPECT_EQ(store->rules.activeVersion(QStringLiteral("scoring")), 2);
    EXPECT_EQ(store->rules.active(QStringLiteral("scoring"))->document.value(QStringLiteral("n")).toInt(), 2);
    EXPECT_EQ(store->rules.version(QStringLiteral("scoring"), 1)->document.value(QStringLiteral("n")).toInt(), 1);
    EXPECT_FALSE(store->rules.version(QStringLiteral("scoring"), 1)->active);
    const QList<RuleDocument> all = store->rules.versions(QStringLiteral("scoring"));
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.first().version, 2);
    EXPECT_EQ(store->rules.activeVersion(QStringLiteral("routing")), 1);
}
