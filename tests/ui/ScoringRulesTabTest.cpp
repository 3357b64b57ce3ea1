#include "ui/rules/ScoringRulesTab.h"

#include "core/intake/IntakeProcessor.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiFixture.h"
#include "ui/Localization.h"
#include "ui/rules/ConditionBuilder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace lr;
using lr::ui::ScoringRulesTab;

namespace {

struct Fixture
{
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    test::SalesOrg org = test::createSalesOrg(*store);
    Id ceo = submit({{QStringLiteral("email"), QStringLiteral("maria@acme-software.de")},
                     {QStringLiteral("first_name"), QStringLiteral("Maria")},
                     {QStringLiteral("title"), QStringLiteral("CEO")},
                     {QStringLiteral("industry"), QStringLiteral("Software")},
                     {QStringLiteral("employees"), 120},
                     {QStringLiteral("form_type"), QStringLiteral("demo_request")}}); // 75, SQL
    Id sizeOnly = submit({{QStringLiteral("email"), QStringLiteral("cleo@firma-c.de")},
                          {QStringLiteral("employees"), 100}}); // 15, Nurture
    int confirmations = 0;
    ScoreImpact lastImpact;

    Id submit(const QJsonObject &fields)
    {
        clock.advance(kSecondMs);
        return IntakeProcessor(*store, clock)
            .submit(JournalEntry::Channel::Webhook, QStringLiteral("web"), fields)
            .leadId;
    }
    Lead lead(Id id) { return *store->leads.find(AccessScope::system(), id); }
    int activeVersion() { return store->rules.activeVersion(ScoringService::ruleKind()); }
    void prepare(ScoringRulesTab &tab, const User &user)
    {
        tab.setConfirm([this](const ScoreImpact &impact) {
            ++confirmations;
            lastImpact = impact;
            return true;
        });
        tab.setUser(user);
    }
};

} // namespace

TEST(ScoringRulesTab, GroupsTheRulesByAxis)
{
    Fixture f;
    ScoringRulesTab tab(*f.store, f.clock);
    f.prepare(tab, f.org.admin);
    QTreeWidget *tree = tab.ruleTree();
    ASSERT_EQ(tree->topLevelItemCount(), 3);
    EXPECT_EQ(tree->topLevelItem(0)->text(0), displayName(ScoreAxis::Fit));
    EXPECT_EQ(tree->topLevelItem(1)->childCount(), 3) << "demo request, pricing page, email opens";
    EXPECT_EQ(tree->topLevelItem(1)->child(0)->text(1), QStringLiteral("+25"));
    ASSERT_TRUE(tab.selectRule(QStringLiteral("c_level")));
    EXPECT_EQ(tab.nameEdit()->text(), QStringLiteral("C-level, CEO or founder"));
    EXPECT_EQ(tab.conditionBuilder()->rowCount(), 1);

    // Move "C-level" above "Company size" within Fit; the breakdown order follows.
    const QString above = tree->topLevelItem(0)->child(0)->text(0);
    QTest::mouseClick(tab.upButton(), Qt::LeftButton);
    EXPECT_EQ(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("C-level, CEO or founder"));
    EXPECT_EQ(tree->topLevelItem(0)->child(1)->text(0), above);
    EXPECT_EQ(tab.nameEdit()->text(), QStringLiteral("C-level, CEO or founder")) << "the moved rule stays selected";

    // Moving a rule to another axis moves it to that group.
    tab.axisBox()->setCurrentIndex(tab.axisBox()->findData(static_cast<int>(ScoreAxis::Timing)));
    EXPECT_EQ(tree->topLevelItem(2)->childCount(), 4);
    EXPECT_EQ(tab.editedConfig().rules.size(), ScoringConfig::defaults().rules.size());

    QTest::mouseClick(tab.addButton(), Qt::LeftButton);
    EXPECT_EQ(tab.editedConfig().rules.size(), ScoringConfig::defaults().rules.size() + 1);
    EXPECT_FALSE(tab.conditionBuilder()->isValid()) << "a new rule's condition waits for a value";
    QTest::mouseClick(tab.deleteButton(), Qt::LeftButton);
    EXPECT_EQ(tab.editedConfig().rules.size(), ScoringConfig::defaults().rules.size());
}

