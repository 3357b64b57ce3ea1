#include "core/intake/QuarantineService.h"
#include "core/intake/IntakeProcessor.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace lr;
using S = IntakeOutcome::Status;

namespace {

User makeUser(Store &store, const QString &name, Role role)
{
    User u;
    u.name = name;
    u.email = name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@leadrelay.test");
    u.role = role;
    u.createdAt = test::kTestStart - 100 * kDayMs;
    u.id = store.users.create(u).value();
    return u;
}

struct Fixture
{
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    IntakeProcessor intake{*store, clock};
    QuarantineService service{*store, clock};
    User admin = makeUser(*store, QStringLiteral("Ada Admin"), Role::Admin);
    User manager = makeUser(*store, QStringLiteral("Max Manager"), Role::Manager);
    User rep = makeUser(*store, QStringLiteral("Rita Rep"), Role::Rep);
    AccessScope asAdmin = AccessScope::forUser(admin);

    IntakeOutcome submit(const QString &email, const QString &form = QStringLiteral("contact-form"),
                         JournalEntry::Channel channel = JournalEntry::Channel::Webhook)
    {
        clock.advance(kSecondMs);
        return intake.submit(channel, form,
                             {{QStringLiteral("email"), email},
                              {QStringLiteral("first_name"), QStringLiteral("anna")},
                              {QStringLiteral("last_name"), QStringLiteral("nowak")},
                              {QStringLiteral("employees"), 120}});
    }
    qint64 open(const QuarantineFilter &filter = {}) { return service.count(asAdmin, filter).value(); }
};

FieldList withField(FieldList fields, const QString &name, const QString &value)
{
    for (auto &[n, v] : fields) {
        if (n == name) {
            v = value;
            return fields;
        }
    }
    fields.append({name, value});
    return fields;
}

} // namespace

TEST(QuarantineService, RefusesARepAndAManagerEverything)
{
    Fixture f;
    const Id id = f.submit(QStringLiteral("anna(at)firma.pl")).journalId;
    for (const User &user : {f.rep, f.manager}) {
        const AccessScope scope = AccessScope::forUser(user);
        const Result<qint64> count = f.service.count(scope, {});
        ASSERT_FALSE(count.ok());
        EXPECT_TRUE(count.error().contains(QStringLiteral("Only an admin")));
        EXPECT_FALSE(f.service.page(scope, {}, {}, 0, 10).ok());
        EXPECT_FALSE(f.service.entry(scope, id).ok());
        EXPECT_FALSE(f.service.topReasons(scope).ok());
        EXPECT_FALSE(f.service.rejectsBySource(scope, 7).ok());
        EXPECT_FALSE(
            f.service.reprocess(scope, id, FieldList{{QStringLiteral("email"), QStringLiteral("a@firma.pl")}}).ok());
        EXPECT_FALSE(f.service.reprocess(scope, QList<Id>{id}).ok());
        EXPECT_FALSE(f.service.discard(scope, id).ok());
    }
    // Nothing changed behind the refusals.
    const auto entry = f.store->journal.find(id);
    EXPECT_EQ(entry->state, JournalEntry::State::Quarantined);
    EXPECT_TRUE(entry->body.contains("anna(at)firma.pl"));
    EXPECT_EQ(f.store->leads.count(AccessScope::system(), {}), 0);
    EXPECT_EQ(f.open(), 1);
}

TEST(QuarantineService, ReprocessingAFixedEmailCreatesTheLead)
{
    Fixture f;
    const IntakeOutcome rejected = f.submit(QStringLiteral("anna(at)firma.pl"));
    ASSERT_EQ(rejected.status, S::Quarantined);
    const QuarantineRow row = f.service.entry(f.asAdmin, rejected.journalId).value();
    const FieldList fields = QuarantineService::fieldsOf(row.body).value();
    ASSERT_EQ(fields.size(), 4);

    f.clock.advance(kMinuteMs);
    const Result<IntakeOutcome> out = f.service.reprocess(
        f.asAdmin, row.id, withField(fields, QStringLiteral("email"), QStringLiteral("anna@firma.pl")));
    ASSERT_TRUE(out.ok()) << out.error().toStdString();
    ASSERT_EQ(out->status, S::Created) << out->reason.toStdString();
    const auto entry = f.store->journal.find(row.id);
    EXPECT_EQ(entry->state, JournalEntry::State::Processed);
    EXPECT_EQ(entry->leadId, out->leadId);
    EXPECT_EQ(entry->attempts, 2);
    const Lead lead = *f.store->leads.find(AccessScope::system(), out->leadId);
    EXPECT_EQ(lead.email, QStringLiteral("anna@firma.pl"));
    EXPECT_EQ(lead.fullName(), QStringLiteral("Anna Nowak"));
    EXPECT_EQ(f.open(), 0);
    // Untouched fields keep their JSON type: employees is still a number.
    EXPECT_TRUE(QJsonDocument::fromJson(entry->body).object().value(QStringLiteral("employees")).isDouble());
}

