#include "ui/pages/DuplicatesPage.h"

#include "core/store/Store.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/FakeUserPicker.h"
#include "tests/ui/UiFixture.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/MergeDialog.h"
#include "ui/models/DuplicateCandidateModel.h"
#include "ui/models/MergeHistoryModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace lr;
using lr::ui::DuplicatesPage;
using lr::ui::MainWindow;
using lr::ui::MergeDialog;

namespace {

class DuplicatesPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        org = test::createSalesOrg(*store);
        older = lead(QStringLiteral("Jon"), QStringLiteral("jon@acme.com"), QStringLiteral("CTO"),
                     QStringLiteral("linkedin"), org.anna, 120);
        newer = lead(QStringLiteral("John"), QStringLiteral("john.smith@acme.com"),
                     QStringLiteral("Chief Technology Officer"), QStringLiteral("google"), org.boris, 30);
    }

    Lead lead(const QString &first, const QString &email, const QString &title, const QString &utm, const User &owner,
              int minutesAgo)
    {
        if (!companyId) {
            Company c;
            c.name = QStringLiteral("Acme");
            c.domain = QStringLiteral("acme.com");
            c.createdAt = test::kTestStart;
            companyId = store->companies.create(c).value();
        }
        Lead l;
        l.firstName = first;
        l.lastName = QStringLiteral("Smith");
        l.email = email;
        l.title = title;
        l.utmSource = utm;
        l.companyId = companyId;
        l.companyName = QStringLiteral("Acme");
        l.ownerId = owner.id;
        l.createdAt = test::kTestStart - minutesAgo * kMinuteMs;
        l.submittedAt = l.createdAt;
        l.id = store->leads.create(l).value();
        return l;
    }

    std::unique_ptr<MainWindow> openAs(const User &user)
    {
        auto window = std::make_unique<MainWindow>(*store, clock, picker, user);
        window->show();
        QApplication::setActiveWindow(window.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        return window;
    }

    static bool navigationShows(const MainWindow &w, const QString &text)
    {
        for (int i = 0; i < w.navigation()->count(); ++i) {
            if (w.navigation()->item(i)->text() == text && !w.navigation()->item(i)->isHidden())
                return true;
        }
        return false;
    }

    /// Opens the Duplicates page the way a person does: Ctrl+<n> from the View menu.
    static DuplicatesPage *openPage(MainWindow &w)
    {
        const int n = static_cast<int>(MainWindow::Page::Duplicates);
        QTest::keyClick(&w, static_cast<Qt::Key>(Qt::Key_1 + n), Qt::ControlModifier);
        EXPECT_EQ(w.currentPage(), MainWindow::Page::Duplicates);
        return w.duplicatesPage();
    }

    static void saveScreenshot(QWidget *widget, const char *name)
    {
        const QByteArray dir = qgetenv("LEADRELAY_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QLatin1String(name));
    }

    test::IsolatedSettings settings;
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    test::FakeUserPicker picker;
    test::SalesOrg org;
    Id companyId = 0;
    Lead older;
    Lead newer;
};

TEST_F(DuplicatesPageTest, AManagerMergesAPairChoosingFieldsAndUndoesIt)
{
    const QJsonObject olderRow = *store->merges.leadRow(older.id);
    const QJsonObject newerRow = *store->merges.leadRow(newer.id);
    auto window = openAs(org.northManager);
    ASSERT_TRUE(navigationShows(*window, QStringLiteral("Duplicates")));
    DuplicatesPage *page = openPage(*window);
    ASSERT_EQ(page->candidates()->model()->rowCount(), 1);
    EXPECT_TRUE(page->summary()->text().contains(QStringLiteral("1 open candidate")));
    saveScreenshot(window.get(), "leadrelay-duplicates-page.png");

    // Enter on the selected pair opens the field-by-field preview.
    page->candidates()->setFocus();
    QTest::keyClick(page->candidates(), Qt::Key_Return);
    MergeDialog *dialog = page->mergeDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    QApplication::setActiveWindow(dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
    saveScreenshot(dialog, "leadrelay-merge-dialog.png");
    auto *keepTitle = dialog->findChild<QRadioButton *>(QStringLiteral("keep_title"));
    auto *takeTitle = dialog->findChild<QRadioButton *>(QStringLiteral("take_title"));
    auto *takeUtm = dialog->findChild<QRadioButton *>(QStringLiteral("take_utm_source"));
    ASSERT_TRUE(keepTitle && takeTitle && takeUtm);
    EXPECT_TRUE(takeTitle->isChecked()); // proposed: the newer submission's title
    EXPECT_FALSE(takeUtm->isChecked());  // proposed: the first touch keeps the attribution
    keepTitle->setFocus();
    QTest::keyClick(keepTitle, Qt::Key_Space);
    takeUtm->setFocus(); // one field taken from the other record, with the keyboard
    QTest::keyClick(takeUtm, Qt::Key_Space);
    ASSERT_TRUE(keepTitle->isChecked());
    ASSERT_TRUE(takeUtm->isChecked());
    QTest::mouseClick(dialog->mergeButton(), Qt::LeftButton);
    ASSERT_TRUE(test::waitFor([&] { return page->mergeDialog() == nullptr; }));

    const auto kept = store->leads.find(AccessScope::system(), older.id);
    ASSERT_TRUE(kept);
    EXPECT_FALSE(store->leads.find(AccessScope::system(), newer.id));
    EXPECT_EQ(kept->title, QStringLiteral("CTO"));
    EXPECT_EQ(kept->utmSource, QStringLiteral("google"));
    EXPECT_EQ(kept->firstName, QStringLiteral("John")); // proposal accepted
    EXPECT_EQ(page->candidates()->model()->rowCount(), 0);
    ASSERT_EQ(page->merges()->model()->rowCount(), 1);
    // Two records of one name are told apart by their numbers.
    EXPECT_TRUE(page->feedback()->text().contains(QStringLiteral("(#%1) was merged into").arg(newer.id)))
        << page->feedback()->text().toStdString();
    EXPECT_TRUE(page->summary()->text().contains(QStringLiteral("0 open candidates")));

    // The merge just made is selected: Undo works at once, from the keyboard.
    auto *undoButton = page->findChild<QPushButton *>(QStringLiteral("undoButton"));
    EXPECT_TRUE(undoButton->isEnabled());
    QApplication::setActiveWindow(window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    ASSERT_EQ(page->merges()->selectionModel()->selectedRows().size(), 1);
    QTest::keyClick(page->merges(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(page->feedback()->text().contains(QStringLiteral("undone"))) << page->feedback()->text().toStdString();
    EXPECT_EQ(*store->merges.leadRow(older.id), olderRow);
    EXPECT_EQ(*store->merges.leadRow(newer.id), newerRow);
    EXPECT_EQ(page->candidates()->model()->rowCount(), 1); // the pair is offered again
    EXPECT_TRUE(page->merges()->model()->index(0, 4).data().toString().startsWith(QStringLiteral("Undone")));
    auto *undo = page->findChild<QPushButton *>(QStringLiteral("undoButton"));
    page->merges()->selectRow(0);
    EXPECT_FALSE(undo->isEnabled());
}

TEST_F(DuplicatesPageTest, NotADuplicateHidesThePairForGood)
{
    auto window = openAs(org.admin);
    DuplicatesPage *page = openPage(*window);
    ASSERT_EQ(page->candidates()->model()->rowCount(), 1);
    page->candidates()->setFocus();
    QTest::keyClick(page->candidates(), Qt::Key_Delete);
    EXPECT_EQ(page->candidates()->model()->rowCount(), 0);
    EXPECT_TRUE(page->feedback()->text().contains(QStringLiteral("will not be offered")));
    page->refresh();
    EXPECT_EQ(page->candidates()->model()->rowCount(), 0);
    EXPECT_EQ(store->leads.count(AccessScope::system(), {}), 2);
}

TEST_F(DuplicatesPageTest, CancellingThePreviewChangesNothing)
{
    auto window = openAs(org.admin);
    DuplicatesPage *page = openPage(*window);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("reviewButton")), Qt::LeftButton);
    MergeDialog *dialog = page->mergeDialog();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClick(dialog, Qt::Key_Escape);
    ASSERT_TRUE(test::waitFor([&] { return page->mergeDialog() == nullptr; }));
    EXPECT_EQ(store->leads.count(AccessScope::system(), {}), 2);
    EXPECT_EQ(page->merges()->model()->rowCount(), 0);
}

TEST_F(DuplicatesPageTest, RepsDoNotGetThePageAndOtherTeamsSeeNothing)
{
    auto window = openAs(org.anna);
    EXPECT_FALSE(navigationShows(*window, QStringLiteral("Duplicates")));
    window->showPage(MainWindow::Page::Duplicates);
    EXPECT_NE(window->currentPage(), MainWindow::Page::Duplicates);

    window->setUser(org.southManager);
    DuplicatesPage *page = openPage(*window);
    EXPECT_EQ(page->candidates()->model()->rowCount(), 0); // both leads belong to the north team
}

TEST(DuplicateModels, PassTheModelTester)
{
    ui::DuplicateCandidateModel candidates;
    QAbstractItemModelTester t1(&candidates, QAbstractItemModelTester::FailureReportingMode::Fatal);
    DuplicateCandidate c;
    c.first.id = 1;
    c.first.firstName = QStringLiteral("Jon");
    c.second.id = 2;
    c.second.firstName = QStringLiteral("John");
    c.score = 88;
    c.reason = QStringLiteral("Same company");
    candidates.setCandidates({c});
    EXPECT_EQ(candidates.index(0, 0).data().toString(), QStringLiteral("88 %"));
    EXPECT_EQ(candidates.index(0, 0).data(ui::DuplicateCandidateModel::SortRole).toInt(), 88);
    candidates.removePair(LeadPair::of(2, 1));
    EXPECT_EQ(candidates.rowCount(), 0);

    ui::MergeHistoryModel merges;
    QAbstractItemModelTester t2(&merges, QAbstractItemModelTester::FailureReportingMode::Fatal);
    MergeRecord m;
    m.id = 7;
    m.survivorName = QStringLiteral("Jon Smith");
    m.survivorId = 1;
    m.absorbedName = QStringLiteral("John Smith");
    m.absorbedId = 2;
    merges.setMerges({m});
    EXPECT_EQ(merges.index(0, 1).data().toString(), QStringLiteral("Jon Smith (#1)"));
    EXPECT_EQ(merges.index(0, 4).data().toString(), QStringLiteral("Merged"));
}

} // namespace
