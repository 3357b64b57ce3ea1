#include "core/store/RawStatement.h"

#include "core/store/SqlUtil.h"

#include <QSqlError>

#include <sqlite3.h>

namespace lr {

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_statement);
}

void RawStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_error.clear();
}

void RawStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index + 1, value);
}

void RawStatement::bind(int index, const QString &text)
{
    const void *data = text.isNull() ? static_cast<const void *>(u"") : static_cast<const void *>(text.utf16());
    sqlite3_bind_text16(m_statement, index + 1, data, static_cast<int>(text.size() * 2), SQLITE_TRANSIENT);
}

void RawStatement::bindBlob(int index, const QByteArray &bytes)
{
    sqlite3_bind_blob(m_statement, index + 1, bytes.isNull() ? "" : bytes.constData(), static_cast<int>(bytes.size()),
                      SQLITE_TRANSIENT);
}

void RawStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index + 1);
}

void RawStatement::bindIdOrNull(int index, qint64 id)
{
    if (id)
        bind(index, id);
    else
        bindNull(index);
}

bool RawStatement::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        const int extended = sqlite3_extended_errcode(m_db);
        m_error = sql::describe(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
                                          QString::number(extended)));
    }
    sqlite3_reset(m_statement); // done (or failed): release the statement's read or write lock
    return false;
}

bool RawStatement::exec(QString *error)
{
    while (next()) {
    }
    if (m_error.isEmpty())
        return true;
    if (error)
        *error = m_error;
    return false;
}

bool RawStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 RawStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString RawStatement::text(int column) const
{
    // The store's text is UTF-8: column_text16 would convert it into a buffer SQLite allocates
    // and QString would then copy that; fromUtf8 converts once, straight from the page.
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

qint64 RawStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int RawStatement::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace lr
