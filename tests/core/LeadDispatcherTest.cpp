#include "core/routing/LeadDispatcher.h"
#include "core/store/NotificationRepository.h"
#include "core/store/SlaRepository.h"
#include "core/timers/TimerService.h"
#include "tests/core/RoutingFixture.h"

#include <QSqlQuery>

using namespace lr;
using lr::test::kTestStart;
using lr::test::RoutingFixture;

namespace {

class LeadDispatcher_ : public RoutingFixture
{
protected:
    /// A German demo request (15 min SLA), routed to the DACH team's round robin (Hans first).
    Id demoLead(const QString &email = QStringLiteral("k@firma.de"))
    {
        return addLead(email, QStringLiteral("DE"), QStringLiteral("de"), 120, QStringLiteral("demo_request"));
    }
    Id hotLead(const QString &email = QStringLiteral("hot@firma.de"))
    {
        return addLead(email, QStringLiteral("DE"), QStringLiteral("de"), 120, {}, LeadSource::WebForm,
                       QStringLiteral("sql"));
    }

    /// Every SLA policy counts working time only, and Hans works 09:00 to `endMinute` Berlin time,
    /// Monday to Friday; returns him as saved.
    User businessHoursWithHansInBerlin(int endMinute)
    {
        SlaPolicySet policies = SlaPolicySet::defaults();
        for (SlaPolicy &p : policies.policies)
            p.businessHours = true;
        EXPECT_TRUE(store().rules.save(SlaPolicySet::kRuleKind, policies.toJson(), m_admin, kTestStart));
        User hans = user(m_hans);
        hans.timeZone = QStringLiteral("Europe/Berlin"); // CET, UTC+1: 09:00 UTC = 10:00 local
        hans.workStartMinute = 9 * 60;
        hans.workEndMinute = endMinute;
        hans.workDays = 0b0011111;
        EXPECT_TRUE(store().users.update(hans));
        return hans;
    }

    QStringList eventTypes(Id leadId)
    {
        QStringList out;
        for (const Event &e : store().events.forLead(AccessScope::system(), leadId))
            out.append(e.type);
        return out;
    }

    QList<Notification> notificationsOf(Id userId)
    {
        return NotificationRepository(store().database()).forUser(userId, false, 100);
    }

    SlaClock clockOf(Id leadId) { return *SlaRepository(store().database()).find(leadId); }
};

} // namespace

TEST_F(LeadDispatcher_, ANewLeadGetsOwnerTaskClockLadderEventAndNotificationInOneStep)
{
    const Id id = demoLead();
    const Result<DispatchResult> r = LeadDispatcher(store(), m_clock).dispatchNew(id);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(r->ownerId, m_hans);
    EXPECT_EQ(lead(id).ownerId, m_hans);
    const QList<Task> tasks = store().tasks.forLead(AccessScope::system(), id);
    ASSERT_EQ(tasks.size(), 1);
    EXPECT_EQ(tasks.first().title, QStringLiteral("Call k Test – demo request"));
    EXPECT_EQ(tasks.first().ownerId, m_hans);
    EXPECT_EQ(tasks.first().dueAt, kTestStart + 15 * kMinuteMs);
    const SlaClock clock = clockOf(id);
    EXPECT_EQ(clock.policy, QStringLiteral("demo"));
    EXPECT_EQ(clock.nudgeAt, kTestStart + 7 * kMinuteMs + 30 * kSecondMs);
    EXPECT_EQ(clock.dueAt, kTestStart + 15 * kMinuteMs);
    EXPECT_EQ(clock.reassignAt, kTestStart + 22 * kMinuteMs + 30 * kSecondMs);
    TimerService timers(store(), m_clock);
    const QList<Timer> ladder = timers.repository().forLead(id);
    ASSERT_EQ(ladder.size(), 3);
    EXPECT_EQ(ladder.at(0).kind, LeadDispatcher::kNudge);
    EXPECT_EQ(ladder.at(1).kind, LeadDispatcher::kAlert);
    EXPECT_EQ(ladder.at(2).kind, LeadDispatcher::kReassign);
    EXPECT_EQ(eventTypes(id), (QStringList{QStringLiteral("lead_assigned"), QStringLiteral("sla_started"),
                                           QStringLiteral("task_created")}));
    const QList<Assignment> trail = RoutingRepository(store().database()).forLead(AccessScope::system(), id);
    ASSERT_EQ(trail.size(), 1);
    EXPECT_TRUE(trail.first().reason.contains(QStringLiteral("team DACH, round robin → Hans Becker")))
        << trail.first().reason.toStdString();
    ASSERT_EQ(notificationsOf(m_hans).size(), 1);
    EXPECT_TRUE(notificationsOf(m_hans).first().text.contains(QStringLiteral("due in 15 min")));
}

