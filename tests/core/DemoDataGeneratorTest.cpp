#include "core/demo/DemoDataGenerator.h"
#include "core/demo/DemoLiveInbox.h"
#include "core/pipeline/DealAutomation.h"
#include "core/store/NotificationRepository.h"
#include "core/store/RoutingRepository.h"
#include "core/store/SlaRepository.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace lr;

namespace {

constexpr int kLeads = 1000;

DemoOptions withLeads(int leads, quint32 seed = 7)
{
    DemoOptions options;
    options.leads = leads;
    options.seed = seed;
    return options;
}

QList<Lead> allLeads(Store &store, const AccessScope &scope = AccessScope::system())
{
    QList<Lead> leads;
    store.leads.forEach(scope, [&](const Lead &lead) {
        leads.append(lead);
        return true;
    });
    return leads;
}

bool hasCyrillic(const QString &text)
{
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Cyrillic)
            return true;
    }
    return false;
}

/// One shared data set for the read-only checks: generating it once keeps the suite fast.
class DemoData : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_store = new test::TempStore;
        ManualClock clock(test::kTestStart);
        auto result = DemoDataGenerator(s_store->store(), clock).generate(withLeads(kLeads));
        ASSERT_TRUE(result) << result.error().toStdString();
        s_summary = result.value();
    }
    static void TearDownTestSuite()
    {
        delete s_store;
        s_store = nullptr;
    }
    Store &store() { return s_store->store(); }

    static test::TempStore *s_store;
    static DemoSummary s_summary;
};

test::TempStore *DemoData::s_store = nullptr;
DemoSummary DemoData::s_summary;

} // namespace

TEST_F(DemoData, BuildsTheSalesOrgWithRoles)
{
    const QList<User> users = store().users.all();
    EXPECT_EQ(s_summary.users, users.size());
    EXPECT_EQ(s_summary.teams, 2);
    int admins = 0, managers = 0, reps = 0;
    for (const User &u : users) {
        admins += u.role == Role::Admin;
        managers += u.role == Role::Manager;
        reps += u.role == Role::Rep;
        EXPECT_TRUE(u.email.endsWith(QStringLiteral("@leadrelay.example"))) << u.email.toStdString();
        EXPECT_NE(u.timeZone, QStringLiteral("UTC")) << u.name.toStdString();
        if (u.role != Role::Admin) {
            EXPECT_NE(u.teamId, 0) << u.name.toStdString();
        }
    }
    EXPECT_EQ(admins, 1);
    EXPECT_EQ(managers, 2);
    EXPECT_EQ(reps, 8);
    for (const Team &team : store().teams.all()) {
        const auto manager = store().users.find(team.managerId);
        ASSERT_TRUE(manager) << team.name.toStdString();
        EXPECT_EQ(manager->role, Role::Manager);
    }
    const auto ivan = store().users.findByEmail(QStringLiteral("ivan.petrov@leadrelay.example"));
    ASSERT_TRUE(ivan);
    EXPECT_EQ(ivan->territories, QStringList{QStringLiteral("BG")});
    EXPECT_EQ(ivan->timeZone, QStringLiteral("Europe/Sofia"));
    EXPECT_TRUE(ivan->languages.contains(QStringLiteral("bg")));
}

TEST_F(DemoData, HasExactlyOneRepOutOfOfficeNow)
{
    QStringList away;
    for (const User &u : store().users.all()) {
        if (u.role == Role::Rep && u.isOutOfOffice(test::kTestStart))
            away.append(u.name);
    }
    EXPECT_EQ(away, QStringList{QStringLiteral("Hans Becker")});
}

