#include "ui/dialogs/SignInDialog.h"

#include "tests/support/TestSupport.h"
#include "tests/ui/UiFixture.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace lr;
using lr::ui::SignInDialog;

TEST(SignInDialog, ListsUsersWithRoleAndTeamAndPreselectsTheLastOne)
{
    test::TempStore store;
    const test::SalesOrg org = test::createSalesOrg(*store);
    SignInDialog dialog(store->users.all(), store->teams.all(), org.carla.id);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTreeWidget *list = dialog.userList();
    EXPECT_EQ(list->topLevelItemCount(), 7);
    ASSERT_TRUE(list->currentItem());
    EXPECT_EQ(list->currentItem()->text(0), org.carla.name);
    EXPECT_EQ(list->currentItem()->text(1), displayName(Role::Rep));
    EXPECT_EQ(list->currentItem()->text(2), QStringLiteral("South"));
    EXPECT_EQ(dialog.selectedUser()->id, org.carla.id);
}

TEST(SignInDialog, TypingFiltersTheListAndEnterSignsIn)
{
    test::TempStore store;
    const test::SalesOrg org = test::createSalesOrg(*store);
    SignInDialog dialog(store->users.all(), store->teams.all(), 0);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.filterEdit(), QStringLiteral("boris"));
    int visible = 0;
    for (int i = 0; i < dialog.userList()->topLevelItemCount(); ++i)
        visible += dialog.userList()->topLevelItem(i)->isHidden() ? 0 : 1;
    EXPECT_EQ(visible, 1);
    ASSERT_TRUE(dialog.selectedUser());
    EXPECT_EQ(dialog.selectedUser()->id, org.boris.id);

    QTest::keyClick(dialog.filterEdit(), Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST(SignInDialog, CannotSignInWhenNothingMatches)
{
    test::TempStore store;
    test::createSalesOrg(*store);
    SignInDialog dialog(store->users.all(), store->teams.all(), 0);
    dialog.show();
    QTest::keyClicks(dialog.filterEdit(), QStringLiteral("zzz"));
    EXPECT_FALSE(dialog.selectedUser());
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());
}

// Long names, roles and teams (Russian role names, a team named at length) do not make the list
// scroll sideways: the dialog is as wide as its columns need (within 90 % of the screen).
TEST(SignInDialog, IsAsWideAsItsColumnsNeed)
{
    test::TempStore store;
    const test::SalesOrg org = test::createSalesOrg(*store);
    QList<User> users = store->users.all();
    users.first().name = QStringLiteral("Maria Georgieva-Wiśniewska");
    QList<Team> teams = store->teams.all();
    for (Team &team : teams)
        team.name = QStringLiteral("Central and Eastern Europe");
    SignInDialog dialog(users, teams, org.carla.id);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTreeWidget *list = dialog.userList();
    QApplication::processEvents();
    const int needed =
        list->columnWidth(0) + list->columnWidth(1) + list->fontMetrics().horizontalAdvance(teams.first().name);
    EXPECT_LE(needed, list->viewport()->width());
    EXPECT_FALSE(list->horizontalScrollBar()->isVisible());
}
