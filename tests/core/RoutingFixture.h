#pragma once

#include "core/routing/Router.h"
#include "core/store/RoutingRepository.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>

namespace lr::test {

/// Two teams: DACH (manager Mia; reps Hans de, Greta de, Paul pl/en) covering DE/AT/CH and
/// Europe-East (manager Daniel; reps Ivan bg, Olga ru) covering BG; Erik is an enterprise rep
/// without a team territory. A manual clock at kTestStart (a Monday, 09:00 UTC).
class RoutingFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Team dach;
        dach.name = QStringLiteral("DACH");
        dach.territories = {QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("CH")};
        m_dach = store().teams.create(dach).value();
        Team east;
        east.name = QStringLiteral("Europe East");
        east.territories = {QStringLiteral("BG")};
        m_east = store().teams.create(east).value();
        m_mia = addUser(QStringLiteral("Mia Keller"), Role::Manager, m_dach, {});
        m_daniel = addUser(QStringLiteral("Daniel Brooks"), Role::Manager, m_east, {});
        m_hans = addUser(QStringLiteral("Hans Becker"), Role::Rep, m_dach, {QStringLiteral("de")});
        m_greta = addUser(QStringLiteral("Greta Vogel"), Role::Rep, m_dach, {QStringLiteral("de")});
        m_paul = addUser(QStringLiteral("Paul Nowak"), Role::Rep, m_dach, {QStringLiteral("pl"), QStringLiteral("en")});
        m_ivan = addUser(QStringLiteral("Ivan Petrov"), Role::Rep, m_east, {QStringLiteral("bg")});
        m_olga = addUser(QStringLiteral("Olga Smirnova"), Role::Rep, m_east, {QStringLiteral("ru")});
        m_erik = addUser(QStringLiteral("Erik Enterprise"), Role::Rep, 0, {QStringLiteral("en")},
                         QStringLiteral("enterprise"));
        ASSERT_TRUE(store().teams.setManager(m_dach, m_mia));
        ASSERT_TRUE(store().teams.setManager(m_east, m_daniel));
        m_admin = addUser(QStringLiteral("Alex Morgan"), Role::Admin, 0, {});
    }

    Store &store() { return m_store.store(); }

    Id addUser(const QString &name, Role role, Id team, const QStringList &languages, const QString &segment = {})
    {
        User u;
        u.name = name;
        u.email = name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@leadrelay.example");
        u.role = role;
        u.teamId = team;
        u.languages = languages;
        u.segment = segment;
        u.capacity = 20;
        u.workDays = 0x7f;
        u.workStartMinute = 0;
        u.workEndMinute = 24 * 60;
        return store().users.create(u).value();
    }

    User user(Id id) { return *store().users.find(id); }

    Id addLead(const QString &email, const QString &country, const QString &language, int employees = 0,
               const QString &formType = {}, LeadSource source = LeadSource::WebForm, const QString &scoreClass = {})
    {
        Lead l;
        l.scoreClass = scoreClass;
        l.score = scoreClass == QLatin1String("sql") ? 35 : 0;
        l.email = email;
        l.emailKey = email;
        l.firstName = email.section(QLatin1Char('@'), 0, 0);
        l.lastName = QStringLiteral("Test");
        l.country = country;
        l.language = language;
        l.formType = formType;
        l.source = source;
        const QString domain = email.section(QLatin1Char('@'), 1);
        if (auto company = store().companies.findByDomain(domain)) {
            l.companyId = company->id;
        } else {
            Company c;
            c.name = domain;
            c.domain = domain;
            c.employees = employees;
            c.createdAt = m_clock.now();
            l.companyId = store().companies.create(c).value();
        }
        l.createdAt = l.updatedAt = m_clock.now();
        return store().leads.create(l).value();
    }

    Lead lead(Id id) { return *store().leads.find(AccessScope::system(), id); }

    TempStore m_store;
    ManualClock m_clock{kTestStart};
    Id m_dach = 0, m_east = 0;
    Id m_mia = 0, m_daniel = 0, m_hans = 0, m_greta = 0, m_paul = 0, m_ivan = 0, m_olga = 0, m_erik = 0, m_admin = 0;
};

} // namespace lr::test
