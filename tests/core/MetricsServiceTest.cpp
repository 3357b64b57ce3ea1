#include "core/dedup/LeadMerger.h"
#include "tests/core/MetricsFixture.h"

#include <QSqlQuery>

using namespace lr;
using namespace lr::test;

namespace {

MetricsFilter period(Instant from, Instant to)
{
    MetricsFilter filter;
    filter.from = from;
    filter.to = to;
    return filter;
}

using MetricsServiceTest = MetricsFixture;

constexpr Instant kDay1 = MetricsFixture::kFrom; // Monday 2026-11-16 09:00 UTC

} // namespace

TEST_F(MetricsServiceTest, SpeedToLeadMedianP90AndShareUnderFiveMinutes)
{
    // Touched after 2 min (a call, no event), 4 min (first_touch event; an earlier note does not
    // count), 10 min and 60 min; one lead never touched; one created 2 minutes ago, not yet due.
    const Id a = addLead(m_anna, kDay1);
    activity(a, kDay1 + 2 * kMinuteMs, ActivityKind::Call, m_anna.userId);
    const Id b = addLead(m_anna, kDay1 + kHourMs);
    activity(b, kDay1 + kHourMs + kMinuteMs, ActivityKind::Note, m_anna.userId);
    touch(b, kDay1 + kHourMs + 4 * kMinuteMs, m_anna.userId);
    const Id c = addLead(m_anna, kDay1 + 2 * kHourMs);
    touch(c, kDay1 + 2 * kHourMs + 10 * kMinuteMs, m_anna.userId);
    const Id d = addLead(m_anna, kDay1 + 3 * kHourMs);
    touch(d, kDay1 + 4 * kHourMs, m_anna.userId);
    addLead(m_anna, kDay1 + 4 * kHourMs);
    addLead(m_anna, kTestStart - 2 * kMinuteMs);

    const MetricsReport r = report(m_admin);
    const SpeedToLead &s = r.speedToLead;
    EXPECT_EQ(s.leads, 6);
    EXPECT_EQ(s.touched, 4);
    EXPECT_EQ(s.untouched, 2);
    EXPECT_DOUBLE_EQ(*s.wall.median, 420.0); // (240 + 600) / 2
    EXPECT_DOUBLE_EQ(*s.wall.p90, 3600.0);   // rank ceil(0.9 × 4) = 4
    EXPECT_DOUBLE_EQ(*s.wall.mean, 1140.0);  // (120 + 240 + 600 + 3600) / 4
    EXPECT_DOUBLE_EQ(*s.underFiveMinutes, 2.0 / 5.0);
    EXPECT_EQ(s.histogram, (QList<qint64>{0, 2, 1, 1, 0, 0, 2}));
    ASSERT_EQ(s.weekly.size(), 1);
    EXPECT_EQ(s.weekly.first().weekStart, kDay1 - 9 * kHourMs);
    EXPECT_DOUBLE_EQ(*s.weekly.first().medianSeconds, 420.0);
}

TEST_F(MetricsServiceTest, SpeedToLeadInBusinessHoursSkipsTheWeekend)
{
    // Anna works 09:00–18:00 UTC, Monday to Friday (the default calendar).
    const Instant friday = kDay1 + 4 * kDayMs + 8 * kHourMs + 55 * kMinuteMs; // Fri 17:55
    const Id lead = addLead(m_anna, friday);
    touch(lead, friday + 2 * kDayMs + 15 * kHourMs + 10 * kMinuteMs, m_anna.userId); // Mon 09:05
    const MetricsReport r = report(m_admin, period(kFrom, kTestStart + 7 * kDayMs));
    EXPECT_DOUBLE_EQ(*r.speedToLead.wall.median, (2 * 86400 + 15 * 3600 + 600));
    EXPECT_DOUBLE_EQ(*r.speedToLead.business.median, 600.0); // 5 min on Friday + 5 min on Monday
    EXPECT_DOUBLE_EQ(*r.speedToLead.businessUnderFiveMinutes, 0.0);
}

