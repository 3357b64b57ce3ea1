#include "core/routing/TeamService.h"
#include "core/routing/LeadDispatcher.h"
#include "core/routing/RoutingSettings.h"
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

// An admin adds people; nobody else can, and a profile that cannot sign in or work is refused.
TEST_F(TeamService_, AnAdminAddsAPersonWhoCanSignInAndTakeLeads)
{
    TeamService service(store(), m_clock);
    User nora;
    nora.name = QStringLiteral("  Nora   Lang ");
    nora.email = QStringLiteral(" nora.lang@leadrelay.test ");
    nora.role = Role::Rep;
    nora.teamId = m_dach;
    nora.territories = {QStringLiteral("DE")};
    nora.languages = {QStringLiteral("de")};
    nora.timeZone = QStringLiteral("Europe/Berlin");
    for (const Id actor : {m_hans, m_mia}) {
        const auto refused = service.add(as(actor), nora);
        ASSERT_FALSE(refused);
        EXPECT_TRUE(refused.error().contains(QStringLiteral("Only an admin"))) << refused.error().toStdString();
    }
    const auto id = service.add(as(m_admin), nora);
    ASSERT_TRUE(id) << id.error().toStdString();
    const User stored = user(id.value());
    EXPECT_EQ(stored.name, QStringLiteral("Nora Lang"));
    EXPECT_EQ(stored.email, QStringLiteral("nora.lang@leadrelay.test"));
    EXPECT_TRUE(stored.active);
    EXPECT_EQ(stored.teamId, m_dach);
    EXPECT_EQ(stored.createdAt, m_clock.now());
    const QList<AuditEntry> audit = store().audit.forEntity(QStringLiteral("user"), id.value());
    ASSERT_EQ(audit.size(), 1);
    EXPECT_EQ(audit.first().userId, m_admin);
    EXPECT_EQ(audit.first().newValue, QStringLiteral("rep"));

    // The same address twice, none, one that is not one, no name, no working day: refused with why.
    User twice = nora;
    twice.email = QStringLiteral("NORA.LANG@leadrelay.test");
    const auto duplicate = service.add(as(m_admin), twice);
    ASSERT_FALSE(duplicate);
    EXPECT_TRUE(duplicate.error().contains(QStringLiteral("already signs in"))) << duplicate.error().toStdString();
    User bad = nora;
    bad.email.clear();
    EXPECT_TRUE(service.add(as(m_admin), bad).error().contains(QStringLiteral("e-mail address")));
    bad.email = QStringLiteral("nora.lang");
    EXPECT_FALSE(service.add(as(m_admin), bad));
    bad.email = QStringLiteral("nora2@leadrelay.test");
    bad.name = QStringLiteral("   ");
    bad.workDays = 0;
    const auto both = service.add(as(m_admin), bad);
    ASSERT_FALSE(both);
    EXPECT_TRUE(both.error().contains(QStringLiteral("needs a name"))) << both.error().toStdString();
    EXPECT_TRUE(both.error().contains(QStringLiteral("working day"))) << both.error().toStdString();

    // A manager added to a team without one manages it.
    Team north;
    north.name = QStringLiteral("Nordics");
    const Id northId = store().teams.create(north).value();
    User lead = nora;
    lead.name = QStringLiteral("Lars Berg");
    lead.email = QStringLiteral("lars@leadrelay.test");
    lead.role = Role::Manager;
    lead.teamId = northId;
    const auto lars = service.add(as(m_admin), lead);
    ASSERT_TRUE(lars) << lars.error().toStdString();
    EXPECT_EQ(store().teams.find(northId)->managerId, lars.value());
    // …but not one that has a manager already.
    lead.email = QStringLiteral("second@leadrelay.test");
    lead.teamId = m_dach;
    ASSERT_TRUE(service.add(as(m_admin), lead));
    EXPECT_EQ(store().teams.find(m_dach)->managerId, m_mia);
}

TEST(TeamService, TheFirstAdministratorOnlyOfAStoreWithoutUsers)
{
    test::TempStore store;
    ManualClock clock(kTestStart);
    TeamService service(*store, clock);
    EXPECT_FALSE(service.addFirstAdmin(QStringLiteral("Ada Admin"), QStringLiteral("not an address")));
    const auto ada = service.addFirstAdmin(QStringLiteral("Ada Admin"), QStringLiteral("ada@firma.pl"));
    ASSERT_TRUE(ada) << ada.error().toStdString();
    EXPECT_EQ(store->users.find(ada.value())->role, Role::Admin);
    const auto again = service.addFirstAdmin(QStringLiteral("Eve"), QStringLiteral("eve@firma.pl"));
    ASSERT_FALSE(again);
    EXPECT_TRUE(again.error().contains(QStringLiteral("has users already")));
    EXPECT_EQ(store->users.all().size(), 1);
}