TEST_F(DemoData, CountsWhatItStored)
{
    EXPECT_EQ(s_summary.leads, kLeads);
    EXPECT_EQ(store().leads.count(AccessScope::system(), {}), kLeads);
    EXPECT_EQ(store().companies.count(), s_summary.companies);
    EXPECT_GE(s_summary.companies, 100);
    EXPECT_EQ(store().deals.list(AccessScope::system()).size(), s_summary.deals);
    EXPECT_EQ(store().events.countOfType(events::LeadCreated), kLeads);
    // One assignment per lead, one more per reassignment after an SLA breach.
    const qint64 breachMoves =
        RoutingRepository(store().database())
            .withCause(AccessScope::system(), AssignmentCause::SlaBreach, 0, test::kTestStart + 1)
            .size();
    // People who came back through a form kept their owner (no open deal at their company).
    EXPECT_EQ(store().events.countOfType(events::LeadAssigned), kLeads + breachMoves);
    EXPECT_GT(store().events.countOfType(events::FirstTouch), 0);
    EXPECT_GT(store().events.countOfType(events::StageChanged), 0);
    EXPECT_GT(store().events.countOfType(events::PageView), 0);
    EXPECT_GT(store().events.countOfType(events::EmailOpen), 0);
    EXPECT_GT(s_summary.activities, kLeads);
    EXPECT_GT(s_summary.tasks, kLeads);
    EXPECT_GT(store().meetings.countWithStatus(MeetingStatus::Held), 0);
    EXPECT_GT(store().meetings.countWithStatus(MeetingStatus::NoShow), 0);
    EXPECT_GT(store().meetings.countWithStatus(MeetingStatus::Scheduled), 0);
}

TEST_F(DemoData, PutsADealInEveryPipelineStage)
{
    const auto byStage = store().deals.countByStage(AccessScope::system());
    const QList<Pipeline> pipelines = store().pipelines.all();
    ASSERT_FALSE(pipelines.isEmpty());
    for (const Stage &stage : pipelines.first().stages)
        EXPECT_GE(byStage.value(stage.id), 1) << stage.name.toStdString();
    EXPECT_GE(s_summary.deals, kLeads / 15);
}

TEST_F(DemoData, SumsItsDealsInEurosAtTheRatesTheirValuesWereDrawnWith)
{
    const ExchangeRates rates = store().exchangeRates.load();
    EXPECT_EQ(rates.home, QStringLiteral("EUR"));
    EXPECT_DOUBLE_EQ(rates.perHome.value(QStringLiteral("PLN")), 4.3);
    EXPECT_DOUBLE_EQ(rates.perHome.value(QStringLiteral("BGN")), 1.95583);
    EXPECT_DOUBLE_EQ(rates.perHome.value(QStringLiteral("USD")), 1.08);
    EXPECT_TRUE(store().exchangeRates.dealCurrenciesWithoutRate().isEmpty());
    for (const DealFigures &f : store().deals.figures(AccessScope::system(), store().pipelines.all().first().id, 0))
        EXPECT_EQ(f.currency, QStringLiteral("EUR")) << f.id;
}

TEST_F(DemoData, ClosedDealsCarryTheirExitData)
{
    const Pipeline pipeline = store().pipelines.all().first();
    for (const Deal &deal : store().deals.list(AccessScope::system())) {
        const auto stage = store().pipelines.stage(deal.stageId);
        ASSERT_TRUE(stage);
        const QList<StageChange> history = store().deals.history(deal.id);
        ASSERT_FALSE(history.isEmpty());
        EXPECT_EQ(history.first().fromStageId, 0);
        EXPECT_EQ(history.first().toStageId, pipeline.stages.first().id) << "deals start at the first stage";
        EXPECT_EQ(history.last().toStageId, deal.stageId);
        EXPECT_GT(deal.valueCents, 0);
        EXPECT_LE(deal.createdAt, test::kTestStart);
        if (stage->kind == StageKind::Won) {
            EXPECT_FALSE(deal.vatId.isEmpty());
            EXPECT_TRUE(deal.billingEmail.contains(QLatin1Char('@')));
            EXPECT_FALSE(deal.decisionMaker.isEmpty());
            EXPECT_GT(deal.closedAt, 0);
        }
        if (stage->kind == StageKind::Lost) {
            EXPECT_FALSE(deal.lostReason.isEmpty());
        }
        if (stage->kind == StageKind::Open && stage->position >= 5) {
            EXPECT_FALSE(deal.decisionMaker.isEmpty()) << "Proposal Sent needs a decision maker";
        }
    }
}