TEST(QuarantineService, KeepsTheOriginalBodyAndEveryAmendmentWithWhoAndWhen)
{
    Fixture f;
    const Id id = f.submit(QStringLiteral("anna(at)firma.pl")).journalId;
    const QByteArray original = f.store->journal.find(id)->body;
    const FieldList fields = QuarantineService::fieldsOf(original).value();

    // A first fix that is still wrong, then the right one.
    ASSERT_EQ(
        f.service.reprocess(f.asAdmin, id, withField(fields, QStringLiteral("email"), QStringLiteral("anna@test.com")))
            ->status,
        S::Quarantined);
    f.clock.advance(kHourMs);
    ASSERT_EQ(
        f.service.reprocess(f.asAdmin, id, withField(fields, QStringLiteral("email"), QStringLiteral("anna@firma.pl")))
            ->status,
        S::Created);

    const QuarantineRow row = f.service.entry(f.asAdmin, id).value();
    EXPECT_EQ(row.originalBody, original);
    EXPECT_TRUE(row.body.contains("anna@firma.pl"));
    QStringList amendments;
    for (const AuditEntry &a : f.store->audit.forEntity(QStringLiteral("intake_journal"), id)) {
        if (a.action == QLatin1String("amend")) {
            EXPECT_EQ(a.userId, f.admin.id);
            amendments.append(a.oldValue);
        }
    }
    ASSERT_EQ(amendments.size(), 2);
    EXPECT_EQ(amendments.first().toUtf8(), original);
    EXPECT_TRUE(amendments.last().contains(QStringLiteral("anna@test.com")));
}

TEST(QuarantineService, ReprocessingUnchangedFieldsWritesNoNewVersion)
{
    Fixture f;
    const Id id = f.submit(QStringLiteral("anna(at)firma.pl")).journalId;
    const QByteArray original = f.store->journal.find(id)->body;
    const auto out = f.service.reprocess(f.asAdmin, id, QuarantineService::fieldsOf(original));
    ASSERT_TRUE(out.ok());
    EXPECT_EQ(out->status, S::Quarantined);
    EXPECT_TRUE(f.service.entry(f.asAdmin, id)->originalBody.isEmpty());
    EXPECT_EQ(f.store->journal.find(id)->attempts, 2);
}

TEST(QuarantineService, RefusesBadFieldNames)
{
    Fixture f;
    const Id id = f.submit(QStringLiteral("anna(at)firma.pl")).journalId;
    const auto dup = f.service.reprocess(
        f.asAdmin, id,
        FieldList{{QStringLiteral("email"), QStringLiteral("a@firma.pl")}, {QStringLiteral(" email"), {}}});
    ASSERT_FALSE(dup.ok());
    EXPECT_TRUE(dup.error().contains(QStringLiteral("twice")));
    const auto empty = f.service.reprocess(f.asAdmin, id, FieldList{{QStringLiteral(" "), QStringLiteral("x")}});
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.error().contains(QStringLiteral("name")));
    EXPECT_EQ(f.store->journal.find(id)->state, JournalEntry::State::Quarantined);
    EXPECT_TRUE(f.service.entry(f.asAdmin, id)->originalBody.isEmpty());
}

