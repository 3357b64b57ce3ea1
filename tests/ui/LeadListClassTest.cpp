#include "ui/models/LeadTableModel.h"

#include "core/intake/IntakeProcessor.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiFixture.h"
#include "ui/Theme.h"
#include "ui/pages/LeadDetailPanel.h"
#include "ui/pages/LeadFilterBar.h"
#include "ui/pages/LeadListPage.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace lr;
using lr::ui::LeadTableModel;
using Column = LeadTableModel::Column;

namespace {

struct Fixture
{
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    test::SalesOrg org = test::createSalesOrg(*store);
    Id sql = submit({{QStringLiteral("email"), QStringLiteral("maria@acme-software.de")},
                     {QStringLiteral("title"), QStringLiteral("CEO")},
                     {QStringLiteral("employees"), 120},
                     {QStringLiteral("form_type"), QStringLiteral("demo_request")}}); // 60
    Id mql = submit({{QStringLiteral("email"), QStringLiteral("ceo@firma-m.de")},
                     {QStringLiteral("title"), QStringLiteral("CEO")}}); // 20
    Id nurture = submit(
        {{QStringLiteral("email"), QStringLiteral("cleo@firma-c.de")}, {QStringLiteral("employees"), 100}}); // 15

    Id submit(const QJsonObject &fields)
    {
        clock.advance(kSecondMs);
        return IntakeProcessor(*store, clock)
            .submit(JournalEntry::Channel::Webhook, QStringLiteral("web"), fields)
            .leadId;
    }
};

QVariant cell(const LeadTableModel &model, int row, Column column, int role = Qt::DisplayRole)
{
    return model.index(row, static_cast<int>(column)).data(role);
}

} // namespace

TEST(LeadListClass, TheListShowsScoreAndClassAndSortsByThem)
{
    Fixture f;
    LeadTableModel model(*f.store, AccessScope::forUser(f.org.admin));
    EXPECT_EQ(model.headerData(static_cast<int>(Column::Class), Qt::Horizontal).toString(), QStringLiteral("Class"));
    model.sort(static_cast<int>(Column::Class), Qt::DescendingOrder);
    EXPECT_EQ(model.leadSort().key, LeadSortKey::ScoreClass);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(cell(model, 0, Column::Name, LeadTableModel::IdRole).toLongLong(), f.sql);
    EXPECT_EQ(cell(model, 0, Column::Class).toString(), QStringLiteral("SQL"));
    EXPECT_EQ(cell(model, 0, Column::Score).toInt(), 60);
    EXPECT_EQ(cell(model, 0, Column::Class, LeadTableModel::ClassColourRole).value<QColor>(),
              lr::ui::Theme::scoreClassColour(QStringLiteral("sql")));
    EXPECT_EQ(cell(model, 1, Column::Class).toString(), QStringLiteral("MQL"));
    EXPECT_NE(cell(model, 1, Column::Class, LeadTableModel::ClassColourRole).value<QColor>(),
              cell(model, 0, Column::Class, LeadTableModel::ClassColourRole).value<QColor>());
    EXPECT_EQ(cell(model, 2, Column::Name, LeadTableModel::IdRole).toLongLong(), f.nurture);
    EXPECT_FALSE(cell(model, 0, Column::Name, LeadTableModel::ClassColourRole).isValid());

    model.sort(static_cast<int>(Column::Score), Qt::AscendingOrder);
    EXPECT_EQ(model.leadSort().key, LeadSortKey::Score);
    EXPECT_EQ(cell(model, 0, Column::Score).toInt(), 15);
    EXPECT_EQ(cell(model, 2, Column::Score).toInt(), 60);
}

