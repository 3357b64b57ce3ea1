#include "tests/core/RoutingFixture.h"

using namespace lr;
using lr::test::kTestStart;
using lr::test::RoutingFixture;

namespace {

class Router_ : public RoutingFixture
{
protected:
    RouteDecision route(Id leadId, const RouteOptions &options = {})
    {
        Router router(store(), m_clock);
        const Result<RouteDecision> d = router.route(lead(leadId), router.activeRules(), options);
        EXPECT_TRUE(d.ok()) << d.error().toStdString();
        return d.ok() ? d.value() : RouteDecision();
    }
    /// One rule that sends every lead to Ivan, minding his working hours or not.
    RoutingRuleSet allToIvan(bool respectWorkingHours) const
    {
        RoutingRule r;
        r.key = QStringLiteral("ivan");
        r.name = QStringLiteral("Ivan");
        r.target.kind = RoutingTarget::Kind::User;
        r.target.userId = m_ivan;
        r.respectWorkingHours = respectWorkingHours;
        RoutingRuleSet rules;
        rules.rules.append(r);
        return rules;
    }
};

} // namespace

TEST_F(Router_, NamedAccountGoesToItsOwnerWithAnAlert)
{
    RoutingRepository routing(store().database());
    ASSERT_TRUE(routing.setTargetAccount({QStringLiteral("bigcorp.de"), m_ivan, QStringLiteral("BigCorp")}, 0));
    const RouteDecision d = route(addLead(QStringLiteral("k@bigcorp.de"), QStringLiteral("DE"), QStringLiteral("de")));
    EXPECT_EQ(d.ownerId, m_ivan);
    EXPECT_TRUE(d.alertOwner);
    EXPECT_EQ(d.ruleKey, QStringLiteral("named-account"));
    EXPECT_TRUE(d.reason.contains(QStringLiteral("named account BigCorp"))) << d.reason.toStdString();
}

TEST_F(Router_, MoreThanFiveHundredEmployeesGoesToEnterpriseReps)
{
    const RouteDecision big =
        route(addLead(QStringLiteral("a@huge.de"), QStringLiteral("DE"), QStringLiteral("de"), 501));
    EXPECT_EQ(big.ownerId, m_erik);
    EXPECT_EQ(big.ruleKey, QStringLiteral("enterprise"));
    const RouteDecision small =
        route(addLead(QStringLiteral("a@small.de"), QStringLiteral("DE"), QStringLiteral("de"), 500));
    EXPECT_NE(small.ownerId, m_erik);
}

TEST_F(Router_, TerritoryGoesToTheCountrysTeamInRoundRobin)
{
    QList<Id> owners;
    for (int i = 0; i < 4; ++i)
        owners.append(route(addLead(QStringLiteral("p%1@firma%1.de").arg(i), QStringLiteral("DE"), {})).ownerId);
    EXPECT_EQ(owners, (QList<Id>{m_hans, m_greta, m_paul, m_hans}));
    const RouteDecision bg = route(addLead(QStringLiteral("x@firma.bg"), QStringLiteral("BG"), {}));
    EXPECT_EQ(bg.ownerId, m_ivan);
    EXPECT_TRUE(bg.reason.startsWith(QStringLiteral("rule "))) << bg.reason.toStdString();
    EXPECT_TRUE(bg.reason.contains(QStringLiteral("team Europe East, round robin"))) << bg.reason.toStdString();
}

TEST_F(Router_, TheRoundRobinPointerSurvivesARestart)
{
    EXPECT_EQ(route(addLead(QStringLiteral("a@one.de"), QStringLiteral("DE"), {})).ownerId, m_hans);
    const QString path = m_store.path();
    m_store.close();
    std::unique_ptr<Store> reopened = Store::open(path);
    ASSERT_TRUE(reopened);
    Router router(*reopened, m_clock);
    Lead l = *reopened->leads.find(AccessScope::system(), 1);
    EXPECT_EQ(router.route(l, router.activeRules())->ownerId, m_greta);
}

TEST_F(Router_, LanguageGoesToARepWhoSpeaksIt)
{
    const RouteDecision d = route(addLead(QStringLiteral("r@firma.ru"), QStringLiteral("RU"), QStringLiteral("ru")));
    EXPECT_EQ(d.ownerId, m_olga);
    EXPECT_EQ(d.ruleKey, QStringLiteral("language"));
    EXPECT_TRUE(d.reason.contains(QStringLiteral("reps who speak ru"))) << d.reason.toStdString();
}

TEST_F(Router_, ReferralGoesToSeniorRepsAndSkipsTheRuleWhenThereAreNone)
{
    const Id first = addLead(QStringLiteral("ref@firma.fr"), QStringLiteral("FR"), {}, 0, {}, LeadSource::Referral);
    const RouteDecision none = route(first);
    EXPECT_EQ(none.ruleKey, QStringLiteral("default"));
    EXPECT_TRUE(none.reason.contains(QStringLiteral("nobody fits (senior reps)"))) << none.reason.toStdString();
    RoutingRepository routing(store().database());
    ASSERT_TRUE(routing.setSenior(m_olga, true));
    const RouteDecision senior = route(first);
    EXPECT_EQ(senior.ownerId, m_olga);
    EXPECT_EQ(senior.ruleKey, QStringLiteral("referral"));
}