TEST_F(MetricsServiceTest, FunnelStagesAreCumulativeAndRatesHandComputed)
{
    // 10 leads: 4 MQL by score, of which 1 became SQL by score, 1 SQL by a rep qualifying it;
    // an SQL class without an MQL event still counts as MQL; one lead has a deal (an opportunity
    // implies SQL and MQL); one deal is won; two leads booked a meeting.
    QList<Id> leads;
    for (int i = 0; i < 10; ++i)
        leads.append(addLead(m_anna, kDay1 + i * kHourMs));
    for (int i = 0; i < 4; ++i)
        classify(leads[i], kDay1 + i * kHourMs + kMinuteMs, QStringLiteral("mql"));
    classify(leads[0], kDay1 + 2 * kDayMs, QStringLiteral("sql"));
    status(leads[1], kDay1 + 2 * kDayMs, LeadStatus::Connected, LeadStatus::Qualified);
    classify(leads[4], kDay1 + 2 * kDayMs, QStringLiteral("sql"));
    classify(leads[5], kDay1 + 2 * kDayMs, QStringLiteral("nurture"));
    const Id won = addDeal(m_anna.userId, leads[0], 100000, kDay1 + 3 * kDayMs, QStringLiteral("Proposal Sent"));
    close(won, QStringLiteral("Closed Won"), kDay1 + 5 * kDayMs);
    addDeal(m_anna.userId, leads[6], 50000, kDay1 + 3 * kDayMs, QStringLiteral("Connected"));
    event(events::MeetingBooked, kDay1 + kDayMs, leads[0], m_anna.userId);
    event(events::MeetingBooked, kDay1 + kDayMs, leads[7], m_anna.userId);

    const Funnel f = report(m_admin).funnel;
    EXPECT_EQ(f.leads, 10);
    EXPECT_EQ(f.mql, 6);           // 0–3 by score, 4 (sql class), 6 (opportunity)
    EXPECT_EQ(f.sql, 4);           // 0 (score), 1 (qualified), 4 (score), 6 (opportunity)
    EXPECT_EQ(f.opportunities, 2); // 0 and 6
    EXPECT_EQ(f.won, 1);
    EXPECT_EQ(f.meetings, 2);
    EXPECT_DOUBLE_EQ(*f.leadToMql, 0.6);
    EXPECT_DOUBLE_EQ(*f.mqlToSql, 4.0 / 6.0);
    EXPECT_DOUBLE_EQ(*f.sqlToOpp, 0.5);
    EXPECT_DOUBLE_EQ(*f.oppToWon, 0.5);
    EXPECT_DOUBLE_EQ(*f.leadToMeeting, 0.2);
}

TEST_F(MetricsServiceTest, EmptyPeriodHasNoRatesInsteadOfZero)
{
    const MetricsReport r = report(m_admin);
    EXPECT_EQ(r.speedToLead.leads, 0);
    EXPECT_FALSE(r.speedToLead.wall.median);
    EXPECT_FALSE(r.funnel.mqlToSql);
    EXPECT_FALSE(r.meetings.holdRate);
    EXPECT_FALSE(r.pipeline.winRate);
    EXPECT_FALSE(r.duplicates.duplicateRate);
}

