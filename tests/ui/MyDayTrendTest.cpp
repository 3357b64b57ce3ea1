#include "ui/pages/MyDayPage.h"

#include "core/store/RoutingRepository.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiFixture.h"

#include <QLabel>
#include <QListWidget>
#include <QScrollBar>
#include <QTest>

#include <gtest/gtest.h>

using namespace lr;

TEST(MyDayPage, AManagerSeesTodaysReassignmentsForBreachAndTheirFourteenDayTrend)
{
    test::TempStore store;
    const test::SalesOrg org = test::createSalesOrg(*store);
    ManualClock clock(test::kTestStart);
    Lead l;
    l.email = QStringLiteral("k@firma.de");
    l.emailKey = l.email;
    l.firstName = QStringLiteral("Kai");
    l.lastName = QStringLiteral("Test");
    l.ownerId = org.boris.id;
    l.createdAt = l.updatedAt = clock.now() - 3 * kDayMs;
    const Id lead = store->leads.create(l).value();
    RoutingRepository routing(store->database());
    for (const Instant at : {clock.now() - 3 * kDayMs + kMinuteMs, clock.now() - kMinuteMs}) {
        Assignment a;
        a.leadId = lead;
        a.userId = org.boris.id;
        a.previousUserId = org.anna.id;
        a.cause = AssignmentCause::SlaBreach;
        a.reason = QStringLiteral("SLA breach: rule 1");
        a.at = at;
        ASSERT_TRUE(routing.recordAssignment(a));
    }

    ui::MyDayPage page(*store, clock, org.northManager);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    ASSERT_TRUE(page.breachTrend()->isVisible());
    const QString trend = page.breachTrend()->text();
    EXPECT_TRUE(trend.contains(QStringLiteral("last 14 days"))) << trend.toStdString();
    EXPECT_TRUE(trend.contains(QStringLiteral("(2 in all)"))) << trend.toStdString();
    EXPECT_EQ(page.breachTrend()->toolTip().split(QLatin1Char('\n')).size(), ui::MyDayPage::kTrendDays);
    // Today's reassignment is listed with its reason; the one three days ago only counts in the trend.
    ASSERT_EQ(page.escalations()->count(), 1);
    EXPECT_TRUE(page.escalations()->item(0)->text().contains(QStringLiteral("SLA breach: rule 1")));

    page.setUser(org.anna);
    EXPECT_FALSE(page.breachTrend()->isVisible()) << "reps have no manager view";
}

TEST(MyDayPage, ALongReassignmentTrailWrapsInsteadOfScrollingSideways)
{
    test::TempStore store;
    const test::SalesOrg org = test::createSalesOrg(*store);
    ManualClock clock(test::kTestStart);
    Lead l;
    l.email = QStringLiteral("k@firma.de");
    l.emailKey = l.email;
    l.ownerId = org.boris.id;
    l.createdAt = l.updatedAt = clock.now() - kHourMs;
    const Id lead = store->leads.create(l).value();
    Assignment a;
    a.leadId = lead;
    a.userId = org.boris.id;
    a.previousUserId = org.anna.id;
    a.cause = AssignmentCause::SlaBreach;
    a.reason = QStringLiteral("reassigned for SLA breach: rule 1 Named account: firma.de is not a named account; "
                              "rule 3 Territory Europe (DE, AT, CH, PL, BG, RO) → team Europe, round robin → Boris");
    a.at = clock.now() - kMinuteMs;
    ASSERT_TRUE(RoutingRepository(store->database()).recordAssignment(a));

    ui::MyDayPage page(*store, clock, org.northManager);
    page.resize(900, 600);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    QListWidget *list = page.escalations();
    ASSERT_EQ(list->count(), 1);
    QCoreApplication::processEvents();
    // The whole trail is on screen: no sideways scrolling, the line is several lines tall.
    EXPECT_EQ(list->horizontalScrollBar()->maximum(), 0);
    const QRect line = list->visualItemRect(list->item(0));
    EXPECT_LE(line.right(), list->viewport()->width());
    EXPECT_GE(line.height(), 2 * list->fontMetrics().height()) << line.height();
}
