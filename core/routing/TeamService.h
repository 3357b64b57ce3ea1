#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/domain/Team.h"
#include "core/domain/User.h"
#include "core/security/AccessScope.h"

#include <QCoreApplication>

namespace lr {

class Store;

/// What saving a user's profile did beyond storing it.
struct UserUpdate
{
    int reassignedLeads = 0; ///< Open leads handed on (deactivated, or out of office from now).
};

/// The Team page's core: who may edit whom, what a valid rep profile is (role, team, languages,
/// territories, segment, capacity, working days and hours, time zone, out-of-office periods,
/// active flag), and saving it. Reps edit nobody; managers edit the people of their own team but
/// not roles or teams; admins edit everyone. Deactivating a rep, or an out-of-office period that
/// covers now, hands their open leads on through LeadDispatcher (the same path as the ladder);
/// a period that starts later does so by its durable timer.
class TeamService final
{
    Q_DECLARE_TR_FUNCTIONS(lr::TeamService)

public:
    TeamService(Store &store, const Clock &clock) : m_store(store), m_clock(clock) {}

    /// True when `actor` may open `target` for editing.
    static bool canEdit(const AccessScope &actor, const User &target);
    /// Translated problems with `user` as a profile (empty = valid).
    QStringList validate(const User &user) const;
    /// Saves `edited` (matched by id) in one transaction, with the hand-overs described above.
    Result<UserUpdate> save(const AccessScope &actor, const User &edited);
    /// Adds a person (admins only): a valid profile with a name and an e-mail address no other user
    /// signs in with. A manager added to a team without one manages it. Audited; returns the id.
    Result<Id> add(const AccessScope &actor, const User &person);
    /// Adds a team (admins only): a name no other team has, its countries (ISO codes) and, if
    /// given, a manager who is a manager. Audited; returns the id.
    Result<Id> addTeam(const AccessScope &actor, const Team &team);
    /// Renames a team, or changes its countries or manager (admins only), under the same rules.
    Status saveTeam(const AccessScope &actor, const Team &team);
    /// Translated problems with `team` (empty = valid).
    QStringList validateTeam(const Team &team) const;

    /// The first administrator of a store that has no users at all (a company's first start
    /// without demo data); refused once anybody exists.
    Result<Id> addFirstAdmin(const QString &name, const QString &email);

    /// Segments a rep can have ("" = none).
    static QStringList segments();

private:
    Result<Id> create(Id actorId, User person, bool firstAdmin = false);
    Status joinManager(const AccessScope &actor, const Team &team);

    Store &m_store;
    const Clock &m_clock;
};

} // namespace lr
