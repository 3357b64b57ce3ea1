#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>

using namespace lr;
using State = JournalEntry::State;

namespace {

JournalEntry submission(const char *form, const QByteArray &body)
{
    JournalEntry e;
    e.receivedAt = test::kTestStart;
    e.channel = JournalEntry::Channel::Webhook;
    e.source = QString::fromLatin1(form);
    e.contentType = QStringLiteral("application/json");
    e.body = body;
    return e;
}

} // namespace

TEST(IntakeJournal, KeepsTheRawBodyAndItsOutcome)
{
    test::TempStore store;
    const QByteArray body = "{\"email\":\"anna@firma.pl\",\"first_name\":\"anna\"}";
    const Id id = store->journal.append(submission("demo-form", body)).value();
    auto e = store->journal.find(id);
    ASSERT_TRUE(e);
    EXPECT_EQ(e->body, body);
    EXPECT_EQ(e->state, State::Pending);
    EXPECT_EQ(store->journal.count(State::Pending), 1);

    ASSERT_TRUE(store->journal.finish(id, State::Processed, {}, 0, test::kTestStart + 5));
    e = store->journal.find(id);
    EXPECT_EQ(e->state, State::Processed);
    EXPECT_EQ(e->attempts, 1);
    EXPECT_EQ(e->processedAt, test::kTestStart + 5);
    EXPECT_FALSE(store->journal.amend(id, "{}")); // processed entries are history
}

TEST(IntakeJournal, SurvivesReopenAndReturnsPendingEntriesInOrder)
{
    test::TempStore store;
    store->journal.append(submission("a", "1"));
    store->journal.append(submission("b", "2"));
    const QString path = store.path();
    store.close(); // as after a crash: nothing was processed
    auto reopened = Store::open(path);
    const auto pending = reopened->journal.inState(State::Pending);
    ASSERT_EQ(pending.size(), 2);
    EXPECT_EQ(pending.at(0).body, QByteArray("1"));
    EXPECT_EQ(pending.at(1).source, QStringLiteral("b"));
}

TEST(IntakeJournal, QuarantinedEntriesCanBeFixedAndCountedPerForm)
{
    test::TempStore store;
    const Id bad1 = store->journal.append(submission("broken-form", "{\"email\":\"test@test.com\"}")).value();
    const Id bad2 = store->journal.append(submission("broken-form", "{\"email\":\"\"}")).value();
    const Id bad3 = store->journal.append(submission("ok-form", "{\"email\":\"x@mailinator.com\"}")).value();
    for (const Id id : {bad1, bad2, bad3})
        ASSERT_TRUE(
            store->journal.finish(id, State::Quarantined, Words::plain(QStringLiteral("junk")), 0, test::kTestStart));

    const auto bySource = store->journal.quarantineBySource();
    ASSERT_EQ(bySource.size(), 2);
    EXPECT_EQ(bySource.first().first, QStringLiteral("broken-form"));
    EXPECT_EQ(bySource.first().second, 2);

    ASSERT_TRUE(store->journal.amend(bad2, "{\"email\":\"anna@firma.pl\"}"));
    const auto fixed = store->journal.find(bad2);
    EXPECT_EQ(fixed->state, State::Pending);
    EXPECT_TRUE(fixed->reason.isEmpty());
    EXPECT_EQ(store->journal.count(State::Quarantined), 2);
}

TEST(IntakeJournal, ABulkImportCanWidenThePageCacheAndRestoreIt)
{
    test::TempStore store;
    const int before = store->journal.setCacheSizeKiB(64 * 1024);
    EXPECT_GT(before, 0);
    EXPECT_EQ(store->journal.setCacheSizeKiB(before), 64 * 1024);
    EXPECT_EQ(store->journal.setCacheSizeKiB(before), before);
}
