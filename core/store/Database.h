#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;

namespace lr {

class RawStatement;

/// Why a store could not be opened. Each kind has its own clear, translated message.
struct DatabaseError
{
    enum class Kind { None, CannotOpen, NotADatabase, ReadOnly, NewerSchema, Locked, MigrationFailed };
    Kind kind = Kind::None;
    QString message;
};

/// One SQLite connection to a LeadRelay store: WAL mode, foreign keys on, schema migrated to the
/// latest version on open. Qt SQL connections belong to one thread; a worker opens its own Database.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(lr::Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    struct Options
    {
        int busyTimeoutMs = 2000; ///< How long to wait for another process's lock before giving up.
        bool migrate = true;      ///< Bring the schema to the latest version.
    };

    /// Opens (creating if needed) the store at `path`. Returns nullptr and fills `error` when the
    /// file is not SQLite, is read-only, has a newer schema than this build knows, or is locked.
    /// Nothing in the file is changed in any of those cases.
    static std::unique_ptr<Database> open(const QString &path, DatabaseError *error = nullptr);
    static std::unique_ptr<Database> open(const QString &path, const Options &options, DatabaseError *error);
    ~Database();

    QSqlDatabase &connection() { return m_db; }
    const QString &path() const { return m_path; }
    int schemaVersion() const;

    /// The schema version this build creates (the number of the last bundled migration).
    static int latestSchemaVersion();

    /// A statement prepared once per connection and reused (hot inserts: leads, events, journal).
    /// Returns nullptr and fills `error` when it does not prepare. Not re-entrant for one text.
    QSqlQuery *prepared(const QString &text, QString *error);

    /// A statement on the raw SQLite handle of this connection, prepared once and reused, for the
    /// per-submission statements of intake (see RawStatement). Returns nullptr and fills `error`
    /// when it does not prepare. Not re-entrant for one text.
    RawStatement *raw(const char *text, QString *error);

    /// Nesting depth of open Transaction guards (0 = none); used by Transaction for savepoints.
    int &transactionDepth() { return m_transactionDepth; }
    /// WalCheckpointers alive on this connection (automatic checkpoints are off while any is).
    int &walCheckpointers() { return m_walCheckpointers; }

private:
    Database(QSqlDatabase db, QString path);
    /// The connection's SQLite handle; nullptr when it is not open.
    sqlite3 *handle() const;
    bool migrate(DatabaseError *error);

    QSqlDatabase m_db;
    QString m_path;
    QString m_connectionName;
    QHash<QString, QSqlQuery> m_statements;
    /// Looked up by the text as it is given: no copy of it per call (the intake asks per row).
    struct TextHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    std::unordered_map<std::string, std::unique_ptr<RawStatement>, TextHash, std::equal_to<>> m_raw;
    int m_transactionDepth = 0;
    int m_walCheckpointers = 0;
};

} // namespace lr
