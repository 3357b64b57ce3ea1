#include "ui/widgets/ScorePanel.h"

#include "core/intake/IntakeProcessor.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiFixture.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace lr;
using lr::ui::ScorePanel;

namespace {

struct Fixture
{
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    test::SalesOrg org = test::createSalesOrg(*store);
    Id leadId = 0;

    Fixture()
    {
        IntakeProcessor intake(*store, clock);
        leadId = intake
                     .submit(JournalEntry::Channel::Webhook, QStringLiteral("web"),
                             {{QStringLiteral("email"), QStringLiteral("maria@acme-software.de")},
                              {QStringLiteral("title"), QStringLiteral("CEO")},
                              {QStringLiteral("employees"), 120},
                              {QStringLiteral("form_type"), QStringLiteral("demo_request")}})
                     .leadId;
        store->leads.setOwner(leadId, org.anna.id, clock.now());
    }
};

} // namespace

TEST(ScorePanel, ShowsTheAxesTheClassAndWhy)
{
    Fixture f;
    ScorePanel panel(*f.store, f.clock);
    panel.showLead(AccessScope::forUser(f.org.anna), f.leadId);
    EXPECT_EQ(panel.bar(ScoreAxis::Fit)->value(), 35);
    EXPECT_EQ(panel.bar(ScoreAxis::Intent)->value(), 25);
    EXPECT_EQ(panel.bar(ScoreAxis::Timing)->value(), 0);
    EXPECT_EQ(panel.classBadge()->text(), QStringLiteral("SQL · 60"));
    ASSERT_EQ(panel.breakdown()->count(), 3);
    EXPECT_TRUE(panel.breakdown()->item(0)->text().startsWith(QStringLiteral("+25 Demo request form, ")));
    EXPECT_TRUE(panel.breakdown()->item(0)->toolTip().contains(QStringLiteral("Form type: demo_request")));
    EXPECT_TRUE(panel.breakdown()->item(0)->text().endsWith(QStringLiteral("\n    Form type: demo_request")))
        << panel.breakdown()->item(0)->text().toStdString();
}

TEST(ScorePanel, TakesOnlyTheHeightItsReasonsNeedAndNoRoomForAnEmptyHistory)
{
    Fixture f;
    ScorePanel panel(*f.store, f.clock);
    panel.show();
    panel.showLead(AccessScope::forUser(f.org.carla), f.leadId); // nothing to show
    const int empty = panel.breakdown()->height();
    panel.showLead(AccessScope::forUser(f.org.anna), f.leadId);
    const int lines = panel.breakdown()->fontMetrics().lineSpacing();
    // Three reasons of two lines each: six lines, and no more than eight ever.
    EXPECT_GE(panel.breakdown()->height(), empty + 5 * lines);
    EXPECT_LE(panel.breakdown()->height(), empty + 7 * lines);
    // One score draws no line: the sparkline gives its room to the next step.
    EXPECT_EQ(panel.sparkline()->scores().size(), 1);
    EXPECT_FALSE(panel.sparkline()->isVisible());
    QComboBox *budget = panel.bantEditor(0);
    budget->setCurrentIndex(budget->findData(QStringLiteral("approved")));
    QTest::mouseClick(panel.saveBantButton(), Qt::LeftButton);
    EXPECT_TRUE(panel.sparkline()->isVisible());
}

TEST(ScorePanel, ARepsBantEditRescoresTheLead)
{
    Fixture f;
    ScorePanel panel(*f.store, f.clock);
    panel.showLead(AccessScope::forUser(f.org.anna), f.leadId);
    QSignalSpy changed(&panel, &ScorePanel::scoreChanged);
    QComboBox *budget = panel.bantEditor(0);
    budget->setCurrentIndex(budget->findData(QStringLiteral("approved")));
    QTest::mouseClick(panel.saveBantButton(), Qt::LeftButton);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(f.store->leads.find(AccessScope::system(), f.leadId)->score, 70);
    EXPECT_EQ(panel.bar(ScoreAxis::Timing)->value(), 10);
    EXPECT_EQ(panel.sparkline()->scores(), (QList<int>{60, 70}));
}

TEST(ScorePanel, AnotherRepSeesNothing)
{
    Fixture f;
    ScorePanel panel(*f.store, f.clock);
    panel.showLead(AccessScope::forUser(f.org.carla), f.leadId);
    EXPECT_FALSE(panel.isEnabled());
    EXPECT_EQ(panel.breakdown()->count(), 0);
}
