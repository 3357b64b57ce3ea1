#include "ui/models/LeadTableModel.h"

#include "tests/support/TestSupport.h"
#include "tests/ui/UiFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>

using namespace lr;
using lr::ui::LeadTableModel;
using Column = LeadTableModel::Column;

namespace {

constexpr int kLeads = 3000;

class LeadTableModelTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_store = std::make_unique<test::TempStore>();
        s_org = std::make_unique<test::SalesOrg>(test::createSalesOrg(s_store->store()));
        s_leads = std::make_unique<QList<Lead>>(test::createLeads(s_store->store(), *s_org, kLeads));
    }
    static void TearDownTestSuite()
    {
        s_leads.reset();
        s_org.reset();
        s_store.reset();
    }

    static Store &store() { return s_store->store(); }
    static const test::SalesOrg &org() { return *s_org; }
    static const QList<Lead> &leads() { return *s_leads; }

    static QVariant cell(const LeadTableModel &model, int row, Column column, int role = Qt::DisplayRole)
    {
        return model.index(row, static_cast<int>(column)).data(role);
    }

    static inline std::unique_ptr<test::TempStore> s_store;
    static inline std::unique_ptr<test::SalesOrg> s_org;
    static inline std::unique_ptr<QList<Lead>> s_leads;
};

TEST_F(LeadTableModelTest, PassesTheModelTesterThroughSortFilterAndRefresh)
{
    LeadTableModel model(store(), AccessScope::forUser(org().admin));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.sort(static_cast<int>(Column::Name), Qt::AscendingOrder);
    LeadFilter filter;
    filter.status = LeadStatus::Qualified;
    model.setFilter(filter);
    model.refresh();
    model.setScope(AccessScope::forUser(org().anna));
    EXPECT_GT(model.rowCount(), 0);
}

TEST_F(LeadTableModelTest, CountsEveryLeadForAnAdmin)
{
    LeadTableModel model(store(), AccessScope::forUser(org().admin));
    EXPECT_EQ(model.rowCount(), kLeads);
    EXPECT_EQ(model.totalCount(), kLeads);
    EXPECT_EQ(model.columnCount(), static_cast<int>(Column::Count));
}

TEST_F(LeadTableModelTest, ShowsTheNewestLeadFirstAndTheOldestLast)
{
    LeadTableModel model(store(), AccessScope::forUser(org().admin));
    const Lead &newest = leads().first();
    const Lead &oldest = leads().last();
    EXPECT_EQ(cell(model, 0, Column::Name).toString(), QStringLiteral("Zofia Kowalczyk"));
    EXPECT_EQ(cell(model, 0, Column::Email).toString(), newest.email);
    EXPECT_EQ(cell(model, 0, Column::Name, LeadTableModel::IdRole).toLongLong(), newest.id);
    EXPECT_EQ(cell(model, 0, Column::Created, LeadTableModel::SortRole).toLongLong(), newest.createdAt);
    EXPECT_EQ(cell(model, kLeads - 1, Column::Email).toString(), oldest.email);
    EXPECT_EQ(cell(model, kLeads - 1, Column::Created, LeadTableModel::SortRole).toLongLong(), oldest.createdAt);
}

TEST_F(LeadTableModelTest, ShowsStatusSourceAndOwnerByName)
{
    LeadTableModel model(store(), AccessScope::forUser(org().admin));
    const Lead &lead = leads().at(3);
    EXPECT_EQ(cell(model, 3, Column::Status).toString(), displayName(lead.status));
    EXPECT_EQ(cell(model, 3, Column::Status, LeadTableModel::StatusRole).toInt(), static_cast<int>(lead.status));
    EXPECT_EQ(cell(model, 3, Column::Source).toString(), displayName(lead.source));
    EXPECT_EQ(cell(model, 3, Column::Owner).toString(), lead.ownerName);
    EXPECT_EQ(cell(model, 3, Column::Company).toString(), lead.companyName);
    EXPECT_EQ(cell(model, 3, Column::Country).toString(), lead.country);
    EXPECT_FALSE(cell(model, 3, Column::Created).toString().isEmpty());
    EXPECT_EQ(model.headerData(static_cast<int>(Column::Email), Qt::Horizontal).toString(), QStringLiteral("Email"));
}

TEST_F(LeadTableModelTest, SortingByNameOrdersRowsByLastNameBothWays)
{
    LeadTableModel model(store(), AccessScope::forUser(org().admin));
    model.sort(static_cast<int>(Column::Name), Qt::AscendingOrder);
    EXPECT_EQ(model.leadSort().key, LeadSortKey::Name);
    QString previous;
    for (int row = 0; row < 500; ++row) {
        const QString name = cell(model, row, Column::Name, LeadTableModel::SortRole).toString();
        ASSERT_LE(previous.compare(name, Qt::CaseInsensitive), 0) << row;
        previous = name;
    }
    const QString firstAscending = cell(model, 0, Column::Name, LeadTableModel::SortRole).toString();
    model.sort(static_cast<int>(Column::Name), Qt::DescendingOrder);
    EXPECT_EQ(cell(model, kLeads - 1, Column::Name, LeadTableModel::SortRole).toString(), firstAscending);
    EXPECT_NE(cell(model, 0, Column::Name, LeadTableModel::SortRole).toString(), firstAscending);
}

