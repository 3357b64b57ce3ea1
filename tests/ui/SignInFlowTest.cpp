#include "ui/SignInFlow.h"

#include "core/routing/TeamService.h"

#include "tests/support/TestSupport.h"
#include "tests/ui/FakeUserPicker.h"
#include "tests/ui/UiFixture.h"
#include "ui/dialogs/FirstAdminDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

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

// A store made with `leadrelayctl init` has nobody: the first start sets up its administrator
// instead of ending at "nobody can sign in"; cancelling that leaves without a message.
TEST(SignInFlow, AStoreWithoutUsersSetsUpItsFirstAdministrator)
{
    test::IsolatedSettings settings;
    test::TempStore store;
    test::FakeUserPicker picker;
    QString message = QStringLiteral("unset");
    EXPECT_FALSE(SignInFlow(*store, picker).start(QString(), nullptr, &message));
    EXPECT_EQ(picker.firstAdminCalls, 1);
    EXPECT_EQ(picker.calls, 0);
    EXPECT_TRUE(message.isEmpty());

    ManualClock clock(test::kTestStart);
    picker.firstAdmin = [&clock](Store &s) -> std::optional<User> {
        const Result<Id> id =
            TeamService(s, clock).addFirstAdmin(QStringLiteral("Ada Admin"), QStringLiteral("ada@firma.pl"));
        return id ? s.users.find(id.value()) : std::nullopt;
    };
    const auto admin = SignInFlow(*store, picker).start(QString(), nullptr, &message);
    ASSERT_TRUE(admin);
    EXPECT_EQ(admin->role, Role::Admin);
    EXPECT_EQ(SignInFlow::lastUserEmail(), QStringLiteral("ada@firma.pl"));
    // From now on the usual sign-in: nobody is set up twice.
    picker.answerEmail = QStringLiteral("ada@firma.pl");
    EXPECT_TRUE(SignInFlow(*store, picker).start(QString(), nullptr, &message));
    EXPECT_EQ(picker.firstAdminCalls, 2);
    EXPECT_EQ(picker.calls, 1);
}

// Everybody deactivated: nobody can sign in, and the message says so.
TEST(SignInFlow, ExplainsThatAStoreWithoutActiveUsersHasNobodyToSignIn)
{
    test::IsolatedSettings settings;
    test::TempStore store;
    User gone;
    gone.name = QStringLiteral("Gone Rep");
    gone.email = QStringLiteral("gone@firma.pl");
    gone.active = false;
    ASSERT_TRUE(store->users.create(gone));
    test::FakeUserPicker picker;
    QString message;
    EXPECT_FALSE(SignInFlow(*store, picker).start(QString(), nullptr, &message));
    EXPECT_EQ(picker.calls, 0);
    EXPECT_EQ(picker.firstAdminCalls, 0);
    EXPECT_FALSE(message.isEmpty());
}

} // namespace

// The real set-up dialog: a bad address stays in the dialog with its reason; a good one creates
// the administrator and closes it.
TEST(FirstAdminDialog, CreatesTheAdministratorOrSaysWhyNot)
{
    test::TempStore store;
    ManualClock clock(test::kTestStart);
    lr::ui::FirstAdminDialog dialog(*store, clock);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Ada Admin"));
    QTest::keyClicks(dialog.emailEdit(), QStringLiteral("ada at firma"));
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.errorLabel()->isVisible());
    EXPECT_TRUE(store->users.all().isEmpty());
    dialog.emailEdit()->setText(QStringLiteral("ada@firma.pl"));
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.admin().email, QStringLiteral("ada@firma.pl"));
    EXPECT_EQ(dialog.admin().role, Role::Admin);
    EXPECT_EQ(store->users.all().size(), 1);
}
