#include "core/security/Permissions.h"

#include "core/domain/User.h"

#include <gtest/gtest.h>

using namespace lr;

namespace {

User user(Role role, bool active = true)
{
    User u;
    u.id = 7;
    u.name = QStringLiteral("Someone");
    u.role = role;
    u.active = active;
    return u;
}

} // namespace

TEST(Permissions, RepsEnterLeadsButNeitherImportNorConfigure)
{
    EXPECT_TRUE(Permissions::allows(user(Role::Rep), Permission::EnterLeads));
    EXPECT_FALSE(Permissions::allows(user(Role::Rep), Permission::ImportLeads));
    EXPECT_FALSE(Permissions::allows(user(Role::Rep), Permission::ManageIntakeSettings));
    const Status refused = Permissions::check(user(Role::Rep), Permission::ImportLeads);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().contains(QStringLiteral("managers and administrators")));
}

TEST(Permissions, ManagersImportAndOnlyAdminsConfigureIntake)
{
    EXPECT_TRUE(Permissions::allows(user(Role::Manager), Permission::ImportLeads));
    EXPECT_FALSE(Permissions::allows(user(Role::Manager), Permission::ManageIntakeSettings));
    EXPECT_TRUE(Permissions::check(user(Role::Admin), Permission::ManageIntakeSettings).ok());
    EXPECT_TRUE(Permissions::check(user(Role::Admin), Permission::ImportLeads).ok());
}

TEST(Permissions, InactiveOrUnknownUsersMayDoNothing)
{
    for (const Permission p : {Permission::EnterLeads, Permission::ImportLeads, Permission::ManageIntakeSettings}) {
        EXPECT_FALSE(Permissions::allows(user(Role::Admin, false), p));
        EXPECT_FALSE(Permissions::allows(User{}, p));
        EXPECT_FALSE(Permissions::check(user(Role::Admin, false), p));
    }
}
