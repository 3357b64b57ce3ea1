#pragma once

#include "core/common/Result.h"
#include "core/domain/Team.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace lr {

class Database;

class TeamRepository final
{
    Q_DECLARE_TR_FUNCTIONS(lr::TeamRepository)

public:
    explicit TeamRepository(Database &db) : m_db(db) {}

    Result<Id> create(const Team &team);
    Status setManager(Id teamId, Id managerId);
    /// Stores `team`'s name, manager and territories (matched by id); a name another team has is refused.
    Status update(const Team &team);
    std::optional<Team> find(Id id) const;
    std::optional<Team> findByName(const QString &name) const;
    QList<Team> all() const;

private:
    QList<Team> select(const QString &where, const QVariantList &binds) const;
    Database &m_db;
};

} // namespace lr
