#include "core/dedup/LeadMerger.h"

#include "core/intake/IntakeProcessor.h"
#include "core/store/MergeRepository.h"
#include "tests/core/DedupFixture.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace lr;

namespace {

struct Merger : test::DedupFixture
{
    LeadMerger merger{*store, clock};
    Lead older;
    Lead newer;

    Merger()
    {
        older = lead(QStringLiteral("Jon"), QStringLiteral("Smith"), QStringLiteral("jon@acme.com"), {}, anna, 120);
        newer = lead(QStringLiteral("John"), QStringLiteral("Smith"), QStringLiteral("john.smith@acme.com"),
                     QStringLiteral("+442071234567"), boris, 30);
        Lead o = older;
        o.title = QStringLiteral("CTO");
        o.utmSource = QStringLiteral("linkedin");
        o.updatedAt = older.updatedAt;
        EXPECT_TRUE(store->leads.update(o).ok());
        Lead n = newer;
        n.title = QStringLiteral("Chief Technology Officer");
        n.utmSource = QStringLiteral("google");
        n.status = LeadStatus::Qualified;
        EXPECT_TRUE(store->leads.update(n).ok());
        clock.advance(kHourMs);
    }

    /// Rows that name `leadId`, per child table.
    QMap<QString, qint64> children(Id leadId)
    {
        QMap<QString, qint64> out;
        for (const char *table : {"events", "tasks", "activities", "meetings", "deals"}) {
            QSqlQuery q(store->database().connection());
            q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE lead_id = ?").arg(QLatin1String(table)));
            q.addBindValue(leadId);
            EXPECT_TRUE(q.exec() && q.next());
            out.insert(QLatin1String(table), q.value(0).toLongLong());
        }
        return out;
    }

    void addChildren(const Lead &l, const User &owner)
    {
        Task t;
        t.leadId = l.id;
        t.ownerId = owner.id;
        t.title = QStringLiteral("Call %1").arg(l.fullName());
        t.dueAt = clock.now();
        t.createdAt = clock.now();
        ASSERT_TRUE(store->tasks.create(t).ok());
        Activity a;
        a.leadId = l.id;
        a.userId = owner.id;
        a.kind = ActivityKind::Call;
        a.at = clock.now();
        ASSERT_TRUE(store->activities.create(a).ok());
        Meeting m;
        m.leadId = l.id;
        m.ownerId = owner.id;
        m.startsAt = clock.now() + kDayMs;
        m.endsAt = m.startsAt + kHourMs;
        m.createdAt = clock.now();
        ASSERT_TRUE(store->meetings.create(m).ok());
        Deal d;
        d.pipelineId = 1;
        d.stageId = store->pipelines.find(1)->stages.first().id;
        d.leadId = l.id;
        d.ownerId = owner.id;
        d.title = QStringLiteral("Deal %1").arg(l.fullName());
        d.createdAt = d.updatedAt = d.stageEnteredAt = clock.now();
        ASSERT_TRUE(store->deals.create(d).ok());
        Event e;
        e.at = clock.now();
        e.type = events::LeadCreated;
        e.leadId = l.id;
        ASSERT_TRUE(store->events.append(e).ok());
    }

