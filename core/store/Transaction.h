#pragma once

#include "core/common/Result.h"

#include <optional>

namespace lr {

class Database;

/// RAII transaction: rolls back unless commit() was called. Nested guards become savepoints,
/// so a repository call that opens one can run inside a caller's larger transaction.
/// The outermost guard starts with BEGIN IMMEDIATE so writers never dead-lock on upgrade, and its
/// commit() first indexes the leads the transaction changed for search (one statement for the
/// whole transaction; see LeadRepository::indexPendingSearch and migration 012).
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

/// A Transaction only when none is open yet: a repository write that must commit together with
/// the outermost commit's work (the search index) wraps itself in one, so it is also right when
/// called outside any transaction, and costs no savepoint inside a caller's transaction.
class OwnTransaction final
{
    Q_DISABLE_COPY_MOVE(OwnTransaction)

public:
    explicit OwnTransaction(Database &db);

    /// False when a transaction of its own was needed and could not begin.
    bool isActive() const { return !m_tx || m_tx->isActive(); }
    QString error() const { return m_tx ? m_tx->error() : QString(); }
    /// Commits its own transaction; nothing to do inside a caller's.
    Status commit() { return m_tx ? m_tx->commit() : Status(); }

private:
    std::optional<Transaction> m_tx;
};

} // namespace lr
