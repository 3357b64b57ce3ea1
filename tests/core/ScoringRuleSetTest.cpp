#include "core/scoring/ScoringRuleSet.h"
#include "core/domain/Company.h"
#include "core/domain/Lead.h"
#include "tests/support/TestSupport.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace lr;

namespace {

struct Person
{
    QString title{};
    QString formType{};
    int employees = 0;
    QString industry{};
    bool freeMail = false;
    QList<FactEvent> events{};
    QString budget{};
    QString timeline{};
    Instant createdAt = test::kTestStart;
};

LeadFacts factsOf(const Person &p, Instant now = test::kTestStart)
{
    Lead lead;
    lead.email = p.freeMail ? QStringLiteral("anna@gmail.com") : QStringLiteral("anna@firma.de");
    lead.title = p.title;
    lead.formType = p.formType;
    lead.createdAt = p.createdAt;
    Company company;
    company.domain = QStringLiteral("firma.de");
    company.employees = p.employees;
    company.industry = p.industry;
    LeadFacts f = LeadFacts::fromLead(lead, p.freeMail ? nullptr : &company, p.freeMail, now);
    f.setText(LeadField::Budget, p.budget);
    f.setText(LeadField::Timeline, p.timeline);
    f.setEvents(p.events);
    return f;
}

ScoringRuleSet defaults()
{
    auto set = ScoringRuleSet::compile(ScoringConfig::defaults(), 1);
    EXPECT_TRUE(set) << set.error().toStdString();
    return std::move(set).value();
}

FactEvent event(const char *type, Instant at, const char *url = "", const char *formType = "")
{
    return {QString::fromLatin1(type), at, QString::fromLatin1(url), QString::fromLatin1(formType)};
}

QStringList firedRules(const ScoreResult &r)
{
    QStringList ids;
    for (const ScoreLine &l : r.lines)
        ids.append(l.ruleId);
    return ids;
}

} // namespace

// Every shipped default rule, pinned: its points, its axis and what fires it (requirements §3).
TEST(ScoringRuleSet, DefaultRulesCarryTheSeedPoints)
{
    const ScoringRuleSet rules = defaults();
    struct Case
    {
        const char *rule;
        int points;
        ScoreAxis axis;
        Person person;
    };
    const Instant t = test::kTestStart;
    const Case cases[] = {
        {"demo_request", 25, ScoreAxis::Intent, {.formType = QStringLiteral("demo_request")}},
        {"demo_request", 25, ScoreAxis::Intent, {.events = {event("form_submit", t, "", "demo_request")}}},
        {"pricing_page", 10, ScoreAxis::Intent, {.events = {event("page_view", t, "https://x.io/en/pricing")}}},
        {"company_size", 15, ScoreAxis::Fit, {.employees = 50}},
        {"company_size", 15, ScoreAxis::Fit, {.employees = 200}},
        {"c_level", 20, ScoreAxis::Fit, {.title = QStringLiteral("CEO & Founder")}},
        {"free_mail", -10, ScoreAxis::Fit, {.freeMail = true}},
        {"student_intern", -50, ScoreAxis::Fit, {.title = QStringLiteral("Student")}},
        {"target_industry", 15, ScoreAxis::Fit, {.industry = QStringLiteral("Software")}},
        {"email_opens",
         5,
         ScoreAxis::Intent,
         {.events = {event("email_open", t), event("email_open", t), event("email_open", t)}}},
        {"ghosted", -20, ScoreAxis::Timing, {.createdAt = t - 14 * kDayMs}},
        {"budget_approved", 10, ScoreAxis::Timing, {.budget = QStringLiteral("approved")}},
        {"buying_now", 10, ScoreAxis::Timing, {.timeline = QStringLiteral("this_quarter")}},
    };
    for (const Case &c : cases) {
        const ScoreResult r = rules.score(factsOf(c.person));
        ASSERT_EQ(r.lines.size(), 1) << c.rule << ": " << firedRules(r).join(QLatin1Char(',')).toStdString();
        EXPECT_EQ(r.lines.first().ruleId, QString::fromLatin1(c.rule));
        EXPECT_EQ(r.lines.first().points, c.points) << c.rule;
        EXPECT_EQ(r.lines.first().axis, c.axis) << c.rule;
        EXPECT_EQ(r.rulesVersion, 1);
    }
    EXPECT_EQ(ScoringConfig::defaults().rules.size(), 11);
}

