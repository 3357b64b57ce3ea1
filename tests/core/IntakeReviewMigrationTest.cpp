// Migration 004 (intake review) on databases written by earlier versions.
#include "core/store/Database.h"
#include "core/store/QuarantineRepository.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace lr;

namespace {

/// Writes a store at schema `version` with the bundled migrations up to it, the way that
/// version of LeadRelay left it, plus three journal rows.
bool writeOldStore(const QString &path, int version)
{
    sqlite3 *raw = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &raw) != SQLITE_OK)
        return false;
    bool ok = true;
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        if (file.section(QLatin1Char('_'), 0, 0).toInt() > version)
            continue;
        QFile f(dir.filePath(file));
        ok = ok && f.open(QIODevice::ReadOnly) &&
             sqlite3_exec(raw, f.readAll().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    const QByteArray rows =
        QStringLiteral("INSERT INTO intake_journal (id, received_at, channel, source, body, state, reason, "
                       "attempts, processed_at) VALUES "
                       "(7, 1000, 'webhook', 'demo', '{\"email\":\"a(at)b.pl\"}', 'quarantined', 'no @', 1, 1500),"
                       "(8, 2000, 'csv', 'fair.csv', '{\"email\":\"ok@b.pl\"}', 'processed', '', 1, 2500),"
                       "(9, 3000, 'manual', 'ada', '{\"email\":\"c@b.pl\"}', 'pending', '', 0, 0);"
                       "PRAGMA user_version = %1;")
            .arg(version)
            .toUtf8();
    ok = ok && sqlite3_exec(raw, rows.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(raw);
    return ok;
}

QStringList schemaNames(Database &db, const char *type)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = '%1' AND tbl_name = 'intake_journal'")
               .arg(QLatin1String(type)));
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

} // namespace

class IntakeReviewMigration : public ::testing::TestWithParam<int>
{
};

TEST_P(IntakeReviewMigration, UpgradesWithJournalRowsIntact)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    ASSERT_TRUE(writeOldStore(path, GetParam()));

    DatabaseError error;
    auto store = Store::open(path, &error);
    ASSERT_TRUE(store) << error.message.toStdString();
    EXPECT_EQ(store->database().schemaVersion(), Database::latestSchemaVersion());

    const auto quarantined = store->journal.find(7);
    ASSERT_TRUE(quarantined);
    EXPECT_EQ(quarantined->state, JournalEntry::State::Quarantined);
    EXPECT_EQ(quarantined->body, QByteArray("{\"email\":\"a(at)b.pl\"}"));
    EXPECT_EQ(quarantined->reason, QStringLiteral("no @"));
    EXPECT_EQ(quarantined->processedAt, 1500);
    EXPECT_EQ(store->journal.find(8)->state, JournalEntry::State::Processed);
    EXPECT_EQ(store->journal.find(9)->state, JournalEntry::State::Pending);
    EXPECT_EQ(store->journal.count(JournalEntry::State::Pending), 1);

    QuarantineRepository review(store->database());
    EXPECT_EQ(review.find(7)->rejectedAt, 1500); // an old reject counts as one
    EXPECT_EQ(review.find(8)->rejectedAt, 0);
    EXPECT_EQ(review.count({}).value(), 1);
    // A reason stored as text before migration 025 is its own kind, and filters as one.
    EXPECT_EQ(review.find(7)->reasonKey, QStringLiteral("no @"));
    EXPECT_EQ(review.topReasons(10), (QList<std::pair<QString, qint64>>{{QStringLiteral("no @"), 1}}));
    QuarantineFilter byReason;
    byReason.reasonKey = QStringLiteral("no @");
    EXPECT_EQ(review.count(byReason).value(), 1);
    const auto byForm = review.rejectsBySource(0, 10000, 10).value();
    ASSERT_EQ(byForm.size(), 1);
    EXPECT_EQ(byForm.first().source, QStringLiteral("demo"));

    const QStringList indexes = schemaNames(store->database(), "index");
    for (const char *name : {"intake_journal_state", "intake_journal_received", "intake_journal_rejects_received"})
        EXPECT_TRUE(indexes.contains(QLatin1String(name))) << name;
    const QStringList triggers = schemaNames(store->database(), "trigger");
    EXPECT_TRUE(triggers.contains(QStringLiteral("intake_journal_keep_original")));

    // The widened state check: discarding works; anything else is still refused.
    EXPECT_TRUE(review.discard(7, 0, 4000).ok());
    QSqlQuery bad(store->database().connection());
    EXPECT_FALSE(bad.exec(QStringLiteral("UPDATE intake_journal SET state = 'lost' WHERE id = 8")));
    // New rows continue after the old ids.
    JournalEntry e;
    e.receivedAt = 5000;
    e.body = "{}";
    EXPECT_EQ(store->journal.append(e).value(), 10);
}

// Every schema version before 004 that this build ships.
INSTANTIATE_TEST_SUITE_P(FromOlderSchemas, IntakeReviewMigration, ::testing::Values(2, 3));
