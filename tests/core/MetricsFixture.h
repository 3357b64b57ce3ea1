#pragma once

#include "core/metrics/MetricEvents.h"
#include "core/metrics/MetricsService.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <QJsonObject>

#include <gtest/gtest.h>

namespace lr::test {

/// Two teams (North: a manager, Anna and Boris; South: Carla), an admin, and helpers that write
/// leads, events, activities, meetings and deals at exact instants, so that every figure of a
/// test can be computed by hand. The period is the week before kTestStart (Monday 09:00 UTC).
class MetricsFixture : public ::testing::Test
{
public:
    static constexpr Instant kFrom = kTestStart - 7 * kDayMs; ///< Monday 2026-11-16 09:00 UTC.

protected:
    void SetUp() override
    {
        Team north;
        north.name = QStringLiteral("North");
        m_north = m_store->teams.create(north).value();
        Team south;
        south.name = QStringLiteral("South");
        m_south = m_store->teams.create(south).value();
        m_admin = addUser(QStringLiteral("Ada Admin"), Role::Admin, 0);
        m_manager = addUser(QStringLiteral("Mia Keller"), Role::Manager, m_north);
        m_anna = addUser(QStringLiteral("Anna Nowak"), Role::Rep, m_north);
        m_boris = addUser(QStringLiteral("Boris Ivanov"), Role::Rep, m_north);
        m_carla = addUser(QStringLiteral("Carla Diaz"), Role::Rep, m_south);
        ASSERT_TRUE(m_store->teams.setManager(m_north, m_manager.userId));
        m_pipeline = m_store->pipelines.all().value(0);
        m_filter.from = kFrom;
        m_filter.to = kTestStart;
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

    /// A lead of `owner` created at `at` (with its lead_created event).
    Id addLead(const AccessScope &owner, Instant at, LeadSource source = LeadSource::WebForm,
               const QString &campaign = {})
    {
        Lead l;
        l.firstName = QStringLiteral("Lead");
        l.lastName = QString::number(++m_leadCount);
        l.email = QStringLiteral("lead%1@firma.example").arg(m_leadCount);
        l.source = source;
        l.utmCampaign = campaign;
        l.ownerId = owner.userId;
        l.createdAt = at;
        const Id id = m_store->leads.create(l).value();
        event(events::LeadCreated, at, id, 0, {{QStringLiteral("source"), toKey(source)}});
        return id;
    }

    void event(const QString &type, Instant at, Id lead, Id user = 0, const QJsonObject &payload = {}, Id deal = 0)
    {
        Event e;
        e.type = type;
        e.at = at;
        e.leadId = lead;
        e.userId = user;
        e.dealId = deal;
        e.payload = payload;
        ASSERT_TRUE(m_store->events.append(e));
    }

    void touch(Id lead, Instant at, Id user) { event(events::FirstTouch, at, lead, user); }
    void status(Id lead, Instant at, LeadStatus from, LeadStatus to)
    {
        event(events::LeadStatusChanged, at, lead, 0,
              {{QStringLiteral("from"), toKey(from)}, {QStringLiteral("to"), toKey(to)}});
    }
    void classify(Id lead, Instant at, const QString &cls)
    {
        event(metricEvents::LeadClassified, at, lead, 0, {{QStringLiteral("class"), cls}});
    }

    void activity(Id lead, Instant at, ActivityKind kind, Id user)
    {
        Activity a;
        a.leadId = lead;
        a.userId = user;
        a.kind = kind;
        a.at = at;
        ASSERT_TRUE(m_store->activities.create(a));
    }

    void meeting(Id lead, Id owner, Instant startsAt, MeetingStatus status)
    {
        Meeting m;
        m.leadId = lead;
        m.ownerId = owner;
        m.startsAt = startsAt;
        m.endsAt = startsAt + 30 * kMinuteMs;
        m.status = status;
        m.createdAt = startsAt - kDayMs;
        ASSERT_TRUE(m_store->meetings.create(m));
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

    /// A deal of `owner` for `lead`, created in `stageName` at `createdAt`.
    Id addDeal(Id owner, Id lead, qint64 valueCents, Instant createdAt, const QString &stageName,
               Instant expectedCloseAt = 0)
    {
        Deal d;
        d.pipelineId = m_pipeline.id;
        d.stageId = stage(stageName);
        d.ownerId = owner;
        d.leadId = lead;
        d.title = QStringLiteral("Deal %1").arg(++m_dealCount);
        d.valueCents = valueCents;
        d.createdAt = createdAt;
        d.stageEnteredAt = createdAt;
        d.expectedCloseAt = expectedCloseAt ? expectedCloseAt : createdAt + 30 * kDayMs;
        return m_store->deals.create(d, owner).value();
    }

    /// Moves a deal to a closing stage at `at`, engaged at `engagedAt` (0: never).
    void close(Id dealId, const QString &stageName, Instant at, Instant engagedAt = 0)
    {
        Deal d = *m_store->deals.find(AccessScope::system(), dealId);
        ASSERT_TRUE(m_store->deals.setStage(dealId, stage(stageName), d.ownerId, at));
        d = *m_store->deals.find(AccessScope::system(), dealId);
        d.closedAt = at;
        d.engagedAt = engagedAt;
        ASSERT_TRUE(m_store->deals.update(d));
    }

    MetricsReport report(const AccessScope &scope, MetricsFilter filter = {})
    {
        if (filter.to == 0) {
            filter.from = m_filter.from;
            filter.to = m_filter.to;
        }
        EXPECT_TRUE(m_service.refresh());
        auto r = m_service.report(scope, filter);
        EXPECT_TRUE(r) << r.error().toStdString();
        return r ? r.value() : MetricsReport{};
    }

    static const RepFigures *repIn(const MetricsReport &r, Id userId)
    {
        for (const RepFigures &rep : r.reps) {
            if (rep.userId == userId)
                return &rep;
        }
        return nullptr;
    }

    TempStore m_store;
    ManualClock m_clock{kTestStart};
    MetricsService m_service{*m_store, m_clock};
    Pipeline m_pipeline;
    Id m_north = 0, m_south = 0;
    AccessScope m_admin, m_manager, m_anna, m_boris, m_carla;
    MetricsFilter m_filter;
    int m_leadCount = 0;
    int m_dealCount = 0;
};

} // namespace lr::test
