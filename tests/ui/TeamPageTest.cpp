#include "ui/pages/TeamPage.h"

#include "core/routing/LeadDispatcher.h"
#include "core/store/RoutingRepository.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiFixture.h"
#include "ui/dialogs/TeamMemberDialog.h"
#include "ui/dialogs/TeamsDialog.h"
#include "ui/models/TeamTableModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>

#include <gtest/gtest.h>

using namespace lr;
using lr::ui::TeamMemberDialog;
using lr::ui::TeamPage;
using lr::ui::TeamTableModel;

namespace {

struct Fixture
{
    test::TempStore store;
    test::SalesOrg org = test::createSalesOrg(*store);
    ManualClock clock{test::kTestStart};

    /// A demo request routed to `owner` (SLA clock, call task).
    Id lead(const User &owner, const QString &email)
    {
        Lead l;
        l.email = email;
        l.emailKey = email;
        l.firstName = email.section(QLatin1Char('@'), 0, 0);
        l.lastName = QStringLiteral("Test");
        l.formType = QStringLiteral("demo_request");
        l.createdAt = l.updatedAt = clock.now();
        const Id id = store->leads.create(l).value();
        EXPECT_TRUE(LeadDispatcher(*store, clock).dispatchNew(id, owner.id));
        return id;
    }

    /// The Team page as `user` sees it, shown on screen.
    std::unique_ptr<TeamPage> open(const User &user)
    {
        auto page = std::make_unique<TeamPage>(*store, clock, user);
        page->resize(1000, 600);
        page->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(page.get()));
        return page;
    }

    /// Clicks the row of the person called `name`; false when nobody is called so.
    bool select(TeamPage &page, const QString &name)
    {
        QTableView *table = page.table();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, static_cast<int>(TeamTableModel::Column::Name));
            if (index.data().toString() != name)
                continue;
            table->scrollTo(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
            return true;
        }
        return false;
    }

    /// Opens the edit dialog of the person called `name`; null when there is nobody to edit.
    TeamMemberDialog *edit(TeamPage &page, const QString &name)
    {
        return select(page, name) ? page.editSelected() : nullptr;
    }
};

} // namespace

TEST(TeamPage, AManagerEditsWorkingHoursAndAddsAHolidayThatHandsLeadsOn)
{
    Fixture f;
    const Id open = f.lead(f.org.anna, QStringLiteral("open@firma.de"));
    const auto page = f.open(f.org.northManager);
    ASSERT_TRUE(f.select(*page, f.org.anna.name));
    ASSERT_TRUE(page->editButton()->isEnabled());
    QTest::mouseClick(page->editButton(), Qt::LeftButton);
    auto *dialog = page->findChild<TeamMemberDialog *>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));

    // Working hours 07:30 to 15:00.
    dialog->startEdit()->setTime(QTime(7, 30));
    dialog->endEdit()->setTime(QTime(15, 0));
    // A holiday from today for a week.
    const QDate today = dialog->absenceFromEdit()->date();
    dialog->absenceToEdit()->setDate(today.addDays(6));
    QTest::keyClicks(dialog->absenceReasonEdit(), QStringLiteral("Holiday"));
    QTest::mouseClick(dialog->addAbsenceButton(), Qt::LeftButton);
    ASSERT_EQ(dialog->absenceList()->count(), 1);
    EXPECT_TRUE(dialog->absenceList()->item(0)->text().contains(QStringLiteral("Holiday")));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    ASSERT_TRUE(test::waitFor([&] { return page->findChild<TeamMemberDialog *>() == nullptr; }))
        << dialog->errorLabel()->text().toStdString();

    const User anna = *f.store->users.find(f.org.anna.id);
    EXPECT_EQ(anna.workStartMinute, 7 * 60 + 30);
    EXPECT_EQ(anna.workEndMinute, 15 * 60);
    ASSERT_EQ(anna.absences.size(), 1);
    EXPECT_EQ(anna.absences.first().reason, QStringLiteral("Holiday"));
    EXPECT_TRUE(anna.isOutOfOffice(f.clock.now()));
    // The holiday started today: her open lead went on by the routing rules, at once.
    const Lead moved = *f.store->leads.find(AccessScope::system(), open);
    EXPECT_NE(moved.ownerId, f.org.anna.id);
    const QList<Assignment> trail = RoutingRepository(f.store->database()).forLead(AccessScope::system(), open);
    EXPECT_EQ(trail.last().cause, AssignmentCause::OutOfOffice);
}

TEST(TeamPage, RefusalsStayInTheDialogAndRepsCannotEdit)
{
    Fixture f;
    const auto page = f.open(f.org.northManager);
    TeamMemberDialog *dialog = f.edit(*page, f.org.boris.name);
    ASSERT_NE(dialog, nullptr);
    dialog->startEdit()->setTime(QTime(18, 0));
    dialog->endEdit()->setTime(QTime(9, 0));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->errorLabel()->isHidden());
    EXPECT_EQ(f.store->users.find(f.org.boris.id)->workStartMinute, f.org.boris.workStartMinute);
    dialog->reject();

    const auto repPage = f.open(f.org.anna);
    ASSERT_TRUE(f.select(*repPage, f.org.anna.name));
    EXPECT_FALSE(repPage->editButton()->isVisible());
    EXPECT_EQ(repPage->editSelected(), nullptr);
}