TEST(QuarantineService, DiscardsWithWhoAndWhenAndKeepsTheEntry)
{
    Fixture f;
    const Id id = f.submit(QStringLiteral("test@test.com")).journalId;
    f.clock.advance(kHourMs);
    ASSERT_TRUE(f.service.discard(f.asAdmin, id).ok());
    const QuarantineRow row = f.service.entry(f.asAdmin, id).value();
    EXPECT_EQ(row.state, ReviewState::Discarded);
    EXPECT_EQ(row.discardedBy, f.admin.id);
    EXPECT_EQ(row.discardedByName, f.admin.name);
    EXPECT_EQ(row.discardedAt, f.clock.now());
    EXPECT_TRUE(row.body.contains("test@test.com"));
    EXPECT_EQ(f.open(), 0);
    QuarantineFilter all;
    all.includeDiscarded = true;
    EXPECT_EQ(f.open(all), 1);

    const Status again = f.service.discard(f.asAdmin, id);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().contains(QStringLiteral("Only quarantined or failed")));
    const auto reprocess = f.service.reprocess(f.asAdmin, id);
    ASSERT_FALSE(reprocess.ok());
    EXPECT_TRUE(reprocess.error().contains(QStringLiteral("discarded")));
    EXPECT_FALSE(f.service.discard(f.asAdmin, 999).ok());
}

TEST(QuarantineService, ProcessedEntriesCannotBeReprocessedOrDiscarded)
{
    Fixture f;
    const Id id = f.submit(QStringLiteral("anna@firma.pl")).journalId;
    EXPECT_FALSE(f.service.reprocess(f.asAdmin, id).ok());
    EXPECT_FALSE(f.service.discard(f.asAdmin, id).ok());
    EXPECT_EQ(f.store->journal.find(id)->state, JournalEntry::State::Processed);
}

TEST(QuarantineService, BulkReprocessAndDiscardCountWhatHappened)
{
    Fixture f;
    const Id a = f.submit(QStringLiteral("a@mailinator.com")).journalId;
    const Id b = f.submit(QStringLiteral("b@mailinator.com")).journalId;
    const Id junk = f.submit(QStringLiteral("test@test.com")).journalId;
    const Id fine = f.submit(QStringLiteral("ok@firma.pl")).journalId;
    ASSERT_EQ(f.open(), 3);
    // The admin decides mailinator.com is a customer, then re-processes the lot as it is.
    f.store->hygieneLists.add({0, HygieneList::Allowed, QStringLiteral("mailinator.com"), {}, f.admin.id, {}, 1});
    const ReprocessSummary summary = f.service.reprocess(f.asAdmin, QList<Id>{a, b, junk, fine}).value();
    EXPECT_EQ(summary.created, 1);
    EXPECT_EQ(summary.merged, 1); // same name at the same company domain
    EXPECT_EQ(summary.quarantined, 1);
    EXPECT_EQ(summary.skipped, 1);
    ASSERT_EQ(summary.problems.size(), 1);
    EXPECT_TRUE(summary.problems.first().contains(QStringLiteral("test@test.com")));
    EXPECT_EQ(f.service.discard(f.asAdmin, QList<Id>{junk, fine}).value(), 1);
    EXPECT_EQ(f.open(), 0);
}

TEST(QuarantineService, FiltersSortsAndPages)
{
    Fixture f;
    for (int i = 0; i < 30; ++i)
        f.submit(QStringLiteral("p%1(at)firma.pl").arg(i),
                 i % 3 ? QStringLiteral("newsletter") : QStringLiteral("demo"));
    f.submit(QStringLiteral("x@mailinator.com"), QStringLiteral("fair.csv"), JournalEntry::Channel::Csv);
    f.submit(QStringLiteral("fine@firma.pl"));
    EXPECT_EQ(f.open(), 31);

    QuarantineFilter bySource;
    bySource.source = QStringLiteral("demo");
    EXPECT_EQ(f.open(bySource), 10);
    QuarantineFilter byChannel;
    byChannel.channel = JournalEntry::Channel::Csv;
    EXPECT_EQ(f.open(byChannel), 1);
    QuarantineFilter byText;
    byText.text = QStringLiteral("DISPOSABLE");
    EXPECT_EQ(f.open(byText), 1);
    byText.text = QStringLiteral("mailinator.com is a disposable"); // as it reads, argument and all
    EXPECT_EQ(f.open(byText), 1);
    byText.text = QStringLiteral("p1"); // in the body: p1, p10..p19
    EXPECT_EQ(f.open(byText), 11);
    byText.text = QStringLiteral("100%_"); // LIKE wildcards are plain text
    EXPECT_EQ(f.open(byText), 0);

    const auto reasons = f.service.topReasons(f.asAdmin).value();
    ASSERT_FALSE(reasons.isEmpty());
    // Grouped by kind, not by the address each reason names: thirty addresses without an @ are one kind.
    EXPECT_EQ(reasons.first().second, 30);
    EXPECT_EQ(Words::fromStored(reasons.first().first).text(), QStringLiteral("\"…\" has no @ sign."));
    QuarantineFilter byReason;
    byReason.reasonKey = reasons.first().first;
    EXPECT_EQ(f.open(byReason), 30);
    const auto sources = f.service.topSources(f.asAdmin).value();
    ASSERT_EQ(sources.size(), 3);
    EXPECT_EQ(sources.first(), std::make_pair(QStringLiteral("newsletter"), qint64(20)));

    // Newest first by default; pages do not overlap and cover everything.
    const auto first = f.service.page(f.asAdmin, {}, {}, 0, 20).value();
    const auto second = f.service.page(f.asAdmin, {}, {}, 20, 20).value();
    ASSERT_EQ(first.size(), 20);
    ASSERT_EQ(second.size(), 11);
    EXPECT_GT(first.first().receivedAt, first.last().receivedAt);
    EXPECT_GT(first.last().receivedAt, second.first().receivedAt);
    EXPECT_EQ(first.first().source, QStringLiteral("fair.csv"));
    EXPECT_TRUE(first.first().body.isEmpty()); // pages carry no bodies

    const auto bySourceAsc =
        f.service.page(f.asAdmin, {}, {QuarantineSortKey::Source, Qt::AscendingOrder}, 0, 50).value();
    EXPECT_EQ(bySourceAsc.first().source, QStringLiteral("demo"));
    EXPECT_EQ(bySourceAsc.last().source, QStringLiteral("newsletter"));
}

