#include "core/routing/TeamService.h"
#include "core/routing/LeadDispatcher.h"
#include "core/store/SlaRepository.h"
#include "tests/core/RoutingFixture.h"

using namespace lr;
using lr::test::kTestStart;
using lr::test::RoutingFixture;

namespace {

class TeamService_ : public RoutingFixture
{
protected:
    AccessScope as(Id id) { return AccessScope::forUser(user(id)); }
    Id demoLead(const QString &email)
    {
        const Id id = addLead(email, QStringLiteral("DE"), QStringLiteral("de"), 120, QStringLiteral("demo_request"));
        EXPECT_TRUE(LeadDispatcher(store(), m_clock).dispatchNew(id));
        return id;
    }
};

} // namespace

TEST_F(TeamService_, RepsEditNobodyManagersTheirTeamAdminsEveryone)
{
    EXPECT_FALSE(TeamService::canEdit(as(m_hans), user(m_hans)));
    EXPECT_TRUE(TeamService::canEdit(as(m_mia), user(m_hans)));
    EXPECT_FALSE(TeamService::canEdit(as(m_mia), user(m_ivan)));
    EXPECT_TRUE(TeamService::canEdit(as(m_admin), user(m_ivan)));

    TeamService service(store(), m_clock);
    User hans = user(m_hans);
    hans.capacity = 7;
    const auto byRep = service.save(as(m_hans), hans);
    ASSERT_FALSE(byRep);
    EXPECT_TRUE(byRep.error().contains(QStringLiteral("Reps cannot"))) << byRep.error().toStdString();
    User ivan = user(m_ivan);
    ivan.capacity = 7;
    EXPECT_FALSE(service.save(as(m_mia), ivan));
    EXPECT_EQ(user(m_ivan).capacity, 20);
    EXPECT_EQ(user(m_hans).capacity, 20);
}

TEST_F(TeamService_, AManagerEditsHoursLanguagesAndCapacityButNotRoleOrTeam)
{
    TeamService service(store(), m_clock);
    User hans = user(m_hans);
    hans.languages = {QStringLiteral("de"), QStringLiteral("fr")};
    hans.territories = {QStringLiteral("DE"), QStringLiteral("LU")};
    hans.segment = QStringLiteral("enterprise");
    hans.capacity = 12;
    hans.timeZone = QStringLiteral("Europe/Zurich");
    hans.workStartMinute = 7 * 60 + 30;
    hans.workEndMinute = 15 * 60;
    hans.workDays = 0b0001111;
    const auto saved = service.save(as(m_mia), hans);
    ASSERT_TRUE(saved) << saved.error().toStdString();
    const User stored = user(m_hans);
    EXPECT_EQ(stored.languages, hans.languages);
    EXPECT_EQ(stored.territories, hans.territories);
    EXPECT_EQ(stored.segment, QStringLiteral("enterprise"));
    EXPECT_EQ(stored.capacity, 12);
    EXPECT_EQ(stored.timeZone, QStringLiteral("Europe/Zurich"));
    EXPECT_EQ(stored.workStartMinute, 450);
    EXPECT_EQ(stored.workEndMinute, 900);
    EXPECT_EQ(stored.workDays, 0b0001111);

    hans = stored;
    hans.role = Role::Manager;
    EXPECT_FALSE(service.save(as(m_mia), hans));
    hans = stored;
    hans.teamId = m_east;
    EXPECT_FALSE(service.save(as(m_mia), hans));
    ASSERT_TRUE(service.save(as(m_admin), hans));
    EXPECT_EQ(user(m_hans).teamId, m_east);
}