TEST_F(LeadDispatcher_, TheStrictestPolicyWins)
{
    const Id id = addLead(QStringLiteral("both@firma.de"), QStringLiteral("DE"), {}, 0, QStringLiteral("demo_request"),
                          LeadSource::WebForm, QStringLiteral("sql"));
    ASSERT_TRUE(LeadDispatcher(store(), m_clock).dispatchNew(id));
    EXPECT_EQ(clockOf(id).policy, QStringLiteral("hot"));
    EXPECT_EQ(clockOf(id).dueAt, kTestStart + 5 * kMinuteMs);
}

TEST_F(LeadDispatcher_, TheLadderNudgesAlertsAndReassignsAtFiftyHundredAndHundredFiftyPercent)
{
    TimerService timers(store(), m_clock);
    LeadDispatcher::registerTimerHandlers(timers, store(), m_clock);
    const Id id = hotLead();
    ASSERT_TRUE(LeadDispatcher(store(), m_clock).dispatchNew(id));
    EXPECT_EQ(lead(id).ownerId, m_hans);

    m_clock.set(kTestStart + 2 * kMinuteMs + 29 * kSecondMs);
    EXPECT_EQ(timers.tick().fired, 0);
    m_clock.set(kTestStart + 2 * kMinuteMs + 30 * kSecondMs);
    EXPECT_EQ(timers.tick().fired, 1);
    ASSERT_EQ(notificationsOf(m_hans).size(), 2);
    EXPECT_EQ(notificationsOf(m_hans).first().kind, QStringLiteral("sla_nudge"));
    EXPECT_TRUE(notificationsOf(m_hans).first().text.contains(QStringLiteral("3 min left")))
        << notificationsOf(m_hans).first().text.toStdString();

    m_clock.set(kTestStart + 5 * kMinuteMs);
    EXPECT_EQ(timers.tick().fired, 1);
    EXPECT_EQ(clockOf(id).breachedAt, kTestStart + 5 * kMinuteMs);
    ASSERT_FALSE(notificationsOf(m_mia).isEmpty());
    EXPECT_EQ(notificationsOf(m_mia).first().kind, QStringLiteral("sla_alert"));

    m_clock.set(kTestStart + 7 * kMinuteMs + 30 * kSecondMs);
    EXPECT_EQ(timers.tick().fired, 1);
    EXPECT_EQ(lead(id).ownerId, m_greta);
    const SlaClock fresh = clockOf(id);
    EXPECT_EQ(fresh.generation, 2);
    EXPECT_EQ(fresh.ownerId, m_greta);
    EXPECT_EQ(fresh.dueAt, kTestStart + 12 * kMinuteMs + 30 * kSecondMs);
    const QList<Assignment> trail = RoutingRepository(store().database()).forLead(AccessScope::system(), id);
    ASSERT_EQ(trail.size(), 2);
    EXPECT_EQ(trail.at(1).cause, AssignmentCause::SlaBreach);
    EXPECT_EQ(trail.at(1).previousUserId, m_hans);
    EXPECT_TRUE(trail.at(1).reason.startsWith(QStringLiteral("reassigned for SLA breach: rule ")))
        << trail.at(1).reason.toStdString();
    EXPECT_TRUE(trail.at(1).reason.endsWith(QStringLiteral("→ Greta Vogel"))) << trail.at(1).reason.toStdString();
    EXPECT_EQ(store().events.countOfType(QStringLiteral("sla_incident")), 1);
    // Hans's task was handed over; Greta has a new one due at her target.
    const QList<Task> open = store().tasks.open(AccessScope::system());
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.first().ownerId, m_greta);
    EXPECT_EQ(open.first().dueAt, fresh.dueAt);
    // The old generation's timers are gone; the new ladder runs for Greta.
    EXPECT_EQ(timers.nextDueAt(), kTestStart + 7 * kMinuteMs + 30 * kSecondMs + 2 * kMinuteMs + 30 * kSecondMs);
}

