#pragma once

#include "core/common/Result.h"

namespace lr {

class Database;

/// RAII transaction: rolls back unless commit() was called. Nested guards become savepoints,
/// so a repository call that opens one can run inside a caller's larger transaction.
/// The outermost guard starts with BEGIN IMMEDIATE so writers never dead-lock on upgrade.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(Database &db);
    ~Transaction();

    /// False when BEGIN failed (for example because another process holds the write lock).
    bool isActive() const { return m_active; }
    const QString &error() const { return m_error; }
    Status commit();
    void rollback();

private:
    Database &m_db;
    QString m_savepoint;
    QString m_error;
    bool m_active = false;
};

} // namespace lr
