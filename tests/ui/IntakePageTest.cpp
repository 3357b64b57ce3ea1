#include "ui/pages/IntakePage.h"

#include "core/intake/IntakeProcessor.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/FakeUserPicker.h"
#include "tests/ui/UiFixture.h"
#include "ui/MainWindow.h"
#include "ui/models/HygieneListModel.h"
#include "ui/models/QuarantineTableModel.h"
#include "ui/models/RejectsByFormModel.h"
#include "ui/pages/HygieneListsPanel.h"
#include "ui/pages/QuarantineEntryEditor.h"
#include "ui/pages/RejectsByFormPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <memory>

using namespace lr;
using lr::ui::IntakePage;
using lr::ui::MainWindow;
using lr::ui::QuarantineTableModel;

namespace {

class IntakePageTest : public ::testing::Test
{
protected:
    void SetUp() override { org = test::createSalesOrg(*store); }

    IntakeOutcome submit(const QString &email, const QString &form = QStringLiteral("contact-form"))
    {
        clock.advance(kMinuteMs);
        return intake.submit(JournalEntry::Channel::Webhook, form,
                             {{QStringLiteral("email"), email},
                              {QStringLiteral("first_name"), QStringLiteral("anna")},
                              {QStringLiteral("last_name"), QStringLiteral("nowak")},
                              {QStringLiteral("company"), QStringLiteral("Firma")}});
    }

    std::unique_ptr<MainWindow> openAs(const User &user)
    {
        auto window = std::make_unique<MainWindow>(*store, clock, picker, user);
        window->resize(1400, 860);
        window->show();
        QApplication::setActiveWindow(window.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        return window;
    }

    static int navigationRow(const MainWindow &w, const QString &text)
    {
        for (int i = 0; i < w.navigation()->count(); ++i) {
            if (w.navigation()->item(i)->text() == text && !w.navigation()->item(i)->isHidden())
                return i;
        }
        return -1;
    }

    static void clickRow(QTableView *table, int row, Qt::KeyboardModifiers modifiers = {})
    {
        table->scrollTo(table->model()->index(row, 0));
        const QRect rect = table->visualRect(table->model()->index(row, 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, rect.center());
    }

    /// The row of `name` in the editor's field table, -1 when absent.
    static int fieldRow(QTableWidget *fields, const QString &name)
    {
        for (int r = 0; r < fields->rowCount(); ++r) {
            if (fields->item(r, 0) && fields->item(r, 0)->text() == name)
                return r;
        }
        return -1;
    }

    static void typeIntoCell(QTableWidget *fields, int row, int column, const QString &text)
    {
        const QRect rect = fields->visualItemRect(fields->item(row, column));
        QTest::mouseClick(fields->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(fields->viewport(), Qt::LeftButton, {}, rect.center());
        QWidget *editor = QApplication::focusWidget();
        ASSERT_TRUE(qobject_cast<QLineEdit *>(editor));
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
    }

    test::IsolatedSettings settings;
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    IntakeProcessor intake{*store, clock};
    test::FakeUserPicker picker;
    test::SalesOrg org;
};

} // namespace

TEST_F(IntakePageTest, OnlyAdminsSeeTheIntakePage)
{
    for (const User &user : {org.anna, org.northManager}) {
        auto window = openAs(user);
        EXPECT_EQ(navigationRow(*window, QStringLiteral("Intake")), -1) << user.name.toStdString();
        window->showPage(MainWindow::Page::Intake);
        EXPECT_NE(window->currentPage(), MainWindow::Page::Intake);
    }
    auto window = openAs(org.admin);
    EXPECT_GE(navigationRow(*window, QStringLiteral("Intake")), 0);
}

TEST_F(IntakePageTest, AdminFixesAQuarantinedEntryAndReprocessesIt)
{
    submit(QStringLiteral("noise@mailinator.com"), QStringLiteral("newsletter"));
    const IntakeOutcome bad = submit(QStringLiteral("anna.nowak(at)firma.pl"));
    ASSERT_EQ(bad.status, IntakeOutcome::Status::Quarantined);
    const qint64 leadsBefore = store->leads.count(AccessScope::system(), {});

    auto window = openAs(org.admin);
    const int row = navigationRow(*window, QStringLiteral("Intake"));
    ASSERT_GE(row, 0);
    QListWidget *nav = window->navigation();
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(row)).center());
    ASSERT_EQ(window->currentPage(), MainWindow::Page::Intake);