TEST_F(LeadDispatcher_, TheFirstRealTouchStopsTheClockButANoteDoesNot)
{
    TimerService timers(store(), m_clock);
    LeadDispatcher::registerTimerHandlers(timers, store(), m_clock);
    const Id id = demoLead();
    LeadDispatcher dispatcher(store(), m_clock);
    ASSERT_TRUE(dispatcher.dispatchNew(id));
    const AccessScope hans = AccessScope::forUser(user(m_hans));
    m_clock.advance(kMinuteMs);
    ASSERT_TRUE(dispatcher.logTouch(hans, id, ActivityKind::Note, {}, QStringLiteral("looked at the site")));
    EXPECT_TRUE(clockOf(id).running());
    m_clock.advance(2 * kMinuteMs);
    ASSERT_TRUE(dispatcher.logTouch(hans, id, ActivityKind::Call, QStringLiteral("connected")));
    EXPECT_FALSE(clockOf(id).running());
    EXPECT_EQ(clockOf(id).stoppedAt, kTestStart + 3 * kMinuteMs);
    EXPECT_EQ(lead(id).firstTouchAt, kTestStart + 3 * kMinuteMs);
    EXPECT_EQ(lead(id).status, LeadStatus::Attempting);
    EXPECT_TRUE(store().tasks.open(AccessScope::system()).isEmpty());
    m_clock.advance(kHourMs);
    EXPECT_EQ(timers.tick().fired, 0);
    EXPECT_EQ(lead(id).ownerId, m_hans);
    EXPECT_EQ(store().events.countOfType(events::FirstTouch), 1);
}

TEST_F(LeadDispatcher_, ARepCannotTouchReassignOrDisqualifyAnotherRepsLead)
{
    const Id id = demoLead();
    LeadDispatcher dispatcher(store(), m_clock);
    ASSERT_TRUE(dispatcher.dispatchNew(id));
    const AccessScope greta = AccessScope::forUser(user(m_greta));
    EXPECT_FALSE(dispatcher.logTouch(greta, id, ActivityKind::Call, {}));
    EXPECT_FALSE(dispatcher.disqualify(greta, id, QStringLiteral("spam")));
    EXPECT_FALSE(dispatcher.reassignTo(greta, id, m_greta));
    const Id hansTask = store().tasks.forLead(AccessScope::system(), id).first().id;
    EXPECT_FALSE(dispatcher.completeTask(greta, hansTask, QStringLiteral("done")));
    EXPECT_TRUE(clockOf(id).running());
    // Daniel manages another team: he cannot see the lead; Mia can hand it within DACH.
    EXPECT_FALSE(dispatcher.reassignTo(AccessScope::forUser(user(m_daniel)), id, m_ivan));
    EXPECT_FALSE(dispatcher.reassignTo(AccessScope::forUser(user(m_mia)), id, m_ivan));
    ASSERT_TRUE(dispatcher.reassignTo(AccessScope::forUser(user(m_mia)), id, m_greta));
    EXPECT_EQ(lead(id).ownerId, m_greta);
    EXPECT_EQ(clockOf(id).ownerId, m_greta);
}

