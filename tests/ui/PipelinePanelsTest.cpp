#include "ui/pages/PipelinePage.h"

#include "core/pipeline/DealService.h"
#include "core/pipeline/PipelineTimers.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiFixture.h"
#include "ui/board/BoardColumnModel.h"
#include "ui/board/BoardView.h"
#include "ui/board/DealDetailPanel.h"
#include "ui/board/StageColumn.h"
#include "ui/dialogs/StageEditorDialog.h"
#include "ui/rules/PipelineRulesTab.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace lr;
using lr::ui::DealDetailPanel;
using lr::ui::PipelinePage;
using lr::ui::StageColumn;
using lr::ui::StageEditorDialog;

namespace {

class PipelinePanelsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        org = test::createSalesOrg(*store);
        pipeline = store->pipelines.all().value(0);
        annaDeal = deal(org.anna, QStringLiteral("Firma Nowak – 20 seats"), QStringLiteral("Negotiation"), 4000000);
        borisDeal = deal(org.boris, QStringLiteral("Boris GmbH – 5 seats"), QStringLiteral("New Lead"), 500000);
        carlaDeal = deal(org.carla, QStringLiteral("Carla SRL – 9 seats"), QStringLiteral("New Lead"), 900000);
    }

    Id stage(const QString &name) const
    {
        for (const Stage &s : pipeline.stages) {
            if (s.name == name)
                return s.id;
        }
        return 0;
    }

    Id deal(const User &owner, const QString &title, const QString &stageName, qint64 cents)
    {
        Deal d;
        d.pipelineId = pipeline.id;
        d.stageId = stage(stageName);
        d.ownerId = owner.id;
        d.title = title;
        d.valueCents = cents;
        d.createdAt = test::kTestStart - 3 * kDayMs;
        d.expectedCloseAt = test::kTestStart + 20 * kDayMs;
        return store->deals.create(d, owner.id).value();
    }

    std::unique_ptr<PipelinePage> page(const User &user)
    {
        auto p = std::make_unique<PipelinePage>(*store, clock, user);
        p->resize(1600, 800);
        p->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(p.get()));
        return p;
    }

    void clickCard(PipelinePage &p, Id stageId, Id dealId)
    {
        StageColumn *column = p.board()->column(stageId);
        ASSERT_TRUE(column);
        p.board()->ensureWidgetVisible(column);
        const int row = column->model()->rowOf(dealId);
        ASSERT_GE(row, 0);
        QTest::mouseClick(column->list()->viewport(), Qt::LeftButton, {},
                          column->list()->visualRect(column->model()->index(row)).center());
    }

    static void retype(QWidget *editor, const QString &text)
    {
        auto *line = qobject_cast<QLineEdit *>(editor);
        ASSERT_TRUE(line);
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Delete);
        QTest::keyClicks(line, text);
    }

    test::TempStore store;
    ManualClock clock{test::kTestStart};
    test::SalesOrg org;
    Pipeline pipeline;
    Id annaDeal = 0, borisDeal = 0, carlaDeal = 0;
};

} // namespace

TEST_F(PipelinePanelsTest, ClickingACardShowsItsDetailsAndSavingAValueUpdatesTheColumn)
{
    auto p = page(org.northManager);
    DealDetailPanel *panel = p->detailPanel();
    EXPECT_EQ(panel->dealId(), 0);
    clickCard(*p, stage(QStringLiteral("Negotiation")), annaDeal);
    ASSERT_EQ(panel->dealId(), annaDeal);
    EXPECT_EQ(panel->titleLabel()->text(), QStringLiteral("Firma Nowak – 20 seats"));
    ASSERT_EQ(panel->historyList()->count(), 1);
    EXPECT_TRUE(panel->historyList()->item(0)->text().contains(QStringLiteral("Negotiation")));

    retype(panel->editor(QStringLiteral("value")), QStringLiteral("50000"));
    QTest::mouseClick(panel->saveButton(), Qt::LeftButton);
    EXPECT_TRUE(panel->errorLabel()->isHidden()) << panel->errorLabel()->text().toStdString();
    EXPECT_EQ(store->deals.find(AccessScope::system(), annaDeal)->valueCents, 5000000);
    const QString sums = p->board()
                             ->column(stage(QStringLiteral("Negotiation")))
                             ->findChild<QLabel *>(QStringLiteral("stageSums"))
                             ->text();
    EXPECT_TRUE(sums.contains(QStringLiteral("40k"))) << sums.toStdString(); // 80 % of 50,000
}