TEST_F(DemoData, SpreadsOwnedLeadsOverTheLastNinetyDays)
{
    QSet<QString> emails, sources, statuses, countries;
    int freeMail = 0;
    for (const Lead &lead : allLeads(store())) {
        EXPECT_GT(lead.createdAt, test::kTestStart - 90 * kDayMs);
        EXPECT_LE(lead.createdAt, test::kTestStart);
        EXPECT_NE(lead.ownerId, 0) << lead.email.toStdString();
        EXPECT_EQ(lead.submittedAt, lead.createdAt);
        EXPECT_FALSE(emails.contains(lead.email)) << "duplicate " << lead.email.toStdString();
        emails.insert(lead.email);
        sources.insert(toKey(lead.source));
        statuses.insert(toKey(lead.status));
        countries.insert(lead.country);
        if (lead.companyId == 0) {
            ++freeMail;
        } else {
            EXPECT_TRUE(lead.email.endsWith(QLatin1Char('@') + lead.companyDomain)) << lead.email.toStdString();
        }
        if (lead.status == LeadStatus::New) {
            EXPECT_EQ(lead.firstTouchAt, 0);
        } else {
            EXPECT_GT(lead.firstTouchAt, lead.createdAt);
        }
        if (!lead.phone.isEmpty()) {
            EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\+[1-9]\\d{7,14}$")).match(lead.phone).hasMatch())
                << lead.phone.toStdString();
        }
    }
    EXPECT_EQ(sources.size(), allLeadSources().size());
    EXPECT_EQ(statuses.size(), allLeadStatuses().size());
    EXPECT_TRUE(countries.contains(QStringLiteral("BG")) && countries.contains(QStringLiteral("DE")) &&
                countries.contains(QStringLiteral("PL")) && countries.contains(QStringLiteral("US")));
    EXPECT_GT(freeMail, kLeads / 10);
    EXPECT_LT(freeMail, kLeads * 3 / 10);
}

TEST_F(DemoData, NamesBulgarianLeadsInCyrillic)
{
    int bulgarian = 0;
    for (const Lead &lead : allLeads(store())) {
        if (lead.country != QLatin1String("BG"))
            continue;
        ++bulgarian;
        EXPECT_TRUE(hasCyrillic(lead.fullName())) << lead.fullName().toStdString();
        EXPECT_EQ(lead.language, QStringLiteral("bg"));
        EXPECT_FALSE(hasCyrillic(lead.email)) << lead.email.toStdString();
        if (!lead.phone.isEmpty()) {
            EXPECT_TRUE(lead.phone.startsWith(QStringLiteral("+359")));
        }
    }
    EXPECT_GT(bulgarian, 100);
}

TEST_F(DemoData, RoutesRecentLeadsAroundTheRepOnHoliday)
{
    const auto hans = store().users.findByEmail(QStringLiteral("hans.becker@leadrelay.example"));
    ASSERT_TRUE(hans);
    const Absence holiday = hans->absences.value(0);
    int routedAround = 0;
    for (const Lead &lead : allLeads(store())) {
        if (holiday.covers(lead.createdAt)) {
            EXPECT_NE(lead.ownerId, hans->id) << lead.email.toStdString();
            routedAround += lead.country == QLatin1String("DE") || lead.country == QLatin1String("CH");
        }
    }
    EXPECT_GT(routedAround, 0);
}

