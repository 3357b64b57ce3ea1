#pragma once

#include "core/pipeline/DealService.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>

namespace lr::test {

/// A team with a manager and two reps, a rep of another team, and one deal per rep in New Lead.
class DealFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Team north;
        north.name = QStringLiteral("North");
        const Id northId = m_store->teams.create(north).value();
        Team south;
        south.name = QStringLiteral("South");
        const Id southId = m_store->teams.create(south).value();
        m_manager = addUser(QStringLiteral("Mia Keller"), Role::Manager, northId);
        m_anna = addUser(QStringLiteral("Anna Nowak"), Role::Rep, northId);
        m_boris = addUser(QStringLiteral("Boris Ivanov"), Role::Rep, northId);
        m_carla = addUser(QStringLiteral("Carla Diaz"), Role::Rep, southId);
        ASSERT_TRUE(m_store->teams.setManager(northId, m_manager.userId));
        m_pipeline = m_store->pipelines.all().value(0);
        m_annaDeal = addDeal(m_anna.userId, QStringLiteral("Firma GmbH – 20 seats"));
        m_borisDeal = addDeal(m_boris.userId, QStringLiteral("Kunde AG – 40 seats"));
        m_carlaDeal = addDeal(m_carla.userId, QStringLiteral("Sur SL – 10 seats"));
    }

    AccessScope addUser(const QString &name, Role role, Id team)
    {
        User u;
        u.name = name;
        u.email = name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@leadrelay.example");
        u.role = role;
        u.teamId = team;
        u.id = m_store->users.create(u).value();
        return AccessScope::forUser(u);
    }

    Id stage(const QString &name) const
    {
        for (const Stage &s : m_pipeline.stages) {
            if (s.name == name)
                return s.id;
        }
        ADD_FAILURE() << "no stage " << name.toStdString();
        return 0;
    }

    Id addDeal(Id owner, const QString &title)
    {
        Deal d;
        d.pipelineId = m_pipeline.id;
        d.stageId = stage(QStringLiteral("New Lead"));
        d.ownerId = owner;
        d.title = title;
        d.createdAt = test::kTestStart - 10 * kDayMs;
        d.expectedCloseAt = test::kTestStart + 30 * kDayMs;
        return m_store->deals.create(d, owner).value();
    }

    Deal deal(Id id) { return *m_store->deals.find(AccessScope::system(), id); }

    test::TempStore m_store;
    ManualClock m_clock{test::kTestStart};
    DealService m_service{*m_store, m_clock};
    Pipeline m_pipeline;
    AccessScope m_manager, m_anna, m_boris, m_carla;
    Id m_annaDeal = 0, m_borisDeal = 0, m_carlaDeal = 0;
};

} // namespace lr::test