TEST_F(TeamService_, RefusesBadProfiles)
{
    TeamService service(store(), m_clock);
    const User good = user(m_greta);
    auto refused = [&](auto change) {
        User u = good;
        change(u);
        return !service.save(as(m_admin), u).ok();
    };
    EXPECT_TRUE(refused([](User &u) { u.timeZone = QStringLiteral("Mars/Olympus"); }));
    EXPECT_TRUE(refused([](User &u) { u.workStartMinute = 18 * 60, u.workEndMinute = 9 * 60; }));
    EXPECT_TRUE(refused([](User &u) { u.workDays = 0; }));
    EXPECT_TRUE(refused([](User &u) { u.capacity = -1; }));
    EXPECT_TRUE(refused([](User &u) { u.territories = {QStringLiteral("Germany")}; }));
    EXPECT_TRUE(refused([](User &u) { u.languages = {QStringLiteral("DE")}; }));
    EXPECT_TRUE(refused([](User &u) { u.segment = QStringLiteral("huge"); }));
    EXPECT_TRUE(refused([](User &u) { u.teamId = 999; }));
    EXPECT_TRUE(refused([](User &u) { u.name = QStringLiteral("  "); }));
    EXPECT_TRUE(refused([](User &u) { u.absences = {{kTestStart, kTestStart, QStringLiteral("none")}}; }));
    EXPECT_TRUE(refused([](User &u) { u.id = 4242; }));
    User admin = user(m_admin);
    admin.active = false;
    EXPECT_FALSE(service.save(as(m_admin), admin)) << "nobody deactivates themselves";
    EXPECT_EQ(user(m_greta).timeZone, good.timeZone);
}

TEST_F(TeamService_, AHolidayFromTodayHandsOpenLeadsOnAtOnceAndCanBeRemoved)
{
    const Id lead1 = demoLead(QStringLiteral("a@firma.de"));
    ASSERT_EQ(lead(lead1).ownerId, m_hans);
    m_clock.advance(2 * kMinuteMs);
    TeamService service(store(), m_clock);
    User hans = user(m_hans);
    const Absence holiday{kTestStart - kHourMs, kTestStart + 5 * kDayMs, QStringLiteral("Holiday")};
    const Absence later{kTestStart + 20 * kDayMs, kTestStart + 22 * kDayMs, QStringLiteral("Training")};
    hans.absences = {holiday, later};
    const auto saved = service.save(as(m_mia), hans);
    ASSERT_TRUE(saved) << saved.error().toStdString();
    EXPECT_EQ(saved->reassignedLeads, 1);
    EXPECT_EQ(lead(lead1).ownerId, m_greta);
    EXPECT_EQ(SlaRepository(store().database()).find(lead1)->ownerId, m_greta);
    const QList<Assignment> trail = RoutingRepository(store().database()).forLead(AccessScope::system(), lead1);
    EXPECT_EQ(trail.last().cause, AssignmentCause::OutOfOffice);
    ASSERT_EQ(user(m_hans).absences.size(), 2);

    hans = user(m_hans);
    hans.absences = {later};
    const auto removed = service.save(as(m_mia), hans);
    ASSERT_TRUE(removed) << removed.error().toStdString();
    EXPECT_EQ(removed->reassignedLeads, 0);
    ASSERT_EQ(user(m_hans).absences.size(), 1);
    EXPECT_EQ(user(m_hans).absences.first().startsAt, later.startsAt);
    EXPECT_FALSE(user(m_hans).isOutOfOffice(m_clock.now()));
}

TEST_F(TeamService_, DeactivatingARepHandsTheirOpenLeadsOnAndReactivatingBringsThemBack)
{
    const Id lead1 = demoLead(QStringLiteral("a@firma.de"));
    ASSERT_EQ(lead(lead1).ownerId, m_hans);
    TeamService service(store(), m_clock);
    User hans = user(m_hans);
    hans.active = false;
    const auto saved = service.save(as(m_mia), hans);
    ASSERT_TRUE(saved) << saved.error().toStdString();
    EXPECT_EQ(saved->reassignedLeads, 1);
    EXPECT_FALSE(user(m_hans).active);
    EXPECT_NE(lead(lead1).ownerId, m_hans);
    const QList<Assignment> trail = RoutingRepository(store().database()).forLead(AccessScope::system(), lead1);
    EXPECT_EQ(trail.last().cause, AssignmentCause::Deactivated);

    hans = user(m_hans);
    hans.active = true;
    ASSERT_TRUE(service.save(as(m_admin), hans));
    EXPECT_TRUE(user(m_hans).active);
}
