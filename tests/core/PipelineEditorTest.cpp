#include "core/pipeline/PipelineEditor.h"
#include "tests/core/DealFixture.h"

#include <gtest/gtest.h>

using namespace lr;

namespace {

class PipelineEditorTest : public test::DealFixture
{
protected:
    void SetUp() override
    {
        test::DealFixture::SetUp();
        m_admin.name = QStringLiteral("Alex Morgan");
        m_admin.email = QStringLiteral("alex@leadrelay.example");
        m_admin.role = Role::Admin;
        m_admin.id = m_store->users.create(m_admin).value();
    }
    User m_admin;
    PipelineEditor m_editor{*m_store};
};

TEST_F(PipelineEditorTest, TheShippedDefaultsAreTheSeededStages)
{
    const QList<Stage> shipped = PipelineEditor::shippedDefaults();
    ASSERT_EQ(shipped.size(), m_pipeline.stages.size());
    for (int i = 0; i < shipped.size(); ++i) {
        const Stage &seed = m_pipeline.stages.at(i);
        EXPECT_EQ(shipped.at(i).name, seed.name);
        EXPECT_EQ(shipped.at(i).probability, seed.probability) << seed.name.toStdString();
        EXPECT_EQ(shipped.at(i).rotDays, seed.rotDays) << seed.name.toStdString();
        EXPECT_EQ(shipped.at(i).requiredFields, seed.requiredFields) << seed.name.toStdString();
        EXPECT_EQ(shipped.at(i).staleAfterDays, seed.staleAfterDays) << seed.name.toStdString();
        EXPECT_EQ(shipped.at(i).enteredOnFact, seed.enteredOnFact) << seed.name.toStdString();
    }
    EXPECT_TRUE(PipelineEditor::problems(shipped).isEmpty());
}

TEST_F(PipelineEditorTest, AdminsReorderRenameAndAddStagesAndDealsFollow)
{
    QList<Stage> stages = m_pipeline.stages;
    stages[4].probability = 55;                 // Proposal Sent
    stages[2].name = QStringLiteral("Talking"); // Connected
    stages.swapItemsAt(0, 1);
    Stage demo;
    demo.name = QStringLiteral("Demo Given");
    demo.probability = 35;
    demo.rotDays = 10;
    stages.insert(4, demo);
    const User rep = *m_store->users.find(m_anna.userId);
    EXPECT_FALSE(m_editor.saveStages(rep, m_pipeline.id, stages)) << "only admins";
    ASSERT_TRUE(m_editor.saveStages(m_admin, m_pipeline.id, stages));

    const Pipeline saved = *m_store->pipelines.find(m_pipeline.id);
    ASSERT_EQ(saved.stages.size(), 10);
    EXPECT_EQ(saved.stages.at(0).name, QStringLiteral("Attempted Contact"));
    EXPECT_EQ(saved.stages.at(1).name, QStringLiteral("New Lead"));
    EXPECT_EQ(saved.stages.at(2).name, QStringLiteral("Talking"));
    EXPECT_EQ(saved.stages.at(4).name, QStringLiteral("Demo Given"));
    EXPECT_EQ(saved.stages.at(5).probability, 55);
    EXPECT_EQ(m_store->pipelines.stage(deal(m_annaDeal).stageId)->name, QStringLiteral("New Lead"))
        << "deals keep their stage through renames and reorders";
}

TEST_F(PipelineEditorTest, RefusesBadStagesAndRemovingAStageThatHoldsDeals)
{
    QList<Stage> stages = m_pipeline.stages;
    stages[1].name = QStringLiteral("new lead");
    stages[3].probability = 140;
    stages[4].requiredFields = {QStringLiteral("shoe_size")};
    const Status bad = m_editor.saveStages(m_admin, m_pipeline.id, stages);
    ASSERT_FALSE(bad);
    EXPECT_TRUE(bad.error().contains(QStringLiteral("Two stages")));
    EXPECT_TRUE(bad.error().contains(QStringLiteral("0 to 100")));
    EXPECT_TRUE(bad.error().contains(QStringLiteral("shoe_size")));

    QList<Stage> withoutNewLead = m_pipeline.stages;
    withoutNewLead.removeFirst();
    const Status holding = m_editor.saveStages(m_admin, m_pipeline.id, withoutNewLead);
    ASSERT_FALSE(holding);
    EXPECT_TRUE(holding.error().contains(QStringLiteral("holds 3 deal"))) << holding.error().toStdString();
    EXPECT_EQ(m_store->pipelines.find(m_pipeline.id)->stages.size(), 9) << "nothing changed";
}

TEST_F(PipelineEditorTest, ANewPipelineStartsFromTheShippedStages)
{
    const Result<Id> id = m_editor.createPipeline(m_admin, QStringLiteral("Renewals"));
    ASSERT_TRUE(id) << id.error().toStdString();
    const auto renewals = m_store->pipelines.find(id.value());
    ASSERT_TRUE(renewals);
    EXPECT_EQ(renewals->stages.size(), 9);
    EXPECT_EQ(m_store->pipelines.all().size(), 2);
    EXPECT_FALSE(m_editor.createPipeline(m_admin, QStringLiteral("Renewals"))) << "names are unique";
}

} // namespace
