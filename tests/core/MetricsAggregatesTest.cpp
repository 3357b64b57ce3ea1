// The daily metric aggregates (migrations 016 and 017) against the full computation from the per-lead facts:
// after inserts, updates (reopened leads, reassigned leads, deal stage moves), deletes, merges and
// undos, every figure of every scope and filter is the same both ways, and the aggregates kept
// incrementally are the same rows a fold from scratch builds.
#include "core/dedup/LeadMerger.h"
#include "core/metrics/MetricsJson.h"
#include "tests/core/MetricsFixture.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace lr;
using namespace lr::test;

namespace {

MetricsFilter window(Instant from, Instant to)
{
    MetricsFilter f;
    f.from = from;
    f.to = to;
    return f;
}

class MetricsAggregatesTest : public MetricsFixture
{
protected:
    void SetUp() override
    {
        MetricsFixture::SetUp();
        m_facts.setUseAggregates(false);
    }

    /// 160 leads over the 12 days before now (the last ones minutes old), of three owners and
    /// nobody, three sources and two campaigns, with touches, status changes, classes, meetings
    /// and deals at deterministic pseudo-random instants.
    void populate()
    {
        const AccessScope owners[] = {m_anna, m_boris, m_carla, AccessScope{}};
        const LeadSource sources[] = {LeadSource::WebForm, LeadSource::Referral, LeadSource::Ads};
        quint32 seed = 12345;
        const auto next = [&seed](quint32 n) {
            seed = seed * 1103515245u + 12345u;
            return (seed >> 8) % n;
        };
        const Instant start = kTestStart - 12 * kDayMs;
        for (int i = 0; i < 160; ++i) {
            const Instant created = i < 156 ? start + i * (12 * kDayMs / 156) + next(3600) * kSecondMs
                                            : kTestStart - (i - 154) * kMinuteMs; // 2–5 minutes old
            const Id lead =
                addLead(owners[next(4)], created, sources[next(3)], next(2) ? QStringLiteral("spring") : QString());
            m_leads.append(lead);
            if (next(10) < 7) {
                const Instant touchedAt = created + next(4 * 3600) * kSecondMs;
                if (touchedAt < kTestStart)
                    touch(lead, touchedAt, m_anna.userId);
            }
            if (next(10) < 6)
                status(lead, std::min(created + next(2 * 86400) * kSecondMs, kTestStart - 1), LeadStatus::New,
                       LeadStatus::Attempting);
            if (next(10) < 3)
                classify(lead, created + kHourMs, next(3) ? QStringLiteral("mql") : QStringLiteral("sql"));
            if (next(10) == 0)
                event(events::MeetingBooked, created + kHourMs, lead, m_anna.userId);
            if (next(12) == 0) {
                const Id deal = addDeal(m_anna.userId, lead, 10000 * (1 + next(9)), created + kHourMs,
                                        QStringLiteral("Proposal Sent"));
                m_deals.append(deal);
            }
            if (next(15) == 0)
                meeting(lead, m_anna.userId, created + kDayMs, next(2) ? MeetingStatus::Held : MeetingStatus::NoShow);
        }
    }

    static QByteArray json(const MetricsReport &r)
    {
        QJsonObject o = MetricsJson::toJson(r);
        // Figures the JSON leaves out, compared too.
        o.insert(QStringLiteral("x_time_in_new_p90"), r.queue.timeInNew.p90.value_or(-1));
        o.insert(QStringLiteral("x_time_in_new_count"), r.queue.timeInNew.count);
        o.insert(QStringLiteral("x_wall_count"), r.speedToLead.wall.count);
        o.insert(QStringLiteral("x_business_count"), r.speedToLead.business.count);
        o.insert(QStringLiteral("x_business_mean"), r.speedToLead.business.mean.value_or(-1));
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

    /// Every scope × period × filter, read both ways; returns the aggregate side's figures.
    QList<QByteArray> expectAggregatesEqualFacts(const char *when)
    {
        EXPECT_TRUE(m_service.refresh());
        const Instant dayStart = kTestStart - kTestStart % kDayMs;
        const QList<std::pair<Instant, Instant>> periods{
            {kTestStart - 12 * kDayMs, kTestStart},      // partial days at both ends
            {dayStart - 8 * kDayMs, dayStart},           // whole days only
            {kFrom, kTestStart + kDayMs},                // ends after now
            {kTestStart - 3 * kHourMs, kTestStart},      // inside one day
            {dayStart - 30 * kDayMs, dayStart + kDayMs}, // today, as a whole day not over yet
        };
        QList<MetricsFilter> filters;
        for (const auto &[from, to] : periods) {
            MetricsFilter f;
            f.from = from;
            f.to = to;
            filters.append(f);
            MetricsFilter bySource = f;
            bySource.source = QStringLiteral("referral");
            filters.append(bySource);
            MetricsFilter byTeam = f;
            byTeam.teamId = m_north;
            filters.append(byTeam);
            MetricsFilter byRep = f;
            byRep.repId = m_boris.userId;
            filters.append(byRep);
            MetricsFilter byCampaign = f;
            byCampaign.campaign = QStringLiteral("spring");
            filters.append(byCampaign);
        }
        QList<QByteArray> out;
        for (const AccessScope &scope : {m_admin, m_manager, m_anna}) {
            for (const MetricsFilter &filter : filters) {
                for (const auto detail : {MetricsService::Detail::Full, MetricsService::Detail::Kpis}) {
                    const auto fast = m_service.report(scope, filter, detail);
                    const auto slow = m_facts.report(scope, filter, detail);
                    EXPECT_TRUE(fast && slow);
                    if (!fast || !slow)
                        continue;
                    EXPECT_EQ(json(*fast).toStdString(), json(*slow).toStdString())
                        << when << ": role " << int(scope.role) << ", " << filter.from << "–" << filter.to
                        << ", source '" << filter.source.toStdString() << "', team " << filter.teamId << ", rep "
                        << filter.repId;
                    out.append(json(*fast));
                }
            }
        }
        return out;
    }

    QList<QStringList> rows(const QString &sql)
    {
        QSqlQuery q(m_store->database().connection());
        EXPECT_TRUE(q.exec(sql));
        QList<QStringList> out;
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row.append(QString::fromLatin1(q.value(i).toByteArray().toHex()));
            out.append(row);
        }
        return out;
    }