TEST(ScoringRuleSet, RulesJustOutsideTheirConditionsDoNotFire)
{
    const ScoringRuleSet rules = defaults();
    const Instant t = test::kTestStart;
    const Person misses[] = {
        {.formType = QStringLiteral("newsletter")},
        {.events = {event("page_view", t, "https://x.io/blog")}},
        {.employees = 49},
        {.employees = 201},
        {.title = QStringLiteral("Sales Manager")},
        {.industry = QStringLiteral("Retail")},
        {.events = {event("email_open", t), event("email_open", t)}},
        {.createdAt = t - 13 * kDayMs},
        {.events = {event("page_view", t - 2 * kDayMs, "/blog")}, .createdAt = t - 20 * kDayMs},
        {.budget = QStringLiteral("planned"), .timeline = QStringLiteral("later")},
    };
    for (const Person &p : misses)
        EXPECT_TRUE(rules.score(factsOf(p)).lines.isEmpty())
            << firedRules(rules.score(factsOf(p))).join(QLatin1Char(',')).toStdString();
}

TEST(ScoringRuleSet, ClassesFollowTheThresholds)
{
    const ScoringRuleSet rules = defaults();
    EXPECT_EQ(rules.classify(100), ScoreClass::Sql);
    EXPECT_EQ(rules.classify(30), ScoreClass::Sql);
    EXPECT_EQ(rules.classify(29), ScoreClass::Mql);
    EXPECT_EQ(rules.classify(20), ScoreClass::Mql);
    EXPECT_EQ(rules.classify(19), ScoreClass::Nurture);
    EXPECT_EQ(rules.classify(10), ScoreClass::Nurture);
    EXPECT_EQ(rules.classify(9), ScoreClass::Disqualified);
    EXPECT_EQ(rules.classify(0), ScoreClass::Disqualified);
    ScoringConfig edited = ScoringConfig::defaults();
    edited.thresholds = {50, 35, 15};
    const auto custom = ScoringRuleSet::compile(edited, 2);
    ASSERT_TRUE(custom);
    EXPECT_EQ(custom->classify(49), ScoreClass::Mql);
    EXPECT_EQ(custom->classify(14), ScoreClass::Disqualified);
}

TEST(ScoringRuleSet, SumsPerAxisAndClampsTheTotal)
{
    const ScoringRuleSet rules = defaults();
    const Instant t = test::kTestStart;
    // Demo request 25 + pricing 10 + size 15 + CEO 20 + industry 15 + budget 10 + now 10 = 105 → 100.
    const ScoreResult hot = rules.score(factsOf({.title = QStringLiteral("CEO"),
                                                 .formType = QStringLiteral("demo_request"),
                                                 .employees = 120,
                                                 .industry = QStringLiteral("Software"),
                                                 .events = {event("page_view", t, "/pricing")},
                                                 .budget = QStringLiteral("approved"),
                                                 .timeline = QStringLiteral("now")}));
    EXPECT_EQ(hot.fit, 50);
    EXPECT_EQ(hot.intent, 35);
    EXPECT_EQ(hot.timing, 20);
    EXPECT_EQ(hot.score, 100);
    EXPECT_EQ(hot.scoreClass, ScoreClass::Sql);
    EXPECT_EQ(hot.nextStep, NextStep::HandOffNow);
    // A student on Gmail: −50 − 10 → clamped to 0.
    const ScoreResult cold = rules.score(factsOf({.title = QStringLiteral("Intern"), .freeMail = true}));
    EXPECT_EQ(cold.fit, -60);
    EXPECT_EQ(cold.score, 0);
    EXPECT_EQ(cold.scoreClass, ScoreClass::Disqualified);
    EXPECT_EQ(cold.nextStep, NextStep::Recycle);
}

TEST(ScoringRuleSet, TheActionMatrixPicksTheNextStep)
{
    const ScoringRuleSet rules = defaults();
    const Instant t = test::kTestStart;
    // High fit (size 15), low intent → nurture with content.
    EXPECT_EQ(rules.score(factsOf({.employees = 100})).nextStep, NextStep::NurtureContent);
    // Low fit, high intent (demo request 25) → qualify fit first.
    EXPECT_EQ(rules.score(factsOf({.formType = QStringLiteral("demo_request")})).nextStep, NextStep::QualifyFit);
    // High fit + high intent but buying later → drip.
    EXPECT_EQ(rules
                  .score(factsOf({.formType = QStringLiteral("demo_request"),
                                  .employees = 100,
                                  .timeline = QStringLiteral("next_quarter")}))
                  .nextStep,
              NextStep::Drip);
    // Ghosted (timing below zero) → drip too.
    EXPECT_EQ(rules
                  .score(factsOf(
                      {.formType = QStringLiteral("demo_request"), .employees = 100, .createdAt = t - 30 * kDayMs}))
                  .nextStep,
              NextStep::Drip);
}

