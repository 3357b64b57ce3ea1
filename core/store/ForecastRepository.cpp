#include "core/store/ForecastRepository.h"

#include "core/store/Database.h"
#include "core/store/SqlUtil.h"
#include "core/store/Transaction.h"

#include <QSqlQuery>

namespace lr {

Result<int> ForecastRepository::save(const QList<ForecastSnapshot> &rows)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Result<int>::failure(tx.error());
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::prepare(q,
                      QStringLiteral("INSERT OR IGNORE INTO forecast_snapshots (month, pipeline_id, owner_id, "
                                     "taken_at, deal_count, value_cents, weighted_cents, currency) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      &error)) {
        return Result<int>::failure(error);
    }
    int added = 0;
    for (const ForecastSnapshot &row : rows) {
        q.addBindValue(sql::v(row.month));
        q.addBindValue(sql::v(row.pipelineId));
        q.addBindValue(sql::v(row.ownerId));
        q.addBindValue(sql::v(row.takenAt));
        q.addBindValue(sql::v(row.count));
        q.addBindValue(sql::v(row.valueCents));
        q.addBindValue(sql::v(row.weightedCents));
        q.addBindValue(sql::v(row.currency));
        if (!sql::exec(q, &error))
            return Result<int>::failure(error);
        added += q.numRowsAffected() > 0 ? 1 : 0;
    }
    if (const Status s = tx.commit(); !s)
        return Result<int>::failure(s.error());
    return added;
}

bool ForecastRepository::hasSnapshot(const QString &month, Id pipelineId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM forecast_snapshots WHERE month = ? AND pipeline_id = ? LIMIT 1"));
    q.addBindValue(sql::v(month));
    q.addBindValue(sql::v(pipelineId));
    return q.exec() && q.next();
}

QList<ForecastSnapshot> ForecastRepository::snapshots(const AccessScope &scope, Id pipelineId, const QString &fromMonth,
                                                      const QString &toMonth) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT f.month, f.pipeline_id, f.owner_id, f.taken_at, f.deal_count, f.value_cents, "
                             "f.weighted_cents, f.currency FROM forecast_snapshots f WHERE f.pipeline_id = :pipeline "
                             "AND f.month BETWEEN :from AND :to AND ") +
              sql::scopeCondition(scope, QStringLiteral("f.owner_id")) +
              QStringLiteral(" ORDER BY f.month, f.owner_id"));
    q.bindValue(QStringLiteral(":pipeline"), sql::v(pipelineId));
    q.bindValue(QStringLiteral(":from"), sql::v(fromMonth));
    q.bindValue(QStringLiteral(":to"), sql::v(toMonth));
    sql::bindScope(q, scope);
    QList<ForecastSnapshot> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                    q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toString()});
    }
    return out;
}

QHash<std::pair<QString, Id>, qint64> ForecastRepository::wonByMonth(const AccessScope &scope, Id pipelineId,
                                                                     Instant from, Instant to) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT strftime('%Y-%m', d.closed_at / 1000, 'unixepoch'), coalesce(d.owner_id, 0), "
                             "sum(") +
              sql::homeCents(QStringLiteral("d")) +
              QStringLiteral(") FROM deals d JOIN stages s ON s.id = d.stage_id "
                             "WHERE s.kind = 'won' AND d.pipeline_id = :pipeline AND d.closed_at >= :from AND "
                             "d.closed_at < :to AND ") +
              sql::scopeCondition(scope, QStringLiteral("d.owner_id")) + QStringLiteral(" GROUP BY 1, 2"));
    q.bindValue(QStringLiteral(":pipeline"), sql::v(pipelineId));
    q.bindValue(QStringLiteral(":from"), sql::v(from));
    q.bindValue(QStringLiteral(":to"), sql::v(to));
    sql::bindScope(q, scope);
    QHash<std::pair<QString, Id>, qint64> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.insert({q.value(0).toString(), q.value(1).toLongLong()}, q.value(2).toLongLong());
    return out;
}

QHash<Id, double> ForecastRepository::averageDaysInStage(const AccessScope &scope, Id pipelineId, Instant from,
                                                         Instant to) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT stage, avg(left_at - entered_at) / 86400000.0 FROM ("
                             "SELECT h.to_stage_id AS stage, h.at AS entered_at, "
                             "lead(h.at) OVER (PARTITION BY h.deal_id ORDER BY h.at, h.id) AS left_at "
                             "FROM deal_stage_history h JOIN deals d ON d.id = h.deal_id "
                             "WHERE d.pipeline_id = :pipeline AND ") +
              sql::scopeCondition(scope, QStringLiteral("d.owner_id")) +
              QStringLiteral(") WHERE left_at IS NOT NULL AND left_at >= :from AND left_at < :to GROUP BY stage"));
    q.bindValue(QStringLiteral(":pipeline"), sql::v(pipelineId));
    q.bindValue(QStringLiteral(":from"), sql::v(from));
    q.bindValue(QStringLiteral(":to"), sql::v(to));
    sql::bindScope(q, scope);
    QHash<Id, double> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toDouble());
    return out;
}

} // namespace lr