TEST_F(LeadTableModelTest, FilteringByStatusNarrowsTheRows)
{
    LeadTableModel model(store(), AccessScope::forUser(org().admin));
    LeadFilter filter;
    filter.status = LeadStatus::Qualified;
    model.setFilter(filter);
    const qint64 expected = test::countIf(leads(), [](const Lead &l) { return l.status == LeadStatus::Qualified; });
    ASSERT_GT(expected, 0);
    EXPECT_EQ(model.rowCount(), expected);
    for (int row = 0; row < model.rowCount(); ++row)
        ASSERT_EQ(cell(model, row, Column::Status, LeadTableModel::StatusRole).toInt(),
                  static_cast<int>(LeadStatus::Qualified));
}

TEST_F(LeadTableModelTest, SearchFindsALeadByTheStartOfItsName)
{
    LeadTableModel model(store(), AccessScope::forUser(org().admin));
    LeadFilter filter;
    filter.text = QStringLiteral("zof kowal");
    model.setFilter(filter);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(cell(model, 0, Column::Email).toString(), leads().first().email);
}

TEST_F(LeadTableModelTest, ARepSeesOnlyTheirOwnLeads)
{
    LeadTableModel model(store(), AccessScope::forUser(org().anna));
    const qint64 own = test::countIf(leads(), [&](const Lead &l) { return l.ownerId == org().anna.id; });
    ASSERT_GT(own, 0);
    EXPECT_EQ(model.rowCount(), own);
    for (int row = 0; row < model.rowCount(); ++row)
        ASSERT_EQ(cell(model, row, Column::Owner).toString(), org().anna.name);
}

TEST_F(LeadTableModelTest, AManagerSeesTheLeadsOfTheirTeam)
{
    LeadTableModel model(store(), AccessScope::forUser(org().northManager));
    const QList<Id> team{org().northManager.id, org().anna.id, org().boris.id};
    EXPECT_EQ(model.rowCount(), test::countIf(leads(), [&](const Lead &l) { return team.contains(l.ownerId); }));
    LeadFilter mine;
    mine.ownerId = org().boris.id;
    model.setFilter(mine);
    EXPECT_EQ(model.rowCount(), test::countIf(leads(), [&](const Lead &l) { return l.ownerId == org().boris.id; }));
}

TEST_F(LeadTableModelTest, KeepsOnlyABoundedNumberOfPagesWhileScrollingEverything)
{
    LeadTableModel model(store(), AccessScope::forUser(org().admin));
    EXPECT_EQ(model.cachedPageCount(), 0);
    for (int row = 0; row < model.rowCount(); ++row)
        ASSERT_FALSE(cell(model, row, Column::Email).toString().isEmpty()) << row;
    EXPECT_LE(model.cachedPageCount(), LeadTableModel::kMaxCachedPages);
    EXPECT_EQ(model.cachedPageCount(), (kLeads + LeadTableModel::kPageSize - 1) / LeadTableModel::kPageSize);

    // Jumping straight to the end reads one page, not everything before it.
    model.refresh();
    EXPECT_EQ(cell(model, kLeads - 1, Column::Email).toString(), leads().last().email);
    EXPECT_EQ(model.cachedPageCount(), 1);
}

TEST_F(LeadTableModelTest, FindsTheRowOfALeadAroundAHint)
{
    LeadTableModel model(store(), AccessScope::forUser(org().admin));
    EXPECT_EQ(model.rowOfId(leads().at(1234).id, 1234), 1234);
    EXPECT_EQ(model.rowOfId(leads().at(1234).id), 1234); // now cached
    EXPECT_EQ(model.rowOfId(-5, 10), -1);
}

TEST(LeadTableModel, ShowsALeadAddedToTheStoreAfterRefresh)
{
    test::TempStore store;
    const test::SalesOrg org = test::createSalesOrg(*store);
    test::createLeads(*store, org, 50);
    LeadTableModel model(*store, AccessScope::forUser(org.admin));
    ASSERT_EQ(model.rowCount(), 50);

    Lead fresh;
    fresh.firstName = QStringLiteral("Newest");
    fresh.lastName = QStringLiteral("Lead");
    fresh.email = QStringLiteral("newest@example.com");
    fresh.ownerId = org.anna.id;
    fresh.createdAt = test::kTestStart + kHourMs;
    ASSERT_TRUE(store->leads.create(fresh).ok());

    QSignalSpy reset(&model, &LeadTableModel::modelReset);
    model.refresh();
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model.rowCount(), 51);
    EXPECT_EQ(model.index(0, static_cast<int>(Column::Email)).data().toString(), fresh.email);
}

TEST(LeadTableModel, DoesNotResetWhenTheFilterOrSortIsUnchanged)
{
    test::TempStore store;
    const test::SalesOrg org = test::createSalesOrg(*store);
    test::createLeads(*store, org, 10);
    LeadTableModel model(*store, AccessScope::forUser(org.admin));
    QSignalSpy reset(&model, &LeadTableModel::modelReset);
    model.setFilter({});
    model.sort(static_cast<int>(Column::Created), Qt::DescendingOrder);
    EXPECT_EQ(reset.count(), 0);
    model.sort(static_cast<int>(Column::Created), Qt::AscendingOrder);
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model.index(0, static_cast<int>(Column::Name)).data().toString(), QStringLiteral("Julia Lewandowski"));
}

} // namespace
