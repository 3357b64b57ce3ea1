#include "ui/models/TimelineBuilder.h"

#include "core/store/Store.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiFixture.h"
#include "ui/models/TimelineModel.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace lr;
using lr::ui::TimelineBuilder;
using lr::ui::TimelineEntry;

namespace {

class TimelineBuilderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        org = test::createSalesOrg(*store);
        lead = test::createLeads(*store, org, 1).first();
        ASSERT_EQ(lead.ownerId, org.anna.id);
    }

    void append(const QString &type, Instant at, const QJsonObject &payload = {}, Id userId = 0)
    {
        Event e;
        e.type = type;
        e.at = at;
        e.leadId = lead.id;
        e.userId = userId;
        e.payload = payload;
        ASSERT_TRUE(store->events.append(e).ok());
    }

    static QStringList titles(const QList<TimelineEntry> &entries)
    {
        QStringList out;
        for (const TimelineEntry &e : entries)
            out.append(e.title);
        return out;
    }

    test::TempStore store;
    test::SalesOrg org;
    Lead lead;
    const Instant t0 = test::kTestStart;
};

TEST_F(TimelineBuilderTest, WordsEventsActivitiesAndTasksNewestFirst)
{
    append(events::LeadCreated, t0, {{QStringLiteral("source"), QStringLiteral("web_form")}});
    append(events::LeadAssigned, t0 + kSecondMs,
           {{QStringLiteral("owner_id"), org.anna.id}, {QStringLiteral("reason"), QStringLiteral("Territory PL")}});
    append(events::LeadStatusChanged, t0 + 3 * kMinuteMs,
           {{QStringLiteral("from"), QStringLiteral("new")}, {QStringLiteral("to"), QStringLiteral("connected")}},
           org.anna.id);
    append(events::ActivityLogged, t0 + 2 * kMinuteMs); // mirrored by the activity below: not shown twice
    append(QStringLiteral("webinar_attended"), t0 + 4 * kMinuteMs);

    Activity call;
    call.leadId = lead.id;
    call.userId = org.anna.id;
    call.kind = ActivityKind::Call;
    call.outcome = QStringLiteral("Connected");
    call.body = QStringLiteral("Wants a demo next week\nsecond line");
    call.at = t0 + 2 * kMinuteMs;
    ASSERT_TRUE(store->activities.create(call).ok());

    Task task;
    task.leadId = lead.id;
    task.ownerId = org.anna.id;
    task.title = QStringLiteral("Call Zofia Kowalczyk");
    task.kind = QStringLiteral("call");
    task.createdAt = t0 + kSecondMs;
    task.dueAt = t0 + 5 * kMinuteMs;
    const auto taskId = store->tasks.create(task);
    ASSERT_TRUE(taskId.ok());
    ASSERT_TRUE(store->tasks.complete(*taskId, Words::plain(QStringLiteral("Reached")), t0 + 150 * kSecondMs).ok());

    TimelineBuilder builder(*store);
    const QList<TimelineEntry> entries = builder.build(AccessScope::forUser(org.anna), lead.id);
    EXPECT_EQ(titles(entries),
              (QStringList{QStringLiteral("Webinar attended"), QStringLiteral("Status changed to Connected"),
                           QStringLiteral("Task done: Call Zofia Kowalczyk"), QStringLiteral("Call logged"),
                           QStringLiteral("Task: Call Zofia Kowalczyk"), QStringLiteral("Assigned to Anna Nowak"),
                           QStringLiteral("Lead created")}));
    EXPECT_EQ(entries.at(1).detail, QStringLiteral("was New · by Anna Nowak"));
    EXPECT_EQ(entries.at(3).detail, QStringLiteral("Connected · Wants a demo next week · by Anna Nowak"));
    EXPECT_EQ(entries.at(5).detail, QStringLiteral("Territory PL"));
    EXPECT_EQ(entries.at(6).detail, QStringLiteral("Source: Web form"));
    EXPECT_EQ(entries.at(6).kind, TimelineEntry::Kind::Created);
}

TEST_F(TimelineBuilderTest, IsEmptyForARepWhoMayNotSeeTheLead)
{
    append(events::LeadCreated, t0);
    TimelineBuilder builder(*store);
    EXPECT_TRUE(builder.build(AccessScope::forUser(org.carla), lead.id).isEmpty());
    EXPECT_EQ(builder.build(AccessScope::forUser(org.northManager), lead.id).size(), 1);
}

TEST_F(TimelineBuilderTest, NamesTheAssigneeFromThePayloadName)
{
    Event e;
    e.type = events::LeadAssigned;
    e.payload = {{QStringLiteral("owner_name"), QStringLiteral("Boris Ivanov")}};
    EXPECT_EQ(TimelineBuilder(*store).describe(e).title, QStringLiteral("Assigned to Boris Ivanov"));
    e.payload = {};
    EXPECT_EQ(TimelineBuilder(*store).describe(e).title, QStringLiteral("Assigned"));
}

TEST_F(TimelineBuilderTest, WordsTheSlaLadderSteps)
{
    TimelineBuilder builder(*store);
    Event e;
    e.type = QStringLiteral("sla_started");
    e.payload = {{QStringLiteral("due_at"), double(t0 + 5 * kMinuteMs)},
                 {QStringLiteral("policy"), QStringLiteral("hot")}};
    const TimelineEntry started = builder.describe(e);
    EXPECT_EQ(started.title, QStringLiteral("SLA clock started"));
    EXPECT_TRUE(started.detail.startsWith(QStringLiteral("first touch due "))) << started.detail.toStdString();
    e.payload = {};
    e.type = QStringLiteral("sla_nudge");
    EXPECT_EQ(builder.describe(e).title, QStringLiteral("SLA half gone: owner nudged"));
    e.type = QStringLiteral("sla_manager_alert");
    EXPECT_EQ(builder.describe(e).title, QStringLiteral("SLA breached: manager alerted"));
    e.type = QStringLiteral("sla_incident");
    EXPECT_EQ(builder.describe(e).title, QStringLiteral("SLA incident: lead reassigned"));
    e.type = QStringLiteral("sla_something_new");
    EXPECT_EQ(builder.describe(e).title, QStringLiteral("Sla something new"));
}

TEST_F(TimelineBuilderTest, ModelShowsEntriesWithRelativeAndAbsoluteTimes)
{
    append(events::LeadCreated, t0 - 5 * kMinuteMs);
    append(events::FirstTouch, t0 - 2 * kMinuteMs, {{QStringLiteral("response_ms"), 3 * kMinuteMs}});
    ManualClock clock(t0);
    ui::TimelineModel model(clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEntries(TimelineBuilder(*store).build(AccessScope::forUser(org.admin), lead.id));
    ASSERT_EQ(model.rowCount(), 2);
    const QModelIndex first = model.index(0, 0);
    EXPECT_EQ(first.data().toString(), QStringLiteral("First touch"));
    EXPECT_EQ(first.data(ui::TimelineModel::DetailRole).toString(), QStringLiteral("3 min after the lead arrived"));
    EXPECT_EQ(first.data(ui::TimelineModel::RelativeTimeRole).toString(), QStringLiteral("2 min ago"));
    EXPECT_FALSE(first.data(ui::TimelineModel::AbsoluteTimeRole).toString().isEmpty());
    EXPECT_EQ(model.index(1, 0).data(ui::TimelineModel::RelativeTimeRole).toString(), QStringLiteral("5 min ago"));
}

} // namespace
