#include "core/pipeline/DealAutomation.h"
#include "tests/core/DealFixture.h"

#include <gtest/gtest.h>

using namespace lr;

namespace {

class DealAutomationTest : public test::DealFixture
{
protected:
    Id addLeadWithDeal(Id owner, const QString &stageName)
    {
        Lead lead;
        lead.email = QStringLiteral("buyer%1@kunde.example").arg(++m_leads);
        lead.ownerId = owner;
        lead.createdAt = test::kTestStart - kDayMs;
        lead.updatedAt = lead.createdAt;
        const Id leadId = m_store->leads.create(lead).value();
        Deal d;
        d.pipelineId = m_pipeline.id;
        d.stageId = stage(stageName);
        d.ownerId = owner;
        d.leadId = leadId;
        d.title = QStringLiteral("Deal of lead %1").arg(leadId);
        d.createdAt = test::kTestStart - 5 * kDayMs;
        d.expectedCloseAt = test::kTestStart + 30 * kDayMs;
        m_dealOf.insert(leadId, m_store->deals.create(d, owner).value());
        return leadId;
    }
    QString stageOf(Id dealId) { return m_store->pipelines.stage(deal(dealId).stageId)->name; }

    DealAutomation m_automation{*m_store, m_clock};
    QHash<Id, Id> m_dealOf;
    int m_leads = 0;
};

TEST(DealAutomationFacts, OnlyFactsAreFacts)
{
    EXPECT_EQ(DealAutomation::factOf(QStringLiteral("meeting_booked")), DealFact::MeetingBooked);
    EXPECT_EQ(DealAutomation::factOf(QStringLiteral("contract_signed")), DealFact::ContractSigned);
    EXPECT_EQ(DealAutomation::factOf(QStringLiteral("email_bounced")), DealFact::Bounced);
    EXPECT_FALSE(DealAutomation::factOf(QStringLiteral("email_open")));
    EXPECT_FALSE(DealAutomation::factOf(QStringLiteral("page_view")));
    EXPECT_FALSE(DealAutomation::factOf(QStringLiteral("email_click")));
}

TEST_F(DealAutomationTest, AMeetingBookedMovesTheLeadsDealToDiscoveryOnceAndNeverBackwards)
{
    const Id lead = addLeadWithDeal(m_anna.userId, QStringLiteral("Connected"));
    const Id later = addLeadWithDeal(m_anna.userId, QStringLiteral("Proposal Sent"));
    AutomationResult r = m_automation.onEvent(lead, QStringLiteral("meeting_booked"), m_clock.now());
    EXPECT_EQ(r.movedDeals, QList<Id>{m_dealOf.value(lead)});
    EXPECT_EQ(stageOf(m_dealOf.value(lead)), QStringLiteral("Discovery Booked"));
    EXPECT_TRUE(m_automation.onEvent(lead, QStringLiteral("meeting_booked"), m_clock.now()).movedDeals.isEmpty());
    EXPECT_TRUE(m_automation.onEvent(later, QStringLiteral("meeting_booked"), m_clock.now()).movedDeals.isEmpty());
    EXPECT_EQ(stageOf(m_dealOf.value(later)), QStringLiteral("Proposal Sent"));
}

TEST_F(DealAutomationTest, OpensAndElapsedTimeMoveNothing)
{
    const Id lead = addLeadWithDeal(m_anna.userId, QStringLiteral("New Lead"));
    m_clock.advance(400 * kDayMs);
    const AutomationResult r = m_automation.onEvent(lead, QStringLiteral("email_open"), m_clock.now());
    EXPECT_TRUE(r.movedDeals.isEmpty());
    EXPECT_TRUE(r.tasksCreated.isEmpty());
    EXPECT_EQ(stageOf(m_dealOf.value(lead)), QStringLiteral("New Lead"));
}

TEST_F(DealAutomationTest, ASignedContractRefusedByExitCriteriaBecomesOneTaskForTheOwner)
{
    const Id lead = addLeadWithDeal(m_boris.userId, QStringLiteral("Negotiation"));
    const Id dealId = m_dealOf.value(lead);
    AutomationResult r = m_automation.onEvent(lead, QStringLiteral("contract_signed"), m_clock.now());
    EXPECT_TRUE(r.movedDeals.isEmpty());
    ASSERT_EQ(r.tasksCreated.size(), 1);
    const QList<Task> tasks = m_store->tasks.forDeal(AccessScope::system(), dealId);
    ASSERT_EQ(tasks.size(), 1);
    EXPECT_EQ(tasks.first().ownerId, m_boris.userId);
    EXPECT_TRUE(tasks.first().title.contains(QStringLiteral("VAT"))) << tasks.first().title.toStdString();
    EXPECT_EQ(stageOf(dealId), QStringLiteral("Negotiation"));
    r = m_automation.onEvent(lead, QStringLiteral("contract_signed"), m_clock.now());
    EXPECT_TRUE(r.tasksCreated.isEmpty()) << "a repeated fact adds no second task";

    ASSERT_TRUE(m_service
                    .move(AccessScope::system(), dealId, deal(dealId).stageId,
                          {{QStringLiteral("vat_id"), QStringLiteral("DE123456789")},
                           {QStringLiteral("billing_email"), QStringLiteral("ap@kunde.example")}})
                    .ok());
    r = m_automation.onEvent(lead, QStringLiteral("contract_signed"), m_clock.now());
    EXPECT_EQ(r.movedDeals.size(), 1);
    EXPECT_EQ(stageOf(dealId), QStringLiteral("Closed Won"));
}

TEST_F(DealAutomationTest, ABounceInvalidatesEarlyDealsAndAsksTheOwnerAboutLaterOnes)
{
    const Id early = addLeadWithDeal(m_anna.userId, QStringLiteral("Attempted Contact"));
    const Id met = addLeadWithDeal(m_anna.userId, QStringLiteral("Discovery Booked"));
    m_automation.onEvent(early, QStringLiteral("hard_bounce"), m_clock.now());
    EXPECT_EQ(stageOf(m_dealOf.value(early)), QStringLiteral("Invalid"));
    const AutomationResult r = m_automation.onEvent(met, QStringLiteral("hard_bounce"), m_clock.now());
    EXPECT_EQ(stageOf(m_dealOf.value(met)), QStringLiteral("Discovery Booked"));
    EXPECT_EQ(r.tasksCreated.size(), 1);
}

TEST_F(DealAutomationTest, MeetingsBookedInTheMeetingsTableCountOnce)
{
    const Id lead = addLeadWithDeal(m_carla.userId, QStringLiteral("New Lead"));
    Meeting m;
    m.leadId = lead;
    m.ownerId = m_carla.userId;
    m.startsAt = m_clock.now() + 2 * kDayMs;
    m.endsAt = m.startsAt + kHourMs;
    m.createdAt = m_clock.now();
    ASSERT_TRUE(m_store->meetings.create(m));
    m_clock.advance(kMinuteMs);
    EXPECT_EQ(m_automation.scanMeetings().movedDeals.size(), 1);
    EXPECT_EQ(stageOf(m_dealOf.value(lead)), QStringLiteral("Discovery Booked"));
    EXPECT_TRUE(m_automation.scanMeetings().movedDeals.isEmpty());
}

} // namespace

// An open task stored before titles were kept as words (plain text, in the language of its day)
// still counts as the task a repeated fact would add.
TEST_F(DealAutomationTest, ATaskStoredAsPlainTextBeforeTheUpgradeIsNotAddedAgain)
{
    const Id met = addLeadWithDeal(m_anna.userId, QStringLiteral("Discovery Booked"));
    const Id dealId = m_dealOf.value(met);
    Task old;
    old.dealId = dealId;
    old.leadId = met;
    old.ownerId = m_anna.userId;
    old.kind = QStringLiteral("pipeline_fact");
    old.title = QStringLiteral("An email to \"%1\" bounced: check the contact's address").arg(deal(dealId).title);
    old.createdAt = m_clock.now() - kDayMs;
    old.dueAt = old.createdAt;
    ASSERT_TRUE(m_store->tasks.create(old));
    const AutomationResult r = m_automation.onEvent(met, QStringLiteral("hard_bounce"), m_clock.now());
    EXPECT_TRUE(r.tasksCreated.isEmpty());
    EXPECT_EQ(m_store->tasks.forDeal(AccessScope::system(), dealId).size(), 1);
}
