#include "ui/rules/WhatIfDialog.h"

#include "core/routing/LeadDispatcher.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiFixture.h"
#include "ui/rules/RoutingRulesTab.h"

#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace lr;
using lr::ui::RoutingRulesTab;
using lr::ui::WhatIfDialog;

namespace {

/// A German lead created `daysAgo` days before the test start, routed the real way.
Id germanLead(Store &store, ManualClock &clock, const QString &email, int daysAgo)
{
    clock.set(test::kTestStart - daysAgo * kDayMs);
    Lead l;
    l.email = email;
    l.emailKey = email;
    l.firstName = email.section(QLatin1Char('@'), 0, 0);
    l.lastName = QStringLiteral("Test");
    l.country = QStringLiteral("DE");
    l.createdAt = l.updatedAt = clock.now();
    const Id id = store.leads.create(l).value();
    EXPECT_TRUE(LeadDispatcher(store, clock).dispatchNew(id));
    clock.set(test::kTestStart);
    return id;
}

} // namespace

TEST(WhatIfDialog, OpensFromTheRoutingTabAndReplaysTheChosenDays)
{
    test::TempStore store;
    const test::SalesOrg org = test::createSalesOrg(*store);
    ManualClock clock(test::kTestStart);
    germanLead(*store, clock, QStringLiteral("a@firma.de"), 1);
    germanLead(*store, clock, QStringLiteral("b@firma.de"), 2);
    germanLead(*store, clock, QStringLiteral("c@firma.de"), 20);

    RoutingRulesTab tab(*store, clock);
    tab.setUser(org.admin);
    tab.resize(1000, 600);
    tab.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&tab));
    auto *button = tab.findChild<QPushButton *>(QStringLiteral("whatIfButton"));
    ASSERT_NE(button, nullptr);
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = tab.findChild<WhatIfDialog *>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    EXPECT_EQ(dialog->daysBox()->value(), 14);
    EXPECT_TRUE(dialog->summaryLabel()->text().contains(QStringLiteral("2 lead(s)")))
        << dialog->summaryLabel()->text().toStdString();
    ASSERT_GT(dialog->table()->rowCount(), 0);
    int now = 0, whatIf = 0;
    for (int row = 0; row < dialog->table()->rowCount(); ++row) {
        now += dialog->table()->item(row, static_cast<int>(WhatIfDialog::Column::LeadsNow))->data(Qt::UserRole).toInt();
        whatIf +=
            dialog->table()->item(row, static_cast<int>(WhatIfDialog::Column::LeadsWhatIf))->data(Qt::UserRole).toInt();
    }
    EXPECT_EQ(now, 2);
    EXPECT_EQ(whatIf, 2);

    // Thirty days take in the older lead too.
    dialog->daysBox()->selectAll();
    QTest::keyClicks(dialog->daysBox(), QStringLiteral("30"));
    EXPECT_TRUE(dialog->summaryLabel()->text().contains(QStringLiteral("3 lead(s)")))
        << dialog->summaryLabel()->text().toStdString();
    dialog->reject();
}