TEST(LeadListClass, TheClassFilterReachesTheStoreQuery)
{
    Fixture f;
    test::IsolatedSettings settings;
    lr::ui::LeadListPage page(*f.store, f.clock, f.org.admin);
    QComboBox *classes = page.filterBar()->classCombo();
    ASSERT_EQ(classes->count(), 5) << "All, SQL, MQL, Nurture, Disqualified";
    EXPECT_EQ(page.model()->totalCount(), 3);
    classes->setCurrentIndex(classes->findData(static_cast<int>(ScoreClass::Mql)));
    ASSERT_TRUE(page.model()->filter().scoreClass.has_value());
    EXPECT_EQ(*page.model()->filter().scoreClass, ScoreClass::Mql);
    EXPECT_EQ(page.model()->totalCount(), 1);
    EXPECT_EQ(page.model()->index(0, 0).data(LeadTableModel::IdRole).toLongLong(), f.mql);
    classes->setCurrentIndex(classes->findData(static_cast<int>(ScoreClass::Disqualified)));
    EXPECT_EQ(page.model()->totalCount(), 0);
    classes->setCurrentIndex(0);
    EXPECT_FALSE(page.model()->filter().scoreClass.has_value());
    EXPECT_EQ(page.model()->totalCount(), 3);
}

// A window made larger (maximised on a wide screen) gives the names and addresses the room, not
// the last column; once the user sizes a column, the widths are theirs.
TEST(LeadListClass, ColumnsFollowTheWindowUntilTheUserSizesOne)
{
    Fixture f;
    test::IsolatedSettings settings;
    lr::ui::LeadListPage page(*f.store, f.clock, f.org.admin);
    page.resize(900, 600);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    QHeaderView *header = page.table()->horizontalHeader();
    const auto width = [&](Column c) { return header->sectionSize(static_cast<int>(c)); };
    const int narrowName = width(Column::Name);
    const int classWidth = width(Column::Class);

    page.resize(1800, 600);
    QCoreApplication::processEvents();
    EXPECT_GT(width(Column::Name), narrowName + 40);
    EXPECT_GT(width(Column::Email), width(Column::Score));
    EXPECT_LT(width(Column::Class), classWidth + 60) << "the last column does not take what is left";

    // The user drags the divider after the name 40 px to the left.
    const int wideName = width(Column::Name);
    const int divider = header->sectionViewportPosition(static_cast<int>(Column::Name)) + width(Column::Name) - 1;
    const int y = header->height() / 2;
    QTest::mousePress(header->viewport(), Qt::LeftButton, {}, QPoint(divider, y));
    QTest::mouseMove(header->viewport(), QPoint(divider - 20, y));
    QTest::mouseMove(header->viewport(), QPoint(divider - 40, y));
    QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, QPoint(divider - 40, y));
    const int chosen = width(Column::Name);
    ASSERT_LT(chosen, wideName - 30) << "the drag did not reach the header";
    page.resize(1400, 600);
    QCoreApplication::processEvents();
    EXPECT_EQ(width(Column::Name), chosen);
}

