#include "tests/support/TestSupport.h"

#include <QSqlQuery>

#include <stdexcept>

namespace lr::test {

TempStore::TempStore()
{
    DatabaseError error;
    m_store = Store::open(path(), &error);
    if (!m_store)
        throw std::runtime_error(error.message.toStdString());
}

bool TempStore::reopen(QString *error)
{
    m_store.reset();
    DatabaseError failure;
    m_store = Store::open(path(), &failure);
    if (!m_store && error)
        *error = failure.message;
    return m_store != nullptr;
}

bool rewindSchema(Database &db, int version)
{
    QStringList steps;
    if (version < 26)
        steps << QStringLiteral("DROP TABLE exchange_rates");
    if (version < 25) {
        steps << QStringLiteral("DROP INDEX intake_journal_rejects_reason")
              << QStringLiteral("ALTER TABLE intake_journal DROP COLUMN reason_key")
              << QStringLiteral("CREATE INDEX intake_journal_rejects_reason ON intake_journal(state, reason, id) "
                                "WHERE rejected_at > 0");
    }
    if (version < 23)
        steps << QStringLiteral("ALTER TABLE leads DROP COLUMN score_rules");
    steps << QStringLiteral("PRAGMA user_version = %1").arg(version);
    QSqlQuery q(db.connection());
    for (const QString &step : std::as_const(steps)) {
        if (!q.exec(step))
            return false;
    }
    return true;
}

} // namespace lr::test