TEST_F(MetricsServiceTest, HoldAndNoShowRatesBySource)
{
    const Id web = addLead(m_anna, kDay1, LeadSource::WebForm);
    const Id referral = addLead(m_boris, kDay1, LeadSource::Referral);
    for (int i = 0; i < 3; ++i)
        meeting(web, m_anna.userId, kDay1 + (i + 1) * kDayMs, MeetingStatus::Held);
    meeting(web, m_anna.userId, kDay1 + kDayMs, MeetingStatus::NoShow);
    meeting(referral, m_boris.userId, kDay1 + kDayMs, MeetingStatus::NoShow);
    meeting(referral, m_boris.userId, kDay1 + kDayMs, MeetingStatus::Cancelled);
    meeting(referral, m_boris.userId, kDay1 + 2 * kDayMs, MeetingStatus::Scheduled);
    meeting(web, m_anna.userId, kDay1 - kDayMs, MeetingStatus::Held); // before the period

    const MetricsReport r = report(m_admin);
    EXPECT_EQ(r.meetings.held, 3);
    EXPECT_EQ(r.meetings.noShow, 2);
    EXPECT_DOUBLE_EQ(*r.meetings.holdRate, 0.6);
    EXPECT_DOUBLE_EQ(*r.meetings.noShowRate, 0.4);
    ASSERT_EQ(r.meetings.bySource.size(), 2);
    EXPECT_EQ(r.meetings.bySource[0].source, QStringLiteral("referral"));
    EXPECT_DOUBLE_EQ(*r.meetings.bySource[0].noShowRate, 1.0);
    EXPECT_EQ(r.meetings.bySource[1].source, QStringLiteral("web_form"));
    EXPECT_DOUBLE_EQ(*r.meetings.bySource[1].holdRate, 0.75);
    EXPECT_DOUBLE_EQ(*repIn(r, m_anna.userId)->holdRate, 0.75);
}

TEST_F(MetricsServiceTest, DuplicateRateCountsMergedLeadsUntilTheMergeIsUndone)
{
    QList<Id> leads;
    for (int i = 0; i < 4; ++i)
        leads.append(addLead(m_anna, kDay1 + i * kHourMs));
    event(QStringLiteral("lead_merged"), kDay1 + kDayMs, leads[0]); // a submission merged at intake
    LeadMerger merger(*m_store, m_clock);
    const auto merge = merger.merge(m_manager, leads[0], leads[3]);
    ASSERT_TRUE(merge) << merge.error().toStdString();

    MetricsReport r = report(m_admin);
    EXPECT_EQ(r.duplicates.leads, 3);
    EXPECT_EQ(r.duplicates.mergedDuplicates, 1);
    EXPECT_DOUBLE_EQ(*r.duplicates.duplicateRate, 0.25); // 1 / (3 + 1)
    EXPECT_EQ(r.duplicates.intakeMerges, 1);
    EXPECT_DOUBLE_EQ(*r.duplicates.intakeDedupRate, 0.25); // 1 / (1 + 3)

    ASSERT_TRUE(merger.undo(m_manager, merge.value()));
    r = report(m_admin);
    EXPECT_EQ(r.duplicates.leads, 4);
    EXPECT_EQ(r.duplicates.mergedDuplicates, 0);
    EXPECT_DOUBLE_EQ(*r.duplicates.duplicateRate, 0.0);
}

TEST_F(MetricsServiceTest, MergedLeadIsMeasuredFromThePersonsFirstArrival)
{
    // The merge keeps the earlier creation time of the two records, and the absorbed lead's events
    // move to the survivor: speed-to-lead runs from the first arrival to the first touch after it.
    const Id survivor = addLead(m_anna, kDay1 + kHourMs);
    const Id absorbed = addLead(m_anna, kDay1);
    touch(absorbed, kDay1 + 30 * kMinuteMs, m_anna.userId);
    touch(survivor, kDay1 + kHourMs + 3 * kMinuteMs, m_anna.userId);
    MetricsReport r = report(m_admin);
    ASSERT_EQ(r.speedToLead.touched, 2);
    EXPECT_DOUBLE_EQ(*r.speedToLead.wall.median, (1800.0 + 180.0) / 2);
    ASSERT_TRUE(LeadMerger(*m_store, m_clock).merge(m_manager, survivor, absorbed));
    r = report(m_admin);
    EXPECT_EQ(r.speedToLead.leads, 1);
    EXPECT_DOUBLE_EQ(*r.speedToLead.wall.median, 1800.0);
    EXPECT_EQ(r.duplicates.mergedDuplicates, 1);
}

