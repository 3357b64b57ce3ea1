#include "ui/rules/WhatIfDialog.h"

#include "core/routing/LeadDispatcher.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/FakeUserPicker.h"
#include "tests/ui/UiFixture.h"
#include "ui/MainWindow.h"
#include "ui/rules/RoutingRulesTab.h"
#include "ui/rules/RuleEditorPage.h"
#include "ui/rules/SlaPoliciesTab.h"

#include <QApplication>
#include <QTabWidget>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace lr;
using lr::ui::MainWindow;
using lr::ui::RoutingRulesTab;
using lr::ui::SlaPoliciesTab;
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

int columnTotal(const WhatIfDialog &dialog, WhatIfDialog::Column column)
{
    int total = 0;
    for (int row = 0; row < dialog.table()->rowCount(); ++row)
        total += dialog.table()->item(row, static_cast<int>(column))->data(Qt::UserRole).toInt();
    return total;
}

/// Opens the What-if from the Routing tab of `window`'s rule editor; the caller owns nothing.
WhatIfDialog *openWhatIf(MainWindow &window)
{
    window.showPage(MainWindow::Page::Rules);
    QTabWidget *tabs = window.ruleEditorPage()->tabs();
    auto *routing = window.ruleEditorPage()->findChild<RoutingRulesTab *>();
    tabs->setCurrentWidget(routing);
    auto *button = routing->findChild<QPushButton *>(QStringLiteral("whatIfButton"));
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = routing->findChild<WhatIfDialog *>();
    if (dialog) {
        EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog));
    }
    return dialog;
}

/// Types `text` into the SLA tab's cell as a person would: edit, type, Enter. Nothing is saved.
void typeIntoCell(SlaPoliciesTab &sla, int row, SlaPoliciesTab::Column column, const QString &text)
{
    QTableWidget *table = sla.table();
    QTableWidgetItem *item = table->item(row, static_cast<int>(column));
    table->setCurrentItem(item);
    table->editItem(item);
    QWidget *editor = table->viewport()->findChild<QAbstractSpinBox *>();
    if (!editor)
        editor = table->viewport()->findChild<QLineEdit *>();
    ASSERT_NE(editor, nullptr);
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(editor))
        spin->selectAll();
    else
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on Enter through a queued call.
    EXPECT_TRUE(QTest::qWaitFor([&] { return table->item(row, static_cast<int>(column))->text() == text; }));
}

int rowNamed(const SlaPoliciesTab &sla, const QString &name)
{
    for (int row = 0; row < sla.table()->rowCount(); ++row) {
        if (sla.table()->item(row, static_cast<int>(SlaPoliciesTab::Column::Name))->text() == name)
            return row;
    }
    return -1;
}

class WhatIfSlaDraftTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        org = test::createSalesOrg(*store);
        germanLead(*store, clock, QStringLiteral("a@firma.de"), 1);
        germanLead(*store, clock, QStringLiteral("b@firma.de"), 2);
        window = std::make_unique<MainWindow>(*store, clock, picker, org.admin);
        window->resize(1200, 800);
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        sla = window->ruleEditorPage()->findChild<SlaPoliciesTab *>();
        ASSERT_NE(sla, nullptr);
        window->showPage(MainWindow::Page::Rules);
        window->ruleEditorPage()->tabs()->setCurrentWidget(sla);
        newLeadRow = rowNamed(*sla, QStringLiteral("New lead"));
        ASSERT_GE(newLeadRow, 0);
    }

    test::TempStore store;
    test::SalesOrg org;
    ManualClock clock{test::kTestStart};
    test::FakeUserPicker picker;
    std::unique_ptr<MainWindow> window;
    SlaPoliciesTab *sla = nullptr;
    int newLeadRow = -1;
};

} // namespace

TEST_F(WhatIfSlaDraftTest, UsesTheSlaTabsUnsavedTargets)
{
    // As stored: the German leads are on the 2 h "New lead" clock, none on the 5 min hot one.
    WhatIfDialog *dialog = openWhatIf(*window);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(columnTotal(*dialog, WhatIfDialog::Column::ClocksWhatIf), 2);
    EXPECT_EQ(columnTotal(*dialog, WhatIfDialog::Column::HotWhatIf), 0);
    EXPECT_TRUE(dialog->slaNoteLabel()->isHidden());
    delete dialog;

    // A 3 minute "New lead" target, not saved: it is now the strictest clock, so both leads are hot.
    window->ruleEditorPage()->tabs()->setCurrentWidget(sla);
    typeIntoCell(*sla, newLeadRow, SlaPoliciesTab::Column::TargetMinutes, QStringLiteral("3"));
    ASSERT_EQ(sla->table()
                  ->item(newLeadRow, static_cast<int>(SlaPoliciesTab::Column::TargetMinutes))
                  ->data(Qt::EditRole)
                  .toInt(),
              3);
    dialog = openWhatIf(*window);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(columnTotal(*dialog, WhatIfDialog::Column::ClocksWhatIf), 2);
    EXPECT_EQ(columnTotal(*dialog, WhatIfDialog::Column::HotWhatIf), 2);
    EXPECT_EQ(columnTotal(*dialog, WhatIfDialog::Column::HotNow), 0) << "now stays as stored";
    EXPECT_FALSE(dialog->slaNoteLabel()->isHidden());
    EXPECT_TRUE(dialog->slaNoteLabel()->text().contains(QStringLiteral("unsaved")))
        << dialog->slaNoteLabel()->text().toStdString();
    delete dialog;

    // Nothing was saved.
    EXPECT_EQ(LeadDispatcher(*store, clock).activePolicies(), SlaPolicySet::defaults());
}

TEST_F(WhatIfSlaDraftTest, AnInvalidDraftIsNamedAndTheStoredPoliciesUsed)
{
    // A target of zero cannot be saved: the What-if says so and replays the stored policies.
    window->ruleEditorPage()->tabs()->setCurrentWidget(sla);
    typeIntoCell(*sla, newLeadRow, SlaPoliciesTab::Column::TargetMinutes, QStringLiteral("0"));
    ASSERT_FALSE(sla->editedPolicies().check().isEmpty());
    WhatIfDialog *dialog = openWhatIf(*window);
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->slaNoteLabel()->isHidden());
    EXPECT_TRUE(dialog->slaNoteLabel()->text().contains(QStringLiteral("not valid")))
        << dialog->slaNoteLabel()->text().toStdString();
    EXPECT_EQ(columnTotal(*dialog, WhatIfDialog::Column::ClocksWhatIf), 2);
    EXPECT_EQ(columnTotal(*dialog, WhatIfDialog::Column::HotWhatIf), 0);
    delete dialog;
}

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
    EXPECT_TRUE(dialog->summaryLabel()->text().contains(QStringLiteral("2 leads created in the last 14 days")))
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
    EXPECT_TRUE(dialog->summaryLabel()->text().contains(QStringLiteral("3 leads created in the last 30 days")))
        << dialog->summaryLabel()->text().toStdString();
    dialog->reject();
}
