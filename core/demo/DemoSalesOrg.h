#pragma once

#include "core/domain/Team.h"
#include "core/domain/User.h"

#include "core/common/Words.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

namespace lr {

class DemoContext;

/// Who got a lead and why (the reason goes into the lead_assigned event).
struct DemoAssignment
{
    Id ownerId = 0;
    QString ownerName;
    QString reason; ///< As the store keeps it: Words::toStored().
};

/// The demo sales organisation: an admin, two teams with their managers and eight reps across
/// BG/DE/PL/US territories, one of them on holiday right now. Also routes the generated leads the way
/// the routing rules would: enterprise segment, territory round robin, out-of-office skip, manager fallback.
class DemoSalesOrg final
{
    Q_DECLARE_TR_FUNCTIONS(lr::DemoSalesOrg)
    LR_DECLARE_WORDS(lr::DemoSalesOrg)

public:
    explicit DemoSalesOrg(DemoContext &context) : m_ctx(context) {}

    /// Creates the teams and users through the repositories.
    void create();

    /// The owner of a lead from `country` at a company of `employees`, created at `at`.
    DemoAssignment route(const QString &country, int employees, Instant at);

    const QList<User> &users() const { return m_users; }
    const User *user(Id id) const;

private:
    QList<const User *> coveringReps(const QString &country) const;

    DemoContext &m_ctx;
    QList<Team> m_teams;
    QList<User> m_users;
    QMap<QString, int> m_roundRobin;
};

} // namespace lr