TEST_F(PipelinePanelsTest, ClearingWhatTheStageRequiresShowsCoresRefusal)
{
    DealService service(*store, clock);
    ASSERT_TRUE(service
                    .move(AccessScope::system(), borisDeal, stage(QStringLiteral("Proposal Sent")),
                          {{QStringLiteral("decision_maker"), QStringLiteral("Eva Braun")}})
                    .ok());
    auto p = page(org.boris);
    clickCard(*p, stage(QStringLiteral("Proposal Sent")), borisDeal);
    DealDetailPanel *panel = p->detailPanel();
    ASSERT_EQ(panel->dealId(), borisDeal);
    retype(panel->editor(QStringLiteral("decision_maker")), QString());
    QTest::mouseClick(panel->saveButton(), Qt::LeftButton);
    EXPECT_FALSE(panel->errorLabel()->isHidden());
    EXPECT_TRUE(panel->errorLabel()->text().contains(QStringLiteral("Decision maker")));
    EXPECT_EQ(store->deals.find(AccessScope::system(), borisDeal)->decisionMaker, QStringLiteral("Eva Braun"));
}

TEST_F(PipelinePanelsTest, AdministratorsFilterByTeamAndOthersDoNot)
{
    auto admin = page(org.admin);
    ASSERT_FALSE(admin->teamFilter()->isHidden());
    StageColumn *newLead = admin->board()->column(stage(QStringLiteral("New Lead")));
    EXPECT_EQ(newLead->model()->rowCount(), 2);
    admin->teamFilter()->setCurrentIndex(admin->teamFilter()->findData(org.south.id));
    EXPECT_EQ(admin->board()->column(stage(QStringLiteral("New Lead")))->model()->rowCount(), 1);
    EXPECT_EQ(admin->ownerFilter()->findData(org.anna.id), -1) << "owners of the chosen team only";
    EXPECT_TRUE(admin->pipelineFilter()->isHidden()) << "one pipeline: nothing to choose";
    EXPECT_TRUE(admin->editStagesAction()->isVisible());

    auto rep = page(org.anna);
    EXPECT_TRUE(rep->teamFilter()->isHidden());
    EXPECT_FALSE(rep->editStagesAction()->isVisible());
}

TEST_F(PipelinePanelsTest, TheStageEditorSavesThroughCoreAndExplainsRefusals)
{
    StageEditorDialog dialog(*store, org.admin, pipeline.id);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTableWidget *table = dialog.table();
    ASSERT_EQ(table->rowCount(), 9);
    EXPECT_EQ(table->item(3, StageEditorDialog::NameColumn)->text(), QStringLiteral("Discovery Booked"));
    auto *probability = qobject_cast<QSpinBox *>(table->cellWidget(3, StageEditorDialog::ProbabilityColumn));
    ASSERT_TRUE(probability);
    EXPECT_EQ(probability->value(), 20);
    probability->setValue(25);
    ASSERT_TRUE(dialog.save());
    EXPECT_EQ(store->pipelines.stage(stage(QStringLiteral("Discovery Booked")))->probability, 25);

    table->selectRow(0); // New Lead holds two deals
    QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("New Lead")))
        << dialog.errorLabel()->text().toStdString();

    QTest::mouseClick(dialog.defaultsButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog.save()) << dialog.errorLabel()->text().toStdString();
    EXPECT_EQ(store->pipelines.stage(stage(QStringLiteral("Discovery Booked")))->probability, 20);
    EXPECT_EQ(store->pipelines.find(pipeline.id)->stages.size(), 9);

    StageEditorDialog repDialog(*store, org.anna, pipeline.id);
    EXPECT_FALSE(repDialog.save());
    EXPECT_TRUE(repDialog.errorLabel()->text().contains(QStringLiteral("administrators")));
}

TEST_F(PipelinePanelsTest, ThePipelineRulesTabEditsTheGhostBusterForAdminsOnly)
{
    lr::ui::PipelineRulesTab tab(*store, clock);
    tab.setUser(org.admin);
    EXPECT_EQ(tab.silentDays()->value(), 14) << "the shipped default";
    EXPECT_EQ(tab.timingDays()->value(), 90);
    tab.silentDays()->setValue(10);
    tab.budgetDays()->setValue(120);
    QTest::mouseClick(tab.saveButton(), Qt::LeftButton);
    const PipelineRules saved = PipelineTimers(*store, clock).rules();
    EXPECT_EQ(saved.ghostBuster.silentDays, 10);
    EXPECT_EQ(saved.checkInDays.value(QStringLiteral("budget")), 120);

    tab.setUser(org.anna);
    tab.silentDays()->setValue(3);
    EXPECT_FALSE(tab.save());
    EXPECT_EQ(PipelineTimers(*store, clock).rules().ghostBuster.silentDays, 10);
}