    IntakePage *page = window->intakePage();
    QTableView *table = page->table();
    ASSERT_EQ(table->model()->rowCount(), 2);
    // Newest first: the bad address is on top.
    EXPECT_EQ(page->model()->idAt(0), bad.journalId);
    clickRow(table, 0);
    ui::QuarantineEntryEditor *editor = page->editor();
    ASSERT_EQ(editor->entryId(), bad.journalId);
    QTableWidget *fields = editor->fieldTable();
    const int email = fieldRow(fields, QStringLiteral("email"));
    ASSERT_GE(email, 0);
    EXPECT_EQ(fields->item(email, 1)->text(), QStringLiteral("anna.nowak(at)firma.pl"));

    typeIntoCell(fields, email, 1, QStringLiteral("anna.nowak@firma.pl"));
    // And a field the form forgot.
    QTest::mouseClick(editor->addFieldButton(), Qt::LeftButton);
    const int added = fields->rowCount() - 1;
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("title"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    typeIntoCell(fields, added, 1, QStringLiteral("CEO"));

    QTest::mouseClick(editor->reprocessButton(), Qt::LeftButton);

    const auto entry = store->journal.find(bad.journalId);
    ASSERT_EQ(entry->state, JournalEntry::State::Processed) << entry->reason.toStdString();
    ASSERT_GT(entry->leadId, 0);
    const Lead lead = *store->leads.find(AccessScope::system(), entry->leadId);
    EXPECT_EQ(lead.email, QStringLiteral("anna.nowak@firma.pl"));
    EXPECT_EQ(lead.title, QStringLiteral("CEO"));
    EXPECT_EQ(store->leads.count(AccessScope::system(), {}), leadsBefore + 1);
    EXPECT_EQ(editor->outcomeLabel()->text(), QStringLiteral("Lead #%1 created.").arg(entry->leadId));
    EXPECT_FALSE(editor->reprocessButton()->isEnabled()); // processed: nothing left to fix
    EXPECT_TRUE(editor->originalBodyView()->isVisible());
    EXPECT_TRUE(editor->originalBodyView()->toPlainText().contains(QStringLiteral("anna.nowak(at)firma.pl")));
    EXPECT_EQ(table->model()->rowCount(), 1); // it left the review list
}

TEST_F(IntakePageTest, TheEditorOpensForASelectedEntryAndTheReasonsHaveTheWidthOtherwise)
{
    submit(QStringLiteral("noise@mailinator.com"), QStringLiteral("newsletter"));
    submit(QStringLiteral("test@test.com"));
    auto window = openAs(org.admin);
    window->resize(1280, 800);
    window->showPage(MainWindow::Page::Intake);
    QCoreApplication::processEvents();
    IntakePage *page = window->intakePage();
    QTableView *table = page->table();
    ui::QuarantineEntryEditor *editor = page->editor();
    EXPECT_FALSE(editor->isVisible());
    const int reasonColumn = static_cast<int>(QuarantineTableModel::Column::Reason);
    const int wideReason = table->columnWidth(reasonColumn);
    EXPECT_GE(wideReason, 300) << "a reason reads whole at a laptop's width";

    clickRow(table, 1);
    QCoreApplication::processEvents();
    ASSERT_TRUE(editor->isVisible());
    EXPECT_NE(editor->entryId(), 0);

    QTest::keyClick(table, Qt::Key_Escape);
    QCoreApplication::processEvents();
    EXPECT_FALSE(editor->isVisible());
    EXPECT_EQ(editor->entryId(), 0);
    EXPECT_FALSE(table->selectionModel()->hasSelection());
    EXPECT_EQ(table->columnWidth(reasonColumn), wideReason);

    // Its close button closes it from within, and no other entry opens in its place.
    clickRow(table, 0);
    QCoreApplication::processEvents();
    ASSERT_TRUE(editor->isVisible());
    editor->fieldTable()->setFocus();
    auto *close = editor->findChild<QToolButton *>(QStringLiteral("editorClose"));
    ASSERT_TRUE(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QCoreApplication::processEvents();
    EXPECT_FALSE(editor->isVisible());
    EXPECT_FALSE(table->currentIndex().isValid());
}

TEST_F(IntakePageTest, ABadFixKeepsWhatTheAdminTyped)
{
    const IntakeOutcome bad = submit(QStringLiteral("anna(at)firma.pl"));
    auto window = openAs(org.admin);
    window->showPage(MainWindow::Page::Intake);
    IntakePage *page = window->intakePage();
    clickRow(page->table(), 0);
    QTableWidget *fields = page->editor()->fieldTable();
    typeIntoCell(fields, fieldRow(fields, QStringLiteral("email")), 1, QStringLiteral("anna@test.com"));
    QTest::mouseClick(page->editor()->reprocessButton(), Qt::LeftButton);
    EXPECT_TRUE(page->editor()->outcomeLabel()->text().startsWith(QStringLiteral("Still quarantined")));
    EXPECT_EQ(store->journal.find(bad.journalId)->state, JournalEntry::State::Quarantined);
    EXPECT_EQ(fields->item(fieldRow(fields, QStringLiteral("email")), 1)->text(), QStringLiteral("anna@test.com"));
    EXPECT_TRUE(page->editor()->reprocessButton()->isEnabled());
}

TEST_F(IntakePageTest, BulkDiscardAndFilters)
{
    for (int i = 0; i < 5; ++i)
        submit(QStringLiteral("p%1@mailinator.com").arg(i), QStringLiteral("newsletter"));
    submit(QStringLiteral("test@test.com"), QStringLiteral("demo"));
    auto window = openAs(org.admin);
    window->showPage(MainWindow::Page::Intake);
    IntakePage *page = window->intakePage();
    ASSERT_EQ(page->table()->model()->rowCount(), 6);

    QTest::keyClicks(page->searchBox(), QStringLiteral("placeholder"));
    QTest::keyClick(page->searchBox(), Qt::Key_Return);
    EXPECT_EQ(page->table()->model()->rowCount(), 1);
    page->searchBox()->clear();
    QTest::keyClick(page->searchBox(), Qt::Key_Return);
    page->sourceBox()->setCurrentIndex(page->sourceBox()->findData(QStringLiteral("newsletter")));
    ASSERT_EQ(page->table()->model()->rowCount(), 5);

    page->table()->setFocus();
    clickRow(page->table(), 0);
    QTest::keyClick(page->table(), Qt::Key_A, Qt::ControlModifier);
    QTest::mouseClick(page->discardSelectedButton(), Qt::LeftButton);
    EXPECT_EQ(store->journal.count(JournalEntry::State::Quarantined), 1);
    page->sourceBox()->setCurrentIndex(0);
    EXPECT_EQ(page->table()->model()->rowCount(), 1);
    QTest::mouseClick(page->discardedBox(), Qt::LeftButton);
    EXPECT_EQ(page->table()->model()->rowCount(), 6);

    // Rejects by form: the newsletter form rejected all it got.
    const auto &rows = page->rejectsPanel()->model()->rows();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.first().source, QStringLiteral("newsletter"));
    EXPECT_DOUBLE_EQ(rows.first().rate(), 1.0);
}

// The reason filter offers kinds of reason, each with its count, not one entry per address.
TEST_F(IntakePageTest, TheReasonFilterGroupsRejectsByKind)
{
    for (const char *address : {"jan(at)firma.pl", "ewa.firma.pl", "bob_at_kunde.de"})
        submit(QString::fromLatin1(address), QStringLiteral("newsletter"));
    submit(QStringLiteral("test@test.com"), QStringLiteral("demo"));
    auto window = openAs(org.admin);
    window->showPage(MainWindow::Page::Intake);
    IntakePage *page = window->intakePage();
    ASSERT_EQ(page->table()->model()->rowCount(), 4);
    QComboBox *reasons = page->reasonBox();
    ASSERT_EQ(reasons->count(), 3); // all reasons, no @, a test address
    EXPECT_EQ(reasons->itemText(1), QStringLiteral("\"…\" has no @ sign. (3)"));
    reasons->setCurrentIndex(1);
    EXPECT_EQ(page->table()->model()->rowCount(), 3);
    reasons->setCurrentIndex(2);
    EXPECT_EQ(page->table()->model()->rowCount(), 1);
}

TEST_F(IntakePageTest, AdminAddsADomainOnTheListsTabAndSeesBadInputExplained)
{
    auto window = openAs(org.admin);
    window->showPage(MainWindow::Page::Intake);
    IntakePage *page = window->intakePage();
    page->tabs()->setCurrentWidget(page->listsPanel());
    ui::HygieneListsPanel *lists = page->listsPanel();

    QTest::keyClicks(lists->valueEdit(), QStringLiteral("http://spam.pl"));
    QTest::mouseClick(lists->addButton(), Qt::LeftButton);
    EXPECT_TRUE(lists->errorLabel()->isVisible());
    EXPECT_TRUE(lists->errorLabel()->text().contains(QStringLiteral("not a domain name")));
    EXPECT_EQ(lists->valueEdit()->text(), QStringLiteral("http://spam.pl")); // nothing lost

    lists->valueEdit()->clear();
    QTest::keyClicks(lists->valueEdit(), QStringLiteral("B"));
    lists->valueEdit()->insert(QStringLiteral("ü")); // QTest types ASCII only
    QTest::keyClicks(lists->valueEdit(), QStringLiteral("cher.DE"));
    QTest::keyClicks(lists->noteEdit(), QStringLiteral("bots"));
    QTest::mouseClick(lists->addButton(), Qt::LeftButton);
    EXPECT_FALSE(lists->errorLabel()->isVisible());
    ASSERT_EQ(lists->model()->rowCount(), 1);
    EXPECT_EQ(lists->model()->index(0, 0).data().toString(), QStringLiteral("bücher.de"));
    EXPECT_EQ(lists->model()->index(0, 2).data().toString(), org.admin.name);
    EXPECT_EQ(submit(QStringLiteral("x@bücher.de")).status, IntakeOutcome::Status::Quarantined);

    QTest::keyClicks(lists->searchBox(), QStringLiteral("nothing-like-it"));
    EXPECT_EQ(lists->model()->rowCount(), 0);
    lists->searchBox()->clear();
    ASSERT_EQ(lists->model()->rowCount(), 1);
    clickRow(lists->table(), 0);
    QTest::mouseClick(lists->removeButton(), Qt::LeftButton);
    EXPECT_EQ(lists->model()->rowCount(), 0);
    EXPECT_EQ(store->hygieneLists.count(HygieneList::Disposable), 0);
}

TEST_F(IntakePageTest, TheReviewModelIsAWindowOverTheJournal)
{
    Transaction tx(store->database());
    for (int i = 0; i < 1000; ++i)
        submit(QStringLiteral("p%1(at)firma.pl").arg(i), i % 2 ? QStringLiteral("a") : QStringLiteral("b"));
    ASSERT_TRUE(tx.commit());
    QuarantineService service(*store, clock);
    QuarantineTableModel model(service, AccessScope::forUser(org.admin));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_EQ(model.rowCount(), 1000);
    const int before = model.cachedPageCount(); // the tester read the first rows
    EXPECT_LE(before, 1);
    EXPECT_EQ(model.rowAt(999)->source.isEmpty(), false);
    EXPECT_EQ(model.cachedPageCount(), before + 1); // one more page, not the whole journal
    model.sort(static_cast<int>(QuarantineTableModel::Column::Source), Qt::AscendingOrder);
    EXPECT_EQ(model.index(0, static_cast<int>(QuarantineTableModel::Column::Source)).data().toString(),
              QStringLiteral("a"));
    EXPECT_EQ(model.index(999, static_cast<int>(QuarantineTableModel::Column::Source)).data().toString(),
              QStringLiteral("b"));
    EXPECT_LE(model.cachedPageCount(), QuarantineTableModel::kMaxCachedPages);

    // A rep's scope reads nothing.
    QuarantineTableModel refused(service, AccessScope::forUser(org.anna));
    EXPECT_EQ(refused.rowCount(), 0);
}

TEST_F(IntakePageTest, Screenshot)
{
    const QString dir = qEnvironmentVariable("LEADRELAY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set LEADRELAY_SCREENSHOT_DIR to write screenshots";
    for (int i = 0; i < 14; ++i)
        submit(QStringLiteral("visitor%1@mailinator.com").arg(i), QStringLiteral("newsletter-footer"));
    for (int i = 0; i < 4; ++i)
        submit(QStringLiteral("lead%1@firma%1.pl").arg(i), QStringLiteral("demo-request"));
    submit(QStringLiteral("test@test.com"), QStringLiteral("demo-request"));
    submit(QStringLiteral("jan.kowalski(at)firma.pl"), QStringLiteral("pricing-page"));
    for (int i = 0; i < 6; ++i)
        submit(QStringLiteral("p%1@kunde%1.de").arg(i), QStringLiteral("pricing-page"));
    auto window = openAs(org.admin);
    window->showPage(MainWindow::Page::Intake);
    IntakePage *page = window->intakePage();
    clickRow(page->table(), 0);
    QApplication::processEvents();
    window->grab().save(dir + QStringLiteral("/intake-review.png"));
    page->tabs()->setCurrentWidget(page->listsPanel());
    page->listsPanel()->valueEdit()->setText(QStringLiteral("bücher.de"));
    QTest::mouseClick(page->listsPanel()->addButton(), Qt::LeftButton);
    page->listsPanel()->valueEdit()->setText(QStringLiteral("http://nope"));
    QTest::mouseClick(page->listsPanel()->addButton(), Qt::LeftButton);
    QApplication::processEvents();
    window->grab().save(dir + QStringLiteral("/intake-lists.png"));
}
