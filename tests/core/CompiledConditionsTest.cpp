#include "core/rules/CompiledConditions.h"
#include "core/domain/Company.h"
#include "core/domain/Lead.h"
#include "tests/support/TestSupport.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace lr;

namespace {

ConditionSet parse(const char *json)
{
    const auto set = ConditionSet::fromJson(QJsonDocument::fromJson(json).object());
    EXPECT_TRUE(set) << set.error().toStdString();
    return set.ok() ? set.value() : ConditionSet{};
}

bool matches(const char *json, const LeadFacts &facts)
{
    const auto compiled = CompiledConditions::compile(parse(json));
    EXPECT_TRUE(compiled) << compiled.error().toStdString();
    return compiled && compiled->matches(facts);
}

LeadFacts facts()
{
    Lead lead;
    lead.email = QStringLiteral("anna@firma.de");
    lead.title = QStringLiteral("Geschäftsführerin");
    lead.country = QStringLiteral("DE");
    lead.formType = QStringLiteral("demo_request");
    lead.createdAt = test::kTestStart - 20 * kDayMs;
    Company company;
    company.domain = QStringLiteral("firma.de");
    company.industry = QStringLiteral("Software");
    company.employees = 120;
    LeadFacts f = LeadFacts::fromLead(lead, &company, false, test::kTestStart);
    f.setEvents(
        {{QStringLiteral("page_view"), test::kTestStart - 1 * kDayMs, QStringLiteral("https://x.io/pricing"), {}},
         {QStringLiteral("page_view"), test::kTestStart - 2 * kDayMs, QStringLiteral("https://x.io/Pricing/eu"), {}},
         {QStringLiteral("page_view"), test::kTestStart - 10 * kDayMs, QStringLiteral("https://x.io/pricing"), {}},
         {QStringLiteral("page_view"), test::kTestStart - 1 * kDayMs, QStringLiteral("https://x.io/blog"), {}}});
    return f;
}

} // namespace

TEST(CompiledConditions, EqualsInAndContainsIgnoreCase)
{
    const LeadFacts f = facts();
    EXPECT_TRUE(matches(R"({"all":[{"field":"country","op":"equals","value":"de"}]})", f));
    EXPECT_FALSE(matches(R"({"all":[{"field":"country","op":"equals","value":"AT"}]})", f));
    EXPECT_TRUE(matches(R"({"all":[{"field":"industry","op":"in","values":["Fintech","software"]}]})", f));
    EXPECT_FALSE(matches(R"({"all":[{"field":"industry","op":"in","values":["Fintech","Retail"]}]})", f));
    EXPECT_TRUE(matches(R"({"all":[{"field":"email","op":"contains","value":"FIRMA"}]})", f));
    EXPECT_TRUE(matches(R"({"all":[{"field":"employees","op":"equals","value":"120"}]})", f));
}

TEST(CompiledConditions, RegexRangeAndIsEmpty)
{
    const LeadFacts f = facts();
    EXPECT_TRUE(matches(R"({"all":[{"field":"email_domain","op":"regex","value":"\\.de$"}]})", f));
    EXPECT_FALSE(matches(R"({"all":[{"field":"email_domain","op":"regex","value":"\\.edu$"}]})", f));
    EXPECT_TRUE(matches(R"({"all":[{"field":"employees","op":"range","min":50,"max":200}]})", f));
    EXPECT_FALSE(matches(R"({"all":[{"field":"employees","op":"range","min":201}]})", f));
    EXPECT_TRUE(matches(R"({"all":[{"field":"employees","op":"range","max":120}]})", f));
    EXPECT_TRUE(matches(R"({"all":[{"field":"phone","op":"is_empty"}]})", f));
    EXPECT_FALSE(matches(R"({"all":[{"field":"phone","op":"is_empty","negate":true}]})", f));
    // An unknown company size is empty, and no range holds for it.
    LeadFacts unknown = LeadFacts::fromLead(Lead{}, nullptr, true, test::kTestStart);
    EXPECT_FALSE(matches(R"({"all":[{"field":"employees","op":"range","max":500}]})", unknown));
    EXPECT_TRUE(matches(R"({"all":[{"field":"employees","op":"is_empty"}]})", unknown));
    EXPECT_TRUE(matches(R"({"all":[{"field":"free_mail","op":"equals","value":"true"}]})", unknown));
}

TEST(CompiledConditions, TitleKeywordsInFiveLanguages)
{
    auto title = [](const QString &t) {
        Lead lead;
        lead.title = t;
        return LeadFacts::fromLead(lead, nullptr, false, test::kTestStart);
    };
    const char *cLevel = R"({"all":[{"field":"title","op":"title_keyword","values":["c_level","founder"]}]})";
    const char *junior = R"({"all":[{"field":"title","op":"title_keyword","values":["student","intern"]}]})";
    for (const char *t : {"CEO", "Co-Founder & CTO", "Генерален директор", "Генеральный директор", "Prezes Zarządu",
                          "Geschäftsführer", "Założycielka", "Основател"})
        EXPECT_TRUE(matches(cLevel, title(QString::fromUtf8(t)))) << t;
    for (const char *t :
         {"Marketing Intern", "Студент", "Stażystka", "Werkstudent Vertrieb", "стажант", "Praktikantin"})
        EXPECT_TRUE(matches(junior, title(QString::fromUtf8(t)))) << t;
    // Whole words only: "Product Owner", "Vice President" and "Cеоxyz" are not C-level.
    for (const char *t : {"Product Owner", "Sales Director", "ceofficer", "Internal Auditor"}) {
        EXPECT_FALSE(matches(cLevel, title(QString::fromUtf8(t)))) << t;
        EXPECT_FALSE(matches(junior, title(QString::fromUtf8(t)))) << t;
    }
}

