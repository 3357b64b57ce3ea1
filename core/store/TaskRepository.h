#pragma once

#include "core/common/Result.h"
#include "core/domain/Task.h"
#include "core/security/AccessScope.h"

#include <QList>

namespace lr {

class Database;

class TaskRepository final
{
public:
    explicit TaskRepository(Database &db) : m_db(db) {}

    Result<Id> create(const Task &task);
    Status complete(Id taskId, const Words &outcome, Instant at);
    /// Open tasks the scope may see, soonest due first.
    QList<Task> open(const AccessScope &scope) const;
    QList<Task> forLead(const AccessScope &scope, Id leadId) const;
    /// A deal's tasks (open and done) the scope may see.
    QList<Task> forDeal(const AccessScope &scope, Id dealId) const;

private:
    QList<Task> select(const AccessScope &scope, const QString &where, const QVariantList &binds) const;
    Database &m_db;
};

} // namespace lr