TEST(ScoringRuleSet, EmailOpensAloneNeverMakeALeadSql)
{
    ScoringConfig config = ScoringConfig::defaults();
    // An admin made opens worth a lot: they still cannot carry a lead into SQL on their own.
    for (ScoringRule &r : config.rules) {
        if (r.id == QLatin1String("email_opens"))
            r.points = 40;
    }
    const auto rules = ScoringRuleSet::compile(config, 2);
    ASSERT_TRUE(rules);
    const Instant t = test::kTestStart;
    const QList<FactEvent> opens{event("email_open", t - 3 * kHourMs), event("email_open", t - kHourMs),
                                 event("email_open", t - 2 * kHourMs)};
    const ScoreResult onlyOpens = rules->score(factsOf({.events = opens}));
    EXPECT_EQ(onlyOpens.score, 29);
    EXPECT_EQ(onlyOpens.scoreClass, ScoreClass::Mql);
    EXPECT_TRUE(onlyOpens.guarded);
    EXPECT_EQ(onlyOpens.lines.last().ruleId, QStringLiteral("guard_email_opens"));
    EXPECT_EQ(onlyOpens.lines.last().points, -11);
    // Dated by the newest open, not by the scoring: a re-score later leaves the breakdown as it is.
    EXPECT_EQ(onlyOpens.lines.last().at, t - kHourMs);
    // With real evidence besides the opens (demo request 25 + size 15), the guard stays out.
    const ScoreResult real =
        rules->score(factsOf({.formType = QStringLiteral("demo_request"), .employees = 80, .events = opens}));
    EXPECT_FALSE(real.guarded);
    EXPECT_EQ(real.score, 80);
    // With the default +5, opens plus a pricing visit (15) stay Nurture and unguarded.
    const ScoreResult withDefaults =
        defaults().score(factsOf({.events = opens + QList{event("page_view", t, "/pricing")}}));
    EXPECT_EQ(withDefaults.score, 15);
    EXPECT_FALSE(withDefaults.guarded);
}

TEST(ScoringRuleSet, TheBreakdownNamesTheTriggeringFact)
{
    const Instant t = test::kTestStart;
    const ScoreResult r = defaults().score(factsOf(
        {.title = QStringLiteral("Chief Executive Officer"), .events = {event("page_view", t - kDayMs, "/pricing")}}));
    ASSERT_EQ(r.lines.size(), 2);
    EXPECT_EQ(r.lines.at(0).ruleName, QStringLiteral("Pricing page visit"));
    EXPECT_EQ(r.lines.at(0).fact, QStringLiteral("Page view /pricing ×1"));
    EXPECT_EQ(r.lines.at(0).at, t - kDayMs);
    EXPECT_EQ(r.lines.at(1).fact, QStringLiteral("Job title: Chief Executive Officer"));
    // The store keeps the parts, not the words; the rules that scored give the words back.
    auto again = ScoreResult::linesFromJson(r.linesToJson());
    ASSERT_EQ(again.size(), 2);
    EXPECT_TRUE(again.at(0).fact.isEmpty());
    EXPECT_EQ(again.at(1).parts, r.lines.at(1).parts);
    for (ScoreLine &line : again)
        defaults().render(line);
    EXPECT_EQ(again, r.lines);

    // The guard's line names no rule: its name and words come from the code.
    ScoreLine guard{ScoringRuleSet::guardRuleId(), {}, ScoreAxis::Intent, -5, {}, t, {{-1, QStringLiteral("25")}}};
    defaults().render(guard);
    EXPECT_EQ(guard.ruleName, QStringLiteral("Email opens alone never make a lead SQL"));
    EXPECT_EQ(guard.fact, QStringLiteral("25 points from email opens"));
}

TEST(ScoringRuleSet, TheDirectBreakdownTextIsWhatQJsonDocumentWrites)
{
    // Stored breakdowns are compared as text: the direct writer must give QJsonDocument's bytes.
    ScoreResult r;
    EXPECT_EQ(r.linesToCompactJson(), QStringLiteral("[]"));
    const QStringList texts = {
        QStringLiteral("Page view /pricing ×3"),
        QStringLiteral("Job title: Генеральный директор"),
        QStringLiteral("Tytuł: Prezes Zarządu – \"Łukasz\" \\ C:\\path"),
        QStringLiteral("tab\there, line\nbreak, cr\r, bell\a, nul%1, esc\x1b, del\x7f").arg(QChar(0)),
        QStringLiteral("emoji 🚀 and a lone surrogate %1").arg(QChar(0xd800)),
        QString(),
        QStringLiteral("\b\f\x1f</script>")};
    Instant at = -5;
    int points = -50;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString &text = texts.at(i);
        // Lines as scored now (parts: one, two, the guard's), and lines stored with words only.
        QList<TriggerPart> parts;
        if (i % 3 == 0)
            parts = {{0, text}};
        else if (i % 3 == 1)
            parts = {{1, text}, {12, QStringLiteral("2026-11-03")}};
        r.lines.append(
            {QStringLiteral("rule_") + QString::number(points), text, ScoreAxis::Timing, points, text, at, parts});
        at = at * 1000003 + 7;
        points += 17;
    }
    r.lines.append({QStringLiteral("guard_email_opens"),
                    QStringLiteral("Guard"),
                    ScoreAxis::Intent,
                    -5,
                    {},
                    9,
                    {{-1, QStringLiteral("25")}}});
    r.lines[1].axis = ScoreAxis::Intent;
    for (qsizetype n = 1; n <= r.lines.size(); ++n) {
        ScoreResult part = r;
        part.lines.resize(n);
        EXPECT_EQ(part.linesToCompactJson(),
                  QString::fromUtf8(QJsonDocument(part.linesToJson()).toJson(QJsonDocument::Compact)))
            << "lines: " << n;
    }
}

