#include "ui/pages/DashboardPage.h"
#include "core/domain/Event.h"
#include "tests/ui/FakeUserPicker.h"
#include "tests/ui/UiFixture.h"
#include "ui/MainWindow.h"
#include "ui/dashboard/DashboardTable.h"
#include "ui/dashboard/DrillDownDialog.h"
#include "ui/dashboard/KpiTile.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace lr;
using namespace lr::ui;

namespace {

class DashboardPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        org = test::createSalesOrg(*store);
        leads = test::createLeads(*store, org, 30);
        // Anna touches three of her leads after 2, 4 and 10 minutes: median 4 min.
        const qint64 delays[] = {2, 4, 10};
        int touched = 0;
        for (const Lead &l : leads) {
            if (l.ownerId != org.anna.id || touched == 3)
                continue;
            Event e;
            e.type = events::FirstTouch;
            e.leadId = l.id;
            e.userId = org.anna.id;
            e.at = l.createdAt + delays[touched++] * kMinuteMs;
            ASSERT_TRUE(store->events.append(e));
        }
    }

    std::unique_ptr<DashboardPage> openAs(const User &user)
    {
        auto page = std::make_unique<DashboardPage>(*store, clock, user);
        page->setSaveFileProvider(
            [this](QWidget *, const QString &suggested, const QString &) { return dir.filePath(suggested); });
        page->resize(1400, 900);
        page->show();
        EXPECT_TRUE(test::waitFor([&] { return page->hasLoaded() && !page->isLoading(); }, 10000));
        return page;
    }

    qint64 ownedBy(const QList<Id> &owners) const
    {
        return test::countIf(leads, [&](const Lead &l) { return owners.contains(l.ownerId); });
    }

    test::IsolatedSettings settings;
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    QTemporaryDir dir;
    test::SalesOrg org;
    QList<Lead> leads;
};

} // namespace

TEST_F(DashboardPageTest, ShowsTilesWithBandAndChartsForTheManagersTeam)
{
    const auto page = openAs(org.northManager);
    EXPECT_EQ(page->report().speedToLead.leads, ownedBy({org.anna.id, org.boris.id, org.northManager.id}));
    KpiTile *speed = page->tile(Kpi::SpeedToLeadMedian);
    EXPECT_EQ(speed->valueText(), QStringLiteral("4 min"));
    EXPECT_EQ(speed->health(), KpiHealth::Good);
    // Unscored leads: the qualified and converted ones count as SQL and therefore as MQL (stages are
    // cumulative), so MQL→SQL is 100 %, above its 20–30 % band.
    EXPECT_GT(page->report().funnel.mql, 0);
    EXPECT_EQ(page->report().funnel.sql, page->report().funnel.mql);
    EXPECT_EQ(page->tile(Kpi::MqlToSql)->health(), KpiHealth::Good);
    for (int i = 0; i < static_cast<int>(DashboardPage::Chart::Count); ++i)
        EXPECT_NE(page->chartView(static_cast<DashboardPage::Chart>(i))->chart(), nullptr);
    // Carla (south) is in no row of the manager's breakdown.
    for (int r = 0; r < page->repTable()->table()->rowCount(); ++r)
        EXPECT_NE(page->repTable()->table()->item(r, 0)->text(), org.carla.name);
}

TEST_F(DashboardPageTest, RepSeesOnlyTheirOwnFigures)
{
    const auto page = openAs(org.anna);
    EXPECT_EQ(page->report().speedToLead.leads, ownedBy({org.anna.id}));
    EXPECT_FALSE(page->repFilter()->isEnabled());
    EXPECT_EQ(page->report().filter.repId, org.anna.id);
}

TEST_F(DashboardPageTest, ClickingATileListsTheLeadsBehindIt)
{
    const auto page = openAs(org.admin);
    KpiTile *speed = page->tile(Kpi::SpeedToLeadMedian);
    QTest::mouseClick(speed, Qt::LeftButton);
    ASSERT_TRUE(test::waitFor([&] { return page->drillDown() != nullptr; }));
    EXPECT_EQ(page->drillDown()->table()->table()->rowCount(), 3);
    const QString path = page->drillDown()->table()->exportWithDialog();
    ASSERT_FALSE(path.isEmpty());
    QFile csv(path);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    EXPECT_TRUE(text.startsWith(QStringLiteral("Lead,Email,Owner,Source,Created,First touch\r\n")));
    EXPECT_EQ(text.count(QStringLiteral("\r\n")), 4);
}

TEST_F(DashboardPageTest, ExportsTablesAsCsvAndTheDashboardAsPngAndPdf)
{
    const auto page = openAs(org.admin);
    QTest::mouseClick(page->repTable()->findChild<QPushButton *>(QStringLiteral("exportCsvButton")), Qt::LeftButton);
    QFile csv(dir.filePath(QStringLiteral("by-rep.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(csv.readAll()).contains(org.anna.name));
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("exportPngButton")), Qt::LeftButton);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("exportPdfButton")), Qt::LeftButton);
    QFile png(dir.filePath(QStringLiteral("dashboard.png")));
    QFile pdf(dir.filePath(QStringLiteral("dashboard.pdf")));
    ASSERT_TRUE(png.open(QIODevice::ReadOnly));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(png.read(8).startsWith("\x89PNG"));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF"));
}

TEST_F(DashboardPageTest, PeriodPickerReloadsWithTheChosenPeriod)
{
    const auto page = openAs(org.admin);
    EXPECT_EQ(page->report().filter.from, test::kTestStart - 30 * kDayMs);
    QSignalSpy loaded(page.get(), &DashboardPage::loaded);
    page->periodPicker()->setCurrentIndex(0); // this week: from Monday 00:00 UTC
    ASSERT_TRUE(test::waitFor([&] { return loaded.count() > 0 && !page->isLoading(); }, 10000));
    EXPECT_EQ(page->report().filter.from, test::kTestStart - 9 * kHourMs);
    EXPECT_EQ(page->report().speedToLead.touched, 3);
    // The week before had no leads: no trend arrow without a previous figure.
    EXPECT_TRUE(page->tile(Kpi::SpeedToLeadMedian)->trendText().isEmpty());
}

TEST_F(DashboardPageTest, MainWindowOpensTheDashboardForEveryRole)
{
    test::FakeUserPicker picker;
    for (const User &user : {org.admin, org.northManager, org.anna}) {
        MainWindow window(*store, clock, picker, user);
        window.show();
        window.showPage(MainWindow::Page::Dashboard);
        EXPECT_EQ(window.currentPage(), MainWindow::Page::Dashboard) << user.email.toStdString();
        ASSERT_TRUE(test::waitFor([&] { return window.dashboardPage()->hasLoaded(); }, 10000));
        while (window.dashboardPage()->isLoading())
            QTest::qWait(10);
    }
}