TEST_F(Router_, SkipsOutOfOfficeInactiveAndFullRepsAndSaysSo)
{
    ASSERT_TRUE(
        store().users.addAbsence(m_hans, {kTestStart - kDayMs, kTestStart + 7 * kDayMs, QStringLiteral("holiday")}));
    User greta = user(m_greta);
    greta.capacity = 0;
    ASSERT_TRUE(store().users.update(greta));
    const RouteDecision d = route(addLead(QStringLiteral("k@firma.de"), QStringLiteral("DE"), QStringLiteral("de")));
    EXPECT_EQ(d.ownerId, m_paul);
    EXPECT_TRUE(d.reason.contains(QStringLiteral("skipped Hans Becker (out of office)"))) << d.reason.toStdString();
    EXPECT_TRUE(d.reason.contains(QStringLiteral("skipped Greta Vogel (at capacity (0/0))"))) << d.reason.toStdString();
    EXPECT_TRUE(d.reason.endsWith(QStringLiteral("→ Paul Nowak"))) << d.reason.toStdString();
    User paul = user(m_paul);
    paul.active = false;
    ASSERT_TRUE(store().users.update(paul));
    const RouteDecision fallback =
        route(addLead(QStringLiteral("k2@firma.de"), QStringLiteral("DE"), QStringLiteral("de")));
    EXPECT_EQ(fallback.ownerId, m_mia);
    EXPECT_TRUE(fallback.fallback);
    EXPECT_TRUE(fallback.reason.contains(QStringLiteral("skipped Paul Nowak (inactive)")));
    EXPECT_TRUE(fallback.reason.contains(QStringLiteral("nobody available → Mia Keller (manager of DACH)")))
        << fallback.reason.toStdString();
}

TEST_F(Router_, LeastLoadedPicksTheRepWithFewestOpenLeads)
{
    RoutingRuleSet rules;
    RoutingRule r;
    r.key = QStringLiteral("dach");
    r.name = QStringLiteral("DACH least loaded");
    r.target.kind = RoutingTarget::Kind::Team;
    r.target.teamId = m_dach;
    r.target.strategy = RoutingStrategy::LeastLoaded;
    rules.rules.append(r);
    // Hans holds two open leads, Greta one, Paul none.
    for (const auto &[owner, n] : {std::pair{m_hans, 2}, std::pair{m_greta, 1}}) {
        for (int i = 0; i < n; ++i)
            ASSERT_TRUE(store().leads.setOwner(
                addLead(QStringLiteral("l%1%2@x.de").arg(owner).arg(i), QStringLiteral("DE"), {}), owner, 0));
    }
    Router router(store(), m_clock);
    const Id fresh = addLead(QStringLiteral("new@x.de"), QStringLiteral("DE"), {});
    EXPECT_EQ(router.route(lead(fresh), rules)->ownerId, m_paul);
    ASSERT_TRUE(store().leads.setOwner(fresh, m_paul, 0));
    ASSERT_TRUE(store().leads.setOwner(addLead(QStringLiteral("p2@x.de"), QStringLiteral("DE"), {}), m_paul, 0));
    // Now Paul has 2, Greta 1: Greta.
    EXPECT_EQ(router.route(lead(fresh), rules)->ownerId, m_greta);
}

TEST_F(Router_, WorkingHoursOnlyCountWhenTheRuleSaysSo)
{
    User ivan = user(m_ivan);
    ivan.workStartMinute = 12 * 60; // 12:00–18:00 UTC; the clock says 09:00
    ivan.workEndMinute = 18 * 60;
    ASSERT_TRUE(store().users.update(ivan));
    RoutingRuleSet rules = allToIvan(false);
    Router router(store(), m_clock);
    const Lead l = lead(addLead(QStringLiteral("b@firma.bg"), QStringLiteral("BG"), {}));
    EXPECT_EQ(router.route(l, rules)->ownerId, m_ivan);
    rules.rules[0].respectWorkingHours = true;
    const RouteDecision d = router.route(l, rules).value();
    EXPECT_EQ(d.ownerId, m_daniel);
    EXPECT_TRUE(d.reason.contains(QStringLiteral("outside working hours")));
    m_clock.set(kTestStart + 4 * kHourMs); // 13:00
    EXPECT_EQ(router.route(l, rules)->ownerId, m_ivan);
}

