#include "core/store/Database.h"
#include "core/store/Store.h"
#include "core/store/Transaction.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace lr;

namespace {

QStringList tableNames(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

/// POSIX locks this process holds on `path`, from /proc/locks ("1: POSIX ADVISORY READ pid maj:min:inode …").
int locksHeldOn(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pid = QByteArray::number(::getpid());
    const QByteArray inode = ':' + QByteArray::number(static_cast<qulonglong>(st.st_ino));
    int held = 0;
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() > 5 && parts.at(1) == "POSIX" && parts.at(4) == pid && parts.at(5).endsWith(inode))
            ++held;
    }
    return held;
}

} // namespace

TEST(Database, MigratesAnEmptyFileToTheLatestSchema)
{
    QTemporaryDir dir;
    DatabaseError error;
    auto db = Database::open(dir.filePath(QStringLiteral("new.db")), &error);
    ASSERT_TRUE(db) << error.message.toStdString();
    EXPECT_EQ(db->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_GE(Database::latestSchemaVersion(), 2);
    const QStringList tables = tableNames(*db);
    for (const char *table : {"leads", "companies", "users", "teams", "user_absences", "deals", "stages", "pipelines",
                              "deal_stage_history", "activities", "tasks", "meetings", "events", "audit_log", "rules",
                              "timers", "intake_journal", "settings", "user_work_days"}) {
        EXPECT_TRUE(tables.contains(QString::fromLatin1(table))) << table;
    }
}

TEST(Database, UsesWriteAheadLoggingAndForeignKeys)
{
    test::TempStore store;
    QSqlQuery q(store->database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

TEST(Database, ReopeningRunsNoMigrationTwice)
{
    test::TempStore store;
    Lead lead;
    lead.email = QStringLiteral("anna@firma.pl");
    lead.createdAt = test::kTestStart;
    ASSERT_TRUE(store->leads.create(lead));
    const QString path = store.path();
    store.close();

    DatabaseError error;
    auto again = Store::open(path, &error);
    ASSERT_TRUE(again) << error.message.toStdString();
    EXPECT_EQ(again->database().schemaVersion(), Database::latestSchemaVersion());
    EXPECT_EQ(again->leads.count(AccessScope::system(), {}), 1);
    EXPECT_EQ(again->pipelines.all().value(0).stages.size(), 9); // default stages not inserted twice
}

TEST(Database, RefusesAFileThatIsNotSqliteAndLeavesItUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("These are my meeting notes, not a database.\n");
    f.close();
    const QByteArray before = fileBytes(path);

    DatabaseError error;
    EXPECT_FALSE(Database::open(path, &error));
    EXPECT_EQ(error.kind, DatabaseError::Kind::NotADatabase);
    EXPECT_TRUE(error.message.contains(QStringLiteral("not a LeadRelay database")));
    EXPECT_EQ(fileBytes(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(Database, RefusesAReadOnlyFile)
{
    test::TempStore store;
    const QString path = store.path();
    store.close();
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    const QByteArray before = fileBytes(path);
    ASSERT_TRUE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));

    DatabaseError error;
    EXPECT_FALSE(Database::open(path, &error));
    EXPECT_EQ(error.kind, DatabaseError::Kind::ReadOnly);
    EXPECT_TRUE(error.message.contains(QStringLiteral("read-only")));
    EXPECT_EQ(fileBytes(path), before);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST(Database, RefusesANewerSchemaWithoutTouchingIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.db"));
    {
        sqlite3 *raw = nullptr;
        ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(raw, "CREATE TABLE leads(x); PRAGMA user_version = 999;", nullptr, nullptr, nullptr),
                  SQLITE_OK);
        sqlite3_close(raw);
    }
    const QByteArray before = fileBytes(path);

    DatabaseError error;
    EXPECT_FALSE(Database::open(path, &error));
    EXPECT_EQ(error.kind, DatabaseError::Kind::NewerSchema);
    EXPECT_TRUE(error.message.contains(QStringLiteral("newer LeadRelay")));
    EXPECT_EQ(fileBytes(path), before);
}

TEST(Database, ReportsAFileLockedByAnotherWriter)
{
    test::TempStore store;
    const QString path = store.path();
    store.close();

    // Another program holds an exclusive lock on the file.
    sqlite3 *holder = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &holder), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(holder,
                           "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; INSERT INTO settings VALUES('k','v');",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);

    DatabaseError error;
    Database::Options options;
    options.busyTimeoutMs = 50;
    EXPECT_FALSE(Database::open(path, options, &error));
    EXPECT_EQ(error.kind, DatabaseError::Kind::Locked);
    EXPECT_TRUE(error.message.contains(QStringLiteral("locked by another process"))) << error.message.toStdString();

    sqlite3_exec(holder, "ROLLBACK;", nullptr, nullptr, nullptr);
    sqlite3_close(holder);
    auto reopened = Database::open(path, &error);
    EXPECT_TRUE(reopened) << error.message.toStdString();
    QSqlQuery q(reopened->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM settings")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0); // the other writer's change never landed, ours touched nothing
}

TEST(Database, CreatesMissingFolders)
{
    QTemporaryDir dir;
    DatabaseError error;
    auto db = Database::open(dir.filePath(QStringLiteral("a/b/c/store.db")), &error);
    EXPECT_TRUE(db) << error.message.toStdString();
}

TEST(Transaction, RollsBackUnlessCommitted)
{
    test::TempStore store;
    Lead lead;
    lead.email = QStringLiteral("x@firma.de");
    lead.createdAt = test::kTestStart;
    {
        Transaction tx(store->database());
        ASSERT_TRUE(tx.isActive());
        ASSERT_TRUE(store->leads.create(lead));
    }
    EXPECT_EQ(store->leads.count(AccessScope::system(), {}), 0);
    {
        Transaction tx(store->database());
        ASSERT_TRUE(store->leads.create(lead));
        ASSERT_TRUE(tx.commit());
    }
    EXPECT_EQ(store->leads.count(AccessScope::system(), {}), 1);
}

TEST(Transaction, NestedGuardsAreSavepoints)
{
    test::TempStore store;
    Lead lead;
    lead.createdAt = test::kTestStart;
    Transaction outer(store->database());
    lead.email = QStringLiteral("kept@firma.de");
    ASSERT_TRUE(store->leads.create(lead));
    {
        Transaction inner(store->database());
        ASSERT_TRUE(inner.isActive());
        lead.email = QStringLiteral("dropped@firma.de");
        ASSERT_TRUE(store->leads.create(lead));
    } // inner rolled back
    ASSERT_TRUE(outer.commit());
    EXPECT_EQ(store->leads.count(AccessScope::system(), {}), 1);
    EXPECT_EQ(store->database().transactionDepth(), 0);
}

TEST(EventLog, IsAppendOnly)
{
    test::TempStore store;
    Event e;
    e.at = test::kTestStart;
    e.type = events::LeadCreated;
    auto id = store->events.append(e);
    ASSERT_TRUE(id);
    QSqlQuery q(store->database().connection());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE events SET type = 'x' WHERE id = %1").arg(id.value())));
    EXPECT_TRUE(q.lastError().text().contains(QStringLiteral("append-only")));
}

// Opening a second connection (the import worker, the checkpoint thread) must not drop the locks the
// first one holds: a descriptor of the file closed by anything but SQLite drops all of this
// process's POSIX locks on it, and another process (leadrelayctl) could then checkpoint the WAL
// under a reader and corrupt the store.
TEST(Database, OpeningAnotherConnectionKeepsTheLocksOfTheFirst)
{
    if (!QFile::exists(QStringLiteral("/proc/locks")))
        GTEST_SKIP() << "no /proc/locks here";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.db"));
    auto first = Database::open(path);
    ASSERT_TRUE(first);
    QSqlQuery reading(first->connection());
    ASSERT_TRUE(reading.exec(QStringLiteral("BEGIN")));
    ASSERT_TRUE(reading.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")));
    ASSERT_TRUE(reading.next());
    const int before = locksHeldOn(path);
    ASSERT_GT(before, 0);

    auto second = Database::open(path);
    ASSERT_TRUE(second);
    EXPECT_EQ(locksHeldOn(path), before);
    reading.finish();
    EXPECT_TRUE(QSqlQuery(first->connection()).exec(QStringLiteral("COMMIT")));
}
