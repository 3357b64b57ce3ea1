#pragma once

#include "core/common/Clock.h"
#include "core/domain/Company.h"
#include "core/domain/Lead.h"
#include "core/domain/Team.h"
#include "core/domain/User.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>

namespace lr::test {

/// A small org (admin; north: manager + two reps; south: manager + one rep) and helpers that
/// store leads the way intake leaves them.
struct DedupFixture
{
    TempStore store;
    ManualClock clock{kTestStart};
    User admin;
    User northManager;
    User anna;  ///< North rep.
    User boris; ///< North rep.
    User southManager;
    User carla; ///< South rep.

    DedupFixture()
    {
        const Id north = store->teams.create(Team{0, QStringLiteral("North"), 0, {}, kTestStart}).value();
        const Id south = store->teams.create(Team{0, QStringLiteral("South"), 0, {}, kTestStart}).value();
        admin = user(QStringLiteral("Ada Admin"), Role::Admin, 0);
        northManager = user(QStringLiteral("Nina Manager"), Role::Manager, north);
        anna = user(QStringLiteral("Anna Rep"), Role::Rep, north);
        boris = user(QStringLiteral("Boris Rep"), Role::Rep, north);
        southManager = user(QStringLiteral("Stefan Manager"), Role::Manager, south);
        carla = user(QStringLiteral("Carla Rep"), Role::Rep, south);
    }

    User user(const QString &name, Role role, Id team)
    {
        User u;
        u.name = name;
        u.email = name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@leadrelay.test");
        u.role = role;
        u.teamId = team;
        u.createdAt = kTestStart;
        u.id = store->users.create(u).value();
        return u;
    }

    Id company(const QString &domain)
    {
        if (const auto c = store->companies.findByDomain(domain))
            return c->id;
        Company c;
        c.name = domain.section(QLatin1Char('.'), 0, 0);
        c.domain = domain;
        c.createdAt = kTestStart;
        return store->companies.create(c).value();
    }

    /// A lead created `minutesAgo` before now, owned by `owner`; the company is the email's domain
    /// unless `freeMail`.
    Lead lead(const QString &first, const QString &last, const QString &email, const QString &phone, const User &owner,
              int minutesAgo = 0, bool freeMail = false)
    {
        Lead l;
        l.firstName = first;
        l.lastName = last;
        l.email = email;
        l.phone = phone;
        l.ownerId = owner.id;
        if (!freeMail) {
            l.companyId = company(email.section(QLatin1Char('@'), 1));
            l.companyName = email.section(QLatin1Char('@'), 1).section(QLatin1Char('.'), 0, 0);
        }
        l.createdAt = clock.now() - minutesAgo * kMinuteMs;
        l.updatedAt = l.createdAt;
        l.submittedAt = l.createdAt;
        l.id = store->leads.create(l).value();
        return *store->leads.find(AccessScope::system(), l.id);
    }

    static AccessScope scope(const User &u) { return AccessScope::forUser(u); }
};

} // namespace lr::test