TEST(TeamPage, UntickingActiveHandsTheRepsLeadsOn)
{
    Fixture f;
    const Id open = f.lead(f.org.boris, QStringLiteral("b@firma.de"));
    const auto page = f.open(f.org.admin);
    TeamMemberDialog *dialog = f.edit(*page, f.org.boris.name);
    ASSERT_NE(dialog, nullptr);
    QTest::mouseClick(dialog->activeBox(), Qt::LeftButton, {}, QPoint(8, dialog->activeBox()->height() / 2));
    ASSERT_FALSE(dialog->activeBox()->isChecked());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    ASSERT_TRUE(test::waitFor([&] { return page->findChild<TeamMemberDialog *>() == nullptr; }));
    EXPECT_FALSE(f.store->users.find(f.org.boris.id)->active);
    EXPECT_NE(f.store->leads.find(AccessScope::system(), open)->ownerId, f.org.boris.id);
}

TEST(TeamPage, AnAdminGivesARepAShortFridayInTheWeekGrid)
{
    Fixture f;
    const auto page = f.open(f.org.admin);
    TeamMemberDialog *dialog = f.edit(*page, f.org.boris.name);
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    // The grid shows the week as it is: Monday to Friday at the default hours, the weekend off.
    EXPECT_TRUE(dialog->dayOnBox(4)->isChecked());
    EXPECT_FALSE(dialog->dayOnBox(5)->isChecked());
    EXPECT_FALSE(dialog->dayFromEdit(5)->isEnabled());
    EXPECT_EQ(dialog->dayFromEdit(4)->time(), dialog->startEdit()->time());

    // Friday 09:00–13:00; Saturday on 10:00–12:00; Wednesday off.
    dialog->dayFromEdit(4)->setTime(QTime(9, 0));
    dialog->dayToEdit(4)->setTime(QTime(13, 0));
    QTest::mouseClick(dialog->dayOnBox(5), Qt::LeftButton, {}, QPoint(8, dialog->dayOnBox(5)->height() / 2));
    ASSERT_TRUE(dialog->dayOnBox(5)->isChecked());
    EXPECT_TRUE(dialog->dayFromEdit(5)->isEnabled());
    dialog->dayFromEdit(5)->setTime(QTime(10, 0));
    dialog->dayToEdit(5)->setTime(QTime(12, 0));
    QTest::mouseClick(dialog->dayOnBox(2), Qt::LeftButton, {}, QPoint(8, dialog->dayOnBox(2)->height() / 2));
    ASSERT_FALSE(dialog->dayOnBox(2)->isChecked());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    ASSERT_TRUE(test::waitFor([&] { return page->findChild<TeamMemberDialog *>() == nullptr; }));
    const User boris = *f.store->users.find(f.org.boris.id);
    WorkWeek expected;
    expected[2] = WorkSpan{};
    expected[4] = WorkSpan{9 * 60, 13 * 60};
    expected[5] = WorkSpan{10 * 60, 12 * 60};
    EXPECT_EQ(boris.workWeek, expected);

    // Opened again, the grid shows the stored week.
    dialog = f.edit(*page, f.org.boris.name);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->dayToEdit(4)->time(), QTime(13, 0));
    EXPECT_TRUE(dialog->dayOnBox(5)->isChecked());
    EXPECT_FALSE(dialog->dayOnBox(2)->isChecked());

    // An end before the start is refused at the field and nothing is saved.
    dialog->dayToEdit(4)->setTime(QTime(8, 0));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->dayErrorLabel(4)->isHidden());
    EXPECT_FALSE(dialog->dayErrorLabel(4)->text().isEmpty());
    EXPECT_TRUE(dialog->dayErrorLabel(3)->isHidden());
    EXPECT_FALSE(dialog->errorLabel()->isHidden());
    EXPECT_EQ(f.store->users.find(f.org.boris.id)->workWeek, expected);
    // Corrected, the row's message goes away.
    dialog->dayToEdit(4)->setTime(QTime(12, 0));
    EXPECT_TRUE(dialog->dayErrorLabel(4)->isHidden());
    dialog->reject();
}

