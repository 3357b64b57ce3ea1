#include "core/store/RoutingRepository.h"
#include "tests/core/RoutingFixture.h"

using namespace lr;
using lr::test::kTestStart;
using lr::test::RoutingFixture;

namespace {

class RoutingRepository_ : public RoutingFixture
{
protected:
    void move(Id leadId, Id to, AssignmentCause cause, Instant at)
    {
        Assignment a;
        a.leadId = leadId;
        a.userId = to;
        a.cause = cause;
        a.reason = QStringLiteral("test");
        a.at = at;
        ASSERT_TRUE(RoutingRepository(store().database()).recordAssignment(a));
    }
};

} // namespace

TEST_F(RoutingRepository_, CountsReassignmentsForBreachPerDayWithinTheScope)
{
    const Id german = addLead(QStringLiteral("a@firma.de"), QStringLiteral("DE"), QStringLiteral("de"));
    const Id bulgarian = addLead(QStringLiteral("b@firma.bg"), QStringLiteral("BG"), QStringLiteral("bg"));
    ASSERT_TRUE(store().leads.setOwner(german, m_hans, kTestStart));
    ASSERT_TRUE(store().leads.setOwner(bulgarian, m_ivan, kTestStart));
    const Instant day0 = kTestStart - 3 * kDayMs;
    move(german, m_hans, AssignmentCause::SlaBreach, day0 + kHourMs);
    move(german, m_hans, AssignmentCause::SlaBreach, day0 + 2 * kHourMs);
    move(german, m_hans, AssignmentCause::SlaBreach, day0 + 2 * kDayMs);
    move(german, m_hans, AssignmentCause::Manual, day0 + 2 * kDayMs); // another cause
    move(bulgarian, m_ivan, AssignmentCause::SlaBreach, day0 + kDayMs);
    move(german, m_hans, AssignmentCause::SlaBreach, day0 - kHourMs); // before the first day
    QList<Instant> bounds;
    for (int d = 0; d <= 3; ++d)
        bounds.append(day0 + d * kDayMs);
    RoutingRepository repo(store().database());
    EXPECT_EQ(repo.countPerPeriod(AccessScope::system(), AssignmentCause::SlaBreach, bounds), (QList<int>{2, 1, 1}));
    // Mia manages DACH: the Bulgarian lead is not hers to see.
    EXPECT_EQ(repo.countPerPeriod(AccessScope::forUser(user(m_mia)), AssignmentCause::SlaBreach, bounds),
              (QList<int>{2, 0, 1}));
    EXPECT_EQ(repo.countPerPeriod(AccessScope::system(), AssignmentCause::Manual, bounds), (QList<int>{0, 0, 1}));
    EXPECT_TRUE(repo.countPerPeriod(AccessScope::system(), AssignmentCause::SlaBreach, {day0}).isEmpty());
}