    void exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_store->database().connection());
        ASSERT_TRUE(q.prepare(sql));
        for (const QVariant &v : binds)
            q.addBindValue(v);
        ASSERT_TRUE(q.exec());
    }

    MetricsService m_facts{*m_store, m_clock};
    QList<Id> m_leads;
    QList<Id> m_deals;
};

} // namespace

TEST_F(MetricsAggregatesTest, EqualTheFactsAfterInserts)
{
    populate();
    const QList<QByteArray> figures = expectAggregatesEqualFacts("after inserts");
    // The scenario is not empty: the first report has leads, touches, a median and a queue.
    ASSERT_FALSE(figures.isEmpty());
    const MetricsReport r = report(m_admin, window(kTestStart - 12 * kDayMs, kTestStart));
    EXPECT_EQ(r.speedToLead.leads, 160);
    EXPECT_GT(r.speedToLead.touched, 80);
    EXPECT_GT(r.speedToLead.untouched, 20);
    EXPECT_TRUE(r.speedToLead.business.median);
    EXPECT_GT(r.funnel.mql, 0);
    EXPECT_FALSE(r.queue.endOfDay.isEmpty());
    EXPECT_GT(*r.queue.lastDay, 0);
    EXPECT_GT(r.queue.timeInNew.count, 0);
}