    const MergeField &field(const MergePreview &p, const char *key)
    {
        for (const MergeField &f : p.fields) {
            if (f.key == QLatin1String(key))
                return f;
        }
        throw std::runtime_error(key);
    }
};

TEST(LeadMerger, PreviewKeepsTheOlderLeadAndProposesBySurvivorship)
{
    Merger f;
    // Either order: the lead created first survives.
    const auto preview = f.merger.preview(f.scope(f.admin), f.newer.id, f.older.id);
    ASSERT_TRUE(preview.ok()) << preview.error().toStdString();
    EXPECT_EQ(preview->survivor.id, f.older.id);
    EXPECT_EQ(preview->absorbed.id, f.newer.id);

    const MergeField &first = f.field(*preview, "first_name");
    EXPECT_EQ(first.survivorText, QStringLiteral("Jon"));
    EXPECT_EQ(first.absorbedText, QStringLiteral("John"));
    EXPECT_EQ(first.proposed, MergeSide::Absorbed); // newer submission wins for contact fields
    const MergeField &phone = f.field(*preview, "phone");
    EXPECT_EQ(phone.proposed, MergeSide::Absorbed);                           // only the other has one
    EXPECT_EQ(f.field(*preview, "utm_source").proposed, MergeSide::Survivor); // first touch keeps attribution
    EXPECT_EQ(f.field(*preview, "owner_id").proposed, MergeSide::Survivor);
    EXPECT_EQ(f.field(*preview, "owner_id").survivorText, QStringLiteral("Anna Rep"));
    const MergeField &status = f.field(*preview, "status");
    EXPECT_EQ(status.proposed, MergeSide::Absorbed); // qualified is further along than new
    EXPECT_EQ(status.absorbedText, displayName(LeadStatus::Qualified));
    EXPECT_FALSE(f.field(*preview, "last_name").differs());
    EXPECT_EQ(f.field(*preview, "company_id").survivorText, QStringLiteral("acme (acme.com)"));
}

TEST(LeadMerger, ANonEmptyValueIsNeverReplacedByAnEmptyOne)
{
    Merger f;
    // The newer lead has no title: even though it is newer, the old title stays.
    Lead n = *f.store->leads.find(AccessScope::system(), f.newer.id);
    n.title.clear();
    ASSERT_TRUE(f.store->leads.update(n).ok());
    const auto preview = f.merger.preview(f.scope(f.admin), f.older.id, f.newer.id);
    ASSERT_TRUE(preview.ok());
    EXPECT_EQ(f.field(*preview, "title").proposed, MergeSide::Survivor);
    const auto id = f.merger.merge(f.scope(f.admin), f.older.id, f.newer.id);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    EXPECT_EQ(f.store->leads.find(AccessScope::system(), f.older.id)->title, QStringLiteral("CTO"));
}

TEST(LeadMerger, MergeKeepsTheIdRepointsChildrenAndWritesTheAudit)
{
    Merger f;
    f.addChildren(f.older, f.anna);
    f.addChildren(f.newer, f.boris);
    const auto oldChildren = f.children(f.older.id);
    const auto newChildren = f.children(f.newer.id);

    // The reviewer keeps "Jon" (the survivor's first name) against the proposal.
    const auto mergeId = f.merger.merge(f.scope(f.northManager), f.older.id, f.newer.id,
                                        {{QStringLiteral("first_name"), MergeSide::Survivor}});
    ASSERT_TRUE(mergeId.ok()) << mergeId.error().toStdString();

    EXPECT_FALSE(f.store->leads.find(AccessScope::system(), f.newer.id));
    const Lead kept = *f.store->leads.find(AccessScope::system(), f.older.id);
    EXPECT_EQ(kept.firstName, QStringLiteral("Jon"));
    EXPECT_EQ(kept.email, QStringLiteral("john.smith@acme.com")); // newer submission
    EXPECT_EQ(kept.phone, QStringLiteral("+442071234567"));
    EXPECT_EQ(kept.title, QStringLiteral("Chief Technology Officer"));
    EXPECT_EQ(kept.utmSource, QStringLiteral("linkedin"));
    EXPECT_EQ(kept.status, LeadStatus::Qualified);
    EXPECT_EQ(kept.ownerId, f.anna.id);
    EXPECT_EQ(kept.createdAt, f.older.createdAt);
    EXPECT_EQ(kept.updatedAt, f.clock.now());

    const auto moved = f.children(f.older.id);
    for (auto it = moved.begin(); it != moved.end(); ++it) {
        // +1 event: the merge itself.
        const qint64 extra = it.key() == QLatin1String("events") ? 1 : 0;
        EXPECT_EQ(it.value(), oldChildren.value(it.key()) + newChildren.value(it.key()) + extra)
            << it.key().toStdString();
    }
    EXPECT_EQ(f.children(f.newer.id).value(QStringLiteral("tasks")), 0);

    QStringList audited;
    for (const AuditEntry &a : f.store->audit.forEntity(QStringLiteral("lead"), f.older.id)) {
        EXPECT_EQ(a.action, QStringLiteral("merge"));
        EXPECT_EQ(a.userId, f.northManager.id);
        audited.append(a.field);
        if (a.field == QLatin1String("phone")) {
            EXPECT_EQ(a.oldValue, QString());
            EXPECT_EQ(a.newValue, QStringLiteral("+442071234567"));
        }
    }
    EXPECT_TRUE(audited.contains(QStringLiteral("email")));
    EXPECT_TRUE(audited.contains(QStringLiteral("phone")));
    EXPECT_FALSE(audited.contains(QStringLiteral("first_name"))); // unchanged: kept by choice
    const auto absorbedAudit = f.store->audit.forEntity(QStringLiteral("lead"), f.newer.id);
    ASSERT_EQ(absorbedAudit.size(), 1);
    EXPECT_EQ(absorbedAudit.first().newValue, QString::number(f.older.id));

    const auto recent = f.merger.recent(f.scope(f.northManager));
    ASSERT_TRUE(recent.ok());
    ASSERT_EQ(recent->size(), 1);
    EXPECT_EQ(recent->first().absorbedName, QStringLiteral("John Smith"));
    EXPECT_EQ(recent->first().userName, QStringLiteral("Nina Manager"));
    // The absorbed address still leads to the person.
    EXPECT_EQ(f.store->merges.leadForAlias(QStringLiteral("jon@acme.com")), f.older.id);
}

TEST(LeadMerger, UndoRestoresBothRecordsExactly)
{
    Merger f;
    f.addChildren(f.older, f.anna);
    f.addChildren(f.newer, f.boris);
    const QJsonObject olderRow = *f.store->merges.leadRow(f.older.id);
    const QJsonObject newerRow = *f.store->merges.leadRow(f.newer.id);
    const auto oldChildren = f.children(f.older.id);
    const auto newChildren = f.children(f.newer.id);

    const auto mergeId = f.merger.merge(f.scope(f.admin), f.older.id, f.newer.id);
    ASSERT_TRUE(mergeId.ok());
    f.clock.advance(kMinuteMs);
    const auto restored = f.merger.undo(f.scope(f.admin), mergeId.value());
    ASSERT_TRUE(restored.ok()) << restored.error().toStdString();
    EXPECT_EQ(restored.value(), f.newer.id); // its own id back

    EXPECT_EQ(*f.store->merges.leadRow(f.older.id), olderRow);
    EXPECT_EQ(*f.store->merges.leadRow(f.newer.id), newerRow);
    auto expectedOld = oldChildren;
    expectedOld[QStringLiteral("events")] += 2; // the merge and its undo are history of the survivor
    EXPECT_EQ(f.children(f.older.id), expectedOld);
    EXPECT_EQ(f.children(f.newer.id), newChildren);
    EXPECT_EQ(f.store->merges.leadForAlias(QStringLiteral("jon@acme.com")), 0);
    EXPECT_EQ(f.store->leads.count(AccessScope::system(), {}), 2);
    // The search index knows the restored lead again.
    LeadFilter filter;
    filter.text = QStringLiteral("john.smith");
    EXPECT_EQ(f.store->leads.count(AccessScope::system(), filter), 1);

    const auto again = f.merger.undo(f.scope(f.admin), mergeId.value());
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().contains(QStringLiteral("already undone")));
    const auto recent = f.merger.recent(f.scope(f.admin));
    EXPECT_TRUE(recent->first().isUndone());
}

