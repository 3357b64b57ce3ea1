#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace lr {

/// A statement on the connection's own sqlite3 handle, prepared once per connection and reused
/// (Database::raw). Only for the few statements intake runs for every submission: a QSqlQuery
/// execution builds a QSqlRecord of every result column and converts every bind through QVariant,
/// which costs more than the index probe itself. Bind and column indexes are 0-based here.
/// Text binds store a null QString as '' (as sql::v does for QSqlQuery).
class RawStatement final
{
    Q_DISABLE_COPY_MOVE(RawStatement)

public:
    RawStatement(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) {}
    ~RawStatement();

    /// Clears the previous run and its binds; call before binding a new run.
    void reset();
    void bind(int index, qint64 value);
    void bind(int index, const QString &text);
    void bindBlob(int index, const QByteArray &bytes);
    void bindNull(int index);
    /// 0 binds NULL (optional foreign keys).
    void bindIdOrNull(int index, qint64 id);

    /// Steps once: true with a row, false at the end or on an error (then error() says which).
    bool next();
    /// Runs a statement that returns no rows to the end; false and `error` filled on failure.
    bool exec(QString *error);

    bool isNull(int column) const;
    qint64 int64(int column) const;
    QString text(int column) const;

    /// The last failure, described as sql::describe does; empty when the last step succeeded.
    const QString &error() const { return m_error; }
    qint64 lastInsertId() const;
    int changes() const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
    QString m_error;
};

} // namespace lr