TEST_F(DemoData, RecentLeadsRunLiveSlaClocksThroughTheLadder)
{
    const Instant now = test::kTestStart;
    SlaRepository sla(store().database());
    const QList<SlaClock> running = sla.running(AccessScope::system(), 1000);
    int green = 0, amber = 0, breached = 0;
    for (const SlaClock &clock : running) {
        EXPECT_GT(clock.startedAt, now - DemoLiveInbox::kWindowMs);
        green += now < clock.nudgeAt;
        amber += now >= clock.nudgeAt && now < clock.dueAt;
        breached += now >= clock.dueAt;
        const auto lead = store().leads.find(AccessScope::system(), clock.leadId);
        ASSERT_TRUE(lead);
        EXPECT_EQ(lead->ownerId, clock.ownerId);
        EXPECT_EQ(lead->status, LeadStatus::New);
        int openCalls = 0;
        for (const Task &t : store().tasks.forLead(AccessScope::system(), clock.leadId))
            openCalls += t.isOpen() && t.kind == QLatin1String("call") && t.ownerId == clock.ownerId;
        EXPECT_EQ(openCalls, 1) << lead->email.toStdString();
    }
    EXPECT_GE(s_summary.liveLeads, 16);
    EXPECT_GE(running.size(), 5);
    EXPECT_GT(green, 0);
    EXPECT_GT(amber, 0);
    EXPECT_GT(breached, 0);
    EXPECT_EQ(sla.inboxCount(AccessScope::system(), InboxFilter::Visible, now), running.size());
    // The ladder ran: nudges, manager alerts, reassignments with incidents, and their notifications.
    EXPECT_GT(store().events.countOfType(QStringLiteral("sla_nudge")), 0);
    EXPECT_GT(store().events.countOfType(QStringLiteral("sla_manager_alert")), 0);
    EXPECT_GT(store().events.countOfType(QStringLiteral("sla_incident")), 0);
    qint64 unread = 0;
    for (const User &u : store().users.all())
        unread += NotificationRepository(store().database()).unreadCount(u.id);
    EXPECT_GT(unread, s_summary.liveLeads);
}

TEST_F(DemoData, LeadsOlderThanTheLiveWindowWereAllTouched)
{
    int live = 0;
    for (const Lead &lead : allLeads(store())) {
        if (lead.createdAt <= test::kTestStart - DemoLiveInbox::kWindowMs) {
            EXPECT_NE(lead.status, LeadStatus::New) << lead.email.toStdString();
            EXPECT_GT(lead.firstTouchAt, 0) << lead.email.toStdString();
        } else {
            ++live;
        }
    }
    EXPECT_EQ(live, s_summary.liveLeads);
}

TEST_F(DemoData, LeavesOpenTasksBothOverdueAndDueSoon)
{
    int overdue = 0, upcoming = 0;
    for (const Task &task : store().tasks.open(AccessScope::system())) {
        EXPECT_NE(task.ownerId, 0);
        (task.dueAt < test::kTestStart ? overdue : upcoming)++;
    }
    EXPECT_GT(overdue, 0);
    EXPECT_GT(upcoming, 0);
}

TEST_F(DemoData, QuarantinesTheLastWeeksJunkAndMergesReturningPeopleThroughTheIntake)
{
    const QList<JournalEntry> rejected = store().journal.inState(JournalEntry::State::Quarantined, 10000);
    ASSERT_GE(rejected.size(), 20);
    QHash<QString, int> byForm;
    for (const JournalEntry &e : rejected) {
        ++byForm[e.source];
        EXPECT_GT(e.receivedAt, test::kTestStart - 29 * kDayMs);
        EXPECT_LT(e.receivedAt, test::kTestStart);
        EXPECT_FALSE(e.reason.isEmpty());
        EXPECT_EQ(e.leadId, 0);
    }
    EXPECT_GE(byForm.size(), 3) << "the admin sees which form sends the most junk";
    EXPECT_GT(byForm.value(QStringLiteral("pricing-page")), byForm.value(QStringLiteral("contact-us")));
    // Returning people were merged into their leads, not added again.
    const QList<JournalEntry> processed = store().journal.inState(JournalEntry::State::Processed, 10000);
    ASSERT_FALSE(processed.isEmpty());
    for (const JournalEntry &e : processed) {
        ASSERT_NE(e.leadId, 0);
        EXPECT_LT(store().leads.find(AccessScope::system(), e.leadId)->createdAt, e.receivedAt);
    }
    EXPECT_EQ(store().journal.count(JournalEntry::State::Pending), 0);
}