TEST(QuarantineService, CountsRejectsByFormOverThePeriodWithTheInjectedClock)
{
    Fixture f;
    // 60 days ago: the newsletter form was broken.
    f.clock.set(test::kTestStart - 60 * kDayMs);
    for (int i = 0; i < 5; ++i)
        f.submit(QStringLiteral("n%1(at)firma.pl").arg(i), QStringLiteral("newsletter"));
    // This week: the demo form rejects 2 of 4, the newsletter 1 of 3 (and that one gets fixed).
    f.clock.set(test::kTestStart - 3 * kDayMs);
    f.submit(QStringLiteral("d1@firma.pl"), QStringLiteral("demo"));
    f.submit(QStringLiteral("d2@mailinator.com"), QStringLiteral("demo"));
    f.submit(QStringLiteral("test@test.com"), QStringLiteral("demo"));
    f.submit(QStringLiteral("d4@firma2.pl"), QStringLiteral("demo"));
    const Id fixable = f.submit(QStringLiteral("x(at)firma3.pl"), QStringLiteral("newsletter")).journalId;
    f.submit(QStringLiteral("n7@firma4.pl"), QStringLiteral("newsletter"));
    f.submit(QStringLiteral("n8@firma5.pl"), QStringLiteral("newsletter"));
    f.clock.set(test::kTestStart);
    ASSERT_EQ(
        f.service.reprocess(f.asAdmin, fixable, FieldList{{QStringLiteral("email"), QStringLiteral("x@firma3.pl")}})
            ->status,
        S::Created);

    const QList<SourceRejects> week = f.service.rejectsBySource(f.asAdmin, 7).value();
    ASSERT_EQ(week.size(), 2);
    EXPECT_EQ(week.at(0).source, QStringLiteral("demo"));
    EXPECT_EQ(week.at(0).rejects, 2);
    EXPECT_EQ(week.at(0).submissions, 4);
    EXPECT_DOUBLE_EQ(week.at(0).rate(), 0.5);
    EXPECT_EQ(week.at(1).source, QStringLiteral("newsletter"));
    EXPECT_EQ(week.at(1).rejects, 1); // fixed, but it was a reject of that form
    EXPECT_EQ(week.at(1).submissions, 3);

    const QList<SourceRejects> quarter = f.service.rejectsBySource(f.asAdmin, 90).value();
    ASSERT_EQ(quarter.size(), 2);
    EXPECT_EQ(quarter.at(0).source, QStringLiteral("newsletter"));
    EXPECT_EQ(quarter.at(0).rejects, 6);
    EXPECT_EQ(quarter.at(0).submissions, 8);

    // The clock moves on: this week's rejects leave the 7-day window.
    f.clock.advance(5 * kDayMs);
    EXPECT_TRUE(f.service.rejectsBySource(f.asAdmin, 7)->isEmpty());
    EXPECT_FALSE(f.service.rejectsBySource(f.asAdmin, 0).ok());
}
