#include "ui/dialogs/LeadEntryDialog.h"

#include "core/store/Store.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/FakeUserPicker.h"
#include "tests/ui/UiFixture.h"
#include "ui/MainWindow.h"
#include "ui/import/IntakeActions.h"
#include "ui/models/LeadTableModel.h"
#include "ui/pages/LeadDetailPanel.h"
#include "ui/pages/LeadListPage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextEdit>

#include <gtest/gtest.h>

using namespace lr;
using lr::ui::LeadEntryDialog;

namespace {

class LeadEntryDialogTest : public ::testing::Test
{
protected:
    void SetUp() override { org = test::createSalesOrg(*store); }

    static void type(LeadEntryDialog &dialog, const char *field, const QString &text)
    {
        QLineEdit *edit = dialog.edit(QLatin1String(field));
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    static void choose(QComboBox *combo, const QString &code)
    {
        const int index = combo->findData(code);
        ASSERT_GE(index, 0) << code.toStdString();
        combo->setCurrentIndex(index);
    }

    test::IsolatedSettings settings;
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    test::SalesOrg org;
};

} // namespace

TEST_F(LeadEntryDialogTest, ShowsProblemsInlineAsYouTypeAndEnablesOkOnlyWhenValid)
{
    LeadEntryDialog dialog(*store, clock, org.anna);
    dialog.show();
    EXPECT_FALSE(dialog.okButton()->isEnabled());                   // no email yet
    EXPECT_TRUE(dialog.problem(QStringLiteral("email")).isEmpty()); // …but no shouting before typing

    type(dialog, "email", QStringLiteral("anna.firma.pl"));
    EXPECT_TRUE(dialog.problem(QStringLiteral("email")).contains(QStringLiteral("@")));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    type(dialog, "email", QStringLiteral("test@test.com"));
    EXPECT_TRUE(dialog.problem(QStringLiteral("email")).contains(QStringLiteral("test")));
    type(dialog, "email", QStringLiteral("jan@mailinator.com"));
    EXPECT_TRUE(dialog.problem(QStringLiteral("email")).contains(QStringLiteral("disposable")));
    type(dialog, "email", QStringLiteral("jan@kowalski-bud.pl"));
    EXPECT_TRUE(dialog.problem(QStringLiteral("email")).isEmpty());
    EXPECT_TRUE(dialog.okButton()->isEnabled());

    // A Polish mobile is not a US number: the phone is judged in the chosen country.
    type(dialog, "phone", QStringLiteral("601 234 567"));
    choose(dialog.countryCombo(), QStringLiteral("US"));
    EXPECT_FALSE(dialog.problem(QStringLiteral("phone")).isEmpty());
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    choose(dialog.countryCombo(), QStringLiteral("PL"));
    EXPECT_TRUE(dialog.problem(QStringLiteral("phone")).isEmpty());
    EXPECT_TRUE(dialog.okButton()->isEnabled());
    type(dialog, "phone", QStringLiteral("12"));
    EXPECT_FALSE(dialog.problem(QStringLiteral("phone")).isEmpty());
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_EQ(store->journal.count(JournalEntry::State::Processed), 0); // nothing submitted while typing
}

TEST_F(LeadEntryDialogTest, ARepsLeadIsCreatedOwnedAndSelectedInTheList)
{
    test::createLeads(*store, org, 30);
    test::FakeUserPicker picker;
    ui::MainWindow window(*store, clock, picker, org.anna);
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    const qint64 before = store->leads.count(AccessScope::forUser(org.anna), {});

    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    LeadEntryDialog *dialog = nullptr;
    ASSERT_TRUE(test::waitFor([&] { return (dialog = window.findChild<LeadEntryDialog *>()) && dialog->isVisible(); }));
    type(*dialog, "first_name", QStringLiteral("jan"));
    type(*dialog, "last_name", QStringLiteral("kowalski"));
    type(*dialog, "email", QStringLiteral("jan@kowalski-bud.pl"));
    type(*dialog, "phone", QStringLiteral("601 234 567"));
    choose(dialog->countryCombo(), QStringLiteral("PL"));
    choose(dialog->sourceCombo(), QStringLiteral("referral"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    ASSERT_TRUE(test::waitFor([&] { return window.findChild<LeadEntryDialog *>() == nullptr; }));

    EXPECT_EQ(store->leads.count(AccessScope::forUser(org.anna), {}), before + 1);
    const Id id = store->leads.findIdByEmailKey(QStringLiteral("jan@kowalski-bud.pl"));
    const auto lead = store->leads.find(AccessScope::forUser(org.anna), id);
    ASSERT_TRUE(lead);
    EXPECT_EQ(lead->ownerId, org.anna.id);
    EXPECT_EQ(lead->phone, QStringLiteral("+48601234567"));
    EXPECT_EQ(lead->source, LeadSource::Referral);
    EXPECT_EQ(window.leadListPage()->detailPanel()->leadId(), id);
    const QModelIndex current = window.leadListPage()->table()->currentIndex();
    ASSERT_TRUE(current.isValid());
    EXPECT_EQ(current.data(ui::LeadTableModel::IdRole).toLongLong(), id);
    EXPECT_TRUE(
        window.findChild<QLabel *>(QStringLiteral("statusCount"))->text().contains(QString::number(before + 1)));
}

TEST_F(LeadEntryDialogTest, AnotherRepsLeadIsMergedWithoutBeingShown)
{
    LeadEntryDialog first(*store, clock, org.carla);
    type(first, "email", QStringLiteral("jan@kowalski-bud.pl"));
    first.accept();
    ASSERT_TRUE(first.result());

    LeadEntryDialog dialog(*store, clock, org.anna);
    type(dialog, "email", QStringLiteral("JAN@kowalski-bud.pl"));
    type(dialog, "company", QStringLiteral("Kowalski Bud"));
    dialog.accept();
    ASSERT_TRUE(dialog.result());
    EXPECT_EQ(dialog.result()->outcome.status, IntakeOutcome::Status::Merged);
    EXPECT_FALSE(dialog.result()->visible);
    EXPECT_EQ(dialog.result()->outcome.leadId, first.result()->outcome.leadId);
    EXPECT_TRUE(dialog.result()->message().contains(QStringLiteral("someone else")));
    EXPECT_EQ(store->leads.count(AccessScope::forUser(org.anna), {}), 0);
}

// Messages that appear make room (the buttons never cover a field) and give it back when they go.
TEST_F(LeadEntryDialogTest, MessagesMakeRoomAndGiveItBack)
{
    LeadEntryDialog dialog(*store, clock, org.anna);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    const int calm = dialog.height();
    auto lowestField = [&] {
        int bottom = 0;
        for (QWidget *w : dialog.findChildren<QWidget *>()) {
            if (w->isVisible() &&
                (qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w)))
                bottom = std::max(bottom, w->mapTo(&dialog, QPoint(0, w->height())).y());
        }
        return bottom;
    };
    type(dialog, "email", QStringLiteral("jan.nowak@@firma"));
    type(dialog, "phone", QStringLiteral("12"));
    QApplication::processEvents();
    ASSERT_FALSE(dialog.problem(QStringLiteral("email")).isEmpty());
    ASSERT_FALSE(dialog.problem(QStringLiteral("phone")).isEmpty());
    EXPECT_GT(dialog.height(), calm);
    EXPECT_LE(lowestField(), dialog.okButton()->mapTo(&dialog, QPoint(0, 0)).y());

    type(dialog, "email", QStringLiteral("jan@kowalski-bud.pl"));
    dialog.edit(QStringLiteral("phone"))->clear();
    QApplication::processEvents();
    EXPECT_EQ(dialog.height(), calm);
}
