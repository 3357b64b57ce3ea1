#include "ui/MainWindow.h"

#include "core/store/Store.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/FakeUserPicker.h"
#include "tests/ui/UiFixture.h"
#include "ui/models/LeadTableModel.h"
#include "ui/models/TeamTableModel.h"
#include "ui/models/TimelineModel.h"
#include "ui/pages/LeadDetailPanel.h"
#include "ui/pages/LeadFilterBar.h"
#include "ui/pages/LeadListPage.h"
#include "ui/pages/TeamPage.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace lr;
using lr::ui::LeadDetailPanel;
using lr::ui::LeadTableModel;
using lr::ui::MainWindow;

namespace {

constexpr int kLeads = 600;

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        org = test::createSalesOrg(*store);
        leads = test::createLeads(*store, org, kLeads);
    }

    std::unique_ptr<MainWindow> openAs(const User &user)
    {
        auto window = std::make_unique<MainWindow>(*store, clock, picker, user);
        window->show();
        QApplication::setActiveWindow(window.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        return window;
    }

    static QTableView *table(const MainWindow &w) { return w.leadListPage()->table(); }
    static int rows(const MainWindow &w) { return table(w)->model()->rowCount(); }

    static bool navigationShows(const MainWindow &w, const QString &text)
    {
        for (int i = 0; i < w.navigation()->count(); ++i) {
            if (w.navigation()->item(i)->text() == text && !w.navigation()->item(i)->isHidden())
                return true;
        }
        return false;
    }

    qint64 ownedBy(Id owner) const
    {
        return test::countIf(leads, [owner](const Lead &l) { return l.ownerId == owner; });
    }

    test::IsolatedSettings settings;
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    test::FakeUserPicker picker;
    test::SalesOrg org;
    QList<Lead> leads;
};

TEST_F(MainWindowTest, ShowsTheLeadsOfAPopulatedStore)
{
    auto window = openAs(org.admin);
    EXPECT_EQ(window->windowTitle(), QStringLiteral("LeadRelay — Ada Admin"));
    EXPECT_EQ(rows(*window), kLeads);
    QTableView *view = table(*window);
    EXPECT_EQ(view->rowAt(0), 0);
    EXPECT_EQ(view->indexAt(QPoint(5, 5)).data().toString(), QStringLiteral("Zofia Kowalczyk"));
    EXPECT_TRUE(view->horizontalHeader()->isSortIndicatorShown());
    EXPECT_EQ(view->horizontalHeader()->sortIndicatorSection(), static_cast<int>(LeadTableModel::Column::Created));
    auto *count = window->findChild<QLabel *>(QStringLiteral("countLabel"));
    ASSERT_TRUE(count);
    EXPECT_TRUE(count->text().contains(QStringLiteral("600")));
    EXPECT_TRUE(navigationShows(*window, QStringLiteral("Leads")));
    EXPECT_TRUE(navigationShows(*window, QStringLiteral("Team")));
    auto *user = window->findChild<QLabel *>(QStringLiteral("statusUser"));
    EXPECT_EQ(user->text(), QStringLiteral("Ada Admin · Administrator"));
}

TEST_F(MainWindowTest, TypingInTheSearchBoxNarrowsTheListAfterAPause)
{
    auto window = openAs(org.admin);
    QLineEdit *search = window->leadListPage()->filterBar()->searchEdit();
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("Kowalcz"));
    EXPECT_EQ(rows(*window), kLeads) << "the search waits until typing stops";
    ASSERT_TRUE(test::waitFor([&] { return rows(*window) == 1; }));
    EXPECT_EQ(table(*window)->model()->index(0, 0).data().toString(), QStringLiteral("Zofia Kowalczyk"));

    auto *emptyHint = table(*window)->viewport()->findChild<QLabel *>();
    ASSERT_TRUE(emptyHint);
    EXPECT_FALSE(emptyHint->isVisible());
    QTest::keyClicks(search, QStringLiteral(" nobody"));
    ASSERT_TRUE(test::waitFor([&] { return rows(*window) == 0; }));
    EXPECT_TRUE(emptyHint->isVisible());
    EXPECT_TRUE(emptyHint->text().startsWith(QStringLiteral("No leads match")));

    search->clear(); // the line edit's clear button
    ASSERT_TRUE(test::waitFor([&] { return rows(*window) == kLeads; }));
    EXPECT_FALSE(emptyHint->isVisible());
}

TEST_F(MainWindowTest, TheStatusFilterNarrowsTheList)
{
    auto window = openAs(org.admin);
    auto *status = window->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    ASSERT_TRUE(status);
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down); // the first status after "All statuses"
    const LeadStatus first = allLeadStatuses().first();
    EXPECT_EQ(rows(*window), test::countIf(leads, [&](const Lead &l) { return l.status == first; }));
}

