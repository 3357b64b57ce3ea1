#include "core/demo/DemoDataGenerator.h"
#include "core/scoring/ScoringService.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace lr;

TEST(DemoScoring, EveryDemoLeadIsScoredAndClassedWithAnExplanation)
{
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    DemoOptions options;
    options.leads = 150;
    const auto summary = DemoDataGenerator(*store, clock).generate(options);
    ASSERT_TRUE(summary) << summary.error().toStdString();
    QSet<QString> classes;
    int explained = 0;
    store->leads.forEach(AccessScope::system(), [&](const Lead &lead) {
        EXPECT_FALSE(lead.scoreClass.isEmpty()) << lead.id;
        EXPECT_FALSE(lead.nextStep.isEmpty()) << lead.id;
        EXPECT_GE(lead.score, 0);
        EXPECT_LE(lead.score, 100);
        classes.insert(lead.scoreClass);
        const auto latest = store->scores.latest(lead.id);
        if (latest && latest->result.score == lead.score && latest->result.rulesVersion == 1)
            ++explained;
        return true;
    });
    EXPECT_EQ(explained, 150);
    EXPECT_GE(classes.size(), 2); // a realistic mix, not one class for everybody
}
