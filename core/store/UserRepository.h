#pragma once

#include "core/common/Result.h"
#include "core/domain/User.h"
#include "core/security/AccessScope.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace lr {

class Database;

/// Users with their out-of-office periods.
class UserRepository final
{
    Q_DECLARE_TR_FUNCTIONS(lr::UserRepository)

public:
    explicit UserRepository(Database &db) : m_db(db) {}

    /// Adds a user (and their absences). Fails with a clear message on a duplicate email.
    Result<Id> create(const User &user);
    Status update(const User &user);
    Status addAbsence(Id userId, const Absence &absence);
    /// Removes the user's absence with the same start and end (no-op when there is none).
    Status removeAbsence(Id userId, const Absence &absence);

    std::optional<User> find(Id id) const;
    std::optional<User> findByEmail(const QString &email) const;
    /// All users ordered by name.
    QList<User> all() const;
    /// Users a scope may see in pickers: reps see themselves, managers their team, admins all.
    QList<User> visibleTo(const AccessScope &scope) const;

private:
    /// Replaces the user's per-weekday spans (user_work_days) with `week`.
    Status writeWorkWeek(Id userId, const WorkWeek &week);

    QList<User> select(const QString &where, const QVariantList &binds) const;
    Database &m_db;
    // all(), kept while users_revision (migration 019) holds the value it was read under.
    mutable QList<User> m_all;
    mutable std::optional<qint64> m_allRevision;
    mutable QHash<Id, int> m_allIndex; ///< Row of each user in m_all.
};

} // namespace lr