// Admins add teams and rename them, change their countries or manager; audited, checked, and a
// territory rule saved before the rename reads with the team's name of now.
TEST_F(TeamService_, AnAdminAddsAndRenamesTeamsAndTheTerritoryRuleFollows)
{
    TeamService service(store(), m_clock);
    Team nordics;
    nordics.name = QStringLiteral(" Nordics ");
    nordics.territories = {QStringLiteral("SE"), QStringLiteral("NO")};
    EXPECT_TRUE(service.addTeam(as(m_mia), nordics).error().contains(QStringLiteral("Only an admin")));
    const auto id = service.addTeam(as(m_admin), nordics);
    ASSERT_TRUE(id) << id.error().toStdString();
    EXPECT_EQ(store().teams.find(id.value())->name, QStringLiteral("Nordics"));

    Team clash = nordics;
    clash.name = QStringLiteral("dach");
    EXPECT_TRUE(service.addTeam(as(m_admin), clash).error().contains(QStringLiteral("DACH")));
    Team wrong = nordics;
    wrong.name = QStringLiteral("Baltics");
    wrong.territories = {QStringLiteral("Estonia")};
    wrong.managerId = m_hans; // a rep
    const auto refused = service.addTeam(as(m_admin), wrong);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().contains(QStringLiteral("Estonia"))) << refused.error().toStdString();
    EXPECT_TRUE(refused.error().contains(QStringLiteral("manager role"))) << refused.error().toStdString();

    // The shipped rules saved while the team was DACH; then it is renamed and gains a country.
    const RoutingRuleSet rules = Router(store(), m_clock).activeRules();
    ASSERT_TRUE(RoutingSettings(store(), m_clock).saveRouting(as(m_admin), rules));
    Team dach = *store().teams.find(m_dach);
    dach.name = QStringLiteral("Central Europe");
    dach.territories.append(QStringLiteral("LI"));
    EXPECT_FALSE(service.saveTeam(as(m_hans), dach));
    ASSERT_TRUE(service.saveTeam(as(m_admin), dach));
    EXPECT_EQ(store().teams.find(m_dach)->name, QStringLiteral("Central Europe"));
    const QList<AuditEntry> audit = store().audit.forEntity(QStringLiteral("team"), m_dach);
    ASSERT_EQ(audit.size(), 2);
    QString territoryRule;
    for (const RoutingRule &r : Router(store(), m_clock).activeRules().rules) {
        if (r.key == QStringLiteral("territory-%1").arg(m_dach))
            territoryRule = r.name;
    }
    EXPECT_EQ(territoryRule, QStringLiteral("Territory Central Europe (DE, AT, CH, LI)"));
    // A rule the admin named stays so named; one whose countries differ from the team's stays as
    // it is, and its name says the countries it routes, not the team's.
    RoutingRuleSet edited = Router(store(), m_clock).activeRules();
    for (RoutingRule &r : edited.rules) {
        if (r.key == QStringLiteral("territory-%1").arg(m_dach))
            r.name = QStringLiteral("Territory Germany (without CH)");
    }
    ASSERT_TRUE(RoutingSettings(store(), m_clock).saveRouting(as(m_admin), edited));
    for (const RoutingRule &r : Router(store(), m_clock).activeRules().rules) {
        if (r.key == QStringLiteral("territory-%1").arg(m_dach)) {
            EXPECT_EQ(r.name, QStringLiteral("Territory Germany (without CH)"));
        }
    }
    // So does one that keeps the team's name but says what it leaves out.
    for (RoutingRule &r : edited.rules) {
        if (r.key == QStringLiteral("territory-%1").arg(m_dach))
            r.name = QStringLiteral("Territory Central Europe (without CH)");
    }
    ASSERT_TRUE(RoutingSettings(store(), m_clock).saveRouting(as(m_admin), edited));
    for (const RoutingRule &r : Router(store(), m_clock).activeRules().rules) {
        if (r.key == QStringLiteral("territory-%1").arg(m_dach)) {
            EXPECT_EQ(r.name, QStringLiteral("Territory Central Europe (without CH)"));
        }
    }
    // …and it routes the country the team gained.
    const Id fromLiechtenstein = addLead(QStringLiteral("kunde@vaduz-bau.li"), QStringLiteral("LI"),
                                         QStringLiteral("de"), 120, QStringLiteral("demo_request"));
    Router router(store(), m_clock);
    const auto decision =
        router.route(*store().leads.find(AccessScope::system(), fromLiechtenstein), router.activeRules());
    ASSERT_TRUE(decision) << decision.error().toStdString();
    EXPECT_EQ(decision->ruleKey, QStringLiteral("territory-%1").arg(m_dach));
}

