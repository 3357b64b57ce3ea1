#include "core/store/Database.h"

#include "core/common/Words.h"
#include "core/store/RawStatement.h"
#include "core/store/SqlUtil.h"
#include "core/store/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <atomic>

namespace lr {
namespace {

struct Migration
{
    int version = 0;
    QString resource;
};

QList<Migration> bundledMigrations()
{
    QList<Migration> out;
    const QDir dir(QStringLiteral(":/migrations"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        bool ok = false;
        const int version = file.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (ok && version > 0)
            out.append({version, dir.filePath(file)});
    }
    std::sort(out.begin(), out.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return out;
}

/// Splits a script into complete SQL statements (trigger bodies keep their inner semicolons).
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QByteArray current;
    const QList<QByteArray> lines = script.toUtf8().split('\n');
    for (const QByteArray &line : lines) {
        const QByteArray trimmed = line.trimmed();
        if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("--")))
            continue;
        current += line;
        current += '\n';
        if (sqlite3_complete(current.constData())) {
            statements.append(QString::fromUtf8(current.trimmed()));
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(QString::fromUtf8(current.trimmed()));
    return statements;
}

bool fail(DatabaseError *error, DatabaseError::Kind kind, const QString &message)
{
    if (error)
        *error = {kind, message};
    return false;
}

DatabaseError::Kind kindOf(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    switch (ok ? code : -1) {
    case 5:
    case 6:
        return DatabaseError::Kind::Locked;
    case 8:
        return DatabaseError::Kind::ReadOnly;
    case 26:
        return DatabaseError::Kind::NotADatabase;
    default:
        return DatabaseError::Kind::CannotOpen;
    }
}

std::atomic<int> g_connectionCounter{0};

} // namespace

int Database::latestSchemaVersion()
{
    const QList<Migration> migrations = bundledMigrations();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

std::unique_ptr<Database> Database::open(const QString &path, DatabaseError *error)
{
    return open(path, Options{}, error);
}

std::unique_ptr<Database> Database::open(const QString &path, const Options &options, DatabaseError *error)
{
    using Kind = DatabaseError::Kind;
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir() || !info.isReadable()) {
            fail(error, Kind::CannotOpen, tr("Cannot read the database file %1.").arg(path));
            return nullptr;
        }
        // Permission bits count even for root, who may write anywhere: a file marked read-only stays untouched.
        const bool writable = info.isWritable() && (info.permissions() & QFileDevice::WriteOwner);
        if (!writable || !QFileInfo(info.absolutePath()).isWritable()) {
            fail(error, Kind::ReadOnly,
                 tr("The database %1 is read-only. LeadRelay needs to write to the file and its folder.").arg(path));
            return nullptr;
        }
    } else if (!QDir().mkpath(info.absolutePath())) {
        fail(error, Kind::CannotOpen, tr("Cannot create the folder %1.").arg(info.absolutePath()));
        return nullptr;
    }

    const QString name = QStringLiteral("leadrelay-%1").arg(g_connectionCounter.fetch_add(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!db.open()) {
        const QString message = tr("Cannot open the database %1: %2").arg(path, sql::describe(db.lastError()));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        fail(error, Kind::CannotOpen, message);
        return nullptr;
    }
    std::unique_ptr<Database> self(new Database(db, path));
    self->m_connectionName = name;
    db = QSqlDatabase(); // only self holds the connection, so its destructor can remove it cleanly
    QSqlDatabase &conn = self->m_db;

    // Read the version first: a newer schema must not be touched, not even by a journal-mode change.
    // This read is also what tells a file that is not SQLite apart (SQLITE_NOTADB). The file is
    // never opened any other way: closing another descriptor of it would drop every POSIX lock
    // this process's connections hold on it, and another process could then checkpoint the WAL
    // under them and corrupt the store.
    QSqlQuery version(conn);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
        const QSqlError err = version.lastError();
        if (kindOf(err) == Kind::NotADatabase) {
            fail(error, Kind::NotADatabase,
                 tr("%1 is not a LeadRelay database (it is not an SQLite file). Nothing was changed.").arg(path));
            return nullptr;
        }
        fail(error, kindOf(err), tr("Cannot read the database %1: %2").arg(path, sql::describe(err)));
        return nullptr;
    }
    const int current = version.value(0).toInt();
    version.finish();
    if (current > latestSchemaVersion()) {
        fail(error, Kind::NewerSchema,
             tr("The database %1 was written by a newer LeadRelay (schema %2; this version knows up to %3). "
                "Update LeadRelay to open it. Nothing was changed.")
                 .arg(path)
                 .arg(current)
                 .arg(latestSchemaVersion()));
        return nullptr;
    }