TEST_F(LeadDispatcher_, DisqualifyingNeedsAReasonAndEndsTheClock)
{
    const Id id = demoLead();
    LeadDispatcher dispatcher(store(), m_clock);
    ASSERT_TRUE(dispatcher.dispatchNew(id));
    const AccessScope hans = AccessScope::forUser(user(m_hans));
    EXPECT_FALSE(dispatcher.disqualify(hans, id, QStringLiteral("  ")));
    ASSERT_TRUE(dispatcher.disqualify(hans, id, QStringLiteral("student")));
    EXPECT_EQ(lead(id).status, LeadStatus::Disqualified);
    EXPECT_FALSE(clockOf(id).running());
    EXPECT_EQ(store().tasks.forLead(AccessScope::system(), id).first().outcome,
              QStringLiteral("disqualified: student"));
    EXPECT_EQ(TimerService(store(), m_clock).repository().pendingCount(), 0);
}

TEST_F(LeadDispatcher_, AfterARestartOverdueLadderStepsFireOnceInOrder)
{
    const Id id = hotLead();
    ASSERT_TRUE(LeadDispatcher(store(), m_clock).dispatchNew(id));
    const QString path = m_store.path();
    m_store.close();
    // Down for ten minutes: nudge (2.5), alert (5) and reassignment (7.5) are all overdue.
    ManualClock later(kTestStart + 10 * kMinuteMs);
    std::unique_ptr<Store> reopened = Store::open(path);
    ASSERT_TRUE(reopened);
    TimerService timers(*reopened, later);
    LeadDispatcher::registerTimerHandlers(timers, *reopened, later);
    EXPECT_EQ(timers.tick().fired, 3);
    EXPECT_EQ(timers.tick().fired, 0);
    QStringList steps;
    for (const Event &e : reopened->events.forLead(AccessScope::system(), id)) {
        if (e.type.startsWith(QLatin1String("sla_")) || e.type == events::LeadAssigned)
            steps.append(e.type);
    }
    EXPECT_EQ(steps,
              (QStringList{QStringLiteral("lead_assigned"), QStringLiteral("sla_started"), QStringLiteral("sla_nudge"),
                           QStringLiteral("sla_manager_alert"), QStringLiteral("lead_assigned"),
                           QStringLiteral("sla_started"), QStringLiteral("sla_incident")}));
    EXPECT_EQ(reopened->leads.find(AccessScope::system(), id)->ownerId, m_greta);
}

TEST_F(LeadDispatcher_, AHolidayStartingLaterReassignsOpenLeadsWhenItStarts)
{
    TimerService timers(store(), m_clock);
    LeadDispatcher::registerTimerHandlers(timers, store(), m_clock);
    LeadDispatcher dispatcher(store(), m_clock);
    const Id first = demoLead(QStringLiteral("a@firma.de"));
    ASSERT_TRUE(dispatcher.dispatchNew(first));
    ASSERT_EQ(lead(first).ownerId, m_hans);
    ASSERT_TRUE(dispatcher.logTouch(AccessScope::forUser(user(m_hans)), first, ActivityKind::Email, {}));
    const Absence holiday{kTestStart + kHourMs, kTestStart + 8 * kDayMs, QStringLiteral("holiday")};
    EXPECT_FALSE(dispatcher.addAbsence(AccessScope::forUser(user(m_greta)), m_hans, holiday));
    ASSERT_TRUE(dispatcher.addAbsence(AccessScope::forUser(user(m_hans)), m_hans, holiday));
    m_clock.set(kTestStart + 30 * kMinuteMs);
    timers.tick();
    EXPECT_EQ(lead(first).ownerId, m_hans);
    m_clock.set(kTestStart + kHourMs);
    timers.tick();
    EXPECT_EQ(lead(first).ownerId, m_greta);
    const QList<Assignment> trail = RoutingRepository(store().database()).forLead(AccessScope::system(), first);
    EXPECT_EQ(trail.last().cause, AssignmentCause::OutOfOffice);
    // The touched lead keeps no clock, but its follow-up moved with it.
    EXPECT_FALSE(clockOf(first).running());
    // New leads skip Hans while he is away.
    const Id second = demoLead(QStringLiteral("b@firma.de"));
    ASSERT_TRUE(dispatcher.dispatchNew(second));
    EXPECT_NE(lead(second).ownerId, m_hans);
}

