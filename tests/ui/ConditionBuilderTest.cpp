#include "ui/rules/ConditionBuilder.h"

#include "core/scoring/ScoringConfig.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace lr;
using lr::ui::ConditionBuilder;

namespace {

void pick(QComboBox *box, const QVariant &data)
{
    const int i = box->findData(data);
    ASSERT_GE(i, 0) << data.toString().toStdString();
    box->setCurrentIndex(i);
}

QList<ConditionOp> offered(const ConditionBuilder &b, int row)
{
    QList<ConditionOp> out;
    for (int i = 0; i < b.operatorBox(row)->count(); ++i)
        out.append(static_cast<ConditionOp>(b.operatorBox(row)->itemData(i).toInt()));
    return out;
}

} // namespace

TEST(ConditionBuilder, ShowsEveryDefaultRuleAndGivesItBackUnchanged)
{
    ConditionBuilder builder;
    for (const ScoringRule &rule : ScoringConfig::defaults().rules) {
        builder.setConditions(rule.when);
        EXPECT_EQ(builder.rowCount(), rule.when.conditions.size()) << rule.id.toStdString();
        EXPECT_EQ(builder.conditions(), rule.when) << rule.id.toStdString();
        EXPECT_TRUE(builder.isValid()) << rule.id.toStdString();
    }
}

TEST(ConditionBuilder, OffersOnlyTheOperatorsOfTheFieldsType)
{
    ConditionBuilder builder;
    builder.addRow();
    pick(builder.fieldBox(0), static_cast<int>(LeadField::Employees));
    EXPECT_EQ(offered(builder, 0), (QList<ConditionOp>{ConditionOp::Range, ConditionOp::Equals, ConditionOp::IsEmpty}));
    pick(builder.fieldBox(0), static_cast<int>(LeadField::FreeMail));
    EXPECT_EQ(offered(builder, 0), QList<ConditionOp>{ConditionOp::Equals});
    EXPECT_EQ(builder.currentValueEditor(0), builder.choiceBox(0)) << "yes/no is a choice, not typed";
    pick(builder.fieldBox(0), static_cast<int>(LeadField::Title));
    EXPECT_TRUE(offered(builder, 0).contains(ConditionOp::TitleKeyword));
    EXPECT_TRUE(offered(builder, 0).contains(ConditionOp::Regex));
    EXPECT_FALSE(offered(builder, 0).contains(ConditionOp::Range));
    pick(builder.fieldBox(0), ConditionBuilder::kEventsField);
    EXPECT_EQ(offered(builder, 0), QList<ConditionOp>{ConditionOp::EventCount});
}

TEST(ConditionBuilder, BuildsARuleFromPickersAlone)
{
    ConditionBuilder builder;
    QSignalSpy changed(&builder, &ConditionBuilder::changed);
    QTest::mouseClick(builder.addButton(), Qt::LeftButton);
    QTest::mouseClick(builder.addButton(), Qt::LeftButton);
    QTest::mouseClick(builder.addButton(), Qt::LeftButton);
    ASSERT_EQ(builder.rowCount(), 3);
    EXPECT_GE(changed.count(), 3);

    pick(builder.fieldBox(0), static_cast<int>(LeadField::Employees));
    pick(builder.operatorBox(0), static_cast<int>(ConditionOp::Range));
    EXPECT_EQ(builder.currentValueEditor(0)->objectName(), QStringLiteral("conditionRange0"));
    builder.minBox(0)->setValue(50);
    builder.maxBox(0)->setValue(200);

    pick(builder.fieldBox(1), static_cast<int>(LeadField::FormType));
    pick(builder.operatorBox(1), static_cast<int>(ConditionOp::In));
    EXPECT_EQ(builder.currentValueEditor(1), builder.choiceList(1));
    for (int i = 0; i < builder.choiceList(1)->count(); ++i) {
        QListWidgetItem *item = builder.choiceList(1)->item(i);
        if (item->data(Qt::UserRole) == QStringLiteral("demo_request") ||
            item->data(Qt::UserRole) == QStringLiteral("pricing"))
            item->setCheckState(Qt::Checked);
    }

    pick(builder.fieldBox(2), ConditionBuilder::kEventsField);
    pick(builder.eventTypeBox(2), QStringLiteral("page_view"));
    QTest::keyClicks(builder.urlEdit(2), QStringLiteral("/pricing"));
    builder.countBox(2)->setValue(3);
    builder.daysBox(2)->setValue(7);
    pick(builder.matchBox(), static_cast<int>(ConditionSet::Match::Any));

    ASSERT_TRUE(builder.isValid()) << builder.problems().join(QLatin1Char('|')).toStdString();
    const ConditionSet set = builder.conditions();
    EXPECT_EQ(set.match, ConditionSet::Match::Any);
    ASSERT_EQ(set.conditions.size(), 3);
    EXPECT_EQ(set.conditions[0].op, ConditionOp::Range);
    EXPECT_EQ(set.conditions[0].min, 50);
    EXPECT_EQ(set.conditions[0].max, 200);
    EXPECT_EQ(set.conditions[1].values, (QStringList{QStringLiteral("demo_request"), QStringLiteral("pricing")}));
    EXPECT_EQ(set.conditions[2].eventType, QStringLiteral("page_view"));
    EXPECT_EQ(set.conditions[2].urlContains, QStringLiteral("/pricing"));
    EXPECT_EQ(set.conditions[2].minCount, 3);
    EXPECT_EQ(set.conditions[2].withinDays, 7);
    // The JSON a rule document stores reads back to the same conditions.
    EXPECT_EQ(ConditionSet::fromJson(set.toJson()).value(), set);

    QTest::mouseClick(builder.removeButton(1), Qt::LeftButton);
    ASSERT_EQ(builder.rowCount(), 2);
    EXPECT_EQ(builder.conditions().conditions[1].op, ConditionOp::EventCount);
}

