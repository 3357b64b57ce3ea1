#include "core/pipeline/PipelineTimers.h"
#include "core/domain/Activity.h"
#include "core/pipeline/ForecastTracker.h"
#include "core/store/ForecastRepository.h"
#include "core/timers/TimerService.h"
#include "tests/core/DealFixture.h"

#include <gtest/gtest.h>

using namespace lr;

namespace {

class PipelineTimersTest : public test::DealFixture
{
protected:
    void SetUp() override
    {
        test::DealFixture::SetUp();
        m_pipelineTimers.registerHandlers(m_timers);
    }

    void advanceDays(int days)
    {
        m_clock.advance(days * kDayMs);
        m_timers.fireDue(m_clock.now());
    }

    QList<Task> tasksOfKind(Id dealId, const QString &kind)
    {
        QList<Task> out;
        for (const Task &t : m_store->tasks.forDeal(AccessScope::system(), dealId)) {
            if (t.kind == kind)
                out.append(t);
        }
        return out;
    }

    QString stageOf(Id dealId) { return m_store->pipelines.stage(deal(dealId).stageId)->name; }

    void logCall(Id dealId)
    {
        Activity a;
        a.dealId = dealId;
        a.kind = ActivityKind::Call;
        a.at = m_clock.now();
        ASSERT_TRUE(m_store->activities.create(a));
    }