// The rule follows the team's countries in any order; a team left without countries leaves its
// rule routing what it routed, named for that.
TEST_F(TeamService_, TheTerritoryRuleFollowsCountriesInAnyOrderAndNeverNamesOnesItDoesNotRoute)
{
    TeamService service(store(), m_clock);
    RoutingRuleSet rules = Router(store(), m_clock).activeRules();
    for (RoutingRule &r : rules.rules) {
        if (r.key == QStringLiteral("territory-%1").arg(m_dach))
            r.conditions->conditions.first().values = {QStringLiteral("AT"), QStringLiteral("DE"),
                                                       QStringLiteral("CH")};
    }
    ASSERT_TRUE(RoutingSettings(store(), m_clock).saveRouting(as(m_admin), rules));
    const auto territory = [&] {
        for (const RoutingRule &r : Router(store(), m_clock).activeRules().rules) {
            if (r.key == QStringLiteral("territory-%1").arg(m_dach))
                return std::pair(r.name, r.conditions->conditions.first().values);
        }
        return std::pair(QString(), QStringList());
    };
    EXPECT_EQ(territory().first, QStringLiteral("Territory DACH (AT, DE, CH)"));
    Team dach = *store().teams.find(m_dach);
    dach.territories = {QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("CH"), QStringLiteral("LI")};
    ASSERT_TRUE(service.saveTeam(as(m_admin), dach));
    EXPECT_EQ(territory().second, dach.territories);
    EXPECT_EQ(territory().first, QStringLiteral("Territory DACH (DE, AT, CH, LI)"));
    dach.territories.clear();
    ASSERT_TRUE(service.saveTeam(as(m_admin), dach));
    EXPECT_EQ(territory().second,
              (QStringList{QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("CH"), QStringLiteral("LI")}));
    EXPECT_EQ(territory().first, QStringLiteral("Territory DACH (DE, AT, CH, LI)"));
}

// A manager runs one team, their own: another team's manager is refused; one in no team joins it.
TEST_F(TeamService_, ATeamsManagerIsOneOfItsOwnAndManagesNoOtherTeam)
{
    TeamService service(store(), m_clock);
    Team dach = *store().teams.find(m_dach);
    dach.managerId = m_daniel; // manages Europe East
    const Status refused = service.saveTeam(as(m_admin), dach);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().contains(QStringLiteral("Daniel Brooks"))) << refused.error().toStdString();
    EXPECT_EQ(store().teams.find(m_dach)->managerId, m_mia);

    const Id lone = addUser(QStringLiteral("Lone Manager"), Role::Manager, 0, {});
    Team nordics;
    nordics.name = QStringLiteral("Nordics");
    nordics.managerId = lone;
    const auto id = service.addTeam(as(m_admin), nordics);
    ASSERT_TRUE(id) << id.error().toStdString();
    EXPECT_EQ(user(lone).teamId, id.value());
    // …and may then not manage a second one.
    Team baltics;
    baltics.name = QStringLiteral("Baltics");
    baltics.managerId = lone;
    EXPECT_FALSE(service.addTeam(as(m_admin), baltics));
    // Nor can the manager be moved to another team, or made a rep, while they manage one.
    User moved = user(m_mia);
    moved.teamId = m_east;
    const auto kept = service.save(as(m_admin), moved);
    ASSERT_FALSE(kept);
    EXPECT_TRUE(kept.error().contains(QStringLiteral("another manager"))) << kept.error().toStdString();
    moved = user(m_mia);
    moved.role = Role::Rep;
    EXPECT_FALSE(service.save(as(m_admin), moved));
    // A team whose manager was deactivated can still be renamed.
    User mia = user(m_mia);
    mia.active = false;
    ASSERT_TRUE(store().users.update(mia));
    dach = *store().teams.find(m_dach);
    dach.name = QStringLiteral("Central Europe");
    EXPECT_TRUE(service.saveTeam(as(m_admin), dach));
}