TEST_F(MainWindowTest, SelectingARowShowsTheLeadAndItsTimeline)
{
    const Lead &lead = leads.at(2);
    Event created;
    created.type = events::LeadCreated;
    created.at = lead.createdAt;
    created.leadId = lead.id;
    ASSERT_TRUE(store->events.append(created).ok());
    Event assigned = created;
    assigned.type = events::LeadAssigned;
    assigned.payload = {{QStringLiteral("owner_id"), lead.ownerId}};
    ASSERT_TRUE(store->events.append(assigned).ok());

    auto window = openAs(org.admin);
    LeadDetailPanel *detail = window->leadListPage()->detailPanel();
    auto *emptyState = detail->findChild<QWidget *>(QStringLiteral("detailEmptyState"));
    EXPECT_FALSE(detail->isVisible()) << "no lead selected: the list has the whole width";

    QTableView *view = table(*window);
    const QRect cell = view->visualRect(view->model()->index(2, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    EXPECT_EQ(detail->leadId(), lead.id);
    EXPECT_TRUE(detail->isVisible());
    EXPECT_FALSE(emptyState->isVisible());
    EXPECT_EQ(detail->fieldText(LeadDetailPanel::Field::Email), lead.email);
    EXPECT_TRUE(detail->findChild<QLabel *>(QStringLiteral("detailEmail"))->text().contains(lead.email));
    EXPECT_EQ(detail->findChild<QLabel *>(QStringLiteral("detailName"))->text(), lead.fullName());
    EXPECT_EQ(detail->fieldText(LeadDetailPanel::Field::Owner), lead.ownerName);
    EXPECT_EQ(detail->fieldText(LeadDetailPanel::Field::UtmCampaign), lead.utmCampaign);
    ASSERT_EQ(detail->timelineModel()->rowCount(), 2);
    EXPECT_EQ(detail->timelineModel()->index(0, 0).data().toString(),
              QStringLiteral("Assigned to %1").arg(lead.ownerName));
    EXPECT_EQ(detail->timelineModel()->index(1, 0).data().toString(), QStringLiteral("Lead created"));

    // Moving with the keyboard follows the selection.
    QTest::keyClick(view, Qt::Key_Down);
    EXPECT_EQ(detail->leadId(), leads.at(3).id);
}

TEST_F(MainWindowTest, RefreshKeepsTheSelectedLeadAndShowsNewOnes)
{
    auto window = openAs(org.admin);
    QTableView *view = table(*window);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(5, 0)).center());
    ASSERT_EQ(window->leadListPage()->detailPanel()->leadId(), leads.at(5).id);

    Lead fresh;
    fresh.firstName = QStringLiteral("Fresh");
    fresh.email = QStringLiteral("fresh@example.com");
    fresh.ownerId = org.anna.id;
    fresh.createdAt = test::kTestStart + kMinuteMs;
    ASSERT_TRUE(store->leads.create(fresh).ok());
    QTest::keyClick(window.get(), Qt::Key_F5);
    EXPECT_EQ(rows(*window), kLeads + 1);
    EXPECT_EQ(window->leadListPage()->detailPanel()->leadId(), leads.at(5).id);
    EXPECT_EQ(view->currentIndex().row(), 6);
}

TEST_F(MainWindowTest, ARepSeesOnlyOwnLeadsAndNoTeamPage)
{
    auto window = openAs(org.anna);
    EXPECT_EQ(rows(*window), ownedBy(org.anna.id));
    EXPECT_TRUE(navigationShows(*window, QStringLiteral("Leads")));
    EXPECT_FALSE(navigationShows(*window, QStringLiteral("Team")));
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(window->currentPage(), MainWindow::Page::Leads);
    EXPECT_FALSE(window->findChild<QComboBox *>(QStringLiteral("ownerCombo"))->isVisible());
}

TEST_F(MainWindowTest, AManagerOpensTheTeamPage)
{
    auto window = openAs(org.northManager);
    EXPECT_EQ(rows(*window), ownedBy(org.anna.id) + ownedBy(org.boris.id) + ownedBy(org.northManager.id));
    auto *owners = window->findChild<QComboBox *>(QStringLiteral("ownerCombo"));
    EXPECT_TRUE(owners->isVisible());
    EXPECT_EQ(owners->count(), 4); // all owners + Anna, Boris, Nina

    QListWidget *nav = window->navigation();
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(1)).center());
    EXPECT_EQ(window->currentPage(), MainWindow::Page::Team);
    EXPECT_EQ(window->teamPage()->model()->rowCount(), 3);
    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(window->currentPage(), MainWindow::Page::Leads);
}

TEST_F(MainWindowTest, SwitchingUserShowsTheOtherUsersLeads)
{
    auto window = openAs(org.northManager);
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    ASSERT_EQ(window->currentPage(), MainWindow::Page::Team);
    picker.answerEmail = org.carla.email;
    QTest::keyClick(window.get(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(picker.calls, 1);
    EXPECT_EQ(picker.preselected, org.northManager.id);
    EXPECT_EQ(window->user().id, org.carla.id);
    EXPECT_EQ(window->windowTitle(), QStringLiteral("LeadRelay — Carla Petrova"));
    EXPECT_EQ(window->currentPage(), MainWindow::Page::Leads) << "a rep has no Team page";
    EXPECT_EQ(rows(*window), ownedBy(org.carla.id));
}

TEST_F(MainWindowTest, RemembersGeometryAndSplitterBetweenRuns)
{
    QList<int> sizes;
    {
        auto window = openAs(org.admin);
        window->resize(1100, 720);
        QSplitter *splitter = window->leadListPage()->splitter();
        splitter->setSizes({500, splitter->width() - 500 - splitter->handleWidth()});
        sizes = splitter->sizes();
        window->close();
    }
    auto window = openAs(org.admin);
    EXPECT_EQ(window->size(), QSize(1100, 720));
    EXPECT_EQ(window->leadListPage()->splitter()->sizes(), sizes);
}

} // namespace