TEST(LeadMerger, UndoIsRefusedWhenAMergedFieldWasEditedAfterwards)
{
    Merger f;
    const auto mergeId = f.merger.merge(f.scope(f.admin), f.older.id, f.newer.id);
    ASSERT_TRUE(mergeId.ok());
    Lead kept = *f.store->leads.find(AccessScope::system(), f.older.id);
    kept.country = QStringLiteral("GB"); // not touched by the merge: no conflict
    ASSERT_TRUE(f.store->leads.update(kept).ok());
    kept.phone = QStringLiteral("+442079999999"); // the merge set this one
    ASSERT_TRUE(f.store->leads.update(kept).ok());

    const auto undo = f.merger.undo(f.scope(f.admin), mergeId.value());
    ASSERT_FALSE(undo.ok());
    EXPECT_TRUE(undo.error().contains(QStringLiteral("Phone"))) << undo.error().toStdString();
    EXPECT_TRUE(undo.error().contains(QStringLiteral("nothing was changed")));
    EXPECT_FALSE(f.store->leads.find(AccessScope::system(), f.newer.id));
    EXPECT_EQ(f.store->leads.find(AccessScope::system(), f.older.id)->phone, QStringLiteral("+442079999999"));

    kept.phone = QStringLiteral("+442071234567"); // put back: undo is possible again
    ASSERT_TRUE(f.store->leads.update(kept).ok());
    ASSERT_TRUE(f.merger.undo(f.scope(f.admin), mergeId.value()).ok());
    EXPECT_EQ(f.store->leads.find(AccessScope::system(), f.older.id)->country, QStringLiteral("GB"));
}

