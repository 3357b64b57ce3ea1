#include "core/store/TeamRepository.h"

#include "core/store/Database.h"
#include "core/store/RawStatement.h"
#include "core/store/SqlUtil.h"

#include <QSqlQuery>

namespace lr {

Result<Id> TeamRepository::create(const Team &team)
{
    if (team.name.trimmed().isEmpty())
        return Result<Id>::failure(tr("A team needs a name."));
    if (findByName(team.name))
        return Result<Id>::failure(tr("A team named %1 already exists.").arg(team.name.trimmed()));
    QString error;
    QSqlQuery *statement = m_db.prepared(QStringLiteral("INSERT INTO teams (name, manager_id, territories, created_at) "
                                                        "VALUES (?, ?, ?, ?)"),
                                         &error);
    if (!statement)
        return Result<Id>::failure(error);
    QSqlQuery &q = *statement;
    q.addBindValue(sql::v(team.name.trimmed()));
    q.addBindValue(sql::v(sql::idOrNull(team.managerId)));
    q.addBindValue(sql::v(sql::joinList(team.territories)));
    q.addBindValue(sql::v(team.createdAt));
    if (!sql::exec(q, &error))
        return Result<Id>::failure(error);
    return q.lastInsertId().toLongLong();
}

Status TeamRepository::setManager(Id teamId, Id managerId)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::prepare(q, QStringLiteral("UPDATE teams SET manager_id = ? WHERE id = ?"), &error))
        return Status::failure(error);
    q.addBindValue(sql::v(sql::idOrNull(managerId)));
    q.addBindValue(sql::v(teamId));
    if (!sql::exec(q, &error))
        return Status::failure(error);
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("Team %1 does not exist.").arg(teamId));
    return {};
}

Status TeamRepository::update(const Team &team)
{
    if (team.name.trimmed().isEmpty())
        return Status::failure(tr("A team needs a name."));
    if (const auto other = findByName(team.name); other && other->id != team.id)
        return Status::failure(tr("A team named %1 already exists.").arg(team.name.trimmed()));
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::prepare(q, QStringLiteral("UPDATE teams SET name = ?, manager_id = ?, territories = ? WHERE id = ?"),
                      &error))
        return Status::failure(error);
    q.addBindValue(sql::v(team.name.trimmed()));
    q.addBindValue(sql::v(sql::idOrNull(team.managerId)));
    q.addBindValue(sql::v(sql::joinList(team.territories)));
    q.addBindValue(sql::v(team.id));
    if (!sql::exec(q, &error))
        return Status::failure(error);
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("Team %1 does not exist.").arg(team.id));
    return {};
}

QList<Team> TeamRepository::select(const QString &where, const QVariantList &binds) const
{
    // Prepared once per connection: the SLA ladder looks up the owner's team at every alert.
    QList<Team> teams;
    QSqlQuery *statement = m_db.prepared(QStringLiteral("SELECT id, name, manager_id, territories, created_at FROM "
                                                        "teams") +
                                             where + QStringLiteral(" ORDER BY name COLLATE NOCASE"),
                                         nullptr);
    if (!statement)
        return teams;
    QSqlQuery &q = *statement;
    for (const QVariant &v : binds)
        q.addBindValue(sql::v(v));
    if (!q.exec())
        return teams;
    while (q.next()) {
        teams.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                      sql::splitList(q.value(3).toString()), q.value(4).toLongLong()});
    }
    q.finish();
    return teams;
}

std::optional<Team> TeamRepository::find(Id id) const
{
    // The SLA ladder looks up the owner's team at every alert: prepared once on the raw handle.
    RawStatement *q =
        m_db.raw("SELECT id, name, coalesce(manager_id, 0), territories, created_at FROM teams WHERE id = ?", nullptr);
    if (!q)
        return std::nullopt;
    q->reset();
    q->bind(0, id);
    if (!q->next())
        return std::nullopt;
    Team t{q->int64(0), q->text(1), q->int64(2), sql::splitList(q->text(3)), q->int64(4)};
    q->reset();
    return t;
}

std::optional<Team> TeamRepository::findByName(const QString &name) const
{
    const QList<Team> teams = select(QStringLiteral(" WHERE name = ?"), {name.trimmed()});
    return teams.isEmpty() ? std::nullopt : std::optional<Team>(teams.first());
}

QList<Team> TeamRepository::all() const
{
    return select({}, {});
}

} // namespace lr
