#include "ui/rules/RoutingRulesTab.h"

#include "core/store/Store.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiFixture.h"
#include "ui/Localization.h"
#include "ui/rules/ConditionBuilder.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace lr;
using lr::ui::RoutingRulesTab;

TEST(RoutingRulesTab, EditsConditionsInTheBuilderAndRefusesABadOne)
{
    test::TempStore store;
    const test::SalesOrg org = test::createSalesOrg(*store);
    ManualClock clock(test::kTestStart);
    RoutingRulesTab tab(*store, clock);
    tab.setUser(org.admin);
    tab.resize(1000, 700);
    tab.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&tab));

    const RoutingRuleSet before = tab.editedRules();
    ASSERT_GT(tab.list()->count(), 1);
    int conditional = -1;
    for (int row = 0; row < tab.list()->count(); ++row) {
        tab.list()->setCurrentRow(row);
        const RoutingRule &rule = before.rules.at(row);
        // Each rule's conditions show as builder rows (none for the default rule), not as JSON.
        EXPECT_EQ(tab.conditionsEdit()->conditions().conditions, rule.conditions.value_or(ConditionSet{}).conditions)
            << rule.name.toStdString();
        if (rule.conditions && conditional < 0)
            conditional = row;
    }
    ASSERT_GE(conditional, 0);

    // Applying an unchanged rule keeps it exactly.
    tab.list()->setCurrentRow(conditional);
    QTest::mouseClick(tab.applyButton(), Qt::LeftButton);
    EXPECT_EQ(tab.editedRules().rules.at(conditional).conditions, before.rules.at(conditional).conditions);

    // A new row left without a value is refused with the reason; the rule keeps its conditions.
    tab.list()->setCurrentRow(conditional);
    tab.conditionsEdit()->addRow();
    EXPECT_FALSE(tab.conditionsEdit()->isValid());
    QTest::mouseClick(tab.applyButton(), Qt::LeftButton);
    EXPECT_FALSE(tab.issuesLabel()->text().isEmpty());
    EXPECT_EQ(tab.editedRules().rules.at(conditional).conditions, before.rules.at(conditional).conditions);
}

TEST(RoutingRulesTab, TargetsReadAsWordsNotAsStoredKeys)
{
    test::TempStore store;
    const test::SalesOrg org = test::createSalesOrg(*store);
    ManualClock clock(test::kTestStart);
    RoutingRulesTab tab(*store, clock);
    tab.setUser(org.admin);
    const QStringList keys{QStringLiteral("pool"), QStringLiteral("team"), QStringLiteral("user"),
                           QStringLiteral("account_owner")};
    ASSERT_EQ(tab.targetTypeBox()->count(), 4);
    for (int i = 0; i < tab.targetTypeBox()->count(); ++i)
        EXPECT_FALSE(keys.contains(tab.targetTypeBox()->itemText(i))) << tab.targetTypeBox()->itemText(i).toStdString();
    EXPECT_NE(tab.targetTypeBox()->findText(QStringLiteral("Named account owner")), -1);
    for (int row = 0; row < tab.list()->count(); ++row) {
        const QString text = tab.list()->item(row)->text();
        for (const QString &key : keys)
            EXPECT_FALSE(text.contains(QStringLiteral("→ ") + key + QLatin1Char(','))) << text.toStdString();
    }
}

// In Russian the five buttons did not fit one row beside the list: each now sits with what it acts
// on, and every button shows its whole label.
TEST(RoutingRulesTab, EveryButtonShowsItsWholeLabelInRussian)
{
    QTranslator russian;
    ASSERT_TRUE(russian.load(lr::ui::Localization::catalogPath(QStringLiteral("ru"))));
    QCoreApplication::installTranslator(&russian);
    const auto remove = qScopeGuard([&] { QCoreApplication::removeTranslator(&russian); });
    // The app's padding around every label.
    const test::AppLook look;
    test::TempStore store;
    const test::SalesOrg org = test::createSalesOrg(*store);
    ManualClock clock(test::kTestStart);
    RoutingRulesTab tab(*store, clock);
    tab.setUser(org.admin);
    tab.resize(1000, 700);
    tab.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&tab));
    const QList<QPushButton *> buttons = tab.findChildren<QPushButton *>();
    ASSERT_GE(buttons.size(), 5);
    for (const QPushButton *b : buttons) {
        if (b->isVisible()) {
            EXPECT_GE(b->width(), b->sizeHint().width()) << b->text().toStdString();
        }
    }
}