    TimerService m_timers{*m_store, m_clock};
    PipelineTimers m_pipelineTimers{*m_store, m_clock};
};

TEST_F(PipelineTimersTest, GhostBusterSendsABreakUpThenClosesASilentDealAsLost)
{
    ASSERT_TRUE(m_service.move(m_anna, m_annaDeal, stage(QStringLiteral("Connected"))).ok());
    advanceDays(29);
    EXPECT_TRUE(tasksOfKind(m_annaDeal, QStringLiteral("pipeline_breakup")).isEmpty());
    advanceDays(1);
    const QList<Task> breakup = tasksOfKind(m_annaDeal, QStringLiteral("pipeline_breakup"));
    ASSERT_EQ(breakup.size(), 1);
    EXPECT_EQ(breakup.first().ownerId, m_anna.userId);
    // Two numbers of days, each read with its own plural.
    EXPECT_TRUE(breakup.first().title.contains(QStringLiteral(": no answer for 30 days. It closes as lost in 3 days "
                                                              "unless they reply.")))
        << breakup.first().title.toStdString();
    EXPECT_EQ(stageOf(m_annaDeal), QStringLiteral("Connected"));
    advanceDays(3);
    EXPECT_EQ(stageOf(m_annaDeal), QStringLiteral("Closed Lost"));
    EXPECT_EQ(deal(m_annaDeal).lostReason, QStringLiteral("no_response"));
}

TEST_F(PipelineTimersTest, ActivityPostponesTheGhostBusterAndAReplyAfterTheBreakUpKeepsTheDeal)
{
    ASSERT_TRUE(m_service.move(m_anna, m_annaDeal, stage(QStringLiteral("Connected"))).ok());
    advanceDays(20);
    logCall(m_annaDeal);
    advanceDays(10); // day 30: unchanged, but only 10 days silent
    EXPECT_TRUE(tasksOfKind(m_annaDeal, QStringLiteral("pipeline_breakup")).isEmpty());
    advanceDays(4); // day 34: 14 days silent
    EXPECT_EQ(tasksOfKind(m_annaDeal, QStringLiteral("pipeline_breakup")).size(), 1);
    advanceDays(1);
    logCall(m_annaDeal); // they answered
    advanceDays(5);
    EXPECT_EQ(stageOf(m_annaDeal), QStringLiteral("Connected"));
}

TEST_F(PipelineTimersTest, NegotiationOverThirtyDaysAlertsTheOwner)
{
    ASSERT_TRUE(m_service.move(m_boris, m_borisDeal, stage(QStringLiteral("Negotiation"))).ok());
    advanceDays(29);
    EXPECT_TRUE(tasksOfKind(m_borisDeal, QStringLiteral("pipeline_alert")).isEmpty());
    advanceDays(1);
    const QList<Task> alerts = tasksOfKind(m_borisDeal, QStringLiteral("pipeline_alert"));
    ASSERT_EQ(alerts.size(), 1);
    EXPECT_EQ(alerts.first().ownerId, m_boris.userId);
    EXPECT_TRUE(alerts.first().title.contains(QStringLiteral("10 %"))) << alerts.first().title.toStdString();
}

TEST_F(PipelineTimersTest, ADealLostForTimingGetsACheckInAfterNinetyDaysAndCompetitorNone)
{
    ASSERT_TRUE(m_service
                    .move(m_anna, m_annaDeal, stage(QStringLiteral("Closed Lost")),
                          {{QStringLiteral("lost_reason"), QStringLiteral("timing")}})
                    .ok());
    ASSERT_TRUE(m_service
                    .move(m_boris, m_borisDeal, stage(QStringLiteral("Closed Lost")),
                          {{QStringLiteral("lost_reason"), QStringLiteral("competitor")}})
                    .ok());
    advanceDays(89);
    EXPECT_TRUE(tasksOfKind(m_annaDeal, QStringLiteral("pipeline_check_in")).isEmpty());
    advanceDays(1);
    EXPECT_EQ(tasksOfKind(m_annaDeal, QStringLiteral("pipeline_check_in")).size(), 1);
    advanceDays(200);
    EXPECT_TRUE(tasksOfKind(m_borisDeal, QStringLiteral("pipeline_check_in")).isEmpty());
}

TEST_F(PipelineTimersTest, AWonDealGetsHandOffTasksAndAReviewSixMonthsLater)
{
    ASSERT_TRUE(m_service
                    .move(m_carla, m_carlaDeal, stage(QStringLiteral("Closed Won")),
                          {{QStringLiteral("vat_id"), QStringLiteral("ES12345678")},
                           {QStringLiteral("billing_email"), QStringLiteral("ap@sur.example")}})
                    .ok());
    m_timers.fireDue(m_clock.now());
    EXPECT_EQ(tasksOfKind(m_carlaDeal, QStringLiteral("handoff")).size(), 3);
    advanceDays(181);
    EXPECT_TRUE(tasksOfKind(m_carlaDeal, QStringLiteral("review")).isEmpty());
    advanceDays(1);
    EXPECT_EQ(tasksOfKind(m_carlaDeal, QStringLiteral("review")).size(), 1);
}

TEST_F(PipelineTimersTest, OnlyAdminsEditTheRulesAndTheEditsApply)
{
    PipelineRules rules = m_pipelineTimers.rules();
    EXPECT_EQ(rules.ghostBuster.silentDays, 14) << "the shipped defaults";
    rules.ghostBuster.unchangedDays = 10;
    rules.ghostBuster.silentDays = 10;
    const User rep = *m_store->users.find(m_anna.userId);
    EXPECT_FALSE(m_pipelineTimers.saveRules(rep, rules));
    User admin;
    admin.name = QStringLiteral("Alex Morgan");
    admin.email = QStringLiteral("alex@leadrelay.example");
    admin.role = Role::Admin;
    admin.id = m_store->users.create(admin).value();
    ASSERT_TRUE(m_pipelineTimers.saveRules(admin, rules));
    EXPECT_EQ(m_pipelineTimers.rules().ghostBuster.silentDays, 10);

    ASSERT_TRUE(m_service.move(m_anna, m_annaDeal, stage(QStringLiteral("Connected"))).ok());
    advanceDays(10);
    EXPECT_EQ(tasksOfKind(m_annaDeal, QStringLiteral("pipeline_breakup")).size(), 1);

    QJsonObject bad = rules.toJson();
    QJsonObject ghost = bad.value(QStringLiteral("ghost_buster")).toObject();
    ghost.insert(QStringLiteral("silent_days"), -3);
    bad.insert(QStringLiteral("ghost_buster"), ghost);
    EXPECT_FALSE(PipelineRules::fromJson(bad));
}

TEST_F(PipelineTimersTest, StartUpSnapshotsTheMonthAndTheTimerTakesEachNextOne)
{
    const Result<int> looked = m_pipelineTimers.scheduleMissing();
    ASSERT_TRUE(looked) << looked.error().toStdString();
    EXPECT_EQ(looked.value(), 3) << "the three open fixture deals";
    ForecastRepository forecasts(m_store->database());
    EXPECT_TRUE(forecasts.hasSnapshot(QStringLiteral("2026-11"), m_pipeline.id));
    EXPECT_FALSE(forecasts.hasSnapshot(QStringLiteral("2026-12"), m_pipeline.id));
    m_clock.set(ForecastTracker::nextMonthStart(m_clock.now()));
    m_timers.fireDue(m_clock.now());
    EXPECT_TRUE(forecasts.hasSnapshot(QStringLiteral("2026-12"), m_pipeline.id));
    m_clock.set(ForecastTracker::nextMonthStart(m_clock.now()));
    m_timers.fireDue(m_clock.now());
    EXPECT_TRUE(forecasts.hasSnapshot(QStringLiteral("2027-01"), m_pipeline.id));
    EXPECT_TRUE(m_pipelineTimers.scheduleMissing()) << "idempotent";
}

} // namespace
