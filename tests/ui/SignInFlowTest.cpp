#include "ui/SignInFlow.h"

#include "tests/support/TestSupport.h"
#include "tests/ui/FakeUserPicker.h"
#include "tests/ui/UiFixture.h"

#include <gtest/gtest.h>

using namespace lr;
using lr::ui::SignInFlow;

namespace {

class SignInFlowTest : public ::testing::Test
{
protected:
    void SetUp() override { org = test::createSalesOrg(*store); }

    test::IsolatedSettings settings;
    test::TempStore store;
    test::SalesOrg org;
    test::FakeUserPicker picker;
};

TEST_F(SignInFlowTest, SignsInTheUserGivenOnTheCommandLineWithoutAsking)
{
    QString message;
    const auto user = SignInFlow(*store, picker).start(org.anna.email.toUpper(), nullptr, &message);
    ASSERT_TRUE(user);
    EXPECT_EQ(user->id, org.anna.id);
    EXPECT_EQ(picker.calls, 0);
    EXPECT_TRUE(message.isEmpty());
    EXPECT_EQ(SignInFlow::lastUserEmail(), org.anna.email);
}

TEST_F(SignInFlowTest, AsksWhenTheEmailIsUnknownOrInactive)
{
    picker.answerEmail = org.carla.email;
    QString message;
    auto user = SignInFlow(*store, picker).start(QStringLiteral("nobody@example.com"), nullptr, &message);
    ASSERT_TRUE(user);
    EXPECT_EQ(user->id, org.carla.id);
    EXPECT_EQ(picker.calls, 1);
    EXPECT_TRUE(message.contains(QStringLiteral("nobody@example.com")));

    user = SignInFlow(*store, picker).start(org.inactive.email, nullptr, &message);
    EXPECT_EQ(picker.calls, 2);
    EXPECT_TRUE(message.contains(QStringLiteral("no longer active")));
}

TEST_F(SignInFlowTest, OffersOnlyActiveUsersAndPreselectsTheLastOne)
{
    SignInFlow::rememberUser(org.boris);
    picker.answerEmail = org.boris.email;
    const auto user = SignInFlow(*store, picker).start(QString(), nullptr);
    ASSERT_TRUE(user);
    EXPECT_EQ(picker.preselected, org.boris.id);
    EXPECT_EQ(picker.offered.size(), 6);
    for (const User &u : picker.offered)
        EXPECT_TRUE(u.active) << u.email.toStdString();
}

TEST_F(SignInFlowTest, CancellingSignsNobodyIn)
{
    picker.answerEmail.clear();
    EXPECT_FALSE(SignInFlow(*store, picker).start(QString(), nullptr));
    EXPECT_FALSE(SignInFlow(*store, picker).switchFrom(org.anna, nullptr));
    EXPECT_EQ(picker.preselected, org.anna.id);
}

TEST(SignInFlow, ExplainsThatAnEmptyStoreHasNobodyToSignIn)
{
    test::IsolatedSettings settings;
    test::TempStore store;
    test::FakeUserPicker picker;
    QString message;
    EXPECT_FALSE(SignInFlow(*store, picker).start(QString(), nullptr, &message));
    EXPECT_EQ(picker.calls, 0);
    EXPECT_FALSE(message.isEmpty());
}

} // namespace
