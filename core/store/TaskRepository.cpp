#include "core/store/TaskRepository.h"

#include "core/common/Words.h"

#include "core/store/Database.h"
#include "core/store/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace lr {

Result<Id> TaskRepository::create(const Task &task)
{
    QString error;
    QSqlQuery *statement =
        m_db.prepared(QStringLiteral("INSERT INTO tasks (lead_id, deal_id, owner_id, title, kind, due_at, done_at, "
                                     "outcome, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      &error);
    if (!statement)
        return Result<Id>::failure(error);
    QSqlQuery &q = *statement;
    q.addBindValue(sql::v(sql::idOrNull(task.leadId)));
    q.addBindValue(sql::v(sql::idOrNull(task.dealId)));
    q.addBindValue(sql::v(sql::idOrNull(task.ownerId)));
    q.addBindValue(sql::v((task.titleWords.isEmpty() ? Words::plain(task.title) : task.titleWords).toStored()));
    q.addBindValue(sql::v(task.kind.isEmpty() ? QStringLiteral("follow_up") : task.kind));
    q.addBindValue(sql::v(task.dueAt));
    q.addBindValue(sql::v(task.doneAt));
    q.addBindValue(sql::v(task.outcome));
    q.addBindValue(sql::v(task.createdAt));
    if (!sql::exec(q, &error))
        return Result<Id>::failure(error);
    return q.lastInsertId().toLongLong();
}

Status TaskRepository::complete(Id taskId, const Words &outcome, Instant at)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::prepare(q, QStringLiteral("UPDATE tasks SET done_at = ?, outcome = ? WHERE id = ? AND done_at = 0"),
                      &error)) {
        return Status::failure(error);
    }
    q.addBindValue(sql::v(at));
    q.addBindValue(sql::v(outcome.toStored()));
    q.addBindValue(sql::v(taskId));
    if (!sql::exec(q, &error))
        return Status::failure(error);
    if (q.numRowsAffected() != 1)
        return Status::failure(QCoreApplication::translate("lr::TaskRepository", "Task %1 is not open.").arg(taskId));
    return {};
}

QList<Task> TaskRepository::select(const AccessScope &scope, const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT t.id, t.lead_id, t.deal_id, t.owner_id, t.title, t.kind, t.due_at, t.done_at, "
                             "t.outcome, t.created_at FROM tasks t WHERE ") +
              sql::scopeCondition(scope, QStringLiteral("t.owner_id")) + where +
              QStringLiteral(" ORDER BY t.due_at, t.id"));
    sql::bindScope(q, scope);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(QStringLiteral(":p%1").arg(i), sql::v(binds.at(i)));
    QList<Task> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Task t;
        t.id = q.value(0).toLongLong();
        t.leadId = q.value(1).toLongLong();
        t.dealId = q.value(2).toLongLong();
        t.ownerId = q.value(3).toLongLong();
        t.titleWords = Words::fromStored(q.value(4).toString());
        t.title = t.titleWords.text();
        t.kind = q.value(5).toString();
        t.dueAt = q.value(6).toLongLong();
        t.doneAt = q.value(7).toLongLong();
        t.outcome = Words::fromStored(q.value(8).toString()).text();
        t.createdAt = q.value(9).toLongLong();
        out.append(t);
    }
    return out;
}

QList<Task> TaskRepository::open(const AccessScope &scope) const
{
    return select(scope, QStringLiteral(" AND t.done_at = 0"), {});
}

QList<Task> TaskRepository::forDeal(const AccessScope &scope, Id dealId) const
{
    return select(scope, QStringLiteral(" AND t.deal_id = :p0"), {dealId});
}

QList<Task> TaskRepository::forLead(const AccessScope &scope, Id leadId) const
{
    return select(scope, QStringLiteral(" AND t.lead_id = :p0"), {leadId});
}

} // namespace lr
