#include "core/store/Transaction.h"

#include "core/store/Database.h"
#include "core/store/LeadRepository.h"
#include "core/store/RawStatement.h"
#include "core/store/SqlUtil.h"

namespace lr {
namespace {

/// BEGIN, COMMIT, SAVEPOINT and their kin run for every write, many times per lead: prepared once
/// per connection on the raw handle instead of parsed through QSqlQuery each time.
bool run(Database &db, const QString &text, QString *error)
{
    RawStatement *statement = db.raw(text.toLatin1().constData(), error);
    if (!statement)
        return false;
    statement->reset();
    return statement->exec(error);
}

} // namespace

Transaction::Transaction(Database &db) : m_db(db)
{
    int &depth = m_db.transactionDepth();
    const QString begin =
        depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                   : (m_savepoint = QStringLiteral("sp%1").arg(depth), QStringLiteral("SAVEPOINT ") + m_savepoint);
    m_active = run(m_db, begin, &m_error);
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
    if (!run(m_db, text, &error)) {
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
        run(m_db, QStringLiteral("ROLLBACK"), nullptr);
    } else {
        run(m_db, QStringLiteral("ROLLBACK TO ") + m_savepoint, nullptr);
        run(m_db, QStringLiteral("RELEASE ") + m_savepoint, nullptr);
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