TEST_F(Router_, ARepOffOnFridayAfternoonIsSkippedWhenTheRuleRespectsWorkingHours)
{
    User ivan = user(m_ivan);
    ivan.timeZone = QStringLiteral("UTC");
    ivan.workWeek[4] = WorkSpan{9 * 60, 13 * 60}; // Friday 09:00–13:00; other days 09:00–18:00
    ASSERT_TRUE(store().users.update(ivan));
    const RoutingRuleSet rules = allToIvan(true);
    Router router(store(), m_clock);
    const Lead l = lead(addLead(QStringLiteral("b@firma.bg"), QStringLiteral("BG"), {}));
    m_clock.set(kTestStart + 3 * kDayMs + 5 * kHourMs); // Thursday 14:00: his usual hours
    EXPECT_EQ(router.route(l, rules)->ownerId, m_ivan);
    m_clock.set(kTestStart + 4 * kDayMs + 3 * kHourMs); // Friday 12:00
    EXPECT_EQ(router.route(l, rules)->ownerId, m_ivan);
    m_clock.set(kTestStart + 4 * kDayMs + 5 * kHourMs); // Friday 14:00: off
    const RouteDecision d = router.route(l, rules).value();
    EXPECT_NE(d.ownerId, m_ivan);
    EXPECT_TRUE(d.reason.contains(QStringLiteral("outside working hours"))) << d.reason.toStdString();
}

TEST_F(Router_, ExcludedPeopleAreSkippedAndADryRunLeavesThePointer)
{
    const Id l = addLead(QStringLiteral("k@firma.de"), QStringLiteral("DE"), {});
    RouteOptions dry;
    dry.dryRun = true;
    EXPECT_EQ(route(l, dry).ownerId, m_hans);
    EXPECT_EQ(route(l, dry).ownerId, m_hans);
    RouteOptions without;
    without.exclude = {m_hans};
    const RouteDecision d = route(l, without);
    EXPECT_EQ(d.ownerId, m_greta);
    EXPECT_TRUE(d.reason.contains(QStringLiteral("skipped Hans Becker (current owner)")));
}

TEST_F(Router_, NobodyActiveAnywhereIsTheOnlyWayToNoOwner)
{
    for (User u : store().users.all()) {
        u.active = false;
        ASSERT_TRUE(store().users.update(u));
    }
    Router router(store(), m_clock);
    const Lead l = lead(addLead(QStringLiteral("k@firma.de"), QStringLiteral("DE"), {}));
    const Result<RouteDecision> d = router.route(l, router.activeRules());
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->ownerId, 0);
    EXPECT_EQ(d->reason, QStringLiteral("Nobody is active to take the lead."));
}

TEST_F(Router_, StoredRulesReplaceTheDefaults)
{
    RoutingRuleSet rules;
    RoutingRule r;
    r.key = QStringLiteral("all-to-olga");
    r.name = QStringLiteral("Everything to Olga");
    r.target.kind = RoutingTarget::Kind::User;
    r.target.userId = m_olga;
    rules.rules.append(r);
    ASSERT_TRUE(store().rules.save(Router::kRuleKind, rules.toJson(), m_admin, kTestStart));
    EXPECT_EQ(route(addLead(QStringLiteral("k@firma.de"), QStringLiteral("DE"), QStringLiteral("de"))).ownerId, m_olga);
}

TEST(RoutingRuleSet, RoundTripsThroughJson)
{
    RoutingRuleSet set = RoutingRuleSet::defaults({}, {});
    RoutingRule pool;
    pool.key = QStringLiteral("pool");
    pool.name = QStringLiteral("Pool");
    pool.target.users = {3, 4};
    pool.target.segment = QStringLiteral("enterprise");
    pool.target.coversLeadCountry = true;
    pool.target.strategy = RoutingStrategy::LeastLoaded;
    pool.respectWorkingHours = true;
    set.rules.prepend(pool);
    const Result<RoutingRuleSet> back = RoutingRuleSet::fromJson(set.toJson());
    ASSERT_TRUE(back.ok()) << back.error().toStdString();
    EXPECT_EQ(back.value(), set);
    EXPECT_FALSE(RoutingRuleSet::fromJson(QJsonObject{{QStringLiteral("rules"), 3}}).ok());
}

TEST(RoutingRuleSet, ASetWithoutADefaultCannotBeSavedAndDeletedTargetsAreFlagged)
{
    RoutingRuleSet set;
    RoutingRule r;
    r.key = QStringLiteral("t");
    r.name = QStringLiteral("Territory");
    Condition c;
    c.op = ConditionOp::In;
    c.field = LeadField::Country;
    c.values = {QStringLiteral("DE")};
    ConditionSet cs;
    cs.conditions = {c};
    r.conditions = cs;
    r.target.kind = RoutingTarget::Kind::Team;
    r.target.teamId = 99;
    set.rules.append(r);
    QList<RoutingIssue> issues = set.check({}, {});
    ASSERT_EQ(issues.size(), 2);
    EXPECT_TRUE(issues.at(0).blocking);
    EXPECT_EQ(issues.at(0).rule, -1);
    EXPECT_FALSE(issues.at(1).blocking);
    EXPECT_TRUE(issues.at(1).message.contains(QStringLiteral("team that no longer exists")));
    RoutingRule fallback;
    fallback.key = QStringLiteral("d");
    fallback.name = QStringLiteral("Default");
    set.rules.append(fallback);
    issues = set.check({}, {});
    EXPECT_EQ(std::count_if(issues.begin(), issues.end(), [](const RoutingIssue &i) { return i.blocking; }), 0);
}
