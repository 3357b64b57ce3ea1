#include "ui/rules/SlaPoliciesTab.h"

#include "core/store/Store.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiFixture.h"

#include <QHeaderView>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace lr;
using lr::ui::SlaPoliciesTab;

// At a laptop's width every column header reads whole ("Target (minutes)", "Business hours"); the
// last column no longer takes the room the others need.
TEST(SlaPoliciesTab, EveryHeaderReadsWholeAtALaptopsWidth)
{
    test::TempStore store;
    const test::SalesOrg org = test::createSalesOrg(*store);
    ManualClock clock(test::kTestStart);
    // With the app's style sheet: a header cell has 8 px of padding on each side.
    const test::AppLook look;
    SlaPoliciesTab tab(*store, clock);
    tab.setUser(org.admin);
    tab.resize(1080, 600);
    tab.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&tab));
    QHeaderView *header = tab.table()->horizontalHeader();
    const QFontMetrics metrics(header->font());
    for (int c = 0; c < tab.table()->columnCount(); ++c) {
        const QString label = tab.table()->horizontalHeaderItem(c)->text();
        EXPECT_GE(header->sectionSize(c), metrics.horizontalAdvance(label) + 16) << label.toStdString();
    }
    int total = 0;
    for (int c = 0; c < tab.table()->columnCount(); ++c)
        total += header->sectionSize(c);
    EXPECT_LE(total, tab.table()->viewport()->width() + 1) << "no sideways scrolling";
}