TEST(ScoringRulesTab, EditingPointsAndSavingAddsAVersionAndRescores)
{
    Fixture f;
    ScoringRulesTab tab(*f.store, f.clock);
    f.prepare(tab, f.org.admin);
    QSignalSpy finished(&tab, &ScoringRulesTab::rescoreFinished);
    ASSERT_TRUE(tab.selectRule(QStringLiteral("company_size")));
    tab.pointsBox()->setValue(25);
    EXPECT_EQ(tab.ruleTree()->currentItem()->text(1), QStringLiteral("+25"));
    QTest::mouseClick(tab.saveButton(), Qt::LeftButton);
    EXPECT_EQ(f.confirmations, 1) << "the impact is shown and confirmed before saving";
    EXPECT_EQ(f.lastImpact.moved(ScoreClass::Nurture, ScoreClass::Mql), 1);
    EXPECT_EQ(tab.impactTable()->item(2, 1)->text(), QStringLiteral("1")) << "Nurture → MQL";
    EXPECT_EQ(f.activeVersion(), 2);
    ASSERT_TRUE(test::waitFor([&] { return finished.count() == 1; }, 10000));
    EXPECT_TRUE(finished.at(0).at(0).toString().isEmpty()) << finished.at(0).at(0).toString().toStdString();
    EXPECT_EQ(f.lead(f.sizeOnly).score, 25);
    EXPECT_EQ(f.lead(f.sizeOnly).scoreClass, QStringLiteral("mql"));
    EXPECT_EQ(tab.versionList()->count(), 2);
    EXPECT_TRUE(tab.versionList()->item(0)->text().contains(f.org.admin.name));

    // Not confirmed: nothing saved.
    tab.setConfirm([](const ScoreImpact &) { return false; });
    tab.pointsBox()->setValue(30);
    EXPECT_FALSE(tab.save());
    EXPECT_EQ(f.activeVersion(), 2);
}

TEST(ScoringRulesTab, ARescoreLeftUnfinishedIsResumed)
{
    Fixture f;
    ScoringConfig config = ScoringConfig::defaults();
    for (ScoringRule &rule : config.rules) {
        if (rule.id == QLatin1String("company_size"))
            rule.points = 25;
    }
    ASSERT_TRUE(ScoringService(*f.store, f.clock).saveRules(f.org.admin, config)); // and the app closed
    ScoringRulesTab tab(*f.store, f.clock);
    f.prepare(tab, f.org.admin);
    QSignalSpy finished(&tab, &ScoringRulesTab::rescoreFinished);
    QSignalSpy messages(&tab, &ui::RuleEditorTab::message);
    ASSERT_TRUE(tab.resumeRescoreIfDue());
    ASSERT_TRUE(test::waitFor([&] { return finished.count() == 1; }, 10000));
    EXPECT_TRUE(finished.at(0).at(0).toString().isEmpty()) << finished.at(0).at(0).toString().toStdString();
    EXPECT_EQ(f.lead(f.sizeOnly).score, 25);
    ASSERT_GE(messages.count(), 2);
    EXPECT_TRUE(messages.last().at(0).toString().contains(QStringLiteral("to rules version 2")))
        << messages.last().at(0).toString().toStdString();
    EXPECT_FALSE(tab.resumeRescoreIfDue()) << "nothing left to do";
}

