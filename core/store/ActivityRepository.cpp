#include "core/store/ActivityRepository.h"

#include "core/store/Database.h"
#include "core/store/SqlUtil.h"

#include <QSqlQuery>

namespace lr {

Result<Id> ActivityRepository::create(const Activity &activity)
{
    QString error;
    QSqlQuery *statement =
        m_db.prepared(QStringLiteral("INSERT INTO activities (lead_id, deal_id, user_id, kind, outcome, body, at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      &error);
    if (!statement)
        return Result<Id>::failure(error);
    QSqlQuery &q = *statement;
    q.addBindValue(sql::v(sql::idOrNull(activity.leadId)));
    q.addBindValue(sql::v(sql::idOrNull(activity.dealId)));
    q.addBindValue(sql::v(sql::idOrNull(activity.userId)));
    q.addBindValue(sql::v(toKey(activity.kind)));
    q.addBindValue(sql::v(activity.outcome));
    q.addBindValue(sql::v(activity.body));
    q.addBindValue(sql::v(activity.at));
    if (!sql::exec(q, &error))
        return Result<Id>::failure(error);
    return q.lastInsertId().toLongLong();
}

QList<Activity> ActivityRepository::forLead(const AccessScope &scope, Id leadId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT a.id, a.lead_id, a.deal_id, a.user_id, a.kind, a.outcome, a.body, a.at "
                             "FROM activities a JOIN leads l ON l.id = a.lead_id WHERE a.lead_id = :lead AND ") +
              sql::scopeCondition(scope, QStringLiteral("l.owner_id")) + QStringLiteral(" ORDER BY a.at DESC"));
    q.bindValue(QStringLiteral(":lead"), sql::v(leadId));
    sql::bindScope(q, scope);
    QList<Activity> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Activity a;
        a.id = q.value(0).toLongLong();
        a.leadId = q.value(1).toLongLong();
        a.dealId = q.value(2).toLongLong();
        a.userId = q.value(3).toLongLong();
        a.kind = activityKindFromKey(q.value(4).toString()).value_or(ActivityKind::Note);
        a.outcome = q.value(5).toString();
        a.body = q.value(6).toString();
        a.at = q.value(7).toLongLong();
        out.append(a);
    }
    return out;
}

QList<Activity> ActivityRepository::forDeal(const AccessScope &scope, Id dealId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT a.id, coalesce(a.lead_id, 0), a.deal_id, coalesce(a.user_id, 0), a.kind, "
                             "a.outcome, a.body, a.at FROM activities a JOIN deals d ON d.id = a.deal_id "
                             "WHERE a.deal_id = :deal AND ") +
              sql::scopeCondition(scope, QStringLiteral("d.owner_id")) + QStringLiteral(" ORDER BY a.at DESC"));
    q.bindValue(QStringLiteral(":deal"), sql::v(dealId));
    sql::bindScope(q, scope);
    QList<Activity> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Activity a;
        a.id = q.value(0).toLongLong();
        a.leadId = q.value(1).toLongLong();
        a.dealId = q.value(2).toLongLong();
        a.userId = q.value(3).toLongLong();
        a.kind = activityKindFromKey(q.value(4).toString()).value_or(ActivityKind::Note);
        a.outcome = q.value(5).toString();
        a.body = q.value(6).toString();
        a.at = q.value(7).toLongLong();
        out.append(a);
    }
    return out;
}

} // namespace lr
