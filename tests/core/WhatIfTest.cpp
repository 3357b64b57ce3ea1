#include "core/routing/WhatIf.h"
#include "core/routing/LeadDispatcher.h"
#include "core/routing/Router.h"
#include "core/store/RoutingRepository.h"
#include "tests/core/RoutingFixture.h"

#include <QJsonArray>

using namespace lr;
using lr::test::kTestStart;
using lr::test::RoutingFixture;

namespace {

class WhatIf_ : public RoutingFixture
{
protected:
    /// Five German leads a day apart, routed the real way (DACH round robin).
    QList<Id> routeGermanLeads()
    {
        QList<Id> ids;
        for (int i = 0; i < 5; ++i) {
            const Id id = addLead(QStringLiteral("de%1@firma%1.de").arg(i), QStringLiteral("DE"), QStringLiteral("de"),
                                  40, i == 0 ? QStringLiteral("demo_request") : QString());
            EXPECT_TRUE(LeadDispatcher(store(), m_clock).dispatchNew(id));
            ids.append(id);
            m_clock.advance(kDayMs);
        }
        return ids;
    }

    /// The active rules with a first rule that sends German leads to `userId`.
    RoutingRuleSet germanyTo(Id userId)
    {
        QJsonObject json = Router(store(), m_clock).activeRules().toJson();
        QJsonArray rules = json.value(QStringLiteral("rules")).toArray();
        rules.prepend(QJsonObject{
            {QStringLiteral("key"), QStringLiteral("germany")},
            {QStringLiteral("name"), QStringLiteral("Germany")},
            {QStringLiteral("when"),
             QJsonObject{{QStringLiteral("all"),
                          QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("country")},
                                                 {QStringLiteral("op"), QStringLiteral("in")},
                                                 {QStringLiteral("values"), QJsonArray{QStringLiteral("DE")}}}}}}},
            {QStringLiteral("target"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("user")}, {QStringLiteral("user"), userId}}}});
        json.insert(QStringLiteral("rules"), rules);
        auto set = RoutingRuleSet::fromJson(json);
        EXPECT_TRUE(set) << set.error().toStdString();
        return set.value();
    }

    static const WhatIfRow *rowOf(const WhatIfReport &report, Id userId)
    {
        for (const WhatIfRow &r : report.rows) {
            if (r.userId == userId)
                return &r;
        }
        return nullptr;
    }
};

} // namespace

TEST_F(WhatIf_, UnchangedRulesReplayWhatHappened)
{
    routeGermanLeads();
    const Result<WhatIfReport> r =
        WhatIf(store(), m_clock).replay(Router(store(), m_clock).activeRules(), SlaPolicySet::defaults());
    ASSERT_TRUE(r) << r.error().toStdString();
    EXPECT_EQ(r->leads, 5);
    EXPECT_EQ(r->changed, 0);
    for (const WhatIfRow &row : r->rows) {
        EXPECT_EQ(row.currentLeads, row.whatIfLeads) << row.name.toStdString();
        EXPECT_EQ(row.currentClocks, row.whatIfClocks) << row.name.toStdString();
    }
}

TEST_F(WhatIf_, ARuleForGermanyMovesTheLeadsToOneRepWithoutWriting)
{
    const QList<Id> ids = routeGermanLeads();
    QHash<Id, Id> ownersBefore;
    for (const Id id : ids)
        ownersBefore.insert(id, lead(id).ownerId);
    RoutingRepository routing(store().database());
    const Id pointerBefore =
        routing.pointer(QStringLiteral("rule:") + Router(store(), m_clock).activeRules().rules.at(0).key);
    const qsizetype trailBefore = routing.forLead(AccessScope::system(), ids.first()).size();

    const Result<WhatIfReport> r = WhatIf(store(), m_clock).replay(germanyTo(m_ivan), SlaPolicySet::defaults(), 14);
    ASSERT_TRUE(r) << r.error().toStdString();
    EXPECT_EQ(r->leads, 5);
    EXPECT_EQ(r->changed, 5);
    const WhatIfRow *ivan = rowOf(*r, m_ivan);
    ASSERT_NE(ivan, nullptr);
    EXPECT_EQ(ivan->currentLeads, 0);
    EXPECT_EQ(ivan->whatIfLeads, 5);
    EXPECT_EQ(ivan->whatIfClocks, 5);
    EXPECT_EQ(ivan->whatIfHot, 0) << "no SQL lead among them";
    EXPECT_EQ(r->rows.first().userId, m_ivan) << "most what-if leads first";
    const WhatIfRow *hans = rowOf(*r, m_hans);
    ASSERT_NE(hans, nullptr);
    EXPECT_GT(hans->currentLeads, 0);
    EXPECT_EQ(hans->whatIfLeads, 0);

    // Nothing was written: owners, trail and round robin pointers are as they were.
    for (const Id id : ids)
        EXPECT_EQ(lead(id).ownerId, ownersBefore.value(id));
    EXPECT_EQ(routing.forLead(AccessScope::system(), ids.first()).size(), trailBefore);
    EXPECT_EQ(routing.pointer(QStringLiteral("rule:") + Router(store(), m_clock).activeRules().rules.at(0).key),
              pointerBefore);
}

TEST_F(WhatIf_, OnlyTheLastNDaysAreReplayedAndStricterPoliciesShowAsHotLoad)
{
    routeGermanLeads(); // days 0..4 before now (now = start + 5 days)
    SlaPolicySet strict = SlaPolicySet::defaults();
    for (SlaPolicy &p : strict.policies)
        p.targetMs = 5 * kMinuteMs; // every lead hot
    const Result<WhatIfReport> r = WhatIf(store(), m_clock).replay(Router(store(), m_clock).activeRules(), strict, 2);
    ASSERT_TRUE(r) << r.error().toStdString();
    EXPECT_EQ(r->leads, 2);
    int hot = 0;
    for (const WhatIfRow &row : r->rows)
        hot += row.whatIfHot;
    EXPECT_EQ(hot, 2);
    EXPECT_FALSE(WhatIf(store(), m_clock).replay(Router(store(), m_clock).activeRules(), strict, 0));
}