// An admin adds a rep from the Team page: name, address, team and territory typed in the dialog;
// a bad address is said in the dialog; the new person is listed and selected, and can take leads.
TEST(TeamPage, AnAdminAddsARepWhoIsListedAndSelected)
{
    Fixture f;
    for (const User &other : {f.org.anna, f.org.northManager}) {
        const auto page = f.open(other);
        EXPECT_FALSE(page->addButton()->isVisible());
        EXPECT_EQ(page->addPerson(), nullptr);
    }
    const auto page = f.open(f.org.admin);
    ASSERT_TRUE(page->addButton()->isVisible());
    QTest::mouseClick(page->addButton(), Qt::LeftButton);
    auto *dialog = page->findChild<TeamMemberDialog *>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    EXPECT_FALSE(dialog->activeBox()->isVisible()); // a new person starts active
    EXPECT_EQ(QApplication::focusWidget(), dialog->nameEdit());
    EXPECT_EQ(dialog->nameEdit()->nextInFocusChain(), dialog->emailEdit());
    EXPECT_EQ(dialog->emailEdit()->nextInFocusChain(), dialog->findChild<QComboBox *>(QStringLiteral("roleCombo")));
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("nora lang"));
    QTest::keyClicks(dialog->emailEdit(), QStringLiteral("nora.lang"));
    auto *team = dialog->findChild<QComboBox *>(QStringLiteral("teamCombo"));
    ASSERT_NE(team, nullptr);
    team->setCurrentIndex(team->findText(f.org.north.name));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->errorLabel()->isVisible());
    EXPECT_FALSE(dialog->errorLabel()->text().isEmpty());
    QTest::keyClicks(dialog->emailEdit(), QStringLiteral("@leadrelay.test"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    EXPECT_FALSE(dialog->isVisible()) << dialog->errorLabel()->text().toStdString();

    const auto nora = f.store->users.findByEmail(QStringLiteral("nora.lang@leadrelay.test"));
    ASSERT_TRUE(nora);
    EXPECT_EQ(nora->name, QStringLiteral("nora lang"));
    EXPECT_EQ(nora->role, Role::Rep);
    EXPECT_EQ(nora->teamId, f.org.north.id);
    EXPECT_TRUE(nora->active);
    const QModelIndexList selected = page->table()->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.first().siblingAtColumn(static_cast<int>(TeamTableModel::Column::Name)).data().toString(),
              QStringLiteral("nora lang"));
    const Id lead = f.lead(*nora, QStringLiteral("first@kunde.de"));
    EXPECT_EQ(f.store->leads.find(AccessScope::system(), lead)->ownerId, nora->id);
}

// The admin's teams: add one with its countries, rename another; the Team page shows the new name,
// and a name taken twice is refused in the dialog.
TEST(TeamPage, AnAdminAddsATeamAndRenamesAnother)
{
    Fixture f;
    EXPECT_FALSE(f.open(f.org.northManager)->teamsButton()->isVisible());
    const auto page = f.open(f.org.admin);
    ASSERT_TRUE(page->teamsButton()->isVisible());
    QTest::mouseClick(page->teamsButton(), Qt::LeftButton);
    auto *dialog = page->findChild<lr::ui::TeamsDialog *>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    const int before = dialog->teamList()->count();
    QSignalSpy changed(page.get(), &TeamPage::teamsChanged);

    QTest::mouseClick(dialog->newButton(), Qt::LeftButton);
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Nordics"));
    QTest::keyClicks(dialog->countriesEdit(), QStringLiteral("se no"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    EXPECT_FALSE(dialog->errorLabel()->isVisible()) << dialog->errorLabel()->text().toStdString();
    ASSERT_EQ(dialog->teamList()->count(), before + 1);
    EXPECT_EQ(dialog->teamList()->currentItem()->text(), QStringLiteral("Nordics · SE, NO"));
    const auto nordics = f.store->teams.findByName(QStringLiteral("Nordics"));
    ASSERT_TRUE(nordics);
    EXPECT_EQ(nordics->territories, (QStringList{QStringLiteral("SE"), QStringLiteral("NO")}));
    EXPECT_EQ(changed.count(), 1); // the main window refreshes the routing rules on it

    const auto north = dialog->teamList()->findItems(f.org.north.name, Qt::MatchStartsWith);
    ASSERT_EQ(north.size(), 1);
    dialog->teamList()->setCurrentItem(north.first());
    EXPECT_EQ(dialog->nameEdit()->text(), f.org.north.name);
    dialog->nameEdit()->setText(QStringLiteral("Nordics"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog->errorLabel()->isVisible());
    EXPECT_TRUE(dialog->errorLabel()->text().contains(QStringLiteral("Nordics")));
    dialog->nameEdit()->setText(QStringLiteral("North & Baltics"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    EXPECT_FALSE(dialog->errorLabel()->isVisible()) << dialog->errorLabel()->text().toStdString();
    EXPECT_EQ(f.store->teams.find(f.org.north.id)->name, QStringLiteral("North & Baltics"));
    ASSERT_TRUE(f.select(*page, f.org.anna.name));
    const QModelIndex anna = page->table()->selectionModel()->selectedRows().first();
    EXPECT_EQ(anna.siblingAtColumn(static_cast<int>(TeamTableModel::Column::Team)).data().toString(),
              QStringLiteral("North & Baltics"));
}