TEST(ScoringRuleSet, DisabledRulesDoNotFire)
{
    ScoringConfig config = ScoringConfig::defaults();
    config.rules[0].enabled = false; // demo request
    const auto rules = ScoringRuleSet::compile(config, 3);
    ASSERT_TRUE(rules);
    EXPECT_EQ(rules->score(factsOf({.formType = QStringLiteral("demo_request")})).score, 0);
}

TEST(ScoringConfig, RoundTripsThroughJsonAndRefusesNonsense)
{
    ScoringConfig config = ScoringConfig::defaults();
    config.formTypes.insert(QStringLiteral("demo-2026"), QStringLiteral("demo_request"));
    const auto again = ScoringConfig::fromJson(config.toJson());
    ASSERT_TRUE(again) << again.error().toStdString();
    EXPECT_EQ(again.value(), config);

    ScoringConfig inverted = ScoringConfig::defaults();
    inverted.thresholds = {30, 35, 10}; // MQL above SQL
    EXPECT_TRUE(inverted.check().contains(QStringLiteral("rise")));
    EXPECT_FALSE(ScoringRuleSet::compile(inverted, 1));

    ScoringConfig badForm = ScoringConfig::defaults();
    badForm.formTypes.insert(QStringLiteral("f1"), QStringLiteral("brochure"));
    EXPECT_TRUE(badForm.check().contains(QStringLiteral("brochure")));

    QJsonObject json = ScoringConfig::defaults().toJson();
    QJsonArray rules = json.value(QStringLiteral("rules")).toArray();
    QJsonObject first = rules.at(0).toObject();
    first.insert(QStringLiteral("when"),
                 QJsonDocument::fromJson(R"({"all":[{"field":"title","op":"regex","value":"[ceo"}]})").object());
    rules.replace(0, first);
    json.insert(QStringLiteral("rules"), rules);
    const auto broken = ScoringConfig::fromJson(json);
    ASSERT_FALSE(broken);
    EXPECT_TRUE(broken.error().contains(QStringLiteral("Demo request form"))) << broken.error().toStdString();
    EXPECT_TRUE(broken.error().contains(QStringLiteral("compile"))) << broken.error().toStdString();
}

TEST(ScoringRuleSet, GhostedExplanationNamesTheDaySilenceBeganAndStaysTheSame)
{
    const ScoringRuleSet rules = defaults();
    const Instant created = test::kTestStart - 20 * kDayMs;
    const Person person{.createdAt = created};
    const ScoreResult day20 = rules.score(factsOf(person));
    const ScoreResult day21 = rules.score(factsOf(person, test::kTestStart + kDayMs));
    ASSERT_EQ(day20.lines.size(), 1);
    EXPECT_EQ(day20.lines.first().ruleId, QStringLiteral("ghosted"));
    EXPECT_TRUE(day20.lines.first().fact.contains(QStringLiteral("no activity since 2026-11-03")))
        << day20.lines.first().fact.toStdString();
    EXPECT_EQ(day20.lines.first().at, created);
    // A day later the lead is as ghosted as before: the same breakdown, so a re-score writes nothing.
    EXPECT_EQ(day21, day20);
}

TEST(ScoringRuleSet, ExplanationsNameTheValueAndTheEventCount)
{
    const ScoringRuleSet rules = defaults();
    const Instant t = test::kTestStart;
    const ScoreResult r = rules.score(
        factsOf({.title = QStringLiteral("CEO"),
                 .events = {event("email_open", t), event("email_open", t), event("email_open", t - kHourMs)}}));
    QStringList facts;
    for (const ScoreLine &line : r.lines)
        facts.append(line.ruleId + QLatin1Char('=') + line.fact);
    EXPECT_TRUE(facts.contains(QStringLiteral("c_level=Job title: CEO"))) << facts.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(facts.filter(QStringLiteral("email_opens=")).value(0).contains(QStringLiteral("×3")))
        << facts.join(QLatin1Char('|')).toStdString();
}