TEST(ScoringRulesTab, ThresholdsOutOfOrderAreShownAndNeverSaved)
{
    Fixture f;
    ScoringRulesTab tab(*f.store, f.clock);
    f.prepare(tab, f.org.admin);
    const int before = f.activeVersion();
    tab.thresholdBox(ScoreClass::Mql)->setValue(35);
    EXPECT_TRUE(tab.thresholdProblem()->isVisibleTo(&tab));
    EXPECT_TRUE(tab.thresholdProblem()->text().contains(QStringLiteral("MQL (35) must be below SQL (30)")))
        << tab.thresholdProblem()->text().toStdString();
    EXPECT_EQ(tab.thresholdBox(ScoreClass::Mql)->toolTip(), tab.thresholdProblem()->text());
    QTest::mouseClick(tab.saveButton(), Qt::LeftButton);
    EXPECT_EQ(f.confirmations, 0);
    EXPECT_EQ(f.activeVersion(), before);

    tab.thresholdBox(ScoreClass::Mql)->setValue(25);
    EXPECT_FALSE(tab.thresholdProblem()->isVisibleTo(&tab));
    EXPECT_TRUE(tab.thresholdBox(ScoreClass::Mql)->toolTip().isEmpty());

    // A bad pattern in a rule is refused the same way.
    ASSERT_TRUE(tab.selectRule(QStringLiteral("free_mail")));
    lr::ui::ConditionBuilder *when = tab.conditionBuilder();
    when->fieldBox(0)->setCurrentIndex(when->fieldBox(0)->findData(static_cast<int>(LeadField::EmailDomain)));
    when->operatorBox(0)->setCurrentIndex(when->operatorBox(0)->findData(static_cast<int>(ConditionOp::Regex)));
    when->textEdit(0)->setText(QStringLiteral("[gmail"));
    EXPECT_FALSE(tab.save());
    EXPECT_TRUE(tab.issuesLabel()->text().contains(QStringLiteral("does not compile")))
        << tab.issuesLabel()->text().toStdString();
    EXPECT_EQ(f.activeVersion(), before);
}

TEST(ScoringRulesTab, TestAgainstALeadShowsItsNewBreakdown)
{
    Fixture f;
    ScoringRulesTab tab(*f.store, f.clock);
    f.prepare(tab, f.org.admin);
    ASSERT_TRUE(tab.selectRule(QStringLiteral("demo_request")));
    tab.enabledBox()->setChecked(false);
    QTest::keyClicks(tab.testLeadEdit(), QStringLiteral("maria@acme-software.de"));
    QTest::mouseClick(tab.testButton(), Qt::LeftButton);
    EXPECT_TRUE(tab.testSummary()->text().contains(QStringLiteral("now 75 (SQL), with these rules 50 (SQL)")))
        << tab.testSummary()->text().toStdString();
    QTableWidget *table = tab.testTable();
    ASSERT_EQ(table->rowCount(), 4);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("Demo request form"));
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("+25"));
    EXPECT_TRUE(table->item(0, 3)->text().isEmpty());
    EXPECT_EQ(f.lead(f.ceo).score, 75) << "testing stores nothing";

    tab.testLeadEdit()->setText(QString::number(f.sizeOnly));
    ASSERT_TRUE(tab.testAgainstLead());
    EXPECT_TRUE(tab.testSummary()->text().contains(QStringLiteral("now 15 (Nurture)")));
    tab.testLeadEdit()->setText(QStringLiteral("nobody@nowhere.example"));
    EXPECT_FALSE(tab.testAgainstLead());
    EXPECT_EQ(tab.testTable()->rowCount(), 0);
}

TEST(ScoringRulesTab, AnOlderVersionCanBeViewedAndRestored)
{
    Fixture f;
    ScoringRulesTab tab(*f.store, f.clock);
    f.prepare(tab, f.org.admin);
    QSignalSpy finished(&tab, &ScoringRulesTab::rescoreFinished);
    ASSERT_TRUE(tab.selectRule(QStringLiteral("company_size")));
    tab.pointsBox()->setValue(40);
    ASSERT_TRUE(tab.save()) << tab.issuesLabel()->text().toStdString();
    ASSERT_TRUE(test::waitFor([&] { return finished.count() == 1; }, 10000));
    ASSERT_EQ(tab.versionList()->count(), 2);

    tab.versionList()->setCurrentRow(1); // version 1, the shipped defaults
    QTest::mouseClick(tab.viewVersionButton(), Qt::LeftButton);
    ASSERT_TRUE(tab.selectRule(QStringLiteral("company_size")));
    EXPECT_EQ(tab.pointsBox()->value(), 15);
    EXPECT_EQ(f.activeVersion(), 2) << "viewing saves nothing";

    tab.versionList()->setCurrentRow(1);
    QTest::mouseClick(tab.restoreVersionButton(), Qt::LeftButton);
    EXPECT_EQ(f.activeVersion(), 3) << "restoring saves the old rules as a new version";
    EXPECT_EQ(ScoringService(*f.store, f.clock).config().rules, ScoringConfig::defaults().rules);
    ASSERT_TRUE(test::waitFor([&] { return finished.count() == 2; }, 10000));
    EXPECT_EQ(f.lead(f.sizeOnly).score, 15);
    EXPECT_EQ(tab.versionList()->count(), 3);
    EXPECT_TRUE(tab.versionList()->item(0)->text().contains(QStringLiteral("(active)")));
}