TEST_F(MetricsServiceTest, QueueVelocityCountsLeadsLeftInNewAtEachEndOfDay)
{
    const Instant midnight = kDay1 - 9 * kHourMs; // Monday 00:00
    MetricsFilter f = period(midnight, midnight + 3 * kDayMs);
    const Id a = addLead(m_anna, midnight + 10 * kHourMs);
    status(a, midnight + kDayMs + 12 * kHourMs, LeadStatus::New, LeadStatus::Attempting);
    addLead(m_anna, midnight + 11 * kHourMs); // never leaves New
    const Id c = addLead(m_anna, midnight + kDayMs + 10 * kHourMs);
    status(c, midnight + kDayMs + 11 * kHourMs, LeadStatus::New, LeadStatus::Attempting);
    const Id d = addLead(m_anna, midnight - 5 * kHourMs); // the day before the period
    status(d, midnight + 2 * kDayMs + 8 * kHourMs, LeadStatus::New, LeadStatus::Attempting);

    const MetricsReport r = report(m_admin, f);
    ASSERT_EQ(r.queue.endOfDay.size(), 3);
    EXPECT_EQ(r.queue.endOfDay[0].leftInNew, 3); // a, b, d
    EXPECT_EQ(r.queue.endOfDay[1].leftInNew, 2); // b, d
    EXPECT_EQ(r.queue.endOfDay[2].leftInNew, 1); // b
    EXPECT_EQ(r.queue.lastDay, 1);
    EXPECT_EQ(r.queue.endOfDay[1].day, midnight + kDayMs);
    // Time in New of the period's leads that left it: a 26 h, c 1 h.
    EXPECT_DOUBLE_EQ(*r.queue.timeInNew.median, 13.5 * 3600);
    EXPECT_DOUBLE_EQ(*r.queue.timeInNew.mean, 13.5 * 3600);
}

TEST_F(MetricsServiceTest, SlaBreachesEscalationsAndReassignmentsByRepAndDay)
{
    const Id a = addLead(m_anna, kDay1);
    const Id b = addLead(m_boris, kDay1);
    event(metricEvents::SlaBreached, kDay1 + 10 * kMinuteMs, a, m_anna.userId);
    event(metricEvents::SlaBreached, kDay1 + kDayMs, a, m_anna.userId);
    event(metricEvents::SlaBreached, kDay1 + kDayMs, b, m_boris.userId);
    event(metricEvents::SlaEscalated, kDay1 + kDayMs, a, m_anna.userId);
    event(metricEvents::SlaReassigned, kDay1 + kDayMs + kHourMs, a, m_anna.userId);
    event(metricEvents::SlaBreached, kDay1 - kDayMs, a, m_anna.userId); // before the period

    const MetricsReport r = report(m_admin);
    EXPECT_EQ(r.sla.breaches, 3);
    EXPECT_EQ(r.sla.escalations, 1);
    EXPECT_EQ(r.sla.reassignments, 1);
    ASSERT_EQ(r.sla.byDay.size(), 2);
    EXPECT_EQ(r.sla.byDay[0].breaches, 1);
    EXPECT_EQ(r.sla.byDay[1].breaches, 2);
    EXPECT_EQ(repIn(r, m_anna.userId)->slaBreaches, 2);
    EXPECT_EQ(repIn(r, m_anna.userId)->slaReassignments, 1);
    EXPECT_EQ(repIn(r, m_boris.userId)->slaBreaches, 1);
}

