#include "core/store/Transaction.h"

#include "core/store/Database.h"
#include "core/store/LeadRepository.h"
#include "core/store/SqlUtil.h"

namespace lr {

Transaction::Transaction(Database &db) : m_db(db)
{
    int &depth = m_db.transactionDepth();
    const QString begin =
        depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                   : (m_savepoint = QStringLiteral("sp%1").arg(depth), QStringLiteral("SAVEPOINT ") + m_savepoint);
    m_active = sql::execText(m_db.connection(), begin, &m_error);
    if (m_active)
        ++depth;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(m_error);
    if (m_savepoint.isEmpty()) {
        // The leads this transaction created, changed or deleted reach the search index with it.
        if (const Status indexed = LeadRepository::indexPendingSearch(m_db); !indexed) {
            rollback();
            return indexed;
        }
    }
    const QString text = m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint;
    QString error;
    if (!sql::execText(m_db.connection(), text, &error)) {
        rollback();
        return Status::failure(error);
    }
    m_active = false;
    --m_db.transactionDepth();
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_savepoint.isEmpty()) {
        sql::execText(m_db.connection(), QStringLiteral("ROLLBACK"), nullptr);
    } else {
        sql::execText(m_db.connection(), QStringLiteral("ROLLBACK TO ") + m_savepoint, nullptr);
        sql::execText(m_db.connection(), QStringLiteral("RELEASE ") + m_savepoint, nullptr);
    }
    m_active = false;
    --m_db.transactionDepth();
}

OwnTransaction::OwnTransaction(Database &db)
{
    if (db.transactionDepth() == 0)
        m_tx.emplace(db);
}

} // namespace lr