TEST(LeadListClass, DetailsOpenBesideTheListForASelectedLeadAndCloseAgain)
{
    Fixture f;
    test::IsolatedSettings settings;
    lr::ui::LeadListPage page(*f.store, f.clock, f.org.admin);
    page.resize(1100, 700); // the page in a 1,280 px window, beside the sidebar
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    QHeaderView *header = page.table()->horizontalHeader();
    lr::ui::LeadDetailPanel *detail = page.detailPanel();
    // Nothing selected: the list has the whole width and names read whole.
    EXPECT_FALSE(detail->isVisible());
    const int wholeName = header->sectionSize(static_cast<int>(Column::Name));
    EXPECT_GE(wholeName, 130);

    QTableView *view = page.table();
    const auto clickRow = [&](int row) {
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(view->model()->index(row, 0)).center());
    };
    for (const Column c : {Column::Company, Column::Email, Column::Source, Column::Owner, Column::Created})
        EXPECT_FALSE(view->isColumnHidden(static_cast<int>(c))) << static_cast<int>(c);
    clickRow(1);
    QCoreApplication::processEvents();
    ASSERT_TRUE(detail->isVisible());
    EXPECT_NE(detail->leadId(), 0);
    EXPECT_GE(detail->width(), detail->minimumWidth());
    // The narrower list folds away what the details repeat, least needed first, so names stay readable.
    EXPECT_TRUE(view->isColumnHidden(static_cast<int>(Column::Source)));
    for (const Column c : {Column::Name, Column::Status, Column::Score, Column::Class})
        EXPECT_FALSE(view->isColumnHidden(static_cast<int>(c))) << static_cast<int>(c);
    EXPECT_GE(header->sectionSize(static_cast<int>(Column::Name)), 120);
    int shown = 0;
    for (int c = 0; c < header->count(); ++c)
        shown += view->isColumnHidden(c) ? 0 : header->sectionSize(c);
    EXPECT_LE(shown, view->viewport()->width()) << "no sideways scrolling";

    // The close button closes the details and leaves no lead selected.
    auto *close = detail->findChild<QToolButton *>(QStringLiteral("detailClose"));
    ASSERT_TRUE(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QCoreApplication::processEvents(); // the splitter lays out again
    EXPECT_FALSE(detail->isVisible());
    EXPECT_EQ(detail->leadId(), 0);
    EXPECT_FALSE(view->selectionModel()->hasSelection());
    EXPECT_EQ(header->sectionSize(static_cast<int>(Column::Name)), wholeName);
    EXPECT_FALSE(view->isColumnHidden(static_cast<int>(Column::Source))) << "back with the room";

    // So does Esc in the list.
    clickRow(2);
    ASSERT_TRUE(detail->isVisible());
    QTest::keyClick(view, Qt::Key_Escape);
    EXPECT_FALSE(detail->isVisible());
    EXPECT_FALSE(view->selectionModel()->hasSelection());

    // A column folded away for room is not saved as one the user hid.
    QCoreApplication::processEvents();
    clickRow(0);
    QCoreApplication::processEvents();
    ASSERT_TRUE(detail->isVisible()) << view->currentIndex().row();
    ASSERT_TRUE(view->isColumnHidden(static_cast<int>(Column::Source)));
    QSettings saved;
    page.saveSettings(saved);
    lr::ui::LeadListPage again(*f.store, f.clock, f.org.admin);
    again.resize(1100, 700);
    again.restoreSettings(saved);
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    EXPECT_FALSE(again.table()->isColumnHidden(static_cast<int>(Column::Source)));
    EXPECT_TRUE(again.table()->isColumnHidden(static_cast<int>(Column::Country))) << "hidden by default";
}

TEST(LeadListClass, TheDetailsCloseFromAnyFieldInThemAndForALeadTheListDoesNotShow)
{
    Fixture f;
    test::IsolatedSettings settings;
    QSettings saved;
    saved.setValue(QStringLiteral("leadList/detailWidth"), 500); // as the user left it
    lr::ui::LeadListPage page(*f.store, f.clock, f.org.admin);
    page.restoreSettings(saved);
    page.resize(1100, 700);
    page.show();
    QApplication::setActiveWindow(&page);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    lr::ui::LeadDetailPanel *detail = page.detailPanel();
    QTableView *view = page.table();
    auto *close = detail->findChild<QToolButton *>(QStringLiteral("detailClose"));
    ASSERT_TRUE(close);

    // Opened from the list, closed while a field in the details has the focus.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(1, 0)).center());
    QCoreApplication::processEvents();
    ASSERT_TRUE(detail->isVisible());
    EXPECT_EQ(detail->width(), 500);
    auto *field = detail->findChild<QComboBox *>();
    ASSERT_TRUE(field);
    field->setFocus();
    QTest::mouseClick(close, Qt::LeftButton);
    QCoreApplication::processEvents();
    EXPECT_FALSE(detail->isVisible());
    EXPECT_EQ(detail->leadId(), 0);
    EXPECT_FALSE(view->currentIndex().isValid()) << "no other lead opened in its place";

    // A lead the filters hide (opened from elsewhere, as a new entry): no row is current, and it
    // closes all the same.
    QComboBox *classes = page.filterBar()->classCombo();
    classes->setCurrentIndex(classes->findData(static_cast<int>(ScoreClass::Mql)));
    page.selectLead(f.sql);
    QCoreApplication::processEvents();
    ASSERT_TRUE(detail->isVisible());
    EXPECT_EQ(detail->leadId(), f.sql);
    EXPECT_FALSE(view->currentIndex().isValid());
    QTest::mouseClick(close, Qt::LeftButton);
    QCoreApplication::processEvents();
    EXPECT_FALSE(detail->isVisible());

    QSettings after;
    page.saveSettings(after);
    EXPECT_EQ(after.value(QStringLiteral("leadList/detailWidth")).toInt(), 500);
}