    QString pragmaError;
    QSqlQuery pragma(conn);
    if (!pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
        const QSqlError err = pragma.lastError();
        fail(error, kindOf(err), sql::describe(err));
        return nullptr;
    }
    pragma.finish();
    // synchronous=NORMAL in WAL mode: a commit is durable against a crash or kill -9 of the process
    // (the WAL is in the OS's page cache), only a power loss can lose the last commits — never
    // corrupt the file. The intake journal relies on exactly that (docs/benchmarks.md).
    // temp_store=MEMORY keeps statement journals in memory: an insert into leads touches a page of
    // each of its indexes, and once a statement journal outgrew 64 KiB every later statement of
    // the transaction wrote it to a temporary file (about 30 write calls per imported row).
    // cache_size: 32 MiB instead of SQLite's 2 MB keeps the lead indexes of a large store in memory.
    if (!sql::execText(conn, QStringLiteral("PRAGMA foreign_keys=ON"), &pragmaError) ||
        !sql::execText(conn, QStringLiteral("PRAGMA synchronous=NORMAL"), &pragmaError) ||
        !sql::execText(conn, QStringLiteral("PRAGMA temp_store=MEMORY"), &pragmaError) ||
        !sql::execText(conn, QStringLiteral("PRAGMA cache_size=-32768"), &pragmaError)) {
        fail(error, Kind::CannotOpen, pragmaError);
        return nullptr;
    }

    // words_folded(stored): a stored reason (core/common/Words) as this user reads it, case-folded,
    // so a search matches the words on the screen in any language, not the stored source text.
    // Not deterministic (it follows the language): never in an index.
    if (sqlite3 *handle = self->handle()) {
        sqlite3_create_function_v2(
            handle, "words_folded", 1, SQLITE_UTF8, nullptr,
            [](sqlite3_context *context, int, sqlite3_value **argv) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
                const QByteArray folded =
                    Words::fromStored(QString::fromUtf8(text ? text : "")).text().toCaseFolded().toUtf8();
                sqlite3_result_text(context, folded.constData(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
            },
            nullptr, nullptr, nullptr);
    }

    // A write lock probe: tells a locked file apart now instead of at the first save.
    {
        Transaction probe(*self);
        if (!probe.isActive()) {
            fail(error, Kind::Locked, probe.error());
            return nullptr;
        }
    }
    if (options.migrate && !self->migrate(error))
        return nullptr;
    // Every commit indexes the leads it changed for search (see Transaction::commit); a lead a
    // crashed or older build left noted but not indexed is indexed by this first, empty commit.
    if (options.migrate) {
        Transaction indexed(*self);
        if (indexed.isActive())
            indexed.commit();
    }
    return self;
}

Database::Database(QSqlDatabase db, QString path) : m_db(std::move(db)), m_path(std::move(path)) {}

Database::~Database()
{
    m_raw.clear(); // finalized before the connection closes
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlQuery *Database::prepared(const QString &text, QString *error)
{
    auto it = m_statements.find(text);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        if (!sql::prepare(query, text, error))
            return nullptr;
        it = m_statements.insert(text, query);
    }
    return &it.value();
}

sqlite3 *Database::handle() const
{
    const QVariant handle = m_db.driver()->handle();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3 *const *>(handle.constData())
               : nullptr;
}

RawStatement *Database::raw(const char *text, QString *error)
{
    auto it = m_raw.find(std::string_view(text));
    if (it != m_raw.end())
        return it->second.get();
    sqlite3 *db = handle();
    if (!db) {
        if (error)
            *error = tr("Database error: %1").arg(tr("the connection is not open"));
        return nullptr;
    }
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(db, text, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
        if (error)
            *error = sql::describe(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db)),
                                             QSqlError::StatementError, QString::number(sqlite3_extended_errcode(db))));
        sqlite3_finalize(statement);
        return nullptr;
    }
    return m_raw.emplace(text, std::make_unique<RawStatement>(db, statement)).first->second.get();
}

int Database::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool Database::migrate(DatabaseError *error)
{
    const int current = schemaVersion();
    for (const Migration &migration : bundledMigrations()) {
        if (migration.version <= current)
            continue;
        QFile file(migration.resource);
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(error, DatabaseError::Kind::MigrationFailed,
                        tr("Migration %1 is missing from this build.").arg(migration.version));
        }
        Transaction tx(*this);
        if (!tx.isActive())
            return fail(error, DatabaseError::Kind::Locked, tx.error());
        QString sqlError;
        for (const QString &statement : splitStatements(QString::fromUtf8(file.readAll()))) {
            if (!sql::execText(m_db, statement, &sqlError)) {
                return fail(error, DatabaseError::Kind::MigrationFailed,
                            tr("Migration %1 failed: %2").arg(migration.version).arg(sqlError));
            }
        }
        if (!sql::execText(m_db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version), &sqlError))
            return fail(error, DatabaseError::Kind::MigrationFailed, sqlError);
        if (const Status committed = tx.commit(); !committed)
            return fail(error, DatabaseError::Kind::MigrationFailed, committed.error());
    }
    return true;
}

} // namespace lr