TEST(LeadMerger, ALaterMergeOfTheSameLeadMustBeUndoneFirst)
{
    Merger f;
    const Lead third =
        f.lead(QStringLiteral("Johnny"), QStringLiteral("Smith"), QStringLiteral("johnny@acme.com"), {}, f.anna, 10);
    const auto first = f.merger.merge(f.scope(f.admin), f.older.id, f.newer.id);
    ASSERT_TRUE(first.ok());
    const auto second = f.merger.merge(f.scope(f.admin), f.older.id, third.id);
    ASSERT_TRUE(second.ok());
    const auto refused = f.merger.undo(f.scope(f.admin), first.value());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("Undo that merge first")));
    ASSERT_TRUE(f.merger.undo(f.scope(f.admin), second.value()).ok());
    ASSERT_TRUE(f.merger.undo(f.scope(f.admin), first.value()).ok());
    EXPECT_EQ(f.store->leads.count(AccessScope::system(), {}), 3);
}

TEST(LeadMerger, RolesAreEnforcedInCore)
{
    Merger f;
    const Lead south =
        f.lead(QStringLiteral("John"), QStringLiteral("Smith"), QStringLiteral("js@acme.com"), {}, f.carla, 10);
    // Reps may not preview, merge, undo or list merges.
    EXPECT_FALSE(f.merger.preview(f.scope(f.anna), f.older.id, f.newer.id).ok());
    const auto rep = f.merger.merge(f.scope(f.anna), f.older.id, f.newer.id);
    ASSERT_FALSE(rep.ok());
    EXPECT_TRUE(rep.error().contains(QStringLiteral("Only managers and admins")));
    EXPECT_FALSE(f.merger.recent(f.scope(f.anna)).ok());
    // A manager may not reach a lead outside the team.
    EXPECT_FALSE(f.merger.merge(f.scope(f.northManager), f.older.id, south.id).ok());
    EXPECT_TRUE(f.store->leads.find(AccessScope::system(), south.id));
    // Nor undo a merge of another team's leads.
    const auto adminMerge = f.merger.merge(f.scope(f.admin), south.id, f.older.id);
    ASSERT_TRUE(adminMerge.ok());
    EXPECT_FALSE(f.merger.undo(f.scope(f.northManager), adminMerge.value()).ok());
    EXPECT_FALSE(f.merger.undo(f.scope(f.anna), adminMerge.value()).ok());
    EXPECT_TRUE(f.merger.undo(f.scope(f.southManager), adminMerge.value()).ok());
    // Bad input: itself, unknown fields, unknown leads.
    EXPECT_FALSE(f.merger.merge(f.scope(f.admin), f.older.id, f.older.id).ok());
    const auto unknown =
        f.merger.merge(f.scope(f.admin), f.older.id, f.newer.id, {{QStringLiteral("password"), MergeSide::Absorbed}});
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().contains(QStringLiteral("password")));
    EXPECT_TRUE(f.store->leads.find(AccessScope::system(), f.newer.id));
    EXPECT_FALSE(f.merger.merge(f.scope(f.admin), f.older.id, 9999).ok());
    EXPECT_FALSE(f.merger.undo(f.scope(f.admin), 9999).ok());
}

} // namespace

namespace {

TEST(LeadMerger, IntakeFindsThePersonByTheAbsorbedAddress)
{
    Merger f;
    IntakeProcessor intake(*f.store, f.clock);
    // The merge keeps the newer address; the older one becomes an alias.
    ASSERT_TRUE(f.merger.merge(f.scope(f.admin), f.older.id, f.newer.id).ok());
    f.clock.advance(kMinuteMs);
    const IntakeOutcome out = intake.submit(JournalEntry::Channel::Webhook, QStringLiteral("form"),
                                            {{QStringLiteral("email"), QStringLiteral("Jon@acme.com")},
                                             {QStringLiteral("phone"), QStringLiteral("+44 20 7123 4567")}});
    ASSERT_EQ(out.status, IntakeOutcome::Status::Merged) << out.reason.toStdString();
    EXPECT_EQ(out.leadId, f.older.id);
    EXPECT_EQ(f.store->leads.count(AccessScope::system(), {}), 1);
}

} // namespace
