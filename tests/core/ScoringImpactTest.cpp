#include "core/domain/User.h"
#include "core/intake/IntakeProcessor.h"
#include "core/scoring/ScoringService.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace lr;

namespace {

struct Fixture
{
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    IntakeProcessor intake{*store, clock};
    ScoringService scoring{*store, clock};
    User admin = addUser(QStringLiteral("Alex Admin"), Role::Admin);
    User manager = addUser(QStringLiteral("Mona Manager"), Role::Manager);
    User rep = addUser(QStringLiteral("Rita Rep"), Role::Rep);

    User addUser(const QString &name, Role role)
    {
        User u;
        u.name = name;
        u.email = name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@leadrelay.test");
        u.role = role;
        u.createdAt = test::kTestStart;
        u.id = store->users.create(u).value();
        return u;
    }
    Id submit(const QJsonObject &fields)
    {
        clock.advance(kSecondMs);
        const IntakeOutcome out = intake.submit(JournalEntry::Channel::Webhook, QStringLiteral("web"), fields);
        EXPECT_EQ(out.status, IntakeOutcome::Status::Created) << out.reason.toStdString();
        return out.leadId;
    }
    QString storedClass(Id id) { return store->leads.find(AccessScope::system(), id)->scoreClass; }
};

QJsonObject fields(const char *email, const char *title, int employees, const char *industry, const char *formType)
{
    QJsonObject o{{QStringLiteral("email"), QString::fromLatin1(email)}};
    if (*title)
        o.insert(QStringLiteral("title"), QString::fromLatin1(title));
    if (employees)
        o.insert(QStringLiteral("employees"), employees);
    if (*industry)
        o.insert(QStringLiteral("industry"), QString::fromLatin1(industry));
    if (*formType)
        o.insert(QStringLiteral("form_type"), QString::fromLatin1(formType));
    return o;
}

/// Four recent leads, one per class under the defaults, and one lead from before the period.
struct ImpactFixture : Fixture
{
    Id old = 0, ceo = 0, sizeAndIndustry = 0, sizeOnly = 0, student = 0;

    ImpactFixture()
    {
        old = submit(fields("olga@old-firma.de", "CEO", 120, "Software", "demo_request"));
        clock.advance(100 * kDayMs);
        ceo = submit(fields("maria@acme-software.de", "CEO", 120, "Software", "demo_request")); // 75
        sizeAndIndustry = submit(fields("ben@firma-b.de", "", 120, "Software", ""));            // 30
        sizeOnly = submit(fields("cleo@firma-c.de", "", 100, "", ""));                          // 15
        student = submit(fields("dan@gmail.com", "Student", 0, "", ""));                        // 0
    }
};

} // namespace

TEST(ScoringImpact, CountsHowRecentLeadsWouldMoveBetweenClassesAndStoresNothing)
{
    ImpactFixture f;
    ASSERT_EQ(f.storedClass(f.sizeAndIndustry), QStringLiteral("sql"));
    ASSERT_EQ(f.storedClass(f.sizeOnly), QStringLiteral("nurture"));
    ASSERT_EQ(f.storedClass(f.student), QStringLiteral("disqualified"));
    const qint64 historyBefore = f.scoring.explain(AccessScope::system(), f.sizeAndIndustry)->history.size();

    ScoringConfig candidate = ScoringConfig::defaults();
    candidate.thresholds = {60, 25, 10};
    const auto rules = ScoringRuleSet::compile(candidate, 0);
    ASSERT_TRUE(rules) << rules.error().toStdString();
    const auto impact = f.scoring.impactPreview(rules.value());
    ASSERT_TRUE(impact) << impact.error().toStdString();

    EXPECT_EQ(impact->days, 90);
    EXPECT_EQ(impact->leads, 4) << "the lead from 100 days ago is outside the period";
    EXPECT_EQ(impact->moved(ScoreClass::Sql, ScoreClass::Sql), 1);
    EXPECT_EQ(impact->moved(ScoreClass::Sql, ScoreClass::Mql), 1);
    EXPECT_EQ(impact->moved(ScoreClass::Nurture, ScoreClass::Nurture), 1);
    EXPECT_EQ(impact->moved(ScoreClass::Disqualified, ScoreClass::Disqualified), 1);
    EXPECT_EQ(impact->before(ScoreClass::Sql), 2);
    EXPECT_EQ(impact->after(ScoreClass::Sql), 1);
    EXPECT_EQ(impact->after(ScoreClass::Mql), 1);
    EXPECT_EQ(impact->before(ScoreClass::Mql), 0);
    EXPECT_EQ(impact->changed(), 1);

    EXPECT_EQ(f.storedClass(f.sizeAndIndustry), QStringLiteral("sql")) << "a preview stores nothing";
    EXPECT_EQ(f.scoring.explain(AccessScope::system(), f.sizeAndIndustry)->history.size(), historyBefore);

    const auto wider = f.scoring.impactPreview(rules.value(), 200);
    ASSERT_TRUE(wider);
    EXPECT_EQ(wider->leads, 5);
    // The old lead is silent for 100 days now: "ghosted" takes 20 of its 75.
    EXPECT_EQ(wider->moved(ScoreClass::Sql, ScoreClass::Mql), 2);
    EXPECT_FALSE(f.scoring.impactPreview(rules.value(), 0)) << "a period of no days";
}