TEST(ScoringRulesTab, OnlyAdministratorsMayEdit)
{
    Fixture f;
    ScoringRulesTab tab(*f.store, f.clock);
    f.prepare(tab, f.org.northManager);
    EXPECT_FALSE(tab.ruleTree()->isEnabledTo(&tab));
    EXPECT_FALSE(tab.save());
    EXPECT_TRUE(tab.issuesLabel()->text().contains(QStringLiteral("administrators")))
        << tab.issuesLabel()->text().toStdString();
    EXPECT_EQ(f.activeVersion(), 1);
}

TEST(ScoringRulesTab, TheImpactTableShowsEveryRowWholeWithoutScrolling)
{
    Fixture f;
    // With the app's style sheet, whose header padding squeezed the rows.
    const test::AppLook look;
    ScoringRulesTab tab(*f.store, f.clock);
    tab.resize(1100, 700);
    tab.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&tab));
    auto *impact = tab.findChild<QTableWidget *>(QStringLiteral("scoringImpact"));
    ASSERT_NE(impact, nullptr);
    const int line = impact->fontMetrics().height();
    for (int row = 0; row < impact->rowCount(); ++row) {
        // A label's line and the padding around it: never cut at the top.
        EXPECT_GE(impact->rowHeight(row), line + 8) << row;
        EXPECT_LE(impact->rowViewportPosition(row) + impact->rowHeight(row), impact->viewport()->height()) << row;
    }
    EXPECT_EQ(impact->verticalScrollBar()->maximum(), 0);
}

TEST(ScoringRulesTab, AShippedRuleReadsInTheAdminsLanguageAndIsStoredAsShippedUntilRenamed)
{
    QTranslator polish;
    ASSERT_TRUE(polish.load(ui::Localization::catalogPath(QStringLiteral("pl"))));
    QCoreApplication::installTranslator(&polish);
    const auto removePolish = qScopeGuard([&] { QCoreApplication::removeTranslator(&polish); });
    const QString demo = QStringLiteral("Demo request form");
    const QString polishDemo = QCoreApplication::translate("lr::ScoringConfig", "Demo request form");
    ASSERT_NE(polishDemo, demo);
    EXPECT_EQ(ScoringConfig::displayName(QStringLiteral("demo_request"), demo), polishDemo);
    EXPECT_EQ(ScoringConfig::displayName(QStringLiteral("demo_request"), polishDemo), polishDemo);
    EXPECT_EQ(ScoringConfig::displayName(QStringLiteral("demo_request"), QStringLiteral("Demo ask")),
              QStringLiteral("Demo ask"));
    EXPECT_EQ(ScoringConfig::displayName(QStringLiteral("my_rule"), demo), demo) << "an admin's rule of that name";

    Fixture f;
    ScoringRulesTab tab(*f.store, f.clock);
    f.prepare(tab, f.org.admin);
    ASSERT_TRUE(tab.selectRule(QStringLiteral("demo_request")));
    EXPECT_EQ(tab.nameEdit()->text(), polishDemo);
    // Changing the points keeps the name stored as shipped, so a Russian rep still reads it in Russian.
    tab.pointsBox()->setValue(30);
    const auto edited = [&tab](const QString &id) {
        for (const ScoringRule &r : tab.editedConfig().rules) {
            if (r.id == id)
                return r;
        }
        return ScoringRule();
    };
    EXPECT_EQ(edited(QStringLiteral("demo_request")).name, demo);
    EXPECT_EQ(edited(QStringLiteral("demo_request")).points, 30);
    // A name the admin types is theirs.
    tab.nameEdit()->clear();
    QTest::keyClicks(tab.nameEdit(), QStringLiteral("Prosba o demo"));
    EXPECT_EQ(edited(QStringLiteral("demo_request")).name, QStringLiteral("Prosba o demo"));
    // Named back as shipped, in Polish: stored as shipped, so a Russian rep reads it in Russian.
    tab.nameEdit()->setText(polishDemo);
    emit tab.nameEdit()->textEdited(polishDemo);
    EXPECT_EQ(edited(QStringLiteral("demo_request")).name, demo);
}