TEST_F(MetricsServiceTest, WinRateWonValueAndCycleFromClosedDeals)
{
    const Id lead = addLead(m_anna, kDay1 - 30 * kDayMs);
    const Id w1 = addDeal(m_anna.userId, lead, 100000, kDay1 - 20 * kDayMs, QStringLiteral("Connected"));
    close(w1, QStringLiteral("Closed Won"), kDay1 + kDayMs, kDay1 + kDayMs - 10 * kDayMs);
    const Id w2 = addDeal(m_anna.userId, lead, 300000, kDay1 - 25 * kDayMs, QStringLiteral("Connected"));
    close(w2, QStringLiteral("Closed Won"), kDay1 + 2 * kDayMs, kDay1 + 2 * kDayMs - 20 * kDayMs);
    const Id l1 = addDeal(m_anna.userId, lead, 50000, kDay1 - 5 * kDayMs, QStringLiteral("Connected"));
    close(l1, QStringLiteral("Closed Lost"), kDay1 + kDayMs);
    const Id l2 = addDeal(m_boris.userId, lead, 70000, kDay1 - 5 * kDayMs, QStringLiteral("Connected"));
    close(l2, QStringLiteral("Closed Lost"), kDay1 + 3 * kDayMs);
    const Id invalid = addDeal(m_boris.userId, lead, 70000, kDay1 - 5 * kDayMs, QStringLiteral("Connected"));
    close(invalid, QStringLiteral("Invalid"), kDay1 + 3 * kDayMs);
    const Id early = addDeal(m_boris.userId, lead, 90000, kDay1 - 50 * kDayMs, QStringLiteral("Connected"));
    close(early, QStringLiteral("Closed Won"), kDay1 - kDayMs); // before the period

    const MetricsReport r = report(m_admin);
    const PipelineFigures &p = r.pipeline;
    EXPECT_EQ(p.won, 2);
    EXPECT_EQ(p.lost, 2);
    EXPECT_DOUBLE_EQ(*p.winRate, 0.5);
    EXPECT_EQ(p.wonValueCents, 400000);
    EXPECT_DOUBLE_EQ(*p.avgWonValueCents, 200000.0);
    EXPECT_EQ(p.currency, QStringLiteral("EUR"));
    EXPECT_DOUBLE_EQ(*p.cycleMedianDays, 15.0);
    EXPECT_DOUBLE_EQ(*p.cycleMeanDays, 15.0);
    EXPECT_DOUBLE_EQ(*repIn(r, m_anna.userId)->winRate, 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(*repIn(r, m_boris.userId)->winRate, 0.0);
    EXPECT_DOUBLE_EQ(*repIn(r, m_anna.userId)->cycleMedianDays, 15.0);
}

TEST_F(MetricsServiceTest, ReopenedDealCountsOnlyOnceItClosesAgain)
{
    const Id lead = addLead(m_anna, kDay1);
    const Id deal = addDeal(m_anna.userId, lead, 100000, kDay1, QStringLiteral("Negotiation"));
    close(deal, QStringLiteral("Closed Lost"), kDay1 + kDayMs);
    EXPECT_EQ(report(m_admin).pipeline.lost, 1);
    // Reopened: back to Negotiation, no close date; then won.
    Deal d = *m_store->deals.find(AccessScope::system(), deal);
    ASSERT_TRUE(m_store->deals.setStage(deal, stage(QStringLiteral("Negotiation")), m_anna.userId, kDay1 + 2 * kDayMs));
    d.closedAt = 0;
    ASSERT_TRUE(m_store->deals.update(d));
    MetricsReport r = report(m_admin);
    EXPECT_EQ(r.pipeline.lost, 0);
    EXPECT_EQ(r.pipeline.openDeals, 1);
    close(deal, QStringLiteral("Closed Won"), kDay1 + 3 * kDayMs);
    r = report(m_admin);
    EXPECT_EQ(r.pipeline.won, 1);
    EXPECT_EQ(r.pipeline.lost, 0);
    EXPECT_EQ(r.funnel.won, 1);
}

TEST_F(MetricsServiceTest, OpenPipelineWeightedAndVelocity)
{
    const Id lead = addLead(m_anna, kDay1);
    addDeal(m_anna.userId, lead, 100000, kTestStart - kDayMs, QStringLiteral("Proposal Sent"),
            kTestStart + 10 * kDayMs);
    addDeal(m_anna.userId, lead, 200000, kTestStart - kDayMs, QStringLiteral("Discovery Booked"),
            kTestStart + 40 * kDayMs);
    const Id won = addDeal(m_anna.userId, lead, 300000, kDay1, QStringLiteral("Negotiation"));
    close(won, QStringLiteral("Closed Won"), kDay1 + 3 * kDayMs, kDay1);
    const MetricsReport r = report(m_admin);
    const PipelineFigures &p = r.pipeline;
    EXPECT_EQ(p.openDeals, 2);
    EXPECT_EQ(p.openValueCents, 300000);
    EXPECT_EQ(p.weightedCents, 60000 + 40000); // 60 % and 20 %
    // 2 open × 3,000 average won × 100 % win rate / 3 days of cycle
    EXPECT_DOUBLE_EQ(*p.velocityCentsPerDay, 2 * 300000.0 * 1.0 / 3.0);
    ASSERT_EQ(p.forecast.size(), 2);
    EXPECT_EQ(p.forecast[0].month, QStringLiteral("2026-12"));
    EXPECT_EQ(p.forecast[0].weightedCents, 60000);
    EXPECT_EQ(p.forecast[1].month, QStringLiteral("2027-01"));
}

TEST_F(MetricsServiceTest, ForecastVersusActualUsesTheStageWhenTheMonthBegan)
{
    // November 2026: deal X (1,000 €) was in Proposal Sent (60 %) on 1 November and was won on
    // 17 November; deal Y (1,000 €) was in Negotiation (80 %) and is still open.
    const Instant nov1 = kTestStart - 22 * kDayMs - 9 * kHourMs;
    const Id lead = addLead(m_anna, nov1 - 30 * kDayMs);
    const Id x =
        addDeal(m_anna.userId, lead, 100000, nov1 - 20 * kDayMs, QStringLiteral("Proposal Sent"), kTestStart - kDayMs);
    addDeal(m_anna.userId, lead, 100000, nov1 - 20 * kDayMs, QStringLiteral("Negotiation"), kTestStart - kDayMs);
    close(x, QStringLiteral("Closed Won"), nov1 + 16 * kDayMs);
    const MetricsReport r = report(m_admin, period(nov1, nov1 + 30 * kDayMs));
    ASSERT_EQ(r.pipeline.forecastVsActual.size(), 1);
    const ForecastVsActual &m = r.pipeline.forecastVsActual.first();
    EXPECT_EQ(m.month, QStringLiteral("2026-11"));
    EXPECT_EQ(m.forecastCents, 140000);
    EXPECT_EQ(m.actualCents, 100000);
    EXPECT_DOUBLE_EQ(*m.accuracy, 0.6); // 1 − |1,000 − 1,400| / 1,000
    EXPECT_DOUBLE_EQ(*r.pipeline.forecastAccuracy, 0.6);
}

TEST_F(MetricsServiceTest, AttributionFirstLastAndEvenTouch)
{
    const Id web = addLead(m_anna, kDay1, LeadSource::WebForm);
    event(events::PageView, kDay1 - kHourMs, web);
    event(events::EmailClick, kDay1 + kDayMs, web);
    event(events::EmailClick, kDay1 + 6 * kDayMs, web); // after the close: not on the path
    const Id referral = addLead(m_boris, kDay1, LeadSource::Referral);
    const Id a = addDeal(m_anna.userId, web, 100000, kDay1 + kDayMs, QStringLiteral("Negotiation"));
    close(a, QStringLiteral("Closed Won"), kDay1 + 2 * kDayMs);
    const Id b = addDeal(m_boris.userId, referral, 300000, kDay1 + kDayMs, QStringLiteral("Negotiation"));
    close(b, QStringLiteral("Closed Won"), kDay1 + 2 * kDayMs);

    const Attribution at = report(m_admin).attribution;
    EXPECT_EQ(at.wonValueCents, 400000);
    EXPECT_DOUBLE_EQ(*at.marketingSourcedShare, 0.25);
    EXPECT_DOUBLE_EQ(*at.influencedShare, 0.25);
    EXPECT_DOUBLE_EQ(at.firstTouchCents.value(QStringLiteral("website")), 100000.0);
    EXPECT_DOUBLE_EQ(at.lastTouchCents.value(QStringLiteral("email")), 100000.0);
    EXPECT_DOUBLE_EQ(at.firstTouchCents.value(QStringLiteral("referral")), 300000.0);
    EXPECT_NEAR(at.evenCents.value(QStringLiteral("web_form")), 100000.0 / 3.0, 1e-6);
    EXPECT_NEAR(at.evenCents.value(QStringLiteral("website")), 100000.0 / 3.0, 1e-6);
    EXPECT_DOUBLE_EQ(at.evenCents.value(QStringLiteral("referral")), 300000.0);
}

TEST_F(MetricsServiceTest, RepsGetTheirOwnFiguresManagersTheirTeams)
{
    touch(addLead(m_anna, kDay1), kDay1 + kMinuteMs, m_anna.userId);
    touch(addLead(m_boris, kDay1), kDay1 + 2 * kMinuteMs, m_boris.userId);
    touch(addLead(m_carla, kDay1), kDay1 + 3 * kMinuteMs, m_carla.userId);

    EXPECT_EQ(report(m_admin).speedToLead.leads, 3);
    EXPECT_EQ(report(m_manager).speedToLead.leads, 2);
    MetricsFilter asksForBoris = m_filter;
    asksForBoris.repId = m_boris.userId;
    const MetricsReport anna = report(m_anna, asksForBoris);
    EXPECT_EQ(anna.speedToLead.leads, 1);
    EXPECT_DOUBLE_EQ(*anna.speedToLead.wall.median, 60.0);
    MetricsFilter otherTeam = m_filter;
    otherTeam.teamId = m_south;
    EXPECT_EQ(report(m_manager, otherTeam).speedToLead.leads, 0);
    EXPECT_EQ(report(m_admin, otherTeam).speedToLead.leads, 1);
}

TEST_F(MetricsServiceTest, FiltersBySourceAndCampaign)
{
    addLead(m_anna, kDay1, LeadSource::Ads, QStringLiteral("spring"));
    addLead(m_anna, kDay1, LeadSource::Ads, QStringLiteral("autumn"));
    addLead(m_anna, kDay1, LeadSource::Referral);
    MetricsFilter f = m_filter;
    f.source = QStringLiteral("ads");
    EXPECT_EQ(report(m_admin, f).funnel.leads, 2);
    f.campaign = QStringLiteral("spring");
    EXPECT_EQ(report(m_admin, f).funnel.leads, 1);
}

TEST_F(MetricsServiceTest, RefreshFoldsOnlyWhatChanged)
{
    const Id a = addLead(m_anna, kDay1);
    addLead(m_anna, kDay1);
    ASSERT_EQ(m_service.refresh().value(), 2);
    EXPECT_EQ(m_service.refresh().value(), 0);
    touch(a, kDay1 + kMinuteMs, m_anna.userId);
    EXPECT_EQ(m_service.refresh().value(), 1);
    EXPECT_EQ(report(m_admin).speedToLead.touched, 1);
}

TEST_F(MetricsServiceTest, ImportedLeadWithoutHistoryCountsByItsStatus)
{
    Lead l;
    l.email = QStringLiteral("imported@firma.example");
    l.status = LeadStatus::Qualified;
    l.ownerId = m_anna.userId;
    l.createdAt = kDay1;
    l.updatedAt = kDay1 + kHourMs;
    ASSERT_TRUE(m_store->leads.create(l));
    const MetricsReport r = report(m_admin);
    EXPECT_EQ(r.funnel.leads, 1);
    EXPECT_EQ(r.funnel.sql, 1);
    EXPECT_EQ(r.funnel.mql, 1);
    EXPECT_DOUBLE_EQ(*r.queue.timeInNew.median, 0.0);
}

TEST_F(MetricsServiceTest, DrillDownListsTheLeadsBehindATile)
{
    const Id fast = addLead(m_anna, kDay1);
    touch(fast, kDay1 + kMinuteMs, m_anna.userId);
    const Id slow = addLead(m_anna, kDay1 + kHourMs);
    touch(slow, kDay1 + 2 * kHourMs, m_anna.userId);
    const Id never = addLead(m_boris, kDay1 + 2 * kHourMs);
    ASSERT_TRUE(m_service.refresh());
    const auto late = m_service.leads(m_admin, m_filter, MetricsRepository::Cohort::TouchedLate);
    ASSERT_TRUE(late);
    ASSERT_EQ(late->size(), 2);
    EXPECT_EQ(late->at(0).id, never);
    EXPECT_EQ(late->at(1).id, slow);
    const auto annas = m_service.leads(m_anna, m_filter, MetricsRepository::Cohort::All);
    EXPECT_EQ(annas->size(), 2);
}

TEST_F(MetricsServiceTest, SlaEventsOfTheRoutingEngineCountForTheOwnerWhoBreached)
{
    // The ladder alerts the manager at 100 % (user_id = manager, payload owner = Anna) and
    // reassigns at 150 % with an incident (user_id = Anna).
    const Id a = addLead(m_anna, kDay1);
    event(metricEvents::SlaManagerAlert, kDay1 + 5 * kMinuteMs, a, m_manager.userId,
          {{QStringLiteral("owner"), m_anna.userId}});
    event(metricEvents::SlaIncident, kDay1 + 8 * kMinuteMs, a, m_anna.userId,
          {{QStringLiteral("from"), m_anna.userId}, {QStringLiteral("to"), m_boris.userId}});
    const MetricsReport r = report(m_admin);
    EXPECT_EQ(r.sla.breaches, 1);
    EXPECT_EQ(r.sla.escalations, 1);
    EXPECT_EQ(r.sla.reassignments, 1);
    EXPECT_EQ(repIn(r, m_anna.userId)->slaBreaches, 1);
    EXPECT_EQ(repIn(r, m_anna.userId)->slaReassignments, 1);
    EXPECT_EQ(repIn(r, m_manager.userId), nullptr);
    // Anna sees her own breach.
    EXPECT_EQ(report(m_anna).sla.breaches, 1);
    EXPECT_EQ(report(m_boris).sla.breaches, 0);
}

TEST_F(MetricsServiceTest, ScoringClassHistoryMarksMqlAndSql)
{
    // Scoring (issue 4) keeps every class a lead had in lead_scores (migration 009).
    const Id mql = addLead(m_anna, kDay1);
    const Id sql = addLead(m_anna, kDay1);
    addLead(m_anna, kDay1);
    ASSERT_EQ(m_service.refresh().value(), 3);
    QSqlQuery q(m_store->database().connection());
    ASSERT_TRUE(
        q.prepare(QStringLiteral("INSERT INTO lead_scores (lead_id, at, score, fit, intent, timing, score_class, "
                                 "next_step, rules_version) VALUES (?, ?, ?, 0, 0, 0, ?, '', 1)")));
    const std::tuple<Id, qint64, int, const char *> rows[] = {
        {mql, kDay1 + kMinuteMs, 25, "mql"}, {sql, kDay1 + kMinuteMs, 22, "mql"}, {sql, kDay1 + kDayMs, 35, "sql"}};
    for (const auto &[lead, at, score, cls] : rows) {
        q.addBindValue(lead);
        q.addBindValue(at);
        q.addBindValue(score);
        q.addBindValue(QString::fromLatin1(cls));
        ASSERT_TRUE(q.exec());
    }
    const Funnel f = report(m_admin).funnel; // folds the new score rows incrementally
    EXPECT_EQ(f.leads, 3);
    EXPECT_EQ(f.mql, 2);
    EXPECT_EQ(f.sql, 1);
    EXPECT_DOUBLE_EQ(*f.mqlToSql, 0.5);
}