TEST(ScoringImpact, ARuleChangeMovesLeadsBothWays)
{
    ImpactFixture f;
    ScoringConfig candidate = ScoringConfig::defaults();
    for (ScoringRule &r : candidate.rules) {
        if (r.id == QLatin1String("company_size"))
            r.points = 25; // size alone is now MQL; size and industry stay SQL
        if (r.id == QLatin1String("demo_request"))
            r.enabled = false; // the CEO drops to 50: still SQL
    }
    const auto impact = f.scoring.impactPreview(ScoringRuleSet::compile(candidate, 0).value());
    ASSERT_TRUE(impact);
    EXPECT_EQ(impact->moved(ScoreClass::Nurture, ScoreClass::Mql), 1);
    EXPECT_EQ(impact->moved(ScoreClass::Sql, ScoreClass::Sql), 2);
    EXPECT_EQ(impact->changed(), 1);
}

TEST(ScoringImpact, SavingRefusesBadRulesAndNonAdmins)
{
    Fixture f;
    const int before = f.scoring.ruleSet().value()->version();

    ScoringConfig badRegex = ScoringConfig::defaults();
    Condition regex;
    regex.field = LeadField::EmailDomain;
    regex.op = ConditionOp::Regex;
    regex.value = QStringLiteral("(\\.edu");
    badRegex.rules[0].when.conditions = {regex};
    const auto regexRefused = f.scoring.saveRules(f.admin, badRegex);
    ASSERT_FALSE(regexRefused);
    EXPECT_TRUE(regexRefused.error().contains(QStringLiteral("does not compile")))
        << regexRefused.error().toStdString();

    ScoringConfig badOrder = ScoringConfig::defaults();
    badOrder.thresholds = {30, 35, 10};
    const auto orderRefused = f.scoring.saveRules(f.admin, badOrder);
    ASSERT_FALSE(orderRefused);
    EXPECT_TRUE(orderRefused.error().contains(QStringLiteral("MQL (35) must be below SQL (30)")))
        << orderRefused.error().toStdString();
    EXPECT_EQ(badOrder.thresholds.check(), orderRefused.error());
    ScoringConfig nurtureAboveMql = ScoringConfig::defaults();
    nurtureAboveMql.thresholds = {30, 20, 20};
    EXPECT_FALSE(f.scoring.saveRules(f.admin, nurtureAboveMql));

    ScoringConfig emptyValue = ScoringConfig::defaults();
    emptyValue.rules[0].when.conditions[0].value.clear(); // form_type is ""
    EXPECT_FALSE(f.scoring.saveRules(f.admin, emptyValue)) << "an empty required value";

    // A document naming a field scoring does not know is refused when read, before anything is saved.
    QJsonObject document = ScoringConfig::defaults().toJson();
    QJsonArray rules = document.value(QStringLiteral("rules")).toArray();
    QJsonObject first = rules.at(0).toObject();
    first.insert(QStringLiteral("when"),
                 QJsonObject{{QStringLiteral("all"),
                              QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("shoe_size")},
                                                     {QStringLiteral("op"), QStringLiteral("equals")},
                                                     {QStringLiteral("value"), QStringLiteral("42")}}}}});
    rules.replace(0, first);
    document.insert(QStringLiteral("rules"), rules);
    const auto unknown = ScoringConfig::fromJson(document);
    ASSERT_FALSE(unknown);
    EXPECT_TRUE(unknown.error().contains(QStringLiteral("shoe_size"))) << unknown.error().toStdString();

    ScoringConfig fine = ScoringConfig::defaults();
    fine.thresholds.sql = 35;
    for (const User &who : {f.manager, f.rep}) {
        const auto refused = f.scoring.saveRules(who, fine);
        ASSERT_FALSE(refused) << who.name.toStdString();
        EXPECT_TRUE(refused.error().contains(QStringLiteral("administrators")));
    }
    EXPECT_EQ(f.scoring.ruleSet().value()->version(), before) << "nothing was saved";
    ASSERT_TRUE(f.scoring.saveRules(f.admin, fine));
    EXPECT_EQ(f.scoring.ruleSet().value()->version(), before + 1);
}

TEST(ScoringImpact, ConditionsRefuseEmptyAndNonNumericValues)
{
    Condition c;
    c.field = LeadField::Industry;
    c.op = ConditionOp::Equals;
    EXPECT_FALSE(c.check().isEmpty()) << "empty value";
    c.value = QStringLiteral("Software");
    EXPECT_TRUE(c.check().isEmpty());
    c.field = LeadField::Employees;
    EXPECT_FALSE(c.check().isEmpty()) << "a word for a number";
    c.value = QStringLiteral("120");
    EXPECT_TRUE(c.check().isEmpty());
    c.op = ConditionOp::In;
    c.field = LeadField::Country;
    c.values = {QStringLiteral("DE"), QStringLiteral(" ")};
    EXPECT_FALSE(c.check().isEmpty()) << "an empty list entry";
}
