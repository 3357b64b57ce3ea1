#include "ui/models/TeamTableModel.h"

#include "core/store/Store.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiFixture.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace lr;
using lr::ui::TeamTableModel;
using Column = TeamTableModel::Column;

namespace {

QStringList names(const TeamTableModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, static_cast<int>(Column::Name)).data().toString());
    return out;
}

TEST(TeamTableModel, AManagerSeesTheirTeamAndAnAdminEveryone)
{
    test::TempStore store;
    const test::SalesOrg org = test::createSalesOrg(*store);
    ManualClock clock(test::kTestStart);
    TeamTableModel model(*store, clock, AccessScope::forUser(org.northManager));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(names(model), (QStringList{QStringLiteral("Anna Nowak"), QStringLiteral("Boris Ivanov"),
                                         QStringLiteral("Nina Manager")}));
    model.setScope(AccessScope::forUser(org.admin));
    EXPECT_EQ(model.rowCount(), 7); // inactive users included, shown as such
}

TEST(TeamTableModel, ShowsRoleTeamCapacityAndWhoIsOutOfOfficeNow)
{
    test::TempStore store;
    const test::SalesOrg org = test::createSalesOrg(*store);
    ASSERT_TRUE(store->users
                    .addAbsence(org.carla.id,
                                {test::kTestStart - kDayMs, test::kTestStart + 3 * kDayMs, QStringLiteral("Holiday")})
                    .ok());
    ManualClock clock(test::kTestStart);
    TeamTableModel model(*store, clock, AccessScope::forUser(org.southManager));
    int carlaRow = -1;
    int inactiveRow = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.userAt(row).id == org.carla.id)
            carlaRow = row;
        if (model.userAt(row).id == org.inactive.id)
            inactiveRow = row;
    }
    ASSERT_GE(carlaRow, 0);
    ASSERT_GE(inactiveRow, 0);
    auto text = [&](int row, Column c) { return model.index(row, static_cast<int>(c)).data().toString(); };
    EXPECT_EQ(text(carlaRow, Column::Role), displayName(Role::Rep));
    EXPECT_EQ(text(carlaRow, Column::Team), QStringLiteral("South"));
    EXPECT_EQ(text(carlaRow, Column::Capacity), QStringLiteral("40"));
    EXPECT_EQ(text(carlaRow, Column::Territories), QStringLiteral("PL, BG"));
    EXPECT_TRUE(text(carlaRow, Column::OutOfOffice).contains(QStringLiteral("Holiday")));
    EXPECT_EQ(text(carlaRow, Column::Active), QStringLiteral("Active"));
    EXPECT_EQ(text(inactiveRow, Column::Active), QStringLiteral("Inactive"));
    EXPECT_TRUE(text(inactiveRow, Column::OutOfOffice).isEmpty());

    clock.set(test::kTestStart + 4 * kDayMs);
    EXPECT_TRUE(text(carlaRow, Column::OutOfOffice).isEmpty());
}

} // namespace