TEST_F(MetricsAggregatesTest, EqualTheFactsAfterUpdatesDeletesAndMerges)
{
    populate();
    expectAggregatesEqualFacts("before");

    // Reopened leads: back to New, one of them touched again.
    status(m_leads[10], kTestStart - 2 * kDayMs, LeadStatus::Attempting, LeadStatus::New);
    status(m_leads[11], kTestStart - kDayMs, LeadStatus::Connected, LeadStatus::New);
    touch(m_leads[11], kTestStart - kDayMs + kHourMs, m_boris.userId);
    // A first touch on a lead nobody had touched.
    touch(m_leads[40], kTestStart - kHourMs, m_boris.userId);
    expectAggregatesEqualFacts("after reopening and touching");

    // Deal stage moves: one won, one lost, one moved on.
    ASSERT_GE(m_deals.size(), 3);
    close(m_deals[0], QStringLiteral("Closed Won"), kTestStart - kDayMs);
    close(m_deals[1], QStringLiteral("Closed Lost"), kTestStart - 2 * kDayMs);
    ASSERT_TRUE(
        m_store->deals.setStage(m_deals[2], stage(QStringLiteral("Negotiation")), m_anna.userId, kTestStart - kHourMs));
    expectAggregatesEqualFacts("after stage moves");

    // Meetings changed straight in the store, without an event: one turned into a no-show, one
    // moved three days back, one deleted, one added on a lead that had none.
    exec(QStringLiteral("UPDATE meetings SET status = 'no_show' WHERE id = (SELECT min(id) FROM meetings)"));
    exec(QStringLiteral("UPDATE meetings SET starts_at = starts_at - 3 * 86400000 "
                        "WHERE id = (SELECT max(id) FROM meetings)"));
    exec(QStringLiteral("DELETE FROM meetings WHERE id = (SELECT min(id) + 1 FROM meetings)"));
    meeting(m_leads[70], m_boris.userId, kTestStart - 5 * kDayMs, MeetingStatus::Held);
    expectAggregatesEqualFacts("after meetings changed");

    // A lead handed to another owner and given another source without any event.
    Lead moved = *m_store->leads.find(AccessScope::system(), m_leads[20]);
    const Id newOwner = moved.ownerId == m_carla.userId ? m_boris.userId : m_carla.userId;
    moved.source = LeadSource::Referral;
    ASSERT_TRUE(m_store->leads.update(moved));
    ASSERT_TRUE(m_store->leads.setOwner(m_leads[21], newOwner, kTestStart - kMinuteMs));
    expectAggregatesEqualFacts("after a reassignment");

    // A lead erased (GDPR) and one deleted with its history: gone from every figure.
    const qint64 leadsBefore = report(m_admin, window(kTestStart - 12 * kDayMs, kTestStart)).speedToLead.leads;
    exec(QStringLiteral("DELETE FROM leads WHERE id = ?"), {m_leads[30]});
    exec(QStringLiteral("DELETE FROM leads WHERE id = ?"), {m_leads[31]});
    EXPECT_EQ(report(m_admin, window(kTestStart - 12 * kDayMs, kTestStart)).speedToLead.leads, leadsBefore - 2);
    expectAggregatesEqualFacts("after deletes");

    // A merge (the absorbed lead leaves the cohort, its history moves) and its undo.
    LeadMerger merger(*m_store, m_clock);
    const auto merge = merger.merge(m_admin, m_leads[50], m_leads[90]);
    ASSERT_TRUE(merge) << merge.error().toStdString();
    expectAggregatesEqualFacts("after a merge");
    ASSERT_TRUE(merger.undo(m_admin, merge.value()));
    const QList<QByteArray> incremental = expectAggregatesEqualFacts("after the undo");

    // The aggregates kept step by step are exactly what a fold from scratch builds.
    const QString leadDays = QStringLiteral("SELECT * FROM metric_lead_days ORDER BY day, owner_id, source");
    const QString queueDays =
        QStringLiteral("SELECT * FROM metric_queue_days WHERE net <> 0 ORDER BY day, owner_id, source");
    const QString meetingDays =
        QStringLiteral("SELECT * FROM metric_meeting_days WHERE held + no_show > 0 ORDER BY day, owner_id, source");
    const QString touches = QStringLiteral("SELECT * FROM metric_touches ORDER BY lead_id, at, event_id");
    const QList<QStringList> keptLeadDays = rows(leadDays);
    const QList<QStringList> keptQueueDays = rows(queueDays);
    const QList<QStringList> keptMeetingDays = rows(meetingDays);
    const QList<QStringList> keptTouches = rows(touches);
    EXPECT_GT(keptLeadDays.size(), 20);
    EXPECT_GT(keptQueueDays.size(), 5);
    EXPECT_GT(keptMeetingDays.size(), 3);
    EXPECT_GT(keptTouches.size(), 0);
    exec(QStringLiteral("DELETE FROM metric_watermarks"));
    EXPECT_EQ(expectAggregatesEqualFacts("after a fold from scratch"), incremental);
    EXPECT_EQ(rows(leadDays), keptLeadDays);
    EXPECT_EQ(rows(queueDays), keptQueueDays);
    EXPECT_EQ(rows(meetingDays), keptMeetingDays);
    EXPECT_EQ(rows(touches), keptTouches);
}

TEST_F(MetricsAggregatesTest, ALeadChangedWithoutAnEventIsFoldedAgain)
{
    const Id lead = addLead(m_anna, kFrom + kDayMs);
    touch(lead, kFrom + kDayMs + 2 * kMinuteMs, m_anna.userId);
    const MetricsReport first = report(m_admin);
    ASSERT_NE(repIn(first, m_anna.userId), nullptr);
    EXPECT_EQ(repIn(first, m_anna.userId)->leads, 1);

    ASSERT_TRUE(m_store->leads.setOwner(lead, m_carla.userId, kTestStart - kMinuteMs));
    const MetricsReport second = report(m_admin);
    EXPECT_EQ(repIn(second, m_anna.userId), nullptr);
    ASSERT_NE(repIn(second, m_carla.userId), nullptr);
    EXPECT_EQ(repIn(second, m_carla.userId)->leads, 1);
    EXPECT_DOUBLE_EQ(*repIn(second, m_carla.userId)->speedToLeadMedianSeconds, 120.0);
    // Carla's team is not the North manager's: the lead left his figures.
    EXPECT_EQ(report(m_manager).speedToLead.leads, 0);

    // A new source written without an event moves the lead to that source's figures.
    MetricsFilter referral = m_filter;
    referral.source = QStringLiteral("referral");
    EXPECT_EQ(report(m_admin, referral).speedToLead.leads, 0);
    Lead l = *m_store->leads.find(AccessScope::system(), lead);
    l.source = LeadSource::Referral;
    ASSERT_TRUE(m_store->leads.update(l));
    EXPECT_EQ(report(m_admin, referral).speedToLead.leads, 1);
    EXPECT_DOUBLE_EQ(*report(m_admin, referral).speedToLead.wall.median, 120.0);
}

TEST_F(MetricsAggregatesTest, NothingChangedCostsNoFold)
{
    addLead(m_anna, kFrom + kDayMs);
    ASSERT_TRUE(m_service.refresh());
    const auto again = m_service.refresh();
    ASSERT_TRUE(again);
    EXPECT_EQ(again.value(), 0);
}