TEST(CompiledConditions, EventCountsWithinATimeWindow)
{
    const LeadFacts f = facts();
    EXPECT_TRUE(matches(R"({"all":[{"op":"event_count","event":"page_view","url_contains":"/pricing","min":3}]})", f));
    EXPECT_FALSE(
        matches(R"({"all":[{"op":"event_count","event":"page_view","url_contains":"/pricing","min":3,"days":7}]})", f));
    EXPECT_TRUE(
        matches(R"({"all":[{"op":"event_count","event":"page_view","url_contains":"/pricing","min":2,"days":7}]})", f));
    EXPECT_FALSE(matches(R"({"all":[{"op":"event_count","event":"email_open","min":1}]})", f));
    const auto compiled = CompiledConditions::compile(
        parse(R"({"all":[{"op":"event_count","event":"page_view","url_contains":"/pricing","min":2,"days":7}]})"));
    const Trigger t = compiled->explain(f);
    EXPECT_EQ(t.fact, QStringLiteral("Page view /pricing ×2 within 7 days"));
    EXPECT_EQ(t.at, test::kTestStart - kDayMs);
}

TEST(CompiledConditions, AllNeedsEveryConditionAnyNeedsOne)
{
    const LeadFacts f = facts();
    EXPECT_FALSE(matches(R"({"all":[{"field":"country","op":"equals","value":"DE"},
                                   {"field":"industry","op":"equals","value":"Retail"}]})",
                         f));
    EXPECT_TRUE(matches(R"({"any":[{"field":"country","op":"equals","value":"PL"},
                                   {"field":"industry","op":"equals","value":"software"}]})",
                        f));
    const auto compiled = CompiledConditions::compile(parse(R"({"all":[{"field":"country","op":"equals","value":"DE"},
        {"field":"employees","op":"range","min":50}]})"));
    EXPECT_EQ(compiled->explain(f).fact, QStringLiteral("Country: DE; Company size (employees): 120"));
}

TEST(CompiledConditions, BadDocumentsAreRefusedWithAReason)
{
    auto error = [](const char *json) {
        const auto set = ConditionSet::fromJson(QJsonDocument::fromJson(json).object());
        return set ? QString() : set.error();
    };
    EXPECT_TRUE(
        error(R"({"all":[{"field":"shoe_size","op":"equals","value":"9"}]})").contains(QStringLiteral("shoe_size")));
    EXPECT_TRUE(
        error(R"({"all":[{"field":"title","op":"resembles","value":"x"}]})").contains(QStringLiteral("resembles")));
    EXPECT_TRUE(
        error(R"({"all":[{"field":"title","op":"regex","value":"(ceo"}]})").contains(QStringLiteral("compile")));
    EXPECT_TRUE(
        error(R"({"all":[{"field":"employees","op":"range","min":300,"max":50}]})").contains(QStringLiteral("above")));
    EXPECT_TRUE(error(R"({"all":[{"field":"title","op":"range","min":1}]})").contains(QStringLiteral("not a number")));
    EXPECT_TRUE(error(R"({"all":[{"op":"event_count","event":"telepathy"}]})").contains(QStringLiteral("telepathy")));
    EXPECT_TRUE(error(R"({"all":[{"field":"title","op":"title_keyword","values":["pope"]}]})")
                    .contains(QStringLiteral("pope")));
    EXPECT_TRUE(error(R"({"all":[]})").contains(QStringLiteral("at least one")));
    EXPECT_TRUE(error(R"({"rules":1})").contains(QStringLiteral("all")));
    EXPECT_TRUE(error(R"({"all":[{"field":"country","op":"equals","value":"DE"},{"field":"x","op":"equals"}]})")
                    .startsWith(QStringLiteral("Condition 2")));
}

TEST(CompiledConditions, ConditionsRoundTripThroughJson)
{
    const ConditionSet set = parse(R"({"any":[{"field":"employees","op":"range","min":50,"max":200},
        {"field":"title","op":"title_keyword","values":["c_level"],"negate":true},
        {"op":"event_count","event":"form_submit","form_type":"demo_request","min":1,"days":30}]})");
    const auto again = ConditionSet::fromJson(set.toJson());
    ASSERT_TRUE(again) << again.error().toStdString();
    EXPECT_EQ(again.value(), set);
    EXPECT_EQ(set.match, ConditionSet::Match::Any);
    EXPECT_EQ(set.conditions.at(2).withinDays, 30);
}

TEST(LeadFacts, NumbersReadAsTextAsTheyAlwaysDid)
{
    // Whole numbers take a fast path; every value must still read as "%.15g" wrote it.
    LeadFacts facts;
    for (const double v :
         {0.0, -0.0, 1.0, 114.0, -5.0, 250000.0, 999999999999999.0, 1e15, -1e15, 2.5, 0.1, 1e-7, 123456789.125, 4e20}) {
        facts.setNumber(LeadField::Revenue, v);
        EXPECT_EQ(facts.text(LeadField::Revenue), QString::number(v, 'g', 15)) << v;
    }
    facts.setNumber(LeadField::Revenue, 7, false);
    EXPECT_TRUE(facts.text(LeadField::Revenue).isEmpty());
}