TEST(DemoDataGenerator, SameSeedAndClockGiveTheSameData)
{
    test::TempStore a, b, c;
    ManualClock clock(test::kTestStart);
    auto first = DemoDataGenerator(a.store(), clock).generate(withLeads(200, 42));
    auto second = DemoDataGenerator(b.store(), clock).generate(withLeads(200, 42));
    auto other = DemoDataGenerator(c.store(), clock).generate(withLeads(200, 43));
    ASSERT_TRUE(first && second && other);
    EXPECT_EQ(first->events, second->events);
    EXPECT_EQ(first->deals, second->deals);
    EXPECT_EQ(first->tasks, second->tasks);

    const QList<Lead> la = allLeads(a.store());
    const QList<Lead> lb = allLeads(b.store());
    const QList<Lead> lc = allLeads(c.store());
    ASSERT_EQ(la.size(), lb.size());
    for (int i = 0; i < la.size(); ++i) {
        EXPECT_EQ(la[i].email, lb[i].email);
        EXPECT_EQ(la[i].fullName(), lb[i].fullName());
        EXPECT_EQ(la[i].createdAt, lb[i].createdAt);
        EXPECT_EQ(la[i].ownerId, lb[i].ownerId);
        EXPECT_EQ(la[i].status, lb[i].status);
        EXPECT_EQ(la[i].utmCampaign, lb[i].utmCampaign);
        EXPECT_EQ(la[i].phone, lb[i].phone);
    }
    int same = 0;
    for (int i = 0; i < std::min(la.size(), lc.size()); ++i)
        same += la[i].email == lc[i].email;
    EXPECT_LT(same, 20) << "another seed gives other data";
}

TEST(DemoDataGenerator, TheAppsFirstScanOfBookedMeetingsMovesNoDealAgain)
{
    // The deals' history already holds their meetings: the first scan must not move every deal
    // with a meeting into Discovery Booked today, emptying the first stages of the board.
    test::TempStore store;
    ManualClock clock(test::kTestStart);
    ASSERT_TRUE(DemoDataGenerator(*store, clock).generate(withLeads(600)));
    const auto before = store->deals.countByStage(AccessScope::system());
    clock.advance(kMinuteMs);
    const AutomationResult scanned = DealAutomation(*store, clock).scanMeetings();
    EXPECT_TRUE(scanned.movedDeals.isEmpty()) << scanned.movedDeals.size() << " deals moved";
    EXPECT_EQ(store->deals.countByStage(AccessScope::system()), before);
}

TEST(DemoDataGenerator, RefusesAStoreThatAlreadyHasUsers)
{
    test::TempStore store;
    User someone;
    someone.name = QStringLiteral("Real User");
    someone.email = QStringLiteral("real@firma.de");
    ASSERT_TRUE(store->users.create(someone));
    ManualClock clock(test::kTestStart);
    auto result = DemoDataGenerator(store.store(), clock).generate(withLeads(50));
    ASSERT_FALSE(result);
    EXPECT_TRUE(result.error().contains(QStringLiteral("already has users"))) << result.error().toStdString();
    EXPECT_EQ(store->users.all().size(), 1);
    EXPECT_EQ(store->leads.count(AccessScope::system(), {}), 0);
    EXPECT_EQ(store->companies.count(), 0);
}

TEST(DemoDataGenerator, RefusesNonsenseOptions)
{
    test::TempStore store;
    ManualClock clock(test::kTestStart);
    DemoOptions options;
    options.leads = -1;
    EXPECT_FALSE(DemoDataGenerator(store.store(), clock).generate(options));
    options.leads = 10;
    options.days = 0;
    EXPECT_FALSE(DemoDataGenerator(store.store(), clock).generate(options));
    EXPECT_TRUE(DemoDataGenerator::isEmpty(store.store()));
}

TEST(DemoDataGenerator, GeneratesTheOrgWithoutLeads)
{
    test::TempStore store;
    ManualClock clock(test::kTestStart);
    auto result = DemoDataGenerator(store.store(), clock).generate(withLeads(0));
    ASSERT_TRUE(result) << result.error().toStdString();
    EXPECT_EQ(result->users, 11);
    EXPECT_EQ(result->leads, 0);
    EXPECT_EQ(result->deals, 0);
}