TEST(ConditionBuilder, ABadPatternIsShownAtItsField)
{
    ConditionBuilder builder;
    builder.addRow();
    pick(builder.fieldBox(0), static_cast<int>(LeadField::EmailDomain));
    pick(builder.operatorBox(0), static_cast<int>(ConditionOp::Regex));
    QTest::keyClicks(builder.textEdit(0), QStringLiteral("(\\.edu"));
    EXPECT_FALSE(builder.isValid());
    EXPECT_TRUE(builder.problemLabel(0)->isVisibleTo(&builder));
    EXPECT_TRUE(builder.problemLabel(0)->text().contains(QStringLiteral("does not compile")))
        << builder.problemLabel(0)->text().toStdString();
    EXPECT_EQ(builder.textEdit(0)->toolTip(), builder.problemLabel(0)->text());
    EXPECT_TRUE(builder.textEdit(0)->styleSheet().contains(QStringLiteral("border")));

    QTest::keyClick(builder.textEdit(0), Qt::Key_End);
    QTest::keyClicks(builder.textEdit(0), QStringLiteral(")$"));
    EXPECT_TRUE(builder.isValid()) << builder.problems().join(QLatin1Char('|')).toStdString();
    EXPECT_FALSE(builder.problemLabel(0)->isVisibleTo(&builder));
    EXPECT_TRUE(builder.textEdit(0)->styleSheet().isEmpty());
}

TEST(ConditionBuilder, EmptyValuesAndBackwardRangesAreRefusedAtTheField)
{
    ConditionBuilder builder;
    builder.addRow();
    pick(builder.fieldBox(0), static_cast<int>(LeadField::Industry));
    pick(builder.operatorBox(0), static_cast<int>(ConditionOp::Equals));
    builder.textEdit(0)->clear();
    EXPECT_FALSE(builder.isValid()) << "an empty required value";
    EXPECT_FALSE(builder.problemLabel(0)->text().isEmpty());
    pick(builder.operatorBox(0), static_cast<int>(ConditionOp::In));
    builder.textEdit(0)->setText(QStringLiteral(" , "));
    EXPECT_FALSE(builder.isValid()) << "a list of nothing";
    builder.textEdit(0)->setText(QStringLiteral("Software, SaaS"));
    EXPECT_TRUE(builder.isValid());
    EXPECT_EQ(builder.conditions().conditions[0].values,
              (QStringList{QStringLiteral("Software"), QStringLiteral("SaaS")}));

    pick(builder.fieldBox(0), static_cast<int>(LeadField::Employees));
    pick(builder.operatorBox(0), static_cast<int>(ConditionOp::Range));
    EXPECT_FALSE(builder.isValid()) << "a range without bounds";
    builder.minBox(0)->setValue(200);
    builder.maxBox(0)->setValue(50);
    EXPECT_FALSE(builder.isValid());
    EXPECT_TRUE(builder.problemLabel(0)->text().contains(QStringLiteral("above")));
    EXPECT_TRUE(builder.currentValueEditor(0)->styleSheet().contains(QStringLiteral("border")));

    pick(builder.fieldBox(0), static_cast<int>(LeadField::Title));
    pick(builder.operatorBox(0), static_cast<int>(ConditionOp::TitleKeyword));
    EXPECT_FALSE(builder.isValid()) << "no role chosen";
    builder.choiceList(0)->item(0)->setCheckState(Qt::Checked);
    EXPECT_TRUE(builder.isValid());
}

TEST(ConditionBuilder, NoRowsIsNotAValidSet)
{
    ConditionBuilder builder;
    EXPECT_FALSE(builder.isValid());
    builder.setConditions(ScoringConfig::defaults().rules.first().when);
    EXPECT_TRUE(builder.isValid());
    while (builder.rowCount() > 0)
        QTest::mouseClick(builder.removeButton(0), Qt::LeftButton);
    EXPECT_FALSE(builder.isValid());
}