TEST_F(LeadDispatcher_, DeactivatingARepReassignsTheirOpenLeadsAndRestartsTheirClocks)
{
    LeadDispatcher dispatcher(store(), m_clock);
    const Id id = demoLead();
    ASSERT_TRUE(dispatcher.dispatchNew(id));
    EXPECT_FALSE(dispatcher.deactivateUser(AccessScope::forUser(user(m_daniel)), m_hans));
    m_clock.advance(5 * kMinuteMs);
    ASSERT_TRUE(dispatcher.deactivateUser(AccessScope::forUser(user(m_mia)), m_hans));
    EXPECT_FALSE(user(m_hans).active);
    EXPECT_EQ(lead(id).ownerId, m_greta);
    EXPECT_EQ(clockOf(id).ownerId, m_greta);
    EXPECT_EQ(clockOf(id).dueAt, kTestStart + 20 * kMinuteMs);
    const QList<Assignment> trail = RoutingRepository(store().database()).forLead(AccessScope::system(), id);
    EXPECT_EQ(trail.last().cause, AssignmentCause::Deactivated);
}

TEST_F(LeadDispatcher_, NobodyAvailableFallsBackToTheManager)
{
    for (const Id rep : {m_hans, m_greta, m_paul}) {
        User u = user(rep);
        u.capacity = 0;
        ASSERT_TRUE(store().users.update(u));
    }
    const Id id = demoLead();
    const Result<DispatchResult> r = LeadDispatcher(store(), m_clock).dispatchNew(id);
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->fallback);
    EXPECT_EQ(lead(id).ownerId, m_mia);
    EXPECT_EQ(store().tasks.forLead(AccessScope::system(), id).first().ownerId, m_mia);
}

TEST_F(LeadDispatcher_, BusinessHoursPoliciesCountOnlyTheOwnersWorkingTime)
{
    businessHoursWithHansInBerlin(10 * 60 + 10); // ten working minutes left today
    const Id id = demoLead();
    ASSERT_TRUE(LeadDispatcher(store(), m_clock).dispatchNew(id));
    // 10 minutes today, the other 5 from 09:00 Berlin (08:00 UTC) on Tuesday.
    EXPECT_EQ(clockOf(id).dueAt, kTestStart + kDayMs - kHourMs + 5 * kMinuteMs);
}

TEST_F(LeadDispatcher_, ABusinessHoursDeadlineSpansAShortFriday)
{
    User hans = businessHoursWithHansInBerlin(18 * 60);
    hans.workWeek[4] = WorkSpan{9 * 60, 13 * 60}; // Friday until 13:00
    ASSERT_TRUE(store().users.update(hans));
    // Friday 12:50 Berlin (11:50 UTC): a 15 min demo clock gets 10 minutes on Friday, none on the
    // weekend, and the other 5 from 09:00 Berlin (08:00 UTC) on Monday.
    m_clock.set(kTestStart + 4 * kDayMs + 2 * kHourMs + 50 * kMinuteMs);
    const Id id = demoLead();
    ASSERT_TRUE(LeadDispatcher(store(), m_clock).dispatchNew(id));
    ASSERT_EQ(store().leads.find(AccessScope::system(), id)->ownerId, m_hans);
    EXPECT_EQ(clockOf(id).dueAt, kTestStart + 7 * kDayMs - kHourMs + 5 * kMinuteMs);
}

TEST_F(LeadDispatcher_, ADeadWebhookEndpointNeverBlocksRouting)
{
    ASSERT_TRUE(store().settings.setValue(QStringLiteral("notify/webhook_url"), QStringLiteral("http://127.0.0.1:9/")));
    const Id id = demoLead();
    ASSERT_TRUE(LeadDispatcher(store(), m_clock).dispatchNew(id));
    const QList<OutboxMessage> due = NotificationRepository(store().database()).dueMessages(m_clock.now(), 10);
    ASSERT_EQ(due.size(), 1);
    EXPECT_TRUE(due.first().body.startsWith("{\"text\":\"@Hans Becker: Call k Test"));
}
